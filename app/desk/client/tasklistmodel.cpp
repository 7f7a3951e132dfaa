#include "tasklistmodel.h"

#include "wording.h"

#include <QCoreApplication>
#include <algorithm>

namespace jack::desk {

namespace {
constexpr int ageRefreshMs = 30000;

QString text(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

// Items come as ["towels"], [{"name": "towels", "quantity": 2}] or a plain string.
QString describeItems(const QJsonValue &items)
{
    if (items.isString())
        return items.toString();
    QStringList parts;
    const QJsonArray array = items.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString()) {
            parts.append(item.toString());
            continue;
        }
        const QJsonObject object = item.toObject();
        QString name = object.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            name = object.value(QLatin1String("item")).toString();
        const QJsonValue quantity = object.contains(QLatin1String("quantity"))
            ? object.value(QLatin1String("quantity"))
            : object.value(QLatin1String("qty"));
        if (quantity.isDouble() && quantity.toInt() > 0)
            parts.append(QCoreApplication::translate("TaskListModel", "%1 × %2")
                             .arg(quantity.toInt())
                             .arg(name));
        else if (!name.isEmpty())
            parts.append(name);
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

TaskEntry TaskEntry::fromJson(const QJsonObject &object)
{
    TaskEntry entry;
    entry.id = text(object, "id");
    entry.conversationId = text(object, "conversationId");
    entry.guestName = text(object, "guestName");
    entry.type = text(object, "type");
    entry.department = text(object, "department");
    entry.priority = text(object, "priority");
    entry.status = text(object, "status");
    entry.roomNumber = text(object, "roomNumber");
    entry.description = text(object, "description");
    entry.itemsText = describeItems(object.value(QLatin1String("items")));
    entry.assignedTo = text(object, "assignedTo");
    entry.completionNote = text(object, "completionNote");
    entry.dueAt = wording::parseTime(text(object, "dueAt"));
    entry.createdAt = wording::parseTime(text(object, "createdAt"));
    entry.updatedAt = wording::parseTime(text(object, "updatedAt"));
    return entry;
}

QDateTime TaskEntry::effectiveDue() const
{
    if (dueAt.isValid())
        return dueAt;
    if (!createdAt.isValid())
        return {};
    const int rank = wording::priorityRank(priority);
    const qint64 minutes = rank >= 3 ? 15 : rank == 2 ? 30 : rank == 1 ? 60 : 240;
    return createdAt.addSecs(minutes * 60);
}

TaskListModel::TaskListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_ageTimer.setInterval(ageRefreshMs);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        if (!m_rows.empty() && !m_fixedNow.isValid())
            Q_EMIT dataChanged(index(0), index(count() - 1),
                { AgeTextRole, OpenedTextRole, DueTextRole, IsOverdueRole, IsDueSoonRole });
        recount(); // overdue tasks become more
    });
    m_ageTimer.start();
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

Qt::ItemFlags TaskListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> TaskListModel::roleNames() const
{
    return {
        { Qt::DisplayRole, "display" },
        { IdRole, "taskId" },
        { ConversationIdRole, "conversationId" },
        { GuestNameRole, "guestName" },
        { TypeRole, "type" },
        { TypeLabelRole, "typeLabel" },
        { TitleRole, "title" },
        { DepartmentRole, "department" },
        { DepartmentLabelRole, "departmentLabel" },
        { PriorityRole, "priority" },
        { PriorityLabelRole, "priorityLabel" },
        { PriorityRankRole, "priorityRank" },
        { StatusRole, "status" },
        { StatusLabelRole, "statusLabel" },
        { IsOpenRole, "isOpen" },
        { CanStartRole, "canStart" },
        { CanCompleteRole, "canComplete" },
        { CanCancelRole, "canCancel" },
        { CanReopenRole, "canReopen" },
        { RoomNumberRole, "roomNumber" },
        { DescriptionRole, "description" },
        { ItemsTextRole, "itemsText" },
        { CreatedAtRole, "createdAt" },
        { AgeTextRole, "ageText" },
        { OpenedTextRole, "openedText" },
        { UpdatedAtRole, "updatedAt" },
        { DueAtRole, "dueAt" },
        { DueTextRole, "dueText" },
        { IsOverdueRole, "isOverdue" },
        { IsDueSoonRole, "isDueSoon" },
        { AssignedToRole, "assignedTo" },
        { IsMineRole, "isMine" },
        { CanClaimRole, "canClaim" },
        { CompletionNoteRole, "completionNote" },
    };
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return value(m_rows[size_t(index.row())], role);
}

QVariant TaskListModel::value(const TaskEntry &entry, int role) const
{
    const bool open = wording::taskIsOpen(entry.status);
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: {
        QString title = entry.description.trimmed();
        if (title.isEmpty())
            title = entry.itemsText;
        if (title.isEmpty())
            return wording::taskTypeLabel(entry.type);
        title[0] = title[0].toUpper();
        return title;
    }
    case IdRole:
        return entry.id;
    case ConversationIdRole:
        return entry.conversationId;
    case GuestNameRole:
        return entry.guestName;
    case TypeRole:
        return entry.type;
    case TypeLabelRole:
        return wording::taskTypeLabel(entry.type);
    case DepartmentRole:
        return entry.department;
    case DepartmentLabelRole:
        return wording::departmentLabel(entry.department);
    case PriorityRole:
        return entry.priority;
    case PriorityLabelRole:
        return wording::priorityLabel(entry.priority);
    case PriorityRankRole:
        return wording::priorityRank(entry.priority);
    case StatusRole:
        return entry.status;
    case StatusLabelRole:
        return wording::taskStatusLabel(entry.status);
    case IsOpenRole:
        return open;
    case CanStartRole:
        return entry.status == QLatin1String("pending");
    case CanCompleteRole:
    case CanCancelRole:
        return open;
    case CanReopenRole:
        return !open;
    case RoomNumberRole:
        return entry.roomNumber;
    case DescriptionRole:
        return entry.description;
    case ItemsTextRole:
        return entry.itemsText;
    case CreatedAtRole:
        return entry.createdAt;
    case AgeTextRole:
        return wording::ageText(entry.createdAt, now());
    case OpenedTextRole:
        return wording::openedText(entry.createdAt, now());
    case UpdatedAtRole:
        return entry.updatedAt;
    case DueAtRole:
        return entry.effectiveDue();
    case DueTextRole:
        return open ? wording::dueText(entry.effectiveDue(), now()) : QString();
    case IsOverdueRole:
        return open && entry.effectiveDue().isValid() && entry.effectiveDue() < now();
    case IsDueSoonRole: {
        // Amber for the last quarter of the time given (at least the last 10 minutes).
        const QDateTime due = entry.effectiveDue();
        if (!open || !due.isValid() || due < now())
            return false;
        const qint64 span = entry.createdAt.isValid() ? entry.createdAt.secsTo(due) : 0;
        return now().secsTo(due) <= std::max<qint64>(600, span / 4);
    }
    case AssignedToRole:
        return entry.assignedTo;
    case IsMineRole:
        return !m_userId.isEmpty() && entry.assignedTo == m_userId;
    case CanClaimRole:
        return open && !m_userId.isEmpty() && entry.assignedTo != m_userId;
    case CompletionNoteRole:
        return entry.completionNote;
    default:
        return {};
    }
}

