#pragma once
#include <QSqlDatabase>
#include <QString>

namespace jack::storage {

//! Opens Jack's SQLite file with the durability settings and applies the shipped migrations.
class Database {
public:
    //! Opens (creating) the file: WAL, synchronous=FULL, foreign keys, busy timeout.
    //! Each thread needs its own connection name. Throws StorageError.
    [[nodiscard]] static QSqlDatabase open(const QString &path, const QString &connectionName);
    //! Applies the migrations from :/migrations not yet recorded in schema_migrations.
    static void migrate(QSqlDatabase &db);
    //! The highest migration applied.
    [[nodiscard]] static int schemaVersion(QSqlDatabase &db);
    //! Closes and removes a connection opened with open().
    static void close(const QString &connectionName);
};

} // namespace jack::storage
