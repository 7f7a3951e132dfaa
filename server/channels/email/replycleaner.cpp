#include "channels/email/replycleaner.h"

#include <QRegularExpression>
#include <QStringList>

namespace jack::channels {

namespace {

// "On Mon, 3 Jun 2026 at 10:02, Jack <jack@hotel.example> wrote:" and its common
// translations; mail clients wrap long ones, so the attribution may span two lines.
bool isAttribution(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^(On|Am|Le|El|Il|Op|Den)\\s.*(wrote|schrieb|a écrit|escribió|ha "
                       "scritto|schreef|skrev)\\b.*:\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(line).hasMatch();
}

bool isSeparator(const QString &line)
{
    static const QRegularExpression original(
        QStringLiteral("^-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Message "
                       "d'origine|Mensaje original|Forwarded message)\\s*-{2,}\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression underline(QStringLiteral("^_{10,}\\s*$"));
    return original.match(line).hasMatch() || underline.match(line).hasMatch();
}

bool isSignatureStart(const QString &line)
{
    if (line == QLatin1String("-- ") || line == QLatin1String("--"))
        return true;
    static const QRegularExpression sentFrom(
        QStringLiteral("^(Sent from my |Sent from Mail for |Get Outlook for |Von meinem "
                       "|Envoyé de mon )"),
        QRegularExpression::CaseInsensitiveOption);
    return sentFrom.match(line).hasMatch();
}

// Outlook quotes without '>' under a header block: "From: …" followed by Sent:/Date:/To:.
bool isHeaderBlock(const QStringList &lines, qsizetype i)
{
    static const QRegularExpression from(QStringLiteral("^\\*?(From|Von|De)\\s*:\\*?\\s+\\S"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression next(
        QStringLiteral("^\\*?(Sent|Date|To|Subject|Gesendet|Datum|An|Betreff|Envoyé|À|Objet)"
                       "\\s*:"),
        QRegularExpression::CaseInsensitiveOption);
    if (!from.match(lines.at(i).trimmed()).hasMatch())
        return false;
    for (qsizetype j = i + 1; j < lines.size() && j <= i + 3; ++j) {
        if (next.match(lines.at(j).trimmed()).hasMatch())
            return true;
    }
    return false;
}

} // namespace

QString ReplyCleaner::clean(const QString &text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = normalised.split(QLatin1Char('\n'));
    QStringList kept;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (isSignatureStart(line) || isSignatureStart(trimmed) || isSeparator(trimmed)
            || isAttribution(trimmed) || isHeaderBlock(lines, i))
            break;
        if (i + 1 < lines.size() && trimmed.startsWith(QLatin1String("On "))
            && isAttribution(trimmed + QLatin1Char(' ') + lines.at(i + 1).trimmed()))
            break;
        if (trimmed.startsWith(QLatin1Char('>')))
            continue;
        kept.append(line);
    }
    const QString cleaned = kept.join(QLatin1Char('\n')).trimmed();
    // A message that is all quote (a forward without a word) keeps its text: better too much
    // than an empty message nobody can act on.
    return cleaned.isEmpty() ? normalised.trimmed() : cleaned;
}

} // namespace jack::channels
