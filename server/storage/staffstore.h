#pragma once
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace jack::storage {

//! A staff account as stored (with its password hash, never served).
struct StaffRecord {
    QString id, email, name, role, department, passwordHash;
    bool active = true;
    [[nodiscard]] QJsonObject toUserJson() const;
};

//! Staff accounts.
class StaffStore {
public:
    explicit StaffStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    //! Inserts an account; throws StorageError (constraint) on a duplicate email.
    QString create(const QString &email, const QString &name, const QString &role,
        const QString &department, const QString &passwordHash);
    [[nodiscard]] std::optional<StaffRecord> byEmail(const QString &email) const;
    [[nodiscard]] std::optional<StaffRecord> byId(const QString &id) const;
    [[nodiscard]] int count() const;

private:
    [[nodiscard]] std::optional<StaffRecord> one(const QString &where, const QString &value) const;
    QSqlDatabase m_db;
};

} // namespace jack::storage
