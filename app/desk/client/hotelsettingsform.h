#pragma once
#include "apiclient.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

//! The hotel's profile as a form (GET/PUT /settings/hotel): name, contact, address, time zone,
//! check-in and check-out, business hours and the out-of-hours reply, languages and the public
//! address of the hub. Every value is edited as text; save() sends only what changed and puts
//! the hub's refusal next to the field it names.
class HotelSettingsForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(jack::desk::ApiClient *api READ api WRITE setApi NOTIFY apiChanged)
    //! key → text in the form. Keys: name, address, phone, email, website, timezone,
    //! checkInTime, checkOutTime, languages ("en, pt"), publicBaseUrl, opensAt, closesAt,
    //! outOfHoursReply.
    Q_PROPERTY(QVariantMap values READ values NOTIFY valuesChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY valuesChanged)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorsChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString savedMessage READ savedMessage NOTIFY savedMessageChanged)

public:
    explicit HotelSettingsForm(QObject *parent = nullptr);

    [[nodiscard]] ApiClient *api() const { return m_api; }
    void setApi(ApiClient *api);
    [[nodiscard]] QVariantMap values() const { return m_values; }
    [[nodiscard]] bool dirty() const { return m_values != m_saved; }
    [[nodiscard]] QVariantMap errors() const { return m_errors; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString savedMessage() const { return m_savedMessage; }

    //! Fills the form from the hotel object as the hub sends it.
    void load(const QJsonObject &hotel);
    //! The PUT body for what changed (for tests).
    [[nodiscard]] QJsonObject changes() const;

    Q_INVOKABLE void setValue(const QString &key, const QString &value);
    Q_INVOKABLE void reload();
    //! PUT /settings/hotel with what changed; false when nothing did.
    Q_INVOKABLE bool save();

Q_SIGNALS:
    void apiChanged();
    void valuesChanged();
    void errorsChanged();
    void loadedChanged();
    void busyChanged();
    void savedMessageChanged();
    void saved();

private:
    void setErrors(const QVariantMap &errors, const QString &error);
    void setSavedMessage(const QString &message);

    QPointer<ApiClient> m_api;
    QVariantMap m_values;
    QVariantMap m_saved;
    QVariantMap m_errors;
    QString m_error;
    QString m_savedMessage;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace jack::desk
