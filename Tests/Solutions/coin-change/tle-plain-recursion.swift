class Solution {
    func coinChange(_ coins: [Int], _ amount: Int) -> Int {
        // Tries every coin first at every step, without memoisation: exponential.
        if amount == 0 { return 0 }
        var best = -1
        for c in coins where c <= amount {
            let sub = coinChange(coins, amount - c)
            if sub >= 0 && (best < 0 || sub + 1 < best) {
                best = sub + 1
            }
        }
        return best
    }
}
