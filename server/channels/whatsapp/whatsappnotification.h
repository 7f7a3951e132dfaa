#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace jack::channels {

//! A file attached to a guest message, downloaded later through the Graph API media endpoint.
struct WhatsAppMedia {
    QString kind; // image | audio | video | document | sticker
    QString mediaId;
    QString mimeType;
    QString fileName; // documents only
};

//! One guest message out of a Meta notification.
struct WhatsAppInbound {
    QString wamid;
    QString from; // E.164 digits without '+'
    QString profileName;
    QString phoneNumberId; // our business number the guest wrote to
    QString contentType; // text, image, audio, video, document, location, …
    QString text; // the body, or a readable rendering for staff and the AI
    QString timestamp; // ISO-8601 UTC
    QList<WhatsAppMedia> media;
    //! Structured facts: location, contacts, reply (button/list), reaction, replyTo.
    QJsonObject meta;
};

//! One delivery status of a message we sent.
struct WhatsAppStatus {
    QString wamid;
    QString status; // sent | delivered | read | failed
    QString error; // staff-readable, with Meta's code, when failed
};

//! A parsed Cloud API notification: every entry, change, message and status of the batch.
struct WhatsAppNotification {
    QList<WhatsAppInbound> messages;
    QList<WhatsAppStatus> statuses;

    //! Parses the raw body; nothing when it is not a WhatsApp Business notification.
    [[nodiscard]] static std::optional<WhatsAppNotification> parse(
        const QByteArray &body, QString *error);
};

} // namespace jack::channels
