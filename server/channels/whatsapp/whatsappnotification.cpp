#include "channels/whatsapp/whatsappnotification.h"

#include "channels/whatsapp/graphclient.h"
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

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

//! Media types carry an id to download; the rest carry everything in the notification.
bool isMediaType(const QString &type)
{
    return type == QLatin1String("image") || type == QLatin1String("audio")
        || type == QLatin1String("video") || type == QLatin1String("document")
        || type == QLatin1String("sticker");
}

//! What a guest's reply to a button or list was, or nothing.
QJsonObject replyOf(const QString &type, const QJsonObject &m)
{
    if (type == QLatin1String("button")) {
        // A quick-reply button of a template we sent.
        const QJsonObject b = m.value(QLatin1String("button")).toObject();
        return { { "type", "button" }, { "title", str(b, "text") },
            { "payload", str(b, "payload") } };
    }
    if (type == QLatin1String("interactive")) {
        const QJsonObject body = m.value(QLatin1String("interactive")).toObject();
        const QString kind = str(body, "type");
        const QJsonObject r = body.value(kind).toObject();
        if (kind == QLatin1String("button_reply") || kind == QLatin1String("list_reply"))
            return { { "type", kind }, { "id", str(r, "id") }, { "title", str(r, "title") },
                { "description", str(r, "description") } };
    }
    return {};
}

QString number(double v)
{
    return QString::number(v, 'g', 9);
}

//! A readable rendering of what the guest sent, for staff and for the AI; the structured
//! facts go into `meta`.
QString renderContent(const QString &type, const QJsonObject &m, QJsonObject *meta)
{
    const QJsonObject body = m.value(type).toObject();
    const QString caption = str(body, "caption");
    auto withCaption = [&](const QString &label) {
        return caption.isEmpty() ? label : label + QStringLiteral(": ") + caption;
    };
    if (type == QLatin1String("text"))
        return str(body, "body");
    if (type == QLatin1String("image"))
        return withCaption(QStringLiteral("[image]"));
    if (type == QLatin1String("video"))
        return withCaption(QStringLiteral("[video]"));
    if (type == QLatin1String("audio"))
        return body.value(QLatin1String("voice")).toBool() ? QStringLiteral("[voice message]")
                                                           : QStringLiteral("[audio]");
    if (type == QLatin1String("document")) {
        const QString name = str(body, "filename");
        return withCaption(name.isEmpty() ? QStringLiteral("[document]")
                                          : QStringLiteral("[document %1]").arg(name));
    }
    if (type == QLatin1String("sticker"))
        return QStringLiteral("[sticker]");
    if (type == QLatin1String("location")) {
        const double lat = body.value(QLatin1String("latitude")).toDouble();
        const double lon = body.value(QLatin1String("longitude")).toDouble();
        QStringList place;
        for (const char *key : { "name", "address" }) {
            const QString part = str(body, key).trimmed();
            if (!part.isEmpty() && !place.contains(part))
                place.append(part);
        }
        meta->insert(QStringLiteral("location"),
            QJsonObject { { "latitude", lat }, { "longitude", lon }, { "name", str(body, "name") },
                { "address", str(body, "address") }, { "url", str(body, "url") } });
        const QString coordinates = QStringLiteral("(%1, %2)").arg(number(lat), number(lon));
        return QStringLiteral("📍 ")
            + (place.isEmpty() ? coordinates
                               : place.join(QStringLiteral(", ")) + QLatin1Char(' ') + coordinates);
    }
    if (type == QLatin1String("contacts")) {
        QJsonArray cards;
        QStringList lines;
        for (const QJsonValue &cv : m.value(QLatin1String("contacts")).toArray()) {
            const QJsonObject c = cv.toObject();
            const QString name = str(c.value(QLatin1String("name")).toObject(), "formatted_name");
            QStringList phones;
            for (const QJsonValue &p : c.value(QLatin1String("phones")).toArray())
                phones.append(str(p.toObject(), "phone"));
            cards.append(
                QJsonObject { { "name", name }, { "phones", QJsonArray::fromStringList(phones) } });
            lines.append(phones.isEmpty()
                    ? name
                    : QStringLiteral("%1 (%2)").arg(name, phones.join(QStringLiteral(", "))));
        }
        meta->insert(QStringLiteral("contacts"), cards);
        return QStringLiteral("👤 shared a contact: ") + lines.join(QStringLiteral("; "));
    }
    if (type == QLatin1String("button") || type == QLatin1String("interactive")) {
        const QJsonObject reply = replyOf(type, m);
        if (!reply.isEmpty()) {
            meta->insert(QStringLiteral("reply"), reply);
            return reply.value(QLatin1String("title")).toString();
        }
        return QStringLiteral("[form reply]");
    }
    if (type == QLatin1String("reaction")) {
        const QString emoji = str(body, "emoji");
        meta->insert(QStringLiteral("reaction"),
            QJsonObject { { "emoji", emoji }, { "messageId", str(body, "message_id") } });
        // An empty emoji is Meta's way of saying the reaction was taken back.
        return emoji.isEmpty() ? QStringLiteral("removed a reaction from a message")
                               : QStringLiteral("reacted %1 to a message").arg(emoji);
    }
    if (type == QLatin1String("unsupported"))
        return QStringLiteral("[a message type WhatsApp does not pass on]");
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
                in.text = renderContent(in.contentType, m, &in.meta);
                if (isMediaType(in.contentType)) {
                    const QJsonObject file = m.value(in.contentType).toObject();
                    WhatsAppMedia media { in.contentType, str(file, "id"), str(file, "mime_type"),
                        str(file, "filename") };
                    if (!media.mediaId.isEmpty())
                        in.media.append(media);
                }
                const QString replyTo = str(m.value(QLatin1String("context")).toObject(), "id");
                if (!replyTo.isEmpty())
                    in.meta.insert(QStringLiteral("replyTo"), replyTo);
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
                    // The same words as a refused send, so staff read one story.
                    st.error = GraphClient::describe(err.value(QLatin1String("code")).toInt(), 200,
                        err.value(QLatin1String("title"))
                            .toString(err.value(QLatin1String("message")).toString()))
                                   .error;
                }
                if (!st.wamid.isEmpty() && !st.status.isEmpty())
                    out.statuses.append(st);
            }
        }
    }
    return out;
}

} // namespace jack::channels
