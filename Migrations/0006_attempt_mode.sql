-- Issue 4: how an attempt's solution was run, so a rejudge runs it the same way: 'program' (once
-- per test, the input on stdin) or 'function' (LeetCode style, through a driver that calls the
-- signature's function for many tests in one process). Attempts from before were programs.
ALTER TABLE attempt ADD COLUMN mode TEXT NOT NULL DEFAULT 'program' CHECK (mode IN ('program', 'function'));
