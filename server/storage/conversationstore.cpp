#include "storage/conversationstore.h"

#include "core/clock.h"
#include "core/ids.h"
#include "core/servicewindow.h"
#include "storage/sqlquery.h"

namespace jack::storage {

using core::ConversationState;
using core::ConversationStateMachine;

namespace {
const QString kSelect = QStringLiteral(
    "SELECT c.id, c.guest_id, c.channel, c.state, c.assigned_to, c.current_intent, "
    "c.last_message_at, c.created_at, c.updated_at, c.escalation_reason, c.language, "
    "c.last_guest_message_at, g.display_name, g.phone, "
    "(SELECT m.content FROM messages m WHERE m.conversation_id = c.id ORDER BY m.created_at DESC, "
    "m.rowid DESC LIMIT 1), "
    "(SELECT r.room_number FROM reservations r WHERE r.guest_id = c.guest_id AND r.status IN "
    "('checked_in', 'confirmed') ORDER BY (r.status = 'checked_in') DESC, r.arrival_date DESC "
    "LIMIT 1), "
    "(SELECT s.name FROM staff s WHERE s.id = c.assigned_to), "
    "(SELECT m.sender_type FROM messages m WHERE m.conversation_id = c.id ORDER BY m.created_at "
    "DESC, m.rowid DESC LIMIT 1), "
    "(SELECT COALESCE(s.name, CASE m.sender_type WHEN 'ai' THEN 'Jack' END) FROM messages m LEFT "
    "JOIN staff s ON s.id = m.sender_id WHERE m.conversation_id = c.id ORDER BY m.created_at DESC, "
    "m.rowid DESC LIMIT 1), "
    "(SELECT m.content FROM messages m WHERE m.conversation_id = c.id AND m.sender_type = 'guest' "
    "ORDER BY m.created_at DESC, m.rowid DESC LIMIT 1), c.snoozed_until "
    "FROM conversations c JOIN guests g ON g.id = c.guest_id");

QJsonValue text(const SqlQuery &q, int i)
{
    const QVariant v = q.value(i);
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

QJsonValue preview(const SqlQuery &q, int i)
{
    if (q.value(i).isNull())
        return QJsonValue();
    QString text = q.value(i).toString();
    if (text.size() > 140)
        text = text.left(139) + QChar(0x2026);
    return text;
}

QJsonObject conversationJson(const SqlQuery &q)
{
    QJsonObject json { { "id", q.value(0).toString() }, { "guestId", q.value(1).toString() },
        { "channel", q.value(2).toString() }, { "state", q.value(3).toString() },
        { "assignedTo", text(q, 4) }, { "assignedToName", text(q, 16) },
        { "currentIntent", text(q, 5) }, { "lastMessageAt", text(q, 6) },
        { "lastGuestMessageAt", text(q, 11) }, { "createdAt", q.value(7).toString() },
        { "updatedAt", q.value(8).toString() }, { "escalationReason", text(q, 9) },
        { "language", text(q, 10) }, { "guestName", q.value(12).toString() },
        { "guestPhone", text(q, 13) }, { "lastMessagePreview", preview(q, 14) },
        { "roomNumber", text(q, 15) }, { "lastMessageSenderType", text(q, 17) },
        { "lastMessageSenderName", text(q, 18) }, { "lastGuestMessagePreview", preview(q, 19) },
        { "snoozedUntil", text(q, 20) } };
    // Staff must know before writing whether WhatsApp still takes free text from us.
    if (q.value(2).toString() == QLatin1String("whatsapp"))
        json.insert(QStringLiteral("window"), core::ServiceWindow::toJson(q.value(11).toString()));
    return json;
}
} // namespace

ConversationRecord ConversationStore::openFor(
    const QString &guestId, const QString &channel, const QString &address, bool *created)
{
    SqlQuery find(m_db,
        QStringLiteral("SELECT id FROM conversations WHERE guest_id = ? AND channel = "
                       "? AND state <> 'closed' ORDER BY created_at DESC LIMIT 1"));
    find.bind(guestId).bind(channel).exec();
    if (find.next()) {
        const QString id = find.value(0).toString();
        auto existing = record(id);
        if (existing->state == ConversationState::Resolved) {
            setState(id, ConversationState::Active);
            setStaffReplied(id, false);
            existing = record(id);
        }
        *created = false;
        return *existing;
    }
    const QString id = core::Ids::make();
    const QString now = core::Clock::nowIso();
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO conversations (id, guest_id, channel, channel_address, "
                       "state, created_at, updated_at) VALUES (?,?,?,?, 'new', ?, ?)"))
        .bind(id)
        .bind(guestId)
        .bind(channel)
        .bind(address)
        .bind(now)
        .bind(now)
        .exec();
    *created = true;
    return *record(id);
}

std::optional<ConversationRecord> ConversationStore::record(const QString &id) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT id, guest_id, channel, channel_address, assigned_to, "
                       "language, state, staff_replied FROM conversations WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    ConversationRecord r;
    r.id = q.value(0).toString();
    r.guestId = q.value(1).toString();
    r.channel = q.value(2).toString();
    r.channelAddress = q.value(3).toString();
    r.assignedTo = q.value(4).toString();
    r.language = q.value(5).toString();
    r.state
        = ConversationStateMachine::parse(q.value(6).toString()).value_or(ConversationState::New);
    r.staffReplied = q.value(7).toBool();
    return r;
}

