#pragma once
#include "storage/listpage.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace jack::storage {

//! What a reservation list asks for; empty fields do not filter.
struct ReservationFilter {
    QStringList statuses; // confirmed, checked_in, checked_out, cancelled, no_show
    QString guestId;
    QDate arrivalDate; // arrives on this day
    QDate departureDate; // leaves on this day
    QDate stayingOn; // arrival <= day < departure
    QString query; // guest name, phone, e-mail, room or confirmation number (LIKE %q%)
    int limit = 50;
    int offset = 0;
};

//! Reservations as the front desk reads them: each with its guest's name.
class ReservationStore {
public:
    explicit ReservationStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    //! Sorted by arrival date, then guest name.
    [[nodiscard]] ListPage list(const ReservationFilter &filter) const;
    [[nodiscard]] QJsonObject get(const QString &id) const; // empty when unknown

    //! The reservation statuses the hub knows.
    [[nodiscard]] static QStringList statuses();
    //! Today's date at the hotel: in `timeZone` (IANA id) when valid, else the machine's.
    [[nodiscard]] static QDate hotelToday(const QString &timeZone);

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
