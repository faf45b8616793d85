-- practice schema, version 7: summaries that statistics read instead of the attempts.
--
-- Only judged submissions feed them: kind = 'submit' (rejudges never count) and, except in the verdict
-- counts where judge errors are shown apart, verdict <> 'IE'. Triggers keep them in step with every
-- insert, delete (a deleted problem cascades to its attempts) and update of an attempt, in the same
-- transaction; this migration back-fills them from the attempts already stored.
--
-- Each summary has a view `...FromAttempts` computing it from the attempt table: the back-fill, the
-- triggers' recomputations and `practice db check` all use those views, so there is one definition.
--
-- Verdict counts are one column per verdict (ac, wa, tle, mle, ole, re, ce, ie): a row per group,
-- not per group and verdict. Rows whose counts all fall to zero are deleted.

-- Per problem and language, the whole history: `stats` without a window reads only this (and the
-- tables below), whose size is bounded by problems x languages, not by attempts.
CREATE TABLE attemptCount (
    problemId INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    ac INTEGER NOT NULL DEFAULT 0, wa INTEGER NOT NULL DEFAULT 0, tle INTEGER NOT NULL DEFAULT 0,
    mle INTEGER NOT NULL DEFAULT 0, ole INTEGER NOT NULL DEFAULT 0, re INTEGER NOT NULL DEFAULT 0,
    ce INTEGER NOT NULL DEFAULT 0, ie INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (problemId, language)
) WITHOUT ROWID;

-- The same per UTC day (days since 1970-01-01), for windows: a window reads its whole UTC days here
-- and only the attempts of its two partial days from the attempt table.
CREATE TABLE attemptDayCount (
    day INTEGER NOT NULL,
    problemId INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    ac INTEGER NOT NULL DEFAULT 0, wa INTEGER NOT NULL DEFAULT 0, tle INTEGER NOT NULL DEFAULT 0,
    mle INTEGER NOT NULL DEFAULT 0, ole INTEGER NOT NULL DEFAULT 0, re INTEGER NOT NULL DEFAULT 0,
    ce INTEGER NOT NULL DEFAULT 0, ie INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, problemId, language)
) WITHOUT ROWID;
CREATE INDEX attemptDayCount_on_problemId ON attemptDayCount(problemId);

-- Judged attempts (IE excluded) and accepted ones per UTC quarter hour: day (since 1970) and quarter of
-- that day (0...95). The activity calendar, streaks and weeks read it: every time zone's offset is a whole
-- number of quarter hours, so a quarter hour lies in one local day of any zone. At most 35,040 rows a
-- year, however many attempts; keyed by day first so that grouping by day follows the key.
CREATE TABLE attemptQuarterCount (
    day INTEGER NOT NULL,
    quarter INTEGER NOT NULL CHECK (quarter BETWEEN 0 AND 95),
    attempts INTEGER NOT NULL,
    accepted INTEGER NOT NULL,
    PRIMARY KEY (day, quarter)
) WITHOUT ROWID;

-- Per problem with a judged attempt (IE excluded): status, first solve, review evidence, list columns.
CREATE TABLE problemProgress (
    problemId INTEGER PRIMARY KEY REFERENCES problem(id) ON DELETE CASCADE,
    attempts INTEGER NOT NULL,
    firstAttemptAt DATETIME NOT NULL,
    lastAttemptAt DATETIME NOT NULL,
    -- The verdict of the newest judged attempt (createdAt, then id).
    lastVerdict TEXT NOT NULL,
    firstSolvedAt DATETIME,
    lastSolvedAt DATETIME,
    lastFailedAt DATETIME,
    -- Judged attempts up to and including the first AC (NULL while unsolved).
    attemptsToFirstSolve INTEGER,
    -- Distinct UTC days with an AC.
    solveDays INTEGER NOT NULL,
    -- Failed attempts before the first AC (all of them while unsolved), of which TLE/MLE/OLE.
    failuresBeforeSolve INTEGER NOT NULL,
    limitFailuresBeforeSolve INTEGER NOT NULL,
    -- Failed attempts after the newest AC.
    failuresSinceSolve INTEGER NOT NULL
);

-- The definitions, from the attempt table.