QJsonObject ConversationStore::get(const QString &id) const
{
    SqlQuery q(m_db, kSelect + QStringLiteral(" WHERE c.id = ?"));
    q.bind(id).exec();
    return q.next() ? conversationJson(q) : QJsonObject();
}

ListPage ConversationStore::list(const ConversationFilter &f) const
{
    QString where = QStringLiteral(" WHERE 1=1");
    if (!f.state.isEmpty())
        where += QStringLiteral(" AND c.state = :state");
    if (!f.channel.isEmpty())
        where += QStringLiteral(" AND c.channel = :channel");
    if (!f.assignedTo.isEmpty())
        where += QStringLiteral(" AND c.assigned_to = :assigned");
    if (!f.guestId.isEmpty())
        where += QStringLiteral(" AND c.guest_id = :guest");
    if (f.snoozed == SnoozeFilter::Snoozed)
        where += QStringLiteral(" AND c.snoozed_until IS NOT NULL");
    else if (f.snoozed == SnoozeFilter::Awake)
        where += QStringLiteral(" AND c.snoozed_until IS NULL");
    if (!f.text.isEmpty())
        where += QStringLiteral(" AND (g.display_name LIKE :text OR g.phone LIKE :text OR EXISTS "
                                "(SELECT 1 FROM messages mm WHERE mm.conversation_id = c.id AND "
                                "mm.content LIKE :text) OR EXISTS (SELECT 1 FROM reservations rr "
                                "WHERE rr.guest_id = c.guest_id AND rr.room_number LIKE :text))");
    auto bindAll = [&](SqlQuery &q) {
        if (!f.state.isEmpty())
            q.bind(QStringLiteral(":state"), f.state);
        if (!f.channel.isEmpty())
            q.bind(QStringLiteral(":channel"), f.channel);
        if (!f.assignedTo.isEmpty())
            q.bind(QStringLiteral(":assigned"), f.assignedTo);
        if (!f.guestId.isEmpty())
            q.bind(QStringLiteral(":guest"), f.guestId);
        if (!f.text.isEmpty())
            q.bind(QStringLiteral(":text"), QLatin1Char('%') + f.text + QLatin1Char('%'));
    };
    ListPage page;
    page.limit = f.limit;
    page.offset = f.offset;
    SqlQuery count(m_db,
        QStringLiteral("SELECT COUNT(*) FROM conversations c JOIN guests g ON g.id "
                       "= c.guest_id")
            + where);
    bindAll(count);
    count.exec();
    page.total = count.next() ? count.value(0).toInt() : 0;
    // Needs-a-person first, then the longest-waiting guest.
    SqlQuery q(m_db,
        kSelect + where
            + QStringLiteral(" ORDER BY (c.state = 'escalated') DESC, "
                             "(c.state IN ('resolved', 'closed')) ASC, "
                             "COALESCE(c.last_message_at, c.created_at) DESC "
                             "LIMIT :limit OFFSET :offset"));
    bindAll(q);
    q.bind(QStringLiteral(":limit"), f.limit).bind(QStringLiteral(":offset"), f.offset).exec();
    while (q.next())
        page.items.append(conversationJson(q));
    return page;
}

