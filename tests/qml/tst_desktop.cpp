// The desk on the desktop: notifications reach a stand-in org.freedesktop.Notifications on a
// private session bus (ctest starts one with dbus-run-session) with the words the clerk reads,
// a click on one opens the conversation, and the tray's badge shows the count.
#include "alertwatch.h"
#include "conversationlistmodel.h"
#include "desk.h"
#include "desktopintegration.h"
#include "desktopnotifier.h"
#include "desktray.h"
#include "preferences.h"
#include "tasklistmodel.h"
#include "testdata.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>
#include <QtEndian>

using namespace jack::desk;

namespace {
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

//! What a notification daemon sees: every Notify call, answered with a fresh id.
class FakeNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call {
        QString appName;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &appName, uint, const QString &icon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        calls.append({ appName, icon, summary, body, actions, hints, timeout });
        return uint(100 + calls.size());
    }
    QStringList GetCapabilities() { return { QStringLiteral("body"), QStringLiteral("actions") }; }
};

class TestDesktop : public QObject {
    Q_OBJECT

private:
    QDBusConnection m_daemonBus { QStringLiteral("unset") };
    FakeNotifications m_daemon;

    static QJsonObject changed(const QString &id, const QJsonObject &fields, const QString &at)
    {
        QJsonObject conversation = fixtureItem(QStringLiteral("conversations.json"), id);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            conversation.insert(it.key(), it.value());
        conversation.insert(QStringLiteral("updatedAt"), at);
        return conversation;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no session bus: run under dbus-run-session (ctest does)");
        // The stand-in daemon on a connection of its own, so every call crosses the bus.
        m_daemonBus = QDBusConnection::connectToBus(
            QDBusConnection::SessionBus, QStringLiteral("fake-notifications"));
        QVERIFY(m_daemonBus.isConnected());
        QVERIFY(m_daemonBus.registerObject(path, &m_daemon, QDBusConnection::ExportAllSlots));
        QVERIFY2(
            m_daemonBus.registerService(service), qPrintable(m_daemonBus.lastError().message()));
    }

