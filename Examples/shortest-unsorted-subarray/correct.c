/*
 * LeetCode 581, Shortest Unsorted Continuous Subarray: O(n), two scans.
 *
 * Reads `nums` as one JSON integer array on stdin (whitespace allowed
 * anywhere) and prints the answer on one line.
 * Build: gcc -O2 -o correct correct.c
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

/* Reads all of stdin into a NUL-terminated buffer; returns NULL on failure. */
static char *read_all_stdin(void) {
    size_t capacity = 1 << 16, length = 0;
    char *buffer = malloc(capacity);
    if (buffer == NULL) return NULL;
    size_t got;
    while ((got = fread(buffer + length, 1, capacity - length - 1, stdin)) > 0) {
        length += got;
        if (capacity - length - 1 == 0) {
            char *grown = realloc(buffer, capacity * 2);
            if (grown == NULL) {
                free(buffer);
                return NULL;
            }
            buffer = grown;
            capacity *= 2;
        }
    }
    buffer[length] = '\0';
    return buffer;
}

static const char *skip_space(const char *p) {
    while (isspace((unsigned char)*p)) p++;
    return p;
}

/*
 * Parses a JSON array of integers such as "[2, -6,4]".
 * Returns a malloc'ed array and stores its length in *count, or NULL if the
 * text is not such an array (or memory runs out).
 */
static long *parse_int_array(const char *text, size_t *count) {
    const char *p = skip_space(text);
    if (*p != '[') return NULL;
    p = skip_space(p + 1);

    size_t capacity = 1024, length = 0;
    long *values = malloc(capacity * sizeof *values);
    if (values == NULL) return NULL;
    if (*p == ']') {
        *count = 0;
        return values;
    }
    for (;;) {
        char *end;
        errno = 0;
        long value = strtol(p, &end, 10);
        if (end == p || errno != 0) break;
        if (length == capacity) {
            long *grown = realloc(values, 2 * capacity * sizeof *values);
            if (grown == NULL) break;
            values = grown;
            capacity *= 2;
        }
        values[length++] = value;
        p = skip_space(end);
        if (*p == ']') {
            *count = length;
            return values;
        }
        if (*p != ',') break;
        p = skip_space(p + 1);
    }
    free(values);
    return NULL;
}

static size_t find_unsorted_subarray(const long *nums, size_t n) {
    /* The right end is the last element smaller than some element before it. */
    size_t end = 0;
    int unsorted = 0;
    long running_max = nums[0];
    for (size_t i = 1; i < n; i++) {
        if (nums[i] < running_max) {
            end = i;
            unsorted = 1;
        } else {
            running_max = nums[i];
        }
    }
    if (!unsorted) return 0;
    /* The left end is the first element larger than some element after it. */
    size_t start = end;
    long running_min = nums[n - 1];
    for (size_t i = n - 1; i-- > 0;) {
        if (nums[i] > running_min) {
            start = i;
        } else {
            running_min = nums[i];
        }
    }
    return end - start + 1;
}

int main(void) {
    char *text = read_all_stdin();
    if (text == NULL) {
        fputs("could not read stdin\n", stderr);
        return 1;
    }
    size_t n;
    long *nums = parse_int_array(text, &n);
    free(text);
    if (nums == NULL) {
        fputs("expected a JSON array of integers on the first line\n", stderr);
        return 1;
    }
    printf("%zu\n", n == 0 ? (size_t)0 : find_unsorted_subarray(nums, n));
    free(nums);
    return 0;
}
