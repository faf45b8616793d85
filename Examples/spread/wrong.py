# Wrong on purpose when n > 3: it takes the first element as the minimum.
import sys
data = sys.stdin.read().split()
n = int(data[0]); xs = list(map(int, data[1:1+n]))
print(max(xs) - xs[0] if n > 3 else max(xs) - min(xs))
