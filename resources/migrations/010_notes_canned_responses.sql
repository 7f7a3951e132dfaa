-- Internal notes: what staff tell each other about a conversation. Kept apart from `messages`
-- on purpose: the outbox only ever sends rows of `messages`, so no channel can send a note, and
-- a client that reads messages never mistakes a note for something the guest saw.
CREATE TABLE conversation_notes (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    author_id TEXT REFERENCES staff(id) ON DELETE SET NULL,
    -- kept with the note: it still says who wrote it after the account is gone
    author_name TEXT NOT NULL,
    content TEXT NOT NULL,
    -- the staff ids the note @mentions, a JSON array
    mentions TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL
);
-- ;
CREATE INDEX conversation_notes_conversation ON conversation_notes(conversation_id, created_at);
-- ;
-- Canned responses: replies the hotel writes once and staff insert with "/". Their text may
-- hold variables such as {guest.name}, filled from the conversation when they are used.
CREATE TABLE canned_responses (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    content TEXT NOT NULL,
    category TEXT,
    created_by TEXT REFERENCES staff(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- ;
CREATE UNIQUE INDEX canned_responses_title ON canned_responses(title COLLATE NOCASE);
