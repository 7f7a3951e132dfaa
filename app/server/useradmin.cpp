#include "useradmin.h"

#include "gateway/passwordhasher.h"
#include "gateway/staffrules.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QTextStream>

namespace jack::app {

int UserAdmin::add(const QString &dataDir, const NewUser &user)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    using gateway::StaffRules;
    if (const QString problem = StaffRules::emailProblem(user.email); !problem.isEmpty()) {
        err << "jack-server: " << problem << "\n";
        return 2;
    }
    if (!StaffRules::nameProblem(user.name).isEmpty()) {
        err << "jack-server: --name is required\n";
        return 2;
    }
    if (!StaffRules::roleProblem(user.role).isEmpty()) {
        err << "jack-server: --role must be admin, manager or staff\n";
        return 2;
    }
    if (const QString weakness = StaffRules::passwordProblem(user.password); !weakness.isEmpty()) {
        err << "jack-server: weak password: " << weakness << "\n";
        return 2;
    }
    const QString connection = QStringLiteral("user-admin");
    int code = 0;
    try {
        QDir().mkpath(dataDir);
        QSqlDatabase db = storage::Database::open(
            QDir(dataDir).filePath(QStringLiteral("jack.db")), connection);
        storage::Database::migrate(db);
        storage::StaffStore staff(db);
        if (staff.byEmail(user.email)) {
            err << "jack-server: a staff account with the e-mail " << user.email.trimmed()
                << " already exists\n";
            code = 1;
        } else {
            const QString id = staff.create(user.email, user.name, user.role, user.department,
                gateway::PasswordHasher::hash(user.password));
            storage::SettingsStore(db).audit(QStringLiteral("cli"), QStringLiteral("staff.create"),
                id, {}, { { "email", user.email.trimmed() }, { "role", user.role } });
            out << "Created " << user.role << " " << user.email.trimmed() << " (" << id << ")\n";
        }
    } catch (const storage::StorageError &e) {
        err << "jack-server: "
            << (e.isConstraint() ? QStringLiteral("that e-mail is already taken")
                                 : QString::fromUtf8(e.what()))
            << "\n";
        code = 1;
    } catch (const std::exception &e) {
        err << "jack-server: " << e.what() << "\n";
        code = 1;
    }
    storage::Database::close(connection);
    return code;
}

} // namespace jack::app
