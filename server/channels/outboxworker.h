#pragma once
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace jack::ops {
class SecretStore;
}
namespace jack::storage {
class WriteQueue;
struct OutboxItem;
} // namespace jack::storage

namespace jack::channels {

class GraphClient;
struct WhatsAppConfig;
struct SendResult;

//! The channels service: sends due outbox rows through their provider, records the outcome
//! and schedules retries. Lives in its own thread; resumes pending rows at start.
class OutboxWorker : public QObject {
    Q_OBJECT
public:
    OutboxWorker(
        QString databasePath, storage::WriteQueue *writer, const ops::SecretStore *secrets);
    ~OutboxWorker() override;

    //! Sends in flight (tests and shutdown).
    [[nodiscard]] int inFlight() const { return int(m_inFlight.size()); }

public Q_SLOTS:
    void start();
    void stop();
    //! Looks for due rows now.
    void wake();

Q_SIGNALS:
    void idle();

private:
    void send(const storage::OutboxItem &item, const WhatsAppConfig &config);
    void record(const storage::OutboxItem &item, const SendResult &result);
    void scheduleNext();

    QString m_path;
    QString m_connectionName;
    storage::WriteQueue *m_writer;
    const ops::SecretStore *m_secrets;
    GraphClient *m_graph = nullptr;
    QTimer *m_timer = nullptr;
    QSet<QString> m_inFlight;
    bool m_stopping = false;
};

} // namespace jack::channels
