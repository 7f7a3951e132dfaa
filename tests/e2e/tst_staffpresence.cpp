// Presence on the staff WebSocket: two desks of two members of staff against a real hub.
// Who views and who types reaches every desk as an ephemeral `presence` event; typing lapses
// without renewal; a closed socket takes its presence with it; a new desk gets the current
// state; a malformed `presence` frame gets an `error` and changes nothing.
#include "e2esupport.h"
#include "jackserverprocess.h"
#include "stafffeedclient.h"

#include <QJsonArray>
#include <QTest>

namespace {

constexpr int FrameDeadline = 10000;
// The hub's typing lapse for this suite ($JACK_PRESENCE_TYPING_MS), short to keep it fast.
constexpr int TypingExpiryMs = 600;

QString frameType(const QJsonObject &frame)
{
    return frame.value("type").toString();
}

QStringList names(const QJsonArray &people)
{
    QStringList result;
    for (const QJsonValue &person : people)
        result.append(person.toObject().value("name").toString());
    return result;
}

//! The conversation's entry in a presence event, or an empty object.
QJsonObject entryOf(const QJsonObject &frame, const QString &conversationId)
{
    if (frameType(frame) != QLatin1String("presence"))
        return {};
    for (const QJsonValue &value :
        frame.value("payload").toObject().value("conversations").toArray()) {
        if (value.toObject().value("conversationId").toString() == conversationId)
            return value.toObject();
    }
    return {};
}

//! A presence event saying exactly who views and who types in the conversation.
StaffFeedClient::FramePredicate presenceIs(
    const QString &conversationId, const QStringList &viewing, const QStringList &typing)
{
    return [=](const QJsonObject &frame) {
        const QJsonObject entry = entryOf(frame, conversationId);
        return !entry.isEmpty() && names(entry.value("viewing").toArray()) == viewing
            && names(entry.value("typing").toArray()) == typing;
    };
}

StaffFeedClient::FramePredicate errorFrame(const QString &code, const QString &field)
{
    return [=](const QJsonObject &frame) {
        const QJsonObject payload = frame.value("payload").toObject();
        return frameType(frame) == QLatin1String("error")
            && payload.value("code").toString() == code
            && payload.value("details").toObject().value("field").toString() == field;
    };
}

QJsonObject presenceFrame(const QJsonValue &conversationId, const QString &state)
{
    return { { "type", "presence" },
        { "payload", QJsonObject { { "conversationId", conversationId }, { "state", state } } } };
}

} // namespace

class TestStaffPresence : public QObject {
    Q_OBJECT

private:
    JackServerProcess m_hub;
    QByteArray m_anaToken;
    QString m_first;
    QString m_second;
    const QString m_admin = QStringLiteral("Ada Admin");
    const QString m_ana = QStringLiteral("Ana Front");

    QUrl anaUrl() const
    {
        QUrl url = m_hub.webSocketUrl();
        url.setQuery(QStringLiteral("token=") + QString::fromUtf8(m_anaToken));
        return url;
    }
    //! Opens a desk and waits for its greeting and its presence snapshot.
    static bool connectDesk(StaffFeedClient &desk, const QUrl &url)
    {
        desk.open(url);
        return desk.waitForConnected(FrameDeadline)
            && desk.waitFor(
                [](const QJsonObject &frame) {
                    return frameType(frame) == QLatin1String("presence")
                        && frame.value("payload").toObject().value("snapshot").toBool();
                },
                FrameDeadline);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("JACK_PRESENCE_TYPING_MS", QByteArray::number(TypingExpiryMs));
        m_hub.setDemo(true);
        QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
        QVERIFY(m_hub.createUser(QStringLiteral("ana@harbourview.test"),
            QStringLiteral("ana-password-123456"), m_ana, QStringLiteral("staff")));
        const HttpReply login = m_hub.anonymous().post(QStringLiteral("/api/v1/auth/login"),
            { { "email", "ana@harbourview.test" }, { "password", "ana-password-123456" } });
        QCOMPARE(login.status, 200);
        m_anaToken = login.object().value("accessToken").toString().toUtf8();
        const QJsonArray conversations = E2e::conversations(m_hub.api());
        QVERIFY(conversations.size() >= 2);
        m_first = conversations.at(0).toObject().value("id").toString();
        m_second = conversations.at(1).toObject().value("id").toString();
    }

