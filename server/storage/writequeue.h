#pragma once
#include "core/change.h"

#include <QJsonValue>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <functional>
#include <stdexcept>

namespace jack::core {
class EventBus;
}

namespace jack::storage {

//! A domain refusal raised inside a write job (unknown id, bad state change…): rolled back and
//! reported to the caller with an HTTP-like status and an API error code.
class JobError : public std::runtime_error {
public:
    JobError(int status, QString code, const QString &message, QString field = {})
        : std::runtime_error(message.toStdString())
        , m_status(status)
        , m_code(std::move(code))
        , m_field(std::move(field))
    {
    }
    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] const QString &code() const { return m_code; }
    [[nodiscard]] const QString &field() const { return m_field; }

private:
    int m_status;
    QString m_code;
    QString m_field;
};

//! The transaction a job runs in: its database connection and the change rows it records.
class WriteTx {
public:
    explicit WriteTx(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    [[nodiscard]] QSqlDatabase &db() { return m_db; }
    //! Appends a row to the change feed in this transaction; published after commit.
    void recordChange(const QString &type, const QString &entityId, const QJsonObject &payload);
    //! Asks the channels service to look at the outbox after commit.
    void wakeOutbox() { m_wakeOutbox = true; }
    //! Hands a stored guest message to the AI pipeline after commit.
    void announceInbound(const QString &messageId) { m_inbound.append(messageId); }

private:
    friend class WriteQueue;
    QSqlDatabase m_db;
    QList<core::Change> m_changes;
    QStringList m_inbound;
    bool m_wakeOutbox = false;
};

//! Outcome of a job, delivered to the submitter after the transaction committed (or failed).
struct WriteResult {
    bool ok = false;
    QJsonValue value;
    int status = 500; // when !ok
    QString code; // API error code when !ok
    QString message;
    QString field;
};

//! The single writer: jobs from every thread are grouped into one transaction per batch
//! (group commit), so durable ingest is not capped at one fsync per webhook. Each job runs
//! in a savepoint; a failing job is rolled back alone. Results and change events are
//! delivered only after COMMIT returned.
class WriteQueue : public QObject {
    Q_OBJECT
public:
    using Job = std::function<QJsonValue(WriteTx &)>;
    using Done = std::function<void(const WriteResult &)>;

    //! Webhooks and staff actions wait for their answer; AI and outbox bookkeeping does not.
    enum class Lane { Interactive, Background };

    WriteQueue(QString databasePath, core::EventBus *bus);
    ~WriteQueue() override;

    //! Thread-safe. `done` runs in `context`'s thread (or in the writer thread without one).
    void submit(Job job, QObject *context = nullptr, Done done = {}, Lane lane = Lane::Interactive);
    //! Jobs waiting or running; used to drain at shutdown.
    [[nodiscard]] int pending() const;
    //! Number of transactions committed so far (benchmarks and tests).
    [[nodiscard]] qint64 commits() const;

public Q_SLOTS:
    //! Opens the writer's connection; call in the writer thread before the first job.
    void open();
    void closeConnection();

private:
    struct Entry {
        Job job;
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
    };
    void drain();
    void checkpointIfDue(bool idle);
    void deliver(Entry &entry, const WriteResult &result);

    QString m_path;
    QString m_connectionName;
    core::EventBus *m_bus;
    mutable QMutex m_mutex;
    QList<Entry> m_queue;
    QList<Entry> m_background;
    bool m_scheduled = false;
    int m_running = 0;
    qint64 m_commits = 0;
    int m_commitsSinceCheckpoint = 0; // writer thread only
};

} // namespace jack::storage
