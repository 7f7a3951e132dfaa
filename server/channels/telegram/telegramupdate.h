#pragma once
#include "channels/inboundrecorder.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace jack::channels {

//! One Bot API Update as the hub sees it: its id (the polling cursor) and, when it carries a
//! private guest message Jack stores, that message.
struct TelegramUpdate {
    qint64 updateId = -1;
    std::optional<InboundMessage> message;
    QString skipped; // why an update without a message was passed over (for the log)
};

//! Turns Bot API Update objects (https://core.telegram.org/bots/api#update) into inbound
//! messages: text, photos, documents, voice, locations, contacts and edits.
class TelegramUpdateParser {
public:
    //! Nothing (and `error`) when `update` is not an Update at all: no numeric update_id.
    [[nodiscard]] static std::optional<TelegramUpdate> parse(
        const QJsonObject &update, QString *error = nullptr);

private:
    static InboundMessage fromMessage(const QJsonObject &message, bool edited);
};

} // namespace jack::channels
