-- Note templates, sectioned notes and action items (issue 15, part 3).
--
-- A template is the coach's own page layout: named sections, each saying who may see
-- what is written in it (the words of notes.PRIVACY). A section marked as the coach's
-- reflection is coach only, always: the CHECK holds it.
CREATE TABLE note_templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(name) > 0),
    position   INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX note_templates_by_position ON note_templates (position, id);

CREATE TABLE template_sections (
    id            INTEGER PRIMARY KEY,
    template_id   INTEGER NOT NULL REFERENCES note_templates (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    heading       TEXT NOT NULL,
    prompt        TEXT NOT NULL DEFAULT '',
    privacy       TEXT NOT NULL CHECK (privacy IN ('coach', 'client', 'sponsor')),
    is_reflection INTEGER NOT NULL DEFAULT 0 CHECK (is_reflection IN (0, 1)),
    CHECK (is_reflection = 0 OR privacy = 'coach')
);
CREATE INDEX template_sections_by_template ON template_sections (template_id, position);

-- A sectioned session keeps each section as a note of its own (with the section's
-- privacy), so one note never mixes what the client may see with what she may not.
-- The section's heading is kept as it stood when the note was written.
CREATE TABLE note_sections (
    note_id       INTEGER PRIMARY KEY REFERENCES notes (id) ON DELETE CASCADE,
    heading       TEXT NOT NULL,
    prompt        TEXT NOT NULL DEFAULT '',
    position      INTEGER NOT NULL,
    is_reflection INTEGER NOT NULL DEFAULT 0 CHECK (is_reflection IN (0, 1))
);

-- The coach's reflection stays the coach's own: no later choice can share it.
CREATE TRIGGER reflection_stays_coach_only BEFORE UPDATE OF is_private, for_sponsor ON notes
WHEN (new.is_private = 0 OR new.for_sponsor = 1) AND EXISTS
    (SELECT 1 FROM note_sections WHERE note_id = new.id AND is_reflection = 1)
BEGIN
    SELECT RAISE(ABORT, 'the coach''s reflection stays coach only');
END;

-- Action items: client material (the client sees them; a sponsor never does, unless the
-- client approves words about them as an excerpt). Owner is the client or the coach.
CREATE TABLE action_items (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients (id),
    session_id INTEGER REFERENCES sessions (id),
    text       TEXT NOT NULL CHECK (length(text) > 0),
    owner      TEXT NOT NULL DEFAULT 'client' CHECK (owner IN ('client', 'coach')),
    due_on     TEXT,
    done_on    TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX action_items_by_client ON action_items (client_id, done_on, created_at);
CREATE INDEX action_items_by_session ON action_items (session_id) WHERE session_id IS NOT NULL;

-- The defaults every coach starts with (editable and removable in Settings).
INSERT INTO note_templates (id, name, position, created_at, updated_at) VALUES
    (1, 'Free page', 1, '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00'),
    (2, 'GROW', 2, '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00'),
    (3, 'Focus, insights, actions, reflection', 3, '2026-01-01T00:00:00+00:00',
     '2026-01-01T00:00:00+00:00');
INSERT INTO template_sections (template_id, position, heading, prompt, privacy, is_reflection)
VALUES
    (1, 1, '', 'Write as you listen. Everything saves by itself.', 'coach', 0),
    (2, 1, 'Goal', 'What does the client want from this session, and beyond it?', 'client', 0),
    (2, 2, 'Reality', 'Where things stand now: facts, feelings, what has been tried.',
     'client', 0),
    (2, 3, 'Options', 'What could the client do? Every option, before choosing.', 'client', 0),
    (2, 4, 'Way forward', 'What will the client do, and by when? Start a line with [ ] to make it an action item.', 'client', 0),
    (2, 5, 'Coach''s reflection', 'Your own thoughts: never shared.', 'coach', 1),
    (3, 1, 'Focus', 'What the client brought today.', 'client', 0),
    (3, 2, 'Insights', 'What the client noticed or learned.', 'client', 0),
    (3, 3, 'Actions', 'Start a line with [ ] to make it an action item.', 'client', 0),
    (3, 4, 'Coach''s reflection', 'Your own thoughts: never shared.', 'coach', 1);
