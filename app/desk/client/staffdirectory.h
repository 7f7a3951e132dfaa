#pragma once
#include "apiclient.h"

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace jack::desk {

//! The hotel's staff accounts for an admin (GET /staff) and what an admin does with them:
//! add someone with a password the admin chooses, change a role or department, deactivate,
//! delete, reset a password. Says per row what is allowed: nobody deletes themselves, and the
//! last active admin stays an admin.
class StaffDirectory : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(jack::desk::ApiClient *api READ api WRITE setApi NOTIFY apiChanged)
    //! The signed-in admin's id (Desk.session.userId).
    Q_PROPERTY(QString selfId READ selfId WRITE setSelfId NOTIFY selfIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadingChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    //! field → why the hub refused it, for the open form.
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    //! A refusal that names no field, or a load failure.
    Q_PROPERTY(QString error READ error NOTIFY errorsChanged)
    //! What the last action did ("Ana Front can now sign in."), for a notice.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    //! [{value, text}] of the roles, for a drop-down.
    Q_PROPERTY(QVariantList roleOptions READ roleOptions CONSTANT)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        EmailRole,
        RoleRole,
        RoleLabelRole,
        DepartmentRole,
        ActiveRole,
        StatusLabelRole,
        IsSelfRole,
        CanDeleteRole,
        CanDeactivateRole,
        CanChangeRoleRole,
    };
    Q_ENUM(Roles)

    explicit StaffDirectory(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    [[nodiscard]] ApiClient *api() const { return m_api; }
    void setApi(ApiClient *api);
    [[nodiscard]] QString selfId() const { return m_selfId; }
    void setSelfId(const QString &id);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QVariantMap errors() const { return m_errors; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] static QVariantList roleOptions();
    [[nodiscard]] static QString roleLabel(const QString &role);

    //! Replaces every row (GET /staff items), by name.
    void reset(const QJsonArray &items);
    //! One account as the hub answered it.
    void upsert(const QJsonObject &member);
    [[nodiscard]] Q_INVOKABLE int indexOf(const QString &id) const;
    [[nodiscard]] Q_INVOKABLE QVariantMap memberAt(int row) const;

    Q_INVOKABLE void reload();
    //! POST /staff {email, name, role, department, password}.
    Q_INVOKABLE void create(const QVariantMap &member);
    //! PATCH /staff/{id} with the given fields (name, role, department, active).
    Q_INVOKABLE void update(const QString &id, const QVariantMap &changes);
    Q_INVOKABLE void resetPassword(const QString &id, const QString &password);
    //! DELETE /staff/{id}.
    Q_INVOKABLE void remove(const QString &id);
    Q_INVOKABLE void clearErrors();

Q_SIGNALS:
    void apiChanged();
    void selfIdChanged();
    void countChanged();
    void loadingChanged();
    void busyChanged();
    void errorsChanged();
    void messageChanged();
    //! An action the hub accepted; a form may close.
    void done();

private:
    [[nodiscard]] QVariant value(const QJsonObject &member, int role) const;
    [[nodiscard]] int activeAdmins() const;
    void finish(const ApiReply &reply, const QString &success);
    void setBusy(bool busy);
    void setErrors(const QVariantMap &errors, const QString &error);
    void setMessage(const QString &message);

    QPointer<ApiClient> m_api;
    QString m_selfId;
    std::vector<QJsonObject> m_rows;
    QVariantMap m_errors;
    QString m_error;
    QString m_message;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace jack::desk
