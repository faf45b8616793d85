class Solution {
    func coinChange(_ coins: [Int], _ amount: Int) -> Int {
        // Right DP, but returns the "unreachable" sentinel as it is instead of -1.
        var dp = [Int](repeating: amount + 1, count: amount + 1)
        dp[0] = 0
        if amount > 0 {
            for a in 1...amount {
                for c in coins where c <= a {
                    dp[a] = min(dp[a], dp[a - c] + 1)
                }
            }
        }
        return dp[amount]
    }
}
