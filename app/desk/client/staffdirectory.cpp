#include "staffdirectory.h"

#include "apiclient.h"
#include "hubproblem.h"

#include <algorithm>

namespace jack::desk {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool isActiveAdmin(const QJsonObject &member)
{
    return member.value(QLatin1String("active")).toBool()
        && str(member, "role") == QLatin1String("admin");
}

bool byName(const QJsonObject &a, const QJsonObject &b)
{
    const int c = QString::compare(str(a, "name"), str(b, "name"), Qt::CaseInsensitive);
    return c != 0 ? c < 0 : str(a, "email") < str(b, "email");
}

const QStringList kFields { QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("role"),
    QStringLiteral("department"), QStringLiteral("password"), QStringLiteral("active") };
} // namespace

StaffDirectory::StaffDirectory(QObject *parent)
    : QAbstractListModel(parent)
{
}

int StaffDirectory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags StaffDirectory::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> StaffDirectory::roleNames() const
{
    return {
        { Qt::DisplayRole, "display" },
        { IdRole, "staffId" },
        { NameRole, "name" },
        { EmailRole, "email" },
        { RoleRole, "role" },
        { RoleLabelRole, "roleLabel" },
        { DepartmentRole, "department" },
        { ActiveRole, "active" },
        { StatusLabelRole, "statusLabel" },
        { IsSelfRole, "isSelf" },
        { CanDeleteRole, "canDelete" },
        { CanDeactivateRole, "canDeactivate" },
        { CanChangeRoleRole, "canChangeRole" },
    };
}

QVariant StaffDirectory::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return value(m_rows.at(size_t(index.row())), role);
}

QString StaffDirectory::roleLabel(const QString &role)
{
    if (role == QLatin1String("admin"))
        return tr("Admin");
    if (role == QLatin1String("manager"))
        return tr("Manager");
    return tr("Staff");
}

QVariantList StaffDirectory::roleOptions()
{
    QVariantList options;
    for (const QString &role :
        { QStringLiteral("staff"), QStringLiteral("manager"), QStringLiteral("admin") })
        options.append(QVariantMap {
            { QStringLiteral("value"), role }, { QStringLiteral("text"), roleLabel(role) } });
    return options;
}

int StaffDirectory::activeAdmins() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), isActiveAdmin));
}

QVariant StaffDirectory::value(const QJsonObject &member, int role) const
{
    const bool self = !m_selfId.isEmpty() && str(member, "id") == m_selfId;
    // The last active admin must stay one: the hub refuses it too, the desk does not offer it.
    const bool lastAdmin = isActiveAdmin(member) && activeAdmins() <= 1;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return str(member, "name");
    case IdRole:
        return str(member, "id");
    case EmailRole:
        return str(member, "email");
    case RoleRole:
        return str(member, "role");
    case RoleLabelRole:
        return roleLabel(str(member, "role"));
    case DepartmentRole:
        return str(member, "department");
    case ActiveRole:
        return member.value(QLatin1String("active")).toBool();
    case StatusLabelRole:
        return member.value(QLatin1String("active")).toBool() ? tr("Active") : tr("Deactivated");
    case IsSelfRole:
        return self;
    case CanDeleteRole:
    case CanDeactivateRole:
        return !self && !lastAdmin;
    case CanChangeRoleRole:
        return !(self && isActiveAdmin(member)) && !lastAdmin;
    default:
        return {};
    }
}

void StaffDirectory::setApi(ApiClient *api)
{
    if (m_api == api)
        return;
    m_api = api;
    Q_EMIT apiChanged();
}

void StaffDirectory::setSelfId(const QString &id)
{
    if (m_selfId == id)
        return;
    m_selfId = id;
    Q_EMIT selfIdChanged();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(count() - 1));
}

void StaffDirectory::reset(const QJsonArray &items)
{
    std::vector<QJsonObject> rows;
    rows.reserve(size_t(items.size()));
    for (const QJsonValue &item : items)
        rows.push_back(item.toObject());
    std::stable_sort(rows.begin(), rows.end(), byName);
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

void StaffDirectory::upsert(const QJsonObject &member)
{
    const int row = indexOf(str(member, "id"));
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }
    const auto at = std::upper_bound(m_rows.begin(), m_rows.end(), member, byName);
    const int target = int(at - m_rows.begin());
    beginInsertRows({}, target, target);
    m_rows.insert(at, member);
    endInsertRows();
    if (row < 0)
        Q_EMIT countChanged();
    // Who is the last admin may have changed: every row's permissions with it.
    Q_EMIT dataChanged(index(0), index(count() - 1));
}

int StaffDirectory::indexOf(const QString &id) const
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (str(m_rows.at(row), "id") == id)
            return int(row);
    }
    return -1;
}

