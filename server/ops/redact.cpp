#include "ops/redact.h"

namespace jack::ops {

std::string Redact::phone(const QString &phone)
{
    if (phone.size() <= 6)
        return "…";
    return (phone.left(4) + QStringLiteral("…") + phone.right(3)).toStdString();
}

QString Redact::secret(const QString &value)
{
    if (value.isEmpty())
        return {};
    if (value.size() < 12)
        return QStringLiteral("••••");
    return QStringLiteral("••••") + value.right(4);
}

std::string Redact::body(const QString &text)
{
    return "<" + std::to_string(text.size()) + " chars>";
}

} // namespace jack::ops
