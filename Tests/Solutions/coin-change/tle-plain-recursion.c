int coinChange(int* coins, int coinsSize, int amount) {
    // Tries every coin at every step with no memo: exponential in amount.
    if (amount == 0) return 0;
    int best = -1;
    for (int i = 0; i < coinsSize; i++) {
        if (coins[i] > amount) continue;
        int rest = coinChange(coins, coinsSize, amount - coins[i]);
        if (rest >= 0 && (best < 0 || rest + 1 < best)) best = rest + 1;
    }
    return best;
}
