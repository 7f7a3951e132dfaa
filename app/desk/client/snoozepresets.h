#pragma once
#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

//! The times a clerk snoozes a conversation to: in one hour, this evening (18:00, offered
//! until 17:00), tomorrow at 9:00; in the desk's local time.
class SnoozePresets : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    struct Preset {
        QString key; // "hour" | "evening" | "tomorrow"
        QString label; // "In 1 hour · 15:40"
        QDateTime until;
    };

    explicit SnoozePresets(QObject *parent = nullptr);

    //! The presets that make sense at `now` (local time).
    [[nodiscard]] static QList<Preset> at(const QDateTime &now);
    //! [{key, label, until}] for now.
    Q_INVOKABLE QVariantList presets() const;
};

} // namespace jack::desk
