#pragma once
#include "channels/email/emailmessage.h"

#include <QByteArray>

namespace jack::channels {

//! Writes our reply as a MIME message: multipart/alternative (text + escaped HTML), UTF-8,
//! RFC 2047 encoded subject and names, our Message-ID and the guest's thread headers.
class EmailComposer {
public:
    [[nodiscard]] static QByteArray compose(const OutgoingEmail &mail);
};

} // namespace jack::channels
