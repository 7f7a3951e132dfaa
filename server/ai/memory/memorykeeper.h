#pragma once
#include "ai/memory/memoryextractor.h"
#include "ai/memory/memoryfact.h"
#include "core/change.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <memory>

namespace jack::ops {
class SecretStore;
}
namespace jack::storage {
class WriteQueue;
}

namespace jack::ai {

//! Remembers what guests said about themselves: when a conversation is resolved or closed it
//! reads the guest messages it has not read yet, lets the extractor (rules, or a model once
//! one is plugged in) propose facts, curates them (privacy, dedup) and stores them through
//! the write queue with a `guest:memory` change per new or confirmed fact. Lives in the AI
//! thread.
class MemoryKeeper : public QObject {
    Q_OBJECT
public:
    //! Without an extractor, the hotel's language model extracts when one is configured
    //! (needs `secrets`) and the rules otherwise.
    MemoryKeeper(QString databasePath, storage::WriteQueue *writer,
        std::unique_ptr<MemoryExtractor> extractor = nullptr,
        const ops::SecretStore *secrets = nullptr);
    ~MemoryKeeper() override;
    //! Replaces the extractor (before start(), or in this object's thread).
    void setExtractor(std::unique_ptr<MemoryExtractor> extractor);

public Q_SLOTS:
    void start();
    void stop();
    //! Feed of committed changes: a conversation that became resolved or closed is reviewed.
    void onChange(const jack::core::Change &change);
    //! Reads the conversation's unread guest messages and stores the facts found in them.
    void review(const QString &conversationId);

Q_SIGNALS:
    //! A review ended; `remembered` facts were stored or confirmed (tests, metrics).
    void reviewed(const QString &conversationId, int remembered);

private:
    void store(const QString &conversationId, const QString &guestId, const QString &readUpTo,
        const QString &origin, const QList<MemoryFact> &facts);

    QString m_path;
    QString m_connectionName;
    storage::WriteQueue *m_writer;
    const ops::SecretStore *m_secrets;
    bool m_extractorChosen; // given by hand: never replaced by the model-backed one
    std::unique_ptr<MemoryExtractor> m_extractor;
    QSet<QString> m_inReview;
    bool m_running = false;
};

} // namespace jack::ai
