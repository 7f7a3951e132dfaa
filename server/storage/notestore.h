#pragma once
#include "storage/listpage.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace jack::storage {

//! A note to store: staff-only text in a conversation's timeline, with the staff it mentions.
struct NewNote {
    QString conversationId, authorId, authorName, content;
    QStringList mentions; // staff ids
};

//! Internal notes of conversations (table conversation_notes). Notes never enter `messages`,
//! so the outbox cannot send them.
class NoteStore {
public:
    explicit NoteStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    //! Inserts the note; returns its id.
    QString insert(const NewNote &note);
    //! The note as the API shows it, or an empty object.
    [[nodiscard]] QJsonObject get(const QString &id) const;
    //! The conversation's notes, oldest first.
    [[nodiscard]] ListPage forConversation(
        const QString &conversationId, int limit, int offset) const;

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
