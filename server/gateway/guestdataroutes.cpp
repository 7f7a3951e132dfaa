// Guest memories and GDPR export/erase: /api/v1/guests/{id}/memories…, /export, /erase.
#include "gateway/routecontext.h"

#include "ai/memory/factkey.h"
#include "ai/memory/memorycurator.h"
#include "ai/memory/memoryfact.h"
#include "ops/logging.h"
#include "storage/conversationstore.h"
#include "storage/guestdatastore.h"
#include "storage/gueststore.h"
#include "storage/memorystore.h"
#include "storage/settingsstore.h"
#include "storage/sqlquery.h"
#include "storage/taskstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <memory>

namespace jack::gateway {

namespace {

//! The guest the job acts on: 404 when unknown, 409 once the guest's data was erased
//! (nothing new may be remembered about them).
void requireLiveGuest(storage::WriteTx &tx, const QString &guestId)
{
    storage::SqlQuery q(tx.db(), QStringLiteral("SELECT erased_at FROM guests WHERE id = ?"));
    q.bind(guestId).exec();
    if (!q.next())
        throw storage::JobError(
            404, QStringLiteral("NOT_FOUND"), QStringLiteral("guest not found"));
    if (!q.value(0).isNull())
        throw storage::JobError(409, QStringLiteral("CONFLICT"),
            QStringLiteral("the guest's data was erased on request"));
}

storage::MemoryRecord requireMemory(
    storage::WriteTx &tx, const QString &guestId, const QString &memoryId)
{
    const auto memory = storage::MemoryStore(tx.db()).get(memoryId);
    if (!memory || memory->guestId != guestId)
        throw storage::JobError(
            404, QStringLiteral("NOT_FOUND"), QStringLiteral("memory not found"));
    return *memory;
}

QJsonObject memoryChange(const QString &guestId, const QString &action, const QJsonObject &memory)
{
    return { { "guestId", guestId }, { "action", action }, { "memory", memory } };
}

//! Answers a failed write the way RouteContext::write does.
void answerFailure(const Reply &reply, const storage::WriteResult &r)
{
    if (r.status == 400)
        reply.invalid(r.field, r.message);
    else
        reply.error(r.status, r.code, r.message);
}

//! The category field, when present: one of the five names, else 400.
bool readCategory(const QJsonObject &body, const Reply &reply, QString *category, bool required)
{
    const QJsonValue v = body.value(QLatin1String("category"));
    if (v.isUndefined() && !required)
        return true;
    const auto parsed = v.isString() ? ai::MemoryCategories::parse(v.toString()) : std::nullopt;
    if (!parsed) {
        reply.invalid(QStringLiteral("category"),
            QStringLiteral("category must be one of: %1")
                .arg(ai::MemoryCategories::names().join(QStringLiteral(", "))));
        return false;
    }
    *category = ai::MemoryCategories::name(*parsed);
    return true;
}

//! The fact field, when present: a non-empty string that passes the curator, else 400.
bool readFact(const QJsonObject &body, const Reply &reply, QString *fact, bool required)
{
    const QJsonValue v = body.value(QLatin1String("fact"));
    if (v.isUndefined() && !required)
        return true;
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
        reply.invalid(QStringLiteral("fact"),
            QStringLiteral("'fact' is required and must be a non-empty string"));
        return false;
    }
    const QString problem
        = ai::MemoryCurator::problem({ ai::MemoryCategory::Preference, v.toString(), 1.0 });
    if (!problem.isEmpty()) {
        reply.invalid(QStringLiteral("fact"), problem);
        return false;
    }
    *fact = v.toString().simplified();
    return true;
}

//! Deletes erased media files; paths never leave the data folder.
int deleteMediaFiles(const QString &dataDir, const QStringList &paths)
{
    const QString root = QDir(dataDir).canonicalPath();
    int deleted = 0;
    for (const QString &relative : paths) {
        const QString path = QFileInfo(QDir(dataDir).filePath(relative)).canonicalFilePath();
        if (path.isEmpty() || root.isEmpty() || !path.startsWith(root + QLatin1Char('/')))
            continue;
        if (QFile::remove(path))
            ++deleted;
        else
            ops::Logging::get("gateway")->error("erase: media file could not be deleted");
    }
    return deleted;
}

} // namespace

void registerGuestDataRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Get, QStringLiteral("/api/v1/guests/{id}/memories"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            if (!storage::GuestDataStore(ctx.db()).exists(req.param(0)))
                return reply.notFound(QStringLiteral("guest"));
            const QJsonArray items = storage::MemoryStore(ctx.db()).forGuestJson(req.param(0));
            reply.json(200,
                QJsonObject { { "items", items }, { "total", int(items.size()) },
                    { "limit", int(std::max<qsizetype>(items.size(), 500)) }, { "offset", 0 } });
        });

    // Staff add a fact they learnt; a fact the guest already has (same normalised text) is
    // confirmed instead of doubled: 201 for a new memory, 200 for an existing one.
    server.route(M::Post, QStringLiteral("/api/v1/guests/{id}/memories"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            QString category, fact;
            if (!readCategory(*body, reply, &category, true)
                || !readFact(*body, reply, &fact, true))
                return;
            double confidence = 1.0;
            if (body->contains(QLatin1String("confidence"))) {
                const QJsonValue c = body->value(QLatin1String("confidence"));
                if (!c.isDouble() || c.toDouble() < 0 || c.toDouble() > 1)
                    return reply.invalid(QStringLiteral("confidence"),
                        QStringLiteral("confidence must be a number from 0 to 1"));
                confidence = c.toDouble();
            }
            const QString conversationId
                = body->value(QLatin1String("sourceConversationId")).toString();
            ctx.writer->submit(
                [guestId = req.param(0), category, fact, confidence, conversationId,
                    user = req.user](storage::WriteTx &tx) -> QJsonValue {
                    requireLiveGuest(tx, guestId);
                    if (!conversationId.isEmpty()) {
                        const auto c = storage::ConversationStore(tx.db()).record(conversationId);
                        if (!c || c->guestId != guestId)
                            throw storage::JobError(400, QStringLiteral("VALIDATION_ERROR"),
                                QStringLiteral("no conversation of this guest has that id"),
                                QStringLiteral("sourceConversationId"));
                    }
                    storage::MemoryStore memories(tx.db());
                    storage::NewMemory m { guestId, category, fact, ai::FactKey::of(fact),
                        conversationId, QStringLiteral("staff"), confidence };
                    QString id;
                    const storage::MemoryWrite write = memories.remember(m, &id);
                    const QJsonObject memory = storage::MemoryStore::toJson(*memories.get(id));
                    if (write != storage::MemoryWrite::Unchanged) {
                        const bool created = write == storage::MemoryWrite::Created;
                        storage::SettingsStore(tx.db()).audit(user.id,
                            created ? QStringLiteral("guest.memory.create")
                                    : QStringLiteral("guest.memory.confirm"),
                            id, {}, { { "guestId", guestId }, { "category", category } });
                        tx.recordChange(QStringLiteral("guest:memory"), id,
                            memoryChange(guestId,
                                created ? QStringLiteral("created") : QStringLiteral("updated"),
                                memory));
                    }
                    return QJsonObject { { "created", write == storage::MemoryWrite::Created },
                        { "memory", memory } };
                },
                ctx.context,
                [reply](const storage::WriteResult &r) {
                    if (!r.ok)
                        return answerFailure(reply, r);
                    const QJsonObject v = r.value.toObject();
                    reply.json(v.value(QLatin1String("created")).toBool() ? 201 : 200,
                        v.value(QLatin1String("memory")));
                });
        });

    server.route(M::Patch, QStringLiteral("/api/v1/guests/{id}/memories/{memoryId}"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            QString category, fact;
            if (!readCategory(*body, reply, &category, false)
                || !readFact(*body, reply, &fact, false))
                return;
            if (category.isEmpty() && fact.isEmpty())
                return reply.invalid(
                    QStringLiteral("fact"), QStringLiteral("give 'fact' and/or 'category'"));
            ctx.write(reply, 200,
                [guestId = req.param(0), memoryId = req.param(1), category, fact, user = req.user](
                    storage::WriteTx &tx) -> QJsonValue {
                    requireLiveGuest(tx, guestId);
                    const storage::MemoryRecord current = requireMemory(tx, guestId, memoryId);
                    storage::MemoryStore memories(tx.db());
                    const QString newFact = fact.isEmpty() ? current.fact : fact;
                    const QString key = ai::FactKey::of(newFact);
                    const auto twin = memories.idByKey(guestId, key);
                    if (twin && *twin != memoryId)
                        throw storage::JobError(409, QStringLiteral("CONFLICT"),
                            QStringLiteral("the guest already has this memory (%1)").arg(*twin));
                    memories.update(
                        memoryId, category.isEmpty() ? current.category : category, newFact, key);
                    const QJsonObject memory
                        = storage::MemoryStore::toJson(*memories.get(memoryId));
                    storage::SettingsStore(tx.db()).audit(user.id,
                        QStringLiteral("guest.memory.update"), memoryId, {},
                        { { "guestId", guestId } });
                    tx.recordChange(QStringLiteral("guest:memory"), memoryId,
                        memoryChange(guestId, QStringLiteral("updated"), memory));
                    return memory;
                });
        });

    server.route(M::Delete, QStringLiteral("/api/v1/guests/{id}/memories/{memoryId}"),
        Access::Staff, [&ctx](const Request &req, const Reply &reply) {
            ctx.write(reply, 200,
                [guestId = req.param(0), memoryId = req.param(1), user = req.user](
                    storage::WriteTx &tx) -> QJsonValue {
                    if (!storage::GuestDataStore(tx.db()).exists(guestId))
                        throw storage::JobError(
                            404, QStringLiteral("NOT_FOUND"), QStringLiteral("guest not found"));
                    requireMemory(tx, guestId, memoryId);
                    storage::MemoryStore(tx.db()).remove(memoryId);
                    storage::SettingsStore(tx.db()).audit(user.id,
                        QStringLiteral("guest.memory.delete"), memoryId, {},
                        { { "guestId", guestId } });
                    const QJsonObject deleted { { "id", memoryId }, { "deleted", true } };
                    tx.recordChange(QStringLiteral("guest:memory"), memoryId,
                        memoryChange(guestId, QStringLiteral("deleted"), deleted));
                    return deleted;
                });
        });

    // A data-subject access request: everything Jack holds about the guest in one document.
    server.route(M::Get, QStringLiteral("/api/v1/guests/{id}/export"), Access::Manager,
        [&ctx](const Request &req, const Reply &reply) {
            const QJsonObject document
                = storage::GuestDataStore(ctx.db()).exportDocument(req.param(0));
            if (document.isEmpty())
                return reply.notFound(QStringLiteral("guest"));
            reply.raw(200, QJsonDocument(document).toJson(QJsonDocument::Compact),
                QByteArrayLiteral("application/json"),
                { { "Content-Disposition",
                    "attachment; filename=\"guest-" + req.param(0).toUtf8() + ".json\"" } });
            ctx.writer->submit(
                [guestId = req.param(0), user = req.user](storage::WriteTx &tx) -> QJsonValue {
                    storage::SettingsStore(tx.db()).audit(
                        user.id, QStringLiteral("guest.export"), guestId, {});
                    return {};
                },
                nullptr, {}, storage::WriteQueue::Lane::Background);
        });

    // Erasure on request: personal data goes, non-personal statistics stay, and desks are
    // told (the earlier change rows about the guest are dropped from the feed).
    server.route(M::Post, QStringLiteral("/api/v1/guests/{id}/erase"), Access::Manager,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            if (body->value(QLatin1String("confirm")) != QJsonValue(true))
                return reply.invalid(QStringLiteral("confirm"),
                    QStringLiteral("erasing a guest's data cannot be undone: send "
                                   "{\"confirm\": true}"));
            auto files = std::make_shared<QStringList>();
            ctx.writer->submit(
                [guestId = req.param(0), user = req.user, files](
                    storage::WriteTx &tx) -> QJsonValue {
                    storage::GuestDataStore data(tx.db());
                    if (!data.exists(guestId))
                        throw storage::JobError(
                            404, QStringLiteral("NOT_FOUND"), QStringLiteral("guest not found"));
                    const storage::GuestErasure erased = data.erase(guestId);
                    *files = erased.mediaPaths;
                    // Counts only: the audit log must not keep what was erased.
                    storage::SettingsStore(tx.db()).audit(
                        user.id, QStringLiteral("guest.erase"), guestId, {}, erased.counts());
                    storage::ConversationStore conversations(tx.db());
                    for (const QString &id : erased.conversationIds)
                        tx.recordChange(
                            QStringLiteral("conversation:updated"), id, conversations.get(id));
                    storage::TaskStore tasks(tx.db());
                    for (const QString &id : erased.taskIds)
                        tx.recordChange(QStringLiteral("task:updated"), id, tasks.get(id));
                    const QJsonObject guest = storage::GuestStore(tx.db()).get(guestId);
                    tx.recordChange(QStringLiteral("guest:erased"), guestId,
                        { { "guestId", guestId }, { "guest", guest },
                            { "conversationIds",
                                QJsonArray::fromStringList(erased.conversationIds) },
                            { "taskIds", QJsonArray::fromStringList(erased.taskIds) } });
                    return QJsonObject { { "guestId", guestId }, { "erased", true },
                        { "guest", guest }, { "removed", erased.counts() } };
                },
                ctx.context,
                [reply, files, dataDir = ctx.dataDir](const storage::WriteResult &r) {
                    if (!r.ok)
                        return answerFailure(reply, r);
                    // Files go once the rows that named them are gone for good.
                    QJsonObject answer = r.value.toObject();
                    answer.insert(
                        QStringLiteral("mediaFilesDeleted"), deleteMediaFiles(dataDir, *files));
                    reply.json(200, answer);
                });
        });
}

} // namespace jack::gateway
