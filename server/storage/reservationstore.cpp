#include "storage/reservationstore.h"

#include "storage/sqlquery.h"

#include <QDateTime>
#include <QTimeZone>

namespace jack::storage {

namespace {
const QString kColumns = QStringLiteral(
    "r.id, r.guest_id, g.display_name, g.vip, g.language, g.phone, g.email, "
    "r.confirmation_number, r.room_number, r.room_type, r.arrival_date, r.departure_date, "
    "r.status, r.created_at");

QJsonObject reservationJson(const SqlQuery &q)
{
    auto text = [&](int i) {
        const QVariant v = q.value(i);
        return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
    };
    const QDate arrival = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    const QDate departure = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    return { { "id", q.value(0).toString() }, { "guestId", q.value(1).toString() },
        { "guestName", q.value(2).toString() }, { "vip", q.value(3).toBool() },
        { "language", text(4) }, { "phone", text(5) }, { "email", text(6) },
        { "confirmationNumber", q.value(7).toString() }, { "roomNumber", text(8) },
        { "roomType", text(9) }, { "arrivalDate", q.value(10).toString() },
        { "departureDate", q.value(11).toString() },
        { "nights", arrival.isValid() && departure.isValid() ? int(arrival.daysTo(departure)) : 0 },
        { "status", q.value(12).toString() }, { "createdAt", q.value(13).toString() } };
}
} // namespace

QStringList ReservationStore::statuses()
{
    return { QStringLiteral("confirmed"), QStringLiteral("checked_in"),
        QStringLiteral("checked_out"), QStringLiteral("cancelled"), QStringLiteral("no_show") };
}

QDate ReservationStore::hotelToday(const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    if (timeZone.isEmpty() || !zone.isValid())
        return QDate::currentDate();
    return QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
}

ListPage ReservationStore::list(const ReservationFilter &filter) const
{
    QString where = QStringLiteral(" WHERE 1=1");
    QList<QPair<QString, QVariant>> binds;
    if (!filter.statuses.isEmpty()) {
        QStringList names;
        for (int i = 0; i < filter.statuses.size(); ++i) {
            names.append(QStringLiteral(":s%1").arg(i));
            binds.append({ names.last(), filter.statuses.at(i) });
        }
        where += QStringLiteral(" AND r.status IN (%1)").arg(names.join(QLatin1Char(',')));
    }
    if (!filter.guestId.isEmpty()) {
        where += QStringLiteral(" AND r.guest_id = :guest");
        binds.append({ QStringLiteral(":guest"), filter.guestId });
    }
    if (filter.arrivalDate.isValid()) {
        where += QStringLiteral(" AND r.arrival_date = :arrival");
        binds.append({ QStringLiteral(":arrival"), filter.arrivalDate.toString(Qt::ISODate) });
    }
    if (filter.departureDate.isValid()) {
        where += QStringLiteral(" AND r.departure_date = :departure");
        binds.append({ QStringLiteral(":departure"), filter.departureDate.toString(Qt::ISODate) });
    }
    if (filter.stayingOn.isValid()) {
        where += QStringLiteral(" AND r.arrival_date <= :day AND r.departure_date > :day");
        binds.append({ QStringLiteral(":day"), filter.stayingOn.toString(Qt::ISODate) });
    }
    if (!filter.query.isEmpty()) {
        where += QStringLiteral(
            " AND (g.display_name LIKE :q OR g.phone LIKE :q OR g.email LIKE :q OR "
            "r.room_number LIKE :q OR r.confirmation_number LIKE :q)");
        binds.append({ QStringLiteral(":q"), QLatin1Char('%') + filter.query + QLatin1Char('%') });
    }
    const QString from = QStringLiteral(" FROM reservations r JOIN guests g ON g.id = r.guest_id");

    ListPage page;
    page.limit = filter.limit;
    page.offset = filter.offset;
    SqlQuery count(m_db, QStringLiteral("SELECT COUNT(*)") + from + where);
    for (const auto &[name, value] : binds)
        count.bind(name, value);
    count.exec();
    page.total = count.next() ? count.value(0).toInt() : 0;

    SqlQuery q(m_db,
        QStringLiteral("SELECT ") + kColumns + from + where
            + QStringLiteral(" ORDER BY r.arrival_date, g.display_name, r.confirmation_number "
                             "LIMIT :limit OFFSET :offset"));
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    q.bind(QStringLiteral(":limit"), filter.limit)
        .bind(QStringLiteral(":offset"), filter.offset)
        .exec();
    while (q.next())
        page.items.append(reservationJson(q));
    return page;
}

QJsonObject ReservationStore::get(const QString &id) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(
                " FROM reservations r JOIN guests g ON g.id = r.guest_id WHERE r.id = ?"));
    q.bind(id).exec();
    return q.next() ? reservationJson(q) : QJsonObject();
}

} // namespace jack::storage
