#!/usr/bin/env python3
"""Times practice against oj and the process-spawn floor, and stats/history against history size.

Called by Benchmarks/run.sh (which builds the release binary and the oj virtual environment);
see Benchmarks/README.md. Prints one summary in Markdown and writes it to --results.
"""
import argparse
import datetime
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE_DIR = os.path.join(os.path.dirname(HERE), "Examples", "shortest-unsorted-subarray")
SLUGS = ["shortest-unsorted-subarray", "two-sum", "longest-substring-without-repeating-characters",
         "container-with-most-water", "valid-parentheses", "find-peak-element", "sliding-window-maximum",
         "search-in-rotated-sorted-array", "kth-largest-element-in-an-array", "merge-intervals",
         "coin-change", "number-of-islands", "diameter-of-binary-tree"]


def log(message):
    print("[bench %s] %s" % (time.strftime("%H:%M:%S"), message), file=sys.stderr, flush=True)


def timed(argv, cwd=None, log_path=None, check=True, shell=False):
    """Runs a command, returns its wall seconds; output goes to log_path (or /dev/null)."""
    out = open(log_path, "w") if log_path else subprocess.DEVNULL
    begin = time.perf_counter()
    result = subprocess.run(argv, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, shell=shell,
                            env=dict(os.environ, NO_COLOR="1"))
    seconds = time.perf_counter() - begin
    if log_path:
        out.close()
    if check and result.returncode != 0:
        raise SystemExit("command failed (exit %d): %s%s" % (
            result.returncode, argv if isinstance(argv, str) else shlex.join(argv),
            "\n  see " + log_path if log_path else ""))
    return seconds


def median(values):
    return statistics.median(values)


def fmt_s(seconds):
    return "%.2f" % seconds


def fmt_ms(seconds):
    return "%.1f" % (seconds * 1000) if seconds < 10 else "%.0f" % (seconds * 1000)


def loadavg():
    try:
        return " ".join(open("/proc/loadavg").read().split()[:3])
    except OSError:
        return "?"


