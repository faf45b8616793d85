#define _GNU_SOURCE
#include "crunner.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* CPU time and memory are sampled right after exec, then at intervals doubling from 1 ms up to
 * 10 ms, so short programs still get memory samples (see the peak memory note in crunner.h). */
static const double FIRST_SAMPLE_SECONDS = 0.001;
static const double TICK_SECONDS = 0.010;
static const double DRAIN_SECONDS = 0.100;  /* how long leftovers are read after the child exits */
static const double GROUP_EMPTY_SECONDS = 2.0;  /* how long a killed cgroup may take to empty */

enum {
    CHUNK = 64 * 1024,      /* bytes per read from a pipe */
    HIGH_FD = 10,           /* in the child, pipe ends are first moved to descriptors >= this */
    PREEXEC_SLACK_KIB = 1024, /* memory the child may touch between measuring itself and exec */
    FALLBACK_MAX_FD = 65536  /* descriptors closed one by one when close_range is unavailable */
};

/* Solutions recurse deeply: the child's stack limit is raised to this (within the hard limit). */
static const rlim_t STACK_BYTES = (rlim_t)256 << 20;

/* ---------------------------------------------------------------- small helpers */

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Milliseconds from now until `when`, rounded up so a poll never wakes too early. */
static int ms_until(double when, double now) {
    double ms = ceil((when - now) * 1000.0);
    return ms <= 0 ? 0 : ms >= 1e9 ? 1000000000 : (int)ms;
}

static int has_limit(double seconds) {
    return seconds > 0 && isfinite(seconds);
}

static void close_fd(int *fd) {
    if (*fd >= 0) {
        close(*fd);
        *fd = -1;
    }
}

/*
 * Reads a small /proc file into buf as a NUL-terminated string; returns its length or -1.
 * Uses only open/read/close, so the child may call it between fork and exec.
 */
static ssize_t read_small_file(const char *path, char *buf, size_t size) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    size_t len = 0;
    while (len + 1 < size) {
        ssize_t n = read(fd, buf + len, size - 1 - len);
        if (n > 0) len += (size_t)n;
        else if (n == 0 || errno != EINTR) break;
    }
    close(fd);
    buf[len] = '\0';
    return (ssize_t)len;
}

/* Writes a short string to a file (a cgroup or /proc control file); returns 0 or -1.
 * Uses only open/write/close, so the child may call it between fork and exec. */
static int write_small_file(const char *path, const char *text) {
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    size_t len = strlen(text);
    ssize_t n;
    do n = write(fd, text, len); while (n < 0 && errno == EINTR);
    close(fd);
    return n == (ssize_t)len ? 0 : -1;
}

static void sleep_seconds(double seconds) {
    struct timespec ts = { (time_t)seconds, (long)((seconds - (double)(time_t)seconds) * 1e9) };
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {}
}

/* ---------------------------------------------------------------- containment (cgroups) */

/* The tool's own directories in the cgroup hierarchies, found once; "" when unusable. */
static struct {
    char v2[PATH_MAX];    /* cgroup v2: groups made here have cgroup.kill (Linux 5.14+) */
    char pids[PATH_MAX];  /* cgroup v1 pids controller, when v2 has no pids controller */
} bases;
static pthread_once_t bases_once = PTHREAD_ONCE_INIT;
static unsigned long group_counter;

/* One run's cgroups; a path is "" when that hierarchy is not used. */
typedef struct group {
    char v2[PATH_MAX];
    char pids[PATH_MAX];        /* where pids.max is set: v2 itself or a v1 pids group */
    char v2_procs[PATH_MAX];    /* <v2>/cgroup.procs, written by the child to join */
    char pids_procs[PATH_MAX];  /* <v1 pids>/cgroup.procs, "" when pids is v2 itself */
} group;

static int is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The tool's path in a hierarchy from /proc/self/cgroup: the line whose controller list is
 * `controller` ("" for v2, whose line is "0::/path"). Returns 0 when found. */
static int own_cgroup_path(const char *controller, char *path, size_t size) {
    char buf[4096];
    if (read_small_file("/proc/self/cgroup", buf, sizeof buf) <= 0) return -1;
    char *rest = NULL;
    for (char *line = strtok_r(buf, "\n", &rest); line; line = strtok_r(NULL, "\n", &rest)) {
        char *controllers = strchr(line, ':');
        char *own = controllers ? strchr(controllers + 1, ':') : NULL;
        if (!own) continue;
        *own = '\0';
        controllers++;
        int match = controller[0] == '\0' ? controllers[0] == '\0' : strcmp(controllers, controller) == 0;
        if (match) {
            snprintf(path, size, "%s", own + 1);
            return 0;
        }
    }
    return -1;
}

/* Kills every process of a cgroup: cgroup.kill when the kernel has it, else SIGKILL to each
 * member until none is left (a fork between reading and killing is caught on the next pass). */
static void kill_members(const char *dir) {
    char path[PATH_MAX + 32], buf[8192];
    snprintf(path, sizeof path, "%s/cgroup.kill", dir);
    if (write_small_file(path, "1") == 0) return;
    snprintf(path, sizeof path, "%s/cgroup.procs", dir);
    double deadline = now_seconds() + GROUP_EMPTY_SECONDS;
    while (read_small_file(path, buf, sizeof buf) > 0 && now_seconds() < deadline) {
        for (char *p = buf; *p; ) {
            char *end;
            long pid = strtol(p, &end, 10);
            if (end == p) break;
            if (pid > 0) kill((pid_t)pid, SIGKILL);
            p = end;
        }
        sleep_seconds(0.001);
    }
}

/* Kills what is left in a cgroup, waits for it to empty and removes it. */
static void remove_cgroup(const char *dir) {
    if (!dir[0]) return;
    kill_members(dir);
    double deadline = now_seconds() + GROUP_EMPTY_SECONDS;
    while (rmdir(dir) < 0 && errno == EBUSY && now_seconds() < deadline) sleep_seconds(0.001);
}

