#include "ai/entityextractor.h"

#include "ai/lexicon.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

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

void collect(const QString &text, const LanguageLexicon *language, const LanguageLexicon *numbers,
    QList<FoundItem> &items, QStringList &seen)
{
    if (language == nullptr)
        return;
    // The item terms hold this language's stems; the words (and so the positions) are the same
    // whatever the stemmer.
    const QList<Token> tokens = Lexicon::tokenize(text, language->code);
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

QString alternation(QStringList phrases)
{
    // Longest first, so "a las" is tried before "a"; spaces match any run of separators.
    std::sort(phrases.begin(), phrases.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (QString &phrase : phrases)
        phrase = QRegularExpression::escape(phrase).replace(
            QStringLiteral("\\ "), QStringLiteral("[\\s'\\x{2019}-]+"));
    return phrases.join(u'|');
}

//! The regular expressions that find an hour in one language's folded text.
struct HourPatterns {
    QRegularExpression withMinutes; // "7:30", "8h30", "19h15"
    QRegularExpression meridiem; // "7am", "7.30 pm"
    QRegularExpression hourWordAfter; // "19 Uhr", "8h", "9 heures"
    QRegularExpression hourWordBefore; // "a las 7", "alle 9", "um sieben"
};

HourPatterns hourPatterns(const LanguageLexicon *language)
{
    const auto options = QRegularExpression::UseUnicodePropertiesOption;
    // Not part of a longer number, a decimal or a date.
    const QString start = QStringLiteral("(?<![\\d:.,/])");
    const QString end = QStringLiteral("(?![\\d:/]|[.,]\\d)");
    HourPatterns patterns;
    patterns.withMinutes = QRegularExpression(
        start + QStringLiteral("([01]?\\d|2[0-3])\\s?[:h]\\s?([0-5]\\d)") + end, options);
    patterns.meridiem = QRegularExpression(start
            + QStringLiteral(
                "(1[0-2]|0?\\d)(?:[:.]([0-5]\\d))?\\s?(a\\.?\\s?m|p\\.?\\s?m)\\.?(?!\\w)"),
        options);
    QStringList after { QStringLiteral("h") };
    QStringList before;
    QStringList words;
    if (language != nullptr) {
        after += language->time.hourAfter;
        before = language->time.hourBefore;
        words = language->time.hourWords.keys();
    }
    patterns.hourWordAfter = QRegularExpression(start + QStringLiteral("([01]?\\d|2[0-3])\\s?(?:")
            + alternation(after) + QStringLiteral(")(?!\\w)"),
        options);
    if (!before.isEmpty()) {
        QString hour = QStringLiteral("([01]?\\d|2[0-3])");
        if (!words.isEmpty())
            hour = QStringLiteral("(?:([01]?\\d|2[0-3])") + end + QStringLiteral("|(")
                + alternation(words) + QStringLiteral(")(?!\\w))");
        patterns.hourWordBefore
            = QRegularExpression(QStringLiteral("(?<!\\w)(?:") + alternation(before)
                    + QStringLiteral(")\\s+") + hour + QStringLiteral("(?:\\s+(\\w+))?"),
                options);
    }
    return patterns;
}

const HourPatterns &hourPatternsFor(const QString &code)
{
    // Built once for every language: static initialisation is thread-safe, lookups are reads.
    static const QHash<QString, HourPatterns> all = [] {
        QHash<QString, HourPatterns> patterns;
        const Lexicon &lexicon = Lexicon::shared();
        for (const QString &language : lexicon.languageCodes())
            patterns.insert(language, hourPatterns(lexicon.language(language)));
        patterns.insert(QString(), hourPatterns(nullptr));
        return patterns;
    }();
    const auto it = all.constFind(code);
    return it != all.constEnd() ? it.value() : *all.constFind(QString());
}

struct HourFound {
    qsizetype position = -1;
    int hour = 0;
    int minute = 0;
    int meridiem = 0; // 1 am, 2 pm, 0 not said
};

//! The first hour the text names, if any.
std::optional<HourFound> firstHour(
    const QString &folded, const QString &code, const LanguageLexicon *language)
{
    const HourPatterns &patterns = hourPatternsFor(code);
    std::optional<HourFound> best;
    auto consider = [&best](const HourFound &found) {
        if (!best || found.position < best->position)
            best = found;
    };
    for (auto it = patterns.withMinutes.globalMatch(folded); it.hasNext();) {
        const auto match = it.next();
        consider(
            { match.capturedStart(), match.captured(1).toInt(), match.captured(2).toInt(), 0 });
    }
    for (auto it = patterns.meridiem.globalMatch(folded); it.hasNext();) {
        const auto match = it.next();
        HourFound found { match.capturedStart(), match.captured(1).toInt(),
            match.captured(2).toInt(), match.captured(3).startsWith(u'p') ? 2 : 1 };
        // "7:30 pm" is also a plain "7:30": the meridiem wins at the same place.
        if (best && best->position == found.position)
            best.reset();
        consider(found);
    }
    for (auto it = patterns.hourWordAfter.globalMatch(folded); it.hasNext();) {
        const auto match = it.next();
        consider({ match.capturedStart(), match.captured(1).toInt(), 0, 0 });
    }
    if (patterns.hourWordBefore.isValid() && !patterns.hourWordBefore.pattern().isEmpty()) {
        const QSet<QString> &notHours = Lexicon::shared().notHours();
        for (auto it = patterns.hourWordBefore.globalMatch(folded); it.hasNext();) {
            const auto match = it.next();
            // "a las 2 personas", "alle 2 camere": a count, not an hour.
            if (notHours.contains(match.captured(3)))
                continue;
            const int hour = match.captured(1).isEmpty()
                ? (language != nullptr ? language->time.hourWords.value(match.captured(2)) : 0)
                : match.captured(1).toInt();
            if (hour <= 0 && match.captured(1).isEmpty())
                continue;
            consider(
                { match.capturedStart(1) >= 0 ? match.capturedStart(1) : match.capturedStart(2),
                    hour, 0, 0 });
        }
    }
    return best;
}

//! "14/05", "14/05/2026": the day of the next such date.
QDate numericDate(const QString &folded, const QDate &today)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![\\d/.:])([0-3]?\\d)/([01]?\\d)(?:/(\\d{2}|\\d{4}))?(?![\\d/])"));
    const auto match = pattern.match(folded);
    if (!match.hasMatch())
        return {};
    const int day = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    if (!match.captured(3).isEmpty()) {
        int year = match.captured(3).toInt();
        if (year < 100)
            year += 2000;
        return QDate(year, month, day);
    }
    QDate date(today.year(), month, day);
    if (date.isValid() && date < today)
        date = QDate(today.year() + 1, month, day);
    return date;
}

} // namespace

