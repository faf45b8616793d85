"""LeetCode 581 with a classic bug: it sorts only the span between the first
and the last adjacent descent, without widening that span.

Passes all three examples but is wrong when an element outside the span
belongs inside it, e.g. [2,1,1] (answers 2, the correct answer is 3):
sorting [2,1] gives [1,2,1], which is still unsorted.
"""
import json
import sys


def find_unsorted_subarray(nums):
    """Return the length of the span from the first to the last descent (buggy)."""
    descents = [i for i in range(len(nums) - 1) if nums[i] > nums[i + 1]]
    if not descents:
        return 0
    start, end = descents[0], descents[-1] + 1
    # Bug: the span must grow until its minimum and maximum fit their
    # neighbours outside it; this stops at the descents themselves.
    return end - start + 1


def main():
    nums = json.loads(sys.stdin.readline())
    print(json.dumps(find_unsorted_subarray(nums)))


if __name__ == "__main__":
    main()
