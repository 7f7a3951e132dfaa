#include "storage/cannedresponsestore.h"

#include "core/clock.h"
#include "core/ids.h"
#include "storage/sqlquery.h"

namespace jack::storage {

namespace {
const QString kSelect
    = QStringLiteral("SELECT id, title, content, category, created_by, created_at, updated_at "
                     "FROM canned_responses");

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject responseJson(const SqlQuery &q)
{
    return { { "id", q.value(0).toString() }, { "title", q.value(1).toString() },
        { "content", q.value(2).toString() }, { "category", orNull(q.value(3).toString()) },
        { "createdBy", orNull(q.value(4).toString()) }, { "createdAt", q.value(5).toString() },
        { "updatedAt", q.value(6).toString() } };
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

QString CannedResponseStore::insert(
    const QString &title, const QString &content, const QString &category, const QString &createdBy)
{
    const QString id = core::Ids::make();
    const QString now = core::Clock::nowIso();
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO canned_responses (id, title, content, category, created_by, "
                       "created_at, updated_at) VALUES (?,?,?,?,?,?,?)"))
        .bind(id)
        .bind(title)
        .bind(content)
        .bind(nullIfEmpty(category))
        .bind(nullIfEmpty(createdBy))
        .bind(now)
        .bind(now)
        .exec();
    return id;
}

void CannedResponseStore::update(const QString &id, const QJsonObject &fields)
{
    static const QList<QPair<QString, QString>> columns { { "title", "title" },
        { "content", "content" }, { "category", "category" } };
    for (const auto &[field, column] : columns) {
        if (!fields.contains(field))
            continue;
        SqlQuery(m_db,
            QStringLiteral("UPDATE canned_responses SET ") + column
                + QStringLiteral(" = ? WHERE id = ?"))
            .bind(nullIfEmpty(fields.value(field).toString()))
            .bind(id)
            .exec();
    }
    SqlQuery(m_db, QStringLiteral("UPDATE canned_responses SET updated_at = ? WHERE id = ?"))
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

bool CannedResponseStore::remove(const QString &id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM canned_responses WHERE id = ?"));
    q.bind(id).exec();
    return q.rowsAffected() > 0;
}

QJsonObject CannedResponseStore::get(const QString &id) const
{
    SqlQuery q(m_db, kSelect + QStringLiteral(" WHERE id = ?"));
    q.bind(id).exec();
    return q.next() ? responseJson(q) : QJsonObject();
}

ListPage CannedResponseStore::list(const QString &query, int limit, int offset) const
{
    const QString where = query.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE title LIKE :q OR content LIKE :q OR category LIKE :q");
    const QString pattern = QLatin1Char('%') + query + QLatin1Char('%');
    ListPage page;
    page.limit = limit;
    page.offset = offset;
    SqlQuery count(m_db, QStringLiteral("SELECT COUNT(*) FROM canned_responses") + where);
    if (!query.isEmpty())
        count.bind(QStringLiteral(":q"), pattern);
    count.exec();
    page.total = count.next() ? count.value(0).toInt() : 0;
    SqlQuery q(m_db,
        kSelect + where
            + QStringLiteral(" ORDER BY COALESCE(category, ''), title COLLATE NOCASE "
                             "LIMIT :limit OFFSET :offset"));
    if (!query.isEmpty())
        q.bind(QStringLiteral(":q"), pattern);
    q.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset).exec();
    while (q.next())
        page.items.append(responseJson(q));
    return page;
}

int CannedResponseStore::count() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM canned_responses"));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace jack::storage
