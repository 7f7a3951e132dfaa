#include "core/deliverystatus.h"

namespace jack::core {

int DeliveryStatus::rank(const QString &status)
{
    if (status == QLatin1String("pending"))
        return 0;
    if (status == QLatin1String("sent"))
        return 1;
    if (status == QLatin1String("delivered"))
        return 2;
    if (status == QLatin1String("read"))
        return 3;
    return -1;
}

bool DeliveryStatus::isKnown(const QString &status)
{
    return rank(status) >= 0 || status == QLatin1String("failed");
}

bool DeliveryStatus::canMove(const QString &current, const QString &incoming)
{
    if (!isKnown(incoming) || current == incoming)
        return false;
    if (current == QLatin1String("failed"))
        return false;
    if (incoming == QLatin1String("failed"))
        return rank(current) < 2;
    return rank(incoming) > rank(current);
}

} // namespace jack::core
