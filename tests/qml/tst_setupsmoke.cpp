// The desk on a hub that has no account yet, offscreen: the window shows the first-run wizard
// instead of the sign-in, the clerk fills in the hotel and the admin account through the UI,
// keeps the offline AI, turns the web chat on, skips the knowledge import and lands signed in
// on the desk. The hub then refuses a second setup. Fails on any QML warning.
#include "dashboard.h"
#include "desk.h"
#include "deskplugins.h"
#include "qmlwarningguard.h"
#include "runtime/hub.h"
#include "setupwizard.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace jack;

namespace {
void collect(QQuickItem *item, QList<QQuickItem *> &items)
{
    items.append(item);
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, items);
}
} // namespace

class TestSetupSmoke : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<runtime::Hub> m_hub;
    std::unique_ptr<desk::Desk> m_desk;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QNetworkAccessManager m_network;

    QQuickItem *findItem(const QString &objectName) const
    {
        if (!m_window)
            return nullptr;
        QList<QQuickItem *> items;
        collect(m_window->contentItem(), items);
        for (QQuickItem *item : items) {
            if (item->objectName() == objectName && item->isVisible())
                return item;
        }
        return nullptr;
    }
    bool showsText(const QString &text) const
    {
        if (!m_window)
            return false;
        desk::renderOnce(m_window);
        QList<QQuickItem *> items;
        collect(m_window->contentItem(), items);
        for (QQuickItem *item : items) {
            if (item->isVisible() && item->inherits("QQuickText")
                && item->property("text").toString() == text)
                return true;
        }
        return false;
    }
    void type(const QString &field, const QString &text)
    {
        QQuickItem *item = findItem(field);
        QVERIFY2(item, qPrintable(field));
        item->setProperty("text", text);
    }
    void click(const QString &button)
    {
        QVERIFY(desk::renderOnce(m_window));
        QQuickItem *item = findItem(button);
        QVERIFY2(item, qPrintable(button));
        QVERIFY2(item->isEnabled(), qPrintable(button));
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
    }
    QJsonObject getJson(const QString &path, int *status)
    {
        QNetworkReply *reply = m_network.get(QNetworkRequest(m_hub->url().resolved(QUrl(path))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json;
    }
    desk::SetupWizard *wizard() const
    {
        desk::SetupWizard *found = desk::findSetupWizard(m_window);
        if (!found)
            qFatal("the window has no setup wizard");
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hub = std::make_unique<runtime::Hub>(
            runtime::HubOptions { m_dir.path(), QHostAddress::LocalHost, 0, false });
        QString error;
        QVERIFY2(m_hub->start(&error), qPrintable(error));
    }

    void emptyHubShowsTheWizardNotTheSignIn()
    {
        m_desk = std::make_unique<desk::Desk>(nullptr);
        m_desk->setHubUrl(m_hub->url());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        QString error;
        m_window = desk::loadDashboard(*m_engine, &error);
        QVERIFY2(m_window, qPrintable(error));
        m_window->resize(1366, 768);
        QVERIFY(wizard());
        QTRY_VERIFY_WITH_TIMEOUT(wizard()->checked(), 10000);
        QVERIFY(wizard()->active());
        QTRY_VERIFY((desk::renderOnce(m_window), findItem(QStringLiteral("setupPage"))));
        QVERIFY(!findItem(QStringLiteral("loginPage")));
        QVERIFY(showsText(QStringLiteral("Set up Jack The Butler")));
    }

    void hotelStepNeedsAName()
    {
        type(QStringLiteral("setupHotelName"), QString());
        click(QStringLiteral("setupHotelNext"));
        QTRY_COMPARE(wizard()->errorField(), QStringLiteral("hotel.name"));
        QVERIFY(showsText(QStringLiteral("Enter the hotel's name.")));
        QCOMPARE(wizard()->step(), desk::SetupWizard::Hotel);

        type(QStringLiteral("setupHotelName"), QStringLiteral("Harbour View"));
        click(QStringLiteral("setupHotelNext"));
        QTRY_COMPARE(wizard()->step(), desk::SetupWizard::Admin);
    }

    void weakPasswordIsRefusedInPlainWords()
    {
        type(QStringLiteral("setupAdminName"), QStringLiteral("Ana Pereira"));
        type(QStringLiteral("setupAdminEmail"), QStringLiteral("ana@harbourview.example"));
        type(QStringLiteral("setupAdminPassword"), QStringLiteral("short"));
        type(QStringLiteral("setupAdminConfirm"), QStringLiteral("short"));
        click(QStringLiteral("setupCreateAdmin"));
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->errorField(), QStringLiteral("admin.password"), 10000);
        QVERIFY(wizard()->error().contains(QStringLiteral("at least 10 characters")));
        QCOMPARE(wizard()->step(), desk::SetupWizard::Admin);
        QVERIFY(!m_desk->session()->loggedIn());
        int status = 0;
        QCOMPARE(getJson(QStringLiteral("/api/v1/setup"), &status).value("needed").toBool(), true);
    }

    void adminIsCreatedAndSignedIn()
    {
        type(QStringLiteral("setupAdminPassword"), QStringLiteral("sea-breeze-at-412"));
        type(QStringLiteral("setupAdminConfirm"), QStringLiteral("sea-breeze-at-412"));
        click(QStringLiteral("setupCreateAdmin"));
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->step(), desk::SetupWizard::Ai, 15000);
        QVERIFY(m_desk->session()->loggedIn());
        QCOMPARE(m_desk->session()->role(), QStringLiteral("admin"));
        QCOMPARE(m_desk->session()->userName(), QStringLiteral("Ana Pereira"));
        // Still the wizard, not the desk, until it is finished.
        QVERIFY(findItem(QStringLiteral("setupPage")));
        int status = 0;
        QCOMPARE(getJson(QStringLiteral("/api/v1/setup"), &status).value("needed").toBool(), false);
    }

    void offlineAiAndWebChat()
    {
        click(QStringLiteral("setupAiNext")); // offline is chosen by default
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->step(), desk::SetupWizard::Channels, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard()->channels().isEmpty(), 10000);
        wizard()->setChannelEnabled(QStringLiteral("webchat"), true);
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                for (const QVariant &c : wizard()->channels()) {
                    const QVariantMap channel = c.toMap();
                    if (channel.value("id") == QLatin1String("webchat"))
                        return channel.value("enabled").toBool();
                }
                return false;
            }(),
            10000);
        click(QStringLiteral("setupChannelsNext"));
        QTRY_COMPARE(wizard()->step(), desk::SetupWizard::Knowledge);
        wizard()->skipKnowledge();
        QTRY_COMPARE(wizard()->step(), desk::SetupWizard::Done);
        QVERIFY(showsText(QStringLiteral("Jack is ready for Harbour View")));
    }

    void finishingLandsOnTheDeskSignedIn()
    {
        click(QStringLiteral("setupFinish"));
        QTRY_VERIFY(!wizard()->active());
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->ready(), 20000);
        QTRY_VERIFY((desk::renderOnce(m_window), findItem(QStringLiteral("deskShell"))));
        QVERIFY(!findItem(QStringLiteral("loginPage")));
        QCOMPARE(m_desk->view(), QStringLiteral("inbox"));
    }

    void noQmlWarnings()
    {
        const QStringList warnings = desk::QmlWarningGuard::warnings();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_desk.reset();
        if (m_hub)
            m_hub->stop();
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    desk::QmlWarningGuard warningGuard;
    QApplication app(argc, argv);
    desk::prepareQuickStyle();
    TestSetupSmoke test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_setupsmoke.moc"
