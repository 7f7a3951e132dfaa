#include "ai/knowledge/offlineknowledgeanswerer.h"

#include "storage/settingsstore.h"

#include <QJsonObject>

namespace jack::ai {

HotelInfo OfflineKnowledgeAnswerer::hotelInfo(const QSqlDatabase &db)
{
    return ReplyComposer::hotelInfo(db);
}

void OfflineKnowledgeAnswerer::answer(
    const QString &question, const QList<KnowledgeHit> &retrieved, QSqlDatabase db, Done done)
{
    const HotelInfo hotel = hotelInfo(db);
    OfflineAnswer offline = m_engine.answer(question, db, hotel);
    // The engine quotes its own full-text hit; hybrid retrieval may know better (a vector
    // neighbour, a fused ranking). Same templates, same verbatim quoting, better source.
    if (offline.classification.intent.startsWith(u"inquiry.") && !retrieved.isEmpty()
        && (offline.sources.isEmpty() || offline.sources.first().id != retrieved.first().id)) {
        offline.sources = { retrieved.first() };
        offline.reply = m_composer.compose(offline, hotel);
    } else if (!offline.sources.isEmpty() && !retrieved.isEmpty()) {
        // Same entry: keep the engine's sentences, report the fused score.
        offline.sources.first().score = retrieved.first().score;
        offline.sources.first().similarity = retrieved.first().similarity;
    }
    KnowledgeAnswer result;
    result.answer = offline.reply;
    result.language = offline.classification.language;
    result.intent = offline.classification.intent;
    result.confidence = offline.classification.confidence;
    result.provider = QStringLiteral("offline");
    result.sources = offline.sources;
    result.escalate = offline.escalate;
    done(result);
}

} // namespace jack::ai
