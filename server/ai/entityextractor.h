#pragma once
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QTime>

namespace jack::ai {

//! When the guest wants something done: a day, and the time of day when the message names one.
struct DueTime {
    QDate date; //!< valid whenever anything was found
    QTime time; //!< invalid when the guest named a day only ("tomorrow")

    [[nodiscard]] bool isEmpty() const { return !date.isValid(); }
    //! ISO 8601 local time, "2026-05-12T07:00:00", or the day only, "2026-05-12"; empty if none.
    [[nodiscard]] QString toIso() const;
};

//! Finds the room number, the requested items (with quantities) and the time a guest message
//! asks for.
class EntityExtractor {
public:
    //! "room 412", "quarto 412", "habitación 305", "Zimmer Nr. 12", "#412" -> the number; else
    //! empty.
    [[nodiscard]] static QString roomNumber(const QString &text);
    //! [{"name": "towels", "quantity": 2}] from "2 more towels", "dos toallas",
    //! "zwei Handtücher"; names are English, the quantity defaults to 1.
    [[nodiscard]] static QJsonArray items(const QString &text, const QString &language);
    //! The day and time the message asks for, relative to now (the hotel's local time):
    //! "at 7am", "a las 7 de la tarde", "um 19 Uhr", "demain à 8h", "amanhã", "domani alle 9",
    //! "on Friday", "14/05". A time without a day is its next occurrence after now.
    [[nodiscard]] static DueTime dueAt(
        const QString &text, const QString &language, const QDateTime &now);
};

} // namespace jack::ai
