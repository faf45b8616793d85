import sys
inp, ans, feedback = sys.argv[1], sys.argv[2], sys.argv[3]
n, t, *a = map(int, open(inp).read().split())
ai, aj = map(int, open(ans).read().split())
best = abs(a[ai-1] + a[aj-1] - t)
try:
    i, j = map(int, sys.stdin.read().split())
except Exception:
    open(feedback + "/judgemessage.txt", "w").write("output is not two integers\n"); sys.exit(43)
if not (1 <= i < j <= n):
    open(feedback + "/judgemessage.txt", "w").write(f"indices {i} {j} out of range\n"); sys.exit(43)
if abs(a[i-1] + a[j-1] - t) != best:
    open(feedback + "/judgemessage.txt", "w").write(f"sum {a[i-1]+a[j-1]} is not closest to {t}\n"); sys.exit(43)
sys.exit(42)
