#include "ai/pipeline.h"

#include "ai/offlineengine.h"
#include "core/clock.h"
#include "core/conversationstate.h"
#include "core/smssegments.h"
#include "ops/logging.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/gueststore.h"
#include "storage/messagestore.h"
#include "storage/outboundmessage.h"
#include "storage/settingsstore.h"
#include "storage/taskstore.h"
#include "storage/writequeue.h"

#include <QElapsedTimer>

namespace jack::ai {

using core::ConversationEvent;
using core::ConversationState;
using core::ConversationStateMachine;

Pipeline::Pipeline(QString databasePath, storage::WriteQueue *writer)
    : m_path(std::move(databasePath))
    , m_connectionName(QStringLiteral("ai-%1").arg(quintptr(this)))
    , m_writer(writer)
{
}

Pipeline::~Pipeline()
{
    stop();
}

storage::NewTask Pipeline::taskFor(const OfflineAnswer &answer, const QString &conversationId,
    const QString &guestId, const QString &guestRoom)
{
    const Classification &c = answer.classification;
    storage::NewTask task;
    task.conversationId = conversationId;
    task.guestId = guestId;
    task.type = c.intent;
    task.department = c.department.isEmpty() ? QStringLiteral("front_desk") : c.department;
    task.priority = c.priority.isEmpty() ? QStringLiteral("standard") : c.priority;
    task.roomNumber = c.roomNumber.isEmpty() ? guestRoom : c.roomNumber;
    task.description = answer.taskDescription;
    task.items = c.items;
    task.source = QStringLiteral("ai");
    return task;
}

void Pipeline::start()
{
    (void)storage::Database::open(m_path, m_connectionName);
    m_engine = std::make_unique<OfflineEngine>();
    const QStringList backlog
        = storage::MessageStore(QSqlDatabase::database(m_connectionName)).unprocessedInbound();
    if (!backlog.isEmpty())
        ops::Logging::get("ai")->info(
            "processing {} guest messages left from the last run", backlog.size());
    for (const QString &id : backlog)
        process(id);
}

void Pipeline::stop()
{
    m_stopping = true;
    if (QSqlDatabase::contains(m_connectionName))
        storage::Database::close(m_connectionName);
}

void Pipeline::process(const QString &messageId)
{
    if (m_stopping || !m_engine)
        return;
    auto log = ops::Logging::get("ai");
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QString conversationId;
    try {
        storage::MessageStore messages(db);
        const QJsonObject message = messages.get(messageId);
        if (message.isEmpty())
            return;
        conversationId = message.value(QLatin1String("conversationId")).toString();
        const auto conversation = storage::ConversationStore(db).record(conversationId);
        if (!conversation)
            return;
        const QJsonObject hotelJson = storage::SettingsStore(db).json(QStringLiteral("hotel"));
        HotelInfo hotel;
        hotel.name = hotelJson.value(QLatin1String("name")).toString(QStringLiteral("the hotel"));
        hotel.phone = hotelJson.value(QLatin1String("phone")).toString();
        hotel.email = hotelJson.value(QLatin1String("email")).toString();
        hotel.checkInTime = hotelJson.value(QLatin1String("checkInTime")).toString();
        hotel.checkOutTime = hotelJson.value(QLatin1String("checkOutTime")).toString();
        const QString guestRoom = storage::GuestStore(db).currentRoom(conversation->guestId);

        const OfflineAnswer answer
            = m_engine->answer(message.value(QLatin1String("content")).toString(), db, hotel);
        const Classification &c = answer.classification;
        // A person has taken over: Jack keeps classifying (and opening tasks) but stays quiet,
        // except that a guest reporting an emergency is always told at once that help is coming.
        const bool personInCharge
            = conversation->staffReplied || conversation->state == ConversationState::Escalated;
        const bool autoReply = !answer.reply.isEmpty()
            && (!personInCharge || c.intent == QLatin1String("emergency"));

        // An SMS reply is kept within the twilio-sms app's segment budget (cost, readability).
        QString replyText = answer.reply;
        bool smsEnabled = false;
        if (conversation->channel == QLatin1String("sms"))
            replyText = core::SmsSegments::fitToBudget(replyText,
                storage::SettingsStore(db)
                    .appConfig(QStringLiteral("twilio-sms"), &smsEnabled)
                    .value(QLatin1String("segmentBudget"))
                    .toString(QStringLiteral("3"))
                    .toInt());

        m_writer->submit(
            [messageId, conversationId, answer, autoReply, guestRoom, replyText,
                guestId = conversation->guestId, address = conversation->channelAddress,
                channel = conversation->channel](storage::WriteTx &tx) -> QJsonValue {
                storage::MessageStore messages(tx.db());
                storage::ConversationStore conversations(tx.db());
                const Classification &c = answer.classification;
                // Processed twice (start-up backlog and live signal): the first one wins.
                if (!conversations.record(conversationId) || !messages.markProcessed(messageId))
                    throw storage::JobError(
                        409, QStringLiteral("CONFLICT"), QStringLiteral("already processed"));
                messages.setClassification(messageId, c.intent, c.confidence, c.language);
                conversations.setIntent(conversationId, c.intent, c.language);

                bool escalate = answer.escalate;
                QString escalationReason = answer.escalationReason;
                bool createTask = answer.createTask;
                if (createTask) {
                    // A guest asking again for what is already open needs a person, not a twin
                    // task.
                    if (storage::TaskStore(tx.db()).hasOpen(conversationId, c.intent)) {
                        createTask = false;
                        escalate = true;
                        escalationReason
                            = QStringLiteral("guest repeated a request that is still open");
                    }
                }
                if (createTask) {
                    const storage::NewTask task
                        = taskFor(answer, conversationId, guestId, guestRoom);
                    storage::TaskStore tasks(tx.db());
                    const QString taskId = tasks.insert(task);
                    tx.recordChange(QStringLiteral("task:created"), taskId, tasks.get(taskId));
                }

                if (autoReply) {
                    storage::NewMessage reply;
                    reply.conversationId = conversationId;
                    reply.senderType = QStringLiteral("ai");
                    reply.content = replyText;
                    reply.channel = channel;
                    reply.intent = c.intent;
                    reply.confidence = c.confidence;
                    reply.language = c.language;
                    storage::OutboundMessage::queue(tx, reply, address);
                }

                auto current = conversations.record(conversationId);
                std::optional<ConversationState> next;
                if (escalate)
                    next = ConversationStateMachine::next(
                        current->state, ConversationEvent::Escalate);
                else if (autoReply)
                    next = ConversationStateMachine::next(
                        current->state, ConversationEvent::AiReplied);
                if (next && *next != current->state)
                    conversations.setState(
                        conversationId, *next, escalate ? escalationReason : QString());
                tx.recordChange(QStringLiteral("conversation:updated"), conversationId,
                    conversations.get(conversationId));
                tx.recordChange(QStringLiteral("conversation:message"), messageId,
                    { { "conversationId", conversationId },
                        { "message", messages.get(messageId) } });
                return {};
            },
            this,
            [this, messageId, conversationId, intent = c.intent, confidence = c.confidence,
                elapsed = timer.elapsed(), log](const storage::WriteResult &result) {
                if (result.ok) {
                    log->info("conversation {}: message {} classified {} ({:.2f}) in {} ms",
                        conversationId.toStdString(), messageId.toStdString(), intent.toStdString(),
                        confidence, elapsed);
                } else if (result.status != 409) {
                    log->error("conversation {}: message {} could not be processed: {}",
                        conversationId.toStdString(), messageId.toStdString(),
                        result.message.toStdString());
                }
                Q_EMIT processed(messageId);
            },
            storage::WriteQueue::Lane::Background);
    } catch (const std::exception &e) {
        log->error("conversation {}: message {} failed in the pipeline: {}",
            conversationId.toStdString(), messageId.toStdString(), e.what());
    }
}

} // namespace jack::ai
