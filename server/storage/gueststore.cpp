#include "storage/gueststore.h"

#include "core/clock.h"
#include "core/ids.h"
#include "storage/sqlquery.h"

#include <QJsonArray>

namespace jack::storage {

namespace {
const QString kGuestColumns = QStringLiteral(
    "g.id, g.first_name, g.last_name, g.display_name, g.phone, g.email, g.language, g.vip, "
    "g.created_at, g.updated_at, g.erased_at");

QJsonObject guestJson(const SqlQuery &q)
{
    auto text = [&](int i) {
        const QVariant v = q.value(i);
        return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
    };
    return { { "id", q.value(0).toString() }, { "firstName", text(1) }, { "lastName", text(2) },
        { "name", q.value(3).toString() }, { "phone", text(4) }, { "email", text(5) },
        { "language", text(6) }, { "vip", q.value(7).toBool() },
        { "createdAt", q.value(8).toString() }, { "updatedAt", q.value(9).toString() },
        { "erasedAt", text(10) } };
}
} // namespace

QString GuestStore::findOrCreateByPhone(const QString &phone, const QString &displayName)
{
    SqlQuery find(m_db, QStringLiteral("SELECT id FROM guests WHERE phone = ?"));
    find.bind(phone).exec();
    if (find.next())
        return find.value(0).toString();
    const QString id = core::Ids::make();
    const QString now = core::Clock::nowIso();
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO guests (id, display_name, phone, created_at, "
                       "updated_at) VALUES (?,?,?,?,?)"))
        .bind(id)
        .bind(displayName.trimmed().isEmpty() ? phone : displayName.trimmed())
        .bind(phone)
        .bind(now)
        .bind(now)
        .exec();
    return id;
}

QString GuestStore::findOrCreateByEmail(const QString &email, const QString &displayName)
{
    const QString address = email.trimmed().toLower();
    SqlQuery find(m_db,
        QStringLiteral("SELECT id FROM guests WHERE email = ? COLLATE NOCASE ORDER BY "
                       "created_at LIMIT 1"));
    find.bind(address).exec();
    if (find.next())
        return find.value(0).toString();
    const QString id = core::Ids::make();
    const QString now = core::Clock::nowIso();
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO guests (id, display_name, email, created_at, updated_at) "
                       "VALUES (?,?,?,?,?)"))
        .bind(id)
        .bind(displayName.trimmed().isEmpty() ? address : displayName.trimmed())
        .bind(address)
        .bind(now)
        .bind(now)
        .exec();
    return id;
}

QString GuestStore::findOrCreateByHandle(
    const QString &channel, const QString &address, const QString &displayName)
{
    SqlQuery find(m_db,
        QStringLiteral("SELECT guest_id FROM conversations WHERE channel = ? AND "
                       "channel_address = ? ORDER BY created_at DESC LIMIT 1"));
    find.bind(channel).bind(address).exec();
    if (find.next())
        return find.value(0).toString();
    const QString id = core::Ids::make();
    const QString now = core::Clock::nowIso();
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO guests (id, display_name, created_at, updated_at) VALUES "
                       "(?,?,?,?)"))
        .bind(id)
        .bind(displayName.trimmed().isEmpty() ? QStringLiteral("Guest") : displayName.trimmed())
        .bind(now)
        .bind(now)
        .exec();
    return id;
}

QString GuestStore::create(const QString &firstName, const QString &lastName, const QString &phone,
    const QString &email, const QString &language, bool vip)
{
    const QString id = core::Ids::make();
    const QString now = core::Clock::nowIso();
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO guests (id, first_name, last_name, display_name, "
                       "phone, email, language, vip, created_at, updated_at) VALUES "
                       "(?,?,?,?,?,?,?,?,?,?)"))
        .bind(id)
        .bind(firstName)
        .bind(lastName)
        .bind((firstName + QLatin1Char(' ') + lastName).trimmed())
        .bind(phone.isEmpty() ? QVariant() : QVariant(phone))
        .bind(email)
        .bind(language)
        .bind(vip ? 1 : 0)
        .bind(now)
        .bind(now)
        .exec();
    return id;
}

