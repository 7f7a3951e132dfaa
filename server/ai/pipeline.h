#pragma once
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

#include "ai/aisettings.h"
#include "core/change.h"
#include "storage/taskstore.h"

class QNetworkAccessManager;

namespace jack::core {
class StatusBoard;
}
namespace jack::ops {
class SecretStore;
}
namespace jack::storage {
class WriteQueue;
}

namespace jack::ai {

class LlmAnswerer;
class OfflineEngine;
class PipelineStages;
struct OfflineAnswer;
struct Turn;

//! The AI service: takes each stored guest message through ordered stages — language, guest
//! context, intent, knowledge, reply and actions (one structured call to the hotel's language
//! model, or the offline engine), guardrails, outbound language — and commits the result in
//! one transaction (TurnCommitter) with an outcome record. One message per conversation at a
//! time, in order; picks up unprocessed messages at start. Lives in its own thread.
class Pipeline : public QObject {
    Q_OBJECT
public:
    //! `secrets` and `status` may be null (offline only, no health reporting).
    Pipeline(QString databasePath, storage::WriteQueue *writer,
        const ops::SecretStore *secrets = nullptr, core::StatusBoard *status = nullptr);

    //! The task an answer opens: the answer's department, priority, room, items and due time,
    //! else the front desk, standard priority and the guest's current room.
    [[nodiscard]] static storage::NewTask taskFor(const OfflineAnswer &answer,
        const QString &conversationId, const QString &guestId, const QString &guestRoom);
    ~Pipeline() override;

    //! The language-model answerer in use, null with the offline engine (tests).
    [[nodiscard]] LlmAnswerer *answerer() const { return m_answerer; }

public Q_SLOTS:
    void start();
    void stop();
    void process(const QString &messageId);
    //! Reloads the provider when the AI settings or a provider app change.
    void onChange(const jack::core::Change &change);

Q_SIGNALS:
    //! A message went through the pipeline (tests, metrics).
    void processed(const QString &messageId);

private:
    void reloadProvider();
    void begin(const QString &messageId, const QString &conversationId);
    void finish(Turn turn);
    void done(const QString &messageId, const QString &conversationId);

    QString m_path;
    QString m_connectionName;
    storage::WriteQueue *m_writer;
    const ops::SecretStore *m_secrets;
    core::StatusBoard *m_status;
    std::unique_ptr<OfflineEngine> m_engine;
    std::unique_ptr<PipelineStages> m_stages;
    QNetworkAccessManager *m_network = nullptr;
    LlmAnswerer *m_answerer = nullptr;
    AiSettings m_settings;
    QSet<QString> m_busy; // conversations with a message on its way
    QHash<QString, QStringList> m_waiting; // conversation -> message ids, in arrival order
    QSet<QString> m_pending; // message ids in flight or waiting
    bool m_stopping = false;
};

} // namespace jack::ai
