#pragma once
#include <QString>

namespace jack::core {

//! Phone numbers as guests are matched by: E.164 digits with a leading '+'.
class PhoneNumber {
public:
    //! "+351 912-345-678", "00351912345678" and WhatsApp's "351912345678" all give "+351912345678".
    //! Returns an empty string when the text holds no plausible number.
    [[nodiscard]] static QString normalise(const QString &text);
    //! The digits WhatsApp's API expects in "to" (no '+').
    [[nodiscard]] static QString whatsAppDigits(const QString &e164);
};

} // namespace jack::core
