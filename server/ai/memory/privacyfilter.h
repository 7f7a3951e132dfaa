#pragma once
#include "ai/memory/memoryfact.h"

#include <QString>

namespace jack::ai {

//! Why a fact must not be remembered.
enum class PrivacyRisk {
    None,
    PaymentCard, //!< a card number or card details
    BankAccount, //!< an IBAN or account details
    IdentityNumber, //!< passport / ID / licence numbers, or any long number
    HealthDiagnosis, //!< a medical condition, treatment or pregnancy (allergies are fine)
};

//! Keeps payment, identity and health data out of guest memory. Allergies and intolerances a
//! guest volunteers are kept (the kitchen needs them); diagnoses are not, whatever the
//! category they arrive in.
class PrivacyFilter {
public:
    [[nodiscard]] static PrivacyRisk assess(const QString &text);
    [[nodiscard]] static bool allows(const QString &text)
    {
        return assess(text) == PrivacyRisk::None;
    }
    //! Staff-facing English, e.g. "a payment card number".
    [[nodiscard]] static QString describe(PrivacyRisk risk);
};

} // namespace jack::ai
