#pragma once
#include "ai/replycomposer.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace jack::ai {

//! One guest message as the copilot reads it.
struct BriefMessage {
    QString id, text, intent, language, createdAt;
};

//! One open task of the guest, staff-facing.
struct BriefTask {
    QString description, department, status, priority;
};

//! What staff need to know before answering a conversation: the input of every copilot,
//! offline or model-backed.
struct CopilotBrief {
    QString conversationId, guestId, guestName, channel, roomNumber, state, escalationReason;
    QString language; //!< the conversation's (or the guest's) language code, may be empty
    bool vip = false;
    QList<BriefMessage> guestMessages; //!< the latest ones, oldest first
    int earlierGuestMessages = 0; //!< guest messages before guestMessages
    //! The first guest message no person has answered yet (empty when staff answered last).
    QString waitingSince;
    QList<BriefTask> openTasks;
    QStringList memories; //!< the guest memories, e.g. "Allergic to shellfish"
    HotelInfo hotel;
};

//! Reads a CopilotBrief from the database.
class CopilotBriefReader {
public:
    static constexpr int kMaxMessages = 8;
    //! Empty when the conversation is unknown. `db` is a connection of the calling thread.
    [[nodiscard]] static std::optional<CopilotBrief> read(
        const QSqlDatabase &db, const QString &conversationId);
    //! The hotel facts replies may quote (settings key "hotel").
    [[nodiscard]] static HotelInfo hotelInfo(const QSqlDatabase &db);
};

} // namespace jack::ai
