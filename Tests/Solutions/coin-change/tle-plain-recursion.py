class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Tries every coin at every step without memoising: exponential.
        def fewest(rest):
            if rest == 0:
                return 0
            best = inf
            for c in coins:
                if c <= rest:
                    best = min(best, fewest(rest - c) + 1)
            return best

        answer = fewest(amount)
        return answer if answer != inf else -1
