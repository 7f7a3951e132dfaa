#include "whatsapppayloads.h"

#include <QAtomicInteger>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace WhatsAppPayloads {

QString newWamid()
{
    // Real wamids are base64 of an opaque protobuf; tests only need them unique and
    // shaped like "wamid.<base64url>".
    static QAtomicInteger<quint64> counter = 0;
    const quint64 n = ++counter;
    const QByteArray raw = QByteArray::number(QRandomGenerator::global()->generate64(), 16) + '.'
        + QByteArray::number(n) + '.' + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    return QStringLiteral("wamid.HBgL")
        + QString::fromLatin1(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString timestamp(const QDateTime &when)
{
    return QString::number(when.toSecsSinceEpoch());
}

static QJsonObject messageBase(
    const QString &from, const QString &wamid, const QString &ts, const QString &type)
{
    return QJsonObject {
        { QStringLiteral("from"), from },
        { QStringLiteral("id"), wamid },
        { QStringLiteral("timestamp"), ts },
        { QStringLiteral("type"), type },
    };
}

QJsonObject textMessage(
    const QString &from, const QString &wamid, const QString &body, const QString &ts)
{
    QJsonObject m = messageBase(from, wamid, ts, QStringLiteral("text"));
    m.insert(QStringLiteral("text"), QJsonObject { { QStringLiteral("body"), body } });
    return m;
}

QJsonObject imageMessage(const QString &from, const QString &wamid, const QString &mediaId,
    const QString &mimeType, const QString &caption, const QString &ts)
{
    QJsonObject m = messageBase(from, wamid, ts, QStringLiteral("image"));
    QJsonObject image {
        { QStringLiteral("id"), mediaId },
        { QStringLiteral("mime_type"), mimeType },
        { QStringLiteral("sha256"),
            QStringLiteral("29ed500fa64eb55fc19dc4124acb300e5dcc54a0f822a301ae99944db") },
    };
    if (!caption.isEmpty())
        image.insert(QStringLiteral("caption"), caption);
    m.insert(QStringLiteral("image"), image);
    return m;
}

QJsonObject locationMessage(const QString &from, const QString &wamid, double latitude,
    double longitude, const QString &name, const QString &address, const QString &ts)
{
    QJsonObject m = messageBase(from, wamid, ts, QStringLiteral("location"));
    m.insert(QStringLiteral("location"),
        QJsonObject {
            { QStringLiteral("latitude"), latitude },
            { QStringLiteral("longitude"), longitude },
            { QStringLiteral("name"), name },
            { QStringLiteral("address"), address },
        });
    return m;
}

QJsonObject status(const QString &wamid, const QString &statusName, const QString &recipient,
    const QString &ts, int errorCode)
{
    QJsonObject s {
        { QStringLiteral("id"), wamid },
        { QStringLiteral("status"), statusName },
        { QStringLiteral("timestamp"), ts },
        { QStringLiteral("recipient_id"), recipient },
    };
    if (statusName == QLatin1String("failed")) {
        s.insert(QStringLiteral("errors"),
            QJsonArray { QJsonObject {
                { QStringLiteral("code"), errorCode },
                { QStringLiteral("title"), QStringLiteral("Message undeliverable.") },
                { QStringLiteral("message"), QStringLiteral("Message undeliverable.") },
                { QStringLiteral("error_data"),
                    QJsonObject { { QStringLiteral("details"),
                        QStringLiteral("Message could not be delivered") } } },
            } });
    } else {
        // Meta attaches conversation and pricing to sent/delivered statuses.
        s.insert(QStringLiteral("conversation"),
            QJsonObject {
                { QStringLiteral("id"), QStringLiteral("CONVERSATION_ID") },
                { QStringLiteral("origin"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("service") } } },
            });
        s.insert(QStringLiteral("pricing"),
            QJsonObject {
                { QStringLiteral("billable"), true },
                { QStringLiteral("pricing_model"), QStringLiteral("CBP") },
                { QStringLiteral("category"), QStringLiteral("service") },
            });
    }
    return s;
}

QJsonObject contact(const QString &waId, const QString &profileName)
{
    return QJsonObject {
        { QStringLiteral("profile"), QJsonObject { { QStringLiteral("name"), profileName } } },
        { QStringLiteral("wa_id"), waId },
    };
}

QJsonObject changeValue(const WhatsAppAccount &account, const QJsonArray &contacts,
    const QJsonArray &messages, const QJsonArray &statusList)
{
    QJsonObject value {
        { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") },
        { QStringLiteral("metadata"),
            QJsonObject {
                { QStringLiteral("display_phone_number"), account.displayPhoneNumber },
                { QStringLiteral("phone_number_id"), account.phoneNumberId },
            } },
    };
    if (!contacts.isEmpty())
        value.insert(QStringLiteral("contacts"), contacts);
    if (!messages.isEmpty())
        value.insert(QStringLiteral("messages"), messages);
    if (!statusList.isEmpty())
        value.insert(QStringLiteral("statuses"), statusList);
    return value;
}

QByteArray notification(const WhatsAppAccount &account, const QList<QJsonObject> &changeValues)
{
    QJsonArray entries;
    for (const QJsonObject &value : changeValues) {
        entries.append(QJsonObject {
            { QStringLiteral("id"), account.businessAccountId },
            { QStringLiteral("changes"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("value"), value },
                    { QStringLiteral("field"), QStringLiteral("messages") },
                } } },
        });
    }
    const QJsonObject root {
        { QStringLiteral("object"), QStringLiteral("whatsapp_business_account") },
        { QStringLiteral("entry"), entries },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray inboundText(const WhatsAppAccount &account, const QString &from,
    const QString &profileName, const QString &wamid, const QString &body)
{
    return notification(account,
        { changeValue(account, QJsonArray { contact(from, profileName) },
            QJsonArray { textMessage(from, wamid, body) }) });
}

QByteArray statuses(const WhatsAppAccount &account, const QJsonArray &statusList)
{
    return notification(account, { changeValue(account, {}, {}, statusList) });
}

QByteArray signature(const QByteArray &body, const QByteArray &appSecret)
{
    return "sha256="
        + QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256).toHex();
}

} // namespace WhatsAppPayloads
