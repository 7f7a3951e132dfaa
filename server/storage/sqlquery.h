#pragma once
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace jack::storage {

//! A prepared, parameterised statement that throws StorageError instead of returning false.
class SqlQuery {
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    //! Binds the next positional parameter ('?').
    SqlQuery &bind(const QVariant &value);
    //! Binds a named parameter (':name').
    SqlQuery &bind(const QString &name, const QVariant &value);
    //! Runs the statement; throws on failure.
    SqlQuery &exec();

    bool next() { return m_query.next(); }
    [[nodiscard]] QVariant value(int index) const { return m_query.value(index); }
    [[nodiscard]] QVariant value(const QString &name) const { return m_query.value(name); }
    [[nodiscard]] int rowsAffected() const { return m_query.numRowsAffected(); }
    //! The current row as a map of column name to value.
    [[nodiscard]] QVariantMap row() const;
    [[nodiscard]] QSqlQuery &query() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_sql;
    int m_position = 0;
};

} // namespace jack::storage
