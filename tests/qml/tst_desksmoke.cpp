// The dashboard against a real embedded hub, offscreen: a guest writes on WhatsApp, the clerk
// signs in, sees the conversation in the inbox, opens it, reads the message, escalates and
// replies. Fails on any QML warning.
#include "dashboard.h"
#include "desk.h"
#include "deskplugins.h"
#include "livefeed.h"
#include "qmlwarningguard.h"
#include "runtime/hub.h"

#include <QGuiApplication>
#include <QMessageAuthenticationCode>
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
constexpr const char *guestText = "Can I get 2 more towels please?";
constexpr const char *appSecret = "s";

QByteArray whatsAppNotification()
{
    const QJsonObject value {
        { "messaging_product", "whatsapp" },
        { "metadata", QJsonObject { { "phone_number_id", "123" } } },
        { "contacts",
            QJsonArray { QJsonObject { { "profile", QJsonObject { { "name", "Maria Santos" } } },
                { "wa_id", "351912345678" } } } },
        { "messages",
            QJsonArray { QJsonObject { { "from", "351912345678" }, { "id", "wamid.TEST1" },
                { "timestamp", "1764400000" }, { "type", "text" },
                { "text", QJsonObject { { "body", guestText } } } } } },
    };
    const QJsonObject body {
        { "object", "whatsapp_business_account" },
        { "entry",
            QJsonArray { QJsonObject { { "id", "1" },
                { "changes",
                    QJsonArray {
                        QJsonObject { { "field", "messages" }, { "value", value } } } } } } },
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// Every visual item below `item`, depth first.
void collect(QQuickItem *item, QList<QQuickItem *> &items)
{
    items.append(item);
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, items);
}
} // namespace

