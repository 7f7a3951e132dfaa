#pragma once
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>

namespace jack::storage {

//! A prepared, parameterised statement that throws StorageError instead of returning false.
//! Statements are prepared once per connection and reused (SQLite spends a third of a small
//! write parsing SQL otherwise); a statement already in use is prepared afresh.
class SqlQuery {
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    //! Drops the prepared statements of a connection (before it is closed).
    static void forgetConnection(const QString &connectionName);
    struct Cached;

    //! Binds the next positional parameter ('?').
    SqlQuery &bind(const QVariant &value);
    //! Binds a named parameter (':name').
    SqlQuery &bind(const QString &name, const QVariant &value);
    //! Runs the statement; throws on failure.
    SqlQuery &exec();

    bool next() { return m_query->next(); }
    [[nodiscard]] QVariant value(int index) const { return m_query->value(index); }
    [[nodiscard]] QVariant value(const QString &name) const { return m_query->value(name); }
    [[nodiscard]] int rowsAffected() const { return m_query->numRowsAffected(); }
    //! The current row as a map of column name to value.
    [[nodiscard]] QVariantMap row() const;
    [[nodiscard]] QSqlQuery &query() { return *m_query; }

private:
    QSqlQuery *m_query = nullptr;
    Cached *m_cached = nullptr; // the cache entry in use, if any
    std::unique_ptr<QSqlQuery> m_own; // a statement prepared for this use only
    QString m_sql;
    int m_position = 0;
};

} // namespace jack::storage
