#include "useradmin.h"

#include "gateway/passwordhasher.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QRegularExpression>
#include <QTextStream>

namespace jack::app {

int UserAdmin::add(const QString &dataDir, const NewUser &user)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!emailPattern.match(user.email.trimmed()).hasMatch()) {
        err << "jack-server: '" << user.email << "' is not an e-mail address\n";
        return 2;
    }
    if (user.name.trimmed().isEmpty()) {
        err << "jack-server: --name is required\n";
        return 2;
    }
    if (user.role != QLatin1String("admin") && user.role != QLatin1String("manager")
        && user.role != QLatin1String("staff")) {
        err << "jack-server: --role must be admin, manager or staff\n";
        return 2;
    }
    const QString weakness = gateway::PasswordHasher::weakness(user.password);
    if (!weakness.isEmpty()) {
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