QString DueTime::toIso() const
{
    if (!date.isValid())
        return {};
    if (!time.isValid())
        return date.toString(Qt::ISODate);
    return QDateTime(date, time).toString(Qt::ISODate);
}

DueTime EntityExtractor::dueAt(const QString &text, const QString &language, const QDateTime &now)
{
    const Lexicon &lexicon = Lexicon::shared();
    const LanguageLexicon *words = lexicon.language(language);
    const QString code = words != nullptr ? language : QStringLiteral("en");
    if (words == nullptr)
        words = lexicon.language(code);
    const QString folded = Lexicon::fold(text);

    // Day and part-of-day phrases, longest first; a word belongs to one phrase only.
    int flags = 0;
    int weekday = 0;
    if (words != nullptr) {
        const QList<Token> tokens = Lexicon::tokenize(text);
        QList<bool> used(tokens.size(), false);
        for (const TimeWords::Phrase &phrase : words->time.phrases) {
            const int length = int(phrase.words.size());
            for (int start = 0; start + length <= tokens.size(); ++start) {
                bool match = true;
                for (int i = 0; i < length && match; ++i)
                    match = !used.at(start + i) && tokens.at(start + i).word == phrase.words.at(i);
                if (!match)
                    continue;
                std::fill(used.begin() + start, used.begin() + start + length, true);
                flags |= phrase.flags;
                if (phrase.weekday != 0 && weekday == 0)
                    weekday = phrase.weekday;
            }
        }
    }

    QTime time;
    if (const auto hour = firstHour(folded, code, words)) {
        int h = hour->hour;
        const bool pm = hour->meridiem == 2
            || (hour->meridiem == 0 && (flags & TimeWords::Afternoon)
                && !(flags & TimeWords::Morning));
        const bool am = hour->meridiem == 1 || (flags & TimeWords::Morning);
        if (pm && h < 12)
            h += 12;
        else if (am && h == 12)
            h = 0;
        time = QTime(h, hour->minute);
    } else if (flags & TimeWords::Noon) {
        time = QTime(12, 0);
    } else if (flags & TimeWords::Midnight) {
        time = QTime(0, 0);
    }

    const QDate today = now.date();
    QDate date;
    if (flags & TimeWords::DayAfterTomorrow)
        date = today.addDays(2);
    else if (flags & TimeWords::Tomorrow)
        date = today.addDays(1);
    else if (weekday != 0)
        date = today.addDays((weekday - today.dayOfWeek() + 7) % 7);
    else if (const QDate numeric = numericDate(folded, today); numeric.isValid())
        date = numeric;
    else if (flags & TimeWords::Today)
        date = today;
    else if (time.isValid())
        // "wake me at 6" at ten at night means tomorrow.
        date = time > now.time() ? today : today.addDays(1);
    return DueTime { date, date.isValid() ? time : QTime() };
}

QString EntityExtractor::roomNumber(const QString &text)
{
    static const QRegularExpression pattern = roomPattern();
    const auto match = pattern.match(Lexicon::fold(text));
    return match.hasMatch() ? match.captured(1).toUpper() : QString();
}

QJsonArray EntityExtractor::items(const QString &text, const QString &language)
{
    const Lexicon &lexicon = Lexicon::shared();
    const LanguageLexicon *own = lexicon.language(language);
    const LanguageLexicon *english = lexicon.language(QStringLiteral("en"));
    QList<FoundItem> found;
    QStringList seen;
    collect(text, own, own, found, seen);
    // Guests mix in English product words ("dos towels, por favor").
    if (own != english)
        collect(text, english, own != nullptr ? own : english, found, seen);
    // In the order the guest wrote them.
    std::stable_sort(found.begin(), found.end(),
        [](const FoundItem &a, const FoundItem &b) { return a.position < b.position; });
    QJsonArray items;
    for (const FoundItem &item : std::as_const(found))
        items.append(item.item);
    return items;
}

} // namespace jack::ai
