#pragma once
#include "core/change.h"

#include <QList>
#include <QSqlDatabase>

namespace jack::storage {

//! Reads the change feed desks resume from.
class ChangeFeed {
public:
    explicit ChangeFeed(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    [[nodiscard]] qint64 latestSeq() const;
    [[nodiscard]] qint64 oldestSeq() const;
    //! Changes with seq > since, oldest first, at most `limit`.
    [[nodiscard]] QList<core::Change> since(qint64 since, int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
