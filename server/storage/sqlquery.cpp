#include "storage/sqlquery.h"

#include "storage/storageerror.h"

#include <QSqlError>
#include <QSqlRecord>

namespace jack::storage {

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        throw StorageError("cannot prepare statement: " + m_query.lastError().text().toStdString()
                           + " [" + sql.left(80).simplified().toStdString() + "]");
    }
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    m_query.bindValue(m_position++, value);
    return *this;
}

SqlQuery &SqlQuery::bind(const QString &name, const QVariant &value)
{
    m_query.bindValue(name, value);
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query.exec()) {
        const QSqlError error = m_query.lastError();
        const QString native = error.nativeErrorCode();
        // SQLite extended codes 19/275/531/787/1299/1555/2067 are constraint violations.
        const bool constraint = error.text().contains(QLatin1String("constraint"),
                                                      Qt::CaseInsensitive)
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
    const QSqlRecord record = m_query.record();
    for (int i = 0; i < record.count(); ++i)
        out.insert(record.fieldName(i), m_query.value(i));
    return out;
}

} // namespace jack::storage
