#include "channels/email/certificatecheck.h"

#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

namespace jack::channels {

QString CertificateCheck::problem(const QList<QByteArray> &derChain, const QString &host)
{
    QList<QSslCertificate> chain;
    for (const QByteArray &der : derChain)
        chain.append(QSslCertificate(der, QSsl::Der));
    if (chain.isEmpty() || chain.first().isNull())
        return QStringLiteral("the server sent no certificate");
    const QList<QSslError> errors = QSslCertificate::verify(chain, host);
    if (errors.isEmpty())
        return {};
    QStringList reasons;
    for (const QSslError &e : errors)
        reasons.append(e.errorString());
    reasons.removeDuplicates();
    return QStringLiteral("the server's certificate is not trusted (%1)")
        .arg(reasons.join(QStringLiteral("; ")));
}

} // namespace jack::channels
