#pragma once
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace jack::channels {

//! An application/x-www-form-urlencoded body as Twilio sends and expects it, fields in order.
class TwilioForm {
public:
    using Field = QPair<QString, QString>;

    //! Parses a body: '+' is a space, %XX decoded as UTF-8; fields without '=' get "".
    [[nodiscard]] static TwilioForm parse(const QByteArray &body);

    void add(const QString &name, const QString &value) { m_fields.append({ name, value }); }
    //! The first value of `name`, or an empty string.
    [[nodiscard]] QString value(const QString &name) const;
    [[nodiscard]] bool contains(const QString &name) const;
    [[nodiscard]] const QList<Field> &fields() const { return m_fields; }
    //! The body to POST: every byte outside the unreserved set percent-encoded.
    [[nodiscard]] QByteArray encoded() const;

private:
    QList<Field> m_fields;
};

} // namespace jack::channels
