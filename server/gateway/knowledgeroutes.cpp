#include "gateway/routecontext.h"

#include "ai/knowledge/hybridsearch.h"
#include "core/knowledgelookup.h"
#include "storage/knowledgestore.h"
#include "storage/settingsstore.h"

#include <QJsonArray>
#include <QUrl>

namespace jack::gateway {

namespace {
//! Validates the writable fields of an entry; `creating` requires title, content, category.
bool validEntry(const QJsonObject &body, bool creating, const Reply &reply)
{
    for (const char *field : { "title", "content", "category" }) {
        const QJsonValue v = body.value(QLatin1String(field));
        if ((creating || body.contains(QLatin1String(field)))
            && (!v.isString() || v.toString().trimmed().isEmpty())) {
            reply.invalid(QString::fromLatin1(field),
                QStringLiteral("'%1' is required and must be a non-empty string")
                    .arg(QLatin1String(field)));
            return false;
        }
    }
    if (body.contains(QLatin1String("keywords"))
        && !body.value(QLatin1String("keywords")).isArray()) {
        reply.invalid(
            QStringLiteral("keywords"), QStringLiteral("keywords must be an array of strings"));
        return false;
    }
    if (body.contains(QLatin1String("priority"))
        && !body.value(QLatin1String("priority")).isDouble()) {
        reply.invalid(QStringLiteral("priority"), QStringLiteral("priority must be a number"));
        return false;
    }
    if (body.contains(QLatin1String("archived"))
        && !body.value(QLatin1String("archived")).isBool()) {
        reply.invalid(QStringLiteral("archived"), QStringLiteral("archived must be true or false"));
        return false;
    }
    if (body.contains(QLatin1String("sourceUrl"))) {
        const QJsonValue v = body.value(QLatin1String("sourceUrl"));
        const QUrl url(v.toString());
        if (!v.isNull()
            && (!v.isString() || !url.isValid()
                || (url.scheme() != QLatin1String("http")
                    && url.scheme() != QLatin1String("https")))) {
            reply.invalid(QStringLiteral("sourceUrl"),
                QStringLiteral("sourceUrl must be an http or https address or null"));
            return false;
        }
    }
    return true;
}
} // namespace

void registerKnowledgeRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Get, QStringLiteral("/api/v1/knowledge"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            int limit = 0, offset = 0;
            if (!Input::paging(req, reply, &limit, &offset))
                return;
            const bool archived
                = req.queryValue(QStringLiteral("includeArchived")) == QLatin1String("true");
            reply.json(200,
                storage::KnowledgeStore(ctx.db())
                    .list(req.queryValue(QStringLiteral("category")), archived, limit, offset)
                    .toJson());
        });

    server.route(M::Post, QStringLiteral("/api/v1/knowledge/reindex"), Access::Manager,
        [&ctx](const Request &req, const Reply &reply) {
            ctx.write(reply, 200, [user = req.user](storage::WriteTx &tx) -> QJsonValue {
                storage::KnowledgeStore(tx.db()).reindex();
                storage::SettingsStore(tx.db()).audit(
                    user.id, QStringLiteral("knowledge.reindex"), {}, {});
                return QJsonObject { { "ok", true },
                    { "entries", storage::KnowledgeStore(tx.db()).count() } };
            });
        });

    server.route(M::Get, QStringLiteral("/api/v1/knowledge/{id}"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const QJsonObject e = storage::KnowledgeStore(ctx.db()).get(req.param(0));
            if (e.isEmpty())
                return reply.notFound(QStringLiteral("knowledge entry"));
            reply.json(200, e);
        });

    server.route(M::Post, QStringLiteral("/api/v1/knowledge"), Access::Manager,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body || !validEntry(*body, true, reply))
                return;
            ctx.write(
                reply, 201, [fields = *body, user = req.user](storage::WriteTx &tx) -> QJsonValue {
                    storage::KnowledgeStore store(tx.db());
                    const QString id = store.insert(fields);
                    storage::SettingsStore(tx.db()).audit(
                        user.id, QStringLiteral("knowledge.create"), id, {});
                    const QJsonObject entry = store.get(id);
                    // Staff desks and the embedding indexer follow the knowledge by these.
                    tx.recordChange(QStringLiteral("knowledge:created"), id, entry);
                    return entry;
                });
        });

    server.route(M::Patch, QStringLiteral("/api/v1/knowledge/{id}"), Access::Manager,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body || !validEntry(*body, false, reply))
                return;
            ctx.write(reply, 200,
                [id = req.param(0), fields = *body, user = req.user](
                    storage::WriteTx &tx) -> QJsonValue {
                    storage::KnowledgeStore store(tx.db());
                    if (store.get(id).isEmpty())
                        throw storage::JobError(404, QStringLiteral("NOT_FOUND"),
                            QStringLiteral("knowledge entry not found"));
                    store.update(id, fields);
                    storage::SettingsStore(tx.db()).audit(
                        user.id, QStringLiteral("knowledge.update"), id, {});
                    const QJsonObject entry = store.get(id);
                    tx.recordChange(QStringLiteral("knowledge:updated"), id, entry);
                    return entry;
                });
        });

    server.route(M::Delete, QStringLiteral("/api/v1/knowledge/{id}"), Access::Manager,
        [&ctx](const Request &req, const Reply &reply) {
            ctx.write(reply, 200,
                [id = req.param(0), user = req.user](storage::WriteTx &tx) -> QJsonValue {
                    storage::KnowledgeStore store(tx.db());
                    if (store.get(id).isEmpty())
                        throw storage::JobError(404, QStringLiteral("NOT_FOUND"),
                            QStringLiteral("knowledge entry not found"));
                    store.remove(id);
                    storage::SettingsStore(tx.db()).audit(
                        user.id, QStringLiteral("knowledge.delete"), id, {});
                    const QJsonObject deleted { { "id", id }, { "deleted", true } };
                    tx.recordChange(QStringLiteral("knowledge:deleted"), id, deleted);
                    return deleted;
                });
        });

    server.route(M::Post, QStringLiteral("/api/v1/knowledge/search"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            const auto query = Input::text(*body, QStringLiteral("query"), reply);
            if (!query)
                return;
            const int limit = body->value(QLatin1String("limit")).toInt(5);
            if (limit < 1 || limit > 50)
                return reply.invalid(
                    QStringLiteral("limit"), QStringLiteral("limit must be 1 to 50"));
            if (ctx.knowledge) {
                // Hybrid retrieval runs in the AI thread (it may wait for the embedding
                // provider); the answer comes back to this thread.
                ctx.knowledge->search(*query, limit, ctx.context,
                    [reply](const QJsonObject &result) { reply.json(200, result); });
                return;
            }
            // Without the AI service (tools, tests): the full-text half, here and now.
            QJsonArray matches;
            for (const ai::KnowledgeHit &hit : ai::HybridSearch(ctx.db()).search(*query, limit))
                matches.append(hit.toJson());
            reply.json(200,
                QJsonObject { { "matches", matches },
                    { "retrieval", QJsonObject { { "fullText", true }, { "vectors", "off" } } } });
        });

    server.route(M::Post, QStringLiteral("/api/v1/knowledge/ask"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            const auto question = Input::text(*body, QStringLiteral("question"), reply);
            if (!question)
                return;
            if (question->size() > 2000)
                return reply.invalid(QStringLiteral("question"),
                    QStringLiteral("question must be at most 2000 characters"));
            if (!ctx.knowledge)
                return reply.error(503, QStringLiteral("UNAVAILABLE"),
                    QStringLiteral("the knowledge service is not running"));
            ctx.knowledge->ask(*question, ctx.context, [reply](const QJsonObject &result) {
                if (result.contains(QLatin1String("error")))
                    return reply.error(503, QStringLiteral("UNAVAILABLE"),
                        QStringLiteral("the knowledge service is not running"));
                reply.json(200, result);
            });
        });
}

} // namespace jack::gateway
