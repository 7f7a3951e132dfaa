#include "ai/lexicon.h"

#include "ai/stemmer.h"
#include "ops/logging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace jack::ai {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02bc' || c == u'`' || c == u'\u00b4';
}

// English clitics that carry no meaning for us ("what's", "I'm", "we'll").
bool isDroppedClitic(const QString &part)
{
    static const QSet<QString> clitics { QStringLiteral("s"), QStringLiteral("re"),
        QStringLiteral("ve"), QStringLiteral("ll"), QStringLiteral("d"), QStringLiteral("m") };
    return clitics.contains(part);
}

void appendChunk(QList<Token> &tokens, const QString &chunk, const QString &language)
{
    if (chunk.isEmpty())
        return;
    QStringList parts;
    QString current;
    for (QChar c : chunk) {
        if (isApostrophe(c)) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    QStringList words;
    for (int i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.isEmpty())
            continue;
        if (i > 0 && !words.isEmpty()) {
            // "don't" -> "dont", "can't" -> "cant"; "what's" -> "what"; French and Italian
            // elisions ("l'eau", "dell'acqua") stay two words.
            if (part == u"t" && words.last().endsWith(u'n')) {
                words.last().append(u't');
                continue;
            }
            if (isDroppedClitic(part) && i == parts.size() - 1)
                continue;
        }
        words.append(part);
    }
    for (const QString &word : std::as_const(words))
        tokens.append(Token { word, Lexicon::stem(word, language) });
}

QList<Term> parseTerms(const QJsonValue &value, const QString &language = QString())
{
    QList<Term> terms;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        Term term = Lexicon::parseTerm(entry.toString(), language);
        if (!term.words.isEmpty())
            terms.append(term);
    }
    return terms;
}

QHash<QString, QList<Term>> parseSections(
    const QJsonObject &object, const QString &language = QString())
{
    QHash<QString, QList<Term>> sections;
    for (auto it = object.begin(); it != object.end(); ++it)
        sections.insert(it.key(), parseTerms(it.value(), language));
    return sections;
}

QStringList foldedList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &entry : value.toArray()) {
        QStringList words;
        for (const Token &token : Lexicon::tokenize(entry.toString()))
            words.append(token.word);
        if (!words.isEmpty())
            list.append(words.join(u' '));
    }
    return list;
}

TimeWords parseTimeWords(const QJsonObject &object)
{
    TimeWords time;
    QHash<QString, TimeWords::Phrase> phrases; // by folded text, so flags of one phrase merge
    auto addPhrases = [&](const char *key, int flag, bool weekdays = false) {
        const QStringList list = foldedList(object.value(QLatin1String(key)));
        for (int i = 0; i < list.size(); ++i) {
            TimeWords::Phrase &phrase = phrases[list.at(i)];
            phrase.words = list.at(i).split(u' ');
            phrase.flags |= flag;
            if (weekdays)
                phrase.weekday = i + 1;
        }
    };
    addPhrases("today", TimeWords::Today);
    addPhrases("tomorrow", TimeWords::Tomorrow);
    addPhrases("dayAfterTomorrow", TimeWords::DayAfterTomorrow);
    addPhrases("morning", TimeWords::Morning);
    addPhrases("afternoon", TimeWords::Afternoon);
    addPhrases("noon", TimeWords::Noon);
    addPhrases("midnight", TimeWords::Midnight);
    addPhrases("ignore", 0);
    addPhrases("weekdays", 0, true);
    time.phrases = phrases.values();
    std::sort(time.phrases.begin(), time.phrases.end(),
        [](const TimeWords::Phrase &a, const TimeWords::Phrase &b) {
            if (a.words.size() != b.words.size())
                return a.words.size() > b.words.size();
            return a.words < b.words;
        });
    time.hourBefore = foldedList(object.value(u"hourBefore"));
    time.hourAfter = foldedList(object.value(u"hourAfter"));
    const QJsonObject words = object.value(u"hourWords").toObject();
    for (auto it = words.begin(); it != words.end(); ++it)
        time.hourWords.insert(Lexicon::fold(it.key()), it.value().toInt());
    return time;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ops::Logging::get("ai")->error("cannot read lexicon {}", path.toStdString());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        ops::Logging::get("ai")->error("lexicon {} is not valid JSON: {} at offset {}",
            path.toStdString(), error.errorString().toStdString(), error.offset);
        return {};
    }
    return document.object();
}

} // namespace

const Lexicon &Lexicon::shared()
{
    static const Lexicon lexicon;
    return lexicon;
}

