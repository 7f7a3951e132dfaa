#include "storage/notestore.h"

#include "core/clock.h"
#include "core/ids.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jack::storage {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT n.id, n.conversation_id, n.author_id, n.author_name, n.content, n.mentions, "
    "n.created_at FROM conversation_notes n");

QJsonObject noteJson(const SqlQuery &q)
{
    const QString authorId = q.value(2).toString();
    return { { "id", q.value(0).toString() }, { "conversationId", q.value(1).toString() },
        { "type", "note" },
        { "authorId", authorId.isEmpty() ? QJsonValue() : QJsonValue(authorId) },
        { "authorName", q.value(3).toString() }, { "content", q.value(4).toString() },
        { "mentions", QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array() },
        { "createdAt", q.value(6).toString() } };
}
} // namespace

QString NoteStore::insert(const NewNote &note)
{
    const QString id = core::Ids::make();
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO conversation_notes (id, conversation_id, author_id, "
                       "author_name, content, mentions, created_at) VALUES (?,?,?,?,?,?,?)"))
        .bind(id)
        .bind(note.conversationId)
        .bind(note.authorId.isEmpty() ? QVariant() : QVariant(note.authorId))
        .bind(note.authorName)
        .bind(note.content)
        .bind(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(note.mentions))
                                    .toJson(QJsonDocument::Compact)))
        .bind(core::Clock::nowIso())
        .exec();
    return id;
}

QJsonObject NoteStore::get(const QString &id) const
{
    SqlQuery q(m_db, kSelect + QStringLiteral(" WHERE n.id = ?"));
    q.bind(id).exec();
    return q.next() ? noteJson(q) : QJsonObject();
}

ListPage NoteStore::forConversation(const QString &conversationId, int limit, int offset) const
{
    ListPage page;
    page.limit = limit;
    page.offset = offset;
    SqlQuery count(
        m_db, QStringLiteral("SELECT COUNT(*) FROM conversation_notes WHERE conversation_id = ?"));
    count.bind(conversationId).exec();
    page.total = count.next() ? count.value(0).toInt() : 0;
    SqlQuery q(m_db,
        kSelect
            + QStringLiteral(" WHERE n.conversation_id = ? ORDER BY n.created_at, n.rowid "
                             "LIMIT ? OFFSET ?"));
    q.bind(conversationId).bind(limit).bind(offset).exec();
    while (q.next())
        page.items.append(noteJson(q));
    return page;
}

} // namespace jack::storage
