#include "alertwatch.h"

#include "conversationlistmodel.h"
#include "tasklistmodel.h"
#include "wording.h"

#include <QLocale>

namespace jack::desk {

namespace {
constexpr int deadlineCheckMs = 30 * 1000;
const QString emergencyIntent = QStringLiteral("emergency");

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    }
    return kept.join(QStringLiteral(" · "));
}

QString roomText(const QString &room)
{
    return room.isEmpty() ? QString() : AlertWatch::tr("Room %1").arg(room);
}

QString quoted(const QString &text)
{
    const QString line = text.simplified();
    if (line.isEmpty())
        return {};
    return QStringLiteral("“%1”").arg(line.size() > 120 ? line.left(119) + QChar(0x2026) : line);
}
} // namespace

AlertWatch::AlertWatch(ConversationListModel *conversations, TaskListModel *tasks, QObject *parent)
    : QObject(parent)
    , m_conversations(conversations)
    , m_tasks(tasks)
{
    qRegisterMetaType<Alert>();
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &AlertWatch::check);
    m_clock.setInterval(deadlineCheckMs);
    connect(&m_clock, &QTimer::timeout, this, &AlertWatch::checkTasks);
    m_clock.start();

    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(conversations),
             static_cast<QAbstractItemModel *>(tasks) }) {
        connect(model, &QAbstractItemModel::modelReset, this, &AlertWatch::scheduleCheck);
        connect(model, &QAbstractItemModel::rowsInserted, this, &AlertWatch::scheduleCheck);
        connect(model, &QAbstractItemModel::dataChanged, this, &AlertWatch::scheduleCheck);
    }
    connect(conversations, &ConversationListModel::conversationChanged, this,
        &AlertWatch::scheduleCheck);
    connect(conversations, &ConversationListModel::loadedChanged, this, &AlertWatch::scheduleCheck);
    connect(tasks, &TaskListModel::loadedChanged, this, &AlertWatch::scheduleCheck);
}

void AlertWatch::acknowledge()
{
    if (m_emergencies.isEmpty())
        return;
    m_emergencies.clear();
    Q_EMIT emergenciesChanged();
}

void AlertWatch::scheduleCheck()
{
    m_pending.start();
}

void AlertWatch::check()
{
    m_pending.stop();
    if (!m_conversations->loaded()) {
        // Signed out (or not loaded yet): what comes next is a new start.
        forget();
        return;
    }
    checkConversations();
    checkTasks();
    m_baseline = true;
}

