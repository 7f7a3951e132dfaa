#include "gateway/routecontext.h"

#include "ai/aisettings.h"
#include "ai/providers/providerfactory.h"
#include "channels/outboundrules.h"
#include "core/clock.h"
#include "core/conversationstate.h"
#include "core/translator.h"
#include "storage/appsettings.h"
#include "storage/conversationstore.h"
#include "storage/gueststore.h"
#include "storage/mediastore.h"
#include "storage/memorystore.h"
#include "storage/messagestore.h"
#include "storage/outboundmessage.h"
#include "storage/outboxstore.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "storage/taskstore.h"
#include <QJsonArray>

namespace jack::gateway {

using core::ConversationEvent;
using core::ConversationState;
using core::ConversationStateMachine;

namespace {
constexpr int kMaxMessageChars = 4096; // WhatsApp's limit for a text body
constexpr int kMaxSnoozeDays = 30;

storage::ConversationRecord requireConversation(storage::WriteTx &tx, const QString &id)
{
    const auto record = storage::ConversationStore(tx.db()).record(id);
    if (!record)
        throw storage::JobError(
            404, QStringLiteral("NOT_FOUND"), QStringLiteral("conversation not found"));
    return *record;
}

//! Queues a staff member's reply through the conversation's channel. `translation`, when set,
//! is the text staff wrote before it was translated for the guest ({language, text}).
void queueStaffReply(const RouteContext &ctx, const Reply &reply, const QString &id,
    const QJsonObject &body, const AuthUser &user, const QJsonObject &translation)
{
    ctx.write(reply, 201, [id, body, user, translation](storage::WriteTx &tx) -> QJsonValue {
        const auto conversation = requireConversation(tx, id);
        const auto next
            = ConversationStateMachine::next(conversation.state, ConversationEvent::StaffReplied);
        if (!next)
            throw storage::JobError(
                409, QStringLiteral("CONFLICT"), QStringLiteral("the conversation is closed"));
        storage::ConversationStore conversations(tx.db());
        // The channel decides what the message becomes (or refuses it, e.g. a closed
        // WhatsApp window) before anything is queued.
        const channels::OutboundPlan plan
            = channels::OutboundRules::plan(tx.db(), conversations.get(id), body);
        storage::NewMessage m;
        m.conversationId = id;
        m.senderType = QStringLiteral("staff");
        m.senderId = user.id;
        m.content = plan.content;
        m.channel = conversation.channel;
        m.meta = plan.meta;
        if (!translation.isEmpty())
            m.meta.insert(QStringLiteral("translation"), translation);
        QJsonObject message = storage::OutboundMessage::queue(
            tx, m, conversation.channelAddress, plan.kind, plan.payload);
        if (!plan.mediaIds.isEmpty()) {
            // Uploaded files become the message's own once it is queued.
            const QString messageId = message.value(QLatin1String("id")).toString();
            for (const QString &mediaId : plan.mediaIds)
                storage::MediaStore(tx.db()).attach(mediaId, messageId);
            message = storage::MessageStore(tx.db()).get(messageId);
            tx.recordChange(QStringLiteral("message:status"), messageId, message);
        }
        conversations.setStaffReplied(id, true);
        if (*next != conversation.state)
            conversations.setState(id, *next);
        tx.recordChange(QStringLiteral("conversation:updated"), id, conversations.get(id));
        return message;
    });
}
} // namespace

void registerConversationRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Get, QStringLiteral("/api/v1/conversations"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            storage::ConversationFilter filter;
            if (!Input::paging(req, reply, &filter.limit, &filter.offset))
                return;
            filter.state = req.queryValue(QStringLiteral("state"));
            if (!filter.state.isEmpty() && !ConversationStateMachine::parse(filter.state)) {
                reply.invalid(QStringLiteral("state"),
                    QStringLiteral(
                        "state must be new, active, waiting, escalated, resolved or closed"));
                return;
            }
            filter.channel = req.queryValue(QStringLiteral("channel"));
            filter.assignedTo = req.queryValue(QStringLiteral("assignedTo"));
            filter.guestId = req.queryValue(QStringLiteral("guestId"));
            if (filter.assignedTo == QLatin1String("me"))
                filter.assignedTo = req.user.id;
            filter.text = req.queryValue(QStringLiteral("q"));
            const QString snoozed = req.queryValue(QStringLiteral("snoozed"));
            if (snoozed == QLatin1String("true"))
                filter.snoozed = storage::SnoozeFilter::Snoozed;
            else if (snoozed == QLatin1String("false"))
                filter.snoozed = storage::SnoozeFilter::Awake;
            else if (!snoozed.isEmpty())
                return reply.invalid(
                    QStringLiteral("snoozed"), QStringLiteral("snoozed must be true or false"));
            reply.json(200, storage::ConversationStore(ctx.db()).list(filter).toJson());
        });

    server.route(M::Get, QStringLiteral("/api/v1/conversations/stats"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            reply.json(200, storage::ConversationStore(ctx.db()).stats(req.user.id));
        });

    server.route(M::Get, QStringLiteral("/api/v1/conversations/{id}"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const QJsonObject c = storage::ConversationStore(ctx.db()).get(req.param(0));
            if (c.isEmpty())
                return reply.notFound(QStringLiteral("conversation"));
            reply.json(200, c);
        });

    server.route(M::Patch, QStringLiteral("/api/v1/conversations/{id}"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            std::optional<ConversationState> state;
            if (body->contains(QLatin1String("state"))) {
                state = ConversationStateMachine::parse(
                    body->value(QLatin1String("state")).toString());
                if (!state)
                    return reply.invalid(QStringLiteral("state"),
                        QStringLiteral(
                            "state must be active, waiting, escalated, resolved or closed"));
            }
            const bool assign = body->contains(QLatin1String("assignedTo"));
            const QJsonValue assignee = body->value(QLatin1String("assignedTo"));
            if (assign && !assignee.isNull() && !assignee.isString())
                return reply.invalid(QStringLiteral("assignedTo"),
                    QStringLiteral("assignedTo must be a staff id or null"));
            // snoozedUntil: an ISO-8601 time in the future (at most kMaxSnoozeDays ahead), or
            // null to wake the conversation now.
            const bool snooze = body->contains(QLatin1String("snoozedUntil"));
            QString snoozedUntil;
            if (snooze) {
                const QJsonValue until = body->value(QLatin1String("snoozedUntil"));
                if (!until.isNull()) {
                    const QDateTime when
                        = until.isString() ? core::Clock::fromIso(until.toString()) : QDateTime();
                    const QDateTime now = core::Clock::now();
                    if (!when.isValid())
                        return reply.invalid(QStringLiteral("snoozedUntil"),
                            QStringLiteral("snoozedUntil must be an ISO-8601 time or null"));
                    if (when <= now)
                        return reply.invalid(QStringLiteral("snoozedUntil"),
                            QStringLiteral("snoozedUntil must be in the future"));
                    if (when > now.addDays(kMaxSnoozeDays))
                        return reply.invalid(QStringLiteral("snoozedUntil"),
                            QStringLiteral("snoozedUntil must be within %1 days")
                                .arg(kMaxSnoozeDays));
                    snoozedUntil = core::Clock::toIso(when);
                }
            }
            if (!state && !assign && !snooze)
                return reply.invalid(QStringLiteral("state"),
                    QStringLiteral("give 'state', 'assignedTo' and/or 'snoozedUntil'"));
            const QString reason = body->value(QLatin1String("reason")).toString();
            ctx.write(reply, 200,
                [id = req.param(0), state, assign, assignee, reason, snooze, snoozedUntil,
                    user = req.user](storage::WriteTx &tx) -> QJsonValue {
                    const auto current = requireConversation(tx, id);
                    storage::ConversationStore conversations(tx.db());
                    const bool closing = state
                        && (*state == ConversationState::Resolved
                            || *state == ConversationState::Closed);
                    const bool finished = current.state == ConversationState::Resolved
                        || current.state == ConversationState::Closed;
                    if (snooze && !snoozedUntil.isEmpty() && (closing || (!state && finished)))
                        throw storage::JobError(409, QStringLiteral("CONFLICT"),
                            QStringLiteral("a resolved or closed conversation cannot be "
                                           "snoozed"));
                    if (state) {
                        if (!ConversationStateMachine::canSet(current.state, *state))
                            throw storage::JobError(400, QStringLiteral("VALIDATION_ERROR"),
                                QStringLiteral("the conversation is %1 and cannot become %2")
                                    .arg(ConversationStateMachine::name(current.state),
                                        ConversationStateMachine::name(*state)),
                                QStringLiteral("state"));
                        // Setting the state it already has keeps the recorded reason.
                        if (*state != current.state)
                            conversations.setState(id, *state,
                                reason.isEmpty() ? QStringLiteral("escalated by staff") : reason);
                        // Jack speaks again once a person has closed the matter.
                        if (*state == ConversationState::Resolved
                            || *state == ConversationState::Closed)
                            conversations.setStaffReplied(id, false);
                    }
                    if (assign) {
                        const QString staffId = assignee.isNull()        ? QString()
                            : assignee.toString() == QLatin1String("me") ? user.id
                                                                         : assignee.toString();
                        if (!staffId.isEmpty() && !storage::StaffStore(tx.db()).byId(staffId))
                            throw storage::JobError(400, QStringLiteral("VALIDATION_ERROR"),
                                QStringLiteral("no staff member with that id"),
                                QStringLiteral("assignedTo"));
                        conversations.setAssignee(id, staffId);
                    }
                    if (snooze)
                        conversations.setSnoozedUntil(id, snoozedUntil);
                    else if (closing)
                        conversations.setSnoozedUntil(id, {}); // nothing left to wake for
                    storage::SettingsStore(tx.db()).audit(user.id,
                        QStringLiteral("conversation.update"), id, {},
                        { { "state", state ? ConversationStateMachine::name(*state) : QString() },
                            { "snoozedUntil", snooze ? QJsonValue(snoozedUntil) : QJsonValue() } });
                    const QJsonObject after = conversations.get(id);
                    tx.recordChange(QStringLiteral("conversation:updated"), id, after);
                    return after;
                });
        });

    server.route(M::Get, QStringLiteral("/api/v1/conversations/{id}/context"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const auto conversation = storage::ConversationStore(ctx.db()).record(req.param(0));
            if (!conversation)
                return reply.notFound(QStringLiteral("conversation"));
            const QJsonArray tasks
                = storage::TaskStore(ctx.db()).openForGuest(conversation->guestId);
            const QJsonObject guest = storage::GuestStore(ctx.db()).get(conversation->guestId);
            QJsonValue reservation;
            for (const QJsonValue &r : guest.value(QLatin1String("reservations")).toArray()) {
                const QString status = r.toObject().value(QLatin1String("status")).toString();
                if (status == QLatin1String("checked_in")
                    || (reservation.isUndefined() && status == QLatin1String("confirmed")))
                    reservation = r;
            }
            reply.json(200,
                QJsonObject { { "guest", guest },
                    { "reservation", reservation.isUndefined() ? QJsonValue() : reservation },
                    { "memory",
                        storage::MemoryStore(ctx.db()).forGuestJson(conversation->guestId) },
                    { "openTasks", tasks } });
        });

    server.route(M::Get, QStringLiteral("/api/v1/conversations/{id}/messages"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            int limit = 0, offset = 0;
            if (!Input::paging(req, reply, &limit, &offset))
                return;
            if (req.queryValue(QStringLiteral("limit")).isEmpty())
                limit = 500;
            if (!storage::ConversationStore(ctx.db()).record(req.param(0)))
                return reply.notFound(QStringLiteral("conversation"));
            reply.json(
                200, storage::MessageStore(ctx.db()).list(req.param(0), limit, offset).toJson());
        });

    server.route(M::Post, QStringLiteral("/api/v1/conversations/{id}/messages"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            auto body = Input::object(req, reply);
            if (!body)
                return;
            const QString content = body->value(QLatin1String("content")).toString();
            if (content.size() > kMaxMessageChars)
                return reply.invalid(QStringLiteral("content"),
                    QStringLiteral("content is limited to %1 characters").arg(kMaxMessageChars));
            const QJsonValue translate = body->take(QLatin1String("translate"));
            if (!translate.isUndefined() && !translate.isBool())
                return reply.invalid(
                    QStringLiteral("translate"), QStringLiteral("translate must be true or false"));
            const QString id = req.param(0);
            const auto conversation = storage::ConversationStore(ctx.db()).record(id);
            if (!conversation)
                return reply.notFound(QStringLiteral("conversation"));
            const QString hotelLanguage = storage::HotelSettings::language(ctx.db());
            const QString guestLanguage = conversation->language;
            // Nothing to translate: the guest writes the hotel's language (or nothing is
            // known), or the message is only a file or a template.
            if (!translate.toBool() || content.trimmed().isEmpty() || guestLanguage.isEmpty()
                || guestLanguage == hotelLanguage)
                return queueStaffReply(ctx, reply, id, *body, req.user, {});
            if (!ctx.translator || !ai::isLlmProviderApp(ai::AiSettings::load(ctx.db()).provider))
                return reply.error(409, QStringLiteral("TRANSLATION_UNAVAILABLE"),
                    QStringLiteral("Translating replies needs an AI provider (Settings, AI). "
                                   "Nothing was sent; send it without translation or choose a "
                                   "provider."));
            ctx.translator->translate(content, hotelLanguage, guestLanguage, ctx.context,
                [&ctx, reply, id, body = *body, user = req.user, content, hotelLanguage](
                    bool ok, const QString &text, const QString &error) mutable {
                    if (!ok)
                        return reply.error(502, QStringLiteral("TRANSLATION_FAILED"),
                            QStringLiteral("Nothing was sent: the translation failed (%1)")
                                .arg(error));
                    body.insert(QStringLiteral("content"), text);
                    queueStaffReply(ctx, reply, id, body, user,
                        QJsonObject { { "language", hotelLanguage }, { "text", content } });
                });
        });

    // "Retry" sends the same outbox row again (a new attempt), never a copy of the message.
    server.route(M::Post, QStringLiteral("/api/v1/conversations/{id}/messages/{messageId}/retry"),
        Access::Staff, [&ctx](const Request &req, const Reply &reply) {
            ctx.write(reply, 200,
                [id = req.param(0), messageId = req.param(1), user = req.user](
                    storage::WriteTx &tx) -> QJsonValue {
                    requireConversation(tx, id);
                    storage::MessageStore messages(tx.db());
                    const QJsonObject message = messages.get(messageId);
                    if (message.isEmpty()
                        || message.value(QLatin1String("conversationId")).toString() != id)
                        throw storage::JobError(
                            404, QStringLiteral("NOT_FOUND"), QStringLiteral("message not found"));
                    if (!storage::OutboxStore(tx.db()).requeue(messageId)
                        || !messages.resetForRetry(messageId))
                        throw storage::JobError(409, QStringLiteral("CONFLICT"),
                            QStringLiteral("only a message that failed can be retried (it is "
                                           "%1)")
                                .arg(message.value(QLatin1String("deliveryStatus")).toString()));
                    storage::SettingsStore(tx.db()).audit(
                        user.id, QStringLiteral("message.retry"), messageId, {});
                    const QJsonObject updated = messages.get(messageId);
                    tx.recordChange(QStringLiteral("message:status"), messageId, updated);
                    tx.wakeOutbox();
                    return updated;
                });
        });
}

} // namespace jack::gateway
