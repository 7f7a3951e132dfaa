#include "ai/languagedetector.h"

#include "ai/lexicon.h"

#include <QHash>

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

} // namespace

QString LanguageDetector::detect(const QString &text, const QString &fallback)
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

    QString best;
    double bestScore = 0.0;
    // Ties go to the fallback first, then to the order of the lexicons.
    QStringList order { fallback };
    for (const QString &code : codes) {
        if (code != fallback)
            order.append(code);
    }
    for (const QString &code : std::as_const(order)) {
        const double score = scores.value(code);
        if (score > bestScore + 1e-9) {
            best = code;
            bestScore = score;
        }
    }
    if (best.isEmpty() || bestScore < 0.5)
        return fallback;
    return best;
}

} // namespace jack::ai
