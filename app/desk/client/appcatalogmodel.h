#pragma once
#include "apiclient.h"
#include "livefeed.h"

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace jack::desk {

//! The hub's apps (GET /apps): every channel, AI provider and hotel system, grouped by kind,
//! with what its status means for the clerk. Follows app:updated changes of the live feed.
class AppCatalogModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(jack::desk::ApiClient *api READ api WRITE setApi NOTIFY apiChanged)
    Q_PROPERTY(jack::desk::LiveFeed *feed READ feed WRITE setFeed NOTIFY feedChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        CategoryRole,
        CategoryLabelRole,
        EnabledRole,
        StatusRole,
        StatusLabelRole,
        StatusToneRole,
        HealthTextRole,
        HealthToneRole,
        SummaryRole,
        BuiltInRole,
    };
    Q_ENUM(Roles)

    explicit AppCatalogModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    [[nodiscard]] ApiClient *api() const { return m_api; }
    void setApi(ApiClient *api);
    [[nodiscard]] LiveFeed *feed() const { return m_feed; }
    void setFeed(LiveFeed *feed);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString error() const { return m_error; }

    //! Replaces every row (GET /apps items), channels first, then AI, then hotel systems.
    void reset(const QJsonArray &items);
    //! One app as the hub answered it (PUT or app:updated); false when nothing changed.
    Q_INVOKABLE bool upsert(const QJsonObject &app);
    //! GET /apps again.
    Q_INVOKABLE void reload();
    [[nodiscard]] Q_INVOKABLE int indexOf(const QString &id) const;
    //! The app object of a row as the hub sent it (for the config form).
    [[nodiscard]] Q_INVOKABLE QVariantMap appAt(int row) const;

    [[nodiscard]] static QString categoryLabel(const QString &category);
    //! "Not set up", "Off", "On", "Built in".
    [[nodiscard]] static QString statusLabel(const QString &status);

Q_SIGNALS:
    void apiChanged();
    void feedChanged();
    void countChanged();
    void loadingChanged();
    void errorChanged();

private:
    [[nodiscard]] QVariant value(const QJsonObject &app, int role) const;
    [[nodiscard]] static int categoryRank(const QString &category);
    void setError(const QString &error);

    QPointer<ApiClient> m_api;
    QPointer<LiveFeed> m_feed;
    std::vector<QJsonObject> m_rows;
    QString m_error;
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace jack::desk
