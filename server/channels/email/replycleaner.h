#pragma once
#include <QString>

namespace jack::channels {

//! Cuts a guest's e-mail down to what they just wrote: quoted history ("On … wrote:", ">"
//! lines, Outlook's "-----Original Message-----" and "From:/Sent:" blocks) and signatures
//! ("-- ", "Sent from my iPhone") are dropped so staff and the AI read only the new text.
class ReplyCleaner {
public:
    [[nodiscard]] static QString clean(const QString &text);
};

} // namespace jack::channels
