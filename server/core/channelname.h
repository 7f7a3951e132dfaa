#pragma once
#include <QString>

namespace jack::core {

//! How a channel is named in a sentence for people and models: "WhatsApp", "SMS", "e-mail",
//! "the web chat", "Telegram"; the id itself for others.
[[nodiscard]] inline QString channelName(const QString &channel)
{
    if (channel == QLatin1String("whatsapp"))
        return QStringLiteral("WhatsApp");
    if (channel == QLatin1String("sms"))
        return QStringLiteral("SMS");
    if (channel == QLatin1String("email"))
        return QStringLiteral("e-mail");
    if (channel == QLatin1String("webchat"))
        return QStringLiteral("the web chat");
    if (channel == QLatin1String("telegram"))
        return QStringLiteral("Telegram");
    return channel;
}

} // namespace jack::core
