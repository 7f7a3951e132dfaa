#include "channels/email/htmltext.h"

#include <QRegularExpression>
#include <QStringList>

namespace jack::channels {

namespace {

QString decodeEntities(const QString &in)
{
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"));
    QString out;
    out.reserve(in.size());
    qsizetype last = 0;
    auto it = entity.globalMatch(in);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(in).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        QString replacement;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code
                = (name.size() > 1
                      && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X')))
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        } else {
            static const QHash<QString, QString> named {
                { QStringLiteral("amp"), QStringLiteral("&") },
                { QStringLiteral("lt"), QStringLiteral("<") },
                { QStringLiteral("gt"), QStringLiteral(">") },
                { QStringLiteral("quot"), QStringLiteral("\"") },
                { QStringLiteral("apos"), QStringLiteral("'") },
                { QStringLiteral("nbsp"), QStringLiteral(" ") },
                { QStringLiteral("euro"), QStringLiteral("€") },
                { QStringLiteral("hellip"), QStringLiteral("…") },
                { QStringLiteral("ndash"), QStringLiteral("–") },
                { QStringLiteral("mdash"), QStringLiteral("—") },
                { QStringLiteral("rsquo"), QStringLiteral("’") },
                { QStringLiteral("lsquo"), QStringLiteral("‘") },
                { QStringLiteral("rdquo"), QStringLiteral("”") },
                { QStringLiteral("ldquo"), QStringLiteral("“") },
            };
            replacement = named.value(name.toLower());
        }
        out += replacement.isNull() ? m.captured(0) : replacement;
        last = m.capturedEnd();
    }
    out += QStringView(in).mid(last);
    return out;
}

} // namespace

QString HtmlText::toText(const QString &html)
{
    using RE = QRegularExpression;
    const auto opts = RE::CaseInsensitiveOption | RE::DotMatchesEverythingOption;
    QString s = html;
    static const RE invisible(QStringLiteral("<(head|style|script|title)\\b.*?</\\1\\s*>"), opts);
    static const RE comments(QStringLiteral("<!--.*?-->"), opts);
    // Mail clients wrap the quoted history in <blockquote> (Gmail: inside div.gmail_quote).
    static const RE quotes(QStringLiteral("<blockquote\\b.*</blockquote\\s*>"), opts);
    static const RE gmailQuote(QStringLiteral("<div[^>]*class=\"[^\"]*gmail_quote.*"), opts);
    static const RE breaks(QStringLiteral("<br\\s*/?>"), opts);
    static const RE blockEnds(QStringLiteral("</(p|div|li|tr|h[1-6]|table|ul|ol)\\s*>"), opts);
    static const RE items(QStringLiteral("<li\\b[^>]*>"), opts);
    static const RE tags(QStringLiteral("<[^>]*>"), opts);
    static const RE spaces(QStringLiteral("[ \\t\\r\\f]+"));
    static const RE blankLines(QStringLiteral("\\n\\s*\\n\\s*(\\n\\s*)+"));
    s.remove(comments);
    s.remove(invisible);
    s.remove(gmailQuote);
    s.remove(quotes);
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(breaks, QStringLiteral("\n"));
    s.replace(blockEnds, QStringLiteral("\n"));
    s.replace(items, QStringLiteral("- "));
    s.remove(tags);
    s = decodeEntities(s);
    s.replace(spaces, QStringLiteral(" "));
    QStringList lines = s.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed();
    s = lines.join(QLatin1Char('\n'));
    s.replace(blankLines, QStringLiteral("\n\n"));
    return s.trimmed();
}

QString HtmlText::fromText(const QString &text)
{
    QStringList paragraphs;
    const QStringList blocks = text.trimmed().split(
        QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        paragraphs.append(QStringLiteral("<p>")
            + block.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>\n"))
            + QStringLiteral("</p>"));
    }
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n")
        + paragraphs.join(QLatin1Char('\n')) + QStringLiteral("\n</body></html>\n");
}

} // namespace jack::channels
