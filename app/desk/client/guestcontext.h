#pragma once
#include <QJsonObject>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

class ApiClient;

//! The open conversation's guest beyond this conversation, for the guest panel: their current
//! (or next) stay and their earlier conversations on any channel.
class GuestContext : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GuestContext belongs to Desk")
    //! {room, roomType, dates, status} of the stay; empty when the guest has none.
    Q_PROPERTY(QVariantMap stay READ stay NOTIFY changed)
    //! The guest's other conversations, newest first: [{id, channel, state, when, preview}].
    Q_PROPERTY(QVariantList earlierConversations READ earlierConversations NOTIFY changed)

public:
    GuestContext(ApiClient *api, QObject *parent);

    [[nodiscard]] QVariantMap stay() const { return m_stay; }
    [[nodiscard]] QVariantList earlierConversations() const { return m_earlier; }

    //! Another conversation is open (or none): forget the last guest.
    void clear();
    //! GET conversations/{id}/context answered: shows the stay and asks the hub for the
    //! guest's other conversations.
    void setContext(const QString &conversationId, const QJsonObject &context);

    //! "27 Nov – 1 Dec" for a stay's dates (ISO days), in the desk's language; empty when unknown.
    [[nodiscard]] static QString datesText(const QString &arrival, const QString &departure);

Q_SIGNALS:
    void changed();

private:
    ApiClient *m_api;
    QString m_conversationId;
    QVariantMap m_stay;
    QVariantList m_earlier;
};

} // namespace jack::desk
