#!/usr/bin/env python3
"""Writes oj-style test files (NAME.in / NAME.out) for LeetCode 581 (shortest-unsorted-subarray).

The plan mirrors `practice attempt --random R`: the problem's 3 examples, then R random tests whose
sizes grow geometrically from 1 to 10^4 (TestPlan.sizes), drawn from the same eight array shapes as
the catalog's generator (random, few distinct values, sorted, one swap, shuffled window, one outlier,
all equal, descending), values in [-10^5, 10^5]. The random numbers come from Python's generator, so
the arrays are not byte-identical to practice's; sizes and shapes are the same.

Expected answers come from a simple reference: compare with a sorted copy.

usage: gen_tests.py DIR [RANDOM_COUNT=997] [SEED=581]
"""
import json
import os
import random
import sys

MAX_N = 10_000
LO, HI = -100_000, 100_000
EXAMPLES = [[2, 6, 4, 8, 10, 9, 15], [1, 2, 3, 4], [1]]


def sizes(count, max_size):
    """practice's TestPlan.sizes: round(max_size ** ((i + 1) / count)), clamped to [1, max_size]."""
    return [min(max_size, max(1, int(round(float(max_size) ** ((i + 1) / count))))) for i in range(count)]


def narrow_range(rng):
    width = rng.randint(0, 4)
    low = rng.randint(LO, HI - width)
    return low, low + width


def sorted_values(count, rng):
    lo, hi = (LO, HI) if rng.randint(0, 1) == 0 else narrow_range(rng)
    return sorted(rng.randint(lo, hi) for _ in range(count))


def generate(rng, size):
    n = min(max(size, 1), MAX_N)
    shape = rng.choice(["random", "fewDistinct", "sorted", "oneSwap", "shuffledWindow",
                        "oneOutlier", "allEqual", "descending"])
    if shape == "random":
        return [rng.randint(LO, HI) for _ in range(n)]
    if shape == "fewDistinct":
        lo, hi = narrow_range(rng)
        return [rng.randint(lo, hi) for _ in range(n)]
    if shape == "sorted":
        return sorted_values(n, rng)
    if shape == "oneSwap":
        v = sorted_values(n, rng)
        i, j = rng.randint(0, n - 1), rng.randint(0, n - 1)
        v[i], v[j] = v[j], v[i]
        return v
    if shape == "shuffledWindow":
        v = sorted_values(n, rng)
        length = rng.randint(1, min(n, 12))
        start = rng.randint(0, n - length)
        window = v[start:start + length]
        rng.shuffle(window)
        v[start:start + length] = window
        return v
    if shape == "oneOutlier":
        v = sorted_values(n, rng)
        v[rng.randint(0, n - 1)] = rng.randint(LO, HI)
        return v
    if shape == "allEqual":
        return [rng.randint(LO, HI)] * n
    return sorted_values(n, rng)[::-1]  # descending


def reference(nums):
    """Shortest unsorted subarray by comparison with a sorted copy (O(n log n), obviously right)."""
    s = sorted(nums)
    diff = [i for i in range(len(nums)) if nums[i] != s[i]]
    return diff[-1] - diff[0] + 1 if diff else 0


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 997
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 581
    os.makedirs(out, exist_ok=True)
    rng = random.Random(seed)
    cases = [("example-%d" % (i + 1), nums) for i, nums in enumerate(EXAMPLES)]
    cases += [("random-%04d-n%d" % (i + 1, size), generate(rng, size))
              for i, size in enumerate(sizes(count, MAX_N))]
    for name, nums in cases:
        with open(os.path.join(out, name + ".in"), "w") as f:
            f.write(json.dumps(nums, separators=(",", ":")) + "\n")
        with open(os.path.join(out, name + ".out"), "w") as f:
            f.write(json.dumps(reference(nums)) + "\n")
    print(len(cases))


if __name__ == "__main__":
    main()
