#pragma once
#include "core/clock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace jack::core {

//! WhatsApp's customer-service window: free-form messages may reach a guest only within 24
//! hours of the guest's last message; outside it only an approved template may.
//! https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-messages#customer-service-windows
class ServiceWindow {
public:
    static constexpr qint64 kSeconds = 24 * 60 * 60;

    //! When the window closes; invalid when the guest never wrote.
    [[nodiscard]] static QDateTime closesAt(const QString &lastGuestMessageAt)
    {
        if (lastGuestMessageAt.isEmpty())
            return {};
        const QDateTime last = Clock::fromIso(lastGuestMessageAt);
        return last.isValid() ? last.addSecs(kSeconds) : QDateTime();
    }
    [[nodiscard]] static bool isOpen(
        const QString &lastGuestMessageAt, const QDateTime &now = Clock::now())
    {
        const QDateTime closes = closesAt(lastGuestMessageAt);
        return closes.isValid() && now < closes;
    }
    //! {"open": bool, "closesAt": iso | null}, the shape of a conversation's "window".
    [[nodiscard]] static QJsonObject toJson(
        const QString &lastGuestMessageAt, const QDateTime &now = Clock::now())
    {
        const QDateTime closes = closesAt(lastGuestMessageAt);
        return { { "open", closes.isValid() && now < closes },
            { "closesAt", closes.isValid() ? QJsonValue(Clock::toIso(closes)) : QJsonValue() } };
    }
};

} // namespace jack::core
