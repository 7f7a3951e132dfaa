#include "ai/knowledge/importcandidates.h"

#include "ai/intentclassifier.h"
#include "ai/lexicon.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QSet>

namespace jack::ai {

namespace {
QSet<QString> wordSet(const QString &text)
{
    QSet<QString> words;
    for (const Token &token : Lexicon::tokenize(text))
        words.insert(token.word);
    return words;
}

struct Existing {
    QString id;
    QString normalised;
    QSet<QString> words;
};
} // namespace

QJsonObject ImportCandidate::toJson() const
{
    return QJsonObject { { "title", title }, { "content", content }, { "category", category },
        { "sourceUrl", sourceUrl },
        { "duplicateOf", duplicateOf.isEmpty() ? QJsonValue() : QJsonValue(duplicateOf) },
        { "closestId", closestId.isEmpty() ? QJsonValue() : QJsonValue(closestId) },
        { "similarity", qRound(similarity * 100.0) / 100.0 } };
}

QString ImportCandidates::normalised(const QString &text)
{
    QStringList words;
    for (const Token &token : Lexicon::tokenize(text))
        words.append(token.word);
    return words.join(u' ');
}

double ImportCandidates::similarity(const QString &a, const QString &b)
{
    const QSet<QString> x = wordSet(a);
    const QSet<QString> y = wordSet(b);
    if (x.isEmpty() || y.isEmpty())
        return 0.0;
    const qsizetype common = QSet<QString>(x).intersect(y).size();
    return double(common) / double(x.size() + y.size() - common);
}

QString ImportCandidates::guessCategory(const QString &title, const QString &content)
{
    // The offline engine's intents already know hotel topics in six languages; their families
    // map onto the categories the demo hotel (and the API docs) use.
    static const QList<QPair<QString, QString>> byIntent {
        { QStringLiteral("inquiry.dining"), QStringLiteral("dining") },
        { QStringLiteral("request.room_service"), QStringLiteral("dining") },
        { QStringLiteral("inquiry.wifi"), QStringLiteral("amenity") },
        { QStringLiteral("inquiry.parking"), QStringLiteral("amenity") },
        { QStringLiteral("inquiry.accessibility"), QStringLiteral("amenity") },
        { QStringLiteral("inquiry.amenity"), QStringLiteral("amenity") },
        { QStringLiteral("inquiry.checkin"), QStringLiteral("policy") },
        { QStringLiteral("inquiry.checkout"), QStringLiteral("policy") },
        { QStringLiteral("inquiry.pet_policy"), QStringLiteral("policy") },
        { QStringLiteral("inquiry.policy"), QStringLiteral("policy") },
        { QStringLiteral("request.checkin"), QStringLiteral("policy") },
        { QStringLiteral("request.checkout"), QStringLiteral("policy") },
        { QStringLiteral("request.reservation.cancel"), QStringLiteral("policy") },
        { QStringLiteral("inquiry.transport"), QStringLiteral("local_info") },
        { QStringLiteral("request.transport"), QStringLiteral("local_info") },
        { QStringLiteral("inquiry.location"), QStringLiteral("local_info") },
        { QStringLiteral("inquiry.concierge"), QStringLiteral("local_info") },
        { QStringLiteral("request.laundry"), QStringLiteral("service") },
        { QStringLiteral("request.luggage"), QStringLiteral("service") },
        { QStringLiteral("request.wakeup"), QStringLiteral("service") },
        { QStringLiteral("request.housekeeping"), QStringLiteral("service") },
        { QStringLiteral("request.concierge"), QStringLiteral("service") },
    };
    static const IntentClassifier classifier;
    // The heading says what the section is about; the body may mention other topics.
    for (const QString &text : QStringList { title, title + QStringLiteral(". ") + content }) {
        const QString intent = classifier.classify(text).intent;
        for (const auto &[prefix, category] : byIntent) {
            if (intent.startsWith(prefix))
                return category;
        }
    }
    return QStringLiteral("faq");
}

QList<ImportCandidate> ImportCandidates::fromPages(
    const QList<HtmlPage> &pages, const QSqlDatabase &db)
{
    QList<Existing> existing;
    storage::SqlQuery q(db, QStringLiteral("SELECT id, title, content FROM knowledge"));
    q.exec();
    while (q.next()) {
        const QString text = q.value(2).toString();
        existing.append({ q.value(0).toString(), normalised(text), wordSet(text) });
    }

    QList<ImportCandidate> candidates;
    QSet<QString> seen; // normalised contents already proposed
    for (const HtmlPage &page : pages) {
        for (const PageSection &section : page.sections) {
            const QString key = normalised(section.content);
            if (key.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            ImportCandidate c;
            c.title = section.title.left(200);
            c.content = section.content;
            QUrl source = page.url;
            if (!section.anchor.isEmpty())
                source.setFragment(section.anchor);
            c.sourceUrl = source.toString();
            c.category = guessCategory(c.title, c.content);
            const QSet<QString> words = wordSet(c.content);
            for (const Existing &e : std::as_const(existing)) {
                double s = 0.0;
                if (e.normalised == key) {
                    s = 1.0;
                } else if (!words.isEmpty() && !e.words.isEmpty()) {
                    const qsizetype common = QSet<QString>(words).intersect(e.words).size();
                    s = double(common) / double(words.size() + e.words.size() - common);
                }
                if (s > c.similarity) {
                    c.similarity = s;
                    c.closestId = e.id;
                }
            }
            if (c.similarity >= kDuplicateSimilarity)
                c.duplicateOf = c.closestId;
            candidates.append(c);
        }
    }
    return candidates;
}

} // namespace jack::ai
