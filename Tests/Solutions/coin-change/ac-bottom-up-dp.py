class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # dp[a]: fewest coins making a; each amount tries every coin as its last one.
        dp = [0] + [inf] * amount
        for a in range(1, amount + 1):
            for c in coins:
                if c <= a and dp[a - c] + 1 < dp[a]:
                    dp[a] = dp[a - c] + 1
        return dp[amount] if dp[amount] != inf else -1
