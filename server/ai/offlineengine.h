#pragma once
#include "ai/intentclassifier.h"
#include "ai/knowledgesearch.h"
#include "ai/replycomposer.h"

#include <QSqlDatabase>
#include <QString>

namespace jack::ai {

//! Jack's built-in AI: no network, no model. Classifies the message, answers questions from the
//! knowledge base by quoting it, acknowledges requests and says which task to open, and hands
//! everything it cannot handle to a person.
class OfflineEngine {
public:
    OfflineEngine();

    //! db: a connection of the calling thread with the knowledge tables.
    [[nodiscard]] OfflineAnswer answer(
        const QString &text, QSqlDatabase db, const HotelInfo &hotel) const;
    [[nodiscard]] const IntentClassifier &classifier() const { return m_classifier; }

private:
    IntentClassifier m_classifier;
    ReplyComposer m_composer;
};

} // namespace jack::ai
