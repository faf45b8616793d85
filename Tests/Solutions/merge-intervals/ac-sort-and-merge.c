int cmp(const void* a, const void* b) {
    return (*(int**)a)[0] - (*(int**)b)[0];
}

int** merge(int** intervals, int intervalsSize, int* intervalsColSize, int* returnSize, int** returnColumnSizes) {
    // Sorted by start, each interval extends the last merged one when it starts before that one ends.
    qsort(intervals, intervalsSize, sizeof(int*), cmp);
    int** merged = malloc(intervalsSize * sizeof(int*));
    *returnColumnSizes = malloc(intervalsSize * sizeof(int));
    int count = 0;
    for (int i = 0; i < intervalsSize; i++) {
        if (count > 0 && intervals[i][0] <= merged[count - 1][1]) {
            if (intervals[i][1] > merged[count - 1][1]) merged[count - 1][1] = intervals[i][1];
        } else {
            merged[count] = malloc(2 * sizeof(int));
            merged[count][0] = intervals[i][0];
            merged[count][1] = intervals[i][1];
            (*returnColumnSizes)[count] = 2;
            count++;
        }
    }
    *returnSize = count;
    return merged;
}
