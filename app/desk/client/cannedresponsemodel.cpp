#include "cannedresponsemodel.h"

#include "apiclient.h"

namespace jack::desk {

namespace {
constexpr int responseLimit = 500;
}

CannedResponseModel::CannedResponseModel(ApiClient *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{
}

int CannedResponseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

Qt::ItemFlags CannedResponseModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> CannedResponseModel::roleNames() const
{
    return {
        { Qt::DisplayRole, "display" },
        { IdRole, "responseId" },
        { TitleRole, "title" },
        { CategoryRole, "category" },
        { ContentRole, "content" },
        { TextRole, "filledText" },
        { MissingRole, "missing" },
        { HasMissingRole, "hasMissing" },
    };
}

QVariant CannedResponseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Response &r = m_all[size_t(m_shown[size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case IdRole:
        return r.id;
    case CategoryRole:
        return r.category;
    case ContentRole:
        return r.content;
    case TextRole:
        return r.text;
    case MissingRole:
        return r.missing;
    case HasMissingRole:
        return !r.missing.isEmpty();
    default:
        return {};
    }
}

void CannedResponseModel::setSearch(const QString &search)
{
    if (m_search == search)
        return;
    m_search = search;
    Q_EMIT searchChanged();
    refilter();
}

void CannedResponseModel::load(const QString &conversationId)
{
    m_conversationId = conversationId;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(responseLimit));
    if (!conversationId.isEmpty())
        query.addQueryItem(QStringLiteral("conversationId"), conversationId);
    setLoading(true);
    m_api->get(QStringLiteral("canned-responses"), query, this,
        [this, conversationId](const ApiReply &reply) {
            if (conversationId != m_conversationId)
                return; // another conversation was opened meanwhile
            setLoading(false);
            const QString error = reply.ok() ? QString()
                : reply.status == 0
                ? tr("The canned responses could not be loaded: the hub cannot be reached.")
                : tr("The canned responses could not be loaded: %1").arg(reply.errorMessage);
            if (m_error != error) {
                m_error = error;
                Q_EMIT errorChanged();
            }
            if (reply.ok())
                setItems(reply.items());
        });
}

void CannedResponseModel::setItems(const QJsonArray &items)
{
    std::vector<Response> all;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        Response r;
        r.id = item.value(QLatin1String("id")).toString();
        r.title = item.value(QLatin1String("title")).toString();
        r.category = item.value(QLatin1String("category")).toString();
        r.content = item.value(QLatin1String("content")).toString();
        const QJsonObject filled = item.value(QLatin1String("filled")).toObject();
        r.text = filled.contains(QLatin1String("text"))
            ? filled.value(QLatin1String("text")).toString()
            : r.content;
        for (const QJsonValue &name : filled.value(QLatin1String("missing")).toArray())
            r.missing.append(name.toString());
        all.push_back(r);
    }
    beginResetModel();
    m_all = std::move(all);
    m_shown = filtered();
    endResetModel();
    Q_EMIT countChanged();
}

QString CannedResponseModel::textAt(int row) const
{
    if (row < 0 || row >= count())
        return {};
    return m_all[size_t(m_shown[size_t(row)])].text;
}

QString CannedResponseModel::titleAt(int row) const
{
    if (row < 0 || row >= count())
        return {};
    return m_all[size_t(m_shown[size_t(row)])].title;
}

std::vector<int> CannedResponseModel::filtered() const
{
    const QString wanted = m_search.trimmed();
    std::vector<int> shown;
    for (size_t i = 0; i < m_all.size(); ++i) {
        const Response &r = m_all[i];
        if (wanted.isEmpty() || r.title.contains(wanted, Qt::CaseInsensitive)
            || r.category.contains(wanted, Qt::CaseInsensitive)
            || r.content.contains(wanted, Qt::CaseInsensitive))
            shown.push_back(int(i));
    }
    // Titles that start with the search come first: "/wel" puts "Welcome" on top.
    std::stable_sort(shown.begin(), shown.end(), [this, &wanted](int a, int b) {
        return m_all[size_t(a)].title.startsWith(wanted, Qt::CaseInsensitive)
            && !m_all[size_t(b)].title.startsWith(wanted, Qt::CaseInsensitive);
    });
    return shown;
}

void CannedResponseModel::refilter()
{
    std::vector<int> shown = filtered();
    if (shown == m_shown)
        return;
    beginResetModel();
    m_shown = std::move(shown);
    endResetModel();
    Q_EMIT countChanged();
}

void CannedResponseModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

} // namespace jack::desk
