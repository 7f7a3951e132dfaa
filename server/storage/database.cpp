#include "storage/database.h"

#include "core/clock.h"
#include "ops/logging.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace jack::storage {

QSqlDatabase Database::open(const QString &path, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    // Writers queue behind each other (CLI and server share the file); 10 s is far above any
    // group commit.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        const QString error = db.lastError().text();
        throw StorageError(
            "cannot open database " + path.toStdString() + ": " + error.toStdString());
    }
    // synchronous=FULL: a commit (and so an acknowledged webhook) is on disk when it returns.
    for (const char *pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
             "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000" }) {
        SqlQuery(db, QString::fromLatin1(pragma)).exec();
    }
    return db;
}

void Database::close(const QString &connectionName)
{
    SqlQuery::forgetConnection(connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

int Database::schemaVersion(QSqlDatabase &db)
{
    SqlQuery(db,
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER "
                       "PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"))
        .exec();
    SqlQuery q(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

void Database::migrate(QSqlDatabase &db)
{
    (void)schemaVersion(db); // creates schema_migrations
    // Every migration not applied yet runs, not only those above the newest: a feature may add
    // a lower, unused number after later ones shipped (004 and 005 came after 006 and 007).
    QSet<int> applied;
    SqlQuery done(db, QStringLiteral("SELECT version FROM schema_migrations"));
    done.exec();
    while (done.next())
        applied.insert(done.value(0).toInt());
    QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    static const QRegularExpression versionPattern(QStringLiteral("^(\\d+)_"));
    for (const QString &file : files) {
        const auto match = versionPattern.match(file);
        if (!match.hasMatch())
            continue;
        const int version = match.captured(1).toInt();
        if (applied.contains(version))
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            throw StorageError("cannot read migration " + file.toStdString());
        const QString sql = QString::fromUtf8(f.readAll());
        // Statements are separated by a line "-- ;" so triggers may contain semicolons.
        const QStringList statements = sql.split(QStringLiteral("\n-- ;\n"));
        if (!db.transaction())
            throw StorageError("cannot begin migration transaction");
        try {
            for (const QString &statement : statements) {
                if (statement.trimmed().isEmpty())
                    continue;
                SqlQuery(db, statement).exec();
            }
            SqlQuery record(db,
                QStringLiteral("INSERT INTO schema_migrations (version, name, "
                               "applied_at) VALUES (?, ?, ?)"));
            record.bind(version).bind(file).bind(core::Clock::nowIso()).exec();
        } catch (...) {
            db.rollback();
            throw;
        }
        if (!db.commit())
            throw StorageError("cannot commit migration " + file.toStdString());
        ops::Logging::get("storage")->info("applied migration {}", file.toStdString());
    }
}

} // namespace jack::storage
