#pragma once
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace jack::gateway {

//! The values of the canned-response variables for one conversation: the guest and their room
//! (conversation), the hotel (settings), the Wi-Fi (knowledge base), the clerk (staff).
class ReplyContext {
public:
    //! `conversationId` may be empty: then only hotel-wide values are known.
    [[nodiscard]] static QHash<QString, QString> values(
        const QSqlDatabase &db, const QString &conversationId, const QString &staffId);
};

} // namespace jack::gateway
