#pragma once
#include "storage/listpage.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace jack::storage {

//! Guests and their reservations.
class GuestStore {
public:
    explicit GuestStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    //! The guest with this normalised phone; created with `displayName` when unknown.
    QString findOrCreateByPhone(const QString &phone, const QString &displayName);
    //! The guest with this e-mail address (case-insensitive); created when unknown.
    QString findOrCreateByEmail(const QString &email, const QString &displayName);
    //! The guest who wrote before from this channel address (a Telegram chat, a web chat
    //! session); created when unknown.
    QString findOrCreateByHandle(
        const QString &channel, const QString &address, const QString &displayName);
    QString create(const QString &firstName, const QString &lastName, const QString &phone,
        const QString &email, const QString &language, bool vip);
    void addReservation(const QString &guestId, const QString &confirmation, const QString &room,
        const QString &roomType, const QString &arrival, const QString &departure,
        const QString &status);
    [[nodiscard]] QJsonObject get(const QString &id) const; // empty when unknown
    [[nodiscard]] ListPage list(const QString &query, int limit, int offset) const;
    //! Room of the guest's current or next stay, empty when none.
    [[nodiscard]] QString currentRoom(const QString &guestId) const;

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
