#include "appcatalogmodel.h"

#include "apiclient.h"
#include "hubproblem.h"
#include "livefeed.h"

#include <algorithm>

namespace jack::desk {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

AppCatalogModel::AppCatalogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int AppCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags AppCatalogModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AppCatalogModel::roleNames() const
{
    return {
        { Qt::DisplayRole, "display" },
        { IdRole, "appId" },
        { NameRole, "name" },
        { CategoryRole, "category" },
        { CategoryLabelRole, "categoryLabel" },
        { EnabledRole, "enabled" },
        { StatusRole, "status" },
        { StatusLabelRole, "statusLabel" },
        { StatusToneRole, "statusTone" },
        { HealthTextRole, "healthText" },
        { HealthToneRole, "healthTone" },
        { SummaryRole, "summary" },
        { BuiltInRole, "builtIn" },
    };
}

QVariant AppCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return value(m_rows.at(size_t(index.row())), role);
}

QString AppCatalogModel::categoryLabel(const QString &category)
{
    if (category == QLatin1String("channel"))
        return tr("Guest channels");
    if (category == QLatin1String("ai"))
        return tr("AI providers");
    if (category == QLatin1String("pms"))
        return tr("Hotel systems (PMS)");
    return category;
}

QString AppCatalogModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("configured"))
        return tr("On");
    if (status == QLatin1String("disabled"))
        return tr("Off");
    if (status == QLatin1String("ok"))
        return tr("Built in");
    return tr("Not set up");
}

int AppCatalogModel::categoryRank(const QString &category)
{
    if (category == QLatin1String("channel"))
        return 0;
    if (category == QLatin1String("ai"))
        return 1;
    if (category == QLatin1String("pms"))
        return 2;
    return 3;
}

QVariant AppCatalogModel::value(const QJsonObject &app, int role) const
{
    const QString status = str(app, "status");
    const QJsonObject health = app.value(QLatin1String("health")).toObject();
    const QString healthStatus = str(health, "status");
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return str(app, "name");
    case IdRole:
        return str(app, "id");
    case CategoryRole:
        return str(app, "category");
    case CategoryLabelRole:
        return categoryLabel(str(app, "category"));
    case EnabledRole:
        return app.value(QLatin1String("enabled")).toBool();
    case StatusRole:
        return status;
    case StatusLabelRole:
        return statusLabel(status);
    case StatusToneRole:
        if (status == QLatin1String("configured") || status == QLatin1String("ok"))
            return QStringLiteral("success");
        return status == QLatin1String("disabled") ? QStringLiteral("neutral")
                                                   : QStringLiteral("muted");
    case HealthTextRole: {
        const QString detail = str(health, "detail");
        if (healthStatus == QLatin1String("ok"))
            return detail.isEmpty() ? tr("Working") : tr("Working: %1").arg(detail);
        if (!healthStatus.isEmpty())
            return tr("Problem: %1").arg(detail.isEmpty() ? healthStatus : detail);
        return {};
    }
    case HealthToneRole:
        if (healthStatus == QLatin1String("error"))
            return QStringLiteral("danger");
        if (healthStatus == QLatin1String("degraded"))
            return QStringLiteral("attention");
        return QStringLiteral("success");
    case SummaryRole:
        if (status == QLatin1String("ok"))
            return tr("Always available; answers when no other AI provider is on.");
        if (status == QLatin1String("not_configured"))
            return tr("Needs its settings before it can be switched on.");
        if (status == QLatin1String("disabled"))
            return tr("Set up but switched off.");
        return tr("Switched on. Use Test connection to check it reaches the provider.");
    case BuiltInRole:
        return status == QLatin1String("ok");
    default:
        return {};
    }
}

void AppCatalogModel::setApi(ApiClient *api)
{
    if (m_api == api)
        return;
    m_api = api;
    Q_EMIT apiChanged();
}

void AppCatalogModel::setFeed(LiveFeed *feed)
{
    if (m_feed == feed)
        return;
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_feed = feed;
    if (m_feed) {
        connect(m_feed, &LiveFeed::changeReceived, this,
            [this](const QString &type, const QJsonObject &payload) {
                if (type == QLatin1String("app:updated"))
                    upsert(payload);
            });
    }
    Q_EMIT feedChanged();
}

void AppCatalogModel::reset(const QJsonArray &items)
{
    std::vector<QJsonObject> rows;
    rows.reserve(size_t(items.size()));
    for (const QJsonValue &item : items)
        rows.push_back(item.toObject());
    std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return categoryRank(str(a, "category")) < categoryRank(str(b, "category"));
    });
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loadingChanged();
    }
}

bool AppCatalogModel::upsert(const QJsonObject &app)
{
    const QString id = str(app, "id");
    if (id.isEmpty())
        return false;
    const int row = indexOf(id);
    if (row < 0) {
        // A new app goes after the last one of its kind, so the kinds stay together.
        const int rank = categoryRank(str(app, "category"));
        int at = 0;
        while (at < count() && categoryRank(str(m_rows.at(size_t(at)), "category")) <= rank)
            ++at;
        beginInsertRows({}, at, at);
        m_rows.insert(m_rows.begin() + at, app);
        endInsertRows();
        Q_EMIT countChanged();
        return true;
    }
    if (m_rows.at(size_t(row)) == app)
        return false;
    m_rows[size_t(row)] = app;
    Q_EMIT dataChanged(index(row), index(row));
    return true;
}

void AppCatalogModel::reload()
{
    if (!m_api)
        return;
    m_loading = true;
    Q_EMIT loadingChanged();
    m_api->get(QStringLiteral("apps"), {}, this, [this](const ApiReply &reply) {
        m_loading = false;
        if (reply.ok()) {
            setError({});
            reset(reply.items());
        } else {
            setError(HubProblem::sentence(reply));
        }
        Q_EMIT loadingChanged();
    });
}

int AppCatalogModel::indexOf(const QString &id) const
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (str(m_rows.at(row), "id") == id)
            return int(row);
    }
    return -1;
}

QVariantMap AppCatalogModel::appAt(int row) const
{
    if (row < 0 || row >= count())
        return {};
    return m_rows.at(size_t(row)).toVariantMap();
}

void AppCatalogModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace jack::desk
