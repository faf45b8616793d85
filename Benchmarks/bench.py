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
import resource
import shutil
import sqlite3
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


def timed(argv, cwd=None, log_path=None, check=True, shell=False, cpu=None):
    """Runs a command, returns its wall seconds; output goes to log_path (or /dev/null).

    With a list as `cpu`, appends the user+system CPU seconds of the command and every process it
    waited for (RUSAGE_CHILDREN of this script, before and after)."""
    out = open(log_path, "w") if log_path else subprocess.DEVNULL
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    begin = time.perf_counter()
    result = subprocess.run(argv, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, shell=shell,
                            env=dict(os.environ, NO_COLOR="1"))
    seconds = time.perf_counter() - begin
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        cpu.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    if log_path:
        out.close()
    if check and result.returncode != 0:
        raise SystemExit("command failed (exit %d): %s%s" % (
            result.returncode, argv if isinstance(argv, str) else shlex.join(argv),
            "\n  see " + log_path if log_path else ""))
    return seconds


def solution_cpu(db):
    """CPU seconds of the solution runs of the newest attempt, as practice recorded them (wait4)."""
    connection = sqlite3.connect(db)
    try:
        return connection.execute("SELECT COALESCE(SUM(cpuMs), 0) / 1000.0 FROM outcome"
                                  " WHERE attemptId = (SELECT MAX(id) FROM attempt)").fetchone()[0]
    finally:
        connection.close()


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
    """oj vs shell-loop floor vs practice for one solution; returns Markdown lines.

    Like with like: oj, the loop and the main practice row run the same prebuilt program (`a.out`,
    or the interpreter on the source) through `--cmd`; practice judging the source file itself
    (compiling it first, for C) and practice with one job are extra rows."""
    src = os.path.join(EXAMPLE_DIR, "correct.c" if lang == "c" else "correct.py")
    if lang == "c":
        binary = os.path.join(work, "a.out")
        compile_s = timed(["gcc", "-O2", "-o", binary, src])
        command = "./a.out"
        program = binary
        loop_cmd = 'for f in %s/*.in; do ./a.out < "$f" > /dev/null; done' % shlex.quote(tests)
    else:
        compile_s = None
        command = "%s %s" % (shlex.quote(args.python), shlex.quote(src))
        program = command
        loop_cmd = 'for f in %s/*.in; do %s < "$f" > /dev/null; done' % (shlex.quote(tests), command)
    oj_cmd = [args.oj, "test", "-c", command, "-d", tests, "-j", str(args.jobs)]
    db = os.path.join(work, "judge.sqlite")
    common = ["--random", str(ntests - 3), "--no-shrink", "--seed", "581", "--db", db]
    language = "c" if lang == "c" else "python"
    practice_cmd = [args.practice, "attempt", "581", src, "--cmd", program, "--lang", language, "--jobs", str(args.jobs)] + common
    source_cmd = [args.practice, "attempt", "581", src, "--jobs", str(args.jobs)] + common
    single_cmd = [args.practice, "attempt", "581", src, "--cmd", program, "--lang", language, "--jobs", "1"] + common
    # Function mode (Python only): the same algorithm as a method of class Solution, called by a
    # driver that answers a whole chunk of tests in one interpreter.
    function_cmd = [args.practice, "attempt", "581", os.path.join(EXAMPLE_DIR, "solution.py"), "--mode", "function",
                    "--jobs", str(args.jobs)] + common if lang == "py" else None

    cold = None
    if not os.path.exists(db):  # first attempt: adds 581 and computes the 1000 expected answers
        log("%s: practice cold run (adds the problem, computes and caches the reference answers)" % lang)
        cold = timed(source_cmd, log_path=os.path.join(work, "practice-cold.log"))
    else:
        timed(source_cmd, log_path=os.path.join(work, "practice-warm-%s.log" % lang))
    if function_cmd:
        timed(function_cmd, log_path=os.path.join(work, "practice-warm-function.log"))

    keys = ("oj", "floor", "practice", "source", "single", "function")
    runs = {key: [] for key in keys}
    cpu = {key: [] for key in keys}
    solutions = {"practice": [], "single": []}
    for r in range(args.repeats):
        log("%s: round %d/%d oj test -j %d" % (lang, r + 1, args.repeats, args.jobs))
        oj_log = os.path.join(work, "oj-%s-%d.log" % (lang, r))
        runs["oj"].append(timed(oj_cmd, cwd=work, log_path=oj_log, cpu=cpu["oj"]))
        text = open(oj_log, errors="replace").read()
        if "test success: %d cases" % ntests not in text:
            raise SystemExit("oj did not pass all %d tests, see %s" % (ntests, oj_log))
        log("%s: round %d/%d shell loop (floor)" % (lang, r + 1, args.repeats))
        runs["floor"].append(timed(["bash", "-c", loop_cmd], cwd=work, cpu=cpu["floor"]))
        extra = (("source", source_cmd), ("single", single_cmd)) if lang == "c" else (("function", function_cmd),)
        for key, argv in (("practice", practice_cmd),) + extra:
            log("%s: round %d/%d practice (%s)" % (lang, r + 1, args.repeats, key))
            runs[key].append(timed(argv, cwd=work, log_path=os.path.join(work, "practice-%s-%s-%d.log" % (lang, key, r)),
                                   cpu=cpu[key]))
            if key in solutions:
                solutions[key].append(solution_cpu(db))
            if key == "function":
                log_text = open(os.path.join(work, "practice-%s-%s-%d.log" % (lang, key, r)), errors="replace").read()
                if "Accepted (AC)" not in log_text:
                    raise SystemExit("function mode did not accept solution.py, see the practice-py-function logs in %s" % work)

    wall = {key: median(runs[key]) for key in keys if runs[key]}
    per_core = wall["floor"] / cores
    name = "C (`correct.c`, gcc -O2)" if lang == "c" else "Python (`correct.py` in program mode, `solution.py` in function mode)"
    shown = command if lang == "c" else "python3 correct.py"
    lines = ["### (%s) %s, %d tests" % ("a" if lang == "c" else "b", name, ntests), "",
             "| runner | median s | per test ms | CPU per test ms | runs (s) |", "|---|---:|---:|---:|---|"]
    rows = [("`oj test -c '%s' -j %d` (same files)" % (shown, args.jobs), "oj"),
            ("bare shell loop of `%s`, sequential (the floor)" % shown, "floor"),
            ("`practice attempt --cmd '%s' --jobs %d` (same program)" % (shown, args.jobs), "practice")]
    if lang == "c":
        rows += [("`practice attempt %s --jobs %d` (compiles it first)" % (os.path.basename(src), args.jobs), "source"),
                 ("`practice attempt --cmd '%s' --jobs 1`" % shown, "single")]
    else:
        rows += [("`practice attempt solution.py --mode function --jobs %d` (many tests per interpreter)" % args.jobs, "function")]
    for label, key in rows:
        lines.append("| %s | %s | %s | %s | %s |" % (label, fmt_s(wall[key]), fmt_ms(wall[key] / ntests),
                                                     fmt_ms(median(cpu[key]) / ntests), ", ".join(fmt_s(v) for v in runs[key])))
    lines.append("| floor / %d cores | %s | %s | | |" % (cores, fmt_s(per_core), fmt_ms(per_core / ntests)))
    tool = median([c - s for c, s in zip(cpu["practice"], solutions["practice"])])
    target_c = lang == "c"
    lines += ["", "| ratio | value | target (issue 4) |", "|---|---:|---|",
              "| oj / practice (same program) | **%.2fx** | %s |" % (wall["oj"] / wall["practice"],
                                                                   ">= 3x (C)" if target_c else "-"),
              "| practice / (floor / cores) | **%.2fx** | %s |" % (wall["practice"] / per_core, "<= 1.5x" if target_c else "-"),
              "| practice CPU / floor CPU | %.2fx | |" % (median(cpu["practice"]) / median(cpu["floor"]))]
    if lang == "c":
        lines += ["| practice compiling the source / (floor / cores) | %.2fx | |" % (wall["source"] / per_core),
                  "| practice --jobs 1 / floor | %.2fx | |" % (wall["single"] / wall["floor"])]
    else:
        lines += ["| oj / practice function mode | **%.1fx** | >= 30x |" % (wall["oj"] / wall["function"]),
                  "| practice program mode / function mode | %.1fx | |" % (wall["practice"] / wall["function"])]
    lines += ["",
              "CPU (user + system, the whole process tree) per test: practice's own work %s ms (judge start-up, test "
              "generation, spawning, watching, checking, recording), the solution runs %s ms (as practice measured them); "
              "the loop %s ms, oj %s ms." % (fmt_ms(tool / ntests), fmt_ms(median(solutions["practice"]) / ntests),
                                             fmt_ms(median(cpu["floor"]) / ntests), fmt_ms(median(cpu["oj"]) / ntests)), ""]
    if cold is not None:
        lines.append("First (cold) practice run, which also adds the problem and computes and caches the reference's %d "
                     "answers: %s s. The timed runs replay `--seed 581`, so their answers come from the cache, as oj's "
                     "come from the .out files." % (ntests, fmt_s(cold)))
    if compile_s is not None:
        lines.append("oj, the loop and `practice --cmd` run the same prebuilt `a.out`; `practice attempt correct.c` also "
                     "compiles it once per attempt (gcc -O2 alone: %s s)." % fmt_s(compile_s))
    if lang == "py":
        lines.append("All of them run the real interpreter `%s`, not the pyenv shim. Function mode loads `solution.py` "
                     "(class Solution) into one driver per job, which answers its chunk of the tests." % args.python)
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
        review = [timed([args.practice, "review", "--db", db]) for _ in range(args.stat_runs)]
        medians[size] = (median(stats), median(hist))
        rows.append("| %s | %.0f | %s | %s | %s | %s | %s |" % (
            "{:,}".format(size) if size else "0 (13 problems)", mb,
            ("%.1f" % gen_times[size]) if size in gen_times else "-",
            fmt_ms(median(stats)), fmt_ms(median(hist)), fmt_ms(median(review)),
            "stats " + "/".join(fmt_ms(v) for v in stats) + "; history " + "/".join(fmt_ms(v) for v in hist)))
        os.remove(db)
        for suffix in ("-wal", "-shm", ".lock"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
    lines = ["### (c) `practice stats`, `practice history --limit 20` and `practice review` against history size", "",
             "Synthetic databases: %d catalog problems, attempts spread over two years with ~3 outcomes each "
             "(`Benchmarks/make_history_db.py`; the statistics summaries are filled by the schema's triggers as the rows "
             "go in, as in real use). Median of %d runs of the release binary, each a whole process (start-up "
             "included); one warm-up run first." % (len(SLUGS), args.stat_runs), "",
             "| attempts | DB MB | generate s | stats ms | history ms | review ms | runs (ms) |",
             "|---:|---:|---:|---:|---:|---:|---|"]
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
