#include "storage/sqlquery.h"

#include "storage/storageerror.h"

#include <QSqlError>
#include <QSqlRecord>
#include <string>
#include <unordered_map>

namespace jack::storage {

struct SqlQuery::Cached {
    QSqlQuery query;
    bool inUse = false;
};

namespace {
using Cache = std::unordered_map<std::string, std::unique_ptr<SqlQuery::Cached>>;
// Connections are used by one thread each, so the cache is per thread and needs no lock.
thread_local std::unordered_map<std::string, Cache> t_caches;
} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_sql(sql)
{
    Cache &cache = t_caches[db.connectionName().toStdString()];
    auto &slot = cache[sql.toStdString()];
    if (slot && !slot->inUse) {
        m_cached = slot.get();
        m_cached->inUse = true;
        m_query = &m_cached->query;
        return;
    }
    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        throw StorageError("cannot prepare statement: " + query->lastError().text().toStdString()
            + " [" + sql.left(80).simplified().toStdString() + "]");
    }
    if (!slot) {
        slot = std::make_unique<Cached>();
        slot->query = std::move(*query);
        slot->inUse = true;
        m_cached = slot.get();
        m_query = &m_cached->query;
        return;
    }
    m_own = std::move(query);
    m_query = m_own.get();
}

SqlQuery::~SqlQuery()
{
    // finish() ends the statement so a reader does not keep its snapshot (and the WAL) alive.
    m_query->finish();
    if (m_cached)
        m_cached->inUse = false;
}

void SqlQuery::forgetConnection(const QString &connectionName)
{
    t_caches.erase(connectionName.toStdString());
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    m_query->bindValue(m_position++, value);
    return *this;
}

SqlQuery &SqlQuery::bind(const QString &name, const QVariant &value)
{
    m_query->bindValue(name, value);
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query->exec()) {
        const QSqlError error = m_query->lastError();
        const QString native = error.nativeErrorCode();
        // SQLite extended codes 19/275/531/787/1299/1555/2067 are constraint violations.
        const bool constraint
            = error.text().contains(QLatin1String("constraint"), Qt::CaseInsensitive)
            || native == QLatin1String("19") || native == QLatin1String("2067")
            || native == QLatin1String("1555") || native == QLatin1String("787");
        throw StorageError("statement failed: " + error.text().toStdString() + " ["
                + m_sql.left(80).simplified().toStdString() + "]",
            constraint);
    }
    return *this;
}

QVariantMap SqlQuery::row() const
{
    QVariantMap out;
    const QSqlRecord record = m_query->record();
    for (int i = 0; i < record.count(); ++i)
        out.insert(record.fieldName(i), m_query->value(i));
    return out;
}

} // namespace jack::storage
