#pragma once
#include "ai/knowledgesearch.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace jack::ai {

//! An answer to a question about the hotel, with the knowledge it stands on.
struct KnowledgeAnswer {
    QString answer;
    QString language;
    QString intent;
    double confidence = 0.0;
    QString provider; //!< "offline", or the language model's app id
    QList<KnowledgeHit> sources; //!< the entries the answer quotes or was written from
    bool escalate = false;
};

//! Writes the answer to a question from the entries hybrid retrieval found for it. The
//! offline engine is one strategy; a language model can be another. Called in the AI thread;
//! `done` is called exactly once, possibly later.
class KnowledgeAnswerer {
public:
    using Done = std::function<void(const KnowledgeAnswer &)>;
    virtual ~KnowledgeAnswerer() = default;
    //! `retrieved`: best first. `db`: a read connection of the calling thread.
    virtual void answer(
        const QString &question, const QList<KnowledgeHit> &retrieved, QSqlDatabase db, Done done)
        = 0;
};

} // namespace jack::ai
