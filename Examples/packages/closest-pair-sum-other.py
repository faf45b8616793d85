n, t = map(int, input().split()); a = list(map(int, input().split()))
best = None
for i in range(n):
    for j in range(i+1, n):
        d = abs(a[i]+a[j]-t)
        if best is None or d <= best[0]: best = (d, i+1, j+1)
print(best[1], best[2])