QVariantMap StaffDirectory::memberAt(int row) const
{
    if (row < 0 || row >= count())
        return {};
    QVariantMap member = m_rows.at(size_t(row)).toVariantMap();
    for (const int role : { CanDeleteRole, CanDeactivateRole, CanChangeRoleRole, IsSelfRole })
        member.insert(
            QString::fromLatin1(roleNames().value(role)), value(m_rows.at(size_t(row)), role));
    return member;
}

void StaffDirectory::reload()
{
    if (!m_api)
        return;
    m_loading = true;
    Q_EMIT loadingChanged();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    m_api->get(QStringLiteral("staff"), query, this, [this](const ApiReply &reply) {
        m_loading = false;
        if (reply.ok()) {
            setErrors(m_errors, {});
            reset(reply.items());
        } else {
            setErrors(m_errors, HubProblem::sentence(reply));
        }
        Q_EMIT loadingChanged();
    });
}

void StaffDirectory::create(const QVariantMap &member)
{
    if (!m_api || m_busy)
        return;
    QJsonObject body;
    for (const QString &key : kFields) {
        if (member.contains(key) && key != QLatin1String("active"))
            body.insert(key, member.value(key).toString());
    }
    setBusy(true);
    setErrors({}, {});
    const QString name = member.value(QStringLiteral("name")).toString().trimmed();
    m_api->post(QStringLiteral("staff"), body, this, [this, name](const ApiReply &reply) {
        finish(reply, tr("%1 can now sign in.").arg(name));
    });
}

void StaffDirectory::update(const QString &id, const QVariantMap &changes)
{
    if (!m_api || m_busy)
        return;
    const QJsonObject body = QJsonObject::fromVariantMap(changes);
    setBusy(true);
    setErrors({}, {});
    const int row = indexOf(id);
    const QString name = row >= 0 ? str(m_rows.at(size_t(row)), "name") : QString();
    QString success = tr("Saved the changes for %1.").arg(name);
    if (changes.contains(QStringLiteral("active")))
        success = changes.value(QStringLiteral("active")).toBool()
            ? tr("%1 can sign in again.").arg(name)
            : tr("%1 is deactivated and signed out.").arg(name);
    m_api->patch(QStringLiteral("staff/%1").arg(id), body, this,
        [this, success](const ApiReply &reply) { finish(reply, success); });
}

void StaffDirectory::resetPassword(const QString &id, const QString &password)
{
    if (!m_api || m_busy)
        return;
    setBusy(true);
    setErrors({}, {});
    const int row = indexOf(id);
    const QString name = row >= 0 ? str(m_rows.at(size_t(row)), "name") : QString();
    m_api->patch(QStringLiteral("staff/%1").arg(id), QJsonObject { { "password", password } }, this,
        [this, name](const ApiReply &reply) {
            finish(reply, tr("%1 has a new password and was signed out everywhere.").arg(name));
        });
}

void StaffDirectory::remove(const QString &id)
{
    if (!m_api || m_busy)
        return;
    setBusy(true);
    setErrors({}, {});
    const int row = indexOf(id);
    const QString name = row >= 0 ? str(m_rows.at(size_t(row)), "name") : QString();
    m_api->remove(
        QStringLiteral("staff/%1").arg(id), this, [this, id, name](const ApiReply &reply) {
            setBusy(false);
            if (!reply.ok()) {
                setErrors({}, HubProblem::sentence(reply));
                return;
            }
            const int at = indexOf(id);
            if (at >= 0) {
                beginRemoveRows({}, at, at);
                m_rows.erase(m_rows.begin() + at);
                endRemoveRows();
                Q_EMIT countChanged();
                if (!m_rows.empty())
                    Q_EMIT dataChanged(index(0), index(count() - 1));
            }
            setMessage(tr("%1 was deleted.").arg(name));
            Q_EMIT done();
        });
}

void StaffDirectory::finish(const ApiReply &reply, const QString &success)
{
    setBusy(false);
    if (reply.ok()) {
        upsert(reply.object());
        setMessage(success);
        Q_EMIT done();
        return;
    }
    const QString field = HubProblem::field(reply);
    if (kFields.contains(field))
        setErrors({ { field, HubProblem::plain(reply.errorMessage) } }, {});
    else
        setErrors({}, HubProblem::sentence(reply));
}

void StaffDirectory::clearErrors()
{
    setErrors({}, {});
}

void StaffDirectory::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void StaffDirectory::setErrors(const QVariantMap &errors, const QString &error)
{
    if (m_errors == errors && m_error == error)
        return;
    m_errors = errors;
    m_error = error;
    Q_EMIT errorsChanged();
}

void StaffDirectory::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace jack::desk
