#pragma once
#include <QJsonObject>
#include <QVariantMap>

namespace jack::desk {

//! Turns the hub's outcome record of a message into what the "Why did Jack say this?" panel
//! shows: a headline, labelled facts, the knowledge used, the guardrails' findings and the
//! stages with their timings, in plain words for a receptionist.
class OutcomeExplanation {
public:
    //! `aboutReply`: the clerk asked from Jack's reply (else from the guest's message).
    [[nodiscard]] static QVariantMap build(const QJsonObject &outcome, bool aboutReply);
};

} // namespace jack::desk
