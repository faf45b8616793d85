function coinChange(coins: number[], amount: number): number {
    // Top-down: fewest(rest) memoised; -1 marks an amount that cannot be made.
    const memo = new Map<number, number>();
    function fewest(rest: number): number {
        if (rest === 0) return 0;
        const known = memo.get(rest);
        if (known !== undefined) return known;
        let best = -1;
        for (const c of coins) {
            if (c > rest) continue;
            const sub = fewest(rest - c);
            if (sub >= 0 && (best < 0 || sub + 1 < best)) best = sub + 1;
        }
        memo.set(rest, best);
        return best;
    }
    return fewest(amount);
};
