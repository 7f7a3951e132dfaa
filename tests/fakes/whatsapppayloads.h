#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

//! The WhatsApp Business account a test hub and the fake Graph API agree on.
struct WhatsAppAccount {
    QString accessToken = QStringLiteral("EAAG-test");
    QString phoneNumberId = QStringLiteral("1234567890");
    QString displayPhoneNumber = QStringLiteral("15550001234");
    QString businessAccountId = QStringLiteral("102290129340398");
    QString verifyToken = QStringLiteral("verify-me");
    QString appSecret = QStringLiteral("app-secret");
};

//! Builds Meta Cloud API webhook notification bodies and signs them the way Meta does.
//! Shapes follow https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/payload-examples
namespace WhatsAppPayloads {

//! A fresh wamid, unique within the test run.
[[nodiscard]] QString newWamid();

//! Unix seconds as a string, the way Meta sends `timestamp`.
[[nodiscard]] QString timestamp(const QDateTime &when = QDateTime::currentDateTimeUtc());

// One element of value.messages[].
[[nodiscard]] QJsonObject textMessage(const QString &from, const QString &wamid,
    const QString &body, const QString &ts = timestamp());
[[nodiscard]] QJsonObject imageMessage(const QString &from, const QString &wamid,
    const QString &mediaId, const QString &mimeType, const QString &caption,
    const QString &ts = timestamp());
[[nodiscard]] QJsonObject locationMessage(const QString &from, const QString &wamid,
    double latitude, double longitude, const QString &name, const QString &address,
    const QString &ts = timestamp());

// One element of value.statuses[]. `status` is sent, delivered, read or failed; a failed
// status carries Meta's errors[] (code 131026 "Message undeliverable" by default).
[[nodiscard]] QJsonObject status(const QString &wamid, const QString &status,
    const QString &recipient, const QString &ts = timestamp(), int errorCode = 131026);

// One element of value.contacts[].
[[nodiscard]] QJsonObject contact(const QString &waId, const QString &profileName);

//! One `changes[].value` object: contacts/messages/statuses may each be empty.
[[nodiscard]] QJsonObject changeValue(const WhatsAppAccount &account, const QJsonArray &contacts,
    const QJsonArray &messages, const QJsonArray &statuses = {});

//! A whole notification from one or several change values (each becomes one entry with one
//! change, the way Meta batches); serialised compactly, ready to sign and POST.
[[nodiscard]] QByteArray notification(
    const WhatsAppAccount &account, const QList<QJsonObject> &changeValues);

//! Shortcut: a notification carrying one text message from one guest.
[[nodiscard]] QByteArray inboundText(const WhatsAppAccount &account, const QString &from,
    const QString &profileName, const QString &wamid, const QString &body);

//! Shortcut: a notification carrying status updates only.
[[nodiscard]] QByteArray statuses(const WhatsAppAccount &account, const QJsonArray &statuses);

//! `sha256=` + lowercase hex HMAC-SHA256 of the raw bytes, keyed with the app secret.
[[nodiscard]] QByteArray signature(const QByteArray &body, const QByteArray &appSecret);

} // namespace WhatsAppPayloads
