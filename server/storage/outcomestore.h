#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace jack::storage {

//! What the AI pipeline decided about one guest message and why.
struct OutcomeRecord {
    QString messageId, conversationId, replyMessageId;
    QString provider; //!< "offline", "anthropic", "openai", "ollama"
    QString model;
    QString intent, language;
    double confidence = 0.0;
    QString decision = QStringLiteral("continue"); //!< "continue" | "handoff"
    QString escalationReason;
    QString fallbackReason; //!< why the configured provider did not answer, empty when it did
    int inputTokens = 0, outputTokens = 0;
    double costUsd = 0.0;
    qint64 providerMs = 0;
    QJsonObject detail; //!< stages (timings), knowledge hits, tasks, guardrail findings…
};

//! One call to a language model, for token, latency and cost accounting.
struct UsageRecord {
    QString provider, model, purpose; //!< purpose: "reply", "translate", "test", "embed"…
    bool ok = false;
    int inputTokens = 0, outputTokens = 0;
    double costUsd = 0.0;
    qint64 latencyMs = 0;
    QString error;
};

//! The pipeline's outcome records (`message_outcomes`) and the model calls (`ai_usage`).
class OutcomeStore {
public:
    explicit OutcomeStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    //! Replaces the record of the message (a message processed again keeps the last one).
    void insert(const OutcomeRecord &outcome);
    //! The record of a guest message, or of the guest message a reply answered; empty when none.
    [[nodiscard]] QJsonObject forMessage(const QString &messageId) const;
    void recordUsage(const UsageRecord &usage);
    //! Per provider since `sinceIso`: calls, failures, tokens, estimated cost, latency.
    [[nodiscard]] QJsonArray usageSince(const QString &sinceIso) const;
    //! Latency bucket counts per provider for a Prometheus histogram: provider -> counts per
    //! upper bound in seconds (cumulative), plus sum and count.
    struct LatencyHistogram {
        QString provider;
        QList<qint64> cumulative; //!< one per bound in `bounds`
        double sumSeconds = 0.0;
        qint64 count = 0;
    };
    [[nodiscard]] QList<LatencyHistogram> latencyHistograms(const QList<double> &bounds) const;

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
