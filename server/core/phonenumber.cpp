#include "core/phonenumber.h"

namespace jack::core {

QString PhoneNumber::normalise(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.startsWith(QLatin1String("00")))
        digits.remove(0, 2);
    // E.164 allows at most 15 digits; fewer than 7 is not a reachable number.
    if (digits.size() < 7 || digits.size() > 15)
        return {};
    return QLatin1Char('+') + digits;
}

QString PhoneNumber::whatsAppDigits(const QString &e164)
{
    QString out = e164;
    if (out.startsWith(QLatin1Char('+')))
        out.remove(0, 1);
    return out;
}

} // namespace jack::core