QJsonObject ConversationStore::stats(const QString &userId) const
{
    QJsonObject out { { "new", 0 }, { "active", 0 }, { "waiting", 0 }, { "escalated", 0 },
        { "resolved", 0 }, { "closed", 0 } };
    SqlQuery q(m_db, QStringLiteral("SELECT state, COUNT(*) FROM conversations GROUP BY state"));
    q.exec();
    int total = 0;
    while (q.next()) {
        out.insert(q.value(0).toString(), q.value(1).toInt());
        total += q.value(1).toInt();
    }
    out.insert(QStringLiteral("total"), total);
    // The desk's inbox filters, counted over every conversation (the desk loads pages).
    // Snoozed conversations are out of the open lists until they wake.
    SqlQuery views(m_db,
        QStringLiteral(
            "SELECT "
            "COALESCE(SUM(state NOT IN ('resolved', 'closed') AND snoozed_until IS NULL), 0), "
            "COALESCE(SUM(state = 'escalated' AND snoozed_until IS NULL), 0), "
            "COALESCE(SUM(state NOT IN ('resolved', 'closed') AND snoozed_until IS NULL AND "
            "assigned_to = :user), 0), "
            "COALESCE(SUM(state NOT IN ('resolved', 'closed') AND snoozed_until IS NULL AND "
            "assigned_to IS NULL), 0), "
            "COALESCE(SUM(state NOT IN ('resolved', 'closed', 'escalated') AND snoozed_until IS "
            "NULL AND assigned_to IS NULL), 0), "
            "COALESCE(SUM(snoozed_until IS NOT NULL), 0), "
            "COALESCE(SUM(state IN ('resolved', 'closed')), 0) FROM conversations"));
    views.bind(QStringLiteral(":user"), userId).exec();
    if (views.next()) {
        out.insert(QStringLiteral("views"),
            QJsonObject { { "open", views.value(0).toInt() },
                { "needsYou", views.value(1).toInt() }, { "mine", views.value(2).toInt() },
                { "unassigned", views.value(3).toInt() },
                { "jackHandling", views.value(4).toInt() }, { "snoozed", views.value(5).toInt() },
                { "finished", views.value(6).toInt() } });
        out.insert(QStringLiteral("snoozed"), views.value(5).toInt());
    }
    return out;
}

void ConversationStore::setState(const QString &id, ConversationState state, const QString &reason)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE conversations SET state = ?, escalation_reason = ?, "
                       "updated_at = ? WHERE id = ?"))
        .bind(ConversationStateMachine::name(state))
        .bind(state == ConversationState::Escalated && !reason.isEmpty() ? QVariant(reason)
                                                                         : QVariant())
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

void ConversationStore::setAssignee(const QString &id, const QString &staffId)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE conversations SET assigned_to = ?, updated_at = ? WHERE id = ?"))
        .bind(staffId.isEmpty() ? QVariant() : QVariant(staffId))
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

void ConversationStore::setIntent(const QString &id, const QString &intent, const QString &language)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE conversations SET current_intent = ?, language = "
                       "COALESCE(?, language), updated_at = ? WHERE id = ?"))
        .bind(intent)
        .bind(language.isEmpty() ? QVariant() : QVariant(language))
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

void ConversationStore::setStaffReplied(const QString &id, bool replied)
{
    SqlQuery(m_db, QStringLiteral("UPDATE conversations SET staff_replied = ? WHERE id = ?"))
        .bind(replied ? 1 : 0)
        .bind(id)
        .exec();
}

void ConversationStore::setSnoozedUntil(const QString &id, const QString &until)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE conversations SET snoozed_until = ?, updated_at = ? WHERE id = ?"))
        .bind(until.isEmpty() ? QVariant() : QVariant(until))
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

QStringList ConversationStore::snoozeDue(const QString &now) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT id FROM conversations WHERE snoozed_until IS NOT NULL AND "
                       "snoozed_until <= ? ORDER BY snoozed_until"));
    q.bind(now).exec();
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

QString ConversationStore::nextSnoozeEnd() const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT MIN(snoozed_until) FROM conversations WHERE snoozed_until IS NOT "
                       "NULL"));
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}

void ConversationStore::touch(const QString &id, const QString &at, bool fromGuest)
{
    if (fromGuest) {
        SqlQuery(m_db,
            QStringLiteral("UPDATE conversations SET last_message_at = ?, "
                           "last_guest_message_at = ?, updated_at = ?, snoozed_until = NULL "
                           "WHERE id = ?"))
            .bind(at)
            .bind(at)
            .bind(at)
            .bind(id)
            .exec();
        return;
    }
    SqlQuery(m_db,
        QStringLiteral("UPDATE conversations SET last_message_at = ?, updated_at = ? "
                       "WHERE id = ?"))
        .bind(at)
        .bind(at)
        .bind(id)
        .exec();
}

} // namespace jack::storage
