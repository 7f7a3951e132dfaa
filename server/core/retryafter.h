#pragma once
#include <QByteArray>

namespace jack::core {

//! An HTTP Retry-After header (seconds or an HTTP date) as milliseconds to wait, capped at an
//! hour; 0 when absent, unreadable or in the past. Shared by every provider client.
class RetryAfter {
public:
    [[nodiscard]] static qint64 toMs(const QByteArray &header);
};

} // namespace jack::core
