// The desk's Presence: what it tells the hub (viewing, throttled typing, idle, again after a
// reconnect) and what it makes of the hub's `presence` and `typing` events and of colleagues'
// replies, fed through a LiveFeed exactly as the socket would.
#include "livefeed.h"
#include "presence.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace jack::desk;

namespace {
QJsonObject person(const QString &id, const QString &name)
{
    return { { "staffId", id }, { "name", name } };
}

QJsonObject presenceEvent(bool snapshot, const QString &conversationId, const QJsonArray &viewing,
    const QJsonArray &typing)
{
    return { { "type", "presence" },
        { "payload",
            QJsonObject { { "snapshot", snapshot },
                { "conversations",
                    QJsonArray { QJsonObject { { "conversationId", conversationId },
                        { "viewing", viewing }, { "typing", typing } } } } } } };
}

QJsonObject staffMessage(
    const QString &conversationId, const QString &senderId, const QString &name)
{
    return { { "type", "conversation:message" },
        { "payload",
            QJsonObject { { "conversationId", conversationId },
                { "message",
                    QJsonObject { { "id", "m-" + senderId }, { "senderType", "staff" },
                        { "senderId", senderId }, { "senderName", name } } } } } };
}

QString stateOf(const QList<QVariant> &signal)
{
    return signal.first().toJsonObject().value("payload").toObject().value("state").toString();
}
QJsonValue conversationOf(const QList<QVariant> &signal)
{
    return signal.first().toJsonObject().value("payload").toObject().value("conversationId");
}
} // namespace

