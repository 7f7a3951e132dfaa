#pragma once
#include <QByteArray>
#include <QList>
#include <QString>

namespace jack::channels {

//! Checks a mail server's certificate chain (DER, leaf first) against the system trust store
//! and the host name with Qt, for both mail libraries. Empty when trusted, else the reason.
class CertificateCheck {
public:
    [[nodiscard]] static QString problem(const QList<QByteArray> &derChain, const QString &host);
};

} // namespace jack::channels
