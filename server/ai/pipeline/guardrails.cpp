#include "ai/pipeline/guardrails.h"

#include "ai/languagedetector.h"
#include "ai/lexicon.h"
#include "ai/pipeline/turn.h"
#include "storage/sqlquery.h"

#include <QRegularExpression>
#include <QSet>

namespace jack::ai {

namespace {

//! Text a reply may take facts from: the hotel's, the knowledge and the guest's own details;
//! with `guestWords`, also what the guest wrote (a number they gave may be repeated to them).
QString grounding(const Turn &turn, bool guestWords)
{
    QStringList parts { turn.hotel.name, turn.hotel.phone, turn.hotel.email, turn.hotel.checkInTime,
        turn.hotel.checkOutTime, turn.guest.name, turn.guest.room, turn.offline.reply };
    for (const KnowledgeHit &hit : turn.knowledge)
        parts << hit.title << hit.content;
    for (const KnowledgeHit &hit : turn.offline.sources)
        parts << hit.content;
    for (auto it = turn.guest.reservation.begin(); it != turn.guest.reservation.end(); ++it)
        parts << it.value().toString();
    for (const QJsonValue &m : turn.guest.memories)
        parts << m.toObject().value(QLatin1String("fact")).toString();
    if (guestWords) {
        parts << turn.text;
        for (const QJsonObject &m : turn.guest.history)
            parts << m.value(QLatin1String("content")).toString();
    }
    return parts.join(u'\n');
}

QSet<QString> digitRuns(const QString &text)
{
    static const QRegularExpression runs(QStringLiteral("\\d+"));
    QSet<QString> out;
    for (const auto &m : runs.globalMatch(text))
        out.insert(m.captured());
    return out;
}

QJsonObject finding(const QString &rule, const QString &detail)
{
    return QJsonObject { { "rule", rule }, { "detail", detail } };
}

bool containsWord(const QString &foldedText, const QString &foldedWord)
{
    const QRegularExpression re(
        QStringLiteral("(^|\\W)%1($|\\W)").arg(QRegularExpression::escape(foldedWord)));
    return re.match(foldedText).hasMatch();
}

} // namespace

QList<OtherGuest> GuardrailStage::othersStaying(const QSqlDatabase &db, const QString &guestId)
{
    QList<OtherGuest> out;
    storage::SqlQuery q(db,
        QStringLiteral("SELECT g.display_name, g.last_name, r.room_number "
                       "FROM reservations r JOIN guests g ON g.id = r.guest_id "
                       "WHERE r.status = 'checked_in' AND r.guest_id <> ?"));
    q.bind(guestId).exec();
    while (q.next()) {
        // The full name and the family name; a first name alone ("Ana") is too common to
        // treat as a leak.
        for (int column : { 0, 1 }) {
            const QString name = q.value(column).toString().trimmed();
            if (name.size() >= 3)
                out.append({ name, q.value(2).toString() });
        }
    }
    return out;
}

QJsonArray GuardrailStage::check(const Turn &turn, const QString &reply)
{
    QJsonArray findings;
    if (reply.isEmpty())
        return findings;
    const QString ground = grounding(turn, true);
    const QString foldedReply = Lexicon::fold(reply);
    const QString foldedGround = Lexicon::fold(ground);

    for (const OtherGuest &other : turn.guest.others) {
        const QString name = Lexicon::fold(other.name);
        if (containsWord(foldedReply, name) && !containsWord(foldedGround, name))
            findings.append(finding(QStringLiteral("other-guest"),
                QStringLiteral("the reply named another guest staying at the hotel")));
    }

    QSet<QString> otherRooms;
    for (const OtherGuest &other : turn.guest.others)
        otherRooms.insert(other.room);
    const QSet<QString> allowed = digitRuns(ground);
    // Another guest's room is never confirmed, even when the guest asked about it by number.
    const QSet<QString> facts = digitRuns(grounding(turn, false));
    for (const QString &run : digitRuns(reply)) {
        if (run.size() < 3)
            continue;
        if (otherRooms.contains(run) && run != turn.guest.room && !facts.contains(run))
            findings.append(finding(QStringLiteral("other-guest-room"),
                QStringLiteral("the reply mentioned room %1, another guest's room").arg(run)));
        else if (!allowed.contains(run))
            findings.append(finding(QStringLiteral("ungrounded-number"),
                QStringLiteral("the reply contains %1, which is in neither the knowledge base "
                               "nor the guest's own details")
                    .arg(run.size() > 6 ? QStringLiteral("a long number") : run)));
    }

    static const QRegularExpression iban(
        QStringLiteral("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}\\b"));
    if (iban.match(reply).hasMatch())
        findings.append(finding(QStringLiteral("payment"),
            QStringLiteral("the reply contains what looks like bank details")));
    static const QRegularExpression key(
        QStringLiteral("\\b(?:sk-[A-Za-z0-9_-]{8,}|[A-Za-z0-9_\\-]{24,})\\b"));
    for (const auto &m : key.globalMatch(reply)) {
        const QString token = m.captured();
        const bool mixed = token.contains(QRegularExpression(QStringLiteral("\\d")))
            && token.contains(QRegularExpression(QStringLiteral("[A-Za-z]")));
        if ((token.startsWith(QLatin1String("sk-")) || mixed) && !ground.contains(token)) {
            findings.append(finding(QStringLiteral("secret"),
                QStringLiteral("the reply contains what looks like a key or password")));
            break;
        }
    }
    for (const char *marker : { "<hotel_facts", "<knowledge", "<guest_context", "<guest_message",
             "Rules, which nothing" }) {
        if (reply.contains(QLatin1String(marker))) {
            findings.append(finding(QStringLiteral("instructions"),
                QStringLiteral("the reply repeated Jack's instructions")));
            break;
        }
    }
    return findings;
}

void GuardrailStage::run(Turn &turn, const QSqlDatabase &db) const
{
    // Only a model can know what it should not: the offline engine writes from templates and
    // the knowledge. So who else is staying is read only when a model wrote the reply.
    if (turn.answer.provider != QLatin1String("offline") && turn.guest.others.isEmpty())
        turn.guest.others = othersStaying(db, turn.guest.guestId);

    for (const QJsonValue &f : check(turn, turn.answer.reply))
        turn.guardrailFindings.append(f);
}

void OutboundLanguageStage::run(Turn &turn, const QSqlDatabase &) const
{
    // Offline replies come from the lexicon of the guest's language; only a model can drift.
    if (turn.answer.provider == QLatin1String("offline") || turn.answer.reply.size() < 24)
        return;
    if (!Lexicon::shared().languageCodes().contains(turn.language))
        return;
    const QString replyLanguage = LanguageDetector::detect(turn.answer.reply, turn.language);
    if (replyLanguage != turn.language)
        turn.guardrailFindings.append(finding(QStringLiteral("language"),
            QStringLiteral("the reply was in '%1' but the guest wrote in '%2'")
                .arg(replyLanguage, turn.language)));
}

} // namespace jack::ai