Lexicon::Lexicon()
{
    const QDir dir(QStringLiteral(":/lexicons"));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QJsonObject root = readJson(dir.filePath(file));
        if (file == u"common.json")
            loadCommon(root);
        else if (!root.isEmpty())
            loadLanguage(root);
    }
    if (m_codes.isEmpty())
        ops::Logging::get("ai")->error("no lexicons found under :/lexicons");
    // Shared topics meet guest text stemmed in its language, so each language gets its copy.
    for (LanguageLexicon &language : m_languages)
        language.sharedTopics = parseSections(m_sharedTopicSpecs, language.code);
    // Words every language uses ("wifi", "taxi") say nothing about which one the guest writes.
    for (const QList<Term> &terms : std::as_const(m_sharedTopics)) {
        for (const Term &term : terms) {
            for (const QString &word : term.words) {
                for (LanguageLexicon &language : m_languages)
                    language.vocabulary.remove(word);
            }
        }
    }
}

void Lexicon::loadCommon(const QJsonObject &root)
{
    m_sharedTopicSpecs = root.value(u"sharedTopics").toObject();
    m_sharedTopics = parseSections(m_sharedTopicSpecs);
    const QJsonObject routes = root.value(u"routes").toObject();
    for (auto it = routes.begin(); it != routes.end(); ++it) {
        TopicRoute route;
        const QJsonObject object = it.value().toObject();
        for (auto act = object.begin(); act != object.end(); ++act) {
            if (act.key() == u"negated")
                route.negated = act.value().toString();
            else
                route.byAct.insert(act.key(), act.value().toString());
        }
        m_routes.insert(it.key(), route);
    }
    m_taskLabels = root.value(u"taskLabels").toObject();
    for (const QString &word : foldedList(root.value(u"notHours")))
        m_notHours.insert(word);
    for (const QJsonValue &word : root.value(u"searchStopwords").toArray()) {
        for (const Token &token : tokenize(word.toString()))
            m_stopwords.insert(token.stem);
    }
    for (const QJsonValue &intent : root.value(u"precedence").toArray())
        m_precedence.append(intent.toString());
    for (const QJsonValue &value : root.value(u"knowledgeSynonyms").toArray()) {
        const QJsonObject object = value.toObject();
        Synonym synonym;
        synonym.terms = parseTerms(object.value(u"terms"));
        for (const QJsonValue &word : object.value(u"expand").toArray())
            synonym.expand.append(word.toString());
        synonym.sentencesOnly = object.value(u"sentencesOnly").toBool();
        m_synonyms.append(synonym);
    }
}

void Lexicon::loadLanguage(const QJsonObject &root)
{
    LanguageLexicon lexicon;
    lexicon.code = root.value(u"language").toString();
    if (lexicon.code.isEmpty())
        return;
    for (const QJsonValue &word : root.value(u"stopwords").toArray()) {
        const QString folded = fold(word.toString());
        for (const Token &token : tokenize(folded)) {
            lexicon.vocabulary.insert(token.stem, 1.0);
            m_stopwords.insert(token.stem);
        }
    }
    // Language detection reads light stems (Lexicon::tokenize(text)); matching reads this
    // language's Snowball stems.
    const QJsonObject cues = root.value(u"cues").toObject();
    const QJsonObject topics = root.value(u"topics").toObject();
    lexicon.cues = parseSections(cues, lexicon.code);
    lexicon.topics = parseSections(topics, lexicon.code);
    // Content words count for detection too, at a lower weight than function words.
    auto addVocabulary = [&lexicon](const QHash<QString, QList<Term>> &sections) {
        for (const QList<Term> &terms : sections) {
            for (const Term &term : terms) {
                for (int i = 0; i < term.words.size(); ++i) {
                    if (!term.prefix.at(i) && !lexicon.vocabulary.contains(term.words.at(i)))
                        lexicon.vocabulary.insert(term.words.at(i), 0.6);
                }
            }
        }
    };
    // Not the "is there" cues: short words such as "ce" or "ha" belong to several languages.
    QJsonObject detectionCues = cues;
    detectionCues.remove(QStringLiteral("existence"));
    addVocabulary(parseSections(detectionCues));
    addVocabulary(parseSections(topics));
    const QJsonObject numbers = root.value(u"numbers").toObject();
    for (auto it = numbers.begin(); it != numbers.end(); ++it)
        lexicon.numbers.insert(fold(it.key()), it.value().toInt());
    for (const QJsonValue &word : root.value(u"roomWords").toArray())
        lexicon.roomWords.append(fold(word.toString()));
    const QJsonObject items = root.value(u"items").toObject();
    for (auto it = items.begin(); it != items.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        LexiconItem item;
        item.name = it.key();
        item.terms = parseTerms(object.value(u"terms"), lexicon.code);
        item.one = object.value(u"one").toString();
        item.many = object.value(u"many").toString(item.one);
        lexicon.items.append(item);
    }
    lexicon.replies = root.value(u"replies").toObject();
    lexicon.labels = root.value(u"labels").toObject();
    lexicon.departments = root.value(u"departments").toObject();
    lexicon.time = parseTimeWords(root.value(u"time").toObject());
    m_codes.append(lexicon.code);
    m_languages.insert(lexicon.code, lexicon);
}

