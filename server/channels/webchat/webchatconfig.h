#pragma once
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace jack::ops {
class SecretStore;
}

namespace jack::channels {

//! The web chat app's settings as the widget and the guest socket use them.
struct WebchatConfig {
    bool enabled = false;
    QString title; // the hotel's name when the app leaves it empty
    QString greeting;
    QString primaryColor = QStringLiteral("#1f5f8b");
    QStringList allowedOrigins; // normalised: lowercase, no trailing slash
    int maxMessageLength = 2000;
    int messagesPerMinute = 20;

    [[nodiscard]] static WebchatConfig load(
        const QSqlDatabase &db, const ops::SecretStore &secrets);

    //! What any web page may read (GET /webchat/config): nothing secret.
    [[nodiscard]] QJsonObject publicJson() const;

    //! Whether a page of `origin` may use the chat served to `host` (the Host header). No
    //! Origin (not a browser) and the hub's own origin are always allowed; otherwise the
    //! origin must be listed. When refused, `why` says so for the log.
    [[nodiscard]] bool allowsOrigin(
        const QString &origin, const QString &host, QString *why = nullptr) const;

    //! "https://Hotel.example/" → "https://hotel.example".
    [[nodiscard]] static QString normaliseOrigin(const QString &origin);
};

} // namespace jack::channels
