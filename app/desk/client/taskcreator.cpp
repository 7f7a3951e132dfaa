#include "taskcreator.h"

#include "apiclient.h"
#include "wording.h"

namespace jack::desk {

namespace {
constexpr int descriptionChars = 280;
}

TaskCreator::TaskCreator(QObject *parent)
    : QObject(parent)
{
}

void TaskCreator::setApi(ApiClient *api)
{
    if (m_api == api)
        return;
    m_api = api;
    Q_EMIT apiChanged();
}

QVariantList TaskCreator::departments()
{
    QVariantList list;
    for (const char *value :
        { "front_desk", "housekeeping", "maintenance", "room_service", "concierge" }) {
        list.append(QVariantMap { { QStringLiteral("value"), QString::fromLatin1(value) },
            { QStringLiteral("label"), wording::departmentLabel(QString::fromLatin1(value)) } });
    }
    return list;
}

QVariantList TaskCreator::priorities()
{
    QVariantList list;
    for (const char *value : { "low", "standard", "high", "urgent" }) {
        list.append(QVariantMap { { QStringLiteral("value"), QString::fromLatin1(value) },
            { QStringLiteral("label"), wording::priorityLabel(QString::fromLatin1(value)) } });
    }
    return list;
}

QString TaskCreator::descriptionFor(const QString &messageText)
{
    QString text = messageText.simplified();
    if (text.size() > descriptionChars)
        text = text.left(descriptionChars - 1).trimmed() + QChar(0x2026);
    return text;
}

bool TaskCreator::create(const QString &conversationId, const QString &department,
    const QString &priority, const QString &description)
{
    if (m_busy || !m_api || department.isEmpty() || description.trimmed().isEmpty())
        return false;
    setError({});
    setBusy(true);
    QJsonObject body { { "department", department }, { "description", description.trimmed() },
        { "priority", priority.isEmpty() ? QStringLiteral("standard") : priority } };
    if (!conversationId.isEmpty())
        body.insert(QStringLiteral("conversationId"), conversationId);
    m_api->post(QStringLiteral("tasks"), body, this, [this](const ApiReply &reply) {
        setBusy(false);
        if (!reply.ok()) {
            setError(reply.status == 0
                    ? tr("The task could not be created: the hub cannot be reached.")
                    : tr("The task could not be created: %1").arg(reply.errorMessage));
            return;
        }
        Q_EMIT created(reply.object().value(QLatin1String("id")).toString());
    });
    return true;
}

void TaskCreator::clearError()
{
    setError({});
}

void TaskCreator::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void TaskCreator::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace jack::desk
