#pragma once
#include <QString>

namespace jack::gateway {

//! What makes a staff account acceptable: shared by `jack-server user add` and the staff
//! routes, so both refuse the same e-mails, roles and passwords with the same words.
class StaffRules {
public:
    //! Why `email` is not an e-mail address, or empty.
    [[nodiscard]] static QString emailProblem(const QString &email);
    //! Why `name` cannot be a staff member's name, or empty.
    [[nodiscard]] static QString nameProblem(const QString &name);
    //! Why `role` is not admin, manager or staff, or empty.
    [[nodiscard]] static QString roleProblem(const QString &role);
    //! Why `password` is too weak (PasswordHasher::weakness), or empty.
    [[nodiscard]] static QString passwordProblem(const QString &password);
};

} // namespace jack::gateway
