// AI routes: classification, the pipeline's outcome records, model usage and /metrics.
#include "gateway/routecontext.h"

#include "ai/intentclassifier.h"
#include "core/clock.h"
#include "storage/messagestore.h"
#include "storage/outcomestore.h"

namespace jack::gateway {

namespace {

//! Prometheus text exposition (PROTOCOLS.md) of the AI provider calls, from `ai_usage`.
QByteArray aiMetrics(const QSqlDatabase &db)
{
    storage::OutcomeStore store(db);
    QByteArray out;
    auto line = [&out](const QString &text) { out += text.toUtf8() + '\n'; };
    const QJsonArray totals = store.usageSince(QStringLiteral("0000"));
    line(QStringLiteral("# HELP jack_ai_requests_total Calls to language model providers."));
    line(QStringLiteral("# TYPE jack_ai_requests_total counter"));
    for (const QJsonValue &v : totals) {
        const QJsonObject p = v.toObject();
        const QString provider = p.value(QLatin1String("provider")).toString();
        const qint64 calls = p.value(QLatin1String("calls")).toInteger();
        const qint64 failures = p.value(QLatin1String("failures")).toInteger();
        line(QStringLiteral("jack_ai_requests_total{provider=\"%1\",result=\"ok\"} %2")
                 .arg(provider)
                 .arg(calls - failures));
        line(QStringLiteral("jack_ai_requests_total{provider=\"%1\",result=\"error\"} %2")
                 .arg(provider)
                 .arg(failures));
    }
    line(QStringLiteral("# HELP jack_ai_tokens_total Tokens sent to and received from providers."));
    line(QStringLiteral("# TYPE jack_ai_tokens_total counter"));
    for (const QJsonValue &v : totals) {
        const QJsonObject p = v.toObject();
        const QString provider = p.value(QLatin1String("provider")).toString();
        line(QStringLiteral("jack_ai_tokens_total{provider=\"%1\",direction=\"input\"} %2")
                 .arg(provider)
                 .arg(p.value(QLatin1String("inputTokens")).toInteger()));
        line(QStringLiteral("jack_ai_tokens_total{provider=\"%1\",direction=\"output\"} %2")
                 .arg(provider)
                 .arg(p.value(QLatin1String("outputTokens")).toInteger()));
    }
    line(QStringLiteral("# HELP jack_ai_cost_usd_total Estimated provider cost in US dollars."));
    line(QStringLiteral("# TYPE jack_ai_cost_usd_total counter"));
    for (const QJsonValue &v : totals) {
        const QJsonObject p = v.toObject();
        line(QStringLiteral("jack_ai_cost_usd_total{provider=\"%1\"} %2")
                 .arg(p.value(QLatin1String("provider")).toString())
                 .arg(p.value(QLatin1String("estimatedCostUsd")).toDouble(), 0, 'f', 6));
    }
    const QList<double> bounds { 0.25, 0.5, 1, 2, 5, 10, 30, 60 };
    line(QStringLiteral("# HELP jack_ai_request_duration_seconds Provider call time, retries "
                        "included."));
    line(QStringLiteral("# TYPE jack_ai_request_duration_seconds histogram"));
    for (const auto &h : store.latencyHistograms(bounds)) {
        for (int i = 0; i < bounds.size(); ++i)
            line(QStringLiteral(
                "jack_ai_request_duration_seconds_bucket{provider=\"%1\",le=\"%2\"} %3")
                     .arg(h.provider)
                     .arg(bounds.at(i))
                     .arg(h.cumulative.at(i)));
        line(QStringLiteral("jack_ai_request_duration_seconds_bucket{provider=\"%1\",le=\"+Inf\"} "
                            "%2")
                 .arg(h.provider)
                 .arg(h.count));
        line(QStringLiteral("jack_ai_request_duration_seconds_sum{provider=\"%1\"} %2")
                 .arg(h.provider)
                 .arg(h.sumSeconds, 0, 'f', 3));
        line(QStringLiteral("jack_ai_request_duration_seconds_count{provider=\"%1\"} %2")
                 .arg(h.provider)
                 .arg(h.count));
    }
    return out;
}

} // namespace

void registerAiRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Post, QStringLiteral("/api/v1/ai/classify"), Access::Staff,
        [](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            const auto text = Input::text(*body, QStringLiteral("text"), reply);
            if (!text)
                return;
            static const ai::IntentClassifier classifier;
            reply.json(200, classifier.classify(*text).toJson());
        });

    // "Why did Jack say this?": the guest message's outcome record, reached from the guest's
    // message or from Jack's reply to it.
    server.route(M::Get, QStringLiteral("/api/v1/conversations/{id}/messages/{messageId}/outcome"),
        Access::Staff, [&ctx](const Request &req, const Reply &reply) {
            const QJsonObject outcome = storage::OutcomeStore(ctx.db()).forMessage(req.param(1));
            if (outcome.isEmpty()
                || outcome.value(QLatin1String("conversationId")).toString() != req.param(0))
                return reply.notFound(QStringLiteral("outcome record"));
            reply.json(200, outcome);
        });

    server.route(M::Get, QStringLiteral("/api/v1/ai/usage"), Access::Manager,
        [&ctx](const Request &req, const Reply &reply) {
            bool ok = true;
            const QString daysText = req.queryValue(QStringLiteral("days"));
            const int days = daysText.isEmpty() ? 30 : daysText.toInt(&ok);
            if (!ok || days < 1 || days > 366)
                return reply.invalid(
                    QStringLiteral("days"), QStringLiteral("days must be 1 to 366"));
            const QString since = core::Clock::toIso(core::Clock::now().addDays(-days));
            reply.json(200,
                QJsonObject { { "since", since },
                    { "providers", storage::OutcomeStore(ctx.db()).usageSince(since) } });
        });

    server.route(M::Get, QStringLiteral("/metrics"), Access::Public,
        [&ctx](const Request &, const Reply &reply) {
            reply.raw(200, aiMetrics(ctx.db()), "text/plain; version=0.0.4; charset=utf-8");
        });
}

} // namespace jack::gateway
