-- Web chat sessions: one row per browser that opened the chat. Only a hash of the session
-- token is kept (the token itself lives in the guest's localStorage), so a copy of the
-- database cannot be used to read anyone's chat.
CREATE TABLE webchat_sessions (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    conversation_id TEXT REFERENCES conversations(id) ON DELETE SET NULL,
    guest_id TEXT REFERENCES guests(id) ON DELETE SET NULL, -- set once verified
    reservation_id TEXT REFERENCES reservations(id) ON DELETE SET NULL,
    verify_attempts INTEGER NOT NULL DEFAULT 0, -- failed verifications; 5 locks the session
    verified_at TEXT,
    language TEXT,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);
-- ;
CREATE INDEX webchat_sessions_conversation ON webchat_sessions(conversation_id);
