-- Knowledge retrieval beyond full-text search: embeddings for the vector half of hybrid
-- search, an unstemmed vocabulary for typo tolerance, and the page an imported entry came from.
ALTER TABLE knowledge ADD COLUMN source_url TEXT;
-- ;
-- One vector per entry, for the provider and model that made it. A row is stale when the
-- entry's text hash, the provider, the model or the dimensions no longer match; the embedding
-- indexer (server/ai/knowledge) embeds it again and removes the vectors of other models.
CREATE TABLE knowledge_embeddings (
    entry_id TEXT PRIMARY KEY REFERENCES knowledge(id) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    dimensions INTEGER NOT NULL,
    vector BLOB NOT NULL, -- `dimensions` float32 values, little-endian
    text_hash TEXT NOT NULL, -- SHA-256 (hex) of the text that was embedded
    updated_at TEXT NOT NULL
);
-- ;
CREATE INDEX knowledge_embeddings_model ON knowledge_embeddings(provider, model);
-- ;
-- The same columns as knowledge_fts without the porter stemmer: its vocabulary holds the
-- words as written, which is what a guest's misspelling is compared with.
CREATE VIRTUAL TABLE knowledge_words USING fts5(
    title, content, keywords,
    content='knowledge', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
-- ;
CREATE VIRTUAL TABLE knowledge_words_vocab USING fts5vocab(knowledge_words, 'row');
-- ;
CREATE TRIGGER knowledge_words_ai AFTER INSERT ON knowledge BEGIN
    INSERT INTO knowledge_words(rowid, title, content, keywords) VALUES (new.rowid, new.title, new.content, new.keywords);
END;
-- ;
CREATE TRIGGER knowledge_words_ad AFTER DELETE ON knowledge BEGIN
    INSERT INTO knowledge_words(knowledge_words, rowid, title, content, keywords) VALUES ('delete', old.rowid, old.title, old.content, old.keywords);
END;
-- ;
CREATE TRIGGER knowledge_words_au AFTER UPDATE OF title, content, keywords ON knowledge BEGIN
    INSERT INTO knowledge_words(knowledge_words, rowid, title, content, keywords) VALUES ('delete', old.rowid, old.title, old.content, old.keywords);
    INSERT INTO knowledge_words(rowid, title, content, keywords) VALUES (new.rowid, new.title, new.content, new.keywords);
END;
-- ;
INSERT INTO knowledge_words(knowledge_words) VALUES ('rebuild');
