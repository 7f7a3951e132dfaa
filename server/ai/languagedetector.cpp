#include "ai/languagedetector.h"

#include "ai/lexicon.h"

#include <QHash>

// compact_lang_det.h uses FILE without including <cstdio>.
#include <cstdio>
#include <public/compact_lang_det.h>

namespace jack::ai {

namespace {

struct LetterHint {
    char16_t letter;
    const char *language;
    double weight;
};

// Letters that only some of our languages use; they settle short messages such as
// "¿wifi?" or "Handtücher bitte".
constexpr LetterHint letterHints[] = {
    { u'ñ', "es", 2.0 },
    { u'¿', "es", 2.0 },
    { u'¡', "es", 2.0 },
    { u'ã', "pt", 2.0 },
    { u'õ', "pt", 2.0 },
    { u'ç', "pt", 0.8 },
    { u'ç', "fr", 0.8 },
    { u'ß', "de", 2.0 },
    { u'ä', "de", 1.5 },
    { u'ö', "de", 1.5 },
    { u'ü', "de", 1.5 },
    { u'è', "fr", 1.0 },
    { u'è', "it", 0.5 },
    { u'ê', "fr", 1.0 },
    { u'ê', "pt", 0.6 },
    { u'â', "fr", 0.8 },
    { u'â', "pt", 0.6 },
    { u'î', "fr", 1.0 },
    { u'û', "fr", 1.0 },
    { u'ù', "fr", 1.0 },
    { u'œ', "fr", 2.0 },
    { u'ë', "fr", 0.8 },
    { u'ï', "fr", 0.8 },
    { u'à', "fr", 0.5 },
    { u'à', "it", 0.5 },
    { u'à', "pt", 0.3 },
    { u'é', "fr", 0.4 },
    { u'é', "es", 0.2 },
    { u'é', "pt", 0.2 },
    { u'é', "it", 0.2 },
    { u'á', "es", 0.5 },
    { u'á', "pt", 0.5 },
    { u'í', "es", 0.5 },
    { u'í', "pt", 0.4 },
    { u'ó', "es", 0.5 },
    { u'ó', "pt", 0.4 },
    { u'ú', "es", 0.5 },
    { u'ú', "pt", 0.3 },
    { u'ò', "it", 1.0 },
    { u'ì', "it", 1.0 },
};

// Below this many bytes of letters CLD2's n-gram statistics say little, even when it calls
// itself reliable: on the labelled set it took "Grazie mille, arrivederci" for Estonian and
// "A que horas é o check-out?" for English (26 to 46 bytes). The lexicons know short hotel
// messages better.
constexpr int minimumCldBytes = 48;

struct LexiconGuess {
    QString code;
    double score = 0.0;
};

// Scores the lexicon languages by letters such as ñ or ß and by lexicon words.
LexiconGuess lexiconGuess(const QString &text, const QString &fallback)
{
    const Lexicon &lexicon = Lexicon::shared();
    const QStringList codes = lexicon.languageCodes();
    QHash<QString, double> scores;

    const QString lower = text.toLower();
    for (const LetterHint &hint : letterHints) {
        if (lower.contains(QChar(hint.letter)))
            scores[QString::fromLatin1(hint.language)] += hint.weight;
    }

    const QList<Token> tokens = Lexicon::tokenize(text);
    for (const Token &token : tokens) {
        // A word shared by several languages ("hotel", "taxi", "de") counts less for each.
        QList<QPair<QString, double>> found;
        for (const QString &code : codes) {
            const LanguageLexicon *language = lexicon.language(code);
            const auto it = language->vocabulary.constFind(token.stem);
            if (it != language->vocabulary.constEnd())
                found.append({ code, it.value() });
        }
        for (const auto &[code, weight] : std::as_const(found))
            scores[code] += weight / double(found.size());
    }

    LexiconGuess best;
    // Ties go to the fallback first, then to the order of the lexicons.
    QStringList order { fallback };
    for (const QString &code : codes) {
        if (code != fallback)
            order.append(code);
    }
    for (const QString &code : std::as_const(order)) {
        const double score = scores.value(code);
        if (score > best.score + 1e-9)
            best = { code, score };
    }
    return best;
}

struct CldGuess {
    QString code; //!< ISO 639-1 (or CLD2's code where there is none); empty when unknown
    bool reliable = false;
    int letterBytes = 0; //!< bytes of letters CLD2 scored
    QChar::Script script = QChar::Script_Unknown; //!< the script of most letters
};

// The language most guests mean when they write only a word or two in a script CLD2 needs
// more text for ("شكرا", "谢谢"). Cyrillic and Arabic script serve other languages too; a
// sentence goes to CLD2 instead.
QString scriptLanguage(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Arabic:
        return QStringLiteral("ar");
    case QChar::Script_Han:
        return QStringLiteral("zh");
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return QStringLiteral("ja");
    case QChar::Script_Hangul:
        return QStringLiteral("ko");
    case QChar::Script_Cyrillic:
        return QStringLiteral("ru");
    case QChar::Script_Greek:
        return QStringLiteral("el");
    case QChar::Script_Hebrew:
        return QStringLiteral("he");
    case QChar::Script_Thai:
        return QStringLiteral("th");
    default:
        return {};
    }
}

CldGuess cldGuess(const QString &text)
{
    CldGuess guess;
    // CLD2 wants interchange-valid UTF-8: no control characters besides whitespace.
    QString clean = text;
    QHash<QChar::Script, int> scripts;
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            c = u' ';
        if (c.isLetter())
            ++scripts[c.script()];
    }
    int most = 0;
    for (auto it = scripts.cbegin(); it != scripts.cend(); ++it) {
        // Japanese mixes kanji (Han) with kana; any kana makes it Japanese.
        const bool kana = it.key() == QChar::Script_Hiragana || it.key() == QChar::Script_Katakana;
        if (it.value() > most || (kana && guess.script == QChar::Script_Han)) {
            guess.script = it.key();
            most = it.value();
        }
    }

