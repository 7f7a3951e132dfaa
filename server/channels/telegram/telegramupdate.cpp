#include "channels/telegram/telegramupdate.h"

#include <QDateTime>
#include <QJsonArray>

namespace jack::channels {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

//! Chat and user ids are integers of up to 52 bits; never round-trip them through double text.
QString idText(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toInteger()) : QString();
}

QString coordinates(const QJsonObject &location)
{
    return QStringLiteral("%1, %2")
        .arg(location.value(QLatin1String("latitude")).toDouble(), 0, 'f', 6)
        .arg(location.value(QLatin1String("longitude")).toDouble(), 0, 'f', 6);
}

QString senderName(const QJsonObject &from, const QJsonObject &chat)
{
    const QJsonObject who = from.isEmpty() ? chat : from;
    const QString name
        = (str(who, "first_name") + QLatin1Char(' ') + str(who, "last_name")).trimmed();
    if (!name.isEmpty())
        return name;
    const QString username = str(who, "username");
    return username.isEmpty() ? QString() : QLatin1Char('@') + username;
}

//! The caption when there is one, else a short rendering staff and the AI can read.
QString withCaption(const QJsonObject &message, const QString &placeholder)
{
    const QString caption = str(message, "caption");
    return caption.isEmpty() ? placeholder : caption;
}

InboundMedia media(const QJsonObject &file, const QString &kind, const QString &fallbackMime)
{
    InboundMedia m;
    m.kind = kind;
    m.source = str(file, "file_id");
    m.mimeType = str(file, "mime_type");
    if (m.mimeType.isEmpty())
        m.mimeType = fallbackMime;
    m.fileName = str(file, "file_name");
    m.size = file.value(QLatin1String("file_size")).toInteger();
    return m;
}

} // namespace

std::optional<TelegramUpdate> TelegramUpdateParser::parse(const QJsonObject &update, QString *error)
{
    const QJsonValue id = update.value(QLatin1String("update_id"));
    if (!id.isDouble() || id.toInteger() < 0) {
        if (error)
            *error = QStringLiteral("update_id is missing or not a number");
        return std::nullopt;
    }
    TelegramUpdate out;
    out.updateId = id.toInteger();
    const bool edited = update.contains(QLatin1String("edited_message"));
    const QJsonObject message
        = update.value(edited ? QLatin1String("edited_message") : QLatin1String("message"))
              .toObject();
    if (message.isEmpty()) {
        out.skipped = QStringLiteral("not a message (%1)")
                          .arg(update.keys().filter(QStringLiteral("_")).join(QLatin1Char(',')));
        return out;
    }
    const QJsonObject chat = message.value(QLatin1String("chat")).toObject();
    if (idText(chat.value(QLatin1String("id"))).isEmpty()
        || !message.value(QLatin1String("message_id")).isDouble()) {
        out.skipped = QStringLiteral("a message without chat or message id");
        return out;
    }
    // Guests write to the bot one to one; a group the bot was added to is not a guest.
    if (str(chat, "type") != QLatin1String("private")) {
        out.skipped = QStringLiteral("a message in a %1 chat").arg(str(chat, "type"));
        return out;
    }
    out.message = fromMessage(message, edited);
    return out;
}

