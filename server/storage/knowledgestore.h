#pragma once
#include "storage/listpage.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace jack::storage {

//! The hotel's knowledge entries (the FTS index follows by triggers).
class KnowledgeStore {
public:
    explicit KnowledgeStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    //! Inserts from API fields (title, content, category required; keywords, language,
    //! priority, sourceUrl optional).
    QString insert(const QJsonObject &fields);
    //! Applies the given fields; archived too.
    void update(const QString &id, const QJsonObject &fields);
    void remove(const QString &id);
    [[nodiscard]] QJsonObject get(const QString &id) const; // empty when unknown
    [[nodiscard]] ListPage list(
        const QString &category, bool includeArchived, int limit, int offset) const;
    [[nodiscard]] int count() const;
    //! Rebuilds the full-text indexes (stemmed and vocabulary) from the entries.
    void reindex();

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
