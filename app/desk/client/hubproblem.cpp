#include "hubproblem.h"

#include <QCoreApplication>

namespace jack::desk {

namespace {
QString tr(const char *text)
{
    // The context lupdate gives tr() calls in HubProblem's members.
    return QCoreApplication::translate("jack::desk::HubProblem", text);
}

QString capitalised(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?')))
        text += QLatin1Char('.');
    return text;
}
} // namespace

QString HubProblem::sentence(const ApiReply &reply)
{
    if (reply.status == 0)
        return tr("The hub cannot be reached. Check that it is running, then try again.");
    if (reply.status == 401)
        return tr("Your session has ended. Sign in again.");
    if (reply.status == 403)
        return tr("Only an admin can change this.");
    if (reply.status >= 500)
        return tr("The hub ran into a problem. Try again in a moment.");
    return capitalised(reply.errorMessage);
}

QString HubProblem::field(const ApiReply &reply, const QString &prefix)
{
    if (reply.status != 400)
        return {};
    QString field = reply.object()
                        .value(QLatin1String("error"))
                        .toObject()
                        .value(QLatin1String("details"))
                        .toObject()
                        .value(QLatin1String("field"))
                        .toString();
    if (!prefix.isEmpty() && field.startsWith(prefix))
        field = field.mid(prefix.size());
    return field;
}

QString HubProblem::plain(const QString &message)
{
    return capitalised(message);
}

QString HubProblem::withLabel(const QString &message, const QString &key, const QString &label)
{
    QString text = message;
    text.replace(QLatin1Char('\'') + key + QLatin1Char('\''), label);
    return capitalised(text);
}

} // namespace jack::desk
