#pragma once
#include "apiclient.h"
#include "appcatalogmodel.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

//! The settings form of one app, built from its `configSchema`: the fields with their kind,
//! whether they are required, and the values to edit. Secrets are never shown back: their
//! field starts empty, says a value is saved, and an empty field keeps it. Saves with PUT
//! /apps/{id} (the hub's refusals land next to the field they name) and tests the saved
//! settings with POST /apps/{id}/test.
class AppConfigForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(jack::desk::ApiClient *api READ api WRITE setApi NOTIFY apiChanged)
    //! Where a saved app is put back, so its card shows the new status at once.
    Q_PROPERTY(
        jack::desk::AppCatalogModel *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(QString appId READ appId WRITE setAppId NOTIFY appIdChanged)
    Q_PROPERTY(QString name READ name NOTIFY loaded)
    Q_PROPERTY(QString category READ category NOTIFY loaded)
    Q_PROPERTY(bool builtIn READ builtIn NOTIFY loaded)
    //! [{key, label, type, secret, required, help, options, placeholder, saved}]
    Q_PROPERTY(QVariantList fields READ fields NOTIFY loaded)
    //! key → the value in the form (secrets: what was typed, empty otherwise).
    Q_PROPERTY(QVariantMap values READ values NOTIFY valuesChanged)
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY valuesChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY valuesChanged)
    //! key → why the hub refused that field, in plain words.
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    //! A refusal that names no field, or a load failure.
    Q_PROPERTY(QString error READ error NOTIFY errorsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool testing READ testing NOTIFY busyChanged)
    Q_PROPERTY(QString savedMessage READ savedMessage NOTIFY savedMessageChanged)
    //! {ok, message, latencyMs} of the last connection test; empty before one.
    Q_PROPERTY(QVariantMap testResult READ testResult NOTIFY testResultChanged)

public:
    explicit AppConfigForm(QObject *parent = nullptr);

    [[nodiscard]] ApiClient *api() const { return m_api; }
    void setApi(ApiClient *api);
    [[nodiscard]] AppCatalogModel *catalog() const { return m_catalog; }
    void setCatalog(AppCatalogModel *catalog);
    [[nodiscard]] QString appId() const { return m_appId; }
    //! Loads the app (GET /apps/{id}); an empty id clears the form.
    void setAppId(const QString &id);

    [[nodiscard]] QString name() const;
    [[nodiscard]] QString category() const;
    [[nodiscard]] bool builtIn() const;
    [[nodiscard]] QVariantList fields() const { return m_fields; }
    [[nodiscard]] QVariantMap values() const { return m_values; }
    [[nodiscard]] bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    [[nodiscard]] bool dirty() const;
    [[nodiscard]] QVariantMap errors() const { return m_errors; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool testing() const { return m_testing; }
    [[nodiscard]] QString savedMessage() const { return m_savedMessage; }
    [[nodiscard]] QVariantMap testResult() const { return m_testResult; }

    //! Fills the form from an app object as the hub sends it.
    void load(const QJsonObject &app);
    Q_INVOKABLE void setValue(const QString &key, const QVariant &value);
    //! PUT /apps/{id} with what changed; false when there is nothing to send.
    Q_INVOKABLE bool save();
    //! POST /apps/{id}/test (tests the saved settings).
    Q_INVOKABLE void test();
    Q_INVOKABLE void reload();
    //! The body save() would send (for tests): secrets only when typed.
    [[nodiscard]] QJsonObject changes() const;

Q_SIGNALS:
    void apiChanged();
    void catalogChanged();
    void appIdChanged();
    void loaded();
    void valuesChanged();
    void errorsChanged();
    void busyChanged();
    void savedMessageChanged();
    void testResultChanged();
    //! The hub stored the settings.
    void saved();

private:
    void setBusy(bool busy, bool testing);
    void setErrors(const QVariantMap &errors, const QString &error);
    void setSavedMessage(const QString &message);
    [[nodiscard]] QString labelOf(const QString &key) const;

    QPointer<ApiClient> m_api;
    QPointer<AppCatalogModel> m_catalog;
    QString m_appId;
    QJsonObject m_app;
    QVariantList m_fields;
    QVariantMap m_values;
    QVariantMap m_savedValues;
    bool m_enabled = false;
    QVariantMap m_errors;
    QString m_error;
    QString m_savedMessage;
    QVariantMap m_testResult;
    bool m_busy = false;
    bool m_testing = false;
    quint64 m_generation = 0; // tells a late answer about an earlier app apart
};

} // namespace jack::desk
