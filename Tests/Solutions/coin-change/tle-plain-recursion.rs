impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        // Tries every coin first at every step, without memoisation: exponential.
        fn fewest(coins: &[i32], amount: i32) -> i32 {
            if amount == 0 {
                return 0;
            }
            let mut best = -1;
            for &c in coins {
                if c <= amount {
                    let sub = fewest(coins, amount - c);
                    if sub >= 0 && (best < 0 || sub + 1 < best) {
                        best = sub + 1;
                    }
                }
            }
            best
        }
        fewest(&coins, amount)
    }
}
