#pragma once
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

namespace jack::ops {
class SecretStore;
}

namespace jack::channels {

//! The `telegram` app's settings, the token decrypted; builds Bot API URLs (which carry the
//! token, so they go through redact() before they reach a log or an answer).
struct TelegramConfig {
    static constexpr const char *defaultApiBaseUrl = "https://api.telegram.org";

    bool enabled = false;
    QString botToken, mode, webhookSecret, apiBaseUrl;

    [[nodiscard]] static TelegramConfig load(
        const QSqlDatabase &db, const ops::SecretStore &secrets);

    [[nodiscard]] bool canCall() const { return enabled && !botToken.isEmpty(); }
    [[nodiscard]] bool usesWebhook() const { return mode == QLatin1String("webhook"); }
    //! The numeric bot id before the ':' of the token: update ids belong to one bot.
    [[nodiscard]] QString botId() const { return botToken.section(QLatin1Char(':'), 0, 0); }
    //! {apiBaseUrl}/bot<token>/<method>
    [[nodiscard]] QUrl methodUrl(const QString &method) const;
    //! {apiBaseUrl}/file/bot<token>/<filePath>
    [[nodiscard]] QUrl fileUrl(const QString &filePath) const;

    //! `text` without this bot's token (Qt error strings quote the URL, token and all).
    [[nodiscard]] QString redacted(const QString &text) const;
    //! Replaces every bot token in `text` (URLs, error strings) with "bot<hidden>".
    [[nodiscard]] static QString redact(const QString &text);
};

} // namespace jack::channels
