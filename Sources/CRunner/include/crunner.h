#ifndef CRUNNER_H
#define CRUNNER_H

/*
 * CRunner: run one child process with resource limits and measure it.
 *
 * crunner_run spawns (clone with CLONE_VM | CLONE_VFORK, as posix_spawn does) and execs the
 * program with its own process group, feeds stdin while draining
 * stdout and stderr, enforces CPU, wall-clock, memory and output limits, kills the whole
 * process group when the child ends, and reports CPU time, wall time and peak memory.
 * It blocks the calling thread and installs no signal handlers, so several threads may call it
 * at once. Its only global state is the location of the cgroup hierarchies, found once, and a
 * few emptied run groups kept for later runs (removed at exit).
 *
 * Containment: when a cgroup hierarchy is writable (as root, or with a delegated cgroup), each
 * run gets its own cgroup "practice-<tool pid>-<n>" beside the tool's, which the child joins before
 * exec. Every process the program starts stays in it, even one that calls setsid or double-forks,
 * and all of them are killed when the run ends (cgroup v2 cgroup.kill, else SIGKILL to each
 * member until none is left). A pids limit (CRUNNER_MAX_TASKS) stops fork bombs where a pids
 * controller is available. Groups left by a tool that was killed (kill -9) are emptied and removed
 * by the next run. Without a writable hierarchy only the process-group kill applies: a process
 * that leaves the group (setsid) may survive the run.
 */

#include <stddef.h>

/* Why the runner killed the child, if it did. */
typedef enum crunner_limit {
    CRUNNER_LIMIT_NONE = 0,
    CRUNNER_LIMIT_CPU_TIME,
    CRUNNER_LIMIT_WALL_TIME,
    CRUNNER_LIMIT_MEMORY,
    CRUNNER_LIMIT_OUTPUT,
    CRUNNER_LIMIT_CANCELLED
} crunner_limit;

/* The step that failed when crunner_run returns -1. */
typedef enum crunner_stage {
    CRUNNER_STAGE_NONE = 0,
    CRUNNER_STAGE_PIPE,    /* creating the pipes */
    CRUNNER_STAGE_FORK,    /* creating the child process */
    CRUNNER_STAGE_SETUP,   /* redirecting the child's standard streams */
    CRUNNER_STAGE_CHDIR,   /* entering the working directory */
    CRUNNER_STAGE_EXEC,    /* executing the program */
    CRUNNER_STAGE_BUFFER,  /* allocating memory for the captured output */
    CRUNNER_STAGE_NETWORK  /* entering a new network namespace (isolate_network) */
} crunner_stage;

/* Most tasks (processes and threads) one run may have at once, where a pids cgroup is available. */
#define CRUNNER_MAX_TASKS 512

/*
 * Receives the child's output as it arrives when set in a request (stream 1: stdout, 2: stderr),
 * instead of the runner capturing it. Returns 0 to go on, non-zero to stop the run: the child is
 * killed and the result's limit is CRUNNER_LIMIT_CANCELLED. Called on the thread of crunner_run.
 */
typedef int (*crunner_output_fn)(void *context, int stream, const unsigned char *data, size_t len);

/*
 * Supplies the child's stdin piece by piece when set in a request (instead of input/input_len):
 * sets *data to the next bytes, which must stay valid until the next call, and returns how many
 * there are; 0 ends the input (stdin is closed). Called on the thread of crunner_run whenever the
 * pipe has room, so the caller never holds more than the piece being written.
 */
typedef size_t (*crunner_input_fn)(void *context, const unsigned char **data);

