-- Channels: the outbox row is the single record of an outbound message's delivery
-- (queued → sending → sent → delivered → read | failed), rows carry what to send beyond text
-- (media, templates), and media files guests send or receive are tracked until stored.
CREATE TABLE outbox_new (
    id TEXT PRIMARY KEY,
    message_id TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    recipient TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'read', 'failed')),
    kind TEXT NOT NULL DEFAULT 'text',
    payload TEXT NOT NULL DEFAULT '{}',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    error_code TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- ;
INSERT INTO outbox_new (id, message_id, channel, recipient, status, attempts, next_attempt_at,
    last_error, created_at, updated_at)
SELECT o.id, o.message_id, o.channel, o.recipient,
    CASE o.status WHEN 'pending' THEN 'queued' WHEN 'failed' THEN 'failed'
        ELSE CASE m.delivery_status WHEN 'delivered' THEN 'delivered' WHEN 'read' THEN 'read' ELSE 'sent' END END,
    o.attempts, o.next_attempt_at, o.last_error, o.created_at, o.updated_at
FROM outbox o JOIN messages m ON m.id = o.message_id;
-- ;
DROP TABLE outbox;
-- ;
ALTER TABLE outbox_new RENAME TO outbox;
-- ;
CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
-- ;
CREATE INDEX outbox_recipient ON outbox(channel, recipient, status);
-- ;
CREATE UNIQUE INDEX outbox_message ON outbox(message_id);
-- ;
-- Channel facts about a message that are not its text: e-mail Message-ID/References/subject,
-- a Telegram chat id, the WhatsApp context… (JSON object).
ALTER TABLE messages ADD COLUMN meta TEXT NOT NULL DEFAULT '{}';
-- ;
CREATE TABLE media (
    id TEXT PRIMARY KEY,
    message_id TEXT REFERENCES messages(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
    kind TEXT NOT NULL, -- image | audio | video | document | sticker | file
    mime_type TEXT,
    file_name TEXT,
    size INTEGER,
    path TEXT, -- relative to the data folder once stored
    source TEXT, -- provider media id or URL to fetch from
    status TEXT NOT NULL CHECK (status IN ('pending', 'stored', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- ;
CREATE INDEX media_message ON media(message_id);
-- ;
CREATE INDEX media_pending ON media(status) WHERE status = 'pending';
-- ;
-- Where a mailbox or poller got to (IMAP UIDVALIDITY + last UID, Telegram update offset…).
CREATE TABLE channel_cursors (
    channel TEXT NOT NULL,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (channel, name)
);
-- ;
CREATE INDEX guests_email ON guests(email COLLATE NOCASE);
