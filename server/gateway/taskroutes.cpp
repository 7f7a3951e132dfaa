#include "gateway/routecontext.h"

#include "ai/replycomposer.h"
#include "channels/outboundrules.h"
#include "core/conversationstate.h"
#include "storage/appsettings.h"
#include "storage/conversationstore.h"
#include "storage/outboundmessage.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "storage/storageerror.h"
#include "storage/taskstore.h"

#include <QJsonArray>
#include <QSet>

namespace jack::gateway {

namespace {
const QSet<QString> kStatuses { "pending", "in_progress", "completed", "cancelled" };
const QSet<QString> kPriorities { "low", "standard", "high", "urgent" };
constexpr int kMaxNoteChars = 1000;
const QSet<QString> kDepartments { "housekeeping", "maintenance", "room_service", "concierge",
    "front_desk" };

//! Checks the fields a client may set; answers 400 naming the first bad one.
bool validTaskFields(const QJsonObject &body, const Reply &reply)
{
    auto check = [&](const char *field, const QSet<QString> &allowed) {
        if (!body.contains(QLatin1String(field)))
            return true;
        if (allowed.contains(body.value(QLatin1String(field)).toString()))
            return true;
        QStringList names(allowed.begin(), allowed.end());
        names.sort();
        reply.invalid(QString::fromLatin1(field),
            QStringLiteral("%1 must be one of: %2")
                .arg(QLatin1String(field), names.join(QStringLiteral(", "))));
        return false;
    };
    if (!check("status", kStatuses) || !check("priority", kPriorities)
        || !check("department", kDepartments))
        return false;
    for (const char *field : { "description", "roomNumber", "assignedTo", "dueAt" }) {
        const QJsonValue v = body.value(QLatin1String(field));
        if (body.contains(QLatin1String(field)) && !v.isString() && !v.isNull()) {
            reply.invalid(QString::fromLatin1(field),
                QStringLiteral("%1 must be a string").arg(QLatin1String(field)));
            return false;
        }
    }
    if (body.contains(QLatin1String("description"))
        && body.value(QLatin1String("description")).toString().trimmed().isEmpty()) {
        reply.invalid(
            QStringLiteral("description"), QStringLiteral("description must not be empty"));
        return false;
    }
    if (body.contains(QLatin1String("items")) && !body.value(QLatin1String("items")).isArray()) {
        reply.invalid(QStringLiteral("items"), QStringLiteral("items must be an array"));
        return false;
    }
    return true;
}

//! A staff id given for assignment must exist (400 otherwise, not a constraint error).
void requireStaff(storage::WriteTx &tx, const QString &staffId)
{
    if (!staffId.isEmpty() && !storage::StaffStore(tx.db()).byId(staffId))
        throw storage::JobError(400, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("no staff member with that id"), QStringLiteral("assignedTo"));
}

QJsonObject updateTask(
    storage::WriteTx &tx, const QString &id, const QJsonObject &fields, const AuthUser &user)
{
    storage::TaskStore tasks(tx.db());
    if (tasks.get(id).isEmpty())
        throw storage::JobError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("task not found"));
    requireStaff(tx, fields.value(QLatin1String("assignedTo")).toString());
    tasks.update(id, fields);
    storage::SettingsStore(tx.db()).audit(user.id, QStringLiteral("task.update"), id, {}, fields);
    const QJsonObject after = tasks.get(id);
    tx.recordChange(QStringLiteral("task:updated"), id, after);
    return after;
}
//! Queues "your request has been taken care of" in the guest's language on the task's
//! conversation, as the staff member who completed it. Throws JobError when it cannot go out.
QJsonObject tellGuestTaskDone(storage::WriteTx &tx, const QJsonObject &task, const AuthUser &user)
{
    const QString status = task.value(QLatin1String("status")).toString();
    if (status == QLatin1String("completed") || status == QLatin1String("cancelled"))
        throw storage::JobError(409, QStringLiteral("CONFLICT"),
            QStringLiteral("the task is already %1; the guest was not told again").arg(status));
    const QString conversationId = task.value(QLatin1String("conversationId")).toString();
    storage::ConversationStore conversations(tx.db());
    const auto conversation
        = conversationId.isEmpty() ? std::nullopt : conversations.record(conversationId);
    if (!conversation)
        throw storage::JobError(409, QStringLiteral("NO_CONVERSATION"),
            QStringLiteral("this task has no conversation with a guest to tell"),
            QStringLiteral("notifyGuest"));
    const auto next = core::ConversationStateMachine::next(
        conversation->state, core::ConversationEvent::StaffReplied);
    if (!next)
        throw storage::JobError(409, QStringLiteral("CONFLICT"),
            QStringLiteral("the conversation is closed; the guest cannot be told here"),
            QStringLiteral("notifyGuest"));
    const QString language = conversation->language.isEmpty()
        ? storage::HotelSettings::language(tx.db())
        : conversation->language;
    const QString text
        = ai::ReplyComposer::taskDoneReply(language, task.value(QLatin1String("items")).toArray());
    const QJsonObject body { { "content", text } };
    const channels::OutboundPlan plan
        = channels::OutboundRules::plan(tx.db(), conversations.get(conversationId), body);
    storage::NewMessage m;
    m.conversationId = conversationId;
    m.senderType = QStringLiteral("staff");
    m.senderId = user.id;
    m.content = plan.content;
    m.channel = conversation->channel;
    m.meta = plan.meta;
    m.meta.insert(QStringLiteral("taskId"), task.value(QLatin1String("id")));
    const QJsonObject message = storage::OutboundMessage::queue(
        tx, m, conversation->channelAddress, plan.kind, plan.payload);
    conversations.setStaffReplied(conversationId, true);
    if (*next != conversation->state)
        conversations.setState(conversationId, *next);
    tx.recordChange(
        QStringLiteral("conversation:updated"), conversationId, conversations.get(conversationId));
    return message;
}
} // namespace

void registerTaskRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Get, QStringLiteral("/api/v1/tasks"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            storage::TaskFilter filter;
            if (!Input::paging(req, reply, &filter.limit, &filter.offset))
                return;
            filter.status = req.queryValue(QStringLiteral("status"));
            filter.department = req.queryValue(QStringLiteral("department"));
            filter.assignedTo = req.queryValue(QStringLiteral("assignedTo"));
            if (filter.assignedTo == QLatin1String("me"))
                filter.assignedTo = req.user.id;
            filter.source = req.queryValue(QStringLiteral("source"));
            if (!filter.status.isEmpty() && !kStatuses.contains(filter.status))
                return reply.invalid(
                    QStringLiteral("status"), QStringLiteral("unknown task status"));
            reply.json(200, storage::TaskStore(ctx.db()).list(filter).toJson());
        });

    server.route(M::Get, QStringLiteral("/api/v1/tasks/stats"), Access::Staff,
        [&ctx](const Request &, const Reply &reply) {
            reply.json(200, storage::TaskStore(ctx.db()).stats());
        });

    server.route(M::Get, QStringLiteral("/api/v1/tasks/{id}"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const QJsonObject t = storage::TaskStore(ctx.db()).get(req.param(0));
            if (t.isEmpty())
                return reply.notFound(QStringLiteral("task"));
            reply.json(200, t);
        });

    server.route(M::Post, QStringLiteral("/api/v1/tasks"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body || !validTaskFields(*body, reply))
                return;
            const auto department = Input::text(*body, QStringLiteral("department"), reply);
            if (!department)
                return;
            const auto description = Input::text(*body, QStringLiteral("description"), reply);
            if (!description)
                return;
            storage::NewTask task;
            task.department = *department;
            task.description = *description;
            task.type = body->value(QLatin1String("type")).toString(QStringLiteral("manual"));
            task.priority
                = body->value(QLatin1String("priority")).toString(QStringLiteral("standard"));
            task.roomNumber = body->value(QLatin1String("roomNumber")).toString();
            task.conversationId = body->value(QLatin1String("conversationId")).toString();
            task.assignedTo = body->value(QLatin1String("assignedTo")).toString();
            task.dueAt = body->value(QLatin1String("dueAt")).toString();
            task.items = body->value(QLatin1String("items")).toArray();
            task.source = QStringLiteral("staff");
            if (task.assignedTo == QLatin1String("me"))
                task.assignedTo = req.user.id;
            ctx.write(reply, 201, [task, user = req.user](storage::WriteTx &tx) -> QJsonValue {
                storage::NewTask t = task;
                requireStaff(tx, t.assignedTo);
                if (!t.conversationId.isEmpty()) {
                    const auto conversation
                        = storage::ConversationStore(tx.db()).record(t.conversationId);
                    if (!conversation)
                        throw storage::JobError(400, QStringLiteral("VALIDATION_ERROR"),
                            QStringLiteral("no conversation with that id"),
                            QStringLiteral("conversationId"));
                    t.guestId = conversation->guestId;
                }
                storage::TaskStore tasks(tx.db());
                QString id;
                try {
                    id = tasks.insert(t);
                } catch (const storage::StorageError &e) {
                    if (e.isConstraint())
                        throw storage::JobError(400, QStringLiteral("VALIDATION_ERROR"),
                            QStringLiteral("unknown conversationId or assignedTo"),
                            QStringLiteral("conversationId"));
                    throw;
                }
                storage::SettingsStore(tx.db()).audit(
                    user.id, QStringLiteral("task.create"), id, {});
                const QJsonObject created = tasks.get(id);
                tx.recordChange(QStringLiteral("task:created"), id, created);
                return created;
            });
        });

    server.route(M::Patch, QStringLiteral("/api/v1/tasks/{id}"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body || !validTaskFields(*body, reply))
                return;
            static const QStringList writable { "status", "priority", "assignedTo", "description",
                "roomNumber", "dueAt", "department" };
            QJsonObject fields;
            for (const QString &key : writable) {
                if (body->contains(key))
                    fields.insert(key, body->value(key));
            }
            if (fields.isEmpty())
                return reply.invalid(QStringLiteral("body"),
                    QStringLiteral("give at least one of: ") + writable.join(QStringLiteral(", ")));
            if (fields.value(QLatin1String("assignedTo")).toString() == QLatin1String("me"))
                fields.insert(QStringLiteral("assignedTo"), req.user.id);
            ctx.write(reply, 200,
                [id = req.param(0), fields, user = req.user](storage::WriteTx &tx) -> QJsonValue {
                    return updateTask(tx, id, fields, user);
                });
        });

    // Body (optional): {note, notifyGuest}. With notifyGuest the guest is told in their
    // language, through the task's conversation, in the same transaction: when the message
    // cannot go out (no conversation, closed, WhatsApp window shut) nothing changes.
    server.route(M::Post, QStringLiteral("/api/v1/tasks/{id}/complete"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            QJsonObject body;
            if (!req.body.trimmed().isEmpty()) {
                const auto parsed = Input::object(req, reply);
                if (!parsed)
                    return;
                body = *parsed;
            }
            const QJsonValue note = body.value(QLatin1String("note"));
            if (!note.isUndefined() && !note.isNull() && !note.isString())
                return reply.invalid(QStringLiteral("note"), QStringLiteral("note must be text"));
            if (note.toString().size() > kMaxNoteChars)
                return reply.invalid(QStringLiteral("note"),
                    QStringLiteral("note is limited to %1 characters").arg(kMaxNoteChars));
            const QJsonValue notify = body.value(QLatin1String("notifyGuest"));
            if (!notify.isUndefined() && !notify.isBool())
                return reply.invalid(QStringLiteral("notifyGuest"),
                    QStringLiteral("notifyGuest must be true or false"));
            ctx.write(reply, 200,
                [id = req.param(0), user = req.user, note = note.toString().trimmed(),
                    notifyGuest = notify.toBool()](storage::WriteTx &tx) -> QJsonValue {
                    const QJsonObject before = storage::TaskStore(tx.db()).get(id);
                    if (before.isEmpty())
                        throw storage::JobError(
                            404, QStringLiteral("NOT_FOUND"), QStringLiteral("task not found"));
                    QJsonObject fields { { "status", "completed" } };
                    if (!note.isEmpty())
                        fields.insert(QStringLiteral("completionNote"), note);
                    QJsonObject message;
                    if (notifyGuest)
                        message = tellGuestTaskDone(tx, before, user);
                    QJsonObject after = updateTask(tx, id, fields, user);
                    if (!message.isEmpty())
                        after.insert(QStringLiteral("guestMessage"), message);
                    return after;
                });
        });
}

} // namespace jack::gateway
