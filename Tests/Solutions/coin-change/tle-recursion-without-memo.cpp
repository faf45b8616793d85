class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        // Tries every coin at every step with no memo: exponential.
        if (amount == 0) return 0;
        int best = -1;
        for (int c : coins) {
            if (c > amount) continue;
            int rest = coinChange(coins, amount - c);
            if (rest >= 0 && (best < 0 || rest + 1 < best)) best = rest + 1;
        }
        return best;
    }
};
