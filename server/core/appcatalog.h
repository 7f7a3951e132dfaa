#pragma once
#include <QList>
#include <QString>

namespace jack::core {

//! One configurable field of an app, as `configSchema` shows it.
struct AppField {
    QString key;
    QString type; // string | url | integer | boolean | select | text (multi-line)
    bool secret = false;
    bool required = false;
    QString label;
    QString defaultValue; // empty: none
    QStringList options; // for select
    QString help; // one line for the settings form
};

//! A provider Jack can be connected to (channel, AI, PMS).
struct AppInfo {
    QString id;
    QString category; // channel | ai | pms
    QString name;
    QList<AppField> fields;
    bool alwaysEnabled = false;

    [[nodiscard]] const AppField *field(const QString &key) const;
};

//! Every app the hub knows and its settings schema. Adding an app starts here.
class AppCatalog {
public:
    [[nodiscard]] static const QList<AppInfo> &all();
    [[nodiscard]] static const AppInfo *find(const QString &id);
};

} // namespace jack::core
