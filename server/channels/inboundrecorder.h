#pragma once
#include <QJsonObject>
#include <QList>
#include <QString>

namespace jack::storage {
class WriteTx;
}

namespace jack::channels {

//! A file that came with a guest message; downloaded after commit by the media fetcher.
struct InboundMedia {
    QString kind; // image | audio | video | document | sticker | file
    QString mimeType;
    QString fileName;
    QString source; // provider media id or URL the fetcher downloads from
    QString localPath; // set instead of `source` when the channel already saved the file
    qint64 size = 0;
};

//! How the guest is identified on the channel.
enum class AddressKind {
    Phone, // E.164: the same guest on WhatsApp and SMS
    Email, // the same guest on any channel that knows this address
    Handle, // a channel-private id (Telegram chat, web chat session)
};

//! A guest message as any channel hands it over.
struct InboundMessage {
    QString channel; // whatsapp | sms | email | webchat | telegram
    QString address; // normalised phone (E.164), e-mail, or channel handle
    QString displayName;
    QString channelMessageId;
    QString contentType;
    QString text; // what staff and the AI read (caption, location, chosen button…)
    QString timestamp;
    AddressKind addressKind = AddressKind::Phone;
    QJsonObject meta; // channel facts kept with the message (e-mail thread ids, subject…)
    QList<InboundMedia> media;
    //! Continue this conversation when it is still open (e-mail In-Reply-To match).
    QString conversationId;
};

//! Stores what channels receive, inside the caller's write transaction: the guest is found or
//! created, the conversation opened or reopened, the state machine advanced, change rows
//! written and the message announced to the AI after commit.
class InboundRecorder {
public:
    //! False when this provider message id was stored before (a redelivery).
    //! `messageId`, when given, receives the stored message's id.
    static bool record(
        storage::WriteTx &tx, const InboundMessage &message, QString *messageId = nullptr);
    //! Applies a provider delivery status; false when unknown or stale (never backwards).
    static bool applyStatus(storage::WriteTx &tx, const QString &channel,
        const QString &channelMessageId, const QString &status, const QString &error);
};

} // namespace jack::channels
