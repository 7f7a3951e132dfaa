#include "ai/pipeline.h"

#include "ai/offlineengine.h"
#include "ai/pipeline/answerers.h"
#include "ai/pipeline/guardrails.h"
#include "ai/pipeline/pipelinestages.h"
#include "ai/pipeline/turn.h"
#include "ai/pipeline/turncommitter.h"
#include "ai/providers/httpllmprovider.h"
#include "ai/providers/providerfactory.h"
#include "core/clock.h"
#include "core/conversationstate.h"
#include "core/smssegments.h"
#include "core/statusboard.h"
#include "ops/logging.h"
#include "storage/appsettings.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/messagestore.h"
#include "storage/settingsstore.h"
#include "storage/sqlquery.h"
#include "storage/writequeue.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>

namespace jack::ai {

using core::ConversationState;

namespace {
const QString kStatusKey = QStringLiteral("ai.provider"); // detail: the answering provider
const QString kErrorKey = QStringLiteral("ai.error"); // the provider's last failure
} // namespace

Pipeline::Pipeline(QString databasePath, storage::WriteQueue *writer,
    const ops::SecretStore *secrets, core::StatusBoard *status)
    : m_path(std::move(databasePath))
    , m_connectionName(QStringLiteral("ai-%1").arg(quintptr(this)))
    , m_writer(writer)
    , m_secrets(secrets)
    , m_status(status)
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
    // "Wake me at 7": a time the guest gave (local to the hotel's machine) becomes the task's
    // due time; a day without an hour stays in the description only.
    if (c.dueAt.contains(u'T')) {
        const QDateTime local = QDateTime::fromString(c.dueAt, Qt::ISODate);
        if (local.isValid())
            task.dueAt = core::Clock::toIso(local.toUTC());
    }
    return task;
}

void Pipeline::start()
{
    (void)storage::Database::open(m_path, m_connectionName);
    m_engine = std::make_unique<OfflineEngine>();
    m_stages = std::make_unique<PipelineStages>(*m_engine);
    m_network = new QNetworkAccessManager(this);
    reloadProvider();

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

void Pipeline::onChange(const core::Change &change)
{
    if (m_stopping || !m_engine)
        return;
    const bool aiSettings = change.type == QLatin1String("settings:updated")
        && change.entityId == QLatin1String(AiSettings::key);
    const bool providerApp
        = change.type == QLatin1String("app:updated") && isLlmProviderApp(change.entityId);
    if (aiSettings || providerApp)
        reloadProvider();
}

void Pipeline::reloadProvider()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    m_settings = AiSettings::load(db);
    // A turn still waiting for the old provider keeps it alive (it owns the callback).
    if (m_answerer) {
        LlmAnswerer *old = m_answerer;
        m_answerer = nullptr;
        if (old->inFlight() == 0)
            old->deleteLater();
    }
    auto log = ops::Logging::get("ai");
    if (m_settings.provider == QLatin1String("offline") || !m_secrets) {
        log->info("answering with the offline engine");
        if (m_status) {
            m_status->set(kStatusKey, QStringLiteral("ok"), QStringLiteral("offline"));
            m_status->clear(kErrorKey);
        }
        return;
    }
    const LlmProviderConfig config = LlmProviderConfig::load(db, *m_secrets, m_settings.provider);
    m_answerer = new LlmAnswerer(m_settings.provider, config, m_network, this);
    const QString appId = m_settings.provider;
    connect(
        m_answerer, &LlmAnswerer::callFinished, this, [this, appId](bool ok, const QString &error) {
            if (!m_status)
                return;
            if (ok)
                m_status->clear(kErrorKey);
            else
                m_status->set(kErrorKey, QStringLiteral("degraded"),
                    QStringLiteral("%1 is failing, so the offline engine and staff answer "
                                   "guests: %2")
                        .arg(appId, error));
        });
    log->info("answering with {} (model {})", appId.toStdString(), config.model.toStdString());
    if (m_status) {
        m_status->set(kStatusKey, QStringLiteral("ok"), appId);
        m_status->clear(kErrorKey);
    }
}

void Pipeline::process(const QString &messageId)
{
    if (m_stopping || !m_engine || m_pending.contains(messageId))
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    try {
        storage::SqlQuery q(db,
            QStringLiteral("SELECT conversation_id FROM messages WHERE id = ? AND "
                           "direction = 'inbound' AND processed_at IS NULL"));
        q.bind(messageId).exec();
        if (!q.next())
            return; // unknown, not a guest's, or already processed
        const QString conversationId = q.value(0).toString();
        m_pending.insert(messageId);
        if (m_busy.contains(conversationId)) {
            m_waiting[conversationId].append(messageId);
            return;
        }
        begin(messageId, conversationId);
    } catch (const std::exception &e) {
        ops::Logging::get("ai")->error(
            "message {} could not be read: {}", messageId.toStdString(), e.what());
    }
}

