// practice function-mode driver for C (docs/ARCHITECTURE.md, "Function mode"; "Languages").
// The generated driver of an attempt is one translation unit: LeetCode's headers, c_tree_node.h and
// c_list_node.h (unless the solution defines those structs itself), this file, `#include "Main.c"`
// (this file comes after it instead when the solution has its own nodes), and a `practice_test`
// generated for the signature that reads one JSON line per argument into LeetCode's C parameters
// (`int* nums, int numsSize`, `int** grid, int gridSize, int* gridColSize`, `char* s`,
// `struct TreeNode* root`), calls the solution's function and writes what it returns (`*returnSize`
// and `*returnColumnSizes` for arrays) as JSON. `practice_serve` writes one tab-separated record per
// test on the original stdout (the records of the other drivers); the solution's own output (printf)
// goes to stderr, each test's followed by a marker line.
//
// Memory: the arrays and strings the driver reads are freed after each test; tree and list nodes are
// not (a solution may free or relink them), nor is what the solution returns (it may be an argument,
// a string literal or a static array). A crash (a null pointer, a double free) ends the driver: the
// judge gives that test RE and a new driver the rest.
//
// On Linux the driver makes its few system calls through syscall(2), so that it includes no POSIX
// header (unistd.h, time.h, fcntl.h) and the solution's own names (`time`, `link`, `read`) stay free,
// as on LeetCode. Every name here starts with `practice_` (or `PRACTICE_`).
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifndef PRACTICE_DRIVER_GENERATED  // on its own (to check it), with the node types it reads and writes
#include "c_tree_node.h"
#include "c_list_node.h"
#endif

// ---- the system calls

#if defined(__linux__)
#include <sys/syscall.h>
long syscall(long number, ...);

struct practice_timespec {
    long seconds;
    long nanoseconds;
};

long practice_sys_read(int fd, void *buffer, size_t size) { return syscall(SYS_read, fd, buffer, size); }
long practice_sys_write(int fd, const void *buffer, size_t size) { return syscall(SYS_write, fd, buffer, size); }
long practice_sys_pread(int fd, void *buffer, size_t size) { return syscall(SYS_pread64, fd, buffer, size, 0L); }
int practice_sys_dup(int fd) { return (int)syscall(SYS_dup, fd); }
int practice_sys_dup2(int from, int to) { return (int)syscall(SYS_dup3, from, to, 0); }
// openat(AT_FDCWD, path, flags | O_CLOEXEC)
int practice_sys_open(const char *path, int flags) { return (int)syscall(SYS_openat, -100, path, flags | 02000000, 0); }
double practice_clock(int which) {  // 1: CLOCK_MONOTONIC, 2: CLOCK_PROCESS_CPUTIME_ID
    struct practice_timespec t = {0, 0};
    syscall(SYS_clock_gettime, which, &t);
    return (double)t.seconds + (double)t.nanoseconds / 1e9;
}
long practice_sys_maxrss_kib(void) {
    long usage[18] = {0};  // struct rusage: two timevals, then ru_maxrss
    syscall(SYS_getrusage, 0, usage);
    return usage[4];
}
#else
#include <fcntl.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