const LanguageLexicon *Lexicon::language(const QString &code) const
{
    const auto it = m_languages.constFind(code);
    return it == m_languages.constEnd() ? nullptr : &it.value();
}

QString Lexicon::fold(const QString &text)
{
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        if (c == u'\u00df')
            folded.append(QStringLiteral("ss"));
        else if (c == u'\u00e6')
            folded.append(QStringLiteral("ae"));
        else if (c == u'\u0153')
            folded.append(QStringLiteral("oe"));
        else if (c == u'\u00f8')
            folded.append(u'o');
        else
            folded.append(c);
    }
    return folded;
}

QList<Token> Lexicon::tokenize(const QString &text)
{
    return tokenize(text, QString());
}

QList<Token> Lexicon::tokenize(const QString &text, const QString &language)
{
    const QString folded = fold(text);
    QList<Token> tokens;
    QString chunk;
    for (int i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        const bool inWord = c.isLetterOrNumber()
            || (isApostrophe(c) && !chunk.isEmpty() && i + 1 < folded.size()
                && folded.at(i + 1).isLetterOrNumber());
        if (inWord) {
            chunk.append(c);
        } else {
            appendChunk(tokens, chunk, language);
            chunk.clear();
        }
    }
    appendChunk(tokens, chunk, language);
    return tokens;
}

QString Lexicon::stem(const QString &input)
{
    QString word = input;
    if (word.size() < 4)
        return word;
    for (QChar c : word) {
        if (c.isDigit())
            return word;
    }
    // Plurals of the Latin-script languages we serve.
    if (word.size() >= 5 && word.endsWith(u"ies")) {
        word.chop(3);
        word.append(u'y');
    } else if (word.size() >= 5 && word.endsWith(u"es")) {
        word.chop(2);
    } else if (word.endsWith(u's') && !word.endsWith(u"ss") && !word.endsWith(u"us")
        && !word.endsWith(u"is")) {
        word.chop(1);
    } else if (word.size() >= 5 && word.endsWith(u'x')) {
        word.chop(1);
    }
    // Verb endings, at most twice, so that every form of a word reaches the same stem.
    // No "-er"/"-en": they merge too many unrelated words (charger/charge, shower/show); German
    // plurals such as "Handtücher" are covered by prefix terms in the lexicon instead.
    static const QStringList endings { QStringLiteral("ing"), QStringLiteral("ed"),
        QStringLiteral("e") };
    for (int round = 0; round < 2; ++round) {
        bool changed = false;
        for (const QString &ending : endings) {
            if (word.size() >= 5 && word.size() - ending.size() >= 3 && word.endsWith(ending)) {
                word.chop(ending.size());
                changed = true;
                break;
            }
        }
        if (!changed)
            break;
    }
    return word;
}

QString Lexicon::stem(const QString &word, const QString &language)
{
    return Stemmer::supports(language) ? Stemmer::stem(word, language) : stem(word);
}

Term Lexicon::parseTerm(const QString &spec)
{
    return parseTerm(spec, QString());
}

Term Lexicon::parseTerm(const QString &spec, const QString &language)
{
    Term term;
    QString text = spec.trimmed();
    const qsizetype caret = text.lastIndexOf(u'^');
    if (caret > 0) {
        bool ok = false;
        const double weight = text.mid(caret + 1).toDouble(&ok);
        if (ok) {
            term.weight = weight;
            text.truncate(caret);
        }
    }
    const QStringList chunks = text.split(u' ', Qt::SkipEmptyParts);
    bool anyExact = false;
    QList<bool> exact;
    for (QString chunk : chunks) {
        const bool isExact = chunk.startsWith(u'=');
        if (isExact)
            chunk.remove(0, 1);
        const bool prefix = chunk.endsWith(u'*');
        const QList<Token> tokens = tokenize(prefix ? chunk.chopped(1) : chunk, language);
        for (int i = 0; i < tokens.size(); ++i) {
            const bool isPrefix = prefix && i == tokens.size() - 1;
            term.words.append(isPrefix || isExact ? tokens.at(i).word : tokens.at(i).stem);
            term.prefix.append(isPrefix);
            exact.append(isExact && !isPrefix);
            anyExact = anyExact || exact.last();
        }
    }
    if (anyExact)
        term.exact = exact;
    return term;
}

QList<int> Lexicon::find(const QList<Token> &tokens, const Term &term)
{
    QList<int> positions;
    const int length = int(term.words.size());
    if (length == 0)
        return positions;
    for (int start = 0; start + length <= tokens.size(); ++start) {
        bool match = true;
        for (int i = 0; i < length && match; ++i) {
            const Token &token = tokens.at(start + i);
            const QString &word = term.words.at(i);
            if (term.prefix.at(i))
                match = token.word.startsWith(word) || token.stem.startsWith(word);
            else if (!term.exact.isEmpty() && term.exact.at(i))
                match = token.word == word;
            else
                match = token.stem == word;
        }
        if (match)
            positions.append(start);
    }
    return positions;
}

} // namespace jack::ai