void Pipeline::begin(const QString &messageId, const QString &conversationId)
{
    m_busy.insert(conversationId);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Turn turn;
    try {
        const QJsonObject message = storage::MessageStore(db).get(messageId);
        const auto conversation = storage::ConversationStore(db).record(conversationId);
        if (message.isEmpty() || !conversation) {
            done(messageId, conversationId);
            return;
        }
        turn.messageId = messageId;
        turn.text = message.value(QLatin1String("content")).toString();
        turn.conversation = *conversation;
        storage::SettingsStore settings(db);
        turn.hotel = ReplyComposer::hotelInfo(db);
        turn.hotelLanguage = storage::HotelSettings::language(db);
        if (turn.conversation.channel == QLatin1String("sms")) {
            bool enabled = false;
            turn.smsBudget = settings.appConfig(QStringLiteral("twilio-sms"), &enabled)
                                 .value(QLatin1String("segmentBudget"))
                                 .toString(QStringLiteral("3"));
        }

        m_stages->understand(turn, db);

        // A person has taken over: Jack keeps classifying (and opening tasks) but stays quiet,
        // except that a guest reporting an emergency is always told at once that help is coming.
        const bool personInCharge = turn.conversation.staffReplied
            || turn.conversation.state == ConversationState::Escalated;
        turn.autoReply
            = !personInCharge || turn.offline.classification.intent == QLatin1String("emergency");
        turn.answer = offlineAnswerOf(turn);

        // The model is asked when it would answer, or when staff need the guest's words
        // translated; a quiet conversation in the hotel's language costs nothing.
        const bool foreign = turn.language != turn.hotelLanguage;
        const bool askModel = m_answerer && (!personInCharge || (m_settings.translate && foreign));
        if (!askModel) {
            finish(std::move(turn));
            return;
        }
        LlmAnswerer *answerer = m_answerer;
        QElapsedTimer timer;
        timer.start();
        answerer->answer(std::move(turn), [this, answerer, timer](Turn answered) {
            PipelineStages::recordTime(answered, QStringLiteral("reply"), timer);
            if (answerer != m_answerer && answerer->inFlight() == 0)
                answerer->deleteLater();
            if (m_stopping)
                return;
            finish(std::move(answered));
        });
    } catch (const std::exception &e) {
        ops::Logging::get("ai")->error("conversation {}: message {} failed in the pipeline: {}",
            conversationId.toStdString(), messageId.toStdString(), e.what());
        done(messageId, conversationId);
    }
}

void Pipeline::finish(Turn turn)
{
    TurnAnswer &a = turn.answer;
    // A handoff still tells the guest someone is coming.
    if (a.reply.isEmpty() && a.handoff)
        a.reply = ReplyComposer::holdingReply(turn.language);
    // An emergency always opens its urgent task, whatever the model wrote.
    const OfflineAnswer &offline = turn.offline;
    if (offline.classification.intent == QLatin1String("emergency") && offline.createTask
        && std::none_of(a.tasks.begin(), a.tasks.end(),
            [](const storage::NewTask &t) { return t.type == QLatin1String("emergency"); })) {
        a.tasks.append(
            taskFor(offline, turn.conversation.id, turn.conversation.guestId, turn.guest.room));
        a.handoff = true;
        if (a.escalationReason.isEmpty())
            a.escalationReason = offline.escalationReason;
    }

    m_stages->check(turn, QSqlDatabase::database(m_connectionName));
    if (!turn.guardrailFindings.isEmpty()) {
        QStringList rules;
        for (const QJsonValue &f : std::as_const(turn.guardrailFindings))
            rules << f.toObject().value(QLatin1String("detail")).toString();
        fallBack(turn, QStringLiteral("reply blocked: %1").arg(rules.join(QStringLiteral("; "))));
        // The safe answer is checked too; if even it fails, the guest gets the holding reply.
        if (!GuardrailStage::check(turn, turn.answer.reply).isEmpty()) {
            turn.answer.reply = ReplyComposer::holdingReply(turn.language);
            turn.answer.handoff = true;
        }
        if (!turn.answer.handoff) {
            turn.answer.handoff = true;
            turn.answer.escalationReason = turn.fallbackReason;
        }
    }
    // An SMS reply is kept within the twilio-sms app's segment budget (cost, readability).
    if (!turn.smsBudget.isEmpty())
        a.reply = core::SmsSegments::fitToBudget(turn.answer.reply, turn.smsBudget.toInt());

    auto log = ops::Logging::get("ai");
    const QString messageId = turn.messageId;
    const QString conversationId = turn.conversation.id;
    const QString intent = turn.answer.classification.intent;
    const double confidence = turn.answer.classification.confidence;
    const QString provider = turn.answer.provider;
    const QString fallback = turn.fallbackReason;
    m_writer->submit(
        [turn = std::move(turn)](
            storage::WriteTx &tx) -> QJsonValue { return TurnCommitter::commit(tx, turn); },
        this,
        [this, messageId, conversationId, intent, confidence, provider, fallback, log](
            const storage::WriteResult &result) {
            if (result.ok) {
                log->info("conversation {}: message {} classified {} ({:.2f}) by {}{}",
                    conversationId.toStdString(), messageId.toStdString(), intent.toStdString(),
                    confidence, provider.toStdString(),
                    fallback.isEmpty() ? std::string()
                                       : " after a fallback: " + fallback.toStdString());
            } else if (result.status != 409) {
                log->error("conversation {}: message {} could not be processed: {}",
                    conversationId.toStdString(), messageId.toStdString(),
                    result.message.toStdString());
            }
            done(messageId, conversationId);
        },
        storage::WriteQueue::Lane::Background);
}

void Pipeline::done(const QString &messageId, const QString &conversationId)
{
    m_pending.remove(messageId);
    m_busy.remove(conversationId);
    Q_EMIT processed(messageId);
    QStringList &waiting = m_waiting[conversationId];
    if (waiting.isEmpty()) {
        m_waiting.remove(conversationId);
        return;
    }
    const QString next = waiting.takeFirst();
    if (m_stopping)
        return;
    begin(next, conversationId);
}

} // namespace jack::ai
