#pragma once
#include "ai/knowledge/offlineknowledgeanswerer.h"

class QNetworkAccessManager;
class QObject;

namespace jack::ops {
class SecretStore;
}
namespace jack::storage {
class WriteQueue;
}

namespace jack::ai {

//! Answers a question from the retrieved entries with the hotel's language model when one is
//! configured: one JSON call that may use only those entries, in the question's language. The
//! offline engine answers when no model is configured, and whenever the model fails or gives
//! an unusable answer.
class LlmKnowledgeAnswerer : public KnowledgeAnswerer {
public:
    LlmKnowledgeAnswerer(const ops::SecretStore *secrets, storage::WriteQueue *writer,
        QNetworkAccessManager *network, QObject *context);
    void answer(const QString &question, const QList<KnowledgeHit> &retrieved, QSqlDatabase db,
        Done done) override;

private:
    const ops::SecretStore *m_secrets;
    storage::WriteQueue *m_writer;
    QNetworkAccessManager *m_network;
    QObject *m_context;
    OfflineKnowledgeAnswerer m_offline;
};

} // namespace jack::ai
