#include "channels/sms/twilioform.h"

#include <QUrl>

namespace jack::channels {

namespace {
QString decode(QByteArray part)
{
    // Form encoding writes spaces as '+'; QUrl's percent decoding alone would keep them.
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}
} // namespace

TwilioForm TwilioForm::parse(const QByteArray &body)
{
    TwilioForm form;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        if (eq < 0)
            form.add(decode(pair), QString());
        else
            form.add(decode(pair.left(eq)), decode(pair.mid(eq + 1)));
    }
    return form;
}

QString TwilioForm::value(const QString &name) const
{
    for (const Field &f : m_fields) {
        if (f.first == name)
            return f.second;
    }
    return {};
}

bool TwilioForm::contains(const QString &name) const
{
    for (const Field &f : m_fields) {
        if (f.first == name)
            return true;
    }
    return false;
}

QByteArray TwilioForm::encoded() const
{
    QByteArray out;
    for (const Field &f : m_fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}

} // namespace jack::channels