/* Empties and removes the groups of tools that died without cleaning up (kill -9). */
static void remove_stale_groups(const char *base) {
    DIR *dir = opendir(base);
    if (!dir) return;
    struct dirent *entry;
    char path[PATH_MAX + 300];
    while ((entry = readdir(dir)) != NULL) {
        int owner;
        if (sscanf(entry->d_name, "practice-%d-", &owner) != 1 || owner == (int)getpid()) continue;
        if (kill((pid_t)owner, 0) == 0 || errno != ESRCH) continue;
        snprintf(path, sizeof path, "%s/%s", base, entry->d_name);
        remove_cgroup(path);
    }
    closedir(dir);
}

/* Finds the writable hierarchies and removes stale groups; runs once per process. */
static void find_bases(void) {
    char own[PATH_MAX];
    const char *v2_mount = is_file("/sys/fs/cgroup/unified/cgroup.procs") ? "/sys/fs/cgroup/unified"
                         : is_file("/sys/fs/cgroup/cgroup.controllers") ? "/sys/fs/cgroup" : NULL;
    if (v2_mount && own_cgroup_path("", own, sizeof own) == 0) {
        snprintf(bases.v2, sizeof bases.v2, "%s%s", v2_mount, strcmp(own, "/") == 0 ? "" : own);
        if (access(bases.v2, W_OK) != 0) bases.v2[0] = '\0';
    }
    if (is_file("/sys/fs/cgroup/pids/cgroup.procs") && own_cgroup_path("pids", own, sizeof own) == 0) {
        snprintf(bases.pids, sizeof bases.pids, "/sys/fs/cgroup/pids%s", strcmp(own, "/") == 0 ? "" : own);
        if (access(bases.pids, W_OK) != 0) bases.pids[0] = '\0';
    }
    if (bases.v2[0]) remove_stale_groups(bases.v2);
    if (bases.pids[0]) remove_stale_groups(bases.pids);
}

/* Creates a cgroup named `name` under `base` into `dir`; leaves `dir` "" when it cannot. */
static void make_cgroup(const char *base, const char *name, char *dir, char *procs) {
    dir[0] = procs[0] = '\0';
    if (!base[0]) return;
    char path[PATH_MAX];
    if (snprintf(path, sizeof path, "%s/%s", base, name) >= (int)sizeof path) return;
    if (mkdir(path, 0755) < 0) return;
    snprintf(dir, PATH_MAX, "%s", path);
    snprintf(procs, PATH_MAX, "%s/cgroup.procs", path);
}

/* Creates the run's groups, with its pids limit: in v2 when its pids controller is on, else in v1. */
static void make_group(group *g) {
    pthread_once(&bases_once, find_bases);
    char name[64], path[PATH_MAX + 16], limit[32];
    snprintf(name, sizeof name, "practice-%d-%lu", (int)getpid(),
             __atomic_add_fetch(&group_counter, 1, __ATOMIC_RELAXED));
    snprintf(limit, sizeof limit, "%d", CRUNNER_MAX_TASKS);
    make_cgroup(bases.v2, name, g->v2, g->v2_procs);
    g->pids[0] = g->pids_procs[0] = '\0';
    snprintf(path, sizeof path, "%s/pids.max", g->v2);
    if (g->v2[0] && write_small_file(path, limit) == 0) {
        snprintf(g->pids, sizeof g->pids, "%s", g->v2);
        return;
    }
    char pids_procs[PATH_MAX];
    make_cgroup(bases.pids, name, g->pids, pids_procs);
    snprintf(path, sizeof path, "%s/pids.max", g->pids);
    if (g->pids[0] && write_small_file(path, limit) < 0) {
        rmdir(g->pids);
        g->pids[0] = '\0';
        return;
    }
    memcpy(g->pids_procs, pids_procs, sizeof pids_procs);
}

/* Whether a fork in the group failed on its pids limit (pids.events: "max N" with N > 0). */
static int group_hit_task_limit(const group *g) {
    char path[PATH_MAX + 16], buf[256];
    if (!g->pids[0]) return 0;
    snprintf(path, sizeof path, "%s/pids.events", g->pids);
    if (read_small_file(path, buf, sizeof buf) <= 0) return 0;
    const char *max = strstr(buf, "max ");
    return max && strtoll(max + 4, NULL, 10) > 0;
}

static void kill_group(const group *g) {
    if (g->v2[0]) kill_members(g->v2);
    else if (g->pids[0]) kill_members(g->pids);
}

static void remove_group(const group *g) {
    remove_cgroup(g->v2);
    if (strcmp(g->pids, g->v2) != 0) remove_cgroup(g->pids);
}

/* ---------------------------------------------------------------- reusing run groups */

/*
 * Making and removing a cgroup (mkdir, pids.max, rmdir) for every run cost more CPU than the rest of
 * the run's bookkeeping together. A run's groups are therefore kept, empty, for a later run of this
 * process: at most POOL_MAX idle ones, removed when the process exits (atexit), or by the next tool
 * when this one is killed (their names carry its pid: remove_stale_groups). A group is reused only
 * when no process is left in it, and never after a fork in it failed on its pids limit (pids.events
 * counts those for the group's whole life; each run must see only its own).
 */
enum { POOL_MAX = 4 };  /* a run group may be two directories (v2, v1 pids): at most 8 idle ones */
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static group pool_idle[POOL_MAX];
static int pool_count, pool_registered;

static void remove_idle_groups(void) {
    pthread_mutex_lock(&pool_lock);
    while (pool_count > 0) remove_group(&pool_idle[--pool_count]);
    pthread_mutex_unlock(&pool_lock);
}

/* A run's groups: idle ones when the pool has some, else new ones (make_group). */
static void take_group(group *g) {
    pthread_mutex_lock(&pool_lock);
    int found = pool_count > 0;
    if (found) *g = pool_idle[--pool_count];
    pthread_mutex_unlock(&pool_lock);
    if (!found) make_group(g);
}