typedef struct crunner_request {
    const char *path;              /* executable to run; a relative path is resolved in cwd */
    char *const *argv;             /* NULL-terminated argument vector, argv[0] included */
    char *const *envp;             /* NULL-terminated "KEY=VALUE" list; NULL inherits environ */
    const char *cwd;               /* working directory; NULL keeps the caller's */
    const unsigned char *input;    /* bytes fed to the child's stdin (may be NULL if input_len is 0) */
    size_t input_len;
    double cpu_limit;              /* seconds of user+system CPU; <= 0 or infinite: no limit */
    double wall_limit;             /* seconds of wall-clock time; <= 0 or infinite: no limit */
    long long memory_limit;        /* bytes of resident memory; <= 0: no limit */
    long long output_limit;        /* bytes allowed on stdout (and on stderr); also RLIMIT_FSIZE */
    const int *cancel;             /* non-zero (see crunner_flag_set) stops the run; may be NULL */
    int isolate_network;           /* non-zero: run in a new network namespace with no interfaces up
                                      (unshare; through a user namespace when unprivileged) */
    /* Per-record limits, for a child that answers many requests, one '\n'-ended line each: CPU and
     * wall seconds since the last '\n' it wrote on stdout (or since exec). Exceeding one ends the run
     * like the whole-run limits (CRUNNER_LIMIT_CPU_TIME, _WALL_TIME). <= 0 or infinite: none. The
     * CPU count restarts at the first sample after a '\n' (samples are at most 10 ms apart). */
    double record_cpu_limit;
    double record_wall_limit;
    crunner_output_fn on_output;   /* non-NULL: output is streamed to it and not captured (out and err
                                      stay empty) nor held to output_limit, which then only sets
                                      RLIMIT_FSIZE: on_output enforces what it wants */
    void *output_context;          /* passed to on_output */
    crunner_input_fn on_input;     /* non-NULL: stdin comes from it, input/input_len are ignored */
    void *input_context;           /* passed to on_input */
} crunner_request;

typedef struct crunner_result {
    int exited;                    /* 1: status is an exit code; 0: status is a signal number */
    int status;
    unsigned char *out;            /* captured stdout, at most output_limit bytes (malloc'ed); after an
                                      output-limit kill only its first CRUNNER_STDERR_KEEP bytes */
    size_t out_len;
    unsigned char *err;            /* captured stderr, at most CRUNNER_STDERR_KEEP bytes (malloc'ed) */
    size_t err_len;
    double cpu_seconds;            /* user + system CPU time of the child and its reaped children */
    double wall_seconds;           /* wall-clock time from fork to exit */
    long long peak_memory_bytes;   /* peak resident memory of the program (see below) */
    crunner_limit limit;           /* why the runner killed the child, if it did */
    crunner_stage failed_stage;    /* when crunner_run returned -1: the step that failed */
    int error_number;              /* when crunner_run returned -1: its errno */
    int hit_task_limit;            /* 1: a fork failed because the run reached CRUNNER_MAX_TASKS */
} crunner_result;

/*
 * Peak memory: the child shares the caller's memory until exec, and the kernel keeps that memory's
 * peak resident size in ru_maxrss across exec. So ru_maxrss is used only when it exceeds that peak;
 * otherwise the figure is the highest VmHWM sampled from /proc after exec (at intervals growing
 * from 1 ms to 10 ms), a lower bound for programs that end between two samples.
 * When the run has a cgroup, the samples also sum the resident memory and CPU time of every
 * process in it (memory shared by a vfork-style child before exec counted once), so a wrapper
 * shell or a subprocess cannot hide what its children use; without
 * one, the limits are watched on the direct child only (RLIMIT_CPU still applies to the others).
 */

/* How much of the child's stderr is kept; the rest is read and discarded. */
#define CRUNNER_STDERR_KEEP (64 * 1024)

/*
 * Runs the request to completion. Returns 0 and fills *result (free it with crunner_result_free),
 * or returns -1 with result->failed_stage and result->error_number set when the child could not
 * be started (nothing to free then).
 */
int crunner_run(const crunner_request *request, crunner_result *result);

/* Frees the buffers of a result filled by a successful crunner_run. */
void crunner_result_free(crunner_result *result);

/* Sets a cancellation flag (atomic store); a run watching it stops within about 10 ms. */
void crunner_flag_set(int *flag);

/* Reads a cancellation flag (atomic load). */
int crunner_flag_get(const int *flag);

/* Ignores SIGPIPE in the whole process so a child closing a pipe early cannot kill the caller. */
void crunner_ignore_sigpipe(void);

/*
 * Installs SIGINT and SIGTERM handlers that set *flag (crunner_flag_set) and restore the default
 * action, so a second signal ends the process at once, and unblocks both in the calling thread. The handler is async-signal-safe; *flag
 * must stay valid for the life of the process.
 */
void crunner_set_flag_on_interrupt(int *flag);

/* What containment runs get here (see Containment above), probed by creating a group. */
enum {
    CRUNNER_CONTAINS = 1,        /* each run has its own cgroup, killed as a whole */
    CRUNNER_LIMITS_TASKS = 2     /* each run is held to CRUNNER_MAX_TASKS by a pids cgroup */
};
int crunner_containment(void);

#endif /* CRUNNER_H */
