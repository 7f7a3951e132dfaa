#include "ai/intentclassifier.h"

#include "ai/entityextractor.h"
#include "ai/languagedetector.h"
#include "ai/lexicon.h"

#include <QSet>

#include <algorithm>

namespace jack::ai {

namespace {

struct Routing {
    const char *intent;
    const char *department;
    const char *priority;
    bool task;
};

// INTENTS.md, in its order. Questions and small talk open no task.
constexpr Routing routingTable[] = {
    { "request.housekeeping.towels", "housekeeping", "standard", true },
    { "request.housekeeping.cleaning", "housekeeping", "standard", true },
    { "request.housekeeping.amenities", "housekeeping", "standard", true },
    { "request.laundry", "housekeeping", "standard", true },
    { "request.dnd", "housekeeping", "low", true },
    { "request.maintenance", "maintenance", "high", true },
    { "request.maintenance.wifi", "maintenance", "high", true },
    { "request.room_service", "room_service", "standard", true },
    { "request.concierge", "concierge", "standard", true },
    { "request.transport", "concierge", "standard", true },
    { "request.special_occasion", "concierge", "standard", true },
    { "request.wakeup", "front_desk", "standard", true },
    { "request.luggage", "front_desk", "standard", true },
    { "request.room_change", "front_desk", "high", true },
    { "request.lost_found", "front_desk", "standard", true },
    { "request.security", "front_desk", "high", true },
    { "request.noise", "front_desk", "high", true },
    { "request.reservation.modify", "front_desk", "standard", true },
    { "request.reservation.cancel", "front_desk", "high", true },
    { "request.checkout.late", "front_desk", "standard", true },
    { "request.checkin.early", "front_desk", "standard", true },
    { "request.billing.receipt", "front_desk", "standard", true },
    { "request.human", "front_desk", "high", true },
    { "inquiry.checkout", "", "low", false },
    { "inquiry.checkin", "", "low", false },
    { "inquiry.wifi", "", "low", false },
    { "inquiry.amenity", "", "low", false },
    { "inquiry.dining", "", "low", false },
    { "inquiry.location", "", "low", false },
    { "inquiry.billing", "", "low", false },
    { "inquiry.reservation.status", "", "low", false },
    { "inquiry.parking", "", "low", false },
    { "inquiry.accessibility", "", "low", false },
    { "inquiry.pet_policy", "", "low", false },
    { "inquiry.transport", "", "low", false },
    { "inquiry.concierge", "", "low", false },
    { "inquiry.policy", "", "low", false },
    { "inquiry.general", "", "low", false },
    { "feedback.complaint", "front_desk", "high", true },
    { "feedback.compliment", "", "low", false },
    { "greeting", "", "low", false },
    { "farewell", "", "low", false },
    { "emergency", "front_desk", "urgent", true },
    { "unknown", "", "standard", false },
};

const QString unknownIntent = QStringLiteral("unknown");
const QString emergencyIntent = QStringLiteral("emergency");
const QString complimentIntent = QStringLiteral("feedback.compliment");
const QString generalIntent = QStringLiteral("inquiry.general");

bool isSocial(const QString &intent)
{
    return intent == u"greeting" || intent == u"farewell" || intent == complimentIntent;
}

struct Span {
    int start;
    int end;
};

//! What the classifier found in one message before it picks an intent.
struct Evidence {
    double question = 0.0;
    double existence = 0.0; //!< "is there …": a question whether something is there
    double request = 0.0;
    double problem = 0.0;
    double thanks = 0.0;
    QHash<QString, double> intents;
};

double cueScore(const QList<Token> &tokens, const QList<Term> &terms)
{
    double score = 0.0;
    for (const Term &term : terms) {
        if (!Lexicon::find(tokens, term).isEmpty())
            score += term.weight;
    }
    return score;
}

// Confidence from how much evidence the winner has and how far ahead of the runner-up it
// is: one clear topic word and no competitor gives about 0.8.
double confidenceOf(double best, double second)
{
    if (best <= 0.0)
        return 0.0;
    const double value = 0.3 + 0.25 * std::min(best, 2.0) + 0.25 * (best - second) / best;
    return std::clamp(value, 0.05, 0.97);
}

} // namespace

IntentClassifier::IntentClassifier()
{
    // Load the lexicons now rather than on the first guest message.
    (void)Lexicon::shared();
}

QStringList IntentClassifier::intents()
{
    QStringList names;
    for (const Routing &routing : routingTable)
        names.append(QString::fromLatin1(routing.intent));
    return names;
}

void IntentClassifier::route(Classification &classification)
{
    classification.department.clear();
    classification.priority = QStringLiteral("standard");
    classification.requiresAction = false;
    for (const Routing &routing : routingTable) {
        if (classification.intent == QLatin1String(routing.intent)) {
            classification.department = QString::fromLatin1(routing.department);
            classification.priority = QString::fromLatin1(routing.priority);
            classification.requiresAction = routing.task;
            break;
        }
    }
    const QString &intent = classification.intent;
    classification.escalate = intent == u"request.human" || intent == u"feedback.complaint"
        || intent == emergencyIntent || intent == unknownIntent || classification.confidence < 0.5;
}

Classification IntentClassifier::classify(const QString &text) const
{
    return classify(text, QDateTime::currentDateTime());
}

Classification IntentClassifier::classify(const QString &text, const QDateTime &now) const
{
    const Lexicon &lexicon = Lexicon::shared();
    Classification result;
    result.language = LanguageDetector::detect(text);
    const LanguageLexicon *language = lexicon.language(result.language);
    if (language == nullptr)
        language = lexicon.language(QStringLiteral("en"));
    // Stemmed as the lexicon's own terms were: with the Snowball stemmer of its language.
    const QList<Token> tokens
        = Lexicon::tokenize(text, language != nullptr ? language->code : result.language);

    Evidence evidence;
    if (language != nullptr) {
        evidence.question = cueScore(tokens, language->cues.value(QStringLiteral("question")));
        evidence.existence = cueScore(tokens, language->cues.value(QStringLiteral("existence")));
        evidence.request = cueScore(tokens, language->cues.value(QStringLiteral("request")));
        evidence.problem = cueScore(tokens, language->cues.value(QStringLiteral("problem")));
        evidence.thanks = cueScore(tokens, language->cues.value(QStringLiteral("thanks")));
    }
    // A question mark makes a question only when nothing asks for something: "Could you send
    // towels?" is a request.
    if ((text.contains(u'?') || text.contains(u'\u00bf')) && evidence.request <= 0.0)
        evidence.question += 0.5;

    // "don't need", "no hace falta", "pas besoin": the topic words that follow are not wanted.
    QList<Span> negations;
    if (language != nullptr) {
        for (const Term &term : language->cues.value(QStringLiteral("negatedRequest"))) {
            for (int start : Lexicon::find(tokens, term))
                negations.append({ start, start + int(term.words.size()) });
        }
    }
    auto negated = [&negations](int position) {
        return std::any_of(negations.begin(), negations.end(), [position](const Span &span) {
            return span.end <= position && position - span.end <= 4;
        });
    };

    // Every topic term found, longest first: a word belongs to one term only, so "late checkout"
    // is not also "checkout" and "don't clean" is not also "clean".
    struct TopicMatch {
        const QString *topic;
        const Term *term;
        int start;
    };
    QList<TopicMatch> matches;
    auto collect = [&](const QHash<QString, QList<Term>> &sections) {
        for (auto it = sections.begin(); it != sections.end(); ++it) {
            for (const Term &term : it.value()) {
                for (int start : Lexicon::find(tokens, term))
                    matches.append({ &it.key(), &term, start });
            }
        }
    };
    if (language != nullptr) {
        collect(language->topics);
        collect(language->sharedTopics);
    } else {
        collect(lexicon.sharedTopics());
    }
    std::stable_sort(matches.begin(), matches.end(), [](const TopicMatch &a, const TopicMatch &b) {
        if (a.term->words.size() != b.term->words.size())
            return a.term->words.size() > b.term->words.size();
        if (a.term->weight != b.term->weight)
            return a.term->weight > b.term->weight;
        return a.start < b.start;
    });
    QList<bool> used(tokens.size(), false);
    QSet<const Term *> counted;
    QHash<QString, double> topics;
    QHash<QString, double> negatedTopics;
    for (const TopicMatch &match : std::as_const(matches)) {
        const int end = match.start + int(match.term->words.size());
        if (std::any_of(used.begin() + match.start, used.begin() + end, [](bool u) { return u; }))
            continue;
        std::fill(used.begin() + match.start, used.begin() + end, true);
        if (counted.contains(match.term))
            continue;
        counted.insert(match.term);
        if (negated(match.start))
            negatedTopics[*match.topic] += match.term->weight;
        else
            topics[*match.topic] += match.term->weight;
    }

    // An hour settles what check-in and check-out words mean: "can we check out at 2pm" asks
    // for a late check-out, "check in at 10" for an early one (hotels hand rooms over from about
    // 14:00 and want them back by about 12:00).
    const DueTime due
        = EntityExtractor::dueAt(text, language != nullptr ? language->code : result.language, now);
    if (due.time.isValid()) {
        auto move = [&topics](const QString &from, const QString &to) {
            if (topics.contains(from) && !topics.contains(to))
                topics.insert(to, topics.take(from) + 0.5);
        };
        if (due.time > QTime(12, 0))
            move(QStringLiteral("checkout"), QStringLiteral("latecheckout"));
        if (due.time >= QTime(5, 0) && due.time < QTime(13, 0))
            move(QStringLiteral("checkin"), QStringLiteral("earlycheckin"));
    }

    // What the guest does with the topic: reports a problem, asks, or asks for something.
    QString act = QStringLiteral("default");
    if (evidence.problem > 0.0)
        act = QStringLiteral("problem");
    else if (evidence.question > evidence.request)
        act = QStringLiteral("question");
    else if (evidence.request > 0.0)
        act = QStringLiteral("request");
    else if (evidence.question > 0.0)
        act = QStringLiteral("question");

    const auto &routes = lexicon.routes();
    for (auto it = topics.begin(); it != topics.end(); ++it) {
        const auto route = routes.constFind(it.key());
        QString intent = it.key();
        double score = it.value();
        if (route != routes.constEnd()) {
            // "Is there a hair dryer?" asks about the room; "do you have a hair dryer?" asks for
            // one.
            const QString existence = QStringLiteral("existence");
            const bool exists = act == u"question" && evidence.existence > 0.0
                && route->byAct.contains(existence);
            intent = route->byAct.value(
                exists ? existence : act, route->byAct.value(QStringLiteral("default"), intent));
            if (act == u"problem" && route->byAct.contains(act))
                score += 0.5;
        }
        evidence.intents[intent] += score;
    }
    for (auto it = negatedTopics.begin(); it != negatedTopics.end(); ++it) {
        const auto route = routes.constFind(it.key());
        if (route != routes.constEnd() && !route->negated.isEmpty())
            evidence.intents[route->negated] += it.value();
    }
    // Something is broken even when we do not know the object ("nothing works in here").
    if (evidence.problem > 0.0)
        evidence.intents[QStringLiteral("request.maintenance")]
            += 0.8 * std::min(evidence.problem, 1.5);

    // Rank: score first, then INTENTS precedence.
    const QStringList &precedence = lexicon.precedence();
    auto rankOf = [&precedence](const QString &intent) {
        const qsizetype index = precedence.indexOf(intent);
        return index < 0 ? precedence.size() : index;
    };
    QStringList content;
    QStringList social;
    for (auto it = evidence.intents.begin(); it != evidence.intents.end(); ++it) {
        if (it.value() <= 0.0)
            continue;
        (isSocial(it.key()) ? social : content).append(it.key());
    }
    auto byScore = [&](const QString &a, const QString &b) {
        const double sa = evidence.intents.value(a);
        const double sb = evidence.intents.value(b);
        if (std::abs(sa - sb) > 1e-9)
            return sa > sb;
        return rankOf(a) < rankOf(b);
    };
    std::sort(content.begin(), content.end(), byScore);
    std::sort(social.begin(), social.end(), byScore);

    const double contentBest = content.isEmpty() ? 0.0 : evidence.intents.value(content.first());
    const double socialBest = social.isEmpty() ? 0.0 : evidence.intents.value(social.first());
    QString intent;
    double best = 0.0;
    double second = 0.0;
    const bool plainThanks = evidence.thanks > 0.0 && evidence.request <= 0.0
        && evidence.problem <= 0.0 && evidence.question <= 0.0;
    // Praise that asks for nothing ("the breakfast was excellent, thank you") is a compliment
    // even though it names a topic.
    const double praise = evidence.intents.value(complimentIntent);
    const bool plainPraise = praise >= 1.5 && praise >= contentBest && evidence.request <= 0.0
        && evidence.problem <= 0.0 && !text.contains(u'?');
    if (evidence.intents.value(emergencyIntent) >= 2.0) {
        intent = emergencyIntent;
    } else if (plainPraise && (content.isEmpty() || !content.first().startsWith(u"feedback."))) {
        intent = complimentIntent;
        best = praise;
        second
            = std::max(contentBest, social.size() > 1 ? evidence.intents.value(social.at(1)) : 0.0);
        if (social.first() != complimentIntent)
            second = std::max(second, socialBest);
    } else if (!social.isEmpty()
        && (content.isEmpty()
            // "Thanks for the towels!" is not a second request for towels.
            || (plainThanks && content.first().startsWith(u"request.")
                && content.first() != u"request.human"))) {
        intent = social.first();
        best = socialBest;
        second = social.size() > 1 ? evidence.intents.value(social.at(1)) : 0.0;
    } else if (!content.isEmpty()) {
        intent = content.first();
        best = contentBest;
        second = content.size() > 1 ? evidence.intents.value(content.at(1)) : 0.0;
    }
    if (intent == emergencyIntent) {
        best = evidence.intents.value(emergencyIntent);
        second = content.size() > 1 && content.first() == emergencyIntent
            ? evidence.intents.value(content.at(1))
            : contentBest;
        if (second >= best)
            second = 0.0;
    }

    if (intent.isEmpty() && evidence.question >= 1.0) {
        // A question about something no topic covers: the knowledge base may still know.
        intent = generalIntent;
        result.confidence = 0.55;
    } else if (intent.isEmpty()) {
        intent = unknownIntent;
        result.confidence = 0.3;
    } else {
        result.confidence = confidenceOf(best, second);
    }
    result.intent = intent;
    result.wantsPerson = intent != u"request.human"
        && evidence.intents.value(QStringLiteral("request.human")) >= 1.5;
    result.roomNumber = EntityExtractor::roomNumber(text);
    result.items = EntityExtractor::items(text, result.language);
    result.dueAt = due.toIso();
    route(result);
    return result;
}

} // namespace jack::ai
