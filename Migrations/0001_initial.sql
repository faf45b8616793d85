-- practice schema, version 1.
-- Shipped migrations are never edited: change the schema with a new numbered file.
--
-- Dates use GRDB's default storage: UTC text "YYYY-MM-DD HH:MM:SS.SSS", so
-- date(createdAt, 'localtime') is the user's local day.
-- Large text columns come last in each table, so that reading the small
-- columns of a row never walks the overflow pages of a long source or output.
-- AUTOINCREMENT (ids never reused) where ids are shown to users.

CREATE TABLE problem (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE CHECK (slug <> ''),
    number INTEGER,
    title TEXT NOT NULL,
    difficulty TEXT NOT NULL CHECK (difficulty IN ('easy', 'medium', 'hard')),
    origin TEXT NOT NULL CHECK (origin IN ('catalog', 'user')),
    timeLimitMs INTEGER NOT NULL CHECK (timeLimitMs > 0),
    memoryLimitMB INTEGER NOT NULL CHECK (memoryLimitMB > 0),
    checker TEXT NOT NULL,
    referenceVersion TEXT NOT NULL,
    addedAt DATETIME NOT NULL,
    sourceURL TEXT,
    statement TEXT NOT NULL
);

CREATE TABLE tag (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (name <> '')
);

CREATE TABLE problemTag (
    problemId INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
    tagId INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (problemId, tagId)
) WITHOUT ROWID;

-- Problems of a tag (list --tag, per-tag statistics).
CREATE INDEX problemTag_on_tagId ON problemTag(tagId);

CREATE TABLE testCase (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    problemId INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
    origin TEXT NOT NULL CHECK (origin IN ('example', 'random', 'user', 'counterexample')),
    seed INTEGER,
    size INTEGER CHECK (size >= 0),
    createdAt DATETIME NOT NULL,
    -- The reference output, and the reference version that produced it.
    referenceVersion TEXT,
    expected TEXT,
    input TEXT NOT NULL,
    UNIQUE (problemId, input)
);

-- Reference answers of random tests, keyed so that the input can be
-- regenerated from (seed, size) instead of being stored.
CREATE TABLE expectedCache (
    problemId INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
    referenceVersion TEXT NOT NULL,
    seed INTEGER NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    expected TEXT NOT NULL,
    PRIMARY KEY (problemId, referenceVersion, seed, size)
) WITHOUT ROWID;

CREATE TABLE attempt (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    problemId INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
    createdAt DATETIME NOT NULL,
    kind TEXT NOT NULL DEFAULT 'submit',
    language TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('AC', 'WA', 'TLE', 'MLE', 'OLE', 'RE', 'CE', 'IE')),
    passed INTEGER NOT NULL CHECK (passed >= 0),
    total INTEGER NOT NULL CHECK (total >= passed),
    maxCpuMs REAL,
    maxWallMs REAL,
    maxMemoryKB INTEGER,
    seed INTEGER NOT NULL,
    randomCount INTEGER NOT NULL CHECK (randomCount >= 0),
    referenceVersion TEXT NOT NULL,
    timeLimitMs INTEGER NOT NULL,
    memoryLimitMB INTEGER NOT NULL,
    sourceSHA256 TEXT NOT NULL,
    fileName TEXT NOT NULL,
    note TEXT,
    command TEXT NOT NULL,
    -- Compiler output (CE), judge error (IE) or a summary of the first failure.
    message TEXT,
    source TEXT NOT NULL
);

-- Statistics and summaries read these covering indexes, never the large rows. They count only
-- judged submissions (verdict <> 'IE' AND kind = 'submit'), so `kind` is in the indexes too.
-- History of one problem, its status and its last verdict:
CREATE INDEX attempt_on_problemId_createdAt_verdict ON attempt(problemId, createdAt, verdict, kind);
-- History of all problems, newest first:
CREATE INDEX attempt_on_createdAt ON attempt(createdAt);
-- Verdict counts and active days:
CREATE INDEX attempt_on_verdict_createdAt ON attempt(verdict, createdAt, kind);

CREATE TABLE outcome (
    id INTEGER PRIMARY KEY,
    attemptId INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,
    testCaseId INTEGER REFERENCES testCase(id) ON DELETE SET NULL,
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    origin TEXT NOT NULL CHECK (origin IN ('example', 'random', 'user', 'counterexample')),
    seed INTEGER,
    size INTEGER,
    verdict TEXT NOT NULL CHECK (verdict IN ('AC', 'WA', 'TLE', 'MLE', 'OLE', 'RE', 'CE', 'IE')),
    cpuMs REAL,
    wallMs REAL,
    memoryKB INTEGER,
    exitCode INTEGER,
    signal INTEGER,
    -- Excerpts, stored for failures only.
    message TEXT,
    input TEXT,
    expected TEXT,
    actual TEXT,
    stderr TEXT,
    UNIQUE (attemptId, ordinal)
);

-- Deleting a test case sets testCaseId to NULL in its outcomes.
CREATE INDEX outcome_on_testCaseId ON outcome(testCaseId);
