#!/usr/bin/env bash
# Issue 6 (parts 3-5): time practice export --json/--csv/--markdown and import --json on synthetic
# histories, and check that a JSON export restores an identical database.
#
# usage: bash Benchmarks/transfer.sh            (SIZES=10000,100000 by default)
# Environment: SIZES (comma-separated attempt counts), PRACTICE (a practice binary; default: the
# release build of run.sh, .build-release), KEEP=1 keeps the work directory.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
export PATH="/opt/swift/usr/bin:$PATH"
if [ -z "${PRACTICE:-}" ]; then
    echo "== building the release binary (swift build -c release --scratch-path .build-release)" >&2
    swift build -c release --scratch-path .build-release --product practice >&2
    PRACTICE="$(swift build -c release --scratch-path .build-release --show-bin-path)/practice"
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/practice-transfer.XXXXXX")
cleanup() { [ "${KEEP:-0}" = 1 ] && echo "work directory kept: $work" >&2 || rm -rf "$work"; }
trap cleanup EXIT

timed() {  # label, command...: prints "| label | seconds | peak MB |"
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null
    read -r seconds kilobytes < "$work/time"
    printf '| %s | %s s | %d MB |\n' "$label" "$seconds" $((kilobytes / 1024))
}

echo "| measurement | time | peak memory |"
echo "|---|---:|---:|"
IFS=, read -r -a sizes <<< "${SIZES:-10000,100000}"
for n in "${sizes[@]}"; do
    db="$work/h$n.sqlite"
    for problem in 581 rnn-gradient-norms two-sum; do "$PRACTICE" add "$problem" --db "$db" > /dev/null; done
    python3 "$root/Benchmarks/make_history_db.py" "$db" "$n" > /dev/null
    timed "export --json, $n attempts" "$PRACTICE" export --json "$work/h$n.json" --db "$db"
    timed "import --json into an empty database, $n attempts" "$PRACTICE" import --json "$work/h$n.json" --db "$work/r$n.sqlite"
    timed "import --json again (merge, every row present), $n attempts" "$PRACTICE" import --json "$work/h$n.json" --db "$work/r$n.sqlite"
    timed "export --csv, $n attempts" "$PRACTICE" export --csv "$work/h$n.csv" --db "$db"
    timed "export --markdown, $n attempts" "$PRACTICE" export --markdown "$work/md$n" --db "$db"
    json_mb=$(( $(stat -c %s "$work/h$n.json") / 1048576 ))
    if command -v sqlite3 > /dev/null; then
        if cmp -s <(sqlite3 "$db" .dump | grep -v sqlite_sequence | sort) <(sqlite3 "$work/r$n.sqlite" .dump | grep -v sqlite_sequence | sort); then
            identical="identical"
        else
            identical="DIFFERENT"
        fi
    else
        identical="not checked (no sqlite3)"
    fi
    echo "| JSON file, $n attempts: $json_mb MB; restored database $identical | | |"
done
