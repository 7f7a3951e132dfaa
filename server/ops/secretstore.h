#pragma once
#include <QByteArray>
#include <QString>

namespace jack::ops {

//! The hub's key file (0600, in the data folder): the token signing key and the key that
//! encrypts provider credentials at rest (libsodium secretbox). Created at first start.
class SecretStore {
public:
    //! Loads the key file or creates it. Throws std::runtime_error with the path on failure.
    explicit SecretStore(const QString &dataDir);

    [[nodiscard]] const QByteArray &signingKey() const { return m_signingKey; }
    //! "sb1:" + base64(nonce || ciphertext)
    [[nodiscard]] QString encrypt(const QString &plain) const;
    //! Returns an empty string when the text was not made by encrypt() with this key.
    [[nodiscard]] QString decrypt(const QString &sealed) const;
    [[nodiscard]] static bool isSealed(const QString &text);
    [[nodiscard]] QString keyFilePath() const { return m_path; }

private:
    QString m_path;
    QByteArray m_signingKey;
    QByteArray m_boxKey;
};

} // namespace jack::ops
