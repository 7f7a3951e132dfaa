#include "core/smssegments.h"

#include <QList>

namespace jack::core {

namespace {

// GSM 03.38 (3GPP TS 23.038): the 127 printable characters of the basic table, and the
// extension table reached through ESC, whose characters take two septets.
const QString &basicTable()
{
    static const QString table
        = QStringLiteral("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                         "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return table;
}

const QString &extensionTable()
{
    static const QString table = QStringLiteral("\f^{}\\[~]|€");
    return table;
}

bool isExtension(QChar c)
{
    return extensionTable().contains(c);
}

bool isSentenceEnd(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
        || c == QChar(0x3002) /* 。 */ || c == QChar(0xFF01) || c == QChar(0xFF1F);
}

} // namespace

bool SmsSegments::isGsm(QChar c)
{
    return basicTable().contains(c) || isExtension(c);
}

SmsSegments::Measure SmsSegments::measure(const QString &text)
{
    Measure m;
    bool gsm = true;
    for (const QChar c : text) {
        if (!isGsm(c)) {
            gsm = false;
            break;
        }
    }
    m.encoding = gsm ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
    const int single = gsm ? kGsmSingle : kUcs2Single;
    const int part = gsm ? kGsmConcatenated : kUcs2Concatenated;

    // Units per character: an escape pair (GSM) or a surrogate pair (UCS-2) is never split
    // between two segments, so segments are packed character by character, not divided.
    QList<int> units;
    units.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (gsm) {
            units.append(isExtension(text.at(i)) ? 2 : 1);
        } else if (text.at(i).isHighSurrogate() && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate()) {
            units.append(2);
            ++i;
        } else {
            units.append(1);
        }
    }
    for (int u : units)
        m.characters += u;

    if (m.characters == 0) {
        m.remainingInSegment = single;
        return m;
    }
    if (m.characters <= single) {
        m.segments = 1;
        m.remainingInSegment = single - m.characters;
        return m;
    }
    m.segments = 1;
    int used = 0;
    for (int u : units) {
        if (used + u > part) {
            ++m.segments;
            used = 0;
        }
        used += u;
    }
    m.remainingInSegment = part - used;
    return m;
}

QString SmsSegments::fitToBudget(const QString &text, int maxSegments)
{
    if (maxSegments <= 0 || measure(text).segments <= maxSegments)
        return text;
    // "…" is not in GSM-7: adding it to a GSM text would make the whole message UCS-2 and
    // cost more than twice the segments, so GSM texts get three dots instead.
    const bool gsm = measure(text).encoding == QLatin1String("GSM-7");
    const QString ellipsis = gsm ? QStringLiteral("...") : QString(QChar(0x2026));

    // The longest prefix (never ending inside a surrogate pair) that fits with `suffix`.
    // Segments only grow with length, so a binary search finds it.
    auto longestPrefix = [&](const QString &suffix) {
        int lo = 0, hi = text.size();
        while (lo < hi) {
            const int mid = (lo + hi + 1) / 2;
            if (measure(text.left(mid) + suffix).segments <= maxSegments)
                lo = mid;
            else
                hi = mid - 1;
        }
        if (lo > 0 && lo < text.size() && text.at(lo - 1).isHighSurrogate())
            --lo;
        return lo;
    };

    // A cut after a whole sentence reads complete and needs no marker; it is taken when it
    // keeps at least half of what fits.
    const int plain = longestPrefix(QString());
    for (int i = plain; i > plain / 2; --i) {
        const bool boundary = i == text.size() || text.at(i).isSpace();
        if (boundary && isSentenceEnd(text.at(i - 1)))
            return text.left(i);
    }
    const int limit = longestPrefix(ellipsis);
    int cut = limit;
    for (int i = limit; i > limit / 2; --i) {
        if (i < text.size() && text.at(i).isSpace()) {
            cut = i;
            break;
        }
    }
    QString kept = text.left(cut);
    while (!kept.isEmpty()
        && (kept.back().isSpace() || kept.back() == QLatin1Char(',')
            || kept.back() == QLatin1Char(';') || kept.back() == QLatin1Char(':')
            || kept.back() == QLatin1Char('-')))
        kept.chop(1);
    return kept + ellipsis;
}

} // namespace jack::core