/* Whether no process is left in a group's hierarchies (cgroup.procs reads empty). */
static int group_is_empty(const group *g) {
    char buf[64];
    if (g->v2_procs[0] && read_small_file(g->v2_procs, buf, sizeof buf) != 0) return 0;
    if (g->pids_procs[0] && read_small_file(g->pids_procs, buf, sizeof buf) != 0) return 0;
    return 1;
}

/* Keeps a run's groups for a later run when they can be reused, else removes them. */
static void return_group(group *g, int hit_task_limit) {
    if (!g->v2[0] && !g->pids[0]) return;  /* no containment here: nothing was made */
    int kept = 0;
    if (!hit_task_limit && group_is_empty(g)) {
        pthread_mutex_lock(&pool_lock);
        if (pool_count < POOL_MAX) {
            pool_idle[pool_count++] = *g;
            kept = 1;
            if (!pool_registered) pool_registered = atexit(remove_idle_groups) == 0;
        }
        pthread_mutex_unlock(&pool_lock);
    }
    if (!kept) remove_group(g);
}

/* ---------------------------------------------------------------- the child */

/* What the child tells the parent through the status pipe before exec, or when a step fails. */
typedef struct child_report {
    long long preexec_rss_kib;  /* resident memory inherited from the caller by fork */
    int stage;                  /* CRUNNER_STAGE_NONE: about to exec */
    int error_number;
} child_report;

/* Everything the child needs, prepared before fork so the child only makes system calls. */
typedef struct child_plan {
    const crunner_request *request;
    char *const *envp;
    pid_t parent;
    int stdin_fd, stdout_fd, stderr_fd, status_fd;  /* the child's ends of the pipes */
    int has_cpu_limit;
    struct rlimit cpu, fsize, stack;
    int max_fd;                 /* bound for the close() loop when close_range is unavailable */
    long page_size;
    const group *group;         /* the run's cgroups, which the child joins */
    char uid_map[64], gid_map[64];  /* "<id> <id> 1": identity maps for a user namespace */
} child_plan;

static void report_to_parent(int fd, long long rss_kib, crunner_stage stage, int error_number) {
    child_report report = { rss_kib, (int)stage, error_number };
    ssize_t ignored = write(fd, &report, sizeof report);
    (void)ignored;
}

static _Noreturn void fail_child(int status_fd, crunner_stage stage) {
    report_to_parent(status_fd, 0, stage, errno);
    _exit(127);
}

/*
 * Peak resident memory (VmHWM) in KiB of the memory the child shares with the tool, read by the
 * child just before exec: exec leaves max(that peak, current size) in the child's ru_maxrss, which
 * crunner_run must not mistake for the program's (0 when unknown). Only open/read/close, on the
 * child's own stack.
 */
static long long shared_peak_kib(void) {
    char buf[4096];
    if (read_small_file("/proc/self/status", buf, sizeof buf) <= 0) return 0;
    const char *line = strstr(buf, "\nVmHWM:");
    if (!line) return 0;
    long long kib = 0;
    for (line += 7; *line == ' ' || *line == '\t'; line++) {}
    for (; *line >= '0' && *line <= '9'; line++) kib = kib * 10 + (*line - '0');
    return kib;
}

/* Restores default dispositions and an empty signal mask, as a fresh program expects. */
static void reset_signals(void) {
    struct sigaction default_action;
    memset(&default_action, 0, sizeof default_action);
    default_action.sa_handler = SIG_DFL;
    for (int sig = 1; sig < NSIG; sig++) sigaction(sig, &default_action, NULL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
}

/* Closes every descriptor >= 3 except `keep` (which is >= 3). */
static void close_other_fds(int keep, int max_fd) {
#ifdef SYS_close_range
    if (syscall(SYS_close_range, 3U, (unsigned)keep - 1, 0U) == 0 &&
        syscall(SYS_close_range, (unsigned)keep + 1, ~0U, 0U) == 0) return;
#endif
    for (int fd = 3; fd < max_fd; fd++)
        if (fd != keep) close(fd);
}

/* Enters a new network namespace, where only a loopback interface exists and it is down.
 * Unprivileged, the kernel allows that only inside a new user namespace, in which the caller's
 * own uid and gid are mapped to themselves so files keep their owners. Returns 0 or -1 (errno). */
static int isolate_network(const child_plan *plan) {
    if (unshare(CLONE_NEWNET) == 0) return 0;
    if (errno != EPERM) return -1;
    if (unshare(CLONE_NEWUSER | CLONE_NEWNET) < 0) return -1;
    write_small_file("/proc/self/setgroups", "deny");  /* absent on old kernels: not needed there */
    if (write_small_file("/proc/self/uid_map", plan->uid_map) < 0) return -1;
    return write_small_file("/proc/self/gid_map", plan->gid_map);
}

/* Runs in the forked child: only async-signal-safe calls, then execve. Never returns. */
static _Noreturn void run_child(const child_plan *plan) {
    const crunner_request *request = plan->request;
    setsid();  /* own session and process group (pgid == pid), so killpg reaches grandchildren */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != plan->parent) _exit(127);  /* the caller died before prctl took effect */
    reset_signals();
    /* Join the run's cgroups first, so everything the program starts is in them. */
    if (plan->group->v2_procs[0]) write_small_file(plan->group->v2_procs, "0");
    if (plan->group->pids_procs[0]) write_small_file(plan->group->pids_procs, "0");

    /* Best effort: the parent enforces the limits itself, these are backstops. */
    struct rlimit no_core = { 0, 0 };
    setrlimit(RLIMIT_CORE, &no_core);
    setrlimit(RLIMIT_FSIZE, &plan->fsize);
    setrlimit(RLIMIT_STACK, &plan->stack);
    if (plan->has_cpu_limit) setrlimit(RLIMIT_CPU, &plan->cpu);

    /* Move the pipe ends above 2 first so no dup2 below can overwrite another one. */
    int status = fcntl(plan->status_fd, F_DUPFD_CLOEXEC, HIGH_FD);
    if (status < 0) fail_child(plan->status_fd, CRUNNER_STAGE_SETUP);
    int in = fcntl(plan->stdin_fd, F_DUPFD, HIGH_FD);
    int out = fcntl(plan->stdout_fd, F_DUPFD, HIGH_FD);
    int err = fcntl(plan->stderr_fd, F_DUPFD, HIGH_FD);
    if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
        fail_child(status, CRUNNER_STAGE_SETUP);
    close_other_fds(status, plan->max_fd);

    if (request->cwd && chdir(request->cwd) < 0) fail_child(status, CRUNNER_STAGE_CHDIR);
    if (request->isolate_network && isolate_network(plan) < 0) fail_child(status, CRUNNER_STAGE_NETWORK);
    report_to_parent(status, shared_peak_kib(), CRUNNER_STAGE_NONE, 0);
    execve(request->path, request->argv, plan->envp);
    fail_child(status, CRUNNER_STAGE_EXEC);
}

