-- practice schema, version 5 (issue 6): Markdown notes (Obsidian style) and the links between them.
-- Storage knows nothing of Markdown: the service parses a note and stores what it found.

-- A note, named by its title (Obsidian's [[links]] name notes by title).
CREATE TABLE note (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL UNIQUE CHECK (title <> ''),
    -- `problem` (about one problem; problemId NULL while it names no known problem),
    -- `concept` (front matter `type: concept`), or `note` (anything else).
    type TEXT NOT NULL CHECK (type IN ('problem', 'concept', 'note')),
    -- The problem this note is about; a deleted problem leaves its notes behind, unlinked.
    problemId INTEGER REFERENCES problem(id) ON DELETE SET NULL,
    -- The file the note was first imported from (its name only, e.g. "581. 最短无序连续子数组.md").
    fileName TEXT NOT NULL,
    createdAt DATETIME NOT NULL,
    -- When an import last changed the note.
    updatedAt DATETIME NOT NULL,
    -- The YAML front matter as a JSON object, keys in the note's order.
    frontMatter TEXT NOT NULL CHECK (json_valid(frontMatter) AND json_type(frontMatter) = 'object'),
    -- The Markdown after the front matter, verbatim (sections such as 题目描述 included).
    body TEXT NOT NULL
);

-- The notes of a problem (show, export).
CREATE INDEX note_on_problemId ON note(problemId) WHERE problemId IS NOT NULL;

-- A link from a note to a title: front matter `isPartOf`, `solvedBy`, `hasPart`, or a [[wiki link]]
-- elsewhere (`link`). The target is a title, resolved when read, so a note may link to a note that
-- is imported later.
CREATE TABLE noteLink (
    noteId INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
    relation TEXT NOT NULL CHECK (relation IN ('isPartOf', 'solvedBy', 'hasPart', 'link')),
    target TEXT NOT NULL CHECK (target <> ''),
    PRIMARY KEY (noteId, relation, target)
) WITHOUT ROWID;

-- Notes linking to a title (related concepts of a problem).
CREATE INDEX noteLink_on_target ON noteLink(target COLLATE NOCASE);