long practice_sys_read(int fd, void *buffer, size_t size) { return (long)read(fd, buffer, size); }
long practice_sys_write(int fd, const void *buffer, size_t size) { return (long)write(fd, buffer, size); }
long practice_sys_pread(int fd, void *buffer, size_t size) { return (long)pread(fd, buffer, size, 0); }
int practice_sys_dup(int fd) { return dup(fd); }
int practice_sys_dup2(int from, int to) { return dup2(from, to); }
int practice_sys_open(const char *path, int flags) { return open(path, flags | O_CLOEXEC); }
double practice_clock(int which) {
    struct timespec t;
    clock_gettime(which == 2 ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}
long practice_sys_maxrss_kib(void) {
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;  // bytes on macOS
}
#endif

// ---- one test's failure (an argument it cannot read, an answer it cannot write) and its allocations

static bool practice_failed;
static char practice_message[1024];

void practice_fail(const char *format, ...) {
    if (practice_failed) return;  // the first reason stands
    practice_failed = true;
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(practice_message, sizeof practice_message, format, arguments);
    va_end(arguments);
}

static void **practice_allocations;
static size_t practice_allocation_count, practice_allocation_capacity;

void *practice_allocate(size_t size) {
    void *memory = malloc(size ? size : 1);
    if (!memory) {
        fputs("practice driver: out of memory\n", stderr);
        abort();
    }
    return memory;
}

// The driver's own arrays and strings, freed after the test (`practice_free_test`).
void practice_track(void *memory) {
    if (practice_allocation_count == practice_allocation_capacity) {
        size_t capacity = practice_allocation_capacity ? 2 * practice_allocation_capacity : 256;
        void **grown = realloc(practice_allocations, capacity * sizeof *grown);
        if (!grown) abort();
        practice_allocations = grown;
        practice_allocation_capacity = capacity;
    }
    practice_allocations[practice_allocation_count++] = memory;
}

void practice_free_test(void) {
    for (size_t i = 0; i < practice_allocation_count; i++) free(practice_allocations[i]);
    practice_allocation_count = 0;
}

// ---- reading compact JSON into C values

typedef struct practice_reader {
    const char *p;
    const char *end;
    bool ok;
} practice_reader;

// Reads one value into `into` (an `int *`, a `char **`, a `struct TreeNode **`...); false when it cannot.
typedef bool (*practice_read_fn)(practice_reader *r, void *into);

void practice_space(practice_reader *r) {
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\r' || *r->p == '\n')) ++r->p;
}

bool practice_take(practice_reader *r, char c) {
    practice_space(r);
    if (r->p < r->end && *r->p == c) {
        ++r->p;
        return true;
    }
    return false;
}

bool practice_literal(practice_reader *r, const char *word) {
    practice_space(r);
    size_t n = strlen(word);
    if ((size_t)(r->end - r->p) >= n && strncmp(r->p, word, n) == 0) {
        r->p += n;
        return true;
    }
    return false;
}

bool practice_reject(practice_reader *r) {
    r->ok = false;
    r->p = r->end;
    return false;
}

bool practice_read_long_long(practice_reader *r, void *into) {
    practice_space(r);
    char *after = NULL;
    errno = 0;
    long long x = strtoll(r->p, &after, 10);
    if (after == r->p || errno == ERANGE) return practice_reject(r);
    if (after < r->end && (*after == '.' || *after == 'e' || *after == 'E')) {  // 3.0 for an integer
        double d = strtod(r->p, &after);
        if (d != floor(d) || fabs(d) > 9.2e18) return practice_reject(r);
        x = (long long)d;
    }
    r->p = after;
    *(long long *)into = x;
    return true;
}

bool practice_read_int(practice_reader *r, void *into) {
    long long x = 0;
    if (!practice_read_long_long(r, &x)) return false;
    if (x < INT_MIN || x > INT_MAX) return practice_reject(r);
    *(int *)into = (int)x;
    return true;
}

bool practice_read_double(practice_reader *r, void *into) {
    practice_space(r);
    char *after = NULL;
    double x = strtod(r->p, &after);
    if (after == r->p) return practice_reject(r);
    r->p = after;
    *(double *)into = x;
    return true;
}

bool practice_read_bool(practice_reader *r, void *into) {
    if (practice_literal(r, "true")) *(bool *)into = true;
    else if (practice_literal(r, "false")) *(bool *)into = false;
    else return practice_reject(r);
    return true;
}

static void practice_append_utf8(char **out, unsigned code) {
    char *o = *out;
    if (code < 0x80) {
        *o++ = (char)code;
    } else if (code < 0x800) {
        *o++ = (char)(0xC0 | (code >> 6));
        *o++ = (char)(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        *o++ = (char)(0xE0 | (code >> 12));
        *o++ = (char)(0x80 | ((code >> 6) & 0x3F));
        *o++ = (char)(0x80 | (code & 0x3F));
    } else {
        *o++ = (char)(0xF0 | (code >> 18));
        *o++ = (char)(0x80 | ((code >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((code >> 6) & 0x3F));
        *o++ = (char)(0x80 | (code & 0x3F));
    }
    *out = o;
}

static bool practice_hex4(practice_reader *r, unsigned *code) {
    if (r->end - r->p < 4) return practice_reject(r);
    *code = 0;
    for (int i = 0; i < 4; i++) {
        char c = *r->p++;
        *code <<= 4;
        if (c >= '0' && c <= '9') *code |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') *code |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') *code |= (unsigned)(c - 'A' + 10);
        else return practice_reject(r);
    }
    return true;
}

// One character of a JSON string (after its opening quote), decoded as UTF-8 at `*o`, which it moves on.
static bool practice_decode(practice_reader *r, char **o) {
    char c = *r->p++;
    if (c != '\\') {
        *(*o)++ = c;
        return true;
    }
    if (r->p >= r->end) return practice_reject(r);
    char e = *r->p++;
    unsigned code = 0, low = 0;
    switch (e) {
    case '"': *(*o)++ = '"'; return true;
    case '\\': *(*o)++ = '\\'; return true;
    case '/': *(*o)++ = '/'; return true;
    case 'b': *(*o)++ = '\b'; return true;
    case 'f': *(*o)++ = '\f'; return true;
    case 'n': *(*o)++ = '\n'; return true;
    case 'r': *(*o)++ = '\r'; return true;
    case 't': *(*o)++ = '\t'; return true;
    case 'u':
        if (!practice_hex4(r, &code)) return false;
        if (code >= 0xD800 && code < 0xDC00 && r->end - r->p >= 6 && r->p[0] == '\\' && r->p[1] == 'u') {
            r->p += 2;
            if (!practice_hex4(r, &low)) return false;
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        }
        practice_append_utf8(o, code);
        return true;
    default: return practice_reject(r);
    }
}

// A string, NUL-terminated, in memory the driver frees after the test.
bool practice_read_string(practice_reader *r, void *into) {
    if (!practice_take(r, '"')) return practice_reject(r);
    // Its encoded length bounds its decoded one: \uXXXX (6 bytes) is at most 3 bytes of UTF-8, a surrogate pair 4 of 12.
    const char *close = r->p;
    while (close < r->end && *close != '"') close += *close == '\\' ? 2 : 1;
    char *text = practice_allocate((size_t)(close - r->p) + 1), *o = text;
    practice_track(text);
    while (r->p < r->end && *r->p != '"')
        if (!practice_decode(r, &o)) return false;
    if (!practice_take(r, '"')) return practice_reject(r);
    *o = '\0';
    *(char **)into = text;
    return true;
}

// A one-character string, `"a"`, as a char (one byte: not a multi-byte UTF-8 character).
bool practice_read_char(practice_reader *r, void *into) {
    char decoded[4], *o = decoded;
    if (!practice_take(r, '"') || r->p >= r->end || *r->p == '"') return practice_reject(r);
    if (!practice_decode(r, &o)) return false;
    if (o - decoded != 1 || !practice_take(r, '"')) return practice_reject(r);
    *(char *)into = decoded[0];
    return true;
}

// A growing array of `size`-byte elements (malloc'd; the caller keeps or frees it).
typedef struct practice_buffer {
    char *data;
    size_t count, capacity, size;
} practice_buffer;

static void *practice_buffer_slot(practice_buffer *b) {
    if (b->count == b->capacity) {
        b->capacity = b->capacity ? 2 * b->capacity : 16;
        char *grown = realloc(b->data, b->capacity * b->size);
        if (!grown) abort();
        b->data = grown;
    }
    return b->data + b->count++ * b->size;
}

// A level-order tree, `[1,null,2]`; its nodes are malloc'd one by one and never freed by the driver.
bool practice_read_tree(practice_reader *r, void *into) {
    *(struct TreeNode **)into = NULL;
    if (!practice_take(r, '[')) return practice_reject(r);
    practice_buffer nodes = {NULL, 0, 0, sizeof(struct TreeNode *)};
    bool ok = true;
    if (!practice_take(r, ']')) {
        do {
            struct TreeNode *node = NULL;
            if (!practice_literal(r, "null")) {
                int value = 0;
                if (!practice_read_int(r, &value)) {
                    ok = false;
                    break;
                }
                node = practice_allocate(sizeof *node);
                node->val = value;
                node->left = node->right = NULL;
            }
            memcpy(practice_buffer_slot(&nodes), &node, sizeof node);
        } while (practice_take(r, ','));
        if (ok && !practice_take(r, ']')) ok = practice_reject(r);
    }
    struct TreeNode **list = (struct TreeNode **)(void *)nodes.data;
    if (ok && nodes.count > 0 && list[0]) {
        // Each node that is not null takes the next two entries as its children, in order.
        size_t parent = 0, index = 1;
        while (index < nodes.count && parent < index) {
            struct TreeNode *node = list[parent++];
            if (!node) continue;
            node->left = list[index++];
            if (index < nodes.count) node->right = list[index++];
        }
        *(struct TreeNode **)into = list[0];
    }
    free(nodes.data);
    return ok;
}

// A list, `[1,2,3]`; its nodes are malloc'd one by one and never freed by the driver.
bool practice_read_list(practice_reader *r, void *into) {
    struct ListNode *head = NULL, **tail = &head;
    *(struct ListNode **)into = NULL;
    if (!practice_take(r, '[')) return practice_reject(r);
    if (practice_take(r, ']')) return true;
    do {
        int value = 0;
        if (!practice_read_int(r, &value)) return false;
        struct ListNode *node = practice_allocate(sizeof *node);
        node->val = value;
        node->next = NULL;
        *tail = node;
        tail = &node->next;
        *(struct ListNode **)into = head;
    } while (practice_take(r, ','));
    return practice_take(r, ']') || practice_reject(r);
}

// An array of `size`-byte elements read by `element`, with one zeroed element after the last (a char
// array is NUL-terminated, an array of strings NULL-terminated): `*items` (freed after the test), `*count`.
bool practice_read_array(practice_reader *r, size_t size, practice_read_fn element, void **items, int *count) {
    practice_buffer b = {NULL, 0, 0, size};
    *items = NULL;
    *count = 0;
    if (!practice_take(r, '[')) return practice_reject(r);
    bool ok = true;
    if (!practice_take(r, ']')) {
        do {
            void *slot = practice_buffer_slot(&b);
            memset(slot, 0, size);
            if (!element(r, slot)) {
                ok = false;
                break;
            }
        } while (practice_take(r, ','));
        if (ok && !practice_take(r, ']')) ok = practice_reject(r);
    }
    memset(practice_buffer_slot(&b), 0, size);
    practice_track(b.data);
    *items = b.data;
    *count = (int)(b.count - 1);
    return ok;
}

// An array of arrays: `*rows` (an array of `*count` row pointers), `*columns` (each row's length).
bool practice_read_grid(practice_reader *r, size_t size, practice_read_fn element, void **rows, int *count, int **columns) {
    practice_buffer pointers = {NULL, 0, 0, sizeof(void *)}, lengths = {NULL, 0, 0, sizeof(int)};
    *rows = NULL;
    *count = 0;
    *columns = NULL;
    if (!practice_take(r, '[')) return practice_reject(r);
    bool ok = true;
    if (!practice_take(r, ']')) {
        do {
            void *row = NULL;
            int length = 0;
            if (!practice_read_array(r, size, element, &row, &length)) {
                ok = false;
                break;
            }
            memcpy(practice_buffer_slot(&pointers), &row, sizeof row);
            memcpy(practice_buffer_slot(&lengths), &length, sizeof length);
        } while (practice_take(r, ','));
        if (ok && !practice_take(r, ']')) ok = practice_reject(r);
    }
    void *none = NULL;
    int zero = 0;
    memcpy(practice_buffer_slot(&pointers), &none, sizeof none);
    memcpy(practice_buffer_slot(&lengths), &zero, sizeof zero);
    practice_track(pointers.data);
    practice_track(lengths.data);
    *rows = pointers.data;
    *columns = (int *)(void *)lengths.data;
    *count = (int)(pointers.count - 1);
    return ok;
}

// The argument at `position` (1-based) from its line: false, with the test failed, when it cannot be read.
static bool practice_finish(practice_reader *r, bool ok, int position, const char *name, const char *type) {
    practice_space(r);
    if (ok && r->ok && r->p == r->end) return true;
    practice_fail("the driver could not read argument %d (%s) as %s", position, name, type);
    return false;
}

bool practice_argument(const char *line, int position, const char *name, const char *type, practice_read_fn read, void *into) {
    practice_reader r = {line, line + strlen(line), true};
    return practice_finish(&r, read(&r, into), position, name, type);
}

bool practice_argument_array(const char *line, int position, const char *name, const char *type, size_t size,
                             practice_read_fn element, void **items, int *count) {
    practice_reader r = {line, line + strlen(line), true};
    return practice_finish(&r, practice_read_array(&r, size, element, items, count), position, name, type);
}

bool practice_argument_grid(const char *line, int position, const char *name, const char *type, size_t size,
                            practice_read_fn element, void **rows, int *count, int **columns) {
    practice_reader r = {line, line + strlen(line), true};
    return practice_finish(&r, practice_read_grid(&r, size, element, rows, count, columns), position, name, type);
}

// Links the list's last node back to its node at index `pos` (nothing when pos is -1): LeetCode 141's `pos`.
void practice_link_cycle(struct ListNode *head, int pos) {
    if (!head || pos < 0) return;
    struct ListNode *target = NULL, *node = head;
    for (int index = 0;; index++) {
        if (index == pos) target = node;
        if (!node->next) break;
        node = node->next;
    }
    node->next = target;
}

// ---- design problems: a test is the calls' names (line 1) and one array of arguments per call (line 2)

// Skips one JSON value of any kind.
static bool practice_skip_value(practice_reader *r) {
    practice_space(r);
    if (r->p >= r->end) return practice_reject(r);
    if (*r->p == '"') {
        for (++r->p; r->p < r->end && *r->p != '"'; ++r->p)
            if (*r->p == '\\' && r->p + 1 < r->end) ++r->p;
        if (r->p >= r->end) return practice_reject(r);
        ++r->p;
        return true;
    }
    if (*r->p == '[' || *r->p == '{') {
        char close = *r->p == '[' ? ']' : '}';
        ++r->p;
        if (practice_take(r, close)) return true;
        do {
            if (!practice_skip_value(r)) return false;
            if (close == '}' && (!practice_take(r, ':') || !practice_skip_value(r))) return practice_reject(r);
        } while (practice_take(r, ','));
        return practice_take(r, close) || practice_reject(r);
    }
    const char *start = r->p;
    while (r->p < r->end && *r->p != ',' && *r->p != ']' && *r->p != '}' && *r->p != ' ' && *r->p != '\t') ++r->p;
    return r->p > start || practice_reject(r);
}

// A design test: each call's name and its arguments' JSON texts (NUL-terminated, freed after the test).
typedef struct practice_calls {
    char **names;
    char ***arguments;
    int *counts;
    int count;
} practice_calls;

bool practice_design_calls(char **lines, const char *class_name, practice_calls *calls) {
    void *names = NULL;
    if (!practice_argument_array(lines[0], 1, "operations", "[String]", sizeof(char *), practice_read_string, &names, &calls->count))
        return false;
    calls->names = names;
    calls->arguments = practice_allocate(sizeof(char **) * (size_t)(calls->count + 1));
    calls->counts = practice_allocate(sizeof(int) * (size_t)(calls->count + 1));
    practice_track(calls->arguments);
    practice_track(calls->counts);
    practice_reader r = {lines[1], lines[1] + strlen(lines[1]), true};
    int call = 0;
    bool ok = practice_take(&r, '[');
    if (ok && !practice_take(&r, ']')) {
        do {
            if (call >= calls->count || !practice_take(&r, '[')) { ok = false; break; }
            int capacity = 4, count = 0;
            char **texts = practice_allocate(sizeof(char *) * (size_t)capacity);
            if (!practice_take(&r, ']')) {
                do {
                    practice_space(&r);
                    const char *start = r.p;
                    if (!practice_skip_value(&r)) break;
                    if (count == capacity) {
                        char **grown = realloc(texts, sizeof(char *) * (size_t)(capacity *= 2));
                        if (!grown) abort();
                        texts = grown;
                    }
                    char *text = practice_allocate((size_t)(r.p - start) + 1);
                    memcpy(text, start, (size_t)(r.p - start));
                    text[r.p - start] = '\0';
                    practice_track(text);
                    texts[count++] = text;
                } while (practice_take(&r, ','));
                if (!practice_take(&r, ']')) ok = false;
            }
            practice_track(texts);
            calls->arguments[call] = texts;
            calls->counts[call++] = count;
        } while (ok && practice_take(&r, ','));
        ok = ok && practice_take(&r, ']');
    }
    practice_space(&r);
    if (!ok || r.p != r.end || call != calls->count || calls->count == 0 || strcmp(calls->names[0], class_name) != 0) {
        practice_fail("a design test is the calls of %s, constructor first, with one argument array each", class_name);
        return false;
    }
    return true;
}

// The arguments of call `index`, which takes `count`: false, with the test failed, when it has another number.
bool practice_call_arguments(practice_calls *calls, int index, int count) {
    if (calls->counts[index] == count) return true;
    practice_fail("call %d (%s) takes %d arguments, got %d", index, calls->names[index], count, calls->counts[index]);
    return false;
}

// ---- writing C values as compact JSON

typedef struct practice_text {
    char *data;
    size_t length, capacity;
} practice_text;

// An answer longer than this is a runaway (a cycle in a list the solution made): the test fails.
#define PRACTICE_ANSWER_LIMIT ((size_t)64 << 20)

void practice_append(practice_text *o, const char *bytes, size_t n) {
    if (o->length + n + 1 > o->capacity) {
        size_t capacity = o->capacity ? o->capacity : 256;
        while (capacity < o->length + n + 1) capacity *= 2;
        char *grown = realloc(o->data, capacity);
        if (!grown) abort();
        o->data = grown;
        o->capacity = capacity;
    }
    memcpy(o->data + o->length, bytes, n);
    o->length += n;
    o->data[o->length] = '\0';
}

void practice_append_text(practice_text *o, const char *text) { practice_append(o, text, strlen(text)); }

static bool practice_too_long(practice_text *o, const char *what) {
    if (o->length <= PRACTICE_ANSWER_LIMIT) return false;
    practice_fail("the answer is longer than 64 MiB: is there a cycle in the returned %s?", what);
    return true;
}

// Writes the value at `item` (an `int *`, a `char **`, a `struct TreeNode **`...).
typedef void (*practice_put_fn)(practice_text *o, const void *item);

void practice_put_long_long(practice_text *o, const void *item) {
    char buffer[32];
    practice_append(o, buffer, (size_t)snprintf(buffer, sizeof buffer, "%lld", *(const long long *)item));
}

void practice_put_int(practice_text *o, const void *item) {
    char buffer[16];
    practice_append(o, buffer, (size_t)snprintf(buffer, sizeof buffer, "%d", *(const int *)item));
}

void practice_put_double(practice_text *o, const void *item) {
    double value = *(const double *)item;
    if (!isfinite(value)) {
        practice_append_text(o, "null");
        return;
    }
    char buffer[32];
    practice_append(o, buffer, (size_t)snprintf(buffer, sizeof buffer, "%.17g", value));
}

void practice_put_bool(practice_text *o, const void *item) { practice_append_text(o, *(const bool *)item ? "true" : "false"); }

static void practice_put_bytes(practice_text *o, const char *text, size_t length) {
    practice_append(o, "\"", 1);
    for (size_t i = 0; i < length; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '"') practice_append(o, "\\\"", 2);
        else if (c == '\\') practice_append(o, "\\\\", 2);
        else if (c == '\n') practice_append(o, "\\n", 2);
        else if (c == '\t') practice_append(o, "\\t", 2);
        else if (c == '\r') practice_append(o, "\\r", 2);
        else if (c < 0x20) {
            char buffer[8];
            practice_append(o, buffer, (size_t)snprintf(buffer, sizeof buffer, "\\u%04x", c));
        } else practice_append(o, (const char *)&c, 1);
    }
    practice_append(o, "\"", 1);
}

void practice_put_char(practice_text *o, const void *item) { practice_put_bytes(o, (const char *)item, 1); }

void practice_put_string(practice_text *o, const void *item) {
    const char *text = *(const char *const *)item;
    if (!text) {
        practice_fail("the solution returned NULL where a string was expected");
        return;
    }
    practice_put_bytes(o, text, strlen(text));
}

void practice_put_tree(practice_text *o, const void *item) {
    practice_buffer queue = {NULL, 0, 0, sizeof(struct TreeNode *)};
    struct TreeNode *root = *(struct TreeNode *const *)item;
    memcpy(practice_buffer_slot(&queue), &root, sizeof root);
    practice_append(o, "[", 1);
    size_t kept = o->length;  // the text up to the last node that is not null
    for (size_t head = 0; head < queue.count && !practice_too_long(o, "tree"); head++) {
        struct TreeNode *node;
        memcpy(&node, queue.data + head * sizeof node, sizeof node);
        if (head > 0) practice_append(o, ",", 1);
        if (!node) {
            practice_append(o, "null", 4);
            continue;
        }
        practice_put_int(o, &node->val);
        kept = o->length;
        memcpy(practice_buffer_slot(&queue), &node->left, sizeof node);
        memcpy(practice_buffer_slot(&queue), &node->right, sizeof node);
    }
    free(queue.data);
    o->length = kept;
    practice_append(o, "]", 1);
}

void practice_put_list(practice_text *o, const void *item) {
    practice_append(o, "[", 1);
    for (const struct ListNode *node = *(struct ListNode *const *)item; node && !practice_too_long(o, "list"); node = node->next) {
        if (o->data[o->length - 1] != '[') practice_append(o, ",", 1);
        practice_put_int(o, &node->val);
    }
    practice_append(o, "]", 1);
}

// Whether `count` elements at `items` is what the solution can have returned (else the test fails, saying why).
static bool practice_returned(const void *items, int count) {
    if (count == -1) practice_fail("the solution did not set *returnSize");
    else if (count < 0) practice_fail("*returnSize is %d, not a size", count);
    else if (!items && count > 0) practice_fail("the solution returned NULL with *returnSize = %d", count);
    else return true;
    return false;
}

// An array the solution returned (or modified): `count` elements of `size` bytes at `items`.
void practice_put_array(practice_text *o, const void *items, int count, size_t size, practice_put_fn put) {
    if (!practice_returned(items, count)) return;
    practice_append(o, "[", 1);
    for (int i = 0; i < count && !practice_failed; i++) {
        if (i) practice_append(o, ",", 1);
        put(o, (const char *)items + (size_t)i * size);
    }
    practice_append(o, "]", 1);
}

// An array of arrays: `count` row pointers at `rows`, the length of row i in `columns[i]`.
void practice_put_grid(practice_text *o, const void *rows, int count, const int *columns, size_t size, practice_put_fn put) {
    if (!practice_returned(rows, count)) return;
    if (!columns && count > 0) {
        practice_fail("the solution did not set *returnColumnSizes (*returnSize is %d)", count);
        return;
    }
    practice_append(o, "[", 1);
    for (int i = 0; i < count && !practice_failed; i++) {
        const void *row;
        memcpy(&row, (const char *)rows + (size_t)i * sizeof row, sizeof row);
        if (columns[i] < 0) practice_fail("(*returnColumnSizes)[%d] is %d, not a size", i, columns[i]);
        else if (!row && columns[i] > 0) practice_fail("row %d of the answer is NULL, with (*returnColumnSizes)[%d] = %d", i, i, columns[i]);
        if (practice_failed) return;
        if (i) practice_append(o, ",", 1);
        practice_put_array(o, row, columns[i], size, put);
    }
    practice_append(o, "]", 1);
}

// ---- the protocol

static int practice_records_fd = 1;
static const char PRACTICE_MARK[] = "\x1epractice:end-of-test\x1e\n";

void practice_write_all(int fd, const char *data, size_t size) {
    while (size > 0) {
        long n = practice_sys_write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR) continue;
            return;
        }
        data += n;
        size -= (size_t)n;
    }
}

