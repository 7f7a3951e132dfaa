#include "ai/memory/memorykeeper.h"

#include "ai/memory/factkey.h"
#include "ai/memory/llmmemoryextractor.h"
#include "ai/memory/memorycurator.h"
#include "ai/memory/rulememoryextractor.h"
#include "core/conversationstate.h"
#include "ops/logging.h"
#include "storage/database.h"
#include "storage/memorystore.h"
#include "storage/sqlquery.h"
#include "storage/writequeue.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>

namespace jack::ai {

namespace {
//! The guest's conversation, unless the guest's data was erased.
QString guestOf(const QSqlDatabase &db, const QString &conversationId)
{
    storage::SqlQuery q(db,
        QStringLiteral("SELECT c.guest_id FROM conversations c JOIN guests g ON g.id = "
                       "c.guest_id WHERE c.id = ? AND g.erased_at IS NULL"));
    q.bind(conversationId).exec();
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

MemoryKeeper::MemoryKeeper(QString databasePath, storage::WriteQueue *writer,
    std::unique_ptr<MemoryExtractor> extractor, const ops::SecretStore *secrets)
    : m_path(std::move(databasePath))
    , m_connectionName(QStringLiteral("ai-memory-%1").arg(quintptr(this)))
    , m_writer(writer)
    , m_secrets(secrets)
    , m_extractorChosen(extractor != nullptr)
    , m_extractor(extractor ? std::move(extractor) : std::make_unique<RuleMemoryExtractor>())
{
}

MemoryKeeper::~MemoryKeeper()
{
    stop();
}

void MemoryKeeper::setExtractor(std::unique_ptr<MemoryExtractor> extractor)
{
    if (extractor) {
        m_extractor = std::move(extractor);
        m_extractorChosen = true;
    }
}

void MemoryKeeper::start()
{
    (void)storage::Database::open(m_path, m_connectionName);
    if (!m_extractorChosen && m_secrets)
        m_extractor = std::make_unique<LlmMemoryExtractor>(
            m_connectionName, m_secrets, m_writer, new QNetworkAccessManager(this), this);
    m_running = true;
}

void MemoryKeeper::stop()
{
    m_running = false;
    if (QSqlDatabase::contains(m_connectionName))
        storage::Database::close(m_connectionName);
}

void MemoryKeeper::onChange(const core::Change &change)
{
    if (!m_running || change.type != QLatin1String("conversation:updated"))
        return;
    const auto state = core::ConversationStateMachine::parse(
        change.payload.value(QLatin1String("state")).toString());
    if (state == core::ConversationState::Resolved || state == core::ConversationState::Closed)
        review(change.entityId);
}

void MemoryKeeper::review(const QString &conversationId)
{
    if (!m_running || m_inReview.contains(conversationId))
        return;
    auto log = ops::Logging::get("ai");
    QList<GuestUtterance> utterances;
    QString guestId, readUpTo;
    try {
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName);
        guestId = guestOf(db, conversationId);
        if (guestId.isEmpty())
            return;
        const QString since = storage::MemoryStore(db).scannedUpTo(conversationId);
        storage::SqlQuery q(db,
            QStringLiteral("SELECT id, content, intent, confidence, language, created_at FROM "
                           "messages WHERE conversation_id = ? AND sender_type = 'guest' AND "
                           "created_at > COALESCE(?, '') ORDER BY created_at, rowid"));
        q.bind(conversationId).bind(since).exec();
        while (q.next()) {
            GuestUtterance u;
            u.messageId = q.value(0).toString();
            u.text = q.value(1).toString();
            u.intent = q.value(2).toString();
            u.intentConfidence = q.value(3).isNull() ? -1 : q.value(3).toDouble();
            u.language = q.value(4).toString();
            readUpTo = q.value(5).toString();
            utterances.append(u);
        }
    } catch (const std::exception &e) {
        log->error("conversation {}: guest messages could not be read for memory: {}",
            conversationId.toStdString(), e.what());
        return;
    }
    if (utterances.isEmpty()) {
        Q_EMIT reviewed(conversationId, 0);
        return;
    }
    m_inReview.insert(conversationId);
    QPointer<MemoryKeeper> self(this);
    m_extractor->extract(
        utterances, [self, conversationId, guestId, readUpTo](const QList<MemoryFact> &facts) {
            // Asked after the extraction: a model that failed leaves it to the rules.
            if (self)
                self->store(conversationId, guestId, readUpTo, self->m_extractor->origin(), facts);
        });
}

void MemoryKeeper::store(const QString &conversationId, const QString &guestId,
    const QString &readUpTo, const QString &origin, const QList<MemoryFact> &proposed)
{
    if (!m_running) {
        m_inReview.remove(conversationId);
        return;
    }
    const QList<MemoryFact> facts = MemoryCurator::curate(proposed);
    const int dropped = int(proposed.size() - facts.size());
    m_writer->submit(
        [conversationId, guestId, readUpTo, origin, facts](storage::WriteTx &tx) -> QJsonValue {
            // The guest may have been erased while the extractor worked.
            if (guestOf(tx.db(), conversationId) != guestId)
                return 0;
            storage::MemoryStore memories(tx.db());
            int remembered = 0;
            for (const MemoryFact &fact : facts) {
                storage::NewMemory m;
                m.guestId = guestId;
                m.category = MemoryCategories::name(fact.category);
                m.fact = fact.fact;
                m.factKey = FactKey::of(fact.fact);
                m.confidence = fact.confidence;
                m.sourceConversationId = conversationId;
                m.origin = origin;
                QString id;
                const storage::MemoryWrite write = memories.remember(m, &id);
                ++remembered;
                if (write == storage::MemoryWrite::Unchanged)
                    continue;
                tx.recordChange(QStringLiteral("guest:memory"), id,
                    { { "guestId", guestId },
                        { "action",
                            write == storage::MemoryWrite::Created ? QStringLiteral("created")
                                                                   : QStringLiteral("updated") },
                        { "memory", storage::MemoryStore::toJson(*memories.get(id)) } });
            }
            memories.setScannedUpTo(conversationId, readUpTo);
            return remembered;
        },
        this,
        [this, conversationId, dropped](const storage::WriteResult &result) {
            m_inReview.remove(conversationId);
            auto log = ops::Logging::get("ai");
            const int remembered = result.ok ? result.value.toInt() : 0;
            if (result.ok)
                log->info("conversation {}: {} guest memories kept, {} proposals dropped",
                    conversationId.toStdString(), remembered, dropped);
            else
                log->error("conversation {}: guest memories could not be stored: {}",
                    conversationId.toStdString(), result.message.toStdString());
            Q_EMIT reviewed(conversationId, remembered);
        },
        storage::WriteQueue::Lane::Background);
}

} // namespace jack::ai