CREATE VIEW attemptCountFromAttempts AS
SELECT problemId, language,
       SUM(verdict = 'AC') AS ac, SUM(verdict = 'WA') AS wa, SUM(verdict = 'TLE') AS tle,
       SUM(verdict = 'MLE') AS mle, SUM(verdict = 'OLE') AS ole, SUM(verdict = 'RE') AS re,
       SUM(verdict = 'CE') AS ce, SUM(verdict = 'IE') AS ie
FROM attempt WHERE kind = 'submit'
GROUP BY problemId, language;

CREATE VIEW attemptDayCountFromAttempts AS
SELECT CAST(strftime('%s', substr(createdAt, 1, 10)) AS INTEGER) / 86400 AS day, problemId, language,
       SUM(verdict = 'AC') AS ac, SUM(verdict = 'WA') AS wa, SUM(verdict = 'TLE') AS tle,
       SUM(verdict = 'MLE') AS mle, SUM(verdict = 'OLE') AS ole, SUM(verdict = 'RE') AS re,
       SUM(verdict = 'CE') AS ce, SUM(verdict = 'IE') AS ie
FROM attempt WHERE kind = 'submit'
GROUP BY substr(createdAt, 1, 10), problemId, language;

CREATE VIEW attemptQuarterCountFromAttempts AS
SELECT CAST(strftime('%s', substr(createdAt, 1, 10)) AS INTEGER) / 86400 AS day,
       CAST(substr(createdAt, 12, 2) AS INTEGER) * 4 + CAST(substr(createdAt, 15, 2) AS INTEGER) / 15 AS quarter,
       COUNT(*) AS attempts, SUM(verdict = 'AC') AS accepted
FROM attempt WHERE kind = 'submit' AND verdict <> 'IE'
GROUP BY substr(createdAt, 1, 10), CAST(substr(createdAt, 12, 2) AS INTEGER) * 4 + CAST(substr(createdAt, 15, 2) AS INTEGER) / 15;

CREATE VIEW problemProgressFromAttempts AS
SELECT judged.problemId,
       COUNT(*) AS attempts,
       MIN(judged.createdAt) AS firstAttemptAt,
       MAX(judged.createdAt) AS lastAttemptAt,
       (SELECT verdict FROM attempt AS newest
        WHERE newest.problemId = judged.problemId AND newest.verdict <> 'IE' AND newest.kind = 'submit'
        ORDER BY newest.createdAt DESC, newest.id DESC LIMIT 1) AS lastVerdict,
       solves.firstSolvedAt,
       solves.lastSolvedAt,
       MAX(CASE WHEN judged.verdict <> 'AC' THEN judged.createdAt END) AS lastFailedAt,
       SUM(judged.createdAt <= solves.firstSolvedAt) AS attemptsToFirstSolve,
       COALESCE(solves.solveDays, 0) AS solveDays,
       SUM(judged.verdict <> 'AC' AND (solves.firstSolvedAt IS NULL OR judged.createdAt < solves.firstSolvedAt))
           AS failuresBeforeSolve,
       SUM(judged.verdict IN ('TLE', 'MLE', 'OLE') AND (solves.firstSolvedAt IS NULL OR judged.createdAt < solves.firstSolvedAt))
           AS limitFailuresBeforeSolve,
       COALESCE(SUM(judged.verdict <> 'AC' AND judged.createdAt > solves.lastSolvedAt), 0) AS failuresSinceSolve
FROM attempt AS judged
LEFT JOIN (
    SELECT problemId, MIN(createdAt) AS firstSolvedAt, MAX(createdAt) AS lastSolvedAt,
           COUNT(DISTINCT substr(createdAt, 1, 10)) AS solveDays
    FROM attempt WHERE verdict = 'AC' AND kind = 'submit' GROUP BY problemId
) AS solves ON solves.problemId = judged.problemId
WHERE judged.verdict <> 'IE' AND judged.kind = 'submit'
GROUP BY judged.problemId;

-- Back-fill.

INSERT INTO attemptCount SELECT * FROM attemptCountFromAttempts;
INSERT INTO attemptDayCount SELECT * FROM attemptDayCountFromAttempts;
INSERT INTO attemptQuarterCount SELECT * FROM attemptQuarterCountFromAttempts;
INSERT INTO problemProgress SELECT * FROM problemProgressFromAttempts;