bool TaskListModel::before(const TaskEntry &a, const TaskEntry &b)
{
    const bool openA = wording::taskIsOpen(a.status);
    const bool openB = wording::taskIsOpen(b.status);
    if (openA != openB)
        return openA;
    if (openA) {
        const int rankA = wording::priorityRank(a.priority);
        const int rankB = wording::priorityRank(b.priority);
        if (rankA != rankB)
            return rankA > rankB;
        if (a.createdAt != b.createdAt)
            return a.createdAt < b.createdAt;
    } else {
        const QDateTime timeA = a.updatedAt.isValid() ? a.updatedAt : a.createdAt;
        const QDateTime timeB = b.updatedAt.isValid() ? b.updatedAt : b.createdAt;
        if (timeA != timeB)
            return timeA > timeB;
    }
    return a.id < b.id;
}

void TaskListModel::reset(const QJsonArray &items)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &item : items) {
        TaskEntry entry = TaskEntry::fromJson(item.toObject());
        if (entry.id.isEmpty() || indexOf(entry.id) >= 0)
            continue;
        m_rows.push_back(entry);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), before);
    endResetModel();
    recount();
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loadedChanged();
    }
}

void TaskListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    recount();
    if (m_loaded) {
        m_loaded = false;
        Q_EMIT loadedChanged();
    }
}

