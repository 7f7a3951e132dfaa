#pragma once
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace jack::ai {

//! An active entry with what is embedded for it and what is stored for it.
struct EntryEmbeddingState {
    QString entryId;
    QString text; //!< EmbeddingSettings::entryText
    QString textHash;
    bool stored = false;
    QString provider, model, storedHash;
    int dimensions = 0;

    //! True when the stored vector is missing or was made from other text, by another
    //! provider or model, or has other dimensions than `dimensions` (0: not known yet).
    [[nodiscard]] bool stale(
        const QString &wantedProvider, const QString &wantedModel, int wantedDimensions) const
    {
        return !stored || storedHash != textHash || provider != wantedProvider
            || model != wantedModel || (wantedDimensions > 0 && dimensions != wantedDimensions);
    }
};

//! The stored knowledge vectors (knowledge_embeddings). Reads use the caller's connection;
//! the writes are meant for a WriteQueue job's transaction.
class KnowledgeEmbeddingStore {
public:
    explicit KnowledgeEmbeddingStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    //! Every non-archived entry, with its stored vector's bookkeeping.
    [[nodiscard]] QList<EntryEmbeddingState> states() const;
    //! The vectors of non-archived entries made by this provider and model, by entry id.
    [[nodiscard]] QHash<QString, QList<float>> vectors(
        const QString &provider, const QString &model) const;
    //! Rows made by another provider or model.
    [[nodiscard]] int countOthers(const QString &provider, const QString &model) const;
    [[nodiscard]] int count() const;

    //! Stores (or replaces) an entry's vector; false when the entry no longer exists.
    bool store(const QString &entryId, const QString &provider, const QString &model,
        const QList<float> &vector, const QString &textHash);
    //! Deletes the vectors of every other provider or model; returns how many.
    int removeOthers(const QString &provider, const QString &model);

private:
    QSqlDatabase m_db;
};

} // namespace jack::ai
