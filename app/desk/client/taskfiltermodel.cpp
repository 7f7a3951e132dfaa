#include "taskfiltermodel.h"

#include "tasklistmodel.h"
#include "wording.h"

namespace jack::desk {

TaskFilterModel::TaskFilterModel(TaskListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_tasks(source)
{
    setSourceModel(source);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(this, signal, this, &TaskFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &TaskFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &TaskFilterModel::countChanged);
}

void TaskFilterModel::setShow(Show show)
{
    if (m_show == show)
        return;
    m_show = show;
    refilter();
    Q_EMIT showChanged();
}

void TaskFilterModel::setDepartment(const QString &department)
{
    if (m_department == department)
        return;
    m_department = department;
    refilter();
    Q_EMIT departmentChanged();
}

void TaskFilterModel::setConversationId(const QString &conversationId)
{
    if (m_conversationId == conversationId)
        return;
    m_conversationId = conversationId;
    refilter();
    Q_EMIT conversationIdChanged();
}

void TaskFilterModel::setPriority(const QString &priority)
{
    if (m_priority == priority)
        return;
    m_priority = priority;
    refilter();
    Q_EMIT priorityChanged();
}

void TaskFilterModel::refilter()
{
    invalidateRowsFilter();
    Q_EMIT countChanged();
}

bool TaskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_tasks->count())
        return false;
    const TaskEntry &task = m_tasks->at(sourceRow);
    const bool open = wording::taskIsOpen(task.status);
    if (m_show == Open && !open)
        return false;
    if (m_show == Done && open)
        return false;
    if (!m_department.isEmpty() && task.department != m_department)
        return false;
    if (!m_priority.isEmpty() && task.priority != m_priority)
        return false;
    if (!m_conversationId.isEmpty() && task.conversationId != m_conversationId)
        return false;
    return true;
}

} // namespace jack::desk
