-- practice schema, version 4 (issue 6): problems the user brings.
-- A user problem carries its own programs: the reference solution (required), a generator
-- (`generator SEED SIZE` prints one input) and a checker. Their source text is stored, so the
-- database alone can judge, and an export carries everything.
CREATE TABLE problemProgram (
    problemId INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('reference', 'generator', 'checker')),
    -- A language recipe name (python, c, cpp, swift, javascript).
    language TEXT NOT NULL,
    fileName TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (problemId, role)
) WITHOUT ROWID;

-- The largest size passed to a user problem's generator (sizes grow from 1 to it); NULL for
-- catalog problems and for user problems without a generator.
ALTER TABLE problem ADD COLUMN maxSize INTEGER CHECK (maxSize > 0);