// Each test's own peak memory: the kernel's high-water mark is reset to the current resident size before
// the test (clear_refs 5) and read after it (VmHWM); ru_maxrss would also count the memory of the process
// that started the driver, and every earlier test's peak.
static int practice_clear_refs_fd = -2, practice_status_fd = -2;

void practice_reset_peak(void) {
    if (practice_clear_refs_fd == -2) practice_clear_refs_fd = practice_sys_open("/proc/self/clear_refs", 1);
    if (practice_clear_refs_fd >= 0) practice_sys_write(practice_clear_refs_fd, "5", 1);
}

long practice_peak_kib(void) {
    if (practice_status_fd == -2) practice_status_fd = practice_sys_open("/proc/self/status", 0);
    if (practice_status_fd >= 0) {
        char buffer[8192];
        long length = practice_sys_pread(practice_status_fd, buffer, sizeof buffer - 1);
        if (length > 0) {
            buffer[length] = '\0';
            const char *at = strstr(buffer, "VmHWM:");
            if (at) return strtol(at + 6, NULL, 10);
        }
    }
    return practice_sys_maxrss_kib();
}

// stdin, read in chunks: each test's lines, NUL-terminated in place.
static char *practice_input;
static size_t practice_input_length, practice_input_capacity, practice_line_start, practice_scanned;
static bool practice_input_ended;

