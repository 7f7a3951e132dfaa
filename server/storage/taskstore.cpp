#include "storage/taskstore.h"

#include "core/clock.h"
#include "core/ids.h"
#include "storage/sqlquery.h"

#include <QJsonDocument>

namespace jack::storage {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT t.id, t.conversation_id, t.guest_id, t.type, t.department, t.priority, t.status, "
    "t.room_number, t.description, t.items, t.source, t.assigned_to, t.due_at, t.completed_at, "
    "t.created_at, t.updated_at, (SELECT g.display_name FROM guests g WHERE g.id = t.guest_id), "
    "t.completion_note FROM tasks t");

QJsonValue text(const SqlQuery &q, int i)
{
    const QVariant v = q.value(i);
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

QJsonObject taskJson(const SqlQuery &q)
{
    return { { "id", q.value(0).toString() }, { "conversationId", text(q, 1) },
        { "guestId", text(q, 2) }, { "type", q.value(3).toString() },
        { "department", q.value(4).toString() }, { "priority", q.value(5).toString() },
        { "status", q.value(6).toString() }, { "roomNumber", text(q, 7) },
        { "description", q.value(8).toString() },
        { "items", QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array() },
        { "source", q.value(10).toString() }, { "assignedTo", text(q, 11) },
        { "dueAt", text(q, 12) }, { "completedAt", text(q, 13) },
        { "createdAt", q.value(14).toString() }, { "updatedAt", q.value(15).toString() },
        { "guestName", text(q, 16) }, { "completionNote", text(q, 17) } };
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

QString TaskStore::insert(const NewTask &t)
{
    const QString id = core::Ids::make();
    const QString now = core::Clock::nowIso();
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO tasks (id, conversation_id, guest_id, type, department, "
                       "priority, status, room_number, description, items, source, "
                       "assigned_to, due_at, created_at, updated_at) VALUES "
                       "(?,?,?,?,?,?,'pending',?,?,?,?,?,?,?,?)"))
        .bind(id)
        .bind(orNull(t.conversationId))
        .bind(orNull(t.guestId))
        .bind(t.type)
        .bind(t.department)
        .bind(t.priority)
        .bind(orNull(t.roomNumber))
        .bind(t.description)
        .bind(QString::fromUtf8(QJsonDocument(t.items).toJson(QJsonDocument::Compact)))
        .bind(t.source)
        .bind(orNull(t.assignedTo))
        .bind(orNull(t.dueAt))
        .bind(now)
        .bind(now)
        .exec();
    return id;
}

QJsonObject TaskStore::get(const QString &id) const
{
    SqlQuery q(m_db, kSelect + QStringLiteral(" WHERE t.id = ?"));
    q.bind(id).exec();
    return q.next() ? taskJson(q) : QJsonObject();
}

ListPage TaskStore::list(const TaskFilter &f) const
{
    QString where = QStringLiteral(" WHERE 1=1");
    QList<QPair<QString, QString>> binds;
    auto add = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return;
        where += QStringLiteral(" AND t.") + column + QStringLiteral(" = :") + column;
        binds.append({ QLatin1Char(':') + column, value });
    };
    add(QStringLiteral("status"), f.status);
    add(QStringLiteral("department"), f.department);
    add(QStringLiteral("assigned_to"), f.assignedTo);
    add(QStringLiteral("source"), f.source);
    ListPage page;
    page.limit = f.limit;
    page.offset = f.offset;
    SqlQuery count(m_db, QStringLiteral("SELECT COUNT(*) FROM tasks t") + where);
    for (const auto &[name, value] : binds)
        count.bind(name, value);
    count.exec();
    page.total = count.next() ? count.value(0).toInt() : 0;
    SqlQuery q(m_db,
        kSelect + where
            + QStringLiteral(" ORDER BY (t.status IN ('pending', 'in_progress')) DESC, "
                             "CASE t.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN "
                             "'standard' THEN 2 ELSE 3 END, t.created_at DESC "
                             "LIMIT :limit OFFSET :offset"));
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    q.bind(QStringLiteral(":limit"), f.limit).bind(QStringLiteral(":offset"), f.offset).exec();
    while (q.next())
        page.items.append(taskJson(q));
    return page;
}

bool TaskStore::hasOpen(const QString &conversationId, const QString &type) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT 1 FROM tasks WHERE conversation_id = ? AND type = ? AND "
                       "status IN ('pending', 'in_progress') LIMIT 1"));
    q.bind(conversationId).bind(type).exec();
    return q.next();
}

QJsonArray TaskStore::openForGuest(const QString &guestId) const
{
    SqlQuery q(m_db,
        kSelect
            + QStringLiteral(" WHERE t.guest_id = ? AND t.status IN ('pending', "
                             "'in_progress') ORDER BY t.created_at"));
    q.bind(guestId).exec();
    QJsonArray out;
    while (q.next())
        out.append(taskJson(q));
    return out;
}

QJsonObject TaskStore::stats() const
{
    QJsonObject byStatus { { "pending", 0 }, { "in_progress", 0 }, { "completed", 0 },
        { "cancelled", 0 } };
    SqlQuery q(m_db, QStringLiteral("SELECT status, COUNT(*) FROM tasks GROUP BY status"));
    q.exec();
    while (q.next())
        byStatus.insert(q.value(0).toString(), q.value(1).toInt());
    QJsonObject openByDepartment;
    SqlQuery d(m_db,
        QStringLiteral("SELECT department, COUNT(*) FROM tasks WHERE status IN ('pending', "
                       "'in_progress') GROUP BY department"));
    d.exec();
    while (d.next())
        openByDepartment.insert(d.value(0).toString(), d.value(1).toInt());
    return { { "byStatus", byStatus }, { "openByDepartment", openByDepartment } };
}

void TaskStore::update(const QString &id, const QJsonObject &fields)
{
    static const QList<QPair<QString, QString>> columns = {
        { "status", "status" },
        { "priority", "priority" },
        { "assignedTo", "assigned_to" },
        { "description", "description" },
        { "roomNumber", "room_number" },
        { "dueAt", "due_at" },
        { "department", "department" },
        { "completionNote", "completion_note" },
    };
    const QString now = core::Clock::nowIso();
    for (const auto &[field, column] : columns) {
        if (!fields.contains(field))
            continue;
        const QJsonValue v = fields.value(field);
        // An empty string clears an optional field (assignee, room, due time) like null does.
        const bool clear = v.isNull() || (v.isString() && v.toString().trimmed().isEmpty());
        SqlQuery(m_db,
            QStringLiteral("UPDATE tasks SET ") + column
                + QStringLiteral(" = ?, updated_at = ? WHERE id = ?"))
            .bind(clear ? QVariant() : QVariant(v.toString()))
            .bind(now)
            .bind(id)
            .exec();
    }
    if (fields.contains(QLatin1String("status"))) {
        const bool done
            = fields.value(QLatin1String("status")).toString() == QLatin1String("completed");
        SqlQuery(m_db, QStringLiteral("UPDATE tasks SET completed_at = ? WHERE id = ?"))
            .bind(done ? QVariant(now) : QVariant())
            .bind(id)
            .exec();
    }
}

} // namespace jack::storage
