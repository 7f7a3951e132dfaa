#pragma once
#include "storage/listpage.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace jack::storage {

//! Replies the hotel wrote once for staff to insert (table canned_responses).
class CannedResponseStore {
public:
    explicit CannedResponseStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    //! Throws StorageError (constraint) when another response has the same title.
    QString insert(const QString &title, const QString &content, const QString &category,
        const QString &createdBy);
    //! Changes the fields present in `fields` (title, content, category).
    void update(const QString &id, const QJsonObject &fields);
    //! False when there was no such response.
    bool remove(const QString &id);
    //! The response as the API shows it, or an empty object.
    [[nodiscard]] QJsonObject get(const QString &id) const;
    //! By category, then title; `query` matches title, content or category (LIKE %q%).
    [[nodiscard]] ListPage list(const QString &query, int limit, int offset) const;
    [[nodiscard]] int count() const;

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