def judge_section(lang, args, tests, ntests, cores, work):
    """oj vs shell-loop floor vs practice for one solution (and, for Python, practice's function
    mode on the LeetCode-style solution.py); returns Markdown lines."""
    src = os.path.join(EXAMPLE_DIR, "correct.c" if lang == "c" else "correct.py")
    if lang == "c":
        binary = os.path.join(work, "a.out")
        compile_s = timed(["gcc", "-O2", "-o", binary, src])
        command = "./a.out"
        loop_cmd = 'for f in %s/*.in; do ./a.out < "$f" > /dev/null; done' % shlex.quote(tests)
    else:
        compile_s = None
        command = "%s %s" % (shlex.quote(args.python), shlex.quote(src))
        loop_cmd = 'for f in %s/*.in; do %s < "$f" > /dev/null; done' % (shlex.quote(tests), command)
    oj_cmd = [args.oj, "test", "-c", command, "-d", tests, "-j", str(args.jobs)]
    db = os.path.join(work, "judge.sqlite")
    practice_cmd = [args.practice, "attempt", "581", src, "--random", str(ntests - 3), "--jobs", str(args.jobs),
                    "--no-shrink", "--seed", "581", "--db", db]
    # Function mode (Python only): the same algorithm as a method of class Solution, called by a
    # driver that answers a whole chunk of tests in one interpreter.
    function_src = os.path.join(EXAMPLE_DIR, "solution.py")
    function_cmd = [args.practice, "attempt", "581", function_src, "--mode", "function", "--random", str(ntests - 3),
                    "--jobs", str(args.jobs), "--no-shrink", "--seed", "581", "--db", db] if lang == "py" else None

    cold = None
    if not os.path.exists(db):  # first attempt: adds 581 and computes the 1000 expected answers
        log("%s: practice cold run (adds the problem, computes and caches the reference answers)" % lang)
        cold = timed(practice_cmd, log_path=os.path.join(work, "practice-cold.log"))
    else:
        timed(practice_cmd, log_path=os.path.join(work, "practice-warm-%s.log" % lang))
    if function_cmd:
        timed(function_cmd, log_path=os.path.join(work, "practice-warm-function.log"))

    runs = {"oj": [], "floor": [], "practice": [], "function": []}
    for r in range(args.repeats):
        log("%s: round %d/%d oj test -j %d" % (lang, r + 1, args.repeats, args.jobs))
        oj_log = os.path.join(work, "oj-%s-%d.log" % (lang, r))
        runs["oj"].append(timed(oj_cmd, cwd=work, log_path=oj_log))
        text = open(oj_log, errors="replace").read()
        if "test success: %d cases" % ntests not in text:
            raise SystemExit("oj did not pass all %d tests, see %s" % (ntests, oj_log))
        log("%s: round %d/%d shell loop (floor)" % (lang, r + 1, args.repeats))
        runs["floor"].append(timed(["bash", "-c", loop_cmd], cwd=work))
        log("%s: round %d/%d practice attempt" % (lang, r + 1, args.repeats))
        runs["practice"].append(timed(practice_cmd, log_path=os.path.join(work, "practice-%s-%d.log" % (lang, r))))
        if function_cmd:
            log("%s: round %d/%d practice attempt --mode function" % (lang, r + 1, args.repeats))
            function_log = os.path.join(work, "practice-function-%d.log" % r)
            runs["function"].append(timed(function_cmd, log_path=function_log))
            if "Accepted (AC)" not in open(function_log, errors="replace").read():
                raise SystemExit("function mode did not accept solution.py, see %s" % function_log)

    oj, floor, practice = (median(runs[k]) for k in ("oj", "floor", "practice"))
    per_core = floor / cores
    name = "C (`correct.c`, gcc -O2)" if lang == "c" else "Python (`correct.py` in program mode, `solution.py` in function mode)"
    lines = ["### (%s) %s, %d tests" % ("a" if lang == "c" else "b", name, ntests), "",
             "| runner | median s | per test ms | runs (s) |", "|---|---:|---:|---|"]
    rows = [("`oj test -j %d` (same files)" % args.jobs, "oj"),
            ("bare shell loop, sequential (floor)", "floor"),
            ("`practice attempt --jobs %d` (its own tests)%s" % (args.jobs, ", program mode" if function_cmd else ""), "practice")]
    if function_cmd:
        rows.append(("`practice attempt --mode function --jobs %d` (its own tests)" % args.jobs, "function"))
    for label, key in rows:
        value = median(runs[key])
        lines.append("| %s | %s | %s | %s |" % (label, fmt_s(value), fmt_ms(value / ntests),
                                                 ", ".join(fmt_s(v) for v in runs[key])))
    lines.append("| floor / %d cores | %s | %s | |" % (cores, fmt_s(per_core), fmt_ms(per_core / ntests)))
    lines += ["", "| ratio | value | target (issue 4) |", "|---|---:|---|"]
    if function_cmd:
        function = median(runs["function"])
        lines += ["| oj / practice function mode | **%.1fx** | >= 30x |" % (oj / function),
                  "| practice program mode / function mode | **%.1fx** | |" % (practice / function),
                  "| oj / practice program mode | %.2fx | |" % (oj / practice),
                  "| practice program mode / (floor / cores) | %.2fx | |" % (practice / per_core), ""]
    else:
        lines += ["| oj / practice | **%.2fx** | %s |" % (oj / practice, ">= 3x (C)"),
                  "| practice / (floor / cores) | **%.2fx** | %s |" % (practice / per_core, "<= 1.5x"),
                  "| practice / floor | %.2fx | |" % (practice / floor), ""]
    if cold is not None:
        lines.append("First (cold) practice run, which also adds the problem and computes and caches the "
                     "reference's %d answers: %s s. The timed runs replay `--seed 581`, so their answers "
                     "come from the cache, as oj's come from the .out files." % (ntests, fmt_s(cold)))
    if compile_s is not None:
        lines.append("practice's times include compiling the source once per attempt (gcc -O2 alone: %s s); "
                     "oj and the loop run a prebuilt `a.out`." % fmt_s(compile_s))
    if lang == "py":
        lines.append("oj, the loop and program mode run the real interpreter `%s`, not the pyenv shim, once per test. "
                     "Function mode judges `solution.py` (the same two scans as a method of `class Solution`) through "
                     "practice's driver: one interpreter per job answers its whole share of the tests, each one's "
                     "arguments read as JSON lines and its answer checked as it arrives." % args.python)
    lines.append("")
    return lines


