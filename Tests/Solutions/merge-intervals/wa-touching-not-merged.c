int compare(const void* a, const void* b) {
    int* x = *(int**)a;
    int* y = *(int**)b;
    return x[0] - y[0];
}

int** merge(int** intervals, int intervalsSize, int* intervalsColSize, int* returnSize, int** returnColumnSizes) {
    // Merges only intervals that overlap by more than a point: [1,4] and [4,5] stay apart.
    qsort(intervals, intervalsSize, sizeof(int*), compare);
    int** result = (int**)malloc(sizeof(int*) * intervalsSize);
    *returnColumnSizes = (int*)malloc(sizeof(int) * intervalsSize);
    *returnSize = 0;
    for (int i = 0; i < intervalsSize; i++) {
        int n = *returnSize;
        if (n > 0 && intervals[i][0] < result[n - 1][1]) {
            result[n - 1][1] = fmax(result[n - 1][1], intervals[i][1]);
            continue;
        }
        result[n] = (int*)malloc(sizeof(int) * 2);
        result[n][0] = intervals[i][0];
        result[n][1] = intervals[i][1];
        (*returnColumnSizes)[n] = 2;
        (*returnSize)++;
    }
    return result;
}