    const QByteArray utf8 = clean.toUtf8();
    CLD2::Language language3[3] {};
    int percent3[3] {};
    int textBytes = 0;
    // The return value is ENGLISH when CLD2 found nothing; language3[0] says UNKNOWN_LANGUAGE.
    CLD2::DetectLanguageSummary(
        utf8.constData(), int(utf8.size()), true, language3, percent3, &textBytes, &guess.reliable);
    guess.letterBytes = textBytes;
    const CLD2::Language language = language3[0];
    if (language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE) {
        guess.reliable = false;
        return guess;
    }

    QString code = QString::fromLatin1(CLD2::LanguageCode(language));
    // CLD2 keeps a few pre-2000 codes and script variants; callers want plain ISO 639-1.
    if (code.startsWith(u"zh"))
        code = QStringLiteral("zh");
    else if (code == u"iw")
        code = QStringLiteral("he");
    else if (code == u"in")
        code = QStringLiteral("id");
    else if (code == u"jw")
        code = QStringLiteral("jv");
    guess.code = code;
    return guess;
}

} // namespace

QString LanguageDetector::detect(const QString &text, const QString &fallback)
{
    const CldGuess cld = cldGuess(text);
    if (cld.reliable && cld.letterBytes >= minimumCldBytes)
        return cld.code;

    const LexiconGuess lexicon = lexiconGuess(text, fallback);
    if (!lexicon.code.isEmpty() && lexicon.score >= 0.5)
        return lexicon.code;

    // Short text the lexicons do not know ("спасибо большое", "谢谢").
    if (cld.reliable)
        return cld.code;
    const QString byScript = scriptLanguage(cld.script);
    return byScript.isEmpty() ? fallback : byScript;
}

} // namespace jack::ai
