#pragma once
#include "ai/memory/rulememoryextractor.h"

#include <QSqlDatabase>

class QNetworkAccessManager;
class QObject;

namespace jack::ops {
class SecretStore;
}
namespace jack::storage {
class WriteQueue;
}

namespace jack::ai {

//! Memory extraction by the hotel's language model when one is configured: one JSON call over
//! the conversation's guest messages. The rules extract when no model is configured and
//! whenever the model fails or answers nonsense. Either way the facts then go through the
//! same curation (privacy, dedup) as the rules'.
class LlmMemoryExtractor : public MemoryExtractor {
public:
    //! `connectionName`: a database connection of the calling thread (the keeper's).
    LlmMemoryExtractor(QString connectionName, const ops::SecretStore *secrets,
        storage::WriteQueue *writer, QNetworkAccessManager *network, QObject *context);
    //! Who proposed the facts of the last extraction: "llm" or "rules".
    [[nodiscard]] QString origin() const override { return m_origin; }
    void extract(const QList<GuestUtterance> &utterances, Done done) override;

private:
    QString m_connectionName;
    const ops::SecretStore *m_secrets;
    storage::WriteQueue *m_writer;
    QNetworkAccessManager *m_network;
    QObject *m_context;
    RuleMemoryExtractor m_rules;
    QString m_origin = QStringLiteral("rules");
};

} // namespace jack::ai
