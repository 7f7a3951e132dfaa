#pragma once
#include "ai/knowledge/embeddingsettings.h"
#include "ai/knowledge/knowledgeanswerer.h"
#include "core/change.h"
#include "core/knowledgelookup.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace jack::ops {
class SecretStore;
}
namespace jack::storage {
class WriteQueue;
}

namespace jack::ai {

class EmbeddingIndexer;

//! The knowledge base's retrieval service in the AI thread: hybrid search (full text plus the
//! configured provider's embeddings), answers through a KnowledgeAnswerer, and the indexer
//! that keeps the vectors current. Other threads reach it through core::KnowledgeLookup.
class KnowledgeService : public QObject, public core::KnowledgeLookup {
    Q_OBJECT
public:
    KnowledgeService(QString databasePath, storage::WriteQueue *writer,
        const ops::SecretStore *secrets, QObject *parent = nullptr);
    ~KnowledgeService() override;

    //! Replaces the answer strategy (default: the offline engine). Call in this thread.
    void setAnswerer(std::unique_ptr<KnowledgeAnswerer> answerer);
    //! After a failed query embedding, searches run on full text alone for this long.
    void setVectorPauseMs(int ms) { m_vectorPauseMs = ms; }
    [[nodiscard]] EmbeddingIndexer *indexer() const { return m_indexer; }

    //! Thread-safe: both run in this object's thread.
    void search(const QString &query, int limit, QObject *replyContext, Done done) override;
    void ask(const QString &question, QObject *replyContext, Done done) override;

public Q_SLOTS:
    //! Opens the read connection and starts the first indexing pass; call in this thread.
    void start();
    void stop();
    //! Knowledge, AI settings and provider app changes re-index and refresh the settings.
    void onChange(const jack::core::Change &change);

private:
    struct Retrieval;
    using Retrieved = std::function<void(const Retrieval &)>;
    //! Hybrid hits for the text; the vector half only when the query could be embedded.
    void retrieve(const QString &text, int limit, Retrieved next);
    [[nodiscard]] const EmbeddingSettings &settings();
    [[nodiscard]] const QHash<QString, QList<float>> &vectors();
    [[nodiscard]] bool running() const;

    QString m_path;
    QString m_connectionName;
    storage::WriteQueue *m_writer;
    const ops::SecretStore *m_secrets;
    QNetworkAccessManager *m_network = nullptr;
    EmbeddingIndexer *m_indexer = nullptr;
    std::unique_ptr<KnowledgeAnswerer> m_answerer;
    bool m_answererChosen = false; // setAnswerer() was called
    std::optional<EmbeddingSettings> m_settings;
    std::optional<QHash<QString, QList<float>>> m_vectors;
    qint64 m_vectorsPausedUntil = 0; // monotonic ms
    int m_vectorPauseMs = 30000;
    bool m_started = false;
};

} // namespace jack::ai
