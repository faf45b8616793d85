"""LeetCode 581 that crashes on every input: it reads the line as
space-separated integers, but the input is a JSON array such as
[2,6,4,8,10,9,15], so int() raises ValueError before any work is done.
"""


def find_unsorted_subarray(nums):
    """Return the length of the shortest subarray whose sorting sorts all of `nums`."""
    ordered = sorted(nums)
    mismatches = [i for i, (a, b) in enumerate(zip(nums, ordered)) if a != b]
    return mismatches[-1] - mismatches[0] + 1 if mismatches else 0


def main():
    nums = [int(token) for token in input().split()]
    print(find_unsorted_subarray(nums))


if __name__ == "__main__":
    main()
