#include "channels/sms/twiliosignature.h"

#include <QMessageAuthenticationCode>
#include <algorithm>
#include <sodium.h>

namespace jack::channels {

QByteArray TwilioSignature::sign(
    const QString &authToken, const QString &url, const TwilioForm &form)
{
    QList<TwilioForm::Field> fields = form.fields();
    // Sorted by name; a repeated name (MediaUrl in some callbacks) by value as well, the way
    // Twilio's own validators do.
    std::sort(fields.begin(), fields.end());
    QByteArray data = url.toUtf8();
    for (const TwilioForm::Field &f : fields)
        data += f.first.toUtf8() + f.second.toUtf8();
    return QMessageAuthenticationCode::hash(data, authToken.toUtf8(), QCryptographicHash::Sha1)
        .toBase64();
}

bool TwilioSignature::verify(
    const QString &authToken, const QString &url, const TwilioForm &form, const QByteArray &header)
{
    const QByteArray given = header.trimmed();
    if (authToken.isEmpty() || given.isEmpty())
        return false;
    const QByteArray expected = sign(authToken, url, form);
    return expected.size() == given.size()
        && sodium_memcmp(expected.constData(), given.constData(), size_t(expected.size())) == 0;
}

} // namespace jack::channels
