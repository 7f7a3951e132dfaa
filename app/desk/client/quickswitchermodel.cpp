#include "quickswitchermodel.h"

#include "conversationlistmodel.h"
#include "wording.h"

namespace jack::desk {

namespace {
constexpr int maxConversations = 30;
constexpr int idleConversations = 8;
} // namespace

QuickSwitcherModel::QuickSwitcherModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int QuickSwitcherModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

Qt::ItemFlags QuickSwitcherModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> QuickSwitcherModel::roleNames() const
{
    return {
        { Qt::DisplayRole, "display" },
        { KindRole, "kind" },
        { KeyRole, "key" },
        { TitleRole, "title" },
        { SubtitleRole, "subtitle" },
        { NeedsPersonRole, "needsPerson" },
        { IsEmergencyRole, "isEmergency" },
    };
}

QVariant QuickSwitcherModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Result &result = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return result.title;
    case KindRole:
        return result.kind;
    case KeyRole:
        return result.key;
    case SubtitleRole:
        return result.subtitle;
    case NeedsPersonRole:
        return result.needsPerson;
    case IsEmergencyRole:
        return result.emergency;
    default:
        return {};
    }
}

void QuickSwitcherModel::setConversations(ConversationListModel *conversations)
{
    if (m_conversations == conversations)
        return;
    m_conversations = conversations;
    rebuild();
    Q_EMIT conversationsChanged();
}

void QuickSwitcherModel::setScreens(const QVariantList &screens)
{
    if (m_screens == screens)
        return;
    m_screens = screens;
    rebuild();
    Q_EMIT screensChanged();
}

void QuickSwitcherModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    rebuild();
    Q_EMIT queryChanged();
}

QVariantMap QuickSwitcherModel::get(int row) const
{
    if (row < 0 || row >= m_results.size())
        return {};
    const Result &result = m_results.at(row);
    return { { QStringLiteral("kind"), result.kind }, { QStringLiteral("key"), result.key },
        { QStringLiteral("title"), result.title } };
}

void QuickSwitcherModel::refresh()
{
    rebuild();
}

void QuickSwitcherModel::rebuild()
{
    const QStringList words = m_query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto matches = [&words](const QString &haystack) {
        for (const QString &word : words) {
            if (!haystack.contains(word, Qt::CaseInsensitive))
                return false;
        }
        return true;
    };
    QList<Result> results;
    for (const QVariant &screen : std::as_const(m_screens)) {
        const QVariantMap map = screen.toMap();
        const QString title = map.value(QStringLiteral("title")).toString();
        if (!matches(title))
            continue;
        results.append({ QStringLiteral("screen"), map.value(QStringLiteral("view")).toString(),
            title, tr("Screen"), false, false });
    }
    if (m_conversations) {
        const int limit = words.isEmpty() ? idleConversations : maxConversations;
        int found = 0;
        for (int row = 0; row < m_conversations->count() && found < limit; ++row) {
            const ConversationEntry &entry = m_conversations->at(row);
            if (wording::isFinished(entry.state))
                continue;
            const QString room
                = entry.roomNumber.isEmpty() ? QString() : tr("Room %1").arg(entry.roomNumber);
            if (!matches(QStringList {
                    entry.displayName(), entry.guestPhone, room, entry.lastMessagePreview }
                             .join(QLatin1Char('\n'))))
                continue;
            QStringList subtitle;
            if (!room.isEmpty())
                subtitle.append(room);
            subtitle.append(wording::channelLabel(entry.channel));
            if (!entry.lastMessagePreview.isEmpty())
                subtitle.append(entry.lastMessagePreview);
            results.append({ QStringLiteral("conversation"), entry.id, entry.displayName(),
                subtitle.join(QStringLiteral(" · ")), wording::needsPerson(entry.state),
                entry.isEmergency() });
            ++found;
        }
    }
    beginResetModel();
    m_results = results;
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace jack::desk
