#pragma once
#include "channels/email/emailmessage.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace jack::channels {

//! Keeps e-mail conversations threaded: finds the conversation a guest's mail continues, and
//! the headers our reply needs to continue the guest's thread.
class EmailThreads {
public:
    //! The conversation of the newest stored mail (ours or the guest's) that `mail` names in
    //! In-Reply-To, then References (newest first); empty when none is known.
    [[nodiscard]] static QString conversationFor(const QSqlDatabase &db, const ParsedEmail &mail);

    //! What a reply in a conversation continues.
    struct ReplyContext {
        QString inReplyTo;
        QStringList references;
        QString subject;
    };
    //! From the conversation's newest e-mail with a Message-ID; a fresh thread when none.
    [[nodiscard]] static ReplyContext replyContext(
        const QSqlDatabase &db, const QString &conversationId, const QString &hotelName);
    //! "Re: <subject>" without stacking prefixes; a default naming the hotel when empty.
    [[nodiscard]] static QString replySubject(const QString &subject, const QString &hotelName);
};

} // namespace jack::channels
