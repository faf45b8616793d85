#!/usr/bin/env bash
# One command for the issue 4 benchmarks: bash Benchmarks/run.sh
#
# Builds a release binary, makes a virtual environment with online-judge-tools (oj) from PyPI,
# then times (a) the C and (b) the Python solution of LeetCode 581 on 1000 tests under oj, a bare
# shell loop (the process-spawn floor) and practice, and (c) practice stats/history on synthetic
# histories of 10^3, 10^5 and 10^6 attempts. Prints a Markdown summary and writes it to
# Benchmarks/results.md. See Benchmarks/README.md.
#
# Environment: REPEATS (3), STAT_RUNS (5), SIZES (1000,100000,1000000), SKIP (e.g. "py,history"),
# KEEP=1 keeps the work directory, BENCH_WORK=DIR uses DIR for it (default: a fresh temp dir).
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
export PATH="/opt/swift/usr/bin:$PATH"

echo "== building the release binary (swift build -c release --scratch-path .build-release)" >&2
swift build -c release --scratch-path .build-release >&2
practice="$root/.build-release/release/practice"
[ -x "$practice" ] || practice="$(swift build -c release --scratch-path .build-release --show-bin-path)/practice"

# The real interpreter, not a pyenv shim (whose bash start-up would be timed on every test).
python=$(python3 -c 'import os, sys; print(os.path.realpath(sys.executable))')

venv="$root/Benchmarks/.venv"
if [ ! -x "$venv/bin/oj" ]; then
    echo "== making $venv with online-judge-tools" >&2
    "$python" -m venv "$venv"
    "$venv/bin/pip" install --quiet online-judge-tools >&2
fi

work="${BENCH_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/practice-bench.XXXXXX")}"
mkdir -p "$work"
cleanup() { [ "${KEEP:-0}" = 1 ] && echo "work directory kept: $work" >&2 || rm -rf "$work"; }
trap cleanup EXIT

"$venv/bin/python" "$root/Benchmarks/bench.py" \
    --practice "$practice" --oj "$venv/bin/oj" --python "$python" --work "$work" \
    --results "$root/Benchmarks/results.md" --command "bash Benchmarks/run.sh" \
    --repeats "${REPEATS:-3}" --stat-runs "${STAT_RUNS:-5}" --sizes "${SIZES:-1000,100000,1000000}" \
    --skip "${SKIP:-}"
