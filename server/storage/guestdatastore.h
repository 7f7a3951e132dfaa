#pragma once
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace jack::storage {

//! What an erasure removed: the ids desks must refresh and the media files to delete from
//! the data folder once the transaction committed.
struct GuestErasure {
    QStringList conversationIds;
    QStringList taskIds;
    QStringList mediaPaths; // relative to the data folder
    int messages = 0;
    int media = 0;
    int memories = 0;
    int reservations = 0;
    //! Counts only: what the audit entry may say.
    [[nodiscard]] QJsonObject counts() const;
};

//! Everything Jack holds about one guest, for a data-subject request (GDPR art. 15 and 17):
//! an export as one JSON document, and an erasure that anonymises the guest while keeping
//! the non-personal statistics (message counts, intents, languages, timings).
class GuestDataStore {
public:
    explicit GuestDataStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    [[nodiscard]] bool exists(const QString &guestId) const;
    //! The guest's profile and reservations, conversations with their messages, tasks,
    //! memories and media file references; empty when the guest is unknown.
    [[nodiscard]] QJsonObject exportDocument(const QString &guestId) const;
    //! Run inside a write transaction. Removes memories, message texts, media rows, web chat
    //! sessions and reservations; anonymises the guest, its channel addresses and outbox
    //! recipients; cancels undelivered sends; drops earlier change-feed rows that carried
    //! the guest's data.
    GuestErasure erase(const QString &guestId);
    //! The anonymised guest's display name.
    static constexpr const char *kErasedName = "Erased guest";

private:
    [[nodiscard]] QStringList conversationIds(const QString &guestId) const;
    [[nodiscard]] QStringList taskIds(const QString &guestId) const;
    QSqlDatabase m_db;
};

} // namespace jack::storage
