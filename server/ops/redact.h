#pragma once
#include <QString>
#include <string>

namespace jack::ops {

//! What may be shown of personal data and secrets in logs and API answers.
class Redact {
public:
    //! "+351912345678" -> "+351…678"
    [[nodiscard]] static std::string phone(const QString &phone);
    //! A secret for an API answer: "••••" plus its last four characters when long enough.
    [[nodiscard]] static QString secret(const QString &value);
    //! A body for the log: its length only.
    [[nodiscard]] static std::string body(const QString &text);
};

} // namespace jack::ops
