// Guest memory and GDPR on a real SQLite database (all migrations applied): memories are
// deduplicated per guest, the export holds everything, the erasure leaves no personal data
// (texts, memories, media rows, addresses, change-feed payloads) but keeps the statistics.
// Also the copilot's rule-written summary.
#include "ai/copilot/conversationsummary.h"
#include "ai/memory/factkey.h"
#include "core/clock.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/guestdatastore.h"
#include "storage/gueststore.h"
#include "storage/mediastore.h"
#include "storage/memorystore.h"
#include "storage/messagestore.h"
#include "storage/sqlquery.h"
#include "storage/taskstore.h"
#include "storage/writequeue.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace jack;

namespace {
const QString kSecret = QStringLiteral("I'm allergic to peanuts, call me Ana Ferreira");

int count(const QSqlDatabase &db, const QString &sql)
{
    storage::SqlQuery q(db, sql);
    q.exec();
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestGuestData : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    QString m_guest, m_other, m_conversation, m_message, m_task, m_media;

    storage::NewMemory memory(const QString &guestId, const QString &fact, double confidence,
        const QString &conversationId = {}) const
    {
        return { guestId, QStringLiteral("allergy"), fact, ai::FactKey::of(fact), conversationId,
            QStringLiteral("rules"), confidence };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = storage::Database::open(m_dir.filePath("jack.db"), "guestdata");
        storage::Database::migrate(m_db);
        storage::GuestStore guests(m_db);
        m_guest = guests.create("Ana", "Ferreira", "+351919876543", "ana@example.com", "pt", true);
        guests.addReservation(
            m_guest, "HV-1", "412", "Superior", "2026-11-27", "2026-11-30", "checked_in");
        m_other = guests.create("Olga", "Ivanova", "+79161234567", "olga@example.com", "en", false);
        bool created = false;
        m_conversation = storage::ConversationStore(m_db)
                             .openFor(m_guest, "whatsapp", "+351919876543", &created)
                             .id;
        QVERIFY(created);
        storage::NewMessage m;
        m.conversationId = m_conversation;
        m.direction = "inbound";
        m.senderType = "guest";
        m.content = kSecret;
        m.channel = "whatsapp";
        m.intent = "unknown";
        m.meta = QJsonObject { { "profileName", "Ana Ferreira" } };
        m_message = storage::MessageStore(m_db).insert(m);
        storage::NewTask t;
        t.conversationId = m_conversation;
        t.guestId = m_guest;
        t.type = "request.housekeeping.amenities";
        t.department = "housekeeping";
        t.roomNumber = "412";
        t.description = "Peanut-free snacks for Ana Ferreira";
        m_task = storage::TaskStore(m_db).insert(t);
        storage::MediaRecord media;
        media.messageId = m_message;
        media.channel = "whatsapp";
        media.direction = "inbound";
        media.kind = "image";
        media.path = "media/ana.jpg";
        media.status = "stored";
        m_media = storage::MediaStore(m_db).insert(media);
        // What desks were sent about her so far.
        storage::WriteTx tx(m_db);
        tx.recordChange("conversation:message", m_message,
            { { "conversationId", m_conversation },
                { "message", storage::MessageStore(m_db).get(m_message) } });
        tx.recordChange("conversation:updated", m_conversation,
            storage::ConversationStore(m_db).get(m_conversation));
    }

    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        storage::Database::close("guestdata");
    }

