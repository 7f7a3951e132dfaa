#pragma once
#include "ai/copilot/conversationcopilot.h"

class QNetworkAccessManager;
class QObject;

namespace jack::ops {
class SecretStore;
}
namespace jack::storage {
class WriteQueue;
}

namespace jack::ai {

//! The copilot backed by the hotel's language model: one JSON call writes the summary and the
//! suggested reply from the conversation's brief and the knowledge the offline copilot found.
//! Without a configured model, or when it fails, the offline suggestion is the answer.
class LlmCopilot : public ConversationCopilot {
public:
    //! `db`: a connection of the calling thread; the call runs there (it needs an event loop).
    LlmCopilot(const OfflineEngine &engine, QSqlDatabase db, const ops::SecretStore *secrets,
        storage::WriteQueue *writer, QNetworkAccessManager *network, QObject *context);
    void suggest(const CopilotBrief &brief, Done done) override;

private:
    OfflineCopilot m_offline;
    QSqlDatabase m_db;
    const ops::SecretStore *m_secrets;
    storage::WriteQueue *m_writer;
    QNetworkAccessManager *m_network;
    QObject *m_context;
};

} // namespace jack::ai
