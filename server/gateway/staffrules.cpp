#include "gateway/staffrules.h"

#include "gateway/passwordhasher.h"

#include <QRegularExpression>

namespace jack::gateway {

QString StaffRules::emailProblem(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!pattern.match(email.trimmed()).hasMatch())
        return QStringLiteral("'%1' is not an e-mail address").arg(email.trimmed());
    return {};
}

QString StaffRules::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("a name is required");
    if (name.trimmed().size() > 100)
        return QStringLiteral("the name is longer than 100 characters");
    return {};
}

QString StaffRules::roleProblem(const QString &role)
{
    if (role != QLatin1String("admin") && role != QLatin1String("manager")
        && role != QLatin1String("staff"))
        return QStringLiteral("the role must be admin, manager or staff");
    return {};
}

QString StaffRules::passwordProblem(const QString &password)
{
    return PasswordHasher::weakness(password);
}

} // namespace jack::gateway
