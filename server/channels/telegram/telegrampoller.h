#pragma once
#include "channels/channel.h"
#include "channels/telegram/telegramconfig.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace jack::channels {

class TelegramBotApi;
struct TelegramAnswer;

//! Long polling for a hub without a public address: getUpdates is held open by Telegram for
//! up to kPollSeconds; a batch is stored together with the next offset in one write job, and
//! only then is the next batch asked for (offset = last committed update_id + 1), so a crash
//! neither skips nor repeats an update. Errors back off and retry for as long as it runs.
class TelegramPoller : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollSeconds = 25;

    TelegramPoller(const ChannelContext &context, TelegramBotApi *api, QObject *parent = nullptr);

    //! (Re)starts with these settings: deleteWebhook (Telegram refuses getUpdates while a
    //! webhook is set), then polls.
    void start(const TelegramConfig &config);
    //! Cancels the call in flight; a batch already being stored still commits.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }

private:
    void clearWebhook();
    void poll();
    void onUpdates(const TelegramAnswer &answer);
    void markHealthy();
    void retryLater(const TelegramAnswer &answer);
    void retryLater(const QString &status, const QString &why, int delayMs);
    [[nodiscard]] qint64 storedOffset() const;

    ChannelContext m_ctx;
    TelegramBotApi *m_api;
    TelegramConfig m_config;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retry;
    quint64 m_generation = 0; // answers of an earlier run are ignored
    bool m_running = false;
    bool m_webhookCleared = false;
    qint64 m_offset = -1; // next update_id to ask for; -1: none committed for this bot yet
    int m_failures = 0;
    bool m_healthy = false; // the status board says "ok"
};

} // namespace jack::channels
