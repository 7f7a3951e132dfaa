#pragma once
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace jack::gateway {

//! Who of the staff has which conversation open and who is typing in it, per staff socket.
//! In memory only: nothing is stored, nothing survives the hub. A socket views at most one
//! conversation; its typing lapses after `typingExpiryMs` without renewal. Each change names
//! the conversations whose lists changed; StaffFeed tells every desk.
class StaffPresence : public QObject {
    Q_OBJECT
public:
    enum class State { Viewing, Typing, Idle };

    //! How long a `typing` lasts without renewal: 6 s, or $JACK_PRESENCE_TYPING_MS (tests).
    [[nodiscard]] static int defaultTypingExpiryMs();

    explicit StaffPresence(int typingExpiryMs, QObject *parent = nullptr);
    ~StaffPresence() override;

    //! The socket `socket` of staff member `staffId` now views `conversationId` (empty: none),
    //! typing or not. `Idle` is `Viewing` said after typing.
    void set(quintptr socket, const QString &staffId, const QString &name,
        const QString &conversationId, State state);
    //! The socket closed: everything of it goes.
    void remove(quintptr socket);

    //! `{"conversationId", "viewing": [{staffId, name}], "typing": [{staffId, name}]}`: one
    //! entry per staff member (several sockets of one member count once), by name.
    [[nodiscard]] QJsonObject conversation(const QString &conversationId) const;
    //! Every conversation someone has open.
    [[nodiscard]] QStringList conversationIds() const;
    [[nodiscard]] int typingExpiryMs() const { return m_typingExpiryMs; }

Q_SIGNALS:
    void changed(const QStringList &conversationIds);

private:
    struct Entry {
        QString staffId;
        QString name;
        QString conversationId;
        bool typing = false;
        QTimer *expiry = nullptr; // child of this presence, while typing
    };
    //! What a conversation's lists look like now, to tell real changes from renewals.
    [[nodiscard]] QJsonObject lists(const QString &conversationId) const;

    QHash<quintptr, Entry> m_entries;
    int m_typingExpiryMs;
};

} // namespace jack::gateway
