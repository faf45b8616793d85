# Generator for closest-pair-sum: practice runs it as `gen.py SEED SIZE` (SIZE from 1 to 100).
import random
import sys

seed, size = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
n = rng.randint(2, size + 1)
print(n, rng.randint(-2000, 2000))
print(*[rng.randint(-1000, 1000) for _ in range(n)])
