#include "storage/staffdirectory.h"

#include "storage/sqlquery.h"

#include <QJsonObject>
#include <QSet>

namespace jack::storage {

QJsonArray StaffDirectory::active() const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT id, name, department FROM staff WHERE active = 1 "
                       "ORDER BY name COLLATE NOCASE, id"));
    q.exec();
    QJsonArray items;
    while (q.next()) {
        const QString department = q.value(2).toString();
        items.append(
            QJsonObject { { "id", q.value(0).toString() }, { "name", q.value(1).toString() },
                { "department", department.isEmpty() ? QJsonValue() : QJsonValue(department) } });
    }
    return items;
}

QStringList StaffDirectory::unknown(const QStringList &ids) const
{
    QStringList missing;
    for (const QString &id : ids) {
        SqlQuery q(m_db, QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND active = 1"));
        q.bind(id).exec();
        if (!q.next())
            missing.append(id);
    }
    return missing;
}

} // namespace jack::storage
