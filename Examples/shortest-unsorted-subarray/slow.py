"""LeetCode 581, correct but far too slow: tries every subarray, checks each by
sorting it and testing the whole array, and keeps the shortest that works:
O(n^3 log n) on every input, even an already sorted one.

Fine on tiny inputs; at n = 10^4 it runs far past any sensible time limit.
"""
import json
import sys


def is_sorted(values):
    """Return whether `values` is in ascending order."""
    return all(values[i] <= values[i + 1] for i in range(len(values) - 1))


def find_unsorted_subarray(nums):
    """Return the length of the shortest subarray whose sorting sorts all of `nums`."""
    n = len(nums)
    best = n
    for start in range(n + 1):
        for stop in range(start, n + 1):
            candidate = nums[:start] + sorted(nums[start:stop]) + nums[stop:]
            if is_sorted(candidate):
                best = min(best, stop - start)
    return best


def main():
    nums = json.loads(sys.stdin.readline())
    print(json.dumps(find_unsorted_subarray(nums)))


if __name__ == "__main__":
    main()
