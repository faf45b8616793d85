# Generator for "spread": practice runs it as `generator.py SEED SIZE`; the same arguments must print the same input.
import random, sys
seed, size = int(sys.argv[1]), int(sys.argv[2])
r = random.Random(seed)
n = r.randint(1, size)
print(n)
print(*[r.randint(-1000, 1000) for _ in range(n)])
