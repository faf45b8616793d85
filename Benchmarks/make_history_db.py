#!/usr/bin/env python3
"""Fills a practice database with N synthetic attempts and about 3 outcomes each.

The database must already exist and be migrated by the binary (`practice add SLUG --db FILE` on
each problem), so the schema and the problem rows are the real ones; this script only bulk-inserts
rows into `attempt` and `outcome` with sqlite3, in one transaction (executemany). The schema's
triggers keep the statistics summaries (migration 0007) up to date as the attempts go in, exactly as
for attempts the judge records; that is most of the generation time.

Attempts: kind 'submit', createdAt spread over the two years before now (ascending with the id, as
a real history grows), problems and languages drawn at random, verdicts mostly AC/WA (AC 55%,
WA 30%, TLE 6%, RE 5%, MLE 1%, CE 2%, IE 1%), 100 random tests each, a 200-byte source. Outcomes:
ordinals 0-2 (the examples); a failed attempt fails at ordinal 2 with short excerpts, an accepted
one stores its first 3 (a real AC attempt stores 103; the history tables stay ~3x smaller so that
10^6 attempts fit in well under 1 GB).

usage: make_history_db.py DB N [SEED=1]
"""
import hashlib
import random
import sqlite3
import sys
import time

VERDICTS = ["AC"] * 55 + ["WA"] * 30 + ["TLE"] * 6 + ["RE"] * 5 + ["MLE"] + ["CE"] * 2 + ["IE"]
LANGUAGES = [  # (language, file name, command, weight)
    ("python", "solution.py", "/usr/bin/python3 Main.py", 50),
    ("cpp", "solution.cpp", "g++ -O2 -std=c++17 -o solution Main.cpp && ./solution", 20),
    ("c", "solution.c", "gcc -O2 -std=gnu17 -o solution Main.c -lm && ./solution", 10),
    ("javascript", "solution.js", "node Main.js", 12),
    ("swift", "solution.swift", "swiftc -O -o solution Main.swift && ./solution", 8),
]
LANGUAGE_POOL = [entry for entry in LANGUAGES for _ in range(entry[3])]
SOURCE = ("class Solution:\n    def solve(self, nums):\n        # synthetic benchmark source\n"
          "        best = 0\n        for i, v in enumerate(nums):\n            best = max(best, v - i)\n"
          "        return best  # padding to about two hundred bytes.....\n")[:200]
SHA = hashlib.sha256(SOURCE.encode()).hexdigest()
TWO_YEARS = 2 * 365 * 86400


def stamp(epoch):
    t = time.gmtime(epoch)
    return "%04d-%02d-%02d %02d:%02d:%02d.%03d" % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour,
                                                 t.tm_min, t.tm_sec, int(epoch * 1000) % 1000)


def main():
    path, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    db = sqlite3.connect(path, isolation_level=None)
    problems = db.execute("SELECT id, referenceVersion, timeLimitMs, memoryLimitMB FROM problem").fetchall()
    if not problems:
        sys.exit("no problems in %s: run `practice add SLUG --db %s` first" % (path, path))
    if db.execute("SELECT count(*) FROM attempt").fetchone()[0]:
        sys.exit("%s already has attempts" % path)
    db.execute("PRAGMA journal_mode=MEMORY")  # bulk load; set back to WAL at the end
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-1000000")  # 1 GB of page cache for the index inserts

    start = time.time() - TWO_YEARS
    step = TWO_YEARS / n
    attempts, outcomes = [], []
    for i in range(n):
        attempt_id = i + 1
        created = stamp(start + i * step + rng.random() * step)
        problem_id, ref_version, time_limit, memory_limit = rng.choice(problems)
        language, file_name, command, _ = rng.choice(LANGUAGE_POOL)
        verdict = rng.choice(VERDICTS)
        total = 103
        failed = verdict != "AC"
        passed = 2 if failed else total
        if verdict == "CE":
            passed, message = 0, "Main: error: expected ';' before '}' token"
        elif verdict == "IE":
            message = "reference failed on random test 3"
        elif failed:
            message = "Failed on example 3: %s" % verdict
        else:
            message = None
        cpu = round(rng.uniform(0.5, 60.0), 2)
        attempts.append((attempt_id, problem_id, created, "submit", language, verdict, passed, total,
                         cpu, round(cpu * 1.3 + 1, 2), rng.randint(1200, 30000), rng.randint(0, 2**31 - 1),
                         100, ref_version, time_limit, memory_limit, SHA, file_name, None, command,
                         message, SOURCE))
        if verdict == "CE":
            continue  # nothing ran
        for ordinal in range(3):
            bad = failed and ordinal == 2
            outcome_verdict = verdict if bad else "AC"
            ocpu = round(rng.uniform(0.3, cpu), 2)
            outcomes.append((attempt_id, ordinal, "example", outcome_verdict, ocpu, round(ocpu * 1.2 + 0.5, 2),
                             rng.randint(1200, 30000), 0 if outcome_verdict in ("AC", "WA") else 1, None,
                             ("%s on example %d" % (outcome_verdict, ordinal + 1)) if bad else None,
                             "[1]" if bad else None, "1" if bad else None, "2" if bad else None, None))

    db.execute("BEGIN")
    # Drop the secondary indexes and recreate them from their own SQL after the load: one sort per
    # index instead of a million random inserts. The schema ends identical to the binary's.
    indexes = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                         " AND tbl_name IN ('attempt', 'outcome')").fetchall()
    for name, _ in indexes:
        db.execute('DROP INDEX "%s"' % name)
    db.executemany(
        "INSERT INTO attempt (id, problemId, createdAt, kind, language, verdict, passed, total, maxCpuMs,"
        " maxWallMs, maxMemoryKB, seed, randomCount, referenceVersion, timeLimitMs, memoryLimitMB,"
        " sourceSHA256, fileName, note, command, message, source)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", attempts)
    db.executemany(
        "INSERT INTO outcome (attemptId, ordinal, origin, verdict, cpuMs, wallMs, memoryKB, exitCode, signal,"
        " message, input, expected, actual, stderr) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", outcomes)
    for _, sql in indexes:
        db.execute(sql)
    db.execute("COMMIT")
    db.execute("PRAGMA journal_mode=WAL")
    db.close()
    print("%d attempts, %d outcomes" % (len(attempts), len(outcomes)))


if __name__ == "__main__":
    main()