    void cleanupTestCase() { QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString())); }

    void viewingTypingExpiryAndDisconnect()
    {
        StaffFeedClient admin;
        StaffFeedClient ana;
        QVERIFY2(connectDesk(admin, m_hub.webSocketUrl()), qPrintable(admin.errorString()));
        QVERIFY2(connectDesk(ana, anaUrl()), qPrintable(ana.errorString()));
        // Nobody views anything yet: the snapshot is empty and has no seq.
        const QJsonObject snapshot = admin.framesOfType("presence").first();
        QVERIFY(snapshot.value("payload").toObject().value("conversations").toArray().isEmpty());
        QVERIFY(!snapshot.contains("seq"));

        // Ana opens the first conversation: both desks hear it.
        ana.sendJson(presenceFrame(m_first, "viewing"));
        QVERIFY(admin.waitFor(presenceIs(m_first, { m_ana }, {}), FrameDeadline));
        QVERIFY(ana.waitFor(presenceIs(m_first, { m_ana }, {}), FrameDeadline));

        // The admin opens it too; then Ana types.
        admin.sendJson(presenceFrame(m_first, "viewing"));
        QVERIFY(ana.waitFor(presenceIs(m_first, { m_admin, m_ana }, {}), FrameDeadline));
        admin.clearFrames();
        ana.sendJson(presenceFrame(m_first, "typing"));
        QVERIFY(admin.waitFor(presenceIs(m_first, { m_admin, m_ana }, { m_ana }), FrameDeadline));
        // Presence is ephemeral: never in the change feed.
        for (const QJsonObject &frame : admin.framesOfType("presence"))
            QVERIFY2(!frame.contains("seq"), E2e::compact(frame).constData());

        // Not renewed: Ana's typing lapses by itself, she still views.
        QVERIFY(admin.waitFor(presenceIs(m_first, { m_admin, m_ana }, {}), FrameDeadline));

        // Typing, then `idle` (reply sent or cleared) ends it at once.
        admin.clearFrames();
        ana.sendJson(presenceFrame(m_first, "typing"));
        QVERIFY(admin.waitFor(presenceIs(m_first, { m_admin, m_ana }, { m_ana }), FrameDeadline));
        admin.clearFrames();
        ana.sendJson(presenceFrame(m_first, "idle"));
        QVERIFY(admin.waitFor(presenceIs(m_first, { m_admin, m_ana }, {}), FrameDeadline));

        // A desk views one conversation: moving on leaves the first one in the same event.
        admin.clearFrames();
        ana.sendJson(presenceFrame(m_second, "viewing"));
        QVERIFY(admin.waitFor(
            [this](const QJsonObject &frame) {
                return presenceIs(m_first, { m_admin }, {})(frame)
                    && presenceIs(m_second, { m_ana }, {})(frame);
            },
            FrameDeadline));

        // A desk that connects now gets who is where.
        StaffFeedClient third;
        QVERIFY(connectDesk(third, m_hub.webSocketUrl()));
        QVERIFY(third.find(presenceIs(m_first, { m_admin }, {})).contains("payload"));
        QVERIFY(third.find(presenceIs(m_second, { m_ana }, {})).contains("payload"));
        third.close();

        // Ana's desk goes away: her presence goes with it, the others are told.
        admin.clearFrames();
        ana.sendJson(presenceFrame(m_second, "typing"));
        QVERIFY(admin.waitFor(presenceIs(m_second, { m_ana }, { m_ana }), FrameDeadline));
        ana.close();
        QVERIFY(admin.waitFor(presenceIs(m_second, {}, {}), FrameDeadline));

        // Closing the conversation (conversationId null) leaves it empty.
        admin.clearFrames();
        admin.sendJson(presenceFrame(QJsonValue::Null, "viewing"));
        QVERIFY(admin.waitFor(presenceIs(m_first, {}, {}), FrameDeadline));
        admin.close();
    }

    void badFramesAreRefusedAndChangeNothing()
    {
        StaffFeedClient admin;
        StaffFeedClient ana;
        QVERIFY(connectDesk(admin, m_hub.webSocketUrl()));
        QVERIFY(connectDesk(ana, anaUrl()));
        ana.sendJson(presenceFrame(m_first, "viewing"));
        QVERIFY(admin.waitFor(presenceIs(m_first, { m_ana }, {}), FrameDeadline));
        admin.clearFrames();

        ana.sendJson(presenceFrame(m_first, "dancing"));
        QVERIFY(ana.waitFor(errorFrame("VALIDATION_ERROR", "state"), FrameDeadline));
        ana.sendJson(presenceFrame(QStringLiteral("no-such-conversation"), "typing"));
        QVERIFY(ana.waitFor(errorFrame("NOT_FOUND", "conversationId"), FrameDeadline));
        ana.sendJson(presenceFrame(QJsonValue::Null, "typing"));
        QVERIFY(ana.waitFor(errorFrame("VALIDATION_ERROR", "conversationId"), FrameDeadline));
        ana.sendJson(presenceFrame(42, "viewing"));
        ana.sendJson({ { "type", "presence" }, { "payload", "typing" } });
        QTRY_COMPARE_WITH_TIMEOUT(ana.framesOfType("error").size(), 5, FrameDeadline);

        // The socket is still open and Ana still views the first conversation: the next real
        // change is the first presence event the admin hears, nothing came before it.
        QVERIFY(ana.isOpen());
        ana.sendJson(presenceFrame(m_first, "typing"));
        QVERIFY(admin.waitFor(presenceIs(m_first, { m_ana }, { m_ana }), FrameDeadline));
        const QList<QJsonObject> heard = admin.framesOfType("presence");
        QCOMPARE(heard.size(), 1);
        ana.ping();
        QVERIFY(ana.waitFor(
            [](const QJsonObject &frame) { return frameType(frame) == QLatin1String("pong"); },
            FrameDeadline));
        ana.close();
        admin.close();
    }
};

QTEST_GUILESS_MAIN(TestStaffPresence)
#include "tst_staffpresence.moc"
