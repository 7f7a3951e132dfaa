#include "channels/whatsapp/whatsappsignature.h"

#include <QMessageAuthenticationCode>
#include <sodium.h>

namespace jack::channels {

QByteArray WhatsAppSignature::sign(const QByteArray &appSecret, const QByteArray &body)
{
    return "sha256="
        + QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256).toHex();
}

bool WhatsAppSignature::verify(
    const QByteArray &appSecret, const QByteArray &body, const QByteArray &header)
{
    if (appSecret.isEmpty() || !header.startsWith("sha256="))
        return false;
    const QByteArray expected = sign(appSecret, body);
    const QByteArray given = header.trimmed().toLower();
    return expected.size() == given.size()
        && sodium_memcmp(expected.constData(), given.constData(), expected.size()) == 0;
}

} // namespace jack::channels
