// Internal notes in a conversation (/api/v1/conversations/{id}/notes) and the staff directory
// the desk offers @mentions from (/api/v1/staff/directory). A note is stored in its own table
// and never queued: no channel can send it, and clients reading messages never see it.
#include "gateway/routecontext.h"

#include "storage/conversationstore.h"
#include "storage/notestore.h"
#include "storage/settingsstore.h"
#include "storage/staffdirectory.h"
#include "storage/staffstore.h"

#include <QJsonArray>

namespace jack::gateway {

namespace {
constexpr int kMaxNoteChars = 4096;
constexpr int kMaxMentions = 20;

//! The `mentions` field: absent, or an array of distinct staff ids (strings); 400 otherwise.
bool readMentions(const QJsonObject &body, const Reply &reply, QStringList *mentions)
{
    const QJsonValue v = body.value(QLatin1String("mentions"));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray()) {
        reply.invalid(
            QStringLiteral("mentions"), QStringLiteral("mentions must be an array of staff ids"));
        return false;
    }
    for (const QJsonValue &id : v.toArray()) {
        if (!id.isString() || id.toString().isEmpty()) {
            reply.invalid(QStringLiteral("mentions"),
                QStringLiteral("mentions must be an array of staff ids"));
            return false;
        }
        if (!mentions->contains(id.toString()))
            mentions->append(id.toString());
    }
    if (mentions->size() > kMaxMentions) {
        reply.invalid(QStringLiteral("mentions"),
            QStringLiteral("a note may mention at most %1 people").arg(kMaxMentions));
        return false;
    }
    return true;
}
} // namespace

void registerNoteRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Get, QStringLiteral("/api/v1/staff/directory"), Access::Staff,
        [&ctx](const Request &, const Reply &reply) {
            const QJsonArray items = storage::StaffDirectory(ctx.db()).active();
            reply.json(200,
                QJsonObject { { "items", items }, { "total", items.size() },
                    { "limit", items.size() }, { "offset", 0 } });
        });

    server.route(M::Get, QStringLiteral("/api/v1/conversations/{id}/notes"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            int limit = 0;
            int offset = 0;
            if (!Input::paging(req, reply, &limit, &offset))
                return;
            if (!storage::ConversationStore(ctx.db()).record(req.param(0)))
                return reply.notFound(QStringLiteral("conversation"));
            reply.json(200,
                storage::NoteStore(ctx.db()).forConversation(req.param(0), limit, offset).toJson());
        });

    server.route(M::Post, QStringLiteral("/api/v1/conversations/{id}/notes"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            const auto content = Input::text(*body, QStringLiteral("content"), reply);
            if (!content)
                return;
            if (content->trimmed().size() > kMaxNoteChars)
                return reply.invalid(QStringLiteral("content"),
                    QStringLiteral("content is limited to %1 characters").arg(kMaxNoteChars));
            QStringList mentions;
            if (!readMentions(*body, reply, &mentions))
                return;
            storage::NewNote note;
            note.conversationId = req.param(0);
            note.authorId = req.user.id;
            note.content = content->trimmed();
            note.mentions = mentions;
            ctx.write(reply, 201, [note, user = req.user](storage::WriteTx &tx) -> QJsonValue {
                storage::NewNote n = note;
                if (!storage::ConversationStore(tx.db()).record(n.conversationId))
                    throw storage::JobError(
                        404, QStringLiteral("NOT_FOUND"), QStringLiteral("conversation not found"));
                if (!storage::StaffDirectory(tx.db()).unknown(n.mentions).isEmpty())
                    throw storage::JobError(400, QStringLiteral("VALIDATION_ERROR"),
                        QStringLiteral("no staff member with that id"), QStringLiteral("mentions"));
                const auto author = storage::StaffStore(tx.db()).byId(user.id);
                n.authorName = author ? author->name : QString();
                storage::NoteStore notes(tx.db());
                const QString id = notes.insert(n);
                storage::SettingsStore(tx.db()).audit(user.id, QStringLiteral("note.create"), id,
                    {},
                    { { "conversationId", n.conversationId },
                        { "mentions", QJsonArray::fromStringList(n.mentions) } });
                const QJsonObject created = notes.get(id);
                // Keyed by the conversation, so a guest's erasure drops it from the feed too.
                tx.recordChange(QStringLiteral("conversation:note"), n.conversationId,
                    { { "conversationId", n.conversationId }, { "note", created },
                        { "mentions", created.value(QLatin1String("mentions")) } });
                return created;
            });
        });
}

} // namespace jack::gateway