/* A limit no higher than the caller's hard limit, which an unprivileged child cannot raise. */
static struct rlimit within_hard_limit(int resource, rlim_t soft, rlim_t hard) {
    struct rlimit current;
    if (getrlimit(resource, &current) == 0 && current.rlim_max != RLIM_INFINITY) {
        if (hard > current.rlim_max) hard = current.rlim_max;
        if (soft > hard) soft = hard;
    }
    return (struct rlimit){ soft, hard };
}

static child_plan make_plan(const crunner_request *request) {
    child_plan plan;
    memset(&plan, 0, sizeof plan);
    plan.request = request;
    plan.envp = request->envp ? request->envp : environ;
    plan.parent = getpid();
    plan.page_size = sysconf(_SC_PAGESIZE);

    plan.has_cpu_limit = has_limit(request->cpu_limit);
    if (plan.has_cpu_limit) {
        /* SIGXCPU one second after the limit, SIGKILL a second later. */
        rlim_t soft = (rlim_t)ceil(request->cpu_limit) + 1;
        plan.cpu = within_hard_limit(RLIMIT_CPU, soft, soft + 1);
    }
    rlim_t output = request->output_limit > 0 ? (rlim_t)request->output_limit : 0;
    plan.fsize = within_hard_limit(RLIMIT_FSIZE, output, output);

    getrlimit(RLIMIT_STACK, &plan.stack);
    if (plan.stack.rlim_cur != RLIM_INFINITY && plan.stack.rlim_cur < STACK_BYTES)
        plan.stack = within_hard_limit(RLIMIT_STACK, STACK_BYTES, plan.stack.rlim_max);

    long open_max = sysconf(_SC_OPEN_MAX);
    plan.max_fd = open_max > 0 && open_max < FALLBACK_MAX_FD ? (int)open_max : FALLBACK_MAX_FD;
    snprintf(plan.uid_map, sizeof plan.uid_map, "%u %u 1", (unsigned)getuid(), (unsigned)getuid());
    snprintf(plan.gid_map, sizeof plan.gid_map, "%u %u 1", (unsigned)getgid(), (unsigned)getgid());
    return plan;
}

/* ---------------------------------------------------------------- spawning without copying the tool */

/*
 * fork() copies the tool's page tables, and the child's exec then tears the copy down, while the
 * tool takes copy-on-write faults on every page it touches afterwards: with a large process (the
 * Swift runtime, Foundation, the judge's buffers) that was half the CPU time of judging a fast
 * program. spawn_child starts run_child the way posix_spawn does instead: clone with CLONE_VM |
 * CLONE_VFORK, the child sharing the tool's memory on a stack of its own until it execs, the calling
 * thread suspended until then. run_child only makes system calls, so sharing is safe; the child
 * still gets its own descriptors, signal handlers, rlimits and session.
 */
enum { SPAWN_STACK_BYTES = 64 * 1024 };

static int child_main(void *plan) {
    run_child((const child_plan *)plan);
}

/* Starts run_child(plan) in a new process; returns its pid, or -1 with errno set. Every signal is
 * blocked around the clone, so no handler of the tool can run in the child before run_child
 * restores the default dispositions and an empty mask. */
static pid_t spawn_child(const child_plan *plan) {
    void *stack = malloc(SPAWN_STACK_BYTES);
    if (!stack) {
        errno = ENOMEM;
        return -1;
    }
    sigset_t all, saved;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &saved);
    pid_t pid = clone(child_main, (char *)stack + SPAWN_STACK_BYTES, CLONE_VM | CLONE_VFORK | SIGCHLD, (void *)plan);
    int clone_errno = errno;
    pthread_sigmask(SIG_SETMASK, &saved, NULL);
    free(stack);  /* the child has exec'd or exited: CLONE_VFORK waited for it */
    errno = clone_errno;
    return pid;
}

/* ---------------------------------------------------------------- starting */

/* The parent's view of a started child. */
typedef struct child {
    pid_t pid;
    int stdin_fd, stdout_fd, stderr_fd;  /* parent ends, non-blocking */
    long long preexec_rss_kib;
} child;

static void set_failure(crunner_result *result, crunner_stage stage, int error_number) {
    result->failed_stage = stage;
    result->error_number = error_number;
}

/* Reads the child's reports until exec closes the status pipe; returns the last one. */
static child_report await_exec(int status_fd) {
    child_report last = { 0, CRUNNER_STAGE_NONE, 0 }, report;
    for (;;) {
        ssize_t n = read(status_fd, &report, sizeof report);
        if (n == (ssize_t)sizeof report) last = report;
        else if (n == 0 || (n < 0 && errno != EINTR)) return last;
    }
}

