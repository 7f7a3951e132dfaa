#include "ai/offlineengine.h"

#include "ai/lexicon.h"

#include <QJsonObject>

namespace jack::ai {

namespace {

constexpr double taskThreshold = 0.6; // INTENTS.md: a task needs at least this confidence
constexpr int excerptLength = 120;

QString excerpt(const QString &text)
{
    QString simplified = text.simplified();
    if (simplified.size() > excerptLength) {
        simplified.truncate(excerptLength - 1);
        simplified.append(u'\u2026');
    }
    return simplified;
}

//! " (due 2026-05-12 07:00)" from the classification's dueAt; empty without one.
QString duePart(const Classification &classification)
{
    if (classification.dueAt.isEmpty())
        return {};
    // "2026-05-12T07:00:00" -> "2026-05-12 07:00"
    QString due = classification.dueAt.left(16);
    due.replace(u'T', u' ');
    return QStringLiteral(" (due %1)").arg(due);
}

//! Staff-facing English: "2 towels to room 412", "Late check-out, room 305: “…”".
QString describeTask(const Classification &classification, const QString &text)
{
    QStringList items;
    for (const QJsonValue &value : classification.items) {
        const QJsonObject item = value.toObject();
        items.append(QStringLiteral("%1 %2")
                         .arg(item.value(u"quantity").toInt(1))
                         .arg(item.value(u"name").toString()));
    }
    const QString &room = classification.roomNumber;
    if (!items.isEmpty() && classification.intent.startsWith(u"request.housekeeping")) {
        const QString what = items.join(QStringLiteral(", "));
        return (room.isEmpty() ? what : QStringLiteral("%1 to room %2").arg(what, room))
            + duePart(classification);
    }
    QString label = Lexicon::shared().taskLabels().value(classification.intent).toString();
    if (label.isEmpty())
        label = classification.intent;
    if (!items.isEmpty())
        label += QStringLiteral(" (%1)").arg(items.join(QStringLiteral(", ")));
    if (!room.isEmpty())
        label += QStringLiteral(", room %1").arg(room);
    label += duePart(classification);
    return QStringLiteral("%1: \u201c%2\u201d").arg(label, excerpt(text));
}

} // namespace

OfflineEngine::OfflineEngine() = default;

OfflineAnswer OfflineEngine::answer(
    const QString &text, QSqlDatabase db, const HotelInfo &hotel) const
{
    OfflineAnswer answer;
    answer.classification = m_classifier.classify(text);
    const Classification &classification = answer.classification;
    const QString &intent = classification.intent;
    QStringList reasons;

    if (intent.startsWith(u"inquiry.")) {
        const QList<KnowledgeHit> hits = KnowledgeSearch(std::move(db)).search(text, 3);
        if (hits.isEmpty())
            reasons.append(QStringLiteral("no answer in the knowledge base"));
        else
            answer.sources.append(hits.first());
    }

    if (classification.requiresAction) {
        // An emergency opens its task whatever the confidence: a false alarm costs a phone call.
        answer.createTask = classification.confidence >= taskThreshold || intent == u"emergency";
        if (answer.createTask)
            answer.taskDescription = describeTask(classification, text);
        else
            reasons.append(QStringLiteral("not sure enough of the request to open a task"));
    }

    if (intent == u"request.human" || classification.wantsPerson)
        reasons.prepend(QStringLiteral("guest asked for a person"));
    else if (intent == u"feedback.complaint")
        reasons.prepend(QStringLiteral("guest complaint"));
    else if (intent == u"emergency")
        reasons.prepend(QStringLiteral("emergency reported by the guest"));
    else if (intent == u"unknown")
        reasons.prepend(QStringLiteral("message not understood"));
    if (classification.confidence < 0.5 && intent != u"unknown")
        reasons.append(
            QStringLiteral("low confidence (%1)").arg(classification.confidence, 0, 'f', 2));

    answer.escalate = classification.escalate || !reasons.isEmpty();
    answer.escalationReason = reasons.join(QStringLiteral("; "));
    answer.reply = m_composer.compose(answer, hotel);
    return answer;
}

} // namespace jack::ai