    void memoriesAreDeduplicatedPerGuest()
    {
        storage::MemoryStore store(m_db);
        QString first, again, other, same;
        QCOMPARE(store.remember(memory(m_guest, "Allergic to peanuts", 0.6), &first),
            storage::MemoryWrite::Created);
        // Heard again, said differently, in another conversation: the same row, more certain.
        QCOMPARE(
            store.remember(memory(m_guest, "allergic to PEANUTS!", 0.9, m_conversation), &again),
            storage::MemoryWrite::Updated);
        QCOMPARE(again, first);
        QCOMPARE(store.remember(memory(m_guest, "Allergic to peanuts", 0.5, m_conversation), &same),
            storage::MemoryWrite::Unchanged);
        QCOMPARE(same, first);
        // Another guest's identical fact is theirs.
        QCOMPARE(store.remember(memory(m_other, "Allergic to peanuts", 0.7), &other),
            storage::MemoryWrite::Created);
        QVERIFY(other != first);

        const QList<storage::MemoryRecord> ana = store.forGuest(m_guest);
        QCOMPARE(ana.size(), 1);
        QCOMPARE(ana.first().fact, QStringLiteral("Allergic to peanuts"));
        QCOMPARE(ana.first().confidence, 0.9);
        QCOMPARE(ana.first().sourceConversationId, m_conversation);
        QCOMPARE(ana.first().origin, QStringLiteral("rules"));
        // The database refuses a twin even if a caller skipped remember().
        QVERIFY_THROWS_EXCEPTION(std::exception,
            storage::SqlQuery(m_db,
                "INSERT INTO guest_memories (id, guest_id, category, fact, fact_key, confidence, "
                "origin, created_at, updated_at) VALUES ('x', ?, 'allergy', 'a', "
                "'allergic to peanuts', 1, 'staff', 'now', 'now')")
                .bind(m_guest)
                .exec());
        QVERIFY_THROWS_EXCEPTION(std::exception,
            storage::SqlQuery(m_db,
                "INSERT INTO guest_memories (id, guest_id, category, fact, fact_key, confidence, "
                "origin, created_at, updated_at) VALUES ('y', ?, 'mood', 'a', 'a', 1, 'staff', "
                "'now', 'now')")
                .bind(m_guest)
                .exec());
    }

