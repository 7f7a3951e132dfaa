#pragma once
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace jack::core {

//! One committed change of the feed: the entity as it is after the change, with its sequence.
struct Change {
    qint64 seq = 0;
    QString type; // API.md event name, e.g. "conversation:message"
    QString entityId;
    QJsonObject payload;
};

} // namespace jack::core

Q_DECLARE_METATYPE(jack::core::Change)
