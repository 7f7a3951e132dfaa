#include "channels/telegram/telegramconfig.h"

#include "storage/appsettings.h"

#include <QRegularExpression>

namespace jack::channels {

TelegramConfig TelegramConfig::load(const QSqlDatabase &db, const ops::SecretStore &secrets)
{
    const storage::AppSettings s
        = storage::AppSettings::load(db, secrets, QStringLiteral("telegram"));
    TelegramConfig c;
    c.enabled = s.enabled;
    c.botToken = s.value(QStringLiteral("botToken")).trimmed();
    c.mode = s.value(QStringLiteral("mode"));
    if (c.mode.isEmpty())
        c.mode = QStringLiteral("polling");
    c.webhookSecret = s.value(QStringLiteral("webhookSecret"));
    c.apiBaseUrl = s.value(QStringLiteral("apiBaseUrl")).trimmed();
    if (c.apiBaseUrl.isEmpty())
        c.apiBaseUrl = QString::fromLatin1(defaultApiBaseUrl);
    while (c.apiBaseUrl.endsWith(QLatin1Char('/')))
        c.apiBaseUrl.chop(1);
    return c;
}

QUrl TelegramConfig::methodUrl(const QString &method) const
{
    return QUrl(apiBaseUrl + QStringLiteral("/bot") + botToken + QLatin1Char('/') + method);
}

QUrl TelegramConfig::fileUrl(const QString &filePath) const
{
    return QUrl(apiBaseUrl + QStringLiteral("/file/bot") + botToken + QLatin1Char('/') + filePath);
}

QString TelegramConfig::redacted(const QString &text) const
{
    QString out = text;
    // A mistyped token does not match the usual shape, so the literal goes first.
    if (!botToken.isEmpty())
        out.replace(botToken, QStringLiteral("<hidden>"));
    return redact(out);
}

QString TelegramConfig::redact(const QString &text)
{
    // Tokens look like 123456789:AAH…; the path segment is "bot" + token. Anything after
    // "bot<digits>:" up to the next '/', space or quote is the secret half.
    static const QRegularExpression token(QStringLiteral("bot\\d+:[^/\\s\"'?#]*"));
    QString out = text;
    out.replace(token, QStringLiteral("bot<hidden>"));
    return out;
}

} // namespace jack::channels
