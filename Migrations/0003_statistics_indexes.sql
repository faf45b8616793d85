-- practice schema, version 3: indexes for statistics.
-- Per-language statistics read this covering index instead of the attempt rows
-- (which hold the source text).
CREATE INDEX attempt_on_language_verdict_problemId_createdAt ON attempt(language, verdict, problemId, createdAt, kind);
