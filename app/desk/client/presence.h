#pragma once
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

class LiveFeed;

//! Who else is in the open conversation, over the staff WebSocket: tells the hub what this
//! desk views and when the clerk types (`presence` frames), and hears the same of the other
//! desks (`presence` events) and of a web chat guest (`typing` events). The reply box asks it
//! before sending whether a colleague is answering the same guest.
class Presence : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Presence belongs to Desk")
    //! Names of the other staff typing in the open conversation.
    Q_PROPERTY(QStringList typing READ typing NOTIFY changed)
    //! Names of the other staff who have it open but do not type.
    Q_PROPERTY(QStringList viewing READ viewing NOTIFY changed)
    //! The web chat guest of the open conversation is typing.
    Q_PROPERTY(bool guestTyping READ guestTyping NOTIFY changed)
    //! Changes whenever anything of any conversation changed (for bindings on viewersOf()).
    Q_PROPERTY(int revision READ revision NOTIFY changed)

public:
    //! While the clerk keeps typing, `typing` is repeated this often (the hub lets it lapse
    //! after 6 s without renewal).
    static constexpr int kTypingRenewMs = 2000;
    //! A guest's `typing` that is never switched off lapses after this.
    static constexpr int kGuestTypingMs = 8000;
    //! A colleague's reply this recent still counts as "answering this guest".
    static constexpr qint64 kRecentReplyMs = 30000;

    Presence(LiveFeed *feed, QObject *parent = nullptr);

    void setOwnUserId(const QString &userId);
    //! The conversation this desk shows (empty: none); the hub hears `viewing`.
    void setConversation(const QString &conversationId);
    [[nodiscard]] QString conversationId() const { return m_conversationId; }

    //! The reply box's text changed: typing (renewed at most every kTypingRenewMs) while it
    //! has text, `idle` once it is empty again (cleared or sent).
    Q_INVOKABLE void replyTextChanged(const QString &text);
    //! The name of a colleague typing in the open conversation, or of one who replied in it
    //! less than 30 s ago; empty when nobody did. Asked just before sending.
    Q_INVOKABLE QString otherReplier() const;
    //! Names of the other staff who have this conversation open.
    Q_INVOKABLE QStringList viewersOf(const QString &conversationId) const;

    [[nodiscard]] QStringList typing() const;
    [[nodiscard]] QStringList viewing() const;
    [[nodiscard]] bool guestTyping() const { return m_guestTyping; }
    [[nodiscard]] int revision() const { return m_revision; }

    //! An event from the hub (the feed's changeReceived): presence, typing, conversation:message.
    void handleEvent(const QString &type, const QJsonObject &payload);

Q_SIGNALS:
    void changed();
    //! A frame for the hub (the feed sends it; tests watch it).
    void outgoing(const QJsonObject &frame);

private:
    struct Person {
        QString staffId;
        QString name;
        bool typing = false;
    };
    struct RecentReply {
        QString name;
        QElapsedTimer age;
    };
    void send(const QString &state);
    void applyPresence(const QJsonObject &payload);
    void setGuestTyping(bool typing);
    void touch();

    LiveFeed *m_feed;
    QString m_ownUserId;
    QString m_conversationId;
    bool m_typingSent = false;
    QElapsedTimer m_lastTypingSent;
    QHash<QString, QList<Person>> m_people; // conversation id -> the others there
    QHash<QString, RecentReply> m_recentReplies; // conversation id -> last colleague's reply
    bool m_guestTyping = false;
    QTimer m_guestTypingLapse;
    int m_revision = 0;
};

} // namespace jack::desk
