#include "channels/whatsapp/whatsappnotification.h"

#include "core/clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jack::channels {

namespace {
QString isoFromUnix(const QString &seconds)
{
    bool ok = false;
    const qint64 s = seconds.toLongLong(&ok);
    return ok ? core::Clock::toIso(QDateTime::fromSecsSinceEpoch(s, Qt::UTC))
              : core::Clock::nowIso();
}

//! A readable stand-in for what the guest sent, for staff and for the AI.
QString renderContent(const QString &type, const QJsonObject &m)
{
    const QJsonObject body = m.value(type).toObject();
    const QString caption = body.value(QLatin1String("caption")).toString();
    auto withCaption = [&](const QString &label) {
        return caption.isEmpty() ? label : label + QStringLiteral(": ") + caption;
    };
    if (type == QLatin1String("text"))
        return body.value(QLatin1String("body")).toString();
    if (type == QLatin1String("image"))
        return withCaption(QStringLiteral("[image]"));
    if (type == QLatin1String("video"))
        return withCaption(QStringLiteral("[video]"));
    if (type == QLatin1String("audio"))
        return QStringLiteral("[voice message]");
    if (type == QLatin1String("document"))
        return withCaption(
            QStringLiteral("[document %1]").arg(body.value(QLatin1String("filename")).toString()))
            .replace(QStringLiteral(" ]"), QStringLiteral("]"));
    if (type == QLatin1String("sticker"))
        return QStringLiteral("[sticker]");
    if (type == QLatin1String("location")) {
        const QString name = body.value(QLatin1String("name")).toString();
        return QStringLiteral("[location %1, %2%3]")
            .arg(body.value(QLatin1String("latitude")).toDouble())
            .arg(body.value(QLatin1String("longitude")).toDouble())
            .arg(name.isEmpty() ? QString() : QStringLiteral(" ") + name);
    }
    if (type == QLatin1String("button"))
        return m.value(QLatin1String("button")).toObject().value(QLatin1String("text")).toString();
    if (type == QLatin1String("interactive")) {
        const QJsonObject reply = body.value(QLatin1String("button_reply")).toObject();
        const QJsonObject list = body.value(QLatin1String("list_reply")).toObject();
        return !reply.isEmpty() ? reply.value(QLatin1String("title")).toString()
                                : list.value(QLatin1String("title")).toString();
    }
    if (type == QLatin1String("reaction"))
        return QStringLiteral("[reaction %1]").arg(body.value(QLatin1String("emoji")).toString());
    if (type == QLatin1String("contacts"))
        return QStringLiteral("[contact card]");
    return QStringLiteral("[%1 message]").arg(type);
}
} // namespace

std::optional<WhatsAppNotification> WhatsAppNotification::parse(
    const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("body is not JSON: ") + parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("object")).toString()
        != QLatin1String("whatsapp_business_account")) {
        *error = QStringLiteral("object must be whatsapp_business_account");
        return std::nullopt;
    }
    if (!root.value(QLatin1String("entry")).isArray()) {
        *error = QStringLiteral("entry must be an array");
        return std::nullopt;
    }
    WhatsAppNotification out;
    for (const QJsonValue &entry : root.value(QLatin1String("entry")).toArray()) {
        for (const QJsonValue &changeValue :
            entry.toObject().value(QLatin1String("changes")).toArray()) {
            const QJsonObject change = changeValue.toObject();
            if (change.value(QLatin1String("field")).toString() != QLatin1String("messages"))
                continue;
            const QJsonObject value = change.value(QLatin1String("value")).toObject();
            const QString phoneNumberId = value.value(QLatin1String("metadata"))
                                              .toObject()
                                              .value(QLatin1String("phone_number_id"))
                                              .toString();
            QHash<QString, QString> names;
            for (const QJsonValue &c : value.value(QLatin1String("contacts")).toArray()) {
                const QJsonObject contact = c.toObject();
                names.insert(contact.value(QLatin1String("wa_id")).toString(),
                    contact.value(QLatin1String("profile"))
                        .toObject()
                        .value(QLatin1String("name"))
                        .toString());
            }
            for (const QJsonValue &mv : value.value(QLatin1String("messages")).toArray()) {
                const QJsonObject m = mv.toObject();
                WhatsAppInbound in;
                in.wamid = m.value(QLatin1String("id")).toString();
                in.from = m.value(QLatin1String("from")).toString();
                if (in.wamid.isEmpty() || in.from.isEmpty()) {
                    *error = QStringLiteral("a message lacks id or from");
                    return std::nullopt;
                }
                in.profileName = names.value(in.from);
                in.phoneNumberId = phoneNumberId;
                in.contentType = m.value(QLatin1String("type")).toString(QStringLiteral("unknown"));
                in.text = renderContent(in.contentType, m);
                in.timestamp = isoFromUnix(m.value(QLatin1String("timestamp")).toString());
                out.messages.append(in);
            }
            for (const QJsonValue &sv : value.value(QLatin1String("statuses")).toArray()) {
                const QJsonObject s = sv.toObject();
                WhatsAppStatus st;
                st.wamid = s.value(QLatin1String("id")).toString();
                st.status = s.value(QLatin1String("status")).toString();
                const QJsonObject err
                    = s.value(QLatin1String("errors")).toArray().first().toObject();
                if (!err.isEmpty()) {
                    st.error
                        = QStringLiteral("%1: %2")
                              .arg(err.value(QLatin1String("code")).toInt())
                              .arg(err.value(QLatin1String("title"))
                                       .toString(err.value(QLatin1String("message")).toString()));
                }
                if (!st.wamid.isEmpty() && !st.status.isEmpty())
                    out.statuses.append(st);
            }
        }
    }
    return out;
}

} // namespace jack::channels
