#pragma once
#include <QObject>
#include <QString>
#include <memory>

#include "storage/taskstore.h"

namespace jack::storage {
class WriteQueue;
}

namespace jack::ai {

class OfflineEngine;
struct OfflineAnswer;

//! The AI service: takes each stored guest message through the offline engine and commits,
//! in one transaction, the classification, the reply (with its outbox row), the task and the
//! escalation. Lives in its own thread; picks up unprocessed messages at start.
class Pipeline : public QObject {
    Q_OBJECT
public:
    Pipeline(QString databasePath, storage::WriteQueue *writer);

    //! The task an answer opens: the answer's department, priority, room and items, else the
    //! front desk, standard priority and the guest's current room.
    [[nodiscard]] static storage::NewTask taskFor(const OfflineAnswer &answer,
        const QString &conversationId, const QString &guestId, const QString &guestRoom);
    ~Pipeline() override;

public Q_SLOTS:
    void start();
    void stop();
    void process(const QString &messageId);

Q_SIGNALS:
    //! A message went through the pipeline (tests, metrics).
    void processed(const QString &messageId);

private:
    QString m_path;
    QString m_connectionName;
    storage::WriteQueue *m_writer;
    std::unique_ptr<OfflineEngine> m_engine;
    bool m_stopping = false;
};

} // namespace jack::ai
