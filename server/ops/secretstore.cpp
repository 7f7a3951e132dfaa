#include "ops/secretstore.h"

#include <QDir>
#include <QFile>
#include <sodium.h>
#include <stdexcept>

namespace jack::ops {

namespace {
constexpr int kKeyBytes = 32;
const QLatin1String kSealedPrefix("sb1:");
} // namespace

SecretStore::SecretStore(const QString &dataDir)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
    const QString keyDir = QDir(dataDir).filePath(QStringLiteral("keys"));
    QDir().mkpath(keyDir);
    QFile::setPermissions(keyDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_path = QDir(keyDir).filePath(QStringLiteral("hub.key"));
    QFile file(m_path);
    QByteArray keys;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read key file " + m_path.toStdString());
        keys = QByteArray::fromBase64(file.readAll().trimmed());
        if (keys.size() != 2 * kKeyBytes)
            throw std::runtime_error("key file " + m_path.toStdString() + " is damaged");
    } else {
        keys.resize(2 * kKeyBytes);
        randombytes_buf(keys.data(), keys.size());
        // Written to a temporary name with 0600 first, so the key is never readable by others.
        const QString temp = m_path + QStringLiteral(".new");
        QFile out(temp);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw std::runtime_error("cannot create key file " + m_path.toStdString());
        out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        out.write(keys.toBase64() + '\n');
        out.flush();
        out.close();
        if (!QFile::rename(temp, m_path))
            throw std::runtime_error("cannot create key file " + m_path.toStdString());
    }
    m_signingKey = keys.left(kKeyBytes);
    m_boxKey = keys.mid(kKeyBytes);
}

QString SecretStore::encrypt(const QString &plain) const
{
    const QByteArray message = plain.toUtf8();
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + message.size(), 0);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
        reinterpret_cast<const unsigned char *>(message.constData()), message.size(), nonce,
        reinterpret_cast<const unsigned char *>(m_boxKey.constData()));
    return kSealedPrefix + QString::fromLatin1(out.toBase64());
}

bool SecretStore::isSealed(const QString &text)
{
    return text.startsWith(kSealedPrefix);
}

QString SecretStore::decrypt(const QString &sealed) const
{
    if (!isSealed(sealed))
        return {};
    const QByteArray raw = QByteArray::fromBase64(sealed.mid(kSealedPrefix.size()).toLatin1());
    if (raw.size() < int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES))
        return {};
    const auto *nonce = reinterpret_cast<const unsigned char *>(raw.constData());
    const qsizetype cipherLen = raw.size() - crypto_secretbox_NONCEBYTES;
    QByteArray plain(cipherLen - crypto_secretbox_MACBYTES, 0);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()),
            nonce + crypto_secretbox_NONCEBYTES, cipherLen, nonce,
            reinterpret_cast<const unsigned char *>(m_boxKey.constData()))
        != 0)
        return {};
    return QString::fromUtf8(plain);
}

} // namespace jack::ops
