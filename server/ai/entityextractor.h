#pragma once
#include <QJsonArray>
#include <QString>

namespace jack::ai {

//! Finds the room number and the requested items (with quantities) in a guest message.
class EntityExtractor {
public:
    //! "room 412", "quarto 412", "habitación 305", "Zimmer Nr. 12", "#412" -> the number; else
    //! empty.
    [[nodiscard]] static QString roomNumber(const QString &text);
    //! [{"name": "towels", "quantity": 2}] from "2 more towels", "dos toallas",
    //! "zwei Handtücher"; names are English, the quantity defaults to 1.
    [[nodiscard]] static QJsonArray items(const QString &text, const QString &language);
};

} // namespace jack::ai
