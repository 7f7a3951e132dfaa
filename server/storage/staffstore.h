#pragma once
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace jack::storage {

class SqlQuery;

//! A staff account as stored (with its password hash, never served).
struct StaffRecord {
    QString id, email, name, role, department, passwordHash;
    bool active = true;
    QString createdAt;
    //! The signed-in user as auth answers show it.
    [[nodiscard]] QJsonObject toUserJson() const;
    //! The account as the staff routes show it: the user plus `active` and `createdAt`.
    [[nodiscard]] QJsonObject toStaffJson() const;
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
    //! Every account, by name.
    [[nodiscard]] QList<StaffRecord> all() const;
    //! Admins whose account is active.
    [[nodiscard]] int activeAdmins() const;
    //! Writes name, role, department and active of `record` (matched by id).
    void update(const StaffRecord &member);
    void setPasswordHash(const QString &id, const QString &passwordHash);
    void remove(const QString &id);

private:
    [[nodiscard]] static StaffRecord record(const SqlQuery &q);
    [[nodiscard]] std::optional<StaffRecord> one(const QString &where, const QString &value) const;
    QSqlDatabase m_db;
};

} // namespace jack::storage