-- Counts: +1 for a new judged submission, -1 for a removed one; an update is both.

CREATE TRIGGER attempt_counts_after_insert AFTER INSERT ON attempt WHEN NEW.kind = 'submit'
BEGIN
    INSERT INTO attemptCount (problemId, language, ac, wa, tle, mle, ole, re, ce, ie)
    VALUES (NEW.problemId, NEW.language,
            NEW.verdict = 'AC', NEW.verdict = 'WA', NEW.verdict = 'TLE', NEW.verdict = 'MLE',
            NEW.verdict = 'OLE', NEW.verdict = 'RE', NEW.verdict = 'CE', NEW.verdict = 'IE')
    ON CONFLICT (problemId, language) DO UPDATE SET
        ac = ac + excluded.ac, wa = wa + excluded.wa, tle = tle + excluded.tle, mle = mle + excluded.mle,
        ole = ole + excluded.ole, re = re + excluded.re, ce = ce + excluded.ce, ie = ie + excluded.ie;
    INSERT INTO attemptDayCount (day, problemId, language, ac, wa, tle, mle, ole, re, ce, ie)
    VALUES (CAST(strftime('%s', substr(NEW.createdAt, 1, 10)) AS INTEGER) / 86400, NEW.problemId, NEW.language,
            NEW.verdict = 'AC', NEW.verdict = 'WA', NEW.verdict = 'TLE', NEW.verdict = 'MLE',
            NEW.verdict = 'OLE', NEW.verdict = 'RE', NEW.verdict = 'CE', NEW.verdict = 'IE')
    ON CONFLICT (day, problemId, language) DO UPDATE SET
        ac = ac + excluded.ac, wa = wa + excluded.wa, tle = tle + excluded.tle, mle = mle + excluded.mle,
        ole = ole + excluded.ole, re = re + excluded.re, ce = ce + excluded.ce, ie = ie + excluded.ie;
END;

CREATE TRIGGER attempt_counts_after_delete AFTER DELETE ON attempt WHEN OLD.kind = 'submit'
BEGIN
    UPDATE attemptCount SET
        ac = ac - (OLD.verdict = 'AC'), wa = wa - (OLD.verdict = 'WA'), tle = tle - (OLD.verdict = 'TLE'),
        mle = mle - (OLD.verdict = 'MLE'), ole = ole - (OLD.verdict = 'OLE'), re = re - (OLD.verdict = 'RE'),
        ce = ce - (OLD.verdict = 'CE'), ie = ie - (OLD.verdict = 'IE')
    WHERE problemId = OLD.problemId AND language = OLD.language;
    DELETE FROM attemptCount WHERE problemId = OLD.problemId AND language = OLD.language AND ac + wa + tle + mle + ole + re + ce + ie = 0;
    UPDATE attemptDayCount SET
        ac = ac - (OLD.verdict = 'AC'), wa = wa - (OLD.verdict = 'WA'), tle = tle - (OLD.verdict = 'TLE'),
        mle = mle - (OLD.verdict = 'MLE'), ole = ole - (OLD.verdict = 'OLE'), re = re - (OLD.verdict = 'RE'),
        ce = ce - (OLD.verdict = 'CE'), ie = ie - (OLD.verdict = 'IE')
    WHERE day = CAST(strftime('%s', substr(OLD.createdAt, 1, 10)) AS INTEGER) / 86400 AND problemId = OLD.problemId AND language = OLD.language;
    DELETE FROM attemptDayCount
    WHERE day = CAST(strftime('%s', substr(OLD.createdAt, 1, 10)) AS INTEGER) / 86400 AND problemId = OLD.problemId AND language = OLD.language
        AND ac + wa + tle + mle + ole + re + ce + ie = 0;
END;

