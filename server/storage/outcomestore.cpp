#include "storage/outcomestore.h"

#include "core/clock.h"
#include "storage/sqlquery.h"

#include <QJsonDocument>

namespace jack::storage {

namespace {
QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

void OutcomeStore::insert(const OutcomeRecord &o)
{
    SqlQuery(m_db,
        QStringLiteral("INSERT OR REPLACE INTO message_outcomes (message_id, conversation_id, "
                       "reply_message_id, provider, model, intent, confidence, language, decision, "
                       "escalation_reason, fallback_reason, input_tokens, output_tokens, cost_usd, "
                       "provider_ms, detail, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(o.messageId)
        .bind(o.conversationId)
        .bind(orNull(o.replyMessageId))
        .bind(o.provider)
        .bind(orNull(o.model))
        .bind(orNull(o.intent))
        .bind(o.confidence)
        .bind(orNull(o.language))
        .bind(o.decision)
        .bind(orNull(o.escalationReason))
        .bind(orNull(o.fallbackReason))
        .bind(o.inputTokens)
        .bind(o.outputTokens)
        .bind(o.costUsd)
        .bind(o.providerMs)
        .bind(QString::fromUtf8(QJsonDocument(o.detail).toJson(QJsonDocument::Compact)))
        .bind(core::Clock::nowIso())
        .exec();
}

QJsonObject OutcomeStore::forMessage(const QString &messageId) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT message_id, conversation_id, reply_message_id, provider, model, "
                       "intent, confidence, language, decision, escalation_reason, "
                       "fallback_reason, input_tokens, output_tokens, cost_usd, provider_ms, "
                       "detail, created_at FROM message_outcomes "
                       "WHERE message_id = ? OR reply_message_id = ? LIMIT 1"));
    q.bind(messageId).bind(messageId).exec();
    if (!q.next())
        return {};
    auto text = [&q](int i) {
        const QVariant v = q.value(i);
        return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
    };
    QJsonObject out { { "messageId", q.value(0).toString() },
        { "conversationId", q.value(1).toString() }, { "replyMessageId", text(2) },
        { "provider", q.value(3).toString() }, { "model", text(4) }, { "intent", text(5) },
        { "confidence", q.value(6).toDouble() }, { "language", text(7) },
        { "decision", q.value(8).toString() }, { "escalationReason", text(9) },
        { "fallbackReason", text(10) },
        { "tokens",
            QJsonObject { { "input", q.value(11).toInt() }, { "output", q.value(12).toInt() } } },
        { "estimatedCostUsd", q.value(13).toDouble() }, { "providerMs", q.value(14).toLongLong() },
        { "createdAt", q.value(16).toString() } };
    const QJsonObject detail = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).object();
    for (auto it = detail.begin(); it != detail.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

void OutcomeStore::recordUsage(const UsageRecord &u)
{
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO ai_usage (provider, model, purpose, ok, input_tokens, "
                       "output_tokens, cost_usd, latency_ms, error, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(u.provider)
        .bind(orNull(u.model))
        .bind(u.purpose)
        .bind(u.ok ? 1 : 0)
        .bind(u.inputTokens)
        .bind(u.outputTokens)
        .bind(u.costUsd)
        .bind(u.latencyMs)
        .bind(orNull(u.error))
        .bind(core::Clock::nowIso())
        .exec();
}

QJsonArray OutcomeStore::usageSince(const QString &sinceIso) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT provider, COUNT(*), SUM(1 - ok), SUM(input_tokens), "
                       "SUM(output_tokens), SUM(cost_usd), AVG(latency_ms), MAX(latency_ms) "
                       "FROM ai_usage WHERE created_at >= ? GROUP BY provider ORDER BY provider"));
    q.bind(sinceIso).exec();
    QJsonArray out;
    while (q.next()) {
        out.append(QJsonObject { { "provider", q.value(0).toString() },
            { "calls", q.value(1).toLongLong() }, { "failures", q.value(2).toLongLong() },
            { "inputTokens", q.value(3).toLongLong() }, { "outputTokens", q.value(4).toLongLong() },
            { "estimatedCostUsd", q.value(5).toDouble() },
            { "averageLatencyMs", qRound64(q.value(6).toDouble()) },
            { "maxLatencyMs", q.value(7).toLongLong() } });
    }
    return out;
}

QList<OutcomeStore::LatencyHistogram> OutcomeStore::latencyHistograms(
    const QList<double> &bounds) const
{
    QString sql = QStringLiteral("SELECT provider, COUNT(*), SUM(latency_ms)");
    for (double bound : bounds)
        sql += QStringLiteral(", SUM(CASE WHEN latency_ms <= %1 THEN 1 ELSE 0 END)")
                   .arg(qRound64(bound * 1000));
    sql += QStringLiteral(" FROM ai_usage GROUP BY provider ORDER BY provider");
    SqlQuery q(m_db, sql);
    q.exec();
    QList<LatencyHistogram> out;
    while (q.next()) {
        LatencyHistogram h;
        h.provider = q.value(0).toString();
        h.count = q.value(1).toLongLong();
        h.sumSeconds = q.value(2).toDouble() / 1000.0;
        for (int i = 0; i < bounds.size(); ++i)
            h.cumulative.append(q.value(3 + i).toLongLong());
        out.append(h);
    }
    return out;
}

} // namespace jack::storage
