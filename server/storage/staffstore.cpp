#include "storage/staffstore.h"

#include "core/clock.h"
#include "core/ids.h"
#include "storage/sqlquery.h"

namespace jack::storage {

QJsonObject StaffRecord::toUserJson() const
{
    return { { "id", id }, { "email", email }, { "name", name }, { "role", role },
        { "department", department.isEmpty() ? QJsonValue() : QJsonValue(department) } };
}

QJsonObject StaffRecord::toStaffJson() const
{
    QJsonObject json = toUserJson();
    json.insert(QStringLiteral("active"), active);
    json.insert(QStringLiteral("createdAt"), createdAt);
    return json;
}

QString StaffStore::create(const QString &email, const QString &name, const QString &role,
    const QString &department, const QString &passwordHash)
{
    const QString id = core::Ids::make();
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO staff (id, email, name, role, department, "
                       "password_hash, active, created_at) VALUES (?,?,?,?,?,?,1,?)"))
        .bind(id)
        .bind(email.trimmed())
        .bind(name.trimmed())
        .bind(role)
        .bind(department.isEmpty() ? QVariant() : QVariant(department))
        .bind(passwordHash)
        .bind(core::Clock::nowIso())
        .exec();
    return id;
}

std::optional<StaffRecord> StaffStore::one(const QString &where, const QString &value) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT id, email, name, role, department, password_hash, active, "
                       "created_at FROM staff WHERE ")
            + where);
    q.bind(value).exec();
    if (!q.next())
        return std::nullopt;
    return record(q);
}

StaffRecord StaffStore::record(const SqlQuery &q)
{
    return StaffRecord { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toBool(),
        q.value(7).toString() };
}

QList<StaffRecord> StaffStore::all() const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT id, email, name, role, department, password_hash, active, "
                       "created_at FROM staff ORDER BY name COLLATE NOCASE, email"));
    q.exec();
    QList<StaffRecord> out;
    while (q.next())
        out.append(record(q));
    return out;
}

int StaffStore::activeAdmins() const
{
    SqlQuery q(
        m_db, QStringLiteral("SELECT COUNT(*) FROM staff WHERE role = 'admin' AND active = 1"));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

void StaffStore::update(const StaffRecord &r)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE staff SET name = ?, role = ?, department = ?, active = ? "
                       "WHERE id = ?"))
        .bind(r.name.trimmed())
        .bind(r.role)
        .bind(r.department.isEmpty() ? QVariant() : QVariant(r.department))
        .bind(r.active ? 1 : 0)
        .bind(r.id)
        .exec();
}

void StaffStore::setPasswordHash(const QString &id, const QString &passwordHash)
{
    SqlQuery(m_db, QStringLiteral("UPDATE staff SET password_hash = ? WHERE id = ?"))
        .bind(passwordHash)
        .bind(id)
        .exec();
}

void StaffStore::remove(const QString &id)
{
    SqlQuery(m_db, QStringLiteral("DELETE FROM staff WHERE id = ?")).bind(id).exec();
}

std::optional<StaffRecord> StaffStore::byEmail(const QString &email) const
{
    return one(QStringLiteral("email = ?"), email.trimmed());
}

std::optional<StaffRecord> StaffStore::byId(const QString &id) const
{
    return one(QStringLiteral("id = ?"), id);
}

int StaffStore::count() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM staff"));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace jack::storage
