#pragma once
#include "channels/channel.h"
#include "channels/email/emailsettings.h"
#include "channels/email/imapreceiver.h"

#include <QPointer>

#include <optional>

class QThread;

namespace jack::channels {

//! The E-mail channel: sends replies over SMTP and records guests' mail from an IMAP mailbox.
//! The blocking mail libraries run in two threads of its own (one watching the mailbox, one
//! for sends and connection tests); this object only hands work over and stores results.
class EmailChannel : public Channel {
    Q_OBJECT
public:
    EmailChannel(const ChannelContext &context, QObject *parent = nullptr);
    ~EmailChannel() override;
    [[nodiscard]] QString id() const override { return QStringLiteral("email"); }
    [[nodiscard]] QString appId() const override { return QStringLiteral("email"); }
    void start() override;
    void stop() override;
    void reconfigure() override;
    void send(const storage::OutboxItem &item, SendCallback done) override;
    [[nodiscard]] Pacing pacing(const storage::OutboxItem &item) const override;
    void testConnection(TestCallback done) override;

private:
    const EmailSettings &settings();
    void startReceiver();
    void stopReceiver(bool wait);
    void store(const ImapBatch &batch, quint64 generation);
    void setStatus(const QString &status, const QString &detail);
    //! Runs `work` in the mail thread (started on first use).
    void inMailThread(std::function<void()> work);
    [[nodiscard]] ImapCursor loadCursor(const QString &mailbox) const;

    std::optional<EmailSettings> m_settings;
    QThread *m_mailThread = nullptr;
    QObject *m_mailWorker = nullptr; // lives in m_mailThread
    QThread *m_receiverThread = nullptr;
    QPointer<ImapReceiver> m_receiver;
    quint64 m_generation = 0; // batches and statuses of a replaced receiver are ignored
    bool m_started = false;
};

} // namespace jack::channels