InboundMessage TelegramUpdateParser::fromMessage(const QJsonObject &message, bool edited)
{
    const QJsonObject chat = message.value(QLatin1String("chat")).toObject();
    const QJsonObject from = message.value(QLatin1String("from")).toObject();
    const QString chatId = idText(chat.value(QLatin1String("id")));
    const QString messageId = idText(message.value(QLatin1String("message_id")));

    InboundMessage in;
    in.channel = QStringLiteral("telegram");
    in.address = chatId;
    in.addressKind = AddressKind::Handle;
    in.displayName = senderName(from, chat);
    in.channelMessageId = chatId + QLatin1Char(':') + messageId;
    const qint64 date = message.value(QLatin1String(edited ? "edit_date" : "date")).toInteger();
    if (date > 0)
        in.timestamp = QDateTime::fromSecsSinceEpoch(date, Qt::UTC).toString(Qt::ISODate);
    in.meta.insert(QStringLiteral("telegramMessageId"), messageId);
    const QString username = str(from, "username");
    if (!username.isEmpty())
        in.meta.insert(QStringLiteral("telegramUsername"), username);

    in.contentType = QStringLiteral("text");
    if (message.contains(QLatin1String("text"))) {
        in.text = str(message, "text");
    } else if (message.contains(QLatin1String("photo"))) {
        // Telegram sends the same picture in several sizes, smallest first.
        const QJsonObject largest
            = message.value(QLatin1String("photo")).toArray().last().toObject();
        in.contentType = QStringLiteral("image");
        in.text = withCaption(message, QStringLiteral("[photo]"));
        in.media.append(media(largest, QStringLiteral("image"), QStringLiteral("image/jpeg")));
    } else if (message.contains(QLatin1String("voice"))) {
        in.contentType = QStringLiteral("audio");
        in.text = withCaption(message, QStringLiteral("[voice message]"));
        in.media.append(media(message.value(QLatin1String("voice")).toObject(),
            QStringLiteral("audio"), QStringLiteral("audio/ogg")));
    } else if (message.contains(QLatin1String("audio"))) {
        in.contentType = QStringLiteral("audio");
        in.text = withCaption(message, QStringLiteral("[audio]"));
        in.media.append(media(message.value(QLatin1String("audio")).toObject(),
            QStringLiteral("audio"), QStringLiteral("audio/mpeg")));
    } else if (message.contains(QLatin1String("video"))) {
        in.contentType = QStringLiteral("video");
        in.text = withCaption(message, QStringLiteral("[video]"));
        in.media.append(media(message.value(QLatin1String("video")).toObject(),
            QStringLiteral("video"), QStringLiteral("video/mp4")));
    } else if (message.contains(QLatin1String("document"))) {
        const QJsonObject document = message.value(QLatin1String("document")).toObject();
        in.contentType = QStringLiteral("document");
        in.text = withCaption(
            message, QStringLiteral("[document %1]").arg(str(document, "file_name")).trimmed());
        in.media.append(media(
            document, QStringLiteral("document"), QStringLiteral("application/octet-stream")));
    } else if (message.contains(QLatin1String("sticker"))) {
        const QJsonObject sticker = message.value(QLatin1String("sticker")).toObject();
        in.contentType = QStringLiteral("sticker");
        in.text = QStringLiteral("[sticker %1]").arg(str(sticker, "emoji")).trimmed();
    } else if (message.contains(QLatin1String("venue"))) {
        const QJsonObject venue = message.value(QLatin1String("venue")).toObject();
        in.contentType = QStringLiteral("location");
        in.text = QStringLiteral("📍 %1, %2 (%3)")
                      .arg(str(venue, "title"), str(venue, "address"),
                          coordinates(venue.value(QLatin1String("location")).toObject()));
    } else if (message.contains(QLatin1String("location"))) {
        in.contentType = QStringLiteral("location");
        in.text = QStringLiteral("📍 ")
            + coordinates(message.value(QLatin1String("location")).toObject());
    } else if (message.contains(QLatin1String("contact"))) {
        const QJsonObject contact = message.value(QLatin1String("contact")).toObject();
        const QString name
            = (str(contact, "first_name") + QLatin1Char(' ') + str(contact, "last_name")).trimmed();
        const QString phone = str(contact, "phone_number");
        in.contentType = QStringLiteral("contact");
        in.text = QStringLiteral("📇 %1, %2").arg(name, phone);
        // A guest sharing their own card ("Share my phone number") tells us their number.
        const QString contactUser = idText(contact.value(QLatin1String("user_id")));
        if (!contactUser.isEmpty() && contactUser == idText(from.value(QLatin1String("id"))))
            in.meta.insert(QStringLiteral("sharedPhone"), phone);
    } else {
        in.contentType = QStringLiteral("unknown");
        in.text = withCaption(message, QStringLiteral("[unsupported Telegram message]"));
    }

    if (edited) {
        // An edit keeps the message id; it is stored as a new guest message so the original
        // stays in the record and the AI sees what changed.
        in.channelMessageId += QStringLiteral(":edit:") + QString::number(date);
        in.text = QStringLiteral("[edited] ") + in.text;
        in.meta.insert(QStringLiteral("edited"), true);
    }
    return in;
}

} // namespace jack::channels
