-- The AI pipeline's account of each guest message it processed ("why did Jack say this?"), and
-- one row per language-model call for token, latency and cost accounting.
CREATE TABLE message_outcomes (
    message_id TEXT PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    reply_message_id TEXT,
    provider TEXT NOT NULL,
    model TEXT,
    intent TEXT,
    confidence REAL,
    language TEXT,
    decision TEXT NOT NULL CHECK (decision IN ('continue', 'handoff')),
    escalation_reason TEXT,
    fallback_reason TEXT,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    cost_usd REAL NOT NULL DEFAULT 0,
    provider_ms INTEGER NOT NULL DEFAULT 0,
    detail TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
-- ;
CREATE INDEX message_outcomes_reply ON message_outcomes(reply_message_id) WHERE reply_message_id IS NOT NULL;
-- ;
CREATE TABLE ai_usage (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    provider TEXT NOT NULL,
    model TEXT,
    purpose TEXT NOT NULL,
    ok INTEGER NOT NULL,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    cost_usd REAL NOT NULL DEFAULT 0,
    latency_ms INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    created_at TEXT NOT NULL
);
-- ;
CREATE INDEX ai_usage_time ON ai_usage(created_at);