class TestDeskSmoke : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<runtime::Hub> m_hub;
    QNetworkAccessManager m_network;
    std::unique_ptr<desk::Desk> m_desk;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

    struct Answer {
        int status = 0;
        QJsonObject json;
    };
    Answer call(const QByteArray &verb, const QString &path, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(m_hub->url().resolved(QUrl(path)));
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    // By the visual tree: items a Loader creates are not QObject children of the window.
    QQuickItem *findItem(const QString &objectName) const
    {
        QList<QQuickItem *> items;
        collect(m_window->contentItem(), items);
        for (QQuickItem *item : items) {
            if (item->objectName() == objectName)
                return item;
        }
        return nullptr;
    }
    // Renders a frame (which also lays out lists) and looks for a visible text item.
    bool showsText(const QString &text) const
    {
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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hub = std::make_unique<runtime::Hub>(
            runtime::HubOptions { m_dir.path(), QHostAddress::LocalHost, 0, true });
        QString error;
        QVERIFY2(m_hub->start(&error), qPrintable(error));
    }

    void guestWritesOnWhatsApp()
    {
        const QByteArray login = QJsonDocument(QJsonObject {
                                                   { "email", runtime::DemoLogin::email },
                                                   { "password", runtime::DemoLogin::password },
                                               })
                                     .toJson(QJsonDocument::Compact);
        const Answer session = call("POST", QStringLiteral("/api/v1/auth/login"), login);
        QCOMPARE(session.status, 200);
        const QByteArray bearer = "Bearer " + session.json.value("accessToken").toString().toUtf8();

        const QJsonObject whatsapp {
            { "enabled", true },
            { "config",
                QJsonObject { { "appSecret", appSecret }, { "verifyToken", "v" },
                    { "accessToken", "t" }, { "phoneNumberId", "123" },
                    { "apiBaseUrl", "http://127.0.0.1:1" } } },
        };
        const Answer configured = call("PUT", QStringLiteral("/api/v1/apps/whatsapp"),
            QJsonDocument(whatsapp).toJson(QJsonDocument::Compact),
            { { "Authorization", bearer } });
        QVERIFY2(configured.status == 200, qPrintable(QString::number(configured.status)));

        const QByteArray body = whatsAppNotification();
        const QByteArray signature = "sha256="
            + QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256).toHex();
        const Answer webhook = call("POST", QStringLiteral("/webhooks/whatsapp"), body,
            { { "X-Hub-Signature-256", signature } });
        QCOMPARE(webhook.status, 200);
    }

    void clerkSignsInAndSeesTheConversation()
    {
        m_desk = std::make_unique<desk::Desk>(nullptr);
        m_desk->setHubUrl(m_hub->url());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        QString error;
        m_window = desk::loadDashboard(*m_engine, &error);
        QVERIFY2(m_window, qPrintable(error));
        QVERIFY(findItem(QStringLiteral("loginPage")));

        m_desk->session()->login(QString::fromLatin1(runtime::DemoLogin::email),
            QString::fromLatin1(runtime::DemoLogin::password));
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->ready(), 20000);
        QVERIFY(m_desk->session()->loggedIn());
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->feed()->connected(), 10000);

        // The guest's conversation is in the inbox (the AI may still be working on it).
        auto mariaRow = [this] {
            for (int row = 0; row < m_desk->inbox()->count(); ++row) {
                const QModelIndex index = m_desk->inbox()->index(row, 0);
                if (index.data(desk::ConversationListModel::DisplayNameRole).toString()
                    == QLatin1String("Maria Santos"))
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(mariaRow() >= 0, 15000);
        auto *inboxList = findItem(QStringLiteral("inboxList"));
        QVERIFY(inboxList);
        QTRY_VERIFY(inboxList->property("count").toInt() > 0);
        QVERIFY(desk::renderOnce(m_window));
        QTRY_VERIFY(showsText(QStringLiteral("Maria Santos")));

        m_desk->openConversation(m_desk->inbox()->idAt(mariaRow()));
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->messages()->loaded(), 10000);
        auto *messageList = findItem(QStringLiteral("messageList"));
        QVERIFY(messageList);
        QTRY_VERIFY(messageList->property("count").toInt() > 0);
        QVERIFY(desk::renderOnce(m_window));
        QTRY_VERIFY(showsText(QString::fromUtf8(guestText)));
        auto *title = findItem(QStringLiteral("conversationTitle"));
        QVERIFY(title);
        QCOMPARE(title->property("text").toString(), QStringLiteral("Maria Santos"));
    }

    void clerkEscalatesAndReplies()
    {
        // Escalate unless Jack already handed it over; the live feed brings the new state.
        if (m_desk->canEscalate()) {
            m_desk->escalate();
            QTRY_VERIFY_WITH_TIMEOUT(
                m_desk->currentConversation().value("needsPerson").toBool(), 10000);
        }
        QVERIFY(m_desk->currentConversation().value("needsPerson").toBool());
        QVERIFY(desk::renderOnce(m_window));
        QTRY_VERIFY(showsText(QStringLiteral("Needs you")));

        const int before = m_desk->messages()->count();
        // Watch the live feed: the hub's own event for the reply must not add a second bubble.
        QString echoedId;
        const auto feedConnection = connect(m_desk->feed(), &desk::LiveFeed::changeReceived, this,
            [&echoedId](const QString &type, const QJsonObject &payload) {
                const QJsonObject message = payload.value(QLatin1String("message")).toObject();
                if (type == QLatin1String("conversation:message")
                    && message.value(QLatin1String("content")).toString()
                        == QLatin1String("Bringing them right away!"))
                    echoedId = message.value(QLatin1String("id")).toString();
            });
        QVERIFY(m_desk->sendReply(QStringLiteral("Bringing them right away!")));
        // The bubble is there at once, before the hub answered.
        QCOMPARE(m_desk->messages()->count(), before + 1);
        QVERIFY(desk::renderOnce(m_window));
        QTRY_VERIFY(showsText(QStringLiteral("Bringing them right away!")));
        // The hub stores it: the bubble gets the hub's id, and stays one bubble.
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->messages()
                                      ->index(m_desk->messages()->count() - 1)
                                      .data(desk::MessageListModel::IdRole)
                                      .toString()
                                      .isEmpty(),
            10000);
        QTRY_VERIFY_WITH_TIMEOUT(!echoedId.isEmpty(), 10000);
        disconnect(feedConnection);
        int copies = 0;
        for (int row = 0; row < m_desk->messages()->count(); ++row) {
            if (m_desk->messages()->at(row).content == QLatin1String("Bringing them right away!"))
                ++copies;
        }
        QCOMPARE(copies, 1);
    }

    void tasksScreenLoads()
    {
        m_desk->setView(QStringLiteral("tasks"));
        QVERIFY(desk::renderOnce(m_window));
        QVERIFY(findItem(QStringLiteral("taskList")));
        m_desk->setView(QStringLiteral("inbox"));
        QVERIFY(desk::renderOnce(m_window));
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
    QGuiApplication app(argc, argv);
    desk::prepareQuickStyle();
    TestDeskSmoke test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_desksmoke.moc"