/* Forks and execs the child. Returns 0, or -1 with the failure recorded in result. */
static int start_child(const crunner_request *request, const group *g, child *started, crunner_result *result) {
    /* [0] read end, [1] write end; O_CLOEXEC so concurrent runs never inherit each other's. */
    int pipes[4][2] = { { -1, -1 }, { -1, -1 }, { -1, -1 }, { -1, -1 } };
    enum { IN, OUT, ERR, STATUS };
    for (int i = 0; i < 4; i++) {
        if (pipe2(pipes[i], O_CLOEXEC) < 0) {
            set_failure(result, CRUNNER_STAGE_PIPE, errno);
            for (int j = 0; j < i; j++) { close(pipes[j][0]); close(pipes[j][1]); }
            return -1;
        }
    }
    child_plan plan = make_plan(request);
    plan.group = g;
    plan.stdin_fd = pipes[IN][0];
    plan.stdout_fd = pipes[OUT][1];
    plan.stderr_fd = pipes[ERR][1];
    plan.status_fd = pipes[STATUS][1];

    pid_t pid = spawn_child(&plan);
    int fork_errno = errno;
    close(pipes[IN][0]);
    close(pipes[OUT][1]);
    close(pipes[ERR][1]);
    close(pipes[STATUS][1]);
    child_report report = { 0, CRUNNER_STAGE_FORK, fork_errno };
    if (pid > 0) report = await_exec(pipes[STATUS][0]);
    close(pipes[STATUS][0]);
    if (report.stage != CRUNNER_STAGE_NONE) {
        if (pid > 0) while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {}
        close(pipes[IN][1]);
        close(pipes[OUT][0]);
        close(pipes[ERR][0]);
        set_failure(result, (crunner_stage)report.stage, report.error_number);
        return -1;
    }
    started->pid = pid;
    started->stdin_fd = pipes[IN][1];
    started->stdout_fd = pipes[OUT][0];
    started->stderr_fd = pipes[ERR][0];
    started->preexec_rss_kib = report.preexec_rss_kib;
    fcntl(started->stdin_fd, F_SETFL, O_NONBLOCK);
    fcntl(started->stdout_fd, F_SETFL, O_NONBLOCK);
    fcntl(started->stderr_fd, F_SETFL, O_NONBLOCK);
    return 0;
}

/* ---------------------------------------------------------------- watching */

/* One captured output stream: keeps the first `keep` bytes, counts all of them. */
typedef struct capture {
    unsigned char *data;
    size_t len, capacity, keep;
    unsigned long long total;
} capture;

/* Appends what fits under keep. Returns -1 when out of memory. */
static int capture_append(capture *c, const unsigned char *bytes, size_t n) {
    c->total += n;
    size_t room = c->keep - c->len;
    if (n > room) n = room;
    if (n == 0) return 0;
    if (c->len + n > c->capacity) {
        size_t capacity = c->capacity ? c->capacity : CHUNK;
        while (capacity < c->len + n) capacity *= 2;
        if (capacity > c->keep) capacity = c->keep;
        unsigned char *data = realloc(c->data, capacity);
        if (!data) return -1;
        c->data = data;
        c->capacity = capacity;
    }
    memcpy(c->data + c->len, bytes, n);
    c->len += n;
    return 0;
}

/* Keeps only the first `keep` bytes of a capture and returns the rest of its memory. */
static void shrink_capture(capture *c, size_t keep) {
    if (c->len <= keep) return;
    unsigned char *data = realloc(c->data, keep);
    if (data) c->data = data;
    c->len = c->capacity = keep;
}

/* Reads once from a ready pipe into c, closing it at end of file. Returns -1 when out of memory. */
static int capture_read(int *fd, capture *c, unsigned char *scratch) {
    ssize_t n = read(*fd, scratch, CHUNK);
    if (n > 0) return capture_append(c, scratch, (size_t)n);
    if (n == 0 || (errno != EAGAIN && errno != EINTR)) close_fd(fd);
    return 0;
}

/* Writes as much pending input as the pipe takes; closes it when all is written or the child
 * closed its end (EPIPE is normal: the program need not read all its input). */
static void feed_input(int *fd, const crunner_request *request, size_t *written, const sigset_t *sigpipe,
                       const unsigned char **piece, size_t *piece_len) {
    const unsigned char *bytes = request->input;
    size_t length = request->input_len;
    if (request->on_input) {
        if (*written == *piece_len) {
            *written = 0;
            *piece_len = request->on_input(request->input_context, piece);
            if (*piece_len == 0) {
                close_fd(fd);
                return;
            }
        }
        bytes = *piece;
        length = *piece_len;
    }
    ssize_t n = write(*fd, bytes + *written, length - *written);
    if (n > 0) *written += (size_t)n;
    int failed = n < 0 && errno != EAGAIN && errno != EINTR;
    if (n < 0 && errno == EPIPE) {
        /* SIGPIPE is blocked in this thread: take the pending one so it is never delivered. */
        static const struct timespec no_wait = { 0, 0 };
        sigtimedwait(sigpipe, NULL, &no_wait);
    }
    if (failed || (!request->on_input && *written == length)) close_fd(fd);
}

/* User+system CPU seconds of a live process and of the children it waited for, from
 * /proc/<pid>/stat; -1 when unavailable. */
static double sample_cpu_seconds(pid_t pid, long ticks_per_second) {
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    if (read_small_file(path, buf, sizeof buf) <= 0) return -1;
    const char *p = strrchr(buf, ')');  /* the command name may contain spaces and parentheses */
    if (!p) return -1;
    /* Field 3 (state) follows ") "; utime, stime, cutime and cstime are fields 14 to 17. */
    p += 1;
    for (int field = 3; field <= 14; field++) {
        p = strchr(p, ' ');
        if (!p) return -1;
        p++;
    }
    unsigned long long ticks = 0;
    for (int field = 14; field <= 17; field++) {
        char *end;
        ticks += strtoull(p, &end, 10);
        p = end;
    }
    return (double)ticks / (double)ticks_per_second;
}

/* A KiB figure of a live process from /proc/<pid>/status: `field` is "VmHWM" (peak resident
 * memory) or "VmRSS" (resident now); -1 when unavailable. */
