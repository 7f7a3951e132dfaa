#include "ai/entityextractor.h"

#include "ai/lexicon.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace jack::ai {

namespace {

QRegularExpression roomPattern()
{
    const Lexicon &lexicon = Lexicon::shared();
    QStringList words;
    for (const QString &code : lexicon.languageCodes()) {
        for (const QString &word : lexicon.language(code)->roomWords)
            words.append(QRegularExpression::escape(word));
    }
    words.removeDuplicates();
    // Longest first so "habitacion" is tried before "hab".
    std::sort(words.begin(), words.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    if (words.isEmpty())
        words.append(QStringLiteral("room"));
    const QString pattern = QStringLiteral("(?:\\b(?:%1)\\b\\.?\\s*(?:(?:number|numero|nummer|"
                                           "num|nr|no|n)\\b\\.?\\s*|n?[\\x{00b0}\\x{00ba}]\\s*)?"
                                           "#?\\s*|#\\s*)(\\d{1,5}[a-z]?)\\b")
                                .arg(words.join(u'|'));
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

int quantityAt(const QList<Token> &tokens, int index, const LanguageLexicon *language)
{
    const Token &token = tokens.at(index);
    bool ok = false;
    const int value = token.word.toInt(&ok);
    if (ok)
        return value >= 1 && value <= 50 ? value : 0;
    if (language != nullptr)
        return language->numbers.value(token.word);
    return 0;
}

struct FoundItem {
    int position;
    QJsonObject item;
};

void collect(const QList<Token> &tokens, const LanguageLexicon *language,
    const LanguageLexicon *numbers, QList<FoundItem> &items, QStringList &seen)
{
    if (language == nullptr)
        return;
    for (const LexiconItem &item : language->items) {
        if (seen.contains(item.name))
            continue;
        for (const Term &term : item.terms) {
            const QList<int> positions = Lexicon::find(tokens, term);
            if (positions.isEmpty())
                continue;
            const int start = positions.first();
            int quantity = 0;
            // "2 more towels", "zwei weitere Handtücher": a number up to three words before.
            for (int back = 1; back <= 3 && start - back >= 0 && quantity == 0; ++back)
                quantity = quantityAt(tokens, start - back, numbers);
            // "towels x2"
            const int after = start + int(term.words.size());
            if (quantity == 0 && after < tokens.size()) {
                static const QRegularExpression times(QStringLiteral("^x(\\d{1,2})$"));
                const auto match = times.match(tokens.at(after).word);
                if (match.hasMatch())
                    quantity = match.captured(1).toInt();
            }
            items.append({ start,
                QJsonObject { { QStringLiteral("name"), item.name },
                    { QStringLiteral("quantity"), quantity > 0 ? quantity : 1 } } });
            seen.append(item.name);
            break;
        }
    }
}

} // namespace

QString EntityExtractor::roomNumber(const QString &text)
{
    static const QRegularExpression pattern = roomPattern();
    const auto match = pattern.match(Lexicon::fold(text));
    return match.hasMatch() ? match.captured(1).toUpper() : QString();
}

QJsonArray EntityExtractor::items(const QString &text, const QString &language)
{
    const Lexicon &lexicon = Lexicon::shared();
    const QList<Token> tokens = Lexicon::tokenize(text);
    const LanguageLexicon *own = lexicon.language(language);
    const LanguageLexicon *english = lexicon.language(QStringLiteral("en"));
    QList<FoundItem> found;
    QStringList seen;
    collect(tokens, own, own, found, seen);
    // Guests mix in English product words ("dos towels, por favor").
    if (own != english)
        collect(tokens, english, own != nullptr ? own : english, found, seen);
    // In the order the guest wrote them.
    std::stable_sort(found.begin(), found.end(),
        [](const FoundItem &a, const FoundItem &b) { return a.position < b.position; });
    QJsonArray items;
    for (const FoundItem &item : std::as_const(found))
        items.append(item.item);
    return items;
}

} // namespace jack::ai
