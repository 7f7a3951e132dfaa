#pragma once
#include "core/conversationstate.h"
#include "storage/listpage.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace jack::storage {

//! Which conversations GET /conversations lists by their snooze.
enum class SnoozeFilter { Any, Snoozed, Awake };

//! Filters of GET /conversations.
struct ConversationFilter {
    QString state, channel, assignedTo, text, guestId;
    SnoozeFilter snoozed = SnoozeFilter::Any;
    int limit = 50;
    int offset = 0;
};

//! The row fields the domain logic needs (the API shape comes from get()).
struct ConversationRecord {
    QString id, guestId, channel, channelAddress, assignedTo, language;
    core::ConversationState state = core::ConversationState::New;
    bool staffReplied = false;
};

//! Conversations, one open per guest and channel.
class ConversationStore {
public:
    explicit ConversationStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    //! The guest's conversation on the channel: the latest one not closed, reopened when it
    //! was resolved; a new one when there is none. `created` tells which.
    ConversationRecord openFor(
        const QString &guestId, const QString &channel, const QString &address, bool *created);
    [[nodiscard]] std::optional<ConversationRecord> record(const QString &id) const;
    [[nodiscard]] QJsonObject get(const QString &id) const; // API shape; empty when unknown
    [[nodiscard]] ListPage list(const ConversationFilter &filter) const;
    //! Counts by state, and `views`: the desk's inbox filters for the staff member `userId`.
    [[nodiscard]] QJsonObject stats(const QString &userId = {}) const;

    void setState(const QString &id, core::ConversationState state, const QString &reason = {});
    void setAssignee(const QString &id, const QString &staffId);
    void setIntent(const QString &id, const QString &intent, const QString &language);
    void setStaffReplied(const QString &id, bool replied);
    //! A guest message also ends a snooze.
    void touch(const QString &id, const QString &at, bool fromGuest);
    //! Snoozes until `until` (ISO-8601 UTC); empty wakes the conversation.
    void setSnoozedUntil(const QString &id, const QString &until);
    //! Snoozed conversations whose time has come (snoozed_until <= now), soonest first.
    [[nodiscard]] QStringList snoozeDue(const QString &now) const;
    //! The earliest snooze end, or empty when nothing is snoozed.
    [[nodiscard]] QString nextSnoozeEnd() const;

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
