#include "storage/guestdatastore.h"

#include "core/clock.h"
#include "storage/conversationstore.h"
#include "storage/gueststore.h"
#include "storage/mediastore.h"
#include "storage/memorystore.h"
#include "storage/messagestore.h"
#include "storage/sqlquery.h"
#include "storage/taskstore.h"

#include <QJsonArray>

namespace jack::storage {

namespace {
constexpr int kPage = 500;

// The guest's conversations, as a sub-select bound to :guest.
const QString kConversationsOfGuest
    = QStringLiteral("SELECT id FROM conversations WHERE guest_id = :guest");
const QString kMessagesOfGuest
    = QStringLiteral("SELECT m.id FROM messages m JOIN conversations c ON c.id = "
                     "m.conversation_id WHERE c.guest_id = :guest");

QStringList column(SqlQuery &q)
{
    QStringList values;
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

//! Runs a statement about the guest (:guest) at a time (:now, when it has one).
int run(const QSqlDatabase &db, const QString &sql, const QString &guestId, const QString &now = {})
{
    SqlQuery q(db, sql);
    q.bind(QStringLiteral(":guest"), guestId);
    if (sql.contains(QLatin1String(":now")))
        q.bind(QStringLiteral(":now"), now);
    q.exec();
    return q.rowsAffected();
}
} // namespace

QJsonObject GuestErasure::counts() const
{
    return { { "conversations", int(conversationIds.size()) }, { "messages", messages },
        { "tasks", int(taskIds.size()) }, { "media", media }, { "memories", memories },
        { "reservations", reservations } };
}

bool GuestDataStore::exists(const QString &guestId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT 1 FROM guests WHERE id = ?"));
    q.bind(guestId).exec();
    return q.next();
}

QStringList GuestDataStore::conversationIds(const QString &guestId) const
{
    SqlQuery q(m_db, kConversationsOfGuest + QStringLiteral(" ORDER BY created_at, id"));
    q.bind(QStringLiteral(":guest"), guestId).exec();
    return column(q);
}

QStringList GuestDataStore::taskIds(const QString &guestId) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT id FROM tasks WHERE guest_id = :guest OR conversation_id IN (")
            + kConversationsOfGuest + QStringLiteral(") ORDER BY created_at, id"));
    q.bind(QStringLiteral(":guest"), guestId).exec();
    return column(q);
}

QJsonObject GuestDataStore::exportDocument(const QString &guestId) const
{
    QJsonObject guest = GuestStore(m_db).get(guestId);
    if (guest.isEmpty())
        return {};
    SqlQuery erased(m_db, QStringLiteral("SELECT erased_at FROM guests WHERE id = ?"));
    erased.bind(guestId).exec();
    const QVariant erasedAt = erased.next() ? erased.value(0) : QVariant();
    guest.insert(QStringLiteral("erasedAt"),
        erasedAt.isNull() ? QJsonValue() : QJsonValue(erasedAt.toString()));
    const QJsonArray reservations = guest.take(QStringLiteral("reservations")).toArray();

    ConversationStore conversationStore(m_db);
    MessageStore messageStore(m_db);
    MediaStore mediaStore(m_db);
    QJsonArray conversations;
    QJsonArray media;
    int messageCount = 0;
    for (const QString &conversationId : conversationIds(guestId)) {
        QJsonObject conversation = conversationStore.get(conversationId);
        QJsonArray messages;
        for (int offset = 0;; offset += kPage) {
            const ListPage page = messageStore.list(conversationId, kPage, offset);
            for (const QJsonValue &m : page.items)
                messages.append(m);
            if (page.items.size() < kPage)
                break;
        }
        for (const QJsonValue &m : std::as_const(messages)) {
            const QString messageId = m.toObject().value(QLatin1String("id")).toString();
            for (const MediaRecord &r : mediaStore.forMessage(messageId)) {
                QJsonObject file = MediaStore::toJson(r);
                file.insert(QStringLiteral("messageId"), messageId);
                file.insert(QStringLiteral("conversationId"), conversationId);
                file.insert(QStringLiteral("direction"), r.direction);
                file.insert(QStringLiteral("channel"), r.channel);
                media.append(file);
            }
        }
        messageCount += int(messages.size());
        conversation.insert(QStringLiteral("messages"), messages);
        conversations.append(conversation);
    }
    TaskStore taskStore(m_db);
    QJsonArray tasks;
    for (const QString &taskId : taskIds(guestId))
        tasks.append(taskStore.get(taskId));
    const QJsonArray memories = MemoryStore(m_db).forGuestJson(guestId);
    return { { "exportedAt", core::Clock::nowIso() }, { "format", "jack.guest-export/1" },
        { "guest", guest }, { "reservations", reservations }, { "conversations", conversations },
        { "tasks", tasks }, { "memories", memories }, { "media", media },
        { "counts",
            QJsonObject { { "reservations", int(reservations.size()) },
                { "conversations", int(conversations.size()) }, { "messages", messageCount },
                { "tasks", int(tasks.size()) }, { "memories", int(memories.size()) },
                { "media", int(media.size()) } } } };
}

GuestErasure GuestDataStore::erase(const QString &guestId)
{
    GuestErasure e;
    const QString now = core::Clock::nowIso();
    e.conversationIds = conversationIds(guestId);
    e.taskIds = taskIds(guestId);

    // The change feed keeps entities as they were (names, texts): drop the rows about this
    // guest before recording the anonymised state, so a resuming desk cannot replay them.
    run(m_db,
        QStringLiteral("DELETE FROM changes WHERE entity_id = :guest OR entity_id IN (")
            + kConversationsOfGuest + QStringLiteral(") OR entity_id IN (") + kMessagesOfGuest
            + QStringLiteral(") OR entity_id IN (SELECT id FROM tasks WHERE guest_id = :guest "
                             "OR conversation_id IN (")
            + kConversationsOfGuest
            + QStringLiteral(")) OR entity_id IN (SELECT id FROM guest_memories WHERE guest_id "
                             "= :guest)"),
        guestId);

    e.memories = MemoryStore(m_db).removeForGuest(guestId);

    SqlQuery files(m_db,
        QStringLiteral("SELECT path FROM media WHERE message_id IN (") + kMessagesOfGuest
            + QStringLiteral(") AND path IS NOT NULL AND path <> ''"));
    files.bind(QStringLiteral(":guest"), guestId).exec();
    e.mediaPaths = column(files);
    e.media = run(m_db,
        QStringLiteral("DELETE FROM media WHERE message_id IN (") + kMessagesOfGuest
            + QStringLiteral(")"),
        guestId);

    // Texts and channel details go; direction, sender type, intent, language, times stay.
    e.messages = run(m_db,
        QStringLiteral("UPDATE messages SET content = '', meta = '{\"erased\":true}', "
                       "delivery_error = NULL, updated_at = :now WHERE id IN (")
            + kMessagesOfGuest + QStringLiteral(")"),
        guestId, now);
    // The pipeline's account of each message may quote it; its numbers and intents stay.
    run(m_db,
        QStringLiteral("UPDATE message_outcomes SET detail = '{}', escalation_reason = NULL "
                       "WHERE conversation_id IN (")
            + kConversationsOfGuest + QStringLiteral(")"),
        guestId);
    // Nothing more goes out to an erased guest; sent rows keep their status for the counts.
    run(m_db,
        QStringLiteral("UPDATE outbox SET recipient = 'erased', payload = '{}', status = CASE "
                       "WHEN status IN ('queued', 'sending') THEN 'failed' ELSE status END, "
                       "last_error = CASE WHEN status IN ('queued', 'sending') THEN 'guest data "
                       "erased' ELSE last_error END WHERE message_id IN (")
            + kMessagesOfGuest + QStringLiteral(")"),
        guestId);
    run(m_db,
        QStringLiteral("UPDATE conversations SET channel_address = 'erased:' || id, "
                       "escalation_reason = NULL, updated_at = :now WHERE guest_id = :guest"),
        guestId, now);
    run(m_db,
        QStringLiteral("UPDATE tasks SET description = 'Guest data erased', room_number = NULL, "
                       "updated_at = :now WHERE guest_id = :guest OR conversation_id IN (")
            + kConversationsOfGuest + QStringLiteral(")"),
        guestId, now);
    // Staff notes about the guest may quote them or say more; they go with the texts.
    run(m_db,
        QStringLiteral("DELETE FROM conversation_notes WHERE conversation_id IN (")
            + kConversationsOfGuest + QStringLiteral(")"),
        guestId);
    run(m_db,
        QStringLiteral("DELETE FROM webchat_sessions WHERE guest_id = :guest OR conversation_id "
                       "IN (")
            + kConversationsOfGuest + QStringLiteral(")"),
        guestId);
    e.reservations
        = run(m_db, QStringLiteral("DELETE FROM reservations WHERE guest_id = :guest"), guestId);
    SqlQuery(m_db,
        QStringLiteral("UPDATE guests SET first_name = NULL, last_name = NULL, display_name = ?, "
                       "phone = NULL, email = NULL, vip = 0, erased_at = COALESCE(erased_at, ?), "
                       "updated_at = ? WHERE id = ?"))
        .bind(QString::fromLatin1(kErasedName))
        .bind(now)
        .bind(now)
        .bind(guestId)
        .exec();
    return e;
}

} // namespace jack::storage
