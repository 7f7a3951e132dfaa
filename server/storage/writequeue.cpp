#include "storage/writequeue.h"

#include "core/clock.h"
#include "core/eventbus.h"
#include "ops/logging.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMetaObject>
#include <QMutexLocker>
#include <QThread>

namespace jack::storage {

namespace {
constexpr qsizetype kBusyBackgroundBatch = 6;
constexpr qsizetype kIdleBackgroundBatch = 24;
// Under continuous load the WAL is still checkpointed now and then, so it cannot grow for ever.
constexpr int kForcedCheckpointCommits = 2000;
} // namespace

void WriteTx::recordChange(const QString &type, const QString &entityId, const QJsonObject &payload)
{
    SqlQuery q(m_db,
        QStringLiteral("INSERT INTO changes (type, entity_id, payload, created_at) "
                       "VALUES (?, ?, ?, ?)"));
    q.bind(type)
        .bind(entityId)
        .bind(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        .bind(core::Clock::nowIso())
        .exec();
    core::Change change;
    change.seq = q.query().lastInsertId().toLongLong();
    change.type = type;
    change.entityId = entityId;
    change.payload = payload;
    m_changes.append(change);
}

WriteQueue::WriteQueue(QString databasePath, core::EventBus *bus)
    : m_path(std::move(databasePath))
    , m_connectionName(QStringLiteral("writer-%1").arg(quintptr(this)))
    , m_bus(bus)
{
}

WriteQueue::~WriteQueue()
{
    closeConnection();
}

void WriteQueue::open()
{
    QSqlDatabase db = Database::open(m_path, m_connectionName);
    // Checkpoints run when the queue is idle (see drain) instead of inside a commit that a
    // webhook is waiting for.
    SqlQuery(db, QStringLiteral("PRAGMA wal_autocheckpoint=0")).exec();
}

void WriteQueue::checkpointIfDue(bool idle)
{
    if (m_commitsSinceCheckpoint == 0
        || (!idle && m_commitsSinceCheckpoint < kForcedCheckpointCommits))
        return;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        m_commitsSinceCheckpoint = 0;
}

void WriteQueue::closeConnection()
{
    if (QSqlDatabase::contains(m_connectionName))
        Database::close(m_connectionName);
}

void WriteQueue::submit(Job job, QObject *context, Done done, Lane lane)
{
    QMutexLocker lock(&m_mutex);
    (lane == Lane::Interactive ? m_queue : m_background)
        .append(Entry { std::move(job), context, context != nullptr, std::move(done) });
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &WriteQueue::drain, Qt::QueuedConnection);
    }
}

int WriteQueue::pending() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_queue.size() + m_background.size()) + m_running;
}

qint64 WriteQueue::commits() const
{
    QMutexLocker lock(&m_mutex);
    return m_commits;
}

void WriteQueue::deliver(Entry &entry, const WriteResult &result)
{
    if (!entry.done)
        return;
    if (!entry.hasContext) {
        entry.done(result);
        return;
    }
    if (!entry.context)
        return; // the requester is gone (e.g. client disconnected)
    QMetaObject::invokeMethod(
        entry.context.data(), [done = std::move(entry.done), result]() { done(result); },
        Qt::QueuedConnection);
}

void WriteQueue::drain()
{
    QList<Entry> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_queue);
        // Background work rides along in small portions while requests wait, so a burst of
        // webhooks is acknowledged quickly and the AI catches up right after.
        const qsizetype budget = batch.isEmpty() ? kIdleBackgroundBatch : kBusyBackgroundBatch;
        const qsizetype take = std::min(budget, m_background.size());
        for (qsizetype i = 0; i < take; ++i)
            batch.append(std::move(m_background[i]));
        m_background.remove(0, take);
        m_scheduled = !m_background.isEmpty();
        if (m_scheduled)
            QMetaObject::invokeMethod(this, &WriteQueue::drain, Qt::QueuedConnection);
        m_running = int(batch.size());
    }
    if (batch.isEmpty())
        return;
    auto log = ops::Logging::get("storage");
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QList<WriteResult> results(batch.size());
    QList<WriteTx> txs;
    txs.reserve(batch.size());
    QElapsedTimer timer;
    timer.start();
    bool committed = false;
    QString batchError;
    try {
        SqlQuery(db, QStringLiteral("BEGIN IMMEDIATE")).exec();
        for (int i = 0; i < batch.size(); ++i) {
            txs.append(WriteTx(db));
            WriteTx &tx = txs.last();
            SqlQuery(db, QStringLiteral("SAVEPOINT job")).exec();
            WriteResult &r = results[i];
            try {
                r.value = batch[i].job(tx);
                r.ok = true;
                SqlQuery(db, QStringLiteral("RELEASE job")).exec();
            } catch (const JobError &e) {
                r = WriteResult { false, {}, e.status(), e.code(), QString::fromStdString(e.what()),
                    e.field() };
            } catch (const StorageError &e) {
                log->error("write job failed: {}", e.what());
                r = WriteResult { false, {}, e.isConstraint() ? 409 : 500,
                    e.isConstraint() ? QStringLiteral("CONFLICT")
                                     : QStringLiteral("INTERNAL_ERROR"),
                    e.isConstraint() ? QStringLiteral("already exists")
                                     : QStringLiteral("storage error"),
                    {} };
            } catch (const std::exception &e) {
                log->error("write job failed: {}", e.what());
                r = WriteResult { false, {}, 500, QStringLiteral("INTERNAL_ERROR"),
                    QStringLiteral("internal error"), {} };
            }
            if (!r.ok) {
                SqlQuery(db, QStringLiteral("ROLLBACK TO job")).exec();
                SqlQuery(db, QStringLiteral("RELEASE job")).exec();
                tx.m_changes.clear();
                tx.m_inbound.clear();
                tx.m_wakeOutbox = false;
            }
        }
        SqlQuery(db, QStringLiteral("COMMIT")).exec();
        committed = true;
    } catch (const std::exception &e) {
        batchError = QString::fromUtf8(e.what());
        log->error("group commit of {} jobs failed: {}", batch.size(), e.what());
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
    {
        QMutexLocker lock(&m_mutex);
        m_running = 0;
        if (committed)
            ++m_commits;
    }
    if (committed)
        ++m_commitsSinceCheckpoint;
    log->debug("group commit: {} jobs in {} ms", batch.size(), timer.elapsed());
    bool wake = false;
    for (int i = 0; i < batch.size(); ++i) {
        if (!committed) {
            deliver(batch[i],
                WriteResult { false, {}, 503, QStringLiteral("INTERNAL_ERROR"),
                    QStringLiteral("storage unavailable"), {} });
            continue;
        }
        deliver(batch[i], results[i]);
        if (i < txs.size() && results[i].ok) {
            for (const core::Change &change : txs[i].m_changes)
                Q_EMIT m_bus->changeCommitted(change);
            for (const QString &id : txs[i].m_inbound)
                Q_EMIT m_bus->inboundMessageStored(id);
            wake = wake || txs[i].m_wakeOutbox;
        }
    }
    if (wake)
        Q_EMIT m_bus->outboxReady();
    bool idle = false;
    {
        QMutexLocker lock(&m_mutex);
        idle = m_queue.isEmpty() && m_background.isEmpty();
    }
    checkpointIfDue(idle);
}

} // namespace jack::storage