def history_section(args, work):
    """stats/history latency against history size; returns Markdown lines."""
    template = os.path.join(work, "history-template.sqlite")
    log("history: adding %d catalog problems to a template database" % len(SLUGS))
    for slug in SLUGS:
        timed([args.practice, "add", slug, "--db", template])
    rows, gen_times, medians = [], {}, {}
    for size in [0] + args.sizes:
        db = os.path.join(work, "history-%d.sqlite" % size)
        for suffix in ("", "-wal"):
            if os.path.exists(template + suffix):
                shutil.copy(template + suffix, db + suffix)
        if size:
            log("history: generating %d attempts" % size)
            gen_times[size] = timed([sys.executable, os.path.join(HERE, "make_history_db.py"), db, str(size)])
        mb = os.path.getsize(db) / 1e6
        timed([args.practice, "stats", "--db", db])  # warm-up: page cache, WAL files
        stats = [timed([args.practice, "stats", "--db", db]) for _ in range(args.stat_runs)]
        hist = [timed([args.practice, "history", "--db", db, "--limit", "20"]) for _ in range(args.stat_runs)]
        medians[size] = (median(stats), median(hist))
        rows.append("| %s | %.0f | %s | %s | %s | %s |" % (
            "{:,}".format(size) if size else "0 (13 problems)", mb,
            ("%.1f" % gen_times[size]) if size in gen_times else "-",
            fmt_ms(median(stats)), fmt_ms(median(hist)),
            "stats " + "/".join(fmt_ms(v) for v in stats) + "; history " + "/".join(fmt_ms(v) for v in hist)))
        os.remove(db)
        for suffix in ("-wal", "-shm", ".lock"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
    lines = ["### (c) `practice stats` and `practice history --limit 20` against history size", "",
             "Synthetic databases: %d catalog problems, attempts spread over two years with ~3 outcomes each "
             "(`Benchmarks/make_history_db.py`). Median of %d runs of the release binary, each a whole process "
             "(start-up included); one warm-up run first." % (len(SLUGS), args.stat_runs), "",
             "| attempts | DB MB | generate s | stats ms | history ms | runs (ms) |", "|---:|---:|---:|---:|---:|---|"]
    lines += rows + [""]
    sizes = sorted(medians)
    if 100_000 in medians and 1_000_000 in medians:
        a, b = medians[100_000], medians[1_000_000]
        lines.append("Growth 10^5 -> 10^6 attempts: stats **%.2fx**, history %.2fx (target: stats < 100 ms at 10^6, "
                     "growth <= 2x)." % (b[0] / a[0], b[1] / a[1]))
    elif len(sizes) >= 2:
        a, b = medians[sizes[-2]], medians[sizes[-1]]
        lines.append("Growth %d -> %d attempts: stats %.2fx, history %.2fx (10^6 not measured)." % (
            sizes[-2], sizes[-1], b[0] / a[0], b[1] / a[1]))
    lines.append("")
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--practice", required=True)
    parser.add_argument("--oj", required=True)
    parser.add_argument("--python", required=True, help="the real python3 interpreter")
    parser.add_argument("--work", required=True)
    parser.add_argument("--results", required=True)
    parser.add_argument("--command", default="bash Benchmarks/run.sh")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--stat-runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--tests", type=int, default=1000)
    parser.add_argument("--sizes", default="1000,100000,1000000")
    parser.add_argument("--skip", default="", help="comma list of c,py,history to skip")
    args = parser.parse_args()
    args.sizes = [int(s) for s in args.sizes.split(",") if s]
    for name in ("practice", "oj", "work", "results"):
        setattr(args, name, os.path.abspath(getattr(args, name)))
    skip = set(args.skip.split(","))
    cores = os.cpu_count() or 1
    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = loadavg()

    tests = os.path.join(args.work, "test")
    log("generating %d test files in %s" % (args.tests, tests))
    subprocess.run([sys.executable, os.path.join(HERE, "gen_tests.py"), tests, str(args.tests - 3)],
                   check=True, stdout=subprocess.DEVNULL)
    # Prime oj's once-a-day PyPI update check so that it is not timed.
    examples = os.path.join(args.work, "warmup")
    os.makedirs(examples, exist_ok=True)
    for name in os.listdir(tests):
        if name.startswith("example-"):
            shutil.copy(os.path.join(tests, name), examples)

    body = []
    for lang in ("c", "py"):
        if lang in skip:
            continue
        if lang == "c":
            subprocess.run(["gcc", "-O2", "-o", os.path.join(args.work, "a.out"),
                            os.path.join(EXAMPLE_DIR, "correct.c")], check=True)
            timed([args.oj, "test", "-c", "./a.out", "-d", examples], cwd=args.work,
                  log_path=os.path.join(args.work, "oj-warmup.log"), check=False)
        body += judge_section(lang, args, tests, args.tests, cores, args.work)
    if "history" not in skip:
        body += history_section(args, args.work)

    finished = datetime.datetime.now(datetime.timezone.utc)
    cpu = "?"
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "Sources", "Package.swift"], cwd=os.path.dirname(HERE),
                           capture_output=True, text=True).stdout.strip()
    oj_version = subprocess.run([args.oj, "--version"], capture_output=True, text=True).stdout.strip()
    head = ["# Benchmark results", "",
            "Measured %s to %s UTC with `%s` (%.1f min)." % (started.strftime("%Y-%m-%d %H:%M"),
                                                             finished.strftime("%H:%M"), args.command,
                                                             (finished - started).total_seconds() / 60), "",
            "- machine: %d cores (%s), Linux %s; load average %s before, %s after (a shared machine: other "
            "builds may have been running)" % (cores, cpu, platform.release(), load_before, loadavg()),
            "- practice: release build of commit %s%s; %s; Python %s" % (
                commit, " (with uncommitted changes in Sources)" if dirty else "", oj_version, platform.python_version()),
            "- every figure is the median of %d runs (stats/history: %d), interleaved oj, loop, practice in each "
            "round. Absolute times are noise on a shared machine; the ratios are the figures." % (args.repeats, args.stat_runs),
            "- oj and the loop run the same %d files (`Benchmarks/gen_tests.py`: the 3 examples and %d random "
            "arrays with practice's sizes, geometric from 1 to 10^4, and its eight shapes, values in [-10^5, 10^5]); "
            "practice generates its own tests of the same sizes and distribution (`--random %d --seed 581`), "
            "so the inputs are alike but not byte-identical." % (args.tests, args.tests - 3, args.tests - 3),
            "- the floor is `for f in test/*.in; do PROGRAM < $f > /dev/null; done` in bash: one process per test, "
            "sequential, no checking; floor / cores is the ideal parallel judge on this machine.",
            ""]
    text = "\n".join(head + body)
    with open(args.results, "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
