// The staff WebSocket: a desk that reconnects and resumes from its last sequence number
// misses nothing, across a dropped socket and across a hub restart.
#include "e2esupport.h"
#include "fakegraphapi.h"
#include "jackserverprocess.h"
#include "stafffeedclient.h"
#include "whatsapppayloads.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace WhatsAppPayloads;

namespace {

constexpr int ReplyDeadline = 20000;
constexpr int FrameDeadline = 10000;

QString frameType(const QJsonObject &frame)
{
    return frame.value("type").toString();
}

//! A conversation:message frame carrying the message with this channel id.
StaffFeedClient::FramePredicate messageFrame(const QString &channelMessageId)
{
    return [channelMessageId](const QJsonObject &frame) {
        return frameType(frame) == QLatin1String("conversation:message")
            && frame.value("payload")
                   .toObject()
                   .value("message")
                   .toObject()
                   .value("channelMessageId")
                   .toString()
            == channelMessageId;
    };
}

} // namespace

class TestFeedResume : public QObject {
    Q_OBJECT

private:
    WhatsAppAccount m_account;
    FakeGraphApi m_graph { m_account };
    JackServerProcess m_hub;

    HttpReply guestSays(const QString &phone, const QString &wamid, const QString &text)
    {
        return m_hub.postSignedWhatsAppWebhook(
            m_account, inboundText(m_account, phone, QStringLiteral("Olga Ivanova"), wamid, text));
    }

