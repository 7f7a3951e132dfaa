#pragma once
#include "channels/email/emailmessage.h"

namespace jack::channels {

//! Reads a raw mail (headers, MIME parts, encoded words, charsets) with vmime.
class EmailParser {
public:
    [[nodiscard]] static ParsedEmail parse(const QByteArray &raw);
    //! Every "<id@host>" in a Message-ID, In-Reply-To or References value, in order.
    [[nodiscard]] static QStringList messageIds(const QString &headerValue);
};

} // namespace jack::channels
