# Reference for the user problem "spread": max - min of n integers (see Examples/README.md).
import sys
data = sys.stdin.read().split()
n = int(data[0]); xs = list(map(int, data[1:1+n]))
print(max(xs) - min(xs))