    //! Checks what a resumed desk got: only changes after `since`, in strictly increasing
    //! order, each with a payload object.
    static QByteArray checkBacklog(const QList<QJsonObject> &changes, qint64 since)
    {
        qint64 previous = since;
        for (const QJsonObject &change : changes) {
            const qint64 seq = change.value("seq").toInteger(-1);
            if (seq <= previous)
                return "seq " + QByteArray::number(seq) + " after " + QByteArray::number(previous)
                    + ": " + E2e::compact(change);
            if (!change.value("payload").isObject())
                return "change without payload: " + E2e::compact(change);
            previous = seq;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QByteArray why;
        QVERIFY2(E2e::startHubWithWhatsApp(m_hub, m_graph, &why), why.constData());
    }

    void cleanupTestCase() { QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString())); }

    void pingIsAnswered()
    {
        StaffFeedClient desk;
        desk.open(m_hub.webSocketUrl());
        QVERIFY2(desk.waitForConnected(), qPrintable(desk.errorString()));
        desk.ping();
        QVERIFY(desk.waitFor(
            [](const QJsonObject &frame) { return frameType(frame) == QLatin1String("pong"); },
            FrameDeadline));
        desk.close();
    }

    void badTokenGetsNoFeed()
    {
        QUrl url = m_hub.webSocketUrl();
        url.setQuery(QStringLiteral("token=not-a-token"));
        StaffFeedClient intruder;
        QSignalSpy closed(&intruder, &StaffFeedClient::closed);
        intruder.open(url);
        // Either the upgrade is refused (401) or the socket is closed with 1008 at once.
        QTRY_VERIFY_WITH_TIMEOUT(
            !intruder.isOpen() && (closed.count() > 0 || !intruder.errorString().isEmpty()),
            FrameDeadline);
        QVERIFY(intruder.framesOfType("connected").isEmpty());
        QVERIFY(intruder.changes().isEmpty());
    }

    void resumeAfterReconnectDeliversMissedChanges()
    {
        StaffFeedClient desk;
        desk.open(m_hub.webSocketUrl());
        QVERIFY2(desk.waitForConnected(), qPrintable(desk.errorString()));
        const qint64 since = desk.connectedSeq();
        QVERIFY(since >= 0);
        desk.close();

        // While the desk is away: a new guest writes and the AI answers.
        const QString phone = E2e::newGuestPhone();
        const QString wamid = newWamid();
        QCOMPARE(guestSays(phone, wamid, QStringLiteral("What is the wifi password?")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!m_graph.acceptedSendsTo(phone).isEmpty(), ReplyDeadline);
        const QString replyWamid = m_graph.acceptedSendsTo(phone).first().wamid;
        // The reply's "sent" mark is committed after the Graph API answered.
        QTRY_COMPARE_WITH_TIMEOUT(E2e::messageByChannelId(m_hub.api(), phone, replyWamid)
                                      .value("deliveryStatus")
                                      .toString(),
            QStringLiteral("sent"), FrameDeadline);
        const QString conversationId = E2e::conversationIdOfGuest(m_hub.api(), phone);

        desk.clearFrames();
        desk.open(m_hub.webSocketUrl());
        QVERIFY2(desk.waitForConnected(), qPrintable(desk.errorString()));
        const qint64 latest = desk.connectedSeq();
        QVERIFY2(latest > since, qPrintable(QStringLiteral("seq %1 -> %2").arg(since).arg(latest)));
        desk.resume(since);

        QVERIFY2(desk.waitFor(messageFrame(wamid), FrameDeadline),
            "the guest's message was not in the backlog");
        // The reply was announced when written (before it had a wamid): match it by id.
        const QString replyId
            = E2e::messageByChannelId(m_hub.api(), phone, replyWamid).value("id").toString();
        QVERIFY(!replyId.isEmpty());
        QVERIFY2(desk.waitFor(
                     [&](const QJsonObject &frame) {
                         return frameType(frame) == QLatin1String("conversation:message")
                             && frame.value("payload")
                                    .toObject()
                                    .value("message")
                                    .toObject()
                                    .value("id")
                                    .toString()
                             == replyId;
                     },
                     FrameDeadline),
            "the AI reply was not in the backlog");
        // Its delivery ("sent", with the wamid) was announced while the desk was away too.
        QVERIFY2(desk.waitFor(
                     [&](const QJsonObject &frame) {
                         return frameType(frame) == QLatin1String("message:status")
                             && E2e::compact(frame).contains(replyId.toUtf8());
                     },
                     FrameDeadline),
            "the reply's message:status change was not in the backlog");
        QVERIFY(desk.waitFor(
            [&](const QJsonObject &frame) {
                return frameType(frame) == QLatin1String("conversation:created")
                    && E2e::compact(frame).contains(conversationId.toUtf8());
            },
            FrameDeadline));
        // Everything up to `latest` arrives; nothing from before `since`, nothing twice.
        QTRY_VERIFY_WITH_TIMEOUT(
            !desk.changes().isEmpty() && desk.changes().last().value("seq").toInteger() >= latest,
            FrameDeadline);
        const QByteArray problem = checkBacklog(desk.changes(), since);
        QVERIFY2(problem.isEmpty(), problem.constData());

        // Then live changes follow on the same socket.
        const QString live = newWamid();
        QCOMPARE(guestSays(phone, live, QStringLiteral("Thank you!")).status, 200);
        QVERIFY2(desk.waitFor(messageFrame(live), FrameDeadline), "no live change after resume");
        const QByteArray after = checkBacklog(desk.changes(), since);
        QVERIFY2(after.isEmpty(), after.constData());
        desk.close();
    }

    void resumeAcrossHubRestart()
    {
        StaffFeedClient desk;
        desk.open(m_hub.webSocketUrl());
        QVERIFY2(desk.waitForConnected(), qPrintable(desk.errorString()));
        const qint64 since = desk.connectedSeq();
        desk.close();

        const QString phone = E2e::newGuestPhone();
        const QString wamid = newWamid();
        QCOMPARE(guestSays(phone, wamid, QStringLiteral("Do you have parking?")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            !E2e::messageByChannelId(m_hub.api(), phone, wamid).isEmpty(), FrameDeadline);

        // The feed is durable: a restarted hub still knows what happened after `since`.
        QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString()));
        QVERIFY2(m_hub.restart(), qPrintable(m_hub.errorString()));

        desk.clearFrames();
        desk.open(m_hub.webSocketUrl());
        QVERIFY2(desk.waitForConnected(), qPrintable(desk.errorString()));
        QVERIFY(desk.connectedSeq() > since);
        desk.resume(since);
        QVERIFY2(desk.waitFor(messageFrame(wamid), FrameDeadline),
            "a change from before the restart was lost");
        const QByteArray problem = checkBacklog(desk.changes(), since);
        QVERIFY2(problem.isEmpty(), problem.constData());
        desk.close();
    }
};

QTEST_GUILESS_MAIN(TestFeedResume)
#include "tst_feedresume.moc"