static long long sample_status_kib(pid_t pid, const char *field) {
    char path[64], buf[4096], key[16];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    snprintf(key, sizeof key, "\n%s:", field);
    if (read_small_file(path, buf, sizeof buf) <= 0) return -1;
    const char *line = strstr(buf, key);
    return line ? strtoll(line + strlen(key), NULL, 10) : -1;
}

static int has_exited(pid_t pid) {
    siginfo_t info;
    info.si_pid = 0;
    return waitid(P_PID, (id_t)pid, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid;
}

/* Everything one supervision needs between loop iterations. */
typedef struct watch {
    const crunner_request *request;
    child proc;
    int pidfd;                  /* readable when the child exits; -1 when unsupported */
    capture out, err;
    unsigned char *scratch;
    size_t input_written;       /* bytes of the input (or of the current piece of on_input) written */
    const unsigned char *input_piece;
    size_t input_piece_len;
    long long peak_kib;         /* highest VmHWM of the child, or resident sum of the group, sampled after exec */
    const char *members;        /* cgroup.procs of the run's group, "" when it has none */
    crunner_limit limit;
    int out_of_memory;
    double record_wall_start;   /* when the last '\n' on stdout was read (or exec) */
    double record_cpu_start;    /* CPU seconds at the first sample after that '\n' */
    int record_ended;           /* a '\n' was read on stdout since the last sample */
} watch;

static int output_exceeded(const watch *w) {
    unsigned long long cap = w->request->output_limit > 0 ? (unsigned long long)w->request->output_limit : 0;
    return w->out.total > cap || w->err.total > cap;
}

/* Reads from whichever output pipes poll reported ready. */
/* Reads once from a ready pipe of a run with records (record limits or on_output): notes the end
 * of a record on stdout, and hands the bytes to on_output or to the capture. */
static void record_read(watch *w, int stream) {
    int *fd = stream == 1 ? &w->proc.stdout_fd : &w->proc.stderr_fd;
    ssize_t n = read(*fd, w->scratch, CHUNK);
    if (n <= 0) {
        if (n == 0 || (errno != EAGAIN && errno != EINTR)) close_fd(fd);
        return;
    }
    int ended = stream == 1 && memchr(w->scratch, '\n', (size_t)n) != NULL;
    if (ended) {
        w->record_wall_start = now_seconds();
        w->record_ended = 1;
    }
    if (w->request->on_output) {
        /* The caller's time with the output (checking an answer) is not the child's: the next
         * record's wall clock starts when the callback returns. */
        double before = now_seconds();
        if (w->request->on_output(w->request->output_context, stream, w->scratch, (size_t)n) != 0 &&
            w->limit == CRUNNER_LIMIT_NONE)
            w->limit = CRUNNER_LIMIT_CANCELLED;
        w->record_wall_start += now_seconds() - before;
    } else if (capture_append(stream == 1 ? &w->out : &w->err, w->scratch, (size_t)n) < 0) {
        w->out_of_memory = 1;
    }
}

static int has_records(const crunner_request *request) {
    return request->on_output || has_limit(request->record_cpu_limit) || has_limit(request->record_wall_limit);
}

static void read_ready(watch *w, const struct pollfd *out_poll, const struct pollfd *err_poll) {
    const short ready = POLLIN | POLLHUP | POLLERR;
    if (has_records(w->request)) {
        if (out_poll->revents & ready) record_read(w, 1);
        if (err_poll->revents & ready) record_read(w, 2);
        if (!w->request->on_output && w->limit == CRUNNER_LIMIT_NONE && output_exceeded(w))
            w->limit = CRUNNER_LIMIT_OUTPUT;
        return;
    }
    if ((out_poll->revents & ready) && capture_read(&w->proc.stdout_fd, &w->out, w->scratch) < 0)
        w->out_of_memory = 1;
    if ((err_poll->revents & ready) && capture_read(&w->proc.stderr_fd, &w->err, w->scratch) < 0)
        w->out_of_memory = 1;
    if (w->limit == CRUNNER_LIMIT_NONE && output_exceeded(w)) w->limit = CRUNNER_LIMIT_OUTPUT;
}

/* VmRSS and VmHWM in KiB of a live process from one read of /proc/<pid>/status; -1 when unavailable. */
static void sample_status_both(pid_t pid, long long *rss_kib, long long *peak_kib) {
    char path[64], buf[4096];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    *rss_kib = *peak_kib = -1;
    if (read_small_file(path, buf, sizeof buf) <= 0) return;
    const char *line = strstr(buf, "\nVmHWM:");
    if (line) *peak_kib = strtoll(line + 7, NULL, 10);
    line = strstr(buf, "\nVmRSS:");
    if (line) *rss_kib = strtoll(line + 7, NULL, 10);
}

/*
 * The members whose resident memory a sample has added up. A process created with CLONE_VM (vfork,
 * posix_spawn, this runner's own spawn_child) shares its parent's memory until it execs: counting
 * both would double the figure, so a member whose memory is one already counted (same VmRSS, then
 * kcmp KCMP_VM to be sure) adds nothing.
 */
enum { COUNTED_MAX = CRUNNER_MAX_TASKS };
typedef struct counted {
    int count;
    pid_t pid[COUNTED_MAX];
    long long rss_kib[COUNTED_MAX];
} counted;

#ifndef KCMP_VM
#define KCMP_VM 1
#endif

/* Whether pid's memory is one already counted; records it otherwise. */
static int shares_counted_memory(counted *c, pid_t pid, long long rss_kib) {
#ifdef SYS_kcmp
    for (int i = 0; i < c->count; i++)
        if (c->rss_kib[i] == rss_kib && syscall(SYS_kcmp, c->pid[i], pid, KCMP_VM, 0UL, 0UL) == 0) return 1;
#endif
    if (c->count < COUNTED_MAX) {
        c->pid[c->count] = pid;
        c->rss_kib[c->count] = rss_kib;
        c->count++;
    }
    return 0;
}

/*
 * One sample of the run, reading each process's stat and status once: the child's CPU seconds and
 * peak memory (VmHWM), and the CPU seconds and resident KiB summed over the members of its cgroup
 * (0 without one). The child's figures come from the member scan when it is a member, else from its
 * own files (its CPU only when there is a CPU limit, whole-run or per record, to check).
 */
static void sample_processes(const watch *w, long ticks_per_second, double *child_cpu, long long *child_peak,
                             double *group_cpu, long long *group_kib) {
    char buf[8192];
    int child_seen = 0;
    *child_cpu = -1;
    *child_peak = -1;
    *group_cpu = 0;
    *group_kib = 0;
    if (w->members[0] && read_small_file(w->members, buf, sizeof buf) > 0) {
        counted seen;
        seen.count = 0;
        for (char *p = buf; *p; ) {
            char *end;
            long pid = strtol(p, &end, 10);
            if (end == p) break;
            p = end;
            double seconds = sample_cpu_seconds((pid_t)pid, ticks_per_second);
            long long rss, peak;
            sample_status_both((pid_t)pid, &rss, &peak);
            if (seconds > 0) *group_cpu += seconds;
            if (rss > 0 && !shares_counted_memory(&seen, (pid_t)pid, rss)) *group_kib += rss;
            if (pid == w->proc.pid) {
                child_seen = 1;
                *child_cpu = seconds;
                *child_peak = peak;
            }
        }
    }
    if (!child_seen) {
        *child_peak = sample_status_kib(w->proc.pid, "VmHWM");
        if (has_limit(w->request->cpu_limit) || has_limit(w->request->record_cpu_limit))
            *child_cpu = sample_cpu_seconds(w->proc.pid, ticks_per_second);
    }
}

/* Samples CPU time and memory of the running child, and of all its processes when they have a
 * cgroup; sets w->limit when one is exceeded. */
static void sample(watch *w, long ticks_per_second) {
    const crunner_request *request = w->request;
    double group_cpu, child_cpu;
    long long group_kib, peak;
    sample_processes(w, ticks_per_second, &child_cpu, &peak, &group_cpu, &group_kib);
    if (peak > w->peak_kib) w->peak_kib = peak;
    if (group_kib > w->peak_kib) w->peak_kib = group_kib;
    int record_cpu = has_limit(request->record_cpu_limit);
    double cpu = fmax(child_cpu, group_cpu);
    if (w->record_ended) {  /* a record ended since the last sample: the next one starts counting */
        w->record_cpu_start = cpu;
        w->record_ended = 0;
    }
    if (has_limit(request->cpu_limit) && cpu > request->cpu_limit)
        w->limit = CRUNNER_LIMIT_CPU_TIME;
    else if (record_cpu && cpu - w->record_cpu_start > request->record_cpu_limit)
        w->limit = CRUNNER_LIMIT_CPU_TIME;
    else if (request->memory_limit > 0 && w->peak_kib * 1024 > request->memory_limit)
        w->limit = CRUNNER_LIMIT_MEMORY;
}

/* Feeds stdin and drains stdout/stderr until the child exits or a limit stops it. */
static void supervise(watch *w, double start, const sigset_t *sigpipe) {
    const crunner_request *request = w->request;
    long ticks_per_second = sysconf(_SC_CLK_TCK);
    double deadline = has_limit(request->wall_limit) ? start + request->wall_limit : INFINITY;
    double next_sample = 0, interval = FIRST_SAMPLE_SECONDS;
    while (w->limit == CRUNNER_LIMIT_NONE && !w->out_of_memory && !has_exited(w->proc.pid)) {
        if (request->cancel && crunner_flag_get(request->cancel)) {
            w->limit = CRUNNER_LIMIT_CANCELLED;
            break;
        }
        double now = now_seconds();
        double record_deadline = has_limit(request->record_wall_limit)
            ? w->record_wall_start + request->record_wall_limit : INFINITY;
        if (now >= deadline || now >= record_deadline) {
            w->limit = CRUNNER_LIMIT_WALL_TIME;
            break;
        }
        if (now >= next_sample) {
            sample(w, ticks_per_second);
            if (w->limit != CRUNNER_LIMIT_NONE) break;
            next_sample = now + interval;
            interval = fmin(interval * 2, TICK_SECONDS);
        }
        struct pollfd fds[4] = {
            { w->proc.stdin_fd, POLLOUT, 0 },
            { w->proc.stdout_fd, POLLIN, 0 },
            { w->proc.stderr_fd, POLLIN, 0 },
            { w->pidfd, POLLIN, 0 },
        };
        /* poll ignores negative descriptors, so closed streams simply drop out. */
        if (poll(fds, 4, ms_until(fmin(next_sample, fmin(deadline, record_deadline)), now)) <= 0) continue;
        if (fds[0].revents & (POLLOUT | POLLERR | POLLHUP)) {
            /* Making the next input (on_input) is the caller's time, not the child's. */
            double before = request->on_input ? now_seconds() : 0;
            feed_input(&w->proc.stdin_fd, request, &w->input_written, sigpipe, &w->input_piece, &w->input_piece_len);
            if (request->on_input) {
                double spent = now_seconds() - before;
                w->record_wall_start += spent;
                deadline += spent;
            }
        }
        read_ready(w, &fds[1], &fds[2]);
    }
}

/* Reads what is left in the output pipes for at most DRAIN_SECONDS: a grandchild that escaped
 * the group kill may hold a pipe open, and that must never hang the caller. */
static void drain(watch *w) {
    double deadline = now_seconds() + DRAIN_SECONDS;
    while ((w->proc.stdout_fd >= 0 || w->proc.stderr_fd >= 0) && !w->out_of_memory) {
        double now = now_seconds();
        if (now >= deadline) break;
        struct pollfd fds[2] = {
            { w->proc.stdout_fd, POLLIN, 0 },
            { w->proc.stderr_fd, POLLIN, 0 },
        };
        if (poll(fds, 2, ms_until(deadline, now)) > 0) read_ready(w, &fds[0], &fds[1]);
    }
}

/* ---------------------------------------------------------------- public API */

int crunner_run(const crunner_request *request, crunner_result *result) {
    memset(result, 0, sizeof *result);
    watch w;
    memset(&w, 0, sizeof w);
    w.request = request;
    w.out.keep = request->output_limit > 0 ? (size_t)request->output_limit : 0;
    w.err.keep = CRUNNER_STDERR_KEEP;
    w.scratch = malloc(CHUNK);
    if (!w.scratch) {
        set_failure(result, CRUNNER_STAGE_BUFFER, ENOMEM);
        return -1;
    }

    /* A write to a closed stdin pipe raises SIGPIPE in this thread: block it for the run so the
     * caller survives even without ignoring SIGPIPE (the child unblocks everything). */
    sigset_t sigpipe, saved_mask;
    sigemptyset(&sigpipe);
    sigaddset(&sigpipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &sigpipe, &saved_mask);

    group g;
    take_group(&g);
    w.members = g.v2_procs[0] ? g.v2_procs : g.pids_procs;
    double start = now_seconds();
    w.record_wall_start = start;
    if (start_child(request, &g, &w.proc, result) < 0) {
        remove_group(&g);
        pthread_sigmask(SIG_SETMASK, &saved_mask, NULL);
        free(w.scratch);
        return -1;
    }
#ifdef SYS_pidfd_open
    w.pidfd = (int)syscall(SYS_pidfd_open, w.proc.pid, 0U);
#else
    w.pidfd = -1;
#endif
    if (request->input_len == 0 && !request->on_input) close_fd(&w.proc.stdin_fd);

    supervise(&w, start, &sigpipe);

    /* The child is not reaped yet, so its pid (the group id) cannot have been reused. */
    if (w.limit != CRUNNER_LIMIT_NONE || w.out_of_memory) killpg(w.proc.pid, SIGKILL);
    siginfo_t info;
    while (waitid(P_PID, (id_t)w.proc.pid, &info, WEXITED | WNOWAIT) < 0 && errno == EINTR) {}
    killpg(w.proc.pid, SIGKILL);  /* always: grandchildren left in the group die with it */
    kill_group(&g);               /* and, when contained, those that left it */
    int status = 0;
    struct rusage usage;
    memset(&usage, 0, sizeof usage);
    while (wait4(w.proc.pid, &status, 0, &usage) < 0 && errno == EINTR) {}
    double end = now_seconds();
    close_fd(&w.proc.stdin_fd);
    close_fd(&w.pidfd);
    drain(&w);
    close_fd(&w.proc.stdout_fd);
    close_fd(&w.proc.stderr_fd);
    if (w.limit == CRUNNER_LIMIT_OUTPUT) shrink_capture(&w.out, CRUNNER_STDERR_KEEP);
    result->hit_task_limit = group_hit_task_limit(&g);
    return_group(&g, result->hit_task_limit);
    pthread_sigmask(SIG_SETMASK, &saved_mask, NULL);
    free(w.scratch);

    if (w.out_of_memory) {
        free(w.out.data);
        free(w.err.data);
        set_failure(result, CRUNNER_STAGE_BUFFER, ENOMEM);
        return -1;
    }

    result->exited = WIFEXITED(status);
    result->status = WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status);
    result->out = w.out.data;
    result->out_len = w.out.len;
    result->err = w.err.data;
    result->err_len = w.err.len;
    result->cpu_seconds = (double)usage.ru_utime.tv_sec + (double)usage.ru_utime.tv_usec / 1e6 +
                          (double)usage.ru_stime.tv_sec + (double)usage.ru_stime.tv_usec / 1e6;
    result->wall_seconds = end - start;

    /* ru_maxrss includes the caller's pages that fork copied: trust it only above that copy
     * (see the peak memory note in crunner.h). */
    long long peak_kib = w.peak_kib > 0 ? w.peak_kib : 0;
    if (usage.ru_maxrss > w.proc.preexec_rss_kib + PREEXEC_SLACK_KIB && usage.ru_maxrss > peak_kib)
        peak_kib = usage.ru_maxrss;
    result->peak_memory_bytes = peak_kib * 1024;

    result->limit = w.limit;
    if (result->limit == CRUNNER_LIMIT_NONE && has_limit(request->cpu_limit) &&
        result->cpu_seconds > request->cpu_limit)
        result->limit = CRUNNER_LIMIT_CPU_TIME;
    else if (result->limit == CRUNNER_LIMIT_NONE && request->memory_limit > 0 &&
             result->peak_memory_bytes > request->memory_limit)
        result->limit = CRUNNER_LIMIT_MEMORY;
    return 0;
}

