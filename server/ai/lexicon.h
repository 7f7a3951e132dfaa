#pragma once
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace jack::ai {

//! One word of a guest message: folded (lowercase, no accents) and stemmed, with the Snowball
//! stemmer of its language or, without a language, the light stemmer shared by all.
struct Token {
    QString word;
    QString stem;
};

//! A lexicon entry: a phrase of one or more words, each matched by stem or, with a trailing
//! '*', as a prefix ("funktionier*"), or with a leading '=', as exactly that word ("=rauch",
//! where the stem would also match "rauchen"); "fire^2" weighs 2.
struct Term {
    QStringList words; //!< stems, or folded words where prefix[i] or exact[i]
    QList<bool> prefix;
    double weight = 1.0;
    QList<bool> exact; //!< empty, or one flag per word
};

//! A product a guest can ask for ("towels"), with the words that name it in one language.
struct LexiconItem {
    QString name; //!< English, used in tasks: "towels"
    QList<Term> terms;
    QString one; //!< label for the guest reply, singular and plural
    QString many;
};

//! The words that place a request in time in one language: days, parts of the day and the words
//! around an hour ("a las 7", "19 Uhr"). Matched on folded words, not stems.
struct TimeWords {
    enum Flag {
        Today = 1,
        Tomorrow = 2,
        DayAfterTomorrow = 4,
        Morning = 8,
        Afternoon = 16, //!< afternoon, evening or night: an hour below 12 is pm
        Noon = 32,
        Midnight = 64,
    };
    //! A day or part-of-day phrase ("mañana por la mañana": Tomorrow | Morning); no flags and
    //! no weekday for phrases to skip ("guten Morgen").
    struct Phrase {
        QStringList words;
        int flags = 0;
        int weekday = 0; //!< 1 = Monday … 7 = Sunday, 0 none
    };
    QList<Phrase> phrases; //!< longest first
    QStringList hourBefore; //!< folded phrases that make the number after them an hour
    QStringList hourAfter; //!< folded words that make the number before them an hour
    QHash<QString, int> hourWords; //!< "siete" -> 7
};

//! Everything Jack knows about one language: function words, cues, topics, items and the
//! reply templates. Cue, topic and item terms hold Snowball stems of this language: match them
//! against Lexicon::tokenize(text, code).
struct LanguageLexicon {
    QString code;
    QHash<QString, double> vocabulary; //!< folded word -> weight for language detection
    QHash<QString, QList<Term>> cues; //!< "question", "request", "problem", "negatedRequest"
    QHash<QString, QList<Term>> topics;
    //! common.json's shared topics, stemmed for this language.
    QHash<QString, QList<Term>> sharedTopics;
    QHash<QString, int> numbers; //!< folded number word -> value
    QStringList roomWords; //!< folded words introducing a room number ("room", "quarto")
    QList<LexiconItem> items;
    QJsonObject replies; //!< template name -> text with {placeholders}
    QJsonObject labels; //!< intent -> short noun phrase for acknowledgements
    QJsonObject departments; //!< department -> name of the team in this language
    TimeWords time;
};

//! How a topic becomes an intent depending on what the guest does with it.
struct TopicRoute {
    QHash<QString, QString> byAct; //!< "question" | "request" | "problem" | "default" -> intent
    QString negated; //!< intent a negated request turns into ("don't clean" -> request.dnd)
};

//! A group of words in any language that mean the same thing to the knowledge base.
struct Synonym {
    QList<Term> terms;
    QStringList expand; //!< English words or phrases to search for
    bool sentencesOnly = false; //!< only used to pick sentences, never sent to the index
};

//! The lexicons compiled into jack-ai (resources/lexicons), loaded once, and the text
//! normalisation every part of the offline engine shares.
class Lexicon {
public:
    //! The lexicons from :/lexicons; loaded on first use, thread-safe, never unloaded.
    [[nodiscard]] static const Lexicon &shared();

    //! Lowercase, accents removed, ß -> ss, æ/œ -> ae/oe.
    [[nodiscard]] static QString fold(const QString &text);
    //! Folded words; "don't" -> "dont", "l'eau" -> "l", "eau"; hyphens separate words
    //! ("wi-fi" -> "wi", "fi"; "pouvez-vous" -> "pouvez", "vous"), as in the FTS5 tokenizer.
    [[nodiscard]] static QList<Token> tokenize(const QString &text);
    //! As tokenize(text), each stem from stem(word, language).
    [[nodiscard]] static QList<Token> tokenize(const QString &text, const QString &language);
    //! Light suffix stripping shared by all languages (plurals, -ing, -ed, -en, -er, -e).
    [[nodiscard]] static QString stem(const QString &word);
    //! The Snowball stem of a folded word in the language (Stemmer); the light stem for a
    //! language without a Snowball stemmer, or an empty language.
    [[nodiscard]] static QString stem(const QString &word, const QString &language);
    [[nodiscard]] static Term parseTerm(const QString &spec);
    //! A term whose words are stemmed as stem(word, language) stems them.
    [[nodiscard]] static Term parseTerm(const QString &spec, const QString &language);
    //! Start positions where the term occurs in the tokens.
    [[nodiscard]] static QList<int> find(const QList<Token> &tokens, const Term &term);

    [[nodiscard]] const LanguageLexicon *language(const QString &code) const;
    [[nodiscard]] QStringList languageCodes() const { return m_codes; }
    //! Topic terms that are the same in every language ("wifi", "spa", "taxi"), light stems.
    [[nodiscard]] const QHash<QString, QList<Term>> &sharedTopics() const { return m_sharedTopics; }
    [[nodiscard]] const QHash<QString, TopicRoute> &routes() const { return m_routes; }
    //! Intents in tie-break order: earlier wins an equal score.
    [[nodiscard]] const QStringList &precedence() const { return m_precedence; }
    [[nodiscard]] const QList<Synonym> &synonyms() const { return m_synonyms; }
    //! Function words of every language; never sent to the knowledge index.
    [[nodiscard]] const QSet<QString> &stopwords() const { return m_stopwords; }
    //! Folded words of every language that, right after a number, make it no hour.
    [[nodiscard]] const QSet<QString> &notHours() const { return m_notHours; }
    //! Staff-facing English names of the tasks an intent opens ("Late check-out").
    [[nodiscard]] const QJsonObject &taskLabels() const { return m_taskLabels; }

private:
    Lexicon();
    void loadCommon(const QJsonObject &root);
    void loadLanguage(const QJsonObject &root);

    QStringList m_codes;
    QHash<QString, LanguageLexicon> m_languages;
    QHash<QString, QList<Term>> m_sharedTopics;
    QJsonObject m_sharedTopicSpecs;
    QHash<QString, TopicRoute> m_routes;
    QStringList m_precedence;
    QList<Synonym> m_synonyms;
    QSet<QString> m_stopwords;
    QSet<QString> m_notHours;
    QJsonObject m_taskLabels;
};

} // namespace jack::ai
