-- Delivery statuses that arrive before we have recorded the provider's id for our own send
-- (Meta's callback can beat the commit of the send result). Applied once the id is known.
CREATE TABLE pending_statuses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,
    channel_message_id TEXT NOT NULL,
    status TEXT NOT NULL,
    error TEXT,
    received_at TEXT NOT NULL
);
-- ;
CREATE INDEX pending_statuses_id ON pending_statuses(channel, channel_message_id);
-- ;
-- The outbox keeps one guest's messages in order; this makes "is an earlier one pending?" a lookup.
CREATE INDEX outbox_recipient ON outbox(channel, recipient, status);