    void exportHoldsEverything()
    {
        const QJsonObject doc = storage::GuestDataStore(m_db).exportDocument(m_guest);
        QCOMPARE(
            doc.value("guest").toObject().value("name").toString(), QStringLiteral("Ana Ferreira"));
        QCOMPARE(doc.value("reservations").toArray().size(), 1);
        const QJsonArray conversations = doc.value("conversations").toArray();
        QCOMPARE(conversations.size(), 1);
        const QJsonArray messages = conversations.first().toObject().value("messages").toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().toObject().value("content").toString(), kSecret);
        QCOMPARE(doc.value("tasks").toArray().size(), 1);
        QCOMPARE(doc.value("memories").toArray().size(), 1);
        QCOMPARE(doc.value("media").toArray().first().toObject().value("id").toString(), m_media);
        QVERIFY(doc.value("guest").toObject().value("erasedAt").isNull());
        QVERIFY(storage::GuestDataStore(m_db).exportDocument("nobody").isEmpty());
    }

    void eraseLeavesNoPersonalDataButKeepsStatistics()
    {
        QVERIFY(m_db.transaction());
        const storage::GuestErasure e = storage::GuestDataStore(m_db).erase(m_guest);
        QVERIFY(m_db.commit());
        QCOMPARE(e.conversationIds, QStringList { m_conversation });
        QCOMPARE(e.taskIds, QStringList { m_task });
        QCOMPARE(e.mediaPaths, QStringList { "media/ana.jpg" });
        QCOMPARE(e.messages, 1);
        QCOMPARE(e.memories, 1);
        QCOMPARE(e.reservations, 1);
        QCOMPARE(e.counts().value("messages").toInt(), 1);

        // Nothing she said or is called survives anywhere in the database…
        const QStringList tables { "messages", "changes", "tasks", "guests", "conversations",
            "guest_memories", "reservations", "media", "audit_log", "outbox", "message_outcomes",
            "webchat_sessions", "memory_scans" };
        for (const QString &table : tables) {
            // Olga's identical memory is hers and stays.
            const QString only = table == QLatin1String("guest_memories")
                ? QStringLiteral(" WHERE guest_id <> '%1'").arg(m_other)
                : QString();
            storage::SqlQuery rows(m_db, QStringLiteral("SELECT * FROM ") + table + only);
            rows.exec();
            while (rows.next()) {
                for (const QVariant &v : rows.row()) {
                    const QString text = v.toString();
                    QVERIFY2(!text.contains("peanut", Qt::CaseInsensitive)
                            && !text.contains("Ferreira") && !text.contains("919876543")
                            && !text.contains("ana@example.com"),
                        qPrintable(table + ": " + text));
                }
            }
        }
        // …while the other guest's memory and the statistics remain.
        QCOMPARE(storage::MemoryStore(m_db).forGuest(m_other).size(), 1);
        QCOMPARE(count(m_db, "SELECT COUNT(*) FROM messages WHERE intent = 'unknown'"), 1);
        QCOMPARE(count(m_db, "SELECT COUNT(*) FROM conversations"), 1);
        QCOMPARE(count(m_db, "SELECT COUNT(*) FROM tasks WHERE department = 'housekeeping'"), 1);

        const QJsonObject doc = storage::GuestDataStore(m_db).exportDocument(m_guest);
        const QJsonObject guest = doc.value("guest").toObject();
        QCOMPARE(guest.value("name").toString(), QStringLiteral("Erased guest"));
        QVERIFY(guest.value("phone").isNull());
        QVERIFY(guest.value("email").isNull());
        QVERIFY(!guest.value("erasedAt").toString().isEmpty());
        QVERIFY(doc.value("memories").toArray().isEmpty());
        QVERIFY(doc.value("media").toArray().isEmpty());
        QVERIFY(doc.value("reservations").toArray().isEmpty());
        QCOMPARE(doc.value("conversations")
                     .toArray()
                     .first()
                     .toObject()
                     .value("messages")
                     .toArray()
                     .first()
                     .toObject()
                     .value("content")
                     .toString(),
            QString());
    }

    void summaryNamesGuestRequestsTasksReasonAndWait()
    {
        ai::CopilotBrief brief;
        brief.guestName = "Maria Santos";
        brief.roomNumber = "412";
        brief.vip = true;
        brief.channel = "whatsapp";
        brief.language = "pt";
        brief.state = "escalated";
        brief.escalationReason = "guest complaint";
        brief.guestMessages = {
            { "m1", "Preciso de duas toalhas", "request.housekeeping.towels", "pt",
                "2026-11-29T10:00:00.000Z" },
            { "m2", "O chuveiro está frio e ninguém veio", "feedback.complaint", "pt",
                "2026-11-29T10:20:00.000Z" },
        };
        brief.waitingSince = "2026-11-29T10:00:00.000Z";
        brief.openTasks = { { "2 towels to room 412", "housekeeping", "pending", "standard" } };
        brief.memories = { "Allergic to shellfish" };
        const QString summary = ai::ConversationSummary::write(
            brief, core::Clock::fromIso("2026-11-29T11:05:30.000Z"));
        QCOMPARE(summary,
            QStringLiteral(
                "Maria Santos (room 412, VIP) wrote on WhatsApp in Portuguese. They asked, in "
                "order: \u201cPreciso de duas toalhas\u201d (request.housekeeping.towels); then "
                "\u201cO chuveiro está frio e ninguém veio\u201d (feedback.complaint). Open "
                "tasks: 2 towels to room 412 (housekeeping, pending). Escalated because: guest "
                "complaint. They have waited 1 hour 5 minutes for a person to answer. Remember: "
                "Allergic to shellfish."));
        QVERIFY(!summary.contains(QLatin1Char('\n')));

        brief.waitingSince.clear();
        brief.openTasks.clear();
        brief.state = "active";
        const QString answered = ai::ConversationSummary::write(brief, core::Clock::now());
        QVERIFY(answered.contains("No task is open"));
        QVERIFY(answered.contains("Staff answered their last message"));
        QCOMPARE(ai::ConversationSummary::duration(59), QStringLiteral("less than a minute"));
        QCOMPARE(ai::ConversationSummary::duration(3 * 86400 + 5), QStringLiteral("3 days"));
    }
};

QTEST_GUILESS_MAIN(TestGuestData)
#include "tst_guestdata.moc"