void AlertWatch::checkConversations()
{
    QSet<QString> needing;
    for (int row = 0; row < m_conversations->count(); ++row) {
        const ConversationEntry &entry = m_conversations->at(row);
        if (!wording::needsPerson(entry.state))
            continue;
        needing.insert(entry.id);
        const QString detail = entry.escalationReason.isEmpty() ? quoted(entry.lastMessagePreview)
                                                                : entry.escalationReason;
        if (entry.currentIntent == emergencyIntent) {
            // In an emergency the guest's own words say most.
            const QString words = quoted(entry.lastMessagePreview);
            raiseEmergency(entry.id, entry.id, entry.displayName(), entry.roomNumber,
                words.isEmpty() ? entry.escalationReason : words);
        } else if (m_baseline && !m_needing.contains(entry.id)
            && entry.updatedAt > m_newestAtBaseline) {
            Alert alert;
            alert.kind = Alert::Kind::Escalation;
            alert.conversationId = entry.id;
            alert.summary = tr("%1 needs you").arg(entry.displayName());
            alert.body = joined({ roomText(entry.roomNumber), detail });
            Q_EMIT alertRaised(alert);
        }
    }
    m_needing = needing;
    if (!m_baseline) {
        // Older pages of the inbox load later; what they hold changed before the desk looked.
        for (int row = 0; row < m_conversations->count(); ++row)
            m_newestAtBaseline = qMax(m_newestAtBaseline, m_conversations->at(row).updatedAt);
    }

    // An emergency someone already took over (no longer waiting for a person) leaves the banner.
    bool changed = false;
    for (auto it = m_emergencies.begin(); it != m_emergencies.end();) {
        const QString id = it->toMap().value(QStringLiteral("conversationId")).toString();
        const bool conversationKnown = m_conversations->find(id) != nullptr;
        if (conversationKnown && !needing.contains(id)) {
            it = m_emergencies.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    if (changed)
        Q_EMIT emergenciesChanged();
}

void AlertWatch::checkTasks()
{
    if (!m_conversations->loaded() || !m_tasks->loaded())
        return;
    const QDateTime now = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    QList<const TaskEntry *> overdue;
    for (int row = 0; row < m_tasks->count(); ++row) {
        const TaskEntry &task = m_tasks->at(row);
        if (!wording::taskIsOpen(task.status))
            continue;
        if (task.type == emergencyIntent) {
            // The emergency task of a conversation is the conversation's emergency.
            const QString key = task.conversationId.isEmpty() ? QStringLiteral("task:") + task.id
                                                              : task.conversationId;
            raiseEmergency(
                key, task.conversationId, task.guestName, task.roomNumber, task.description);
        }
        // Only a deadline someone set is announced; the board also reddens tasks past their
        // priority's service level, which would make the desk chime all day.
        if (task.dueAt.isValid() && task.dueAt <= now && !m_overdue.contains(task.id)) {
            m_overdue.insert(task.id);
            overdue.append(&task);
        }
    }
    if (overdue.isEmpty())
        return;
    Alert alert;
    alert.kind = Alert::Kind::OverdueTasks;
    if (overdue.size() == 1) {
        const TaskEntry &task = *overdue.constFirst();
        const int row = m_tasks->indexOf(task.id);
        alert.conversationId = task.conversationId;
        alert.summary = tr("Task overdue: %1")
                            .arg(m_tasks->index(row).data(TaskListModel::TitleRole).toString());
        alert.body = joined({ roomText(task.roomNumber), wording::departmentLabel(task.department),
            tr("due %1").arg(
                QLocale().toString(task.dueAt.toLocalTime().time(), QLocale::ShortFormat)) });
    } else {
        alert.summary = tr("%n task(s) overdue", nullptr, int(overdue.size()));
        QStringList rooms;
        for (const TaskEntry *task : overdue) {
            if (!task->roomNumber.isEmpty() && !rooms.contains(task->roomNumber))
                rooms.append(task->roomNumber);
        }
        alert.body = rooms.isEmpty() ? tr("Open the task board to see them.")
                                     : tr("Rooms %1").arg(rooms.join(QStringLiteral(", ")));
    }
    Q_EMIT alertRaised(alert);
}

void AlertWatch::raiseEmergency(const QString &key, const QString &conversationId,
    const QString &guest, const QString &room, const QString &detail)
{
    if (m_emergencyKeys.contains(key))
        return;
    m_emergencyKeys.insert(key);
    Alert alert;
    alert.kind = Alert::Kind::Emergency;
    alert.conversationId = conversationId;
    alert.summary = guest.isEmpty() ? tr("Emergency") : tr("Emergency: %1").arg(guest);
    alert.body = joined({ roomText(room), detail });
    m_emergencies.append(QVariantMap { { QStringLiteral("conversationId"), conversationId },
        { QStringLiteral("summary"), alert.summary }, { QStringLiteral("body"), alert.body } });
    Q_EMIT emergenciesChanged();
    Q_EMIT alertRaised(alert);
}

void AlertWatch::forget()
{
    m_baseline = false;
    m_newestAtBaseline = {};
    m_needing.clear();
    m_emergencyKeys.clear();
    m_overdue.clear();
    if (!m_emergencies.isEmpty()) {
        m_emergencies.clear();
        Q_EMIT emergenciesChanged();
    }
}

} // namespace jack::desk
