#include "inboxfiltermodel.h"

#include "conversationlistmodel.h"
#include "wording.h"

namespace jack::desk {

InboxFilterModel::InboxFilterModel(ConversationListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_conversations(source)
{
    setSourceModel(source);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(this, signal, this, &InboxFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &InboxFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &InboxFilterModel::countChanged);
}

void InboxFilterModel::setFilter(Filter filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

void InboxFilterModel::setSearch(const QString &search)
{
    const QString trimmed = search.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
    Q_EMIT searchChanged();
    Q_EMIT countChanged();
}

void InboxFilterModel::setChannel(const QString &channel)
{
    if (m_channel == channel)
        return;
    m_channel = channel;
    invalidateRowsFilter();
    Q_EMIT channelChanged();
    Q_EMIT countChanged();
}

void InboxFilterModel::setHubMatches(const QString &search, const QSet<QString> &ids)
{
    m_hubMatchesFor = search.trimmed();
    m_hubMatches = ids;
    invalidateRowsFilter();
    Q_EMIT countChanged();
}

QString InboxFilterModel::idAt(int row) const
{
    const QModelIndex proxyIndex = index(row, 0);
    if (!proxyIndex.isValid())
        return {};
    return proxyIndex.data(ConversationListModel::IdRole).toString();
}

int InboxFilterModel::rowOf(const QString &conversationId) const
{
    const int sourceRow = m_conversations->indexOf(conversationId);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(m_conversations->index(sourceRow)).row();
}

bool InboxFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_conversations->count())
        return false;
    const ConversationEntry &entry = m_conversations->at(sourceRow);
    if (!m_channel.isEmpty() && entry.channel != m_channel)
        return false;
    const bool finished = wording::isFinished(entry.state);
    const bool open = ConversationListModel::isOpen(entry);
    bool accepted = true;
    switch (m_filter) {
    case Open:
        accepted = open;
        break;
    case NeedsYou:
        accepted = open && wording::needsPerson(entry.state);
        break;
    case Mine:
        accepted = open && m_conversations->isMine(entry);
        break;
    case Unassigned:
        accepted = open && entry.assignedTo.isEmpty();
        break;
    case Snoozed:
        accepted = entry.isSnoozed();
        break;
    case JackHandling:
        accepted = ConversationListModel::isJackHandling(entry);
        break;
    case Finished:
        accepted = finished;
        break;
    case All:
        break;
    }
    if (!accepted || m_search.isEmpty())
        return accepted;
    if (m_hubMatchesFor == m_search && m_hubMatches.contains(entry.id))
        return true;
    for (const QString &field :
        { entry.guestName, entry.guestPhone, entry.roomNumber, entry.lastMessagePreview }) {
        if (field.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace jack::desk
