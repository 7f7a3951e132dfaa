#include "core/eventbus.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/messagestore.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/writequeue.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace jack;

class TestStorage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("jack.db")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSqlDatabase db = storage::Database::open(path(), QStringLiteral("t"));
        storage::Database::migrate(db);
    }

    void durabilitySettings()
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("t"));
        auto pragma = [&](const char *name) {
            storage::SqlQuery q(db, QStringLiteral("PRAGMA ") + QLatin1String(name));
            q.exec();
            q.next();
            return q.value(0).toString();
        };
        QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma("synchronous"), QStringLiteral("2")); // FULL
        QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
    }

    void aMissingLowerMigrationIsStillApplied()
    {
        // A hub that already ran 006 and 007 before 004 existed gets 004 on its next start.
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("t"));
        auto tableExists = [&db] {
            storage::SqlQuery q(
                db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ai_usage'"));
            q.exec();
            return q.next() && q.value(0).toInt() == 1;
        };
        QVERIFY(tableExists());
        const int newest = storage::Database::schemaVersion(db);
        QVERIFY(newest > 4);
        storage::SqlQuery(db, QStringLiteral("DROP TABLE ai_usage")).exec();
        storage::SqlQuery(db, QStringLiteral("DROP TABLE message_outcomes")).exec();
        storage::SqlQuery(db, QStringLiteral("DELETE FROM schema_migrations WHERE version = 4"))
            .exec();
        QVERIFY(!tableExists());
        storage::Database::migrate(db);
        QVERIFY(tableExists());
        QCOMPARE(storage::Database::schemaVersion(db), newest);
    }

    void migrationsAreVersionedAndIdempotent()
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("t"));
        const int version = storage::Database::schemaVersion(db);
        QVERIFY(version >= 1);
        storage::Database::migrate(db); // a second start changes nothing
        QCOMPARE(storage::Database::schemaVersion(db), version);
        for (const char *table : { "staff", "refresh_tokens", "guests", "reservations",
                 "conversations", "messages", "tasks", "knowledge", "knowledge_fts", "app_configs",
                 "settings", "audit_log", "changes", "outbox" }) {
            storage::SqlQuery q(
                db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = ?"));
            q.bind(QString::fromLatin1(table)).exec();
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() == 1, table);
        }
    }

    void parametersAreNeverSql()
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("t"));
        storage::SqlQuery(
            db, QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)"))
            .bind(QStringLiteral("x'); DROP TABLE staff; --"))
            .bind(QStringLiteral("{}"))
            .bind(QStringLiteral("now"))
            .exec();
        storage::SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM staff"));
        q.exec(); // the table is still there
        QVERIFY(q.next());
    }

    void groupCommitBatchesAndIsolatesFailures()
    {
        core::EventBus bus;
        storage::WriteQueue queue(path(), &bus);
        QThread thread;
        queue.moveToThread(&thread);
        bus.moveToThread(&thread);
        thread.start();
        QMetaObject::invokeMethod(&queue, &storage::WriteQueue::open, Qt::BlockingQueuedConnection);

        QList<qint64> seqs;
        connect(
            &bus, &core::EventBus::changeCommitted, this,
            [&](const core::Change &c) { seqs.append(c.seq); }, Qt::QueuedConnection);

        constexpr int kJobs = 200;
        std::atomic_int done { 0 }, failed { 0 };
        for (int i = 0; i < kJobs; ++i) {
            queue.submit(
                [i](storage::WriteTx &tx) -> QJsonValue {
                    if (i == 57) // one bad job must not take the batch down
                        throw storage::JobError(
                            400, QStringLiteral("VALIDATION_ERROR"), QStringLiteral("no"));
                    storage::SqlQuery(tx.db(),
                        QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, "
                                       "'{}', 'now')"))
                        .bind(QStringLiteral("k%1").arg(i))
                        .exec();
                    tx.recordChange(
                        QStringLiteral("test:change"), QString::number(i), { { "i", i } });
                    return i;
                },
                this,
                [&](const storage::WriteResult &r) {
                    ++done;
                    if (!r.ok) {
                        ++failed;
                        QCOMPARE(r.status, 400);
                    }
                });
        }
        QTRY_COMPARE_WITH_TIMEOUT(int(done), kJobs, 20000);
        QCOMPARE(int(failed), 1);
        QTRY_COMPARE_WITH_TIMEOUT(seqs.size(), kJobs - 1, 5000);
        // Far fewer transactions than jobs: that is what lets ingest beat one fsync per row.
        QVERIFY2(queue.commits() < kJobs / 2, qPrintable(QString::number(queue.commits())));
        for (int i = 1; i < seqs.size(); ++i)
            QVERIFY(seqs[i] > seqs[i - 1]); // strictly increasing, in commit order

        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("t"));
        storage::SqlQuery count(
            db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'k%'"));
        count.exec();
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), kJobs - 1);
        storage::ChangeFeed feed(db);
        QCOMPARE(feed.latestSeq(), seqs.last());
        const auto backlog = feed.since(seqs[10], 1000);
        QCOMPARE(backlog.size(), seqs.size() - 11);
        QCOMPARE(backlog.first().seq, seqs[11]);
        QCOMPARE(backlog.first().payload.value(QLatin1String("i")).type(), QJsonValue::Double);

        QMetaObject::invokeMethod(
            &queue, &storage::WriteQueue::closeConnection, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }

    void duplicateProviderIdIsRefused()
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("t"));
        storage::SqlQuery(db,
            QStringLiteral("INSERT INTO guests (id, display_name, created_at, updated_at) VALUES "
                           "('g', 'G', 'n', 'n')"))
            .exec();
        storage::SqlQuery(db,
            QStringLiteral(
                "INSERT INTO conversations (id, guest_id, channel, channel_address, state, "
                "created_at, updated_at) VALUES ('c', 'g', 'whatsapp', '+1', 'new', 'n', 'n')"))
            .exec();
        storage::MessageStore messages(db);
        storage::NewMessage m;
        m.conversationId = QStringLiteral("c");
        m.direction = QStringLiteral("inbound");
        m.senderType = QStringLiteral("guest");
        m.content = QStringLiteral("hi");
        m.channel = QStringLiteral("whatsapp");
        m.channelMessageId = QStringLiteral("wamid.1");
        messages.insert(m);
        bool refused = false;
        try {
            messages.insert(m);
        } catch (const storage::StorageError &e) {
            refused = e.isConstraint();
        }
        QVERIFY(refused);
        QVERIFY(messages.byChannelId(QStringLiteral("whatsapp"), QStringLiteral("wamid.1"))
                    .has_value());
        QCOMPARE(messages.unprocessedInbound().size(), 1);
    }

    void cleanupTestCase() { storage::Database::close(QStringLiteral("t")); }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