bool TaskListModel::upsert(const QJsonObject &task)
{
    const TaskEntry entry = TaskEntry::fromJson(task);
    if (entry.id.isEmpty())
        return false;
    const int row = indexOf(entry.id);
    auto position = [&] {
        int result = 0;
        for (int i = 0; i < count(); ++i) {
            if (i != row && before(m_rows[size_t(i)], entry))
                ++result;
        }
        return result;
    };
    if (row < 0) {
        const int target = position();
        beginInsertRows({}, target, target);
        m_rows.insert(m_rows.begin() + target, entry);
        endInsertRows();
        recount();
        return true;
    }
    const TaskEntry old = m_rows[size_t(row)];
    if (old.updatedAt.isValid() && entry.updatedAt.isValid() && entry.updatedAt < old.updatedAt)
        return false;
    QList<int> changed;
    const auto roles = roleNames().keys();
    for (int role : roles) {
        if (value(old, role) != value(entry, role))
            changed.append(role);
    }
    if (changed.isEmpty())
        return false;
    const int target = position();
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.erase(m_rows.begin() + row);
        m_rows.insert(m_rows.begin() + target, entry);
        endMoveRows();
    } else {
        m_rows[size_t(row)] = entry;
    }
    Q_EMIT dataChanged(index(target), index(target), changed);
    recount();
    return true;
}

int TaskListModel::indexOf(const QString &id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

QVariantList TaskListModel::departmentOptions() const
{
    QVariantList options { QVariantMap { { QStringLiteral("value"), QString() },
        { QStringLiteral("text"), tr("All departments") } } };
    for (const QString &department : m_departments)
        options.append(QVariantMap { { QStringLiteral("value"), department },
            { QStringLiteral("text"), wording::departmentLabel(department) } });
    return options;
}

QString TaskListModel::departmentLabel(const QString &department) const
{
    return wording::departmentLabel(department);
}

void TaskListModel::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(count() - 1),
            { AgeTextRole, OpenedTextRole, DueTextRole, IsOverdueRole, IsDueSoonRole });
    recount();
}

void TaskListModel::setCurrentUserId(const QString &userId)
{
    if (m_userId == userId)
        return;
    m_userId = userId;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(count() - 1), { IsMineRole, CanClaimRole });
}

QDateTime TaskListModel::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

void TaskListModel::recount()
{
    int open = 0, urgent = 0, overdue = 0;
    QStringList departments;
    const QDateTime current = now();
    for (const TaskEntry &entry : m_rows) {
        const bool isOpen = wording::taskIsOpen(entry.status);
        open += isOpen ? 1 : 0;
        const QDateTime due = entry.effectiveDue();
        overdue += (isOpen && due.isValid() && due < current) ? 1 : 0;
        urgent += (isOpen && wording::priorityRank(entry.priority) >= 2) ? 1 : 0;
        if (!entry.department.isEmpty() && !departments.contains(entry.department))
            departments.append(entry.department);
    }
    departments.sort();
    if (open == m_open && urgent == m_urgent && overdue == m_overdue && departments == m_departments
        && m_countSeen == count())
        return;
    m_open = open;
    m_overdue = overdue;
    m_urgent = urgent;
    m_departments = departments;
    m_countSeen = count();
    Q_EMIT countsChanged();
}

} // namespace jack::desk
