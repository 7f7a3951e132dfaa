#pragma once
#include <QString>

namespace jack::app {

//! `jack-server user add`: creates a staff account directly in the database (a running server
//! reads accounts from the same file, so the login works at once).
class UserAdmin {
public:
    struct NewUser {
        QString email, password, name, role, department;
    };
    //! Returns the process exit code; prints a clear message either way.
    [[nodiscard]] static int add(const QString &dataDir, const NewUser &user);
};

} // namespace jack::app
