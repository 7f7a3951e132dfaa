#pragma once
#include "ai/knowledge/embeddingstore.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <algorithm>

class QNetworkAccessManager;

namespace jack::ops {
class SecretStore;
}
namespace jack::storage {
class WriteQueue;
}

namespace jack::ai {

//! Keeps the knowledge vectors in step with the entries and the embedding settings: embeds, in
//! batches through the configured provider, every active entry whose vector is missing or
//! stale, writes them through the WriteQueue and deletes the vectors of other models. Lives in
//! the AI thread and never blocks; after a provider failure (logged once) it tries again later,
//! sooner when the knowledge or the settings change.
class EmbeddingIndexer : public QObject {
    Q_OBJECT
public:
    //! `connectionName`: a read connection of this object's thread.
    EmbeddingIndexer(QString connectionName, storage::WriteQueue *writer,
        const ops::SecretStore *secrets, QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBatchSize(int size) { m_batchSize = std::max(1, size); }
    //! First wait after a failure, doubled after each further one up to `maxMs`.
    void setRetryDelays(int firstMs, int maxMs);
    [[nodiscard]] bool running() const { return m_running; }
    [[nodiscard]] bool failing() const { return m_failing; }

public Q_SLOTS:
    //! Runs a pass soon; calls that arrive together make one pass.
    void schedule();
    //! Stops starting new batches (the one in flight is dropped when it answers).
    void stop();

Q_SIGNALS:
    //! Vectors were written or deleted (committed): cached vectors are out of date.
    void vectorsChanged();
    //! A pass ended with every active entry embedded by the configured model (or embeddings
    //! are switched off).
    void upToDate();
    //! A batch failed; the next attempt is in `retryInMs`.
    void failed(const QString &error, int retryInMs);

private:
    void pass();
    void embedNext();
    void finishPass();
    void fail(const QString &error);

    QString m_connectionName;
    storage::WriteQueue *m_writer;
    const ops::SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    QTimer m_soon;
    QTimer m_retry;
    int m_batchSize = 16;
    int m_firstRetryMs = 30000;
    int m_maxRetryMs = 600000;
    int m_nextRetryMs = 30000;
    bool m_running = false; //!< a pass is in progress
    bool m_again = false; //!< something changed during the pass
    bool m_failing = false;
    bool m_stopped = false;
    quint64 m_generation = 0; //!< bumped by stop(): answers of older passes are dropped

    // The pass in progress.
    QString m_provider, m_model;
    int m_dimensions = 0; //!< what the model answered last; 0 until known
    QList<EntryEmbeddingState> m_pending;
};

} // namespace jack::ai
