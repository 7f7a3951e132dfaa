#pragma once
#include <QJsonArray>
#include <QSqlDatabase>
#include <QStringList>

namespace jack::storage {

//! Who works here, as any signed-in colleague may see it: names and ids of active accounts,
//! nothing else (no e-mail, no role changes: that is the admin's /staff API).
class StaffDirectory {
public:
    explicit StaffDirectory(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    //! [{"id","name","department"}] of active accounts, by name.
    [[nodiscard]] QJsonArray active() const;
    //! The ids of `ids` that name no active account.
    [[nodiscard]] QStringList unknown(const QStringList &ids) const;

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
