// LeetCode 322, naive: the fewest coins for an amount is one coin plus the fewest for what
// is left, tried for every coin, without remembering anything. Exponential: with coins 1 to
// 12 the calls branch up to 12 ways at every step. Expected: TLE.
class Solution {
    int fewest(const vector<int>& coins, long long amount) {
        if (amount == 0) return 0;
        int best = -1;
        for (int coin : coins) {
            if (coin > amount) continue;
            int rest = fewest(coins, amount - coin);
            if (rest >= 0 && (best < 0 || rest + 1 < best)) best = rest + 1;
        }
        return best;
    }
public:
    int coinChange(vector<int>& coins, int amount) {
        return fewest(coins, amount);
    }
};
