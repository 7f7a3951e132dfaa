#include "gateway/passwordhasher.h"

#include <QSet>
#include <sodium.h>
#include <stdexcept>

namespace jack::gateway {

QString PasswordHasher::hash(const QString &password)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), utf8.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (sodium_init() < 0)
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), utf8.size()) == 0;
}

QString PasswordHasher::weakness(const QString &password)
{
    static const QSet<QString> common = {
        QStringLiteral("password123"),
        QStringLiteral("1234567890"),
        QStringLiteral("qwertyuiop"),
        QStringLiteral("password1234"),
        QStringLiteral("letmein1234"),
        QStringLiteral("welcome123"),
        QStringLiteral("hotel12345"),
        QStringLiteral("administrator"),
        QStringLiteral("0123456789"),
    };
    if (password.size() < 10)
        return QStringLiteral("the password must have at least 10 characters");
    if (common.contains(password.toLower()))
        return QStringLiteral("the password is too common");
    QSet<QChar> distinct(password.begin(), password.end());
    if (distinct.size() < 5)
        return QStringLiteral("the password repeats too few characters");
    return {};
}

} // namespace jack::gateway
