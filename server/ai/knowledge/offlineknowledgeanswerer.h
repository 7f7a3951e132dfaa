#pragma once
#include "ai/knowledge/knowledgeanswerer.h"
#include "ai/offlineengine.h"

namespace jack::ai {

//! The offline engine as an answer strategy: its classification, escalation and reply
//! templates, quoting the best entry of hybrid retrieval when the engine answers from the
//! knowledge base (an inquiry).
class OfflineKnowledgeAnswerer : public KnowledgeAnswerer {
public:
    void answer(const QString &question, const QList<KnowledgeHit> &retrieved, QSqlDatabase db,
        Done done) override;

    //! The hotel facts a reply may mention, from the "hotel" settings.
    [[nodiscard]] static HotelInfo hotelInfo(const QSqlDatabase &db);

private:
    OfflineEngine m_engine;
    ReplyComposer m_composer;
};

} // namespace jack::ai
