#pragma once
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace jack::ops {
class SecretStore;
}

namespace jack::storage {

//! One app's settings as a service uses them: secrets decrypted, defaults from the catalog
//! filled in. Never logged or served.
struct AppSettings {
    QString appId;
    bool enabled = false;
    QJsonObject values;

    [[nodiscard]] QString value(const QString &key) const { return values.value(key).toString(); }
    [[nodiscard]] int integer(const QString &key, int fallback) const;
    //! True when every required field has a value.
    [[nodiscard]] bool complete() const;

    [[nodiscard]] static AppSettings load(
        const QSqlDatabase &db, const ops::SecretStore &secrets, const QString &appId);
};

//! The hotel-wide settings (`settings` key "hotel"): name, timezone, languages, public URL…
class HotelSettings {
public:
    static constexpr const char *key = "hotel";
    //! The address the internet reaches this hub at (for provider signatures and callbacks),
    //! without a trailing slash; empty when not set.
    [[nodiscard]] static QString publicBaseUrl(const QSqlDatabase &db);
    //! The hotel's own language: the first of its languages, English when none is set. Staff
    //! read translations into it.
    [[nodiscard]] static QString language(const QSqlDatabase &db);
};

} // namespace jack::storage
