// Canned responses: /api/v1/canned-responses. Managers write them, every signed-in account
// reads them; with ?conversationId= each comes back with its variables filled for that guest.
#include "gateway/replycontext.h"
#include "gateway/routecontext.h"

#include "core/replyvariables.h"
#include "storage/cannedresponsestore.h"
#include "storage/conversationstore.h"
#include "storage/settingsstore.h"
#include "storage/storageerror.h"

#include <QJsonArray>

namespace jack::gateway {

namespace {
constexpr int kMaxTitleChars = 100;
constexpr int kMaxContentChars = 4096;
constexpr int kMaxCategoryChars = 50;

//! Checks title, content and category where present (all of title and content when
//! `creating`); answers 400 naming the first bad field. Fills `fields` with trimmed values.
bool readFields(const QJsonObject &body, bool creating, const Reply &reply, QJsonObject *fields)
{
    struct Field {
        const char *name;
        int maxChars;
        bool required;
    };
    for (const Field &f :
        { Field { "title", kMaxTitleChars, true }, Field { "content", kMaxContentChars, true },
            Field { "category", kMaxCategoryChars, false } }) {
        const QString name = QString::fromLatin1(f.name);
        const QJsonValue v = body.value(name);
        if (v.isUndefined() && !(creating && f.required))
            continue;
        if (!f.required && v.isNull()) {
            fields->insert(name, QString());
            continue;
        }
        if (!v.isString() || (f.required && v.toString().trimmed().isEmpty())) {
            reply.invalid(name,
                f.required
                    ? QStringLiteral("'%1' is required and must be a non-empty string").arg(name)
                    : QStringLiteral("%1 must be a string or null").arg(name));
            return false;
        }
        const QString value = v.toString().trimmed();
        if (value.size() > f.maxChars) {
            reply.invalid(
                name, QStringLiteral("%1 is limited to %2 characters").arg(name).arg(f.maxChars));
            return false;
        }
        fields->insert(name, value);
    }
    return true;
}

//! The item with `filled: {"text","missing"}` for the values of one conversation.
QJsonObject withFilled(QJsonObject item, const QHash<QString, QString> &values)
{
    const auto filled
        = core::ReplyVariables::fill(item.value(QLatin1String("content")).toString(), values);
    item.insert(QStringLiteral("filled"),
        QJsonObject {
            { "text", filled.text }, { "missing", QJsonArray::fromStringList(filled.missing) } });
    return item;
}

//! The ?conversationId= of a read: empty, or a conversation that exists (400 otherwise).
bool readConversation(
    const RouteContext &ctx, const Request &req, const Reply &reply, QString *conversationId)
{
    *conversationId = req.queryValue(QStringLiteral("conversationId"));
    if (conversationId->isEmpty() || storage::ConversationStore(ctx.db()).record(*conversationId))
        return true;
    reply.invalid(QStringLiteral("conversationId"), QStringLiteral("no conversation with that id"));
    return false;
}

storage::JobError conflictingTitle()
{
    return storage::JobError(409, QStringLiteral("CONFLICT"),
        QStringLiteral("a canned response with that title exists"), QStringLiteral("title"));
}
} // namespace

void registerCannedResponseRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Get, QStringLiteral("/api/v1/canned-responses"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            int limit = 0;
            int offset = 0;
            if (!Input::paging(req, reply, &limit, &offset))
                return;
            QString conversationId;
            if (!readConversation(ctx, req, reply, &conversationId))
                return;
            storage::ListPage page = storage::CannedResponseStore(ctx.db()).list(
                req.queryValue(QStringLiteral("q")).trimmed(), limit, offset);
            if (!conversationId.isEmpty()) {
                const auto values = ReplyContext::values(ctx.db(), conversationId, req.user.id);
                QJsonArray filled;
                for (const QJsonValue &item : std::as_const(page.items))
                    filled.append(withFilled(item.toObject(), values));
                page.items = filled;
            }
            reply.json(200, page.toJson());
        });

    server.route(M::Get, QStringLiteral("/api/v1/canned-responses/{id}"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            QString conversationId;
            if (!readConversation(ctx, req, reply, &conversationId))
                return;
            const QJsonObject item = storage::CannedResponseStore(ctx.db()).get(req.param(0));
            if (item.isEmpty())
                return reply.notFound(QStringLiteral("canned response"));
            if (conversationId.isEmpty())
                return reply.json(200, item);
            reply.json(
                200, withFilled(item, ReplyContext::values(ctx.db(), conversationId, req.user.id)));
        });

    server.route(M::Post, QStringLiteral("/api/v1/canned-responses"), Access::Manager,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            QJsonObject fields;
            if (!body || !readFields(*body, true, reply, &fields))
                return;
            ctx.write(reply, 201, [fields, user = req.user](storage::WriteTx &tx) -> QJsonValue {
                storage::CannedResponseStore store(tx.db());
                QString id;
                try {
                    id = store.insert(fields.value(QLatin1String("title")).toString(),
                        fields.value(QLatin1String("content")).toString(),
                        fields.value(QLatin1String("category")).toString(), user.id);
                } catch (const storage::StorageError &e) {
                    if (e.isConstraint())
                        throw conflictingTitle();
                    throw;
                }
                storage::SettingsStore(tx.db()).audit(
                    user.id, QStringLiteral("canned.create"), id, {});
                const QJsonObject created = store.get(id);
                tx.recordChange(QStringLiteral("canned:created"), id, created);
                return created;
            });
        });

    server.route(M::Patch, QStringLiteral("/api/v1/canned-responses/{id}"), Access::Manager,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            QJsonObject fields;
            if (!body || !readFields(*body, false, reply, &fields))
                return;
            if (fields.isEmpty())
                return reply.invalid(QStringLiteral("body"),
                    QStringLiteral("give at least one of: title, content, category"));
            ctx.write(reply, 200,
                [id = req.param(0), fields, user = req.user](storage::WriteTx &tx) -> QJsonValue {
                    storage::CannedResponseStore store(tx.db());
                    if (store.get(id).isEmpty())
                        throw storage::JobError(404, QStringLiteral("NOT_FOUND"),
                            QStringLiteral("canned response not found"));
                    try {
                        store.update(id, fields);
                    } catch (const storage::StorageError &e) {
                        if (e.isConstraint())
                            throw conflictingTitle();
                        throw;
                    }
                    storage::SettingsStore(tx.db()).audit(
                        user.id, QStringLiteral("canned.update"), id, {}, fields);
                    const QJsonObject after = store.get(id);
                    tx.recordChange(QStringLiteral("canned:updated"), id, after);
                    return after;
                });
        });

    server.route(M::Delete, QStringLiteral("/api/v1/canned-responses/{id}"), Access::Manager,
        [&ctx](const Request &req, const Reply &reply) {
            ctx.write(reply, 200,
                [id = req.param(0), user = req.user](storage::WriteTx &tx) -> QJsonValue {
                    if (!storage::CannedResponseStore(tx.db()).remove(id))
                        throw storage::JobError(404, QStringLiteral("NOT_FOUND"),
                            QStringLiteral("canned response not found"));
                    storage::SettingsStore(tx.db()).audit(
                        user.id, QStringLiteral("canned.delete"), id, {});
                    const QJsonObject gone { { "id", id }, { "deleted", true } };
                    tx.recordChange(QStringLiteral("canned:deleted"), id, gone);
                    return gone;
                });
        });
}

} // namespace jack::gateway