    void escalationsAndEmergenciesBecomeNotifications()
    {
        ConversationListModel conversations;
        TaskListModel tasks;
        AlertWatch watch(&conversations, &tasks, nullptr);
        DesktopNotifier notifier(QDBusConnection::sessionBus());
        connect(&watch, &AlertWatch::alertRaised, &notifier, &DesktopNotifier::notify);
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        conversations.reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        tasks.reset({});
        watch.check();
        QCOMPARE(m_daemon.calls.size(), 0); // what already waited is not news

        // Maria's towels turn into a complaint a person must answer.
        QVERIFY(conversations.upsert(changed(QStringLiteral("c-maria"),
            { { "state", "escalated" }, { "escalationReason", "guest asked for a manager" } },
            QStringLiteral("2026-03-15T15:00:00Z"))));
        QTRY_COMPARE(m_daemon.calls.size(), 1);
        const FakeNotifications::Call escalation = m_daemon.calls.at(0);
        QCOMPARE(escalation.summary, QStringLiteral("Maria Santos needs you"));
        QCOMPARE(escalation.body, QStringLiteral("Room 412 · guest asked for a manager"));
        QCOMPARE(
            escalation.actions, QStringList({ QStringLiteral("default"), QStringLiteral("Open") }));
        QCOMPARE(escalation.hints.value("urgency").toInt(), 1);
        QCOMPARE(escalation.timeout, -1);
        QTRY_COMPARE(shown.count(), 1);

        // Ana reports a fire: critical, and it stays on screen.
        QVERIFY(conversations.upsert(changed(QStringLiteral("c-new"),
            { { "state", "escalated" }, { "currentIntent", "emergency" },
                { "lastMessagePreview", "Fire in the corridor on floor 5!" } },
            QStringLiteral("2026-03-15T15:01:00Z"))));
        QTRY_COMPARE(m_daemon.calls.size(), 2);
        const FakeNotifications::Call emergency = m_daemon.calls.at(1);
        QCOMPARE(emergency.summary, QStringLiteral("Emergency: Ana Lima"));
        QCOMPARE(emergency.body, QStringLiteral("Room 501 · “Fire in the corridor on floor 5!”"));
        QCOMPARE(emergency.hints.value("urgency").toInt(), 2);
        QCOMPARE(emergency.timeout, 0);
        QCOMPARE(emergency.icon, QStringLiteral("dialog-warning"));
        QCOMPARE(emergency.appName, QStringLiteral("Jack The Butler"));
        QTRY_COMPARE(shown.count(), 2);

        // The clerk clicks the emergency's notification: the desk opens Ana's conversation.
        QSignalSpy open(&notifier, &DesktopNotifier::openRequested);
        QDBusMessage click
            = QDBusMessage::createSignal(path, service, QStringLiteral("ActionInvoked"));
        click << shown.at(1).at(0).toUInt() << QStringLiteral("default");
        QVERIFY(m_daemonBus.send(click));
        QTRY_COMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("c-new"));
    }

    void theDeskWindowIsWiredToTheDesktop()
    {
        Desk desk(nullptr);
        Preferences preferences(nullptr);
        QWindow window;
        window.resize(800, 600);
        DesktopIntegration integration(&desk, &preferences, &window, nullptr);
        desk.conversations()->reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        desk.tasks()->reset({});
        desk.alerts()->check();
        const int before = int(m_daemon.calls.size());

        QVERIFY(desk.conversations()->upsert(changed(QStringLiteral("c-maria"),
            { { "state", "escalated" }, { "currentIntent", "emergency" },
                { "lastMessagePreview", "Someone fainted in the lobby" } },
            QStringLiteral("2026-03-15T16:00:00Z"))));
        QTRY_COMPARE(int(m_daemon.calls.size()), before + 1);
        QCOMPARE(m_daemon.calls.constLast().summary, QStringLiteral("Emergency: Maria Santos"));
        QVERIFY(desk.alerts()->emergencyActive());

        // A click on the notification opens Maria's conversation in the inbox.
        desk.setView(QStringLiteral("tasks"));
        QDBusMessage click
            = QDBusMessage::createSignal(path, service, QStringLiteral("ActionInvoked"));
        click << uint(100 + m_daemon.calls.size()) << QStringLiteral("default");
        QVERIFY(m_daemonBus.send(click));
        QTRY_COMPARE(desk.currentConversationId(), QStringLiteral("c-maria"));
        QCOMPARE(desk.view(), QStringLiteral("inbox"));
        QVERIFY(window.isVisible());
        desk.alerts()->acknowledge();
    }

    void withoutADaemonNothingBreaks()
    {
        QVERIFY(m_daemonBus.unregisterService(service));
        DesktopNotifier notifier(QDBusConnection::sessionBus());
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QSignalSpy refused(&notifier, &DesktopNotifier::notShown);
        const int before = int(m_daemon.calls.size());
        notifier.notify({ Alert::Kind::Escalation, QStringLiteral("c-x"), QStringLiteral("x"),
            QStringLiteral("y") });
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(shown.count(), 0);
        QCOMPARE(int(m_daemon.calls.size()), before);
        QVERIFY(m_daemonBus.registerService(service));

        // No bus at all: the notifier stays quiet.
        DesktopNotifier offline(QDBusConnection(QStringLiteral("never-connected")));
        offline.notify({ Alert::Kind::Emergency, {}, QStringLiteral("x"), QStringLiteral("y") });
    }

    void theSoundsAreInTheProgram()
    {
        // The chime and the siren: short 16-bit mono WAVs, loud (near full scale).
        for (const char *name : { "alert.wav", "emergency.wav" }) {
            QFile file(QStringLiteral(":/jack/sounds/") + QLatin1String(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), name);
            const QByteArray wav = file.readAll();
            QVERIFY(wav.startsWith("RIFF") && wav.mid(8, 4) == "WAVE");
            const int rate = qFromLittleEndian<qint32>(wav.constData() + 24);
            const int bits = qFromLittleEndian<qint16>(wav.constData() + 34);
            QCOMPARE(bits, 16);
            const qsizetype samples = (wav.size() - 44) / 2;
            QVERIFY(samples > rate / 2); // at least half a second
            qint16 peak = 0;
            for (qsizetype i = 0; i < samples; ++i)
                peak = qMax<qint16>(
                    peak, qAbs(qFromLittleEndian<qint16>(wav.constData() + 44 + 2 * i)));
            QVERIFY2(peak > 30000, qPrintable(QString::number(peak)));
        }
    }

    void trayBadgeShowsTheCount()
    {
        const QImage plain = DeskTray::icon(0).pixmap(64, 64).toImage();
        const QImage three = DeskTray::icon(3).pixmap(64, 64).toImage();
        QCOMPARE(plain.size(), QSize(64, 64));
        // The badge sits top right: red there with a count, the blue tile without.
        const QColor corner = three.pixelColor(60, 18);
        QVERIFY2(corner.red() > 150 && corner.blue() < 90, qPrintable(corner.name()));
        const QColor tile = plain.pixelColor(60, 18);
        QVERIFY2(tile.blue() > 150 && tile.red() < 90, qPrintable(tile.name()));
        QVERIFY(three != DeskTray::icon(4).pixmap(64, 64).toImage());
        // Sharp on high-DPI screens: drawn at large sizes too, not scaled up.
        QVERIFY(DeskTray::icon(1).availableSizes().contains(QSize(256, 256)));
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Jack The Butler"));
    TestDesktop test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_desktop.moc"
