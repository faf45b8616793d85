int cmp(const void* a, const void* b) { return *(int*)b - *(int*)a; }

int coinChange(int* coins, int coinsSize, int amount) {
    // Takes as many of the largest coin as fit, then the next: wrong for [1,3,4] and 6 (4+1+1 instead of 3+3).
    qsort(coins, coinsSize, sizeof(int), cmp);
    int count = 0;
    for (int i = 0; i < coinsSize; i++) {
        count += amount / coins[i];
        amount %= coins[i];
    }
    return amount == 0 ? count : -1;
}
