-- Issue 3: rejudged attempts point at the attempt they re-ran, and an attempt can carry the result
-- of a scaling check (JSON: sizes, times, fitted growth exponents).
ALTER TABLE attempt ADD COLUMN rejudgeOf INTEGER REFERENCES attempt(id) ON DELETE SET NULL;
ALTER TABLE attempt ADD COLUMN scaling TEXT;
CREATE INDEX attempt_rejudgeOf ON attempt(rejudgeOf) WHERE rejudgeOf IS NOT NULL;
