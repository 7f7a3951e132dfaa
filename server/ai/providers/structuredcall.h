#pragma once
#include "ai/providers/llmprovider.h"
#include "storage/outcomestore.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <functional>

class QNetworkAccessManager;
class QObject;

namespace jack::ops {
class SecretStore;
}
namespace jack::storage {
class WriteQueue;
}

namespace jack::ai {

//! One call to the hotel's answering language model (AiSettings::provider) that must answer
//! with a JSON object — the copilot, memory extraction and knowledge answers use it. The call's
//! tokens, latency and cost are recorded in `ai_usage` like the pipeline's.
class StructuredCall {
public:
    struct Result {
        bool ok = false;
        QJsonObject object; //!< the model's JSON object when ok
        QString problem; //!< why not: the provider's error or what was wrong with the answer
        QString provider; //!< the app id
        QString model;
    };
    using Done = std::function<void(const Result &)>;

    //! The `ai_usage` row of one call: tokens, latency, estimated cost from the app's prices.
    [[nodiscard]] static storage::UsageRecord usageOf(const QString &provider, const QString &model,
        const QString &purpose, const LlmResult &result, const LlmProviderConfig &config);

    //! The configured answering provider's app id, empty with the offline engine.
    [[nodiscard]] static QString configuredProvider(const QSqlDatabase &db);

    using TextDone = std::function<void(const LlmResult &result, const QString &provider)>;
    //! The same call for a plain-text answer (translations).
    static bool startText(const QSqlDatabase &db, const ops::SecretStore &secrets,
        QNetworkAccessManager *network, storage::WriteQueue *writer, QObject *context,
        const QString &purpose, LlmRequest request, TextDone done);

    //! Starts the call in the calling thread (which needs an event loop); `done` is called
    //! exactly once, later, unless `context` is destroyed first. False, and `done` never called,
    //! when no language model is configured.
    static bool start(const QSqlDatabase &db, const ops::SecretStore &secrets,
        QNetworkAccessManager *network, storage::WriteQueue *writer, QObject *context,
        const QString &purpose, LlmRequest request, Done done);

    //! The JSON object in a model's text: bare, in a ```json fence, or after a sentence; empty
    //! with `problem` set when there is none.
    [[nodiscard]] static QJsonObject objectIn(const QString &text, QString *problem);
};

} // namespace jack::ai
