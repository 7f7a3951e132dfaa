#pragma once
#include <QHash>
#include <QString>
#include <QStringList>

namespace jack::core {

//! A text with its variables filled in.
struct FilledText {
    QString text;
    //! Variables left as they were ("{wifi.password}"): unknown names, or no value known here.
    QStringList missing;
};

//! The {variables} of canned responses: {guest.name}, {room}, {hotel.name}… Filling is pure
//! text work; where the values come from (conversation, hotel settings, knowledge) is the
//! caller's business.
class ReplyVariables {
public:
    //! The variables the hub knows, in the order the API documents them.
    [[nodiscard]] static const QStringList &names();
    //! Replaces each {name} that has a non-empty value in `values`; every other {name} stays
    //! visible, so the clerk sees what is left to fill. Text without braces is returned as is.
    [[nodiscard]] static FilledText fill(
        const QString &text, const QHash<QString, QString> &values);
    //! The password in a knowledge text such as "Network: X, password: seagull2026."; empty
    //! when it names none. Also used for the network ("network: X").
    [[nodiscard]] static QString labelledValue(const QString &text, const QString &label);
};

} // namespace jack::core
