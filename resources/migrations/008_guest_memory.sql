-- Guest memory: facts worth remembering about a guest (preferences, allergies, habits,
-- complaints, special occasions), extracted when a conversation closes or added by staff.
-- One row per guest and normalised fact (fact_key): a fact heard again updates the row.
CREATE TABLE guest_memories (
    id TEXT PRIMARY KEY,
    guest_id TEXT NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    category TEXT NOT NULL CHECK (category IN ('preference', 'allergy', 'habit', 'complaint', 'occasion')),
    fact TEXT NOT NULL,
    fact_key TEXT NOT NULL,
    confidence REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    source_conversation_id TEXT REFERENCES conversations(id) ON DELETE SET NULL,
    origin TEXT NOT NULL CHECK (origin IN ('rules', 'llm', 'staff')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- ;
CREATE UNIQUE INDEX guest_memories_key ON guest_memories(guest_id, fact_key);
-- ;
-- How far the memory keeper has read each conversation: a conversation resolved, reopened and
-- resolved again is read from where it stopped, so a fact staff deleted does not come back
-- from messages already read.
CREATE TABLE memory_scans (
    conversation_id TEXT PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
    last_message_at TEXT NOT NULL,
    scanned_at TEXT NOT NULL
);
-- ;
-- Set when the guest's data was erased on request (GDPR): the row stays, anonymised, so
-- statistics keep their counts.
ALTER TABLE guests ADD COLUMN erased_at TEXT;