static void practice_forget_read_lines(void) {
    if (!practice_input) return;
    memmove(practice_input, practice_input + practice_line_start, practice_input_length - practice_line_start);
    practice_input_length -= practice_line_start;
    practice_scanned -= practice_line_start;
    practice_line_start = 0;
}

// The offset of the next line in `practice_input`, or -1 at the end of the input.
static long practice_next_line(void) {
    for (;;) {
        char *newline = memchr(practice_input + practice_scanned, '\n', practice_input_length - practice_scanned);
        if (newline) {
            *newline = '\0';
            long line = (long)practice_line_start;
            practice_line_start = practice_scanned = (size_t)(newline - practice_input) + 1;
            return line;
        }
        practice_scanned = practice_input_length;
        if (practice_input_ended) return -1;
        if (practice_input_capacity - practice_input_length < (1 << 16)) {
            practice_input_capacity = practice_input_capacity ? 2 * practice_input_capacity : 1 << 17;
            char *grown = realloc(practice_input, practice_input_capacity);
            if (!grown) abort();
            practice_input = grown;
        }
        long n = practice_sys_read(0, practice_input + practice_input_length, practice_input_capacity - practice_input_length);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) practice_input_ended = true;
        else practice_input_length += (size_t)n;
    }
}

// The loop: `test(lines, answer)` reads one test's arguments from its lines (the test fails with a message
// when one cannot be read), calls the solution and writes what it returns as JSON into `answer`.
int practice_serve(int arity, void (*test)(char **lines, practice_text *answer)) {
    practice_records_fd = practice_sys_dup(1);  // records go to a private copy of stdout; the solution's output to stderr
    practice_sys_dup2(2, 1);
    setvbuf(stdout, NULL, _IOLBF, 1 << 16);  // so a test's printf output survives it being killed
    char line[160];
    int length = snprintf(line, sizeof line, "ready\t%.6f\n", practice_clock(2));
    practice_write_all(practice_records_fd, line, (size_t)length);
    char **lines = practice_allocate(sizeof(char *) * (size_t)(arity > 0 ? arity : 1));
    long *offsets = practice_allocate(sizeof(long) * (size_t)(arity > 0 ? arity : 1));
    practice_text answer = {NULL, 0, 0}, record = {NULL, 0, 0};
    for (;;) {
        practice_forget_read_lines();
        for (int i = 0; i < arity; i++) {
            offsets[i] = practice_next_line();
            if (offsets[i] < 0) return 0;
        }
        for (int i = 0; i < arity; i++) lines[i] = practice_input + offsets[i];
        practice_reset_peak();
        double cpu = practice_clock(2), wall = practice_clock(1);
        practice_failed = false;
        answer.length = 0;
        practice_append(&answer, "", 0);
        test(lines, &answer);
        practice_free_test();  // before the marker: a double free is this test's crash, and its message is this test's
        fflush(stdout);
        fflush(stderr);
        practice_write_all(2, PRACTICE_MARK, sizeof PRACTICE_MARK - 1);
        double done = practice_clock(2);
        record.length = 0;
        length = snprintf(line, sizeof line, "%s\t%.6f\t%.6f\t%ld\t%.6f\t", practice_failed ? "err" : "ok", done - cpu,
                          practice_clock(1) - wall, practice_peak_kib(), done);
        practice_append(&record, line, (size_t)length);
        if (practice_failed) {
            practice_put_bytes(&record, practice_message, strlen(practice_message));
            practice_append(&record, "\t\"\"", 3);
        } else {
            practice_append(&record, answer.data, answer.length);
        }
        practice_append(&record, "\n", 1);
        practice_write_all(practice_records_fd, record.data, record.length);
    }
}
