#include "ai/replycomposer.h"

#include "storage/settingsstore.h"

#include "ai/lexicon.h"

#include <QJsonObject>

namespace jack::ai {

namespace {

const LanguageLexicon *lexiconFor(const QString &language)
{
    const Lexicon &lexicon = Lexicon::shared();
    const LanguageLexicon *found = lexicon.language(language);
    return found != nullptr ? found : lexicon.language(QStringLiteral("en"));
}

//! A reply template in the language, or the English one when the language lacks it.
QString phrase(const LanguageLexicon *language, const QString &key)
{
    if (language != nullptr) {
        const QString text = language->replies.value(key).toString();
        if (!text.isEmpty())
            return text;
    }
    const LanguageLexicon *english = Lexicon::shared().language(QStringLiteral("en"));
    return english != nullptr ? english->replies.value(key).toString() : QString();
}

//! "2 towels and 1 pillow" in the guest's language.
QString itemList(const QJsonArray &items, const LanguageLexicon *language)
{
    QStringList parts;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString name = item.value(u"name").toString();
        const int quantity = item.value(u"quantity").toInt(1);
        QString label = name;
        if (language != nullptr) {
            for (const LexiconItem &known : language->items) {
                if (known.name == name) {
                    label = quantity == 1 ? known.one : known.many;
                    break;
                }
            }
        }
        parts.append(QStringLiteral("%1 %2").arg(quantity).arg(label));
    }
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return parts.join(QStringLiteral(", ")) + u' ' + phrase(language, QStringLiteral("and")) + u' '
        + last;
}

} // namespace

HotelInfo ReplyComposer::hotelInfo(const QSqlDatabase &db)
{
    const QJsonObject json = storage::SettingsStore(db).json(QStringLiteral("hotel"));
    HotelInfo hotel;
    hotel.name = json.value(QLatin1String("name")).toString(QStringLiteral("the hotel"));
    hotel.phone = json.value(QLatin1String("phone")).toString();
    hotel.email = json.value(QLatin1String("email")).toString();
    hotel.checkInTime = json.value(QLatin1String("checkInTime")).toString();
    hotel.checkOutTime = json.value(QLatin1String("checkOutTime")).toString();
    return hotel;
}

QString ReplyComposer::holdingReply(const QString &language)
{
    return phrase(lexiconFor(language), QStringLiteral("holding"));
}

QString ReplyComposer::taskDoneReply(const QString &language, const QJsonArray &items)
{
    const LanguageLexicon *lexicon = lexiconFor(language);
    const QString what = itemList(items, lexicon);
    return phrase(lexicon, QStringLiteral("taskDone"))
        .replace(QStringLiteral("{what}"),
            what.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(what));
}

QString ReplyComposer::compose(const OfflineAnswer &answer, const HotelInfo &hotel) const
{
    const Classification &classification = answer.classification;
    const LanguageLexicon *language = lexiconFor(classification.language);
    const QString &intent = classification.intent;

    // Hotel facts are filled into the templates only, so quoted knowledge stays verbatim.
    auto text = [&](const QString &key) {
        return phrase(language, key)
            .replace(QStringLiteral("{hotel}"), hotel.name)
            .replace(QStringLiteral("{phone}"), hotel.phone)
            .replace(QStringLiteral("{email}"), hotel.email)
            .replace(QStringLiteral("{checkIn}"), hotel.checkInTime)
            .replace(QStringLiteral("{checkOut}"), hotel.checkOutTime);
    };

    QString reply;
    if (intent == u"emergency") {
        reply = text(hotel.phone.isEmpty() ? QStringLiteral("emergencyNoPhone")
                                           : QStringLiteral("emergency"));
    } else if (intent == u"request.human") {
        reply = text(QStringLiteral("human"));
    } else if (intent == u"feedback.complaint") {
        reply = text(QStringLiteral("complaint"));
    } else if (intent.startsWith(u"inquiry.")) {
        if (answer.sources.isEmpty()) {
            reply = text(QStringLiteral("noAnswer"));
        } else {
            // The facts are the knowledge entry's own sentences, never paraphrased.
            QStringList quoted;
            for (const KnowledgeHit &hit : answer.sources)
                quoted.append(hit.sentences.isEmpty() ? hit.content : hit.sentences.join(u' '));
            reply = text(QStringLiteral("answerIntro")) + QStringLiteral("\n\n")
                + quoted.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n")
                + text(QStringLiteral("answerOutro"));
        }
    } else if (intent == u"greeting") {
        reply = text(
            hotel.name.isEmpty() ? QStringLiteral("greetingPlain") : QStringLiteral("greeting"));
    } else if (intent == u"farewell") {
        reply = text(QStringLiteral("farewell"));
    } else if (intent == u"feedback.compliment") {
        reply = text(QStringLiteral("compliment"));
    } else if (classification.requiresAction && answer.createTask) {
        // A request can have its own wording ("we will not disturb you"); otherwise the
        // generic acknowledgement names what was asked for and which team has it.
        const bool own = language != nullptr && language->replies.contains(intent);
        reply = text(own ? intent : QStringLiteral("taskCreated"));
        QString what = itemList(classification.items, language);
        if (what.isEmpty() && language != nullptr)
            what = language->labels.value(intent).toString();
        if (what.isEmpty())
            what = text(QStringLiteral("yourRequest"));
        QString team;
        if (language != nullptr)
            team = language->departments.value(classification.department).toString();
        if (team.isEmpty())
            team = text(QStringLiteral("team"));
        QString roomPart;
        if (!classification.roomNumber.isEmpty()) {
            roomPart = text(QStringLiteral("roomPart"))
                           .replace(QStringLiteral("{room}"), classification.roomNumber);
        }
        reply.replace(QStringLiteral("{what}"), what)
            .replace(QStringLiteral("{team}"), team)
            .replace(QStringLiteral("{roomPart}"), roomPart);
    } else if (classification.requiresAction) {
        reply = text(QStringLiteral("taskUnsure"));
    } else {
        reply = text(QStringLiteral("holding"));
    }
    // "… and I want to speak to a manager": the request is handled and a person is promised.
    if (classification.wantsPerson && intent != u"request.human" && intent != u"emergency")
        reply += u' ' + text(QStringLiteral("humanToo"));
    return reply;
}

} // namespace jack::ai
