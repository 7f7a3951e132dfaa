#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace jack::ai {

//! What one guest message is about: its intent (INTENTS.md), routing and the entities found in it.
struct Classification {
    QString intent; //!< an INTENTS.md name, e.g. "inquiry.wifi", "greeting", "unknown"
    double confidence = 0.0; //!< calibrated 0..1
    QString department; //!< who gets the task; empty when the intent opens none
    QString priority; //!< "low" | "standard" | "high" | "urgent"
    bool requiresAction = false; //!< the intent opens a task
    bool escalate = false; //!< a person should look at the conversation
    QString language; //!< "en", "es", "fr", "de", "pt", "it"
    QString roomNumber; //!< found in the text, else empty
    QJsonArray items; //!< [{"name": "towels", "quantity": 2}]
    //! When the guest wants it, ISO 8601 local time ("2026-05-12T07:00:00") or a day
    //! ("2026-05-12"); empty when the message names no time.
    QString dueAt;
    //! The guest also asked for a person ("… I want to speak to a manager") while the main
    //! intent is another one: the request is handled and the conversation escalated.
    bool wantsPerson = false;

    [[nodiscard]] QJsonObject toJson() const
    {
        return QJsonObject {
            { QStringLiteral("intent"), intent },
            { QStringLiteral("confidence"), confidence },
            { QStringLiteral("department"), department },
            { QStringLiteral("requiresAction"), requiresAction },
            { QStringLiteral("language"), language },
            { QStringLiteral("priority"), priority },
            { QStringLiteral("roomNumber"), roomNumber },
            { QStringLiteral("items"), items },
            { QStringLiteral("dueAt"), dueAt },
        };
    }
};

} // namespace jack::ai