void crunner_result_free(crunner_result *result) {
    free(result->out);
    free(result->err);
    result->out = NULL;
    result->err = NULL;
    result->out_len = 0;
    result->err_len = 0;
}

void crunner_flag_set(int *flag) {
    __atomic_store_n(flag, 1, __ATOMIC_RELEASE);
}

int crunner_flag_get(const int *flag) {
    return __atomic_load_n(flag, __ATOMIC_ACQUIRE);
}

void crunner_ignore_sigpipe(void) {
    signal(SIGPIPE, SIG_IGN);
}

/* The flag the interrupt handler sets; written once before the handler is installed. */
static int *volatile interrupt_flag;

static void set_flag_on_signal(int signal_number) {
    (void)signal_number;
    int *flag = interrupt_flag;
    if (flag) __atomic_store_n(flag, 1, __ATOMIC_RELEASE);
}

void crunner_set_flag_on_interrupt(int *flag) {
    interrupt_flag = flag;
    sigset_t signals;  /* a parent may have started the tool with them blocked */
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_UNBLOCK, &signals, NULL);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = set_flag_on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND;  /* a second signal takes the default action */
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
}

int crunner_containment(void) {
    group g;
    make_group(&g);
    int flags = (g.v2[0] ? CRUNNER_CONTAINS : 0) | (g.pids[0] ? CRUNNER_LIMITS_TASKS : 0);
    remove_group(&g);
    return flags;
}
