#include "livefeed.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using jack::desk::LiveFeed;

namespace {
QJsonObject frame(const char *type, qint64 seq, const QJsonObject &payload = {})
{
    QJsonObject result { { "type", QString::fromLatin1(type) }, { "payload", payload } };
    if (seq >= 0)
        result.insert(QStringLiteral("seq"), seq);
    return result;
}

QString text(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

class TestLiveFeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appliesEachChangeOnceInOrder()
    {
        LiveFeed feed;
        QSignalSpy changes(&feed, &LiveFeed::changeReceived);
        QSignalSpy first(&feed, &LiveFeed::firstConnected);
        feed.handleFrame(frame("connected", -1, { { "seq", 10 } }));
        QCOMPARE(feed.lastSeq(), 10);
        QCOMPARE(first.count(), 1);
        QVERIFY(feed.connected());

        feed.handleFrame(frame("conversation:updated", 11, { { "id", "c1" } }));
        feed.handleFrame(frame("conversation:updated", 11, { { "id", "c1" } })); // repeat
        feed.handleFrame(frame("task:created", 9, { { "id", "t1" } })); // before our position
        feed.handleFrame(frame("task:created", 12, { { "id", "t2" } }));
        feed.handleFrame(frame("pong", -1));
        QCOMPARE(changes.count(), 2);
        QCOMPARE(changes.at(0).at(0).toString(), QStringLiteral("conversation:updated"));
        QCOMPARE(changes.at(1).at(1).toJsonObject().value("id").toString(), QStringLiteral("t2"));
        QCOMPARE(feed.lastSeq(), 12);
    }

    void resyncAsksForAReload()
    {
        LiveFeed feed;
        QSignalSpy resync(&feed, &LiveFeed::resyncRequired);
        feed.handleFrame(frame("connected", -1, { { "seq", 40 } }));
        feed.handleFrame(frame("resync", -1));
        QCOMPARE(resync.count(), 1);
        QCOMPARE(feed.lastSeq(), 40);
    }

    void backoffGrowsAndCaps()
    {
        QCOMPARE(LiveFeed::backoffMs(0), 1000);
        QCOMPARE(LiveFeed::backoffMs(1), 2000);
        QCOMPARE(LiveFeed::backoffMs(4), 16000);
        QCOMPARE(LiveFeed::backoffMs(9), 30000);
    }

    // Over a real socket: the feed resumes from the last change it applied after a drop, and
    // shows "reconnecting" meanwhile.
    void resumesFromLastSeqAfterADrop()
    {
        QWebSocketServer server(QStringLiteral("fake hub"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QList<QWebSocket *> sockets;
        QStringList received;
        QStringList tokens;
        int connectedSeq = 5;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            QWebSocket *socket = server.nextPendingConnection();
            tokens << socket->requestUrl().query();
            sockets << socket;
            connect(socket, &QWebSocket::textMessageReceived, this,
                [&received](const QString &message) { received << message; });
            socket->sendTextMessage(text(frame("connected", -1, { { "seq", connectedSeq } })));
        });

        LiveFeed feed;
        int attempt = 0;
        feed.start([&] {
            ++attempt;
            return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws?token=tok%2")
                            .arg(server.serverPort())
                            .arg(attempt));
        });
        QTRY_VERIFY(feed.connected());
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(received.first().toUtf8()).object(),
            QJsonObject({ { "type", "resume" }, { "payload", QJsonObject { { "since", 5 } } } }));

        QSignalSpy changes(&feed, &LiveFeed::changeReceived);
        sockets.first()->sendTextMessage(text(frame("task:created", 6, { { "id", "t1" } })));
        QTRY_COMPARE(changes.count(), 1);

        // The hub goes away; the desk says so and comes back on its own.
        connectedSeq = 9;
        sockets.first()->close();
        QTRY_VERIFY(!feed.connected());
        QVERIFY(feed.reconnecting());
        QTRY_VERIFY_WITH_TIMEOUT(feed.connected(), 5000);
        QVERIFY(!feed.reconnecting());
        QTRY_COMPARE(received.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(received.at(1).toUtf8()).object(),
            QJsonObject({ { "type", "resume" }, { "payload", QJsonObject { { "since", 6 } } } }));
        // Every attempt asks for the URL again, so a refreshed token is used.
        QCOMPARE(tokens, QStringList({ "token=tok1", "token=tok2" }));
        feed.stop();
        QVERIFY(!feed.reconnecting());
    }
};

QTEST_GUILESS_MAIN(TestLiveFeed)
#include "tst_livefeed.moc"