CREATE TRIGGER attempt_counts_after_update_remove AFTER UPDATE OF problemId, createdAt, kind, language, verdict ON attempt
WHEN OLD.kind = 'submit'
BEGIN
    UPDATE attemptCount SET
        ac = ac - (OLD.verdict = 'AC'), wa = wa - (OLD.verdict = 'WA'), tle = tle - (OLD.verdict = 'TLE'),
        mle = mle - (OLD.verdict = 'MLE'), ole = ole - (OLD.verdict = 'OLE'), re = re - (OLD.verdict = 'RE'),
        ce = ce - (OLD.verdict = 'CE'), ie = ie - (OLD.verdict = 'IE')
    WHERE problemId = OLD.problemId AND language = OLD.language;
    DELETE FROM attemptCount WHERE problemId = OLD.problemId AND language = OLD.language AND ac + wa + tle + mle + ole + re + ce + ie = 0;
    UPDATE attemptDayCount SET
        ac = ac - (OLD.verdict = 'AC'), wa = wa - (OLD.verdict = 'WA'), tle = tle - (OLD.verdict = 'TLE'),
        mle = mle - (OLD.verdict = 'MLE'), ole = ole - (OLD.verdict = 'OLE'), re = re - (OLD.verdict = 'RE'),
        ce = ce - (OLD.verdict = 'CE'), ie = ie - (OLD.verdict = 'IE')
    WHERE day = CAST(strftime('%s', substr(OLD.createdAt, 1, 10)) AS INTEGER) / 86400 AND problemId = OLD.problemId AND language = OLD.language;
    DELETE FROM attemptDayCount
    WHERE day = CAST(strftime('%s', substr(OLD.createdAt, 1, 10)) AS INTEGER) / 86400 AND problemId = OLD.problemId AND language = OLD.language
        AND ac + wa + tle + mle + ole + re + ce + ie = 0;
END;

CREATE TRIGGER attempt_counts_after_update_add AFTER UPDATE OF problemId, createdAt, kind, language, verdict ON attempt
WHEN NEW.kind = 'submit'
BEGIN
    INSERT INTO attemptCount (problemId, language, ac, wa, tle, mle, ole, re, ce, ie)
    VALUES (NEW.problemId, NEW.language,
            NEW.verdict = 'AC', NEW.verdict = 'WA', NEW.verdict = 'TLE', NEW.verdict = 'MLE',
            NEW.verdict = 'OLE', NEW.verdict = 'RE', NEW.verdict = 'CE', NEW.verdict = 'IE')
    ON CONFLICT (problemId, language) DO UPDATE SET
        ac = ac + excluded.ac, wa = wa + excluded.wa, tle = tle + excluded.tle, mle = mle + excluded.mle,
        ole = ole + excluded.ole, re = re + excluded.re, ce = ce + excluded.ce, ie = ie + excluded.ie;
    INSERT INTO attemptDayCount (day, problemId, language, ac, wa, tle, mle, ole, re, ce, ie)
    VALUES (CAST(strftime('%s', substr(NEW.createdAt, 1, 10)) AS INTEGER) / 86400, NEW.problemId, NEW.language,
            NEW.verdict = 'AC', NEW.verdict = 'WA', NEW.verdict = 'TLE', NEW.verdict = 'MLE',
            NEW.verdict = 'OLE', NEW.verdict = 'RE', NEW.verdict = 'CE', NEW.verdict = 'IE')
    ON CONFLICT (day, problemId, language) DO UPDATE SET
        ac = ac + excluded.ac, wa = wa + excluded.wa, tle = tle + excluded.tle, mle = mle + excluded.mle,
        ole = ole + excluded.ole, re = re + excluded.re, ce = ce + excluded.ce, ie = ie + excluded.ie;
END;

-- Quarter hours: judged attempts only.

CREATE TRIGGER attempt_quarters_after_insert AFTER INSERT ON attempt WHEN NEW.kind = 'submit' AND NEW.verdict <> 'IE'
BEGIN
    INSERT INTO attemptQuarterCount (day, quarter, attempts, accepted)
    VALUES (CAST(strftime('%s', substr(NEW.createdAt, 1, 10)) AS INTEGER) / 86400,
            CAST(substr(NEW.createdAt, 12, 2) AS INTEGER) * 4 + CAST(substr(NEW.createdAt, 15, 2) AS INTEGER) / 15, 1, NEW.verdict = 'AC')
    ON CONFLICT (day, quarter) DO UPDATE SET attempts = attempts + 1, accepted = accepted + excluded.accepted;