void GuestStore::addReservation(const QString &guestId, const QString &confirmation,
    const QString &room, const QString &roomType, const QString &arrival, const QString &departure,
    const QString &status)
{
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO reservations (id, guest_id, confirmation_number, "
                       "room_number, room_type, arrival_date, departure_date, status, "
                       "created_at) VALUES (?,?,?,?,?,?,?,?,?)"))
        .bind(core::Ids::make())
        .bind(guestId)
        .bind(confirmation)
        .bind(room)
        .bind(roomType)
        .bind(arrival)
        .bind(departure)
        .bind(status)
        .bind(core::Clock::nowIso())
        .exec();
}

QJsonObject GuestStore::get(const QString &id) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT ") + kGuestColumns
            + QStringLiteral(" FROM guests g WHERE g.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return {};
    QJsonObject guest = guestJson(q);
    SqlQuery r(m_db,
        QStringLiteral("SELECT id, confirmation_number, room_number, room_type, "
                       "arrival_date, departure_date, status FROM reservations WHERE "
                       "guest_id = ? ORDER BY arrival_date DESC"));
    r.bind(id).exec();
    QJsonArray reservations;
    while (r.next()) {
        reservations.append(QJsonObject { { "id", r.value(0).toString() },
            { "confirmationNumber", r.value(1).toString() },
            { "roomNumber", r.value(2).toString() }, { "roomType", r.value(3).toString() },
            { "arrivalDate", r.value(4).toString() }, { "departureDate", r.value(5).toString() },
            { "status", r.value(6).toString() } });
    }
    guest.insert(QStringLiteral("reservations"), reservations);
    return guest;
}

ListPage GuestStore::list(const QString &query, int limit, int offset) const
{
    QString where = QStringLiteral(" WHERE 1=1");
    const QString like = QLatin1Char('%') + query + QLatin1Char('%');
    if (!query.isEmpty())
        where += QStringLiteral(
            " AND (g.display_name LIKE :q OR g.phone LIKE :q OR g.email LIKE :q OR EXISTS "
            "(SELECT 1 FROM reservations r WHERE r.guest_id = g.id AND (r.room_number LIKE :q "
            "OR r.confirmation_number LIKE :q)))");
    ListPage page;
    page.limit = limit;
    page.offset = offset;
    SqlQuery count(m_db, QStringLiteral("SELECT COUNT(*) FROM guests g") + where);
    if (!query.isEmpty())
        count.bind(QStringLiteral(":q"), like);
    count.exec();
    page.total = count.next() ? count.value(0).toInt() : 0;
    SqlQuery q(m_db,
        QStringLiteral("SELECT ") + kGuestColumns + QStringLiteral(" FROM guests g") + where
            + QStringLiteral(" ORDER BY g.display_name LIMIT :limit OFFSET :offset"));
    if (!query.isEmpty())
        q.bind(QStringLiteral(":q"), like);
    q.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset).exec();
    while (q.next())
        page.items.append(guestJson(q));
    // The stay a clerk looks for first: the one in house, else the next confirmed one.
    for (qsizetype i = 0; i < page.items.size(); ++i) {
        QJsonObject guest = page.items.at(i).toObject();
        SqlQuery stay(m_db,
            QStringLiteral("SELECT id, confirmation_number, room_number, room_type, arrival_date, "
                           "departure_date, status FROM reservations WHERE guest_id = ? AND status "
                           "IN ('checked_in', 'confirmed') ORDER BY (status = 'checked_in') DESC, "
                           "arrival_date LIMIT 1"));
        stay.bind(guest.value(QLatin1String("id")).toString()).exec();
        QJsonValue current;
        if (stay.next()) {
            current = QJsonObject { { "id", stay.value(0).toString() },
                { "confirmationNumber", stay.value(1).toString() },
                { "roomNumber", stay.value(2).toString() },
                { "roomType", stay.value(3).toString() },
                { "arrivalDate", stay.value(4).toString() },
                { "departureDate", stay.value(5).toString() },
                { "status", stay.value(6).toString() } };
        }
        guest.insert(QStringLiteral("currentReservation"), current);
        page.items.replace(i, guest);
    }
    return page;
}

QString GuestStore::currentRoom(const QString &guestId) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT room_number FROM reservations WHERE guest_id = ? AND "
                       "status IN ('checked_in', 'confirmed') ORDER BY (status = "
                       "'checked_in') DESC, arrival_date DESC LIMIT 1"));
    q.bind(guestId).exec();
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace jack::storage
