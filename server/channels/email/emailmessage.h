#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace jack::channels {

//! A file that came with a guest's mail.
struct EmailAttachment {
    QString fileName;
    QString mimeType;
    QByteArray bytes; // dropped once saved to a file
    qint64 size = 0;
};

//! A guest's mail as the hub needs it, parsed from the raw RFC 5322 bytes.
struct ParsedEmail {
    QString messageId; // "<id@host>"; made up from the bytes when the sender left it out
    QString inReplyTo; // "<id@host>" or empty
    QStringList references; // oldest first, each "<id@host>"
    QString subject;
    QString fromAddress; // lowercased
    QString fromName;
    QString text; // the body as written (HTML-only mail converted), quotes not yet stripped
    bool automatic = false; // auto-reply, bounce or bulk mail: never answered
    QList<EmailAttachment> attachments;
};

//! One reply of ours, ready to compose.
struct OutgoingEmail {
    QString fromAddress;
    QString fromName;
    QString to;
    QString subject;
    QString text;
    QString messageId; // "<uuid@hotel-domain>"
    QString inReplyTo;
    QStringList references;
};

} // namespace jack::channels
