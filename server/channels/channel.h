#pragma once
#include "channels/retrypolicy.h"

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <functional>

class QNetworkAccessManager;

namespace jack::core {
class StatusBoard;
}
namespace jack::ops {
class SecretStore;
}
namespace jack::storage {
class WriteQueue;
struct OutboxItem;
struct MediaRecord;
} // namespace jack::storage

namespace jack::channels {

//! The answer to one send.
struct SendResult {
    SendOutcome outcome = SendOutcome::Retry;
    QString channelMessageId; // the provider's id when sent
    QString error; // staff-readable reason when not sent
    QString errorCode; // the provider's code, kept for support ("131047", "30007"…)
    int retryAfterMs = 0; // > 0: the provider asked us to wait this long (Retry only)
    QJsonObject meta; // merged into the message's meta when sent (e-mail Message-ID…)
};

//! A downloaded media file, or why it could not be fetched.
struct FetchedMedia {
    bool ok = false;
    bool permanent = false; // when !ok: true = give up, false = try again later
    QByteArray bytes;
    QString mimeType;
    QString fileName;
    QString error;
};

//! How fast one recipient or sender may be sent to: a token bucket of `burst` tokens
//! refilled at `perSecond`; each send costs `cost` tokens (SMS: its segments).
struct Pacing {
    QString key; // empty: no pacing
    double perSecond = 0;
    double burst = 1;
    double cost = 1;
};

//! What every channel shares in the channels thread.
struct ChannelContext {
    QString connection; // the channels thread's read connection
    const ops::SecretStore *secrets = nullptr;
    storage::WriteQueue *writer = nullptr;
    QNetworkAccessManager *network = nullptr;
    core::StatusBoard *status = nullptr;
    QString dataDir;

    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(connection); }
};

//! One way guests reach the hotel (WhatsApp, SMS, e-mail, web chat, Telegram): sends outbox
//! rows, fetches media, and runs its receiver when it has one (an IMAP mailbox, Telegram
//! long polling). Lives in the channels thread; never blocks it.
class Channel : public QObject {
    Q_OBJECT
public:
    using SendCallback = std::function<void(const SendResult &)>;
    using FetchCallback = std::function<void(const FetchedMedia &)>;
    using TestCallback = std::function<void(bool ok, const QString &message)>;

    Channel(const ChannelContext &context, QObject *parent = nullptr)
        : QObject(parent)
        , m_ctx(context)
    {
    }

    //! The `channel` value of its messages: whatsapp, sms, email, webchat, telegram.
    [[nodiscard]] virtual QString id() const = 0;
    //! The app holding its settings: whatsapp, twilio-sms, email, webchat, telegram.
    [[nodiscard]] virtual QString appId() const = 0;

    //! Starts receivers (pollers); called once the hub is ready.
    virtual void start() { }
    virtual void stop() { }
    //! The app's settings were saved: drop cached settings, restart receivers.
    virtual void reconfigure() { }

    //! Sends one outbox row; `done` is called exactly once, in this thread.
    virtual void send(const storage::OutboxItem &item, SendCallback done) = 0;
    [[nodiscard]] virtual Pacing pacing(const storage::OutboxItem &item) const
    {
        Q_UNUSED(item);
        return {};
    }
    //! Downloads an inbound media file named by `media.source`.
    virtual void fetchMedia(const storage::MediaRecord &media, FetchCallback done)
    {
        Q_UNUSED(media);
        done(FetchedMedia { false, true, {}, {}, {}, QStringLiteral("not supported") });
    }
    //! A real, minimal call to the configured provider with the saved settings.
    virtual void testConnection(TestCallback done) = 0;

protected:
    ChannelContext m_ctx;
};

} // namespace jack::channels