END;

CREATE TRIGGER attempt_quarters_after_delete AFTER DELETE ON attempt WHEN OLD.kind = 'submit' AND OLD.verdict <> 'IE'
BEGIN
    UPDATE attemptQuarterCount SET attempts = attempts - 1, accepted = accepted - (OLD.verdict = 'AC')
    WHERE day = CAST(strftime('%s', substr(OLD.createdAt, 1, 10)) AS INTEGER) / 86400
        AND quarter = CAST(substr(OLD.createdAt, 12, 2) AS INTEGER) * 4 + CAST(substr(OLD.createdAt, 15, 2) AS INTEGER) / 15;
    DELETE FROM attemptQuarterCount
    WHERE day = CAST(strftime('%s', substr(OLD.createdAt, 1, 10)) AS INTEGER) / 86400
        AND quarter = CAST(substr(OLD.createdAt, 12, 2) AS INTEGER) * 4 + CAST(substr(OLD.createdAt, 15, 2) AS INTEGER) / 15 AND attempts = 0;
END;

CREATE TRIGGER attempt_quarters_after_update_remove AFTER UPDATE OF createdAt, kind, verdict ON attempt
WHEN OLD.kind = 'submit' AND OLD.verdict <> 'IE'
BEGIN
    UPDATE attemptQuarterCount SET attempts = attempts - 1, accepted = accepted - (OLD.verdict = 'AC')
    WHERE day = CAST(strftime('%s', substr(OLD.createdAt, 1, 10)) AS INTEGER) / 86400
        AND quarter = CAST(substr(OLD.createdAt, 12, 2) AS INTEGER) * 4 + CAST(substr(OLD.createdAt, 15, 2) AS INTEGER) / 15;
    DELETE FROM attemptQuarterCount
    WHERE day = CAST(strftime('%s', substr(OLD.createdAt, 1, 10)) AS INTEGER) / 86400
        AND quarter = CAST(substr(OLD.createdAt, 12, 2) AS INTEGER) * 4 + CAST(substr(OLD.createdAt, 15, 2) AS INTEGER) / 15 AND attempts = 0;
END;

CREATE TRIGGER attempt_quarters_after_update_add AFTER UPDATE OF createdAt, kind, verdict ON attempt
WHEN NEW.kind = 'submit' AND NEW.verdict <> 'IE'
BEGIN
    INSERT INTO attemptQuarterCount (day, quarter, attempts, accepted)
    VALUES (CAST(strftime('%s', substr(NEW.createdAt, 1, 10)) AS INTEGER) / 86400,
            CAST(substr(NEW.createdAt, 12, 2) AS INTEGER) * 4 + CAST(substr(NEW.createdAt, 15, 2) AS INTEGER) / 15, 1, NEW.verdict = 'AC')
    ON CONFLICT (day, quarter) DO UPDATE SET attempts = attempts + 1, accepted = accepted + excluded.accepted;
END;

-- Progress. An attempt newer than every judged attempt of its problem (the usual case) updates the
-- problem's row in place; any other change (an older or equally old attempt, a delete, an update)
-- recounts that problem from its attempts, through the view below.

-- Inserting a problem id here recounts its progress row from its attempts; nothing is stored.
CREATE VIEW problemProgressRecount AS SELECT NULL AS problemId WHERE 0;

