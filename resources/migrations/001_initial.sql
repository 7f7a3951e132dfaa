-- Jack's first schema. Times are ISO-8601 UTC text; ids are opaque text (UUIDs).
-- Statements are separated by lines holding only "-- ;" so triggers can hold semicolons.
CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'staff')),
    department TEXT,
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
-- ;
CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL,
    revoked_at TEXT,
    created_at TEXT NOT NULL
);
-- ;
CREATE TABLE guests (
    id TEXT PRIMARY KEY,
    first_name TEXT,
    last_name TEXT,
    display_name TEXT NOT NULL,
    phone TEXT UNIQUE,
    email TEXT,
    language TEXT,
    vip INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- ;
CREATE TABLE reservations (
    id TEXT PRIMARY KEY,
    guest_id TEXT NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    confirmation_number TEXT NOT NULL UNIQUE,
    room_number TEXT,
    room_type TEXT,
    arrival_date TEXT NOT NULL,
    departure_date TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL
);
-- ;
CREATE INDEX reservations_guest ON reservations(guest_id);
-- ;
CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    guest_id TEXT NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    channel_address TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('new', 'active', 'waiting', 'escalated', 'resolved', 'closed')),
    assigned_to TEXT REFERENCES staff(id) ON DELETE SET NULL,
    current_intent TEXT,
    language TEXT,
    staff_replied INTEGER NOT NULL DEFAULT 0,
    escalation_reason TEXT,
    last_message_at TEXT,
    last_guest_message_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- ;
CREATE INDEX conversations_guest_channel ON conversations(guest_id, channel, state);
-- ;
CREATE INDEX conversations_last ON conversations(last_message_at);
-- ;
CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
    sender_type TEXT NOT NULL CHECK (sender_type IN ('guest', 'ai', 'staff', 'system')),
    sender_id TEXT,
    content TEXT NOT NULL,
    content_type TEXT NOT NULL DEFAULT 'text',
    intent TEXT,
    confidence REAL,
    language TEXT,
    channel TEXT NOT NULL,
    channel_message_id TEXT,
    delivery_status TEXT NOT NULL DEFAULT 'pending',
    delivery_error TEXT,
    processed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- ;
-- A provider retries notifications: its message id is stored once per channel.
CREATE UNIQUE INDEX messages_channel_id ON messages(channel, channel_message_id) WHERE channel_message_id IS NOT NULL;
-- ;
CREATE INDEX messages_conversation ON messages(conversation_id, created_at);
-- ;
CREATE INDEX messages_unprocessed ON messages(processed_at) WHERE processed_at IS NULL AND direction = 'inbound';
-- ;
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    message_id TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    recipient TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- ;
CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
-- ;
CREATE TABLE tasks (
    id TEXT PRIMARY KEY,
    conversation_id TEXT REFERENCES conversations(id) ON DELETE SET NULL,
    guest_id TEXT REFERENCES guests(id) ON DELETE SET NULL,
    type TEXT NOT NULL,
    department TEXT NOT NULL,
    priority TEXT NOT NULL CHECK (priority IN ('low', 'standard', 'high', 'urgent')),
    status TEXT NOT NULL CHECK (status IN ('pending', 'in_progress', 'completed', 'cancelled')),
    room_number TEXT,
    description TEXT NOT NULL,
    items TEXT NOT NULL DEFAULT '[]',
    source TEXT NOT NULL DEFAULT 'staff',
    assigned_to TEXT REFERENCES staff(id) ON DELETE SET NULL,
    due_at TEXT,
    completed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- ;
CREATE INDEX tasks_status ON tasks(status, department);
-- ;
CREATE TABLE knowledge (
    id TEXT PRIMARY KEY,
    category TEXT NOT NULL,
    title TEXT NOT NULL,
    content TEXT NOT NULL,
    keywords TEXT NOT NULL DEFAULT '[]',
    language TEXT NOT NULL DEFAULT 'en',
    priority INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- ;
-- External-content FTS5 index kept in step by triggers; keywords are indexed as plain words.
CREATE VIRTUAL TABLE knowledge_fts USING fts5(
    title, content, keywords,
    content='knowledge', content_rowid='rowid',
    tokenize='porter unicode61 remove_diacritics 2'
);
-- ;
CREATE TRIGGER knowledge_ai AFTER INSERT ON knowledge BEGIN
    INSERT INTO knowledge_fts(rowid, title, content, keywords) VALUES (new.rowid, new.title, new.content, new.keywords);
END;
-- ;
CREATE TRIGGER knowledge_ad AFTER DELETE ON knowledge BEGIN
    INSERT INTO knowledge_fts(knowledge_fts, rowid, title, content, keywords) VALUES ('delete', old.rowid, old.title, old.content, old.keywords);
END;
-- ;
CREATE TRIGGER knowledge_au AFTER UPDATE ON knowledge BEGIN
    INSERT INTO knowledge_fts(knowledge_fts, rowid, title, content, keywords) VALUES ('delete', old.rowid, old.title, old.content, old.keywords);
    INSERT INTO knowledge_fts(rowid, title, content, keywords) VALUES (new.rowid, new.title, new.content, new.keywords);
END;
-- ;
CREATE TABLE app_configs (
    app_id TEXT PRIMARY KEY,
    enabled INTEGER NOT NULL DEFAULT 0,
    config TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL
);
-- ;
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- ;
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    actor TEXT,
    action TEXT NOT NULL,
    target TEXT,
    address TEXT,
    details TEXT,
    created_at TEXT NOT NULL
);
-- ;
CREATE INDEX audit_action_time ON audit_log(action, created_at);
-- ;
-- The change feed desks resume from: written in the same transaction as the change.
CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL,
    entity_id TEXT,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL
);
