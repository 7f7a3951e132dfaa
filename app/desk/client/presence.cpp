#include "presence.h"

#include "livefeed.h"

#include <QJsonArray>
#include <QSet>

namespace jack::desk {

Presence::Presence(LiveFeed *feed, QObject *parent)
    : QObject(parent)
    , m_feed(feed)
{
    m_guestTypingLapse.setSingleShot(true);
    m_guestTypingLapse.setInterval(kGuestTypingMs);
    connect(&m_guestTypingLapse, &QTimer::timeout, this, [this] { setGuestTyping(false); });
    if (!feed)
        return;
    connect(this, &Presence::outgoing, feed, &LiveFeed::send);
    connect(feed, &LiveFeed::changeReceived, this, &Presence::handleEvent);
    connect(feed, &LiveFeed::connectedChanged, this, [this] {
        if (!m_feed->connected()) {
            // What we knew is stale; a fresh snapshot comes with the next `connected`.
            m_people.clear();
            setGuestTyping(false);
            touch();
            return;
        }
        // A new socket: the hub forgot this desk's presence with the old one.
        m_typingSent = false;
        if (!m_conversationId.isEmpty())
            send(QStringLiteral("viewing"));
    });
}

void Presence::setOwnUserId(const QString &userId)
{
    if (m_ownUserId == userId)
        return;
    m_ownUserId = userId;
    touch();
}

void Presence::setConversation(const QString &conversationId)
{
    if (m_conversationId == conversationId)
        return;
    m_conversationId = conversationId;
    m_typingSent = false;
    setGuestTyping(false);
    send(QStringLiteral("viewing"));
    touch();
}

void Presence::replyTextChanged(const QString &text)
{
    if (m_conversationId.isEmpty())
        return;
    if (text.trimmed().isEmpty()) {
        if (m_typingSent) {
            m_typingSent = false;
            send(QStringLiteral("idle"));
        }
        return;
    }
    if (m_typingSent && m_lastTypingSent.isValid() && m_lastTypingSent.elapsed() < kTypingRenewMs)
        return;
    m_typingSent = true;
    m_lastTypingSent.start();
    send(QStringLiteral("typing"));
}

void Presence::send(const QString &state)
{
    Q_EMIT outgoing(QJsonObject {
        { QStringLiteral("type"), QStringLiteral("presence") },
        { QStringLiteral("payload"),
            QJsonObject { { QStringLiteral("conversationId"),
                              m_conversationId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(m_conversationId) },
                { QStringLiteral("state"), state } } },
    });
}

void Presence::handleEvent(const QString &type, const QJsonObject &payload)
{
    if (type == QLatin1String("presence")) {
        applyPresence(payload);
        return;
    }
    const QString conversationId = payload.value(QLatin1String("conversationId")).toString();
    if (type == QLatin1String("typing")) {
        if (conversationId != m_conversationId
            || payload.value(QLatin1String("who")).toString() != QLatin1String("guest"))
            return;
        const bool on = payload.value(QLatin1String("on")).toBool();
        setGuestTyping(on);
        if (on)
            m_guestTypingLapse.start();
        return;
    }
    if (type == QLatin1String("conversation:message")) {
        const QJsonObject message = payload.value(QLatin1String("message")).toObject();
        const QString sender = message.value(QLatin1String("senderType")).toString();
        if (sender == QLatin1String("guest") && conversationId == m_conversationId)
            setGuestTyping(false); // the guest sent what they typed
        if (sender != QLatin1String("staff")
            || message.value(QLatin1String("senderId")).toString() == m_ownUserId)
            return;
        RecentReply &recent = m_recentReplies[conversationId];
        recent.name = message.value(QLatin1String("senderName")).toString();
        recent.age.start();
    }
}

void Presence::applyPresence(const QJsonObject &payload)
{
    if (payload.value(QLatin1String("snapshot")).toBool())
        m_people.clear();
    for (const QJsonValue &value : payload.value(QLatin1String("conversations")).toArray()) {
        const QJsonObject conversation = value.toObject();
        const QString id = conversation.value(QLatin1String("conversationId")).toString();
        if (id.isEmpty())
            continue;
        QSet<QString> typists;
        for (const QJsonValue &t : conversation.value(QLatin1String("typing")).toArray())
            typists.insert(t.toObject().value(QLatin1String("staffId")).toString());
        QList<Person> people;
        for (const QJsonValue &v : conversation.value(QLatin1String("viewing")).toArray()) {
            const QJsonObject who = v.toObject();
            const QString staffId = who.value(QLatin1String("staffId")).toString();
            people.append({ staffId, who.value(QLatin1String("name")).toString(),
                typists.contains(staffId) });
        }
        if (people.isEmpty())
            m_people.remove(id);
        else
            m_people.insert(id, people);
    }
    touch();
}

QStringList Presence::typing() const
{
    QStringList names;
    for (const Person &person : m_people.value(m_conversationId)) {
        if (person.typing && person.staffId != m_ownUserId)
            names.append(person.name);
    }
    return names;
}

QStringList Presence::viewing() const
{
    QStringList names;
    for (const Person &person : m_people.value(m_conversationId)) {
        if (!person.typing && person.staffId != m_ownUserId)
            names.append(person.name);
    }
    return names;
}

QStringList Presence::viewersOf(const QString &conversationId) const
{
    QStringList names;
    for (const Person &person : m_people.value(conversationId)) {
        if (person.staffId != m_ownUserId)
            names.append(person.name);
    }
    return names;
}

QString Presence::otherReplier() const
{
    const QStringList typists = typing();
    if (!typists.isEmpty())
        return typists.first();
    const auto recent = m_recentReplies.constFind(m_conversationId);
    if (recent != m_recentReplies.cend() && recent->age.isValid()
        && recent->age.elapsed() < kRecentReplyMs)
        return recent->name;
    return {};
}

void Presence::setGuestTyping(bool typing)
{
    if (!typing)
        m_guestTypingLapse.stop();
    if (m_guestTyping == typing)
        return;
    m_guestTyping = typing;
    touch();
}

void Presence::touch()
{
    ++m_revision;
    Q_EMIT changed();
}

} // namespace jack::desk