CREATE TRIGGER problemProgressRecount_instead_of_insert INSTEAD OF INSERT ON problemProgressRecount
BEGIN
    DELETE FROM problemProgress WHERE problemId = NEW.problemId;
    INSERT INTO problemProgress
    SELECT NEW.problemId, COUNT(*), MIN(judged.createdAt), MAX(judged.createdAt),
           (SELECT verdict FROM attempt
            WHERE problemId = NEW.problemId AND verdict <> 'IE' AND kind = 'submit'
            ORDER BY createdAt DESC, id DESC LIMIT 1),
           solves.firstSolvedAt, solves.lastSolvedAt,
           MAX(CASE WHEN judged.verdict <> 'AC' THEN judged.createdAt END),
           SUM(judged.createdAt <= solves.firstSolvedAt),
           solves.solveDays,
           SUM(judged.verdict <> 'AC' AND (solves.firstSolvedAt IS NULL OR judged.createdAt < solves.firstSolvedAt)),
           SUM(judged.verdict IN ('TLE', 'MLE', 'OLE')
               AND (solves.firstSolvedAt IS NULL OR judged.createdAt < solves.firstSolvedAt)),
           COALESCE(SUM(judged.verdict <> 'AC' AND judged.createdAt > solves.lastSolvedAt), 0)
    FROM attempt AS judged,
         (SELECT MIN(createdAt) AS firstSolvedAt, MAX(createdAt) AS lastSolvedAt,
                 COUNT(DISTINCT substr(createdAt, 1, 10)) AS solveDays
          FROM attempt WHERE problemId = NEW.problemId AND verdict = 'AC' AND kind = 'submit') AS solves
    WHERE judged.problemId = NEW.problemId AND judged.verdict <> 'IE' AND judged.kind = 'submit'
    GROUP BY judged.problemId;
END;

CREATE TRIGGER attempt_progress_after_insert AFTER INSERT ON attempt
WHEN NEW.kind = 'submit' AND NEW.verdict <> 'IE'
BEGIN
    INSERT INTO problemProgressRecount (problemId)
    SELECT NEW.problemId
    WHERE NOT EXISTS (SELECT 1 FROM problemProgress WHERE problemId = NEW.problemId AND lastAttemptAt < NEW.createdAt);
    -- Reached only when no recount happened: after one, lastAttemptAt >= NEW.createdAt.
    UPDATE problemProgress SET
        attempts = attempts + 1,
        lastAttemptAt = NEW.createdAt,
        lastVerdict = NEW.verdict,
        firstSolvedAt = CASE WHEN NEW.verdict = 'AC' AND firstSolvedAt IS NULL THEN NEW.createdAt ELSE firstSolvedAt END,
        attemptsToFirstSolve = CASE WHEN NEW.verdict = 'AC' AND firstSolvedAt IS NULL THEN attempts + 1
                                    ELSE attemptsToFirstSolve END,
        lastSolvedAt = CASE WHEN NEW.verdict = 'AC' THEN NEW.createdAt ELSE lastSolvedAt END,
        lastFailedAt = CASE WHEN NEW.verdict <> 'AC' THEN NEW.createdAt ELSE lastFailedAt END,
        solveDays = solveDays + (NEW.verdict = 'AC'
                                 AND (lastSolvedAt IS NULL OR substr(lastSolvedAt, 1, 10) <> substr(NEW.createdAt, 1, 10))),
        failuresBeforeSolve = failuresBeforeSolve + (NEW.verdict <> 'AC' AND firstSolvedAt IS NULL),
        limitFailuresBeforeSolve = limitFailuresBeforeSolve
                                   + (NEW.verdict IN ('TLE', 'MLE', 'OLE') AND firstSolvedAt IS NULL),
        failuresSinceSolve = CASE WHEN NEW.verdict = 'AC' THEN 0
                                  ELSE failuresSinceSolve + (firstSolvedAt IS NOT NULL) END
    WHERE problemId = NEW.problemId AND lastAttemptAt < NEW.createdAt;
END;

CREATE TRIGGER attempt_progress_after_delete AFTER DELETE ON attempt
WHEN OLD.kind = 'submit' AND OLD.verdict <> 'IE'
BEGIN
    -- While a deleted problem cascades to its attempts it is already gone: nothing to recount.
    INSERT INTO problemProgressRecount (problemId)
    SELECT OLD.problemId WHERE EXISTS (SELECT 1 FROM problem WHERE id = OLD.problemId);
END;

CREATE TRIGGER attempt_progress_after_update AFTER UPDATE OF problemId, createdAt, kind, verdict ON attempt
WHEN (OLD.kind = 'submit' AND OLD.verdict <> 'IE') OR (NEW.kind = 'submit' AND NEW.verdict <> 'IE')
BEGIN
    INSERT INTO problemProgressRecount (problemId) VALUES (OLD.problemId);
    INSERT INTO problemProgressRecount (problemId) SELECT NEW.problemId WHERE NEW.problemId <> OLD.problemId;
END;