class TestPresence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tellsTheHubWhatTheDeskDoes()
    {
        LiveFeed feed;
        Presence presence(&feed);
        QSignalSpy out(&presence, &Presence::outgoing);
        presence.setOwnUserId("me");

        presence.setConversation("c1");
        QCOMPARE(out.size(), 1);
        QCOMPARE(stateOf(out.at(0)), QStringLiteral("viewing"));
        QCOMPARE(conversationOf(out.at(0)).toString(), QStringLiteral("c1"));
        presence.setConversation("c1"); // the same one again: nothing to say
        QCOMPARE(out.size(), 1);

        presence.replyTextChanged("H");
        QCOMPARE(out.size(), 2);
        QCOMPARE(stateOf(out.at(1)), QStringLiteral("typing"));
        // More keys within the renewal interval: no more frames.
        presence.replyTextChanged("He");
        presence.replyTextChanged("Hel");
        QCOMPARE(out.size(), 2);
        // The box is cleared (or the reply sent): idle, once.
        presence.replyTextChanged("");
        QCOMPARE(out.size(), 3);
        QCOMPARE(stateOf(out.at(2)), QStringLiteral("idle"));
        presence.replyTextChanged("  ");
        QCOMPARE(out.size(), 3);
        // Typing starts again at once after idle.
        presence.replyTextChanged("Hi");
        QCOMPARE(out.size(), 4);
        QCOMPARE(stateOf(out.at(3)), QStringLiteral("typing"));

        // Closing the conversation: viewing nothing.
        presence.setConversation({});
        QCOMPARE(out.size(), 5);
        QCOMPARE(stateOf(out.at(4)), QStringLiteral("viewing"));
        QVERIFY(conversationOf(out.at(4)).isNull());
        // Typing with no conversation open says nothing.
        presence.replyTextChanged("x");
        QCOMPARE(out.size(), 5);
    }

    void saysItAgainAfterAReconnect()
    {
        LiveFeed feed;
        Presence presence(&feed);
        presence.setConversation("c1");
        QSignalSpy out(&presence, &Presence::outgoing);
        feed.handleFrame({ { "type", "connected" }, { "seq", 3 },
            { "payload", QJsonObject { { "seq", 3 }, { "userId", "me" } } } });
        QCOMPARE(out.size(), 1);
        QCOMPARE(stateOf(out.at(0)), QStringLiteral("viewing"));
        QCOMPARE(conversationOf(out.at(0)).toString(), QStringLiteral("c1"));
    }

    void showsWhoElseIsThere()
    {
        LiveFeed feed;
        Presence presence(&feed);
        QSignalSpy changed(&presence, &Presence::changed);
        presence.setOwnUserId("me");
        presence.setConversation("c1");

        // The snapshot of a new socket: Ana types in c1, this desk's own user is left out.
        feed.handleFrame(
            presenceEvent(true, "c1", { person("ana", "Ana Front"), person("me", "Me Myself") },
                { person("ana", "Ana Front") }));
        QVERIFY(changed.size() > 0);
        QCOMPARE(presence.typing(), QStringList { "Ana Front" });
        QCOMPARE(presence.viewing(), QStringList {});
        QCOMPARE(presence.otherReplier(), QStringLiteral("Ana Front"));
        QCOMPARE(presence.viewersOf("c1"), QStringList { "Ana Front" });

        // Ana stops typing, Sam looks in.
        feed.handleFrame(presenceEvent(
            false, "c1", { person("ana", "Ana Front"), person("sam", "Sam Staff") }, {}));
        QCOMPARE(presence.typing(), QStringList {});
        QCOMPARE(presence.viewing(), (QStringList { "Ana Front", "Sam Staff" }));
        QCOMPARE(presence.otherReplier(), QString());

        // Someone in another conversation changes nothing here; a snapshot replaces all.
        feed.handleFrame(
            presenceEvent(false, "c2", { person("bo", "Bo") }, { person("bo", "Bo") }));
        QCOMPARE(presence.viewersOf("c2"), QStringList { "Bo" });
        QCOMPARE(presence.typing(), QStringList {});
        feed.handleFrame(presenceEvent(true, "c2", {}, {}));
        QVERIFY(presence.viewersOf("c1").isEmpty());
        QVERIFY(presence.viewersOf("c2").isEmpty());
        QVERIFY(presence.viewing().isEmpty());
    }

    void aColleaguesRecentReplyCounts()
    {
        LiveFeed feed;
        Presence presence(&feed);
        presence.setOwnUserId("me");
        presence.setConversation("c1");
        feed.handleFrame(staffMessage("c1", "me", "Me Myself"));
        QCOMPARE(presence.otherReplier(), QString()); // our own reply is no warning
        feed.handleFrame(staffMessage("c2", "ana", "Ana Front"));
        QCOMPARE(presence.otherReplier(), QString()); // another conversation
        feed.handleFrame(staffMessage("c1", "ana", "Ana Front"));
        QCOMPARE(presence.otherReplier(), QStringLiteral("Ana Front"));
    }

    void guestTypingInTheOpenConversation()
    {
        LiveFeed feed;
        Presence presence(&feed);
        presence.setConversation("c1");
        auto typing = [](const QString &conversationId, bool on) {
            return QJsonObject { { "type", "typing" },
                { "payload",
                    QJsonObject { { "conversationId", conversationId }, { "channel", "webchat" },
                        { "who", "guest" }, { "on", on } } } };
        };
        feed.handleFrame(typing("c2", true));
        QVERIFY(!presence.guestTyping());
        feed.handleFrame(typing("c1", true));
        QVERIFY(presence.guestTyping());
        feed.handleFrame(typing("c1", false));
        QVERIFY(!presence.guestTyping());
        feed.handleFrame(typing("c1", true));
        // The guest's message arrives: they are done typing.
        feed.handleFrame({ { "type", "conversation:message" },
            { "payload",
                QJsonObject { { "conversationId", "c1" },
                    { "message", QJsonObject { { "id", "g1" }, { "senderType", "guest" } } } } } });
        QVERIFY(!presence.guestTyping());
        // Another conversation opened: the old guest's typing is not carried over.
        feed.handleFrame(typing("c1", true));
        presence.setConversation("c2");
        QVERIFY(!presence.guestTyping());
    }

    void forgetsOthersWhenTheFeedDrops()
    {
        LiveFeed feed;
        Presence presence(&feed);
        presence.setOwnUserId("me");
        presence.setConversation("c1");
        feed.handleFrame(
            { { "type", "connected" }, { "seq", 1 }, { "payload", QJsonObject { { "seq", 1 } } } });
        feed.handleFrame(presenceEvent(false, "c1", { person("ana", "Ana Front") }, {}));
        QCOMPARE(presence.viewing(), QStringList { "Ana Front" });
        feed.stop();
        QVERIFY(presence.viewing().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPresence)
#include "tst_presence.moc"
