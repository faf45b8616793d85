"""LeetCode 581, Shortest Unsorted Continuous Subarray: O(n), two scans.

Reads `nums` as one JSON line on stdin and prints the answer as one JSON line.
"""
import json
import sys


def find_unsorted_subarray(nums):
    """Return the length of the shortest subarray whose sorting sorts all of `nums`."""
    # The right end is the last element smaller than some element before it.
    end = -1
    running_max = float("-inf")
    for i, value in enumerate(nums):
        if value < running_max:
            end = i
        else:
            running_max = value
    if end == -1:
        return 0
    # The left end is the first element larger than some element after it.
    start = end
    running_min = float("inf")
    for i in range(len(nums) - 1, -1, -1):
        if nums[i] > running_min:
            start = i
        else:
            running_min = nums[i]
    return end - start + 1


def main():
    nums = json.loads(sys.stdin.readline())
    print(json.dumps(find_unsorted_subarray(nums)))


if __name__ == "__main__":
    main()
