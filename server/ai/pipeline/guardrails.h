#pragma once
#include "ai/pipeline/stage.h"
#include "ai/pipeline/turn.h"

#include <QJsonArray>
#include <QStringList>

namespace jack::ai {

//! Checks a reply before it can reach the guest: no other guest's name or room, no number or
//! code that is not in the hotel's facts, the knowledge or the guest's own context (card
//! numbers, keys, made-up prices), no payment details, no echo of the instructions. A finding
//! blocks the reply; the pipeline then falls back to a safe answer and a person.
class GuardrailStage : public Stage {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("guardrails"); }
    void run(Turn &turn, const QSqlDatabase &db) const override;

    //! The guests staying now other than `guestId`: names and rooms a reply must not reveal.
    [[nodiscard]] static QList<OtherGuest> othersStaying(
        const QSqlDatabase &db, const QString &guestId);
    //! The findings for a reply given what it may draw on; empty when the reply is safe.
    [[nodiscard]] static QJsonArray check(const Turn &turn, const QString &reply);
};

//! Makes sure a model's reply is in the guest's language; a reply in another language is
//! blocked like a guardrail finding.
class OutboundLanguageStage : public Stage {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("outbound-language"); }
    void run(Turn &turn, const QSqlDatabase &db) const override;
};

} // namespace jack::ai
