// The dashboard against a real embedded hub, offscreen: a guest writes on WhatsApp and sends a
// photo, the clerk signs in, sees the conversation in the inbox, opens it, reads the message,
// sees the photo, escalates and replies; WhatsApp refuses the reply once, the bubble shows why,
// and Retry sends the same message again through the hub's retry route. Fails on any QML
// warning. With $JACK_DESK_SCREENSHOTS set, saves the conversation there as a PNG.
#include "appcatalogmodel.h"
#include "appconfigform.h"
#include "dashboard.h"
#include "desk.h"
#include "deskplugins.h"
#include "gateway/passwordhasher.h"
#include "guestdirectory.h"
#include "guestprofile.h"
#include "healthboard.h"
#include "hotelsettingsform.h"
#include "knowledgebook.h"
#include "knowledgequestion.h"
#include "languageswitcher.h"
#include "livefeed.h"
#include "llm/fakellmserver.h"
#include "preferences.h"
#include "qmlwarningguard.h"
#include "runtime/hub.h"
#include "staffdirectory.h"
#include "stafffeedclient.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "wording.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QImage>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace jack;

namespace {
constexpr const char *guestText = "Can I get 2 more towels please?";
constexpr const char *appSecret = "s";
constexpr const char *replyText = "Bringing them right away!";
constexpr const char *captionText = "Here is the towel cart";
// A colleague at another desk, and what the clerk writes while she answers the same guest.
constexpr const char *colleagueEmail = "cara@harbourview.example";
constexpr const char *colleaguePassword = "cara-password-2026";
constexpr const char *colleagueName = "Cara Colleague";
constexpr const char *overlapText = "I will send the towels up now.";

//! Just enough of Meta's Graph API: refuses the first send of the clerk's reply the way Meta
//! refuses a number without WhatsApp, accepts everything else, serves one photo and takes
//! uploads of the clerk's files.
class GraphStandIn {
public:
    bool start()
    {
        m_server.route(QStringLiteral("/<arg>/messages"), QHttpServerRequest::Method::Post,
            [this](const QString &, const QHttpServerRequest &request) {
                const QByteArray body = request.body();
                m_sent.append(body);
                m_sentBodies += body + '\n';
                if (body.contains(replyText))
                    ++m_replySends;
                const QJsonObject sent = QJsonDocument::fromJson(body).object();
                if (sent.value("type").toString() == QLatin1String("image")) {
                    ++m_imageSends;
                    m_lastImage = sent.value("image").toObject();
                }
                if (body.contains(replyText) && m_replySends == 1)
                    return QHttpServerResponse(
                        QJsonObject { { "error",
                            QJsonObject { { "message", "(#131026) Message Undeliverable." },
                                { "type", "OAuthException" }, { "code", 131026 } } } },
                        QHttpServerResponder::StatusCode::BadRequest);
                return QHttpServerResponse(QJsonObject { { "messaging_product", "whatsapp" },
                    { "messages",
                        QJsonArray { QJsonObject {
                            { "id", QStringLiteral("wamid.OUT%1").arg(++m_accepted) } } } } });
            });
        m_server.route(QStringLiteral("/<arg>/media"), QHttpServerRequest::Method::Post,
            [this](const QString &, const QHttpServerRequest &request) {
                m_lastUpload = request.body();
                return QHttpServerResponse(
                    QJsonObject { { "id", QStringLiteral("up-%1").arg(++m_uploads) } });
            });
        m_server.route(QStringLiteral("/md-photo"), QHttpServerRequest::Method::Get, [this] {
            return QHttpServerResponse(QJsonObject {
                { "url", QStringLiteral("http://127.0.0.1:%1/files/photo.png").arg(m_port) },
                { "mime_type", "image/png" }, { "id", "md-photo" },
                { "file_size", m_photo.size() } });
        });
        // The settings screen's "Test connection" (GET /{phone-number-id}).
        m_server.route(QStringLiteral("/123"), QHttpServerRequest::Method::Get, [] {
            return QHttpServerResponse(
                QJsonObject { { "id", "123" }, { "display_phone_number", "+1 555 0100" } });
        });
        m_server.route(QStringLiteral("/files/photo.png"), QHttpServerRequest::Method::Get,
            [this] { return QHttpServerResponse(QByteArrayLiteral("image/png"), m_photo); });
        m_photo = photo();
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    [[nodiscard]] QString baseUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    }
    [[nodiscard]] int replySends() const { return m_replySends; }
    //! How many sends carried this text (JSON-escaped as WhatsApp receives it).
    [[nodiscard]] int sendsContaining(const QByteArray &text) const
    {
        return int(std::count_if(m_sent.cbegin(), m_sent.cend(),
            [&text](const QByteArray &body) { return body.contains(text); }));
    }
    [[nodiscard]] int uploads() const { return m_uploads; }
    [[nodiscard]] QByteArray lastUpload() const { return m_lastUpload; }
    [[nodiscard]] int imageSends() const { return m_imageSends; }
    [[nodiscard]] QJsonObject lastImage() const { return m_lastImage; }
    //! Every message body the hub handed to "WhatsApp", one per line.
    [[nodiscard]] QByteArray sentBodies() const { return m_sentBodies; }

private:
    // A towel on a bed, roughly: something a clerk recognises as a photo in a screenshot.
    static QByteArray photo()
    {
        QImage image(480, 320, QImage::Format_RGB32);
        image.fill(QColor(0x8d, 0xa9, 0xc4));
        QPainter painter(&image);
        painter.fillRect(0, 200, 480, 120, QColor(0xe9, 0xe2, 0xd0));
        painter.fillRect(140, 150, 200, 90, QColor(0xff, 0xff, 0xff));
        painter.fillRect(150, 175, 180, 10, QColor(0x6b, 0x8e, 0x9e));
        painter.end();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

    QHttpServer m_server;
    QByteArray m_photo;
    quint16 m_port = 0;
    int m_replySends = 0;
    QList<QByteArray> m_sent;
    int m_accepted = 0;
    int m_uploads = 0;
    QByteArray m_lastUpload;
    int m_imageSends = 0;
    QJsonObject m_lastImage;
    QByteArray m_sentBodies;
};

QJsonObject whatsAppMessage(const QString &id, const QString &type, const QJsonObject &content,
    const QString &from = QStringLiteral("351912345678"))
{
    QJsonObject message { { "from", from }, { "id", id },
        { "timestamp", QString::number(QDateTime::currentSecsSinceEpoch()) }, { "type", type } };
    message.insert(type, content);
    return message;
}

QByteArray whatsAppNotification(
    const QJsonObject &message, const QString &name = QStringLiteral("Maria Santos"))
{
    const QJsonObject value {
        { "messaging_product", "whatsapp" },
        { "metadata", QJsonObject { { "phone_number_id", "123" } } },
        { "contacts",
            QJsonArray { QJsonObject { { "profile", QJsonObject { { "name", name } } },
                { "wa_id", message.value("from").toString() } } } },
        { "messages", QJsonArray { message } },
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
    std::unique_ptr<desk::Preferences> m_preferences;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    GraphStandIn m_graph;
    QByteArray m_bearer;
    QString m_conversationId;

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

    int postWhatsApp(const QByteArray &body)
    {
        const QByteArray signature = "sha256="
            + QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256).toHex();
        return call("POST", QStringLiteral("/webhooks/whatsapp"), body,
            { { "X-Hub-Signature-256", signature } })
            .status;
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

    // The hub's id of the guest's photo once the hub has downloaded it, else empty.
    QString storedPhotoId()
    {
        const Answer messages
            = call("GET", QStringLiteral("/api/v1/conversations/%1/messages").arg(m_conversationId),
                {}, { { "Authorization", m_bearer } });
        for (const QJsonValue &item : messages.json.value("items").toArray()) {
            for (const QJsonValue &media : item.toObject().value("media").toArray()) {
                if (media.toObject().value("status").toString() == QLatin1String("stored"))
                    return media.toObject().value("id").toString();
            }
        }
        return {};
    }
    int replyRow() const
    {
        for (int row = 0; row < m_desk->messages()->count(); ++row) {
            if (m_desk->messages()->at(row).content == QLatin1String(replyText))
                return row;
        }
        return -1;
    }
    QVariant reply(int role) const { return m_desk->messages()->index(replyRow()).data(role); }
    // Scrolls the message list so `row` is in view and draws a frame.
    void showRow(int row)
    {
        QQuickItem *list = findItem(QStringLiteral("messageList"));
        QVERIFY(list);
        QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, row), Q_ARG(int, 1));
        QVERIFY(desk::renderOnce(m_window));
    }
    // Opens the user menu with a click and picks the language `code` from its submenu.
    void chooseLanguageInTheMenu(const QString &code)
    {
        QQuickItem *userButton = findItem(QStringLiteral("userMenuButton"));
        QVERIFY(userButton);
        QObject *menu = userButton->findChild<QObject *>(QStringLiteral("userMenu"));
        QVERIFY(menu);
        const QPointF centre
            = userButton->mapToScene(QPointF(userButton->width() / 2, userButton->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
        QTRY_VERIFY(menu->property("opened").toBool());
        // The Language submenu, then a click on the language.
        QObject *languageMenu = userButton->findChild<QObject *>(QStringLiteral("languageMenu"));
        QVERIFY(languageMenu);
        QVERIFY(QMetaObject::invokeMethod(languageMenu, "open"));
        QTRY_VERIFY(languageMenu->property("opened").toBool());
        auto *item = qobject_cast<QQuickItem *>(
            userButton->findChild<QObject *>(QStringLiteral("language_") + code));
        QVERIFY(item);
        QTRY_VERIFY(item->isVisible() && item->width() > 0);
        QVERIFY(desk::renderOnce(m_window));
        if (desk::LanguageSwitcher::instance()->rightToLeft())
            saveScreenshot(QStringLiteral("language-menu-ar.png"));
        const QPointer<QObject> menuItem = item;
        QTest::mouseClick(m_window, Qt::LeftButton, {},
            item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
        // The menu closes, and goes with the screen the new language replaces.
        QTRY_VERIFY(!menuItem);
        QVERIFY(desk::renderOnce(m_window));
    }
    //! Presses a button (or triggers a menu item) the way QML's handlers see it.
    void press(const QString &objectName, const char *signal = "clicked")
    {
        QQuickItem *item = findItem(objectName);
        QVERIFY2(item, qPrintable(objectName));
        QVERIFY2(item->isVisible(), qPrintable(objectName + " is hidden"));
        QVERIFY(QMetaObject::invokeMethod(item, signal));
        QVERIFY(desk::renderOnce(m_window));
    }
    //! Types lowercase letters into whatever has the keyboard focus.
    void typeText(const char *text)
    {
        for (const char *c = text; *c; ++c)
            QTest::keyClick(m_window, *c);
    }
    //! Whether the inbox as filtered shows the conversation.
    bool inboxShows(const QString &id) const { return m_desk->inbox()->rowOf(id) >= 0; }
    const desk::ConversationEntry *entry(const QString &id) const
    {
        return m_desk->conversations()->find(id);
    }

    // Types ASCII text into the focused item, key by key.
    void typeText(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
    }
    void saveScreenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("JACK_DESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(m_window->grabWindow().save(QDir(dir).filePath(name), "PNG"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A colleague's typing must not lapse while this suite looks at it.
        qputenv("JACK_PRESENCE_TYPING_MS", "60000");
        {
            QSqlDatabase db = storage::Database::open(
                m_dir.filePath(QStringLiteral("jack.db")), QStringLiteral("seed"));
            storage::Database::migrate(db);
            storage::StaffStore(db).create(QString::fromLatin1(colleagueEmail),
                QString::fromLatin1(colleagueName), QStringLiteral("staff"),
                QStringLiteral("front_desk"),
                gateway::PasswordHasher::hash(QString::fromLatin1(colleaguePassword)));
        }
        storage::Database::close(QStringLiteral("seed"));
        m_hub = std::make_unique<runtime::Hub>(
            runtime::HubOptions { m_dir.path(), QHostAddress::LocalHost, 0, true });
        QString error;
        QVERIFY2(m_hub->start(&error), qPrintable(error));
        QVERIFY(m_graph.start());
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
        m_bearer = bearer;

        const QJsonObject whatsapp {
            { "enabled", true },
            { "config",
                QJsonObject { { "appSecret", appSecret }, { "verifyToken", "v" },
                    { "accessToken", "t" }, { "phoneNumberId", "123" },
                    { "apiBaseUrl", m_graph.baseUrl() } } },
        };
        const Answer configured = call("PUT", QStringLiteral("/api/v1/apps/whatsapp"),
            QJsonDocument(whatsapp).toJson(QJsonDocument::Compact),
            { { "Authorization", bearer } });
        QVERIFY2(configured.status == 200, qPrintable(QString::number(configured.status)));

        const QList<QJsonObject> messages {
            whatsAppMessage(
                QStringLiteral("wamid.TEST1"), QStringLiteral("text"), { { "body", guestText } }),
            whatsAppMessage(QStringLiteral("wamid.TEST2"), QStringLiteral("image"),
                { { "id", "md-photo" }, { "mime_type", "image/png" },
                    { "caption", "The towels in the bathroom are stained" } }),
        };
        for (const QJsonObject &message : messages) {
            const QByteArray body = whatsAppNotification(message);
            const QByteArray signature = "sha256="
                + QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256)
                      .toHex();
            const Answer webhook = call("POST", QStringLiteral("/webhooks/whatsapp"), body,
                { { "X-Hub-Signature-256", signature } });
            QCOMPARE(webhook.status, 200);
        }
    }

    void clerkSignsInAndSeesTheConversation()
    {
        m_desk = std::make_unique<desk::Desk>(nullptr);
        m_desk->setHubUrl(m_hub->url());
        m_preferences = std::make_unique<desk::Preferences>(nullptr); // remembers nothing
        m_engine = std::make_unique<QQmlApplicationEngine>();
        QString error;
        m_window = desk::loadDashboard(*m_engine, &error);
        QVERIFY2(m_window, qPrintable(error));
        m_window->resize(1366, 768);
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

        m_conversationId = m_desk->inbox()->idAt(mariaRow());
        m_desk->openConversation(m_conversationId);
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

    void jacksReplyExplainsItself()
    {
        // Jack's latest reply: the answer to the message this test sent.
        auto jackRow = [this] {
            for (int row = m_desk->messages()->count() - 1; row >= 0; --row) {
                if (m_desk->messages()->at(row).senderType == QLatin1String("ai"))
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(jackRow() >= 0, 15000);
        const QString id = m_desk->messages()->at(jackRow()).id;
        QVERIFY(m_desk->messages()
                    ->index(jackRow())
                    .data(desk::MessageListModel::CanExplainRole)
                    .toBool());
        showRow(jackRow());
        QQuickItem *why = findItem(QStringLiteral("explain_") + id);
        QVERIFY2(why && why->isVisible(), "no Why? on Jack's reply");
        QVERIFY(m_desk->explanation().isEmpty());

        m_desk->explainMessage(id);
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->explanation().isEmpty(), 10000);
        const QVariantMap explanation = m_desk->explanation();
        QCOMPARE(explanation.value("title").toString(), QStringLiteral("Why did Jack say this?"));
        QVERIFY(!explanation.value("rows").toList().isEmpty());
        QVERIFY(explanation.value("stages").toString().contains(QLatin1String("knowledge")));
        // The panel's content is in the window's overlay while it is open.
        auto panelShown = [this] {
            QQuickItem *content = findItem(QStringLiteral("explanationContent"));
            return content && content->isVisible();
        };
        QTRY_VERIFY(panelShown());
        QVERIFY(desk::renderOnce(m_window));
        QTRY_VERIFY(showsText(explanation.value("headline").toString()));
        saveScreenshot(QStringLiteral("conversation-why.png"));

        m_desk->closeExplanation();
        QTRY_VERIFY(!panelShown());
    }

    void guestMemoriesShowInThePanel()
    {
        const Answer conversation
            = call("GET", QStringLiteral("/api/v1/conversations/%1").arg(m_conversationId), {},
                { { "Authorization", m_bearer } });
        const QString guestId = conversation.json.value("guestId").toString();
        QVERIFY(!guestId.isEmpty());
        const Answer added = call("POST", QStringLiteral("/api/v1/guests/%1/memories").arg(guestId),
            R"({"category":"allergy","fact":"Allergic to peanuts"})",
            { { "Authorization", m_bearer } });
        QVERIFY2(added.status == 201 || added.status == 200, QByteArray::number(added.status));
        // The change reaches the desk over the feed; the panel lists it.
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->guestMemories().size() == 1, 10000);
        const QVariantMap memory = m_desk->guestMemories().first().toMap();
        QCOMPARE(memory.value("category").toString(), QStringLiteral("Allergy"));
        QCOMPARE(memory.value("fact").toString(), QStringLiteral("Allergic to peanuts"));
        QVERIFY(desk::renderOnce(m_window));
        QTRY_VERIFY(showsText(QStringLiteral("Allergy · Allergic to peanuts")));
        saveScreenshot(QStringLiteral("conversation-memory.png"));
        // Her stay (the demo's Maria Santos is checked in) shows under her details.
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->guestContext()->stay().isEmpty(), 10000);
        QCOMPARE(
            m_desk->guestContext()->stay().value("status").toString(), QStringLiteral("In house"));
        QCOMPARE(m_desk->guestContext()->stay().value("room").toString(), QStringLiteral("412"));
        QQuickItem *stay = findItem(QStringLiteral("guestStay"));
        QVERIFY(stay);
        QTRY_VERIFY((desk::renderOnce(m_window), stay->isVisible()));
        QVERIFY(stay->property("text").toString().contains(QStringLiteral(" – ")));
        QCOMPARE(desk::GuestContext::datesText(
                     QStringLiteral("2026-11-27"), QStringLiteral("2026-12-01")),
            QLocale().toString(QDate(2026, 11, 27), QStringLiteral("d MMM")) + QStringLiteral(" – ")
                + QLocale().toString(QDate(2026, 12, 1), QStringLiteral("d MMM")));
        QVERIFY(desk::GuestContext::datesText(QStringLiteral("soon"), {}).isEmpty());
    }

    void guestPhotoShowsInline()
    {
        // The hub fetches the photo from WhatsApp in the background.
        QString mediaId;
        QTRY_VERIFY_WITH_TIMEOUT(!(mediaId = storedPhotoId()).isEmpty(), 15000);
        m_desk->openConversation(m_conversationId);
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->messages()->loaded(), 10000);
        int row = -1;
        for (int i = 0; i < m_desk->messages()->count(); ++i) {
            if (m_desk->messages()->index(i).data(desk::MessageListModel::HasMediaRole).toBool())
                row = i;
        }
        QVERIFY(row >= 0);
        QCOMPARE(m_desk->messages()->index(row).data(desk::MessageListModel::ChannelShortRole),
            QVariant(QStringLiteral("WA")));
        // Shown with the clerk's token (QML's Image cannot send one by itself).
        auto imageReady = [this, row, mediaId] {
            showRow(row);
            QQuickItem *image = findItem(QStringLiteral("mediaImage_") + mediaId);
            return image && image->isVisible() && image->property("status").toInt() == 1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(imageReady(), 10000);
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
                        == QLatin1String(replyText))
                    echoedId = message.value(QLatin1String("id")).toString();
            });
        QVERIFY(m_desk->sendReply(QString::fromLatin1(replyText)));
        // The bubble is there at once, before the hub answered.
        QCOMPARE(m_desk->messages()->count(), before + 1);
        QVERIFY(desk::renderOnce(m_window));
        QTRY_VERIFY(showsText(QString::fromLatin1(replyText)));
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
            if (m_desk->messages()->at(row).content == QLatin1String(replyText))
                ++copies;
        }
        QCOMPARE(copies, 1);
    }

    void failedReplyShowsWhyAndRetrySendsItAgain()
    {
        using Model = desk::MessageListModel;
        QVERIFY(replyRow() >= 0);
        // WhatsApp refused the first attempt: the bubble says so, with Meta's reason.
        QTRY_VERIFY_WITH_TIMEOUT(reply(Model::IsFailedRole).toBool(), 15000);
        QCOMPARE(m_graph.replySends(), 1);
        const QString id = reply(Model::IdRole).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY2(reply(Model::DeliveryReasonRole).toString().contains(QLatin1String("131026")),
            qPrintable(reply(Model::DeliveryReasonRole).toString()));
        QVERIFY(reply(Model::CanRetryRole).toBool());

        showRow(replyRow());
        QQuickItem *reason = findItem(QStringLiteral("failureReason_") + id);
        QVERIFY(reason);
        QTRY_VERIFY(reason->isVisible());
        QVERIFY(reason->property("text").toString().contains(QLatin1String("131026")));
        QQuickItem *retry = findItem(QStringLiteral("retryButton_") + id);
        QVERIFY(retry);
        QVERIFY(retry->isVisible());
        saveScreenshot(QStringLiteral("conversation-failed.png"));

        const int before = m_desk->messages()->count();
        // A delivery update can re-lay the list between press and release; then the click
        // lands nowhere (no retry is sent) and is aimed again.
        int clicks = 0;
        for (int attempt = 0; attempt < 5 && clicks == 0; ++attempt) {
            showRow(replyRow());
            retry = findItem(QStringLiteral("retryButton_") + id);
            QVERIFY(retry);
            QSignalSpy clicked(retry, SIGNAL(clicked()));
            const QPointF centre
                = retry->mapToScene(QPointF(retry->width() / 2, retry->height() / 2));
            QVERIFY(QRectF(QPointF(0, 0), m_window->size()).contains(centre));
            QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
            clicks = int(clicked.count());
        }
        QCOMPARE(clicks, 1);

        // The same outbox row goes out again: a second attempt at WhatsApp, no copy anywhere.
        QTRY_COMPARE_WITH_TIMEOUT(m_graph.replySends(), 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            reply(Model::DeliveryStateRole).toString(), QStringLiteral("sent"), 15000);
        QCOMPARE(reply(Model::IdRole).toString(), id);
        QCOMPARE(m_desk->messages()->count(), before);
        QVERIFY(!reply(Model::IsFailedRole).toBool());
        // The desk shows what the hub holds.
        const Answer stored
            = call("GET", QStringLiteral("/api/v1/conversations/%1/messages").arg(m_conversationId),
                {}, { { "Authorization", m_bearer } });
        int copies = 0;
        for (const QJsonValue &item : stored.json.value("items").toArray()) {
            if (item.toObject().value("content").toString() == QLatin1String(replyText)) {
                ++copies;
                QCOMPARE(item.toObject().value("id").toString(), id);
                QCOMPARE(
                    item.toObject().value("deliveryStatus").toString(), QStringLiteral("sent"));
            }
        }
        QCOMPARE(copies, 1);
    }

    void attachButtonOpensTheFileDialog()
    {
        QVERIFY(desk::renderOnce(m_window));
        QQuickItem *attach = findItem(QStringLiteral("attachButton"));
        QVERIFY(attach);
        QVERIFY(attach->isVisible()); // a WhatsApp conversation with the window open
        QObject *dialog = nullptr;
        for (QQuickItem *item = attach; item && !dialog; item = item->parentItem())
            dialog = item->findChild<QObject *>(QStringLiteral("attachDialog"));
        QVERIFY(dialog);
        const QPointF centre
            = attach->mapToScene(QPointF(attach->width() / 2, attach->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
        QTRY_VERIFY(dialog->property("visible").toBool());
        QVERIFY(desk::renderOnce(m_window));
        QMetaObject::invokeMethod(dialog, "reject");
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QVERIFY(!m_desk->hasAttachment());
    }

    void refusedFilesSayWhyAndStayAttached()
    {
        // Missing, and over WhatsApp's 5 MB for photos: refused before any upload.
        QVERIFY(!m_desk->attachFile(QUrl::fromLocalFile(m_dir.filePath("missing.png"))));
        QVERIFY(m_desk->replyProblem().contains(QLatin1String("missing.png")));
        QFile big(m_dir.filePath("big.png"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(6 * 1024 * 1024, '\0'));
        big.close();
        QVERIFY(!m_desk->attachFile(QUrl::fromLocalFile(big.fileName())));
        QVERIFY2(m_desk->replyProblem().contains(QLatin1String("5.0 MB")),
            qPrintable(m_desk->replyProblem()));
        QVERIFY(!m_desk->hasAttachment());

        // A type WhatsApp does not take: the hub answers 415, the chip stays, nothing is lost.
        QFile csv(m_dir.filePath("rooms.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("room,towels\n412,2\n");
        csv.close();
        QVERIFY(m_desk->attachFile(QUrl::fromLocalFile(csv.fileName())));
        QVERIFY(m_desk->replyProblem().isEmpty());
        QVERIFY(m_desk->sendAttachment(QStringLiteral("The list")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->replyProblem().isEmpty(), 10000);
        QVERIFY2(m_desk->replyProblem().contains(QLatin1String("does not take")),
            qPrintable(m_desk->replyProblem()));
        QVERIFY(m_desk->hasAttachment());
        QVERIFY(!m_desk->attachmentSending());
        QCOMPARE(m_graph.uploads(), 0);
        m_desk->clearAttachment();
        m_desk->clearReplyProblem();
        QVERIFY(!m_desk->hasAttachment());
    }

    void clerkSendsAPhoto()
    {
        // A photo on disk, as the file dialog hands it over.
        const QString path = m_dir.filePath(QStringLiteral("towel-cart.png"));
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(0xe9, 0xe2, 0xd0));
        QVERIFY(image.save(path, "PNG"));
        QVERIFY(m_desk->attachFile(QUrl::fromLocalFile(path)));
        QVERIFY(m_desk->hasAttachment());
        QVERIFY2(m_desk->attachmentLabel().startsWith(QStringLiteral("towel-cart.png · ")),
            qPrintable(m_desk->attachmentLabel()));
        QVERIFY(desk::renderOnce(m_window));
        QQuickItem *chip = findItem(QStringLiteral("attachmentChip"));
        QVERIFY(chip);
        QVERIFY(chip->isVisible());
        QTRY_VERIFY(showsText(m_desk->attachmentLabel()));
        saveScreenshot(QStringLiteral("conversation-attachment.png"));

        const int uploadsBefore = m_graph.uploads();
        const int sendsBefore = m_graph.imageSends();
        QSignalSpy sent(m_desk.get(), &desk::Desk::attachmentSent);
        QVERIFY(m_desk->sendAttachment(QString::fromLatin1(captionText)));
        QVERIFY(m_desk->attachmentSending());
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 15000);
        QCOMPARE(sent.at(0).at(0).toString(), QString::fromLatin1(captionText));
        QVERIFY(!m_desk->hasAttachment());
        QVERIFY(m_desk->replyProblem().isEmpty());

        // The desk shows the message with its photo.
        int row = -1;
        for (int i = 0; i < m_desk->messages()->count(); ++i) {
            if (m_desk->messages()->at(i).content == QLatin1String(captionText))
                row = i;
        }
        QVERIFY(row >= 0);
        QVERIFY(m_desk->messages()->index(row).data(desk::MessageListModel::HasMediaRole).toBool());
        QVERIFY(m_desk->messages()->index(row).data(desk::MessageListModel::IsStaffRole).toBool());

        // WhatsApp got the file, then an image message with it and the caption.
        QTRY_COMPARE_WITH_TIMEOUT(m_graph.uploads(), uploadsBefore + 1, 15000);
        QVERIFY(m_graph.lastUpload().contains("image/png"));
        QVERIFY(m_graph.lastUpload().contains("towel-cart.png"));
        QVERIFY(m_graph.lastUpload().contains("\x89PNG"));
        QTRY_COMPARE_WITH_TIMEOUT(m_graph.imageSends(), sendsBefore + 1, 15000);
        QCOMPARE(m_graph.lastImage().value("id").toString(),
            QStringLiteral("up-%1").arg(m_graph.uploads()));
        QCOMPARE(m_graph.lastImage().value("caption").toString(), QString::fromLatin1(captionText));
    }

    void copilotDraftsAReplyForAnEscalatedGuest()
    {
        // Ahmed (demo) asked for a manager: a person must answer.
        QString ahmed;
        for (int row = 0; row < m_desk->inbox()->count(); ++row) {
            const QModelIndex index = m_desk->inbox()->index(row, 0);
            if (index.data(desk::ConversationListModel::DisplayNameRole).toString()
                == QLatin1String("Ahmed Haddad"))
                ahmed = m_desk->inbox()->idAt(row);
        }
        QVERIFY(!ahmed.isEmpty());
        m_desk->openConversation(ahmed);
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->messages()->loaded(), 10000);
        QVERIFY(desk::renderOnce(m_window));
        QQuickItem *bar = findItem(QStringLiteral("copilotBar"));
        QTRY_VERIFY(bar && bar->isVisible());

        m_desk->requestSuggestion();
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->suggestion().value("reply").toString().isEmpty(), 10000);
        const QVariantMap suggestion = m_desk->suggestion();
        QCOMPARE(suggestion.value("source").toString(), QStringLiteral("offline"));
        QVERIFY(suggestion.value("summary").toString().contains(QLatin1String("Ahmed")));
        // The draft is in the reply box for the clerk to edit and send.
        QQuickItem *input = findItem(QStringLiteral("replyInput"));
        QVERIFY(input);
        QTRY_COMPARE(input->property("text").toString(), suggestion.value("reply").toString());
        QVERIFY(desk::renderOnce(m_window));
        QTRY_VERIFY(showsText(suggestion.value("summary").toString()));
        QTest::mouseMove(m_window, QPoint(700, 300));
        saveScreenshot(QStringLiteral("conversation-copilot.png"));

        m_desk->clearSuggestion();
        input->setProperty("text", QString());
    }

    void replyIsTranslatedForAForeignGuest()
    {
        // A language model (the fake on loopback) answers guests; Claire writes French.
        FakeLlmServer llm;
        QVERIFY(llm.start());
        const QList<QPair<QByteArray, QByteArray>> auth { { "Authorization", m_bearer } };
        QCOMPARE(call("PUT", QStringLiteral("/api/v1/apps/openai"),
                     R"({"enabled":true,"config":{"apiKey":"sk-desk-test","baseUrl":")"
                         + llm.baseUrl().toUtf8() + R"(/v1"}})",
                     auth)
                     .status,
            200);
        QCOMPARE(
            call("PUT", QStringLiteral("/api/v1/settings/ai"), R"({"provider":"openai"})", auth)
                .status,
            200);
        QString claire;
        for (int row = 0; row < m_desk->inbox()->count(); ++row) {
            const QModelIndex index = m_desk->inbox()->index(row, 0);
            if (index.data(desk::ConversationListModel::DisplayNameRole).toString()
                == QLatin1String("Claire Dubois"))
                claire = m_desk->inbox()->idAt(row);
        }
        QVERIFY(!claire.isEmpty());
        m_desk->openConversation(claire);
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->messages()->loaded(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->canTranslateReply(), 10000);
        QVERIFY(desk::renderOnce(m_window));
        QQuickItem *toggle = findItem(QStringLiteral("translateReply"));
        QVERIFY(toggle && toggle->isVisible());
        QVERIFY(toggle->property("checked").toBool());

        const QString english = QStringLiteral("Of course, we have a garage under the hotel.");
        const QString french = QStringLiteral("Bien sûr, nous avons un garage sous l'hôtel.");
        llm.setReply(french);
        QVERIFY(m_desk->sendReply(english));
        auto translatedRow = [this, &french] {
            for (int row = 0; row < m_desk->messages()->count(); ++row) {
                if (m_desk->messages()->at(row).content == french)
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(translatedRow() >= 0, 15000);
        QCOMPARE(m_desk->messages()->at(translatedRow()).translation, english);
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->messages()->at(translatedRow()).effectiveStatus(),
            QStringLiteral("sent"), 10000);
        showRow(translatedRow());
        QTRY_VERIFY(showsText(QStringLiteral("Translated: %1").arg(english)));
        // The new bubble fades in; the picture is taken once it is fully there.
        QQuickItem *bubble
            = findItem(QStringLiteral("message_") + m_desk->messages()->at(translatedRow()).id);
        QVERIFY(bubble);
        QTRY_VERIFY((desk::renderOnce(m_window), bubble->opacity() == 1.0));
        QTest::mouseMove(m_window, QPoint(700, 600)); // no tooltip left over from earlier steps
        saveScreenshot(QStringLiteral("conversation-translated.png"));

        QCOMPARE(
            call("PUT", QStringLiteral("/api/v1/settings/ai"), R"({"provider":"offline"})", auth)
                .status,
            200);
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->canTranslateReply(), 10000);
    }

    void colleagueReplyingShowsAndSendAsksFirst()
    {
        m_desk->setView(QStringLiteral("inbox"));
        m_desk->openConversation(m_conversationId);
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->messages()->loaded(), 10000);
        QVERIFY(desk::renderOnce(m_window));

        // Cara signs in at another desk and opens the staff WebSocket.
        const Answer login = call("POST", QStringLiteral("/api/v1/auth/login"),
            QJsonDocument(
                QJsonObject { { "email", colleagueEmail }, { "password", colleaguePassword } })
                .toJson(QJsonDocument::Compact));
        QCOMPARE(login.status, 200);
        QUrl ws = m_hub->url();
        ws.setScheme(QStringLiteral("ws"));
        ws.setPath(QStringLiteral("/ws"));
        ws.setQuery(QStringLiteral("token=") + login.json.value("accessToken").toString());
        StaffFeedClient cara;
        cara.open(ws);
        QVERIFY2(cara.waitForConnected(), qPrintable(cara.errorString()));
        auto presenceOf = [this](const QJsonObject &frame, const char *list) {
            QStringList names;
            for (const QJsonValue &c :
                frame.value("payload").toObject().value("conversations").toArray()) {
                if (c.toObject().value("conversationId").toString() != m_conversationId)
                    continue;
                for (const QJsonValue &who : c.toObject().value(QLatin1String(list)).toArray())
                    names.append(who.toObject().value("name").toString());
            }
            return names;
        };
        const QString me = QString::fromLatin1(runtime::DemoLogin::name);

        // The clerk types: Cara's desk hears it.
        QQuickItem *input = findItem(QStringLiteral("replyInput"));
        QVERIFY(input);
        input->setProperty("text", QString());
        input->setProperty("text", QString::fromLatin1(overlapText));
        QVERIFY(cara.waitFor(
            [&](const QJsonObject &frame) { return presenceOf(frame, "typing").contains(me); }));

        // Cara types in the same conversation: the desk says so.
        cara.sendJson({ { "type", "presence" },
            { "payload",
                QJsonObject { { "conversationId", m_conversationId }, { "state", "typing" } } } });
        const QString replying
            = QStringLiteral("%1 is replying…").arg(QString::fromLatin1(colleagueName));
        QTRY_VERIFY_WITH_TIMEOUT(showsText(replying), 10000);
        QCOMPARE(m_desk->presence()->otherReplier(), QString::fromLatin1(colleagueName));
        // The inbox row says a colleague has it open (first name: the row is narrow).
        QTRY_VERIFY(showsText(QStringLiteral("Cara viewing")));

        // Send asks first; Esc cancels and nothing goes out, the text stays.
        const int before = m_desk->messages()->count();
        QQuickItem *sendButton = findItem(QStringLiteral("sendButton"));
        QVERIFY(sendButton);
        const QString question = QStringLiteral("%1 is replying to this guest. Send anyway?")
                                     .arg(QString::fromLatin1(colleagueName));
        QVERIFY(QMetaObject::invokeMethod(sendButton, "clicked"));
        QTRY_VERIFY(showsText(question));
        QCOMPARE(m_desk->messages()->count(), before);
        m_window->requestActivate();
        QTRY_VERIFY(m_window->isActive());
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!showsText(question));
        QCOMPARE(m_desk->messages()->count(), before);
        QCOMPARE(m_desk->currentConversationId(), m_conversationId); // Esc closed only the question
        QCOMPARE(input->property("text").toString(), QString::fromLatin1(overlapText));

        // Again, from the keyboard: Tab to "Send anyway", Enter.
        QVERIFY(QMetaObject::invokeMethod(sendButton, "clicked"));
        QTRY_VERIFY(showsText(question));
        saveScreenshot(QStringLiteral("presence.png"));
        QTest::keyClick(m_window, Qt::Key_Tab);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_desk->messages()->count(), before + 1);
        QCOMPARE(m_desk->messages()->at(before).content, QString::fromLatin1(overlapText));
        QTRY_VERIFY(input->property("text").toString().isEmpty());
        // The box is empty again: Cara's desk hears that the clerk stopped typing.
        QVERIFY(cara.waitFor([&](const QJsonObject &frame) {
            return presenceOf(frame, "viewing").contains(me)
                && !presenceOf(frame, "typing").contains(me);
        }));

        // Cara closes her desk: the line goes.
        cara.close();
        QTRY_VERIFY_WITH_TIMEOUT(!showsText(replying), 10000);
        QVERIFY(m_desk->presence()->typing().isEmpty());
    }

    // An internal note with an @mention: saved on the hub, shown in the timeline, never sent.
    // A colleague's note that mentions the clerk elsewhere raises a banner and a marker.
    void noteWithMentionAppearsAndIsNotSent()
    {
        // A colleague to mention, with her own login.
        QString anaId;
        {
            QSqlDatabase db
                = storage::Database::open(QDir(m_dir.path()).filePath(QStringLiteral("jack.db")),
                    QStringLiteral("smoke-staff"));
            anaId = storage::StaffStore(db).create(QStringLiteral("ana@harbourview.example"),
                QStringLiteral("Ana Costa"), QStringLiteral("staff"),
                QStringLiteral("housekeeping"),
                gateway::PasswordHasher::hash(QStringLiteral("ana-desk-2026")));
        }
        storage::Database::close(QStringLiteral("smoke-staff"));
        m_desk->notes()->loadStaff();
        m_window->requestActivate();
        QTRY_VERIFY(m_window->isActive());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_desk->notes()->staffMatching(QStringLiteral("Ana")).size() == 1, 10000);

        m_desk->setView(QStringLiteral("inbox"));
        m_desk->openConversation(m_conversationId);
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->messages()->loaded(), 10000);
        QVERIFY(desk::renderOnce(m_window));
        QQuickItem *noteMode = findItem(QStringLiteral("noteModeButton"));
        QVERIFY(noteMode);
        const QPointF modeCentre
            = noteMode->mapToScene(QPointF(noteMode->width() / 2, noteMode->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, modeCentre.toPoint());
        QQuickItem *noteInput = findItem(QStringLiteral("noteInput"));
        QVERIFY(noteInput);
        QTRY_VERIFY(noteInput->isVisible());
        QTRY_VERIFY(findItem(QStringLiteral("noteWarning"))->isVisible());
        QVERIFY(!findItem(QStringLiteral("replyInput"))->isVisible());

        // "@An" offers Ana; Enter picks her.
        noteInput->forceActiveFocus();
        typeText(QStringLiteral("@An"));
        QQuickItem *mentionList = nullptr;
        QTRY_VERIFY(
            (mentionList = findItem(QStringLiteral("mentionList"))) && mentionList->isVisible());
        QTRY_COMPARE(mentionList->property("count").toInt(), 1);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(noteInput->property("text").toString(), QStringLiteral("@Ana Costa "));
        const QString noteText
            = QStringLiteral("@Ana Costa she is allergic to feathers, please swap the pillows");
        typeText(QStringLiteral("she is allergic to feathers, please swap the pillows"));
        QCOMPARE(noteInput->property("text").toString(), noteText);
        QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);

        auto noteRow = [this](const QString &content) {
            for (int row = 0; row < m_desk->messages()->count(); ++row) {
                if (m_desk->messages()->at(row).note
                    && m_desk->messages()->at(row).content == content)
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(noteRow(noteText) >= 0, 10000);
        QTRY_COMPARE(noteInput->property("text").toString(), QString());
        const QString noteId = m_desk->messages()->at(noteRow(noteText)).id;
        QVERIFY(!noteId.isEmpty());
        showRow(noteRow(noteText));
        QTRY_VERIFY(findItem(QStringLiteral("note_") + noteId));
        QVERIFY(showsText(noteText));

        // On the hub: a note with Ana's id, and nothing among the guest's messages.
        const QList<QPair<QByteArray, QByteArray>> auth { { "Authorization", m_bearer } };
        const Answer notes = call("GET",
            QStringLiteral("/api/v1/conversations/%1/notes").arg(m_conversationId), {}, auth);
        QCOMPARE(notes.status, 200);
        QJsonObject stored;
        for (const QJsonValue &n : notes.json.value("items").toArray()) {
            if (n.toObject().value("id").toString() == noteId)
                stored = n.toObject();
        }
        QCOMPARE(stored.value("mentions").toArray(), QJsonArray { anaId });
        QCOMPARE(
            stored.value("authorName").toString(), QString::fromLatin1(runtime::DemoLogin::name));
        const Answer messages = call("GET",
            QStringLiteral("/api/v1/conversations/%1/messages").arg(m_conversationId), {}, auth);
        QVERIFY(!QJsonDocument(messages.json).toJson().contains("feathers"));

        // A reply after the note goes out; the outbox sends in order, so the note would be out
        // by now if anything had queued it.
        const QString after = QStringLiteral("New pillows are on the way.");
        QVERIFY(m_desk->sendReply(after));
        QTRY_VERIFY_WITH_TIMEOUT(m_graph.sentBodies().contains(after.toUtf8()), 15000);
        QVERIFY2(!m_graph.sentBodies().contains("feathers"), m_graph.sentBodies().constData());

        // The note composer with the colleague list open, for the screenshot.
        noteInput->forceActiveFocus();
        typeText(QStringLiteral("@"));
        QTRY_VERIFY(mentionList->isVisible());
        showRow(noteRow(noteText));
        QTest::mouseMove(m_window, QPoint(1200, 600)); // over the guest panel: no hover buttons
        QVERIFY(desk::renderOnce(m_window));
        saveScreenshot(QStringLiteral("conversation-note.png"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        noteInput->setProperty("text", QString());

        // Ana writes a note in Claire's conversation naming the clerk: the desk is told.
        const Answer anaLogin = call("POST", QStringLiteral("/api/v1/auth/login"),
            R"({"email":"ana@harbourview.example","password":"ana-desk-2026"})");
        QCOMPARE(anaLogin.status, 200);
        const QByteArray anaBearer
            = "Bearer " + anaLogin.json.value("accessToken").toString().toUtf8();
        QString claire;
        for (int row = 0; row < m_desk->inbox()->count(); ++row) {
            if (m_desk->inbox()
                    ->index(row, 0)
                    .data(desk::ConversationListModel::DisplayNameRole)
                    .toString()
                == QLatin1String("Claire Dubois"))
                claire = m_desk->inbox()->idAt(row);
        }
        QVERIFY(!claire.isEmpty());
        const QString anaNote
            = QStringLiteral("%1 can you call her about the parking?")
                  .arg(QStringLiteral("@") + QString::fromLatin1(runtime::DemoLogin::name));
        const Answer posted
            = call("POST", QStringLiteral("/api/v1/conversations/%1/notes").arg(claire),
                QJsonDocument(QJsonObject { { "content", anaNote },
                                  { "mentions", QJsonArray { m_desk->session()->userId() } } })
                    .toJson(QJsonDocument::Compact),
                { { "Authorization", anaBearer } });
        QCOMPARE(posted.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->notes()->mentions().size(), 1, 10000);
        QVERIFY(m_desk->notes()->isMentioned(claire));
        QVERIFY(desk::renderOnce(m_window));
        QQuickItem *banner = findItem(QStringLiteral("mentionBanner"));
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        QQuickItem *open = findItem(QStringLiteral("openMentionButton"));
        QVERIFY(open);
        const QPointF openCentre = open->mapToScene(QPointF(open->width() / 2, open->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, openCentre.toPoint());
        QTRY_COMPARE(m_desk->currentConversationId(), claire);
        QTRY_VERIFY_WITH_TIMEOUT(noteRow(anaNote) >= 0, 10000);
        QCOMPARE(m_desk->messages()->at(noteRow(anaNote)).mentionsMe, true);
        showRow(noteRow(anaNote));
        QTRY_VERIFY(findItem(
            QStringLiteral("mentionedYou_") + m_desk->messages()->at(noteRow(anaNote)).id));
        QVERIFY(
            findItem(QStringLiteral("mentionedYou_") + m_desk->messages()->at(noteRow(anaNote)).id)
                ->isVisible());
        QVERIFY(m_desk->notes()->mentions().isEmpty());
        QVERIFY(desk::renderOnce(m_window));
        QTRY_VERIFY(!banner->isVisible());
    }

    // "/" in the reply box opens the canned responses; Enter inserts one, filled for Maria.
    void slashInsertsACannedResponseForTheGuest()
    {
        m_desk->openConversation(m_conversationId);
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->messages()->loaded(), 10000);
        QVERIFY(desk::renderOnce(m_window));
        QQuickItem *input = findItem(QStringLiteral("replyInput"));
        QVERIFY(input);
        QTRY_VERIFY(input->isVisible()); // a new conversation starts in reply mode
        input->setProperty("text", QString());
        input->forceActiveFocus();
        QTest::keyClick(m_window, '/');
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->cannedResponses()->count() >= 5, 10000);
        QQuickItem *search = nullptr;
        QTRY_VERIFY((search = findItem(QStringLiteral("cannedSearch"))) && search->isVisible()
            && search->hasActiveFocus());
        QVERIFY(desk::renderOnce(m_window));
        saveScreenshot(QStringLiteral("canned-responses.png"));

        // Esc closes and keeps the "/".
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!search->isVisible());
        QCOMPARE(input->property("text").toString(), QStringLiteral("/"));
        input->setProperty("text", QString());

        // Narrow to "Welcome" with the search, move with the arrows, insert with Enter.
        input->forceActiveFocus();
        QTest::keyClick(m_window, '/');
        QTRY_VERIFY((search = findItem(QStringLiteral("cannedSearch"))) && search->isVisible()
            && search->hasActiveFocus());
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->cannedResponses()->count() >= 5, 10000);
        typeText(QStringLiteral("w"));
        QTRY_VERIFY(m_desk->cannedResponses()->count() >= 2); // Welcome, Wi-Fi details, …
        QCOMPARE(m_desk->cannedResponses()->titleAt(0), QStringLiteral("Welcome"));
        QTest::keyClick(m_window, Qt::Key_Down);
        QTest::keyClick(m_window, Qt::Key_Up);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(!search->isVisible());
        const QString text = input->property("text").toString();
        QVERIFY2(
            text.startsWith(QStringLiteral("Hello Maria Santos, welcome to Harbour View Hotel!")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("room 412")), qPrintable(text));
        QVERIFY2(
            !text.contains(QLatin1Char('{')) && !text.contains(QLatin1Char('/')), qPrintable(text));
        QVERIFY(input->hasActiveFocus());
        input->setProperty("text", QString());
    }

    // "+ Task" on a guest's message opens a form filled from it; the task lands on the hub.
    void createTaskFromAMessage()
    {
        m_desk->openConversation(m_conversationId);
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->messages()->loaded(), 10000);
        int row = -1;
        for (int i = 0; i < m_desk->messages()->count(); ++i) {
            if (m_desk->messages()->at(i).content == QLatin1String(guestText))
                row = i;
        }
        QVERIFY(row >= 0);
        const QString messageId = m_desk->messages()->at(row).id;
        // The list scrolls to the newest message whenever rows arrive (notes load after the
        // messages): bring the guest's message into view until it stays there.
        QQuickItem *list = findItem(QStringLiteral("messageList"));
        QVERIFY(list);
        QQuickItem *message = nullptr;
        const auto messageInView = [&] {
            showRow(row);
            message = findItem(QStringLiteral("message_") + messageId);
            if (!message)
                return false;
            const QRectF rect
                = message->mapRectToItem(list, QRectF(0, 0, message->width(), message->height()));
            return rect.top() >= 0 && rect.bottom() <= list->height();
        };
        QTRY_VERIFY(messageInView());
        // Right-click on the message offers "Create task from this message…" (the "+ Task"
        // button shown while the pointer is over a message does the same).
        const QPoint onMessage
            = message->mapToScene(QPointF(message->width() - 160, message->height() - 20))
                  .toPoint();
        QTest::mouseClick(m_window, Qt::RightButton, {}, onMessage);
        QQuickItem *menuItem = nullptr;
        QTRY_VERIFY(
            (menuItem = findItem(QStringLiteral("createTaskMenuItem"))) && menuItem->isVisible());
        QVERIFY(desk::renderOnce(m_window));
        const QPointF itemCentre
            = menuItem->mapToScene(QPointF(menuItem->width() / 2, menuItem->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, itemCentre.toPoint());

        QQuickItem *description = nullptr;
        QTRY_VERIFY((description = findItem(QStringLiteral("taskDescription")))
            && description->isVisible());
        QCOMPARE(description->property("text").toString(), QString::fromLatin1(guestText));
        QQuickItem *priority = findItem(QStringLiteral("taskPriority"));
        QVERIFY(priority);
        priority->setProperty("currentIndex", 2); // high
        QQuickItem *department = findItem(QStringLiteral("taskDepartment"));
        QVERIFY(department);
        QCOMPARE(department->property("currentValue").toString(), QStringLiteral("housekeeping"));
        QQuickItem *submit = findItem(QStringLiteral("createTaskSubmit"));
        QVERIFY(submit);
        QVERIFY(desk::renderOnce(m_window));
        const QPointF submitCentre
            = submit->mapToScene(QPointF(submit->width() / 2, submit->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, submitCentre.toPoint());
        QTRY_VERIFY_WITH_TIMEOUT(!description->isVisible(), 10000);

        const QList<QPair<QByteArray, QByteArray>> auth { { "Authorization", m_bearer } };
        QJsonObject task;
        const auto findTask = [&] {
            const Answer tasks
                = call("GET", QStringLiteral("/api/v1/tasks?source=staff"), {}, auth);
            for (const QJsonValue &t : tasks.json.value("items").toArray()) {
                if (t.toObject().value("description").toString() == QLatin1String(guestText))
                    task = t.toObject();
            }
            return !task.isEmpty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(findTask(), 10000);
        QCOMPARE(task.value("conversationId").toString(), m_conversationId);
        QCOMPARE(task.value("priority").toString(), QStringLiteral("high"));
        QCOMPARE(task.value("department").toString(), QStringLiteral("housekeeping"));
        QCOMPARE(task.value("guestName").toString(), QStringLiteral("Maria Santos"));
        // The desk's task list has it too (task:created).
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->tasks()->indexOf(task.value("id").toString()) >= 0, 10000);
    }

    void keyboardWalksTheInboxAndEscLeaves()
    {
        m_desk->setView(QStringLiteral("inbox"));
        QVERIFY(m_desk->inbox()->count() >= 2);
        m_desk->openConversation(m_desk->inbox()->idAt(0));
        m_window->requestActivate();
        QTRY_VERIFY(m_window->isActive());
        QVERIFY(desk::renderOnce(m_window));

        QTest::keyClick(m_window, Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE(m_desk->currentConversationId(), m_desk->inbox()->idAt(1));
        QTest::keyClick(m_window, Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(m_desk->currentConversationId(), m_desk->inbox()->idAt(0));
        // Already at the top: nothing happens.
        QTest::keyClick(m_window, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(m_desk->currentConversationId(), m_desk->inbox()->idAt(0));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(m_desk->currentConversationId().isEmpty());
    }

    void snoozeHidesAndTheSnoozedFilterShowsIt()
    {
        m_desk->setView(QStringLiteral("inbox"));
        m_desk->inbox()->setFilter(desk::InboxFilterModel::Open);
        m_desk->openConversation(m_conversationId);
        QTRY_VERIFY(!m_desk->currentConversation().isEmpty());
        QVERIFY(desk::renderOnce(m_window));
        QVERIFY(inboxShows(m_conversationId));
        const int snoozedBefore = m_desk->conversations()->snoozedCount();

        press(QStringLiteral("snoozeButton"));
        QTRY_VERIFY(findItem(QStringLiteral("snoozePreset_tomorrow")));
        press(QStringLiteral("snoozePreset_tomorrow"), "triggered");
        QTRY_VERIFY_WITH_TIMEOUT(entry(m_conversationId)->isSnoozed(), 10000);
        const QDateTime until = entry(m_conversationId)->snoozedUntil.toLocalTime();
        QCOMPARE(until.date(), QDate::currentDate().addDays(1));
        QCOMPARE(until.time(), QTime(9, 0));
        // Out of the open list, counted and listed under Snoozed.
        QTRY_VERIFY(!inboxShows(m_conversationId));
        QCOMPARE(m_desk->conversations()->snoozedCount(), snoozedBefore + 1);
        press(QStringLiteral("filterSnoozed"));
        QCOMPARE(m_desk->inbox()->filter(), desk::InboxFilterModel::Snoozed);
        QVERIFY(inboxShows(m_conversationId));
        QTRY_VERIFY(findItem(QStringLiteral("conversationRow_") + m_conversationId));
        QTRY_VERIFY(showsText(QStringLiteral("Wake now")));
        saveScreenshot(QStringLiteral("inbox-snoozed.png"));

        // "Wake now" brings it back.
        press(QStringLiteral("snoozeButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!entry(m_conversationId)->isSnoozed(), 10000);
        QVERIFY(!inboxShows(m_conversationId));
        press(QStringLiteral("filterOpen"));
        QVERIFY(inboxShows(m_conversationId));
    }

    void ctrlKOpensAConversation()
    {
        m_desk->closeConversation();
        m_desk->setView(QStringLiteral("tasks"));
        m_window->requestActivate();
        QTRY_VERIFY(m_window->isActive());
        QVERIFY(desk::renderOnce(m_window));
        QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier);
        QQuickItem *input = nullptr;
        QTRY_VERIFY((input = findItem(QStringLiteral("quickSwitcherInput"))) != nullptr);
        QTRY_VERIFY(input->hasActiveFocus());
        typeText("maria");
        QVERIFY(desk::renderOnce(m_window));
        QTRY_VERIFY(showsText(QStringLiteral("Maria Santos")));
        saveScreenshot(QStringLiteral("quick-switcher-search.png"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(!m_desk->currentConversationId().isEmpty());
        QCOMPARE(m_desk->currentConversation().value("displayName").toString(),
            QStringLiteral("Maria Santos"));
        QCOMPARE(m_desk->view(), QStringLiteral("inbox"));
        QVERIFY(desk::renderOnce(m_window));
        QTRY_VERIFY(!findItem(QStringLiteral("quickSwitcherInput"))
            || !findItem(QStringLiteral("quickSwitcherInput"))->isVisible());

        // Screens too: Ctrl+K, "tasks", Enter.
        QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(findItem(QStringLiteral("quickSwitcherInput"))
            && findItem(QStringLiteral("quickSwitcherInput"))->hasActiveFocus());
        typeText("tasks");
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_desk->view(), QStringLiteral("tasks"));
        m_desk->closeConversation();
    }

    void overdueTaskShowsRedAndCompletingTellsTheGuest()
    {
        // A towel task for Maria, due ten minutes ago.
        const QByteArray body = QJsonDocument(
            QJsonObject { { "department", "housekeeping" }, { "description", "Two more towels" },
                { "conversationId", m_conversationId },
                { "items", QJsonArray { QJsonObject { { "name", "towels" }, { "quantity", 2 } } } },
                { "dueAt",
                    QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODateWithMs) } })
                                    .toJson(QJsonDocument::Compact);
        const Answer created = call(
            "POST", QStringLiteral("/api/v1/tasks"), body, { { "Authorization", m_bearer } });
        QCOMPARE(created.status, 201);
        const QString taskId = created.json.value("id").toString();
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->tasks()->indexOf(taskId) >= 0, 10000);
        m_desk->setView(QStringLiteral("tasks"));
        m_desk->taskBoard()->setShow(desk::TaskFilterModel::Open);
        QVERIFY(desk::renderOnce(m_window));
        QVERIFY(m_desk->tasks()->overdueCount() >= 1);
        int boardRow = -1;
        for (int row = 0; row < m_desk->taskBoard()->count(); ++row) {
            if (m_desk->taskBoard()->index(row, 0).data(desk::TaskListModel::IdRole).toString()
                == taskId)
                boardRow = row;
        }
        QVERIFY(boardRow >= 0);
        QQuickItem *taskList = findItem(QStringLiteral("taskList"));
        QVERIFY(taskList);
        QMetaObject::invokeMethod(
            taskList, "positionViewAtIndex", Q_ARG(int, boardRow), Q_ARG(int, 1));
        QVERIFY(desk::renderOnce(m_window));
        QQuickItem *due = nullptr;
        QTRY_VERIFY((due = findItem(QStringLiteral("due_") + taskId)) != nullptr);
        QVERIFY(due->isVisible());
        QVERIFY2(due->property("text").toString().startsWith(QStringLiteral("overdue")),
            qPrintable(due->property("text").toString()));
        QCOMPARE(due->property("tone").toString(), QStringLiteral("danger"));
        saveScreenshot(QStringLiteral("tasks-overdue.png"));

        // Done → note → "tell the guest" → the message goes out on WhatsApp.
        const QByteArray told = "has been taken care of";
        const int toldBefore = m_graph.sendsContaining(told);
        press(QStringLiteral("completeTask_") + taskId);
        QQuickItem *note = nullptr;
        QTRY_VERIFY((note = findItem(QStringLiteral("completeTaskNote"))) != nullptr);
        QQuickItem *tell = findItem(QStringLiteral("completeTaskTellGuest"));
        QVERIFY(tell);
        QTRY_VERIFY(tell->property("checked").toBool());
        note->setProperty("text", QStringLiteral("Left two towels at the door"));
        QVERIFY(desk::renderOnce(m_window));
        saveScreenshot(QStringLiteral("task-complete.png"));
        press(QStringLiteral("completeTaskConfirm"));
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->tasks()
                                      ->index(m_desk->tasks()->indexOf(taskId))
                                      .data(desk::TaskListModel::StatusRole)
                                      .toString(),
            QStringLiteral("completed"), 10000);
        QCOMPARE(m_desk->tasks()
                     ->index(m_desk->tasks()->indexOf(taskId))
                     .data(desk::TaskListModel::CompletionNoteRole)
                     .toString(),
            QStringLiteral("Left two towels at the door"));
        QTRY_COMPARE_WITH_TIMEOUT(m_graph.sendsContaining(told), toldBefore + 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_desk->notice().contains(QStringLiteral("guest has been told")), 5000);
        m_desk->clearNotice();
    }

    void tasksScreenLoads()
    {
        m_desk->setView(QStringLiteral("tasks"));
        QVERIFY(desk::renderOnce(m_window));
        QVERIFY(findItem(QStringLiteral("taskList")));
        m_desk->setView(QStringLiteral("inbox"));
        QVERIFY(desk::renderOnce(m_window));
    }

    // Settings: the apps page lists the apps and a connection test shows its result; a member
    // of staff added in the desk signs in over the API; a hotel setting saved in the desk is
    // what the hub answers.
    void settingsScreensWork()
    {
        auto click = [this](const QString &name) {
            QQuickItem *button = findItem(name);
            QVERIFY2(button, qPrintable(name));
            QVERIFY2(button->isEnabled(), qPrintable(name));
            QMetaObject::invokeMethod(button, "clicked");
        };
        auto open = [this](const QString &section) {
            m_desk->setView(QStringLiteral("settings"));
            QQuickItem *page = findItem(QStringLiteral("settingsPage"));
            QVERIFY(page);
            page->setProperty("section", section);
            QVERIFY(desk::renderOnce(m_window));
        };

        open(QStringLiteral("apps"));
        QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("appsPage")), 5000);
        QQuickItem *appsPage = findItem(QStringLiteral("appsPage"));
        auto *catalog = qobject_cast<desk::AppCatalogModel *>(
            appsPage->property("catalog").value<QObject *>());
        QVERIFY(catalog);
        QTRY_VERIFY_WITH_TIMEOUT(catalog->indexOf(QStringLiteral("whatsapp")) >= 0, 10000);
        QTRY_VERIFY(
            findItem(QStringLiteral("appList"))->property("count").toInt() == catalog->count());
        QTRY_VERIFY(showsText(QStringLiteral("WhatsApp Business (Cloud API)")));
        QTRY_VERIFY(showsText(QStringLiteral("Guest channels")));

        appsPage->setProperty("openAppId", QStringLiteral("whatsapp"));
        auto *form = qobject_cast<desk::AppConfigForm *>(
            findItem(QStringLiteral("appConfigPanel"))->property("form").value<QObject *>());
        QVERIFY(form);
        QTRY_VERIFY_WITH_TIMEOUT(!form->fields().isEmpty(), 10000);
        QVERIFY(form->enabled());
        // The saved secret is not in the form, only said to be saved.
        QCOMPARE(form->values().value(QStringLiteral("appSecret")).toString(), QString());
        QVERIFY(desk::renderOnce(m_window));
        click(QStringLiteral("testConnection"));
        QTRY_VERIFY_WITH_TIMEOUT(!form->testResult().isEmpty(), 15000);
        QVERIFY2(form->testResult().value(QStringLiteral("ok")).toBool(),
            qPrintable(form->testResult().value(QStringLiteral("message")).toString()));
        QQuickItem *result = findItem(QStringLiteral("testResultText"));
        QVERIFY(result);
        QTRY_VERIFY(result->isVisible());
        QVERIFY(result->property("text").toString().contains(QStringLiteral("+1 555 0100")));

        // A refused value lands next to its field, in words, and nothing is stored.
        form->setValue(QStringLiteral("apiBaseUrl"), QStringLiteral("not a url"));
        QVERIFY(desk::renderOnce(m_window));
        click(QStringLiteral("appSave"));
        QTRY_VERIFY_WITH_TIMEOUT(form->errors().contains(QStringLiteral("apiBaseUrl")), 10000);
        QVERIFY(showsText(QStringLiteral("\u26A0 ")
            + form->errors().value(QStringLiteral("apiBaseUrl")).toString()));
        form->setValue(QStringLiteral("apiBaseUrl"), m_graph.baseUrl());
        QTRY_VERIFY(!form->dirty());

        open(QStringLiteral("staff"));
        QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("staffPage")), 5000);
        auto *staff = qobject_cast<desk::StaffDirectory *>(
            findItem(QStringLiteral("staffPage"))->property("directory").value<QObject *>());
        QVERIFY(staff);
        QTRY_VERIFY_WITH_TIMEOUT(staff->count() >= 1, 10000);
        const int before = staff->count();
        click(QStringLiteral("addStaff"));
        QQuickItem *editor = findItem(QStringLiteral("staffEditor"));
        QVERIFY(editor);
        QTRY_VERIFY(editor->property("creating").toBool());
        editor->setProperty("emailText", QStringLiteral("lena@harbourview.example"));
        editor->setProperty("nameText", QStringLiteral("Lena Night"));
        editor->setProperty("departmentText", QStringLiteral("front_desk"));
        editor->setProperty("passwordText", QStringLiteral("short"));
        QVERIFY(desk::renderOnce(m_window));
        click(QStringLiteral("staffSave"));
        QTRY_VERIFY_WITH_TIMEOUT(staff->errors().contains(QStringLiteral("password")), 10000);
        QCOMPARE(staff->count(), before);
        editor->setProperty("passwordText", QStringLiteral("lena-night-shift-7"));
        click(QStringLiteral("staffSave"));
        QTRY_COMPARE_WITH_TIMEOUT(staff->count(), before + 1, 10000);
        QTRY_VERIFY(showsText(QStringLiteral("Lena Night")));
        const Answer lena = call("POST", QStringLiteral("/api/v1/auth/login"),
            QJsonDocument(QJsonObject { { "email", "lena@harbourview.example" },
                              { "password", "lena-night-shift-7" } })
                .toJson(QJsonDocument::Compact));
        QCOMPARE(lena.status, 200);
        QCOMPARE(
            lena.json.value("user").toObject().value("role").toString(), QStringLiteral("staff"));

        open(QStringLiteral("hotel"));
        QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("hotelPage")), 5000);
        auto *hotel = qobject_cast<desk::HotelSettingsForm *>(
            findItem(QStringLiteral("hotelPage"))->property("form").value<QObject *>());
        QVERIFY(hotel);
        QTRY_VERIFY_WITH_TIMEOUT(hotel->loaded(), 10000);
        hotel->setValue(QStringLiteral("outOfHoursReply"),
            QStringLiteral("Our team is back at 8:00 and will answer you then."));
        hotel->setValue(QStringLiteral("opensAt"), QStringLiteral("08:00"));
        hotel->setValue(QStringLiteral("closesAt"), QStringLiteral("22:00"));
        QVERIFY(desk::renderOnce(m_window));
        click(QStringLiteral("hotelSave"));
        QTRY_VERIFY_WITH_TIMEOUT(!hotel->savedMessage().isEmpty(), 10000);
        const Answer saved = call(
            "GET", QStringLiteral("/api/v1/settings/hotel"), {}, { { "Authorization", m_bearer } });
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json.value("outOfHoursReply").toString(),
            QStringLiteral("Our team is back at 8:00 and will answer you then."));
        QCOMPARE(saved.json.value("businessHours").toObject().value("open").toString(),
            QStringLiteral("08:00"));

        m_desk->setView(QStringLiteral("inbox"));
        QVERIFY(desk::renderOnce(m_window));
    }

    void healthScreenShowsServicesAndCharts()
    {
        m_desk->setView(QStringLiteral("health"));
        QTRY_VERIFY_WITH_TIMEOUT(
            (desk::renderOnce(m_window),
                desk::findHealthBoard(m_window) && !desk::findHealthBoard(m_window)->loading()
                    && !desk::findHealthBoard(m_window)->buckets().isEmpty()),
            15000);
        desk::HealthBoard *board = desk::findHealthBoard(m_window);
        QCOMPARE(board->buckets().size(), 24);
        QVERIFY(findItem(QStringLiteral("service_gateway")));
        QVERIFY(findItem(QStringLiteral("service_database")));
        QVERIFY(showsText(QStringLiteral("Message hub")));
        QVERIFY(showsText(QStringLiteral("Working")));
        // The guest's WhatsApp messages of this test arrived within the last day.
        QVERIFY(board->totals().value(QStringLiteral("guestMessages")).toInt() >= 2);
        QQuickItem *messages = findItem(QStringLiteral("messagesChart"));
        QVERIFY(messages);
        QTRY_VERIFY((desk::renderOnce(m_window), messages->property("pointCount").toInt() > 0));
        QVERIFY(findItem(QStringLiteral("responseChart")));
        QVERIFY(findItem(QStringLiteral("shareChart")));

        board->setHours(168);
        QTRY_VERIFY_WITH_TIMEOUT(!board->loading() && board->buckets().size() == 7, 15000);
        QVERIFY(showsText(QStringLiteral("Messages per day")));
        m_desk->setView(QStringLiteral("inbox"));
        QVERIFY(desk::renderOnce(m_window));
    }

    void emergencyBannerStaysUntilAcknowledged()
    {
        m_desk->setView(QStringLiteral("inbox"));
        QVERIFY(!m_desk->alerts()->emergencyActive());
        QQuickItem *banner = findItem(QStringLiteral("emergencyBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        QSignalSpy raised(m_desk->alerts(), &desk::AlertWatch::alertRaised);

        // A new guest reports a fire: Jack answers at once and hands over to a person.
        const QJsonObject message = whatsAppMessage(QStringLiteral("wamid.FIRE1"),
            QStringLiteral("text"), { { "body", "There is a fire in my room, please help!" } },
            QStringLiteral("447700900555"));
        QCOMPARE(postWhatsApp(whatsAppNotification(message, QStringLiteral("Hugo Martin"))), 200);
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->alerts()->emergencyActive(), 20000);
        const QVariantMap emergency = m_desk->alerts()->emergencies().constLast().toMap();
        QCOMPARE(emergency.value("summary").toString(), QStringLiteral("Emergency: Hugo Martin"));
        bool saidOnce = false;
        for (const QList<QVariant> &alert : raised) {
            const auto a = alert.at(0).value<desk::Alert>();
            if (a.kind == desk::Alert::Kind::Emergency
                && a.summary == QLatin1String("Emergency: Hugo Martin"))
                saidOnce = !saidOnce;
        }
        QVERIFY(saidOnce);

        // The red bar is pinned on top with who it is; the inbox stays usable below it.
        QTRY_VERIFY((desk::renderOnce(m_window), banner->isVisible()));
        QTRY_VERIFY(showsText(QStringLiteral("Emergency: Hugo Martin")));
        QVERIFY(banner->mapToScene(QPointF(0, 0)).y() < 1);
        QTest::mouseMove(m_window, QPoint(700, 600));
        saveScreenshot(QStringLiteral("emergency.png"));

        // Open shows the guest's conversation; the alarm keeps going until acknowledged.
        QQuickItem *open = findItem(QStringLiteral("openEmergency"));
        QVERIFY(open && open->isVisible());
        QTest::mouseClick(m_window, Qt::LeftButton, {},
            open->mapToScene(QPointF(open->width() / 2, open->height() / 2)).toPoint());
        QTRY_COMPARE(m_desk->currentConversationId(), emergency.value("conversationId").toString());
        QVERIFY(m_desk->alerts()->emergencyActive());

        QQuickItem *acknowledge = findItem(QStringLiteral("acknowledgeEmergency"));
        QVERIFY(acknowledge && acknowledge->isVisible());
        QTest::mouseClick(m_window, Qt::LeftButton, {},
            acknowledge->mapToScene(QPointF(acknowledge->width() / 2, acknowledge->height() / 2))
                .toPoint());
        QTRY_VERIFY(!m_desk->alerts()->emergencyActive());
        QTRY_VERIFY((desk::renderOnce(m_window), !banner->isVisible()));
    }

    void themeSwitchesAtRuntimeFromTheUserMenu()
    {
        desk::Preferences *preferences = desk::Preferences::instance();
        QVERIFY(preferences);
        QCOMPARE(preferences->theme(), QStringLiteral("light"));
        // The palette every screen reads: its window colour follows the clerk's choice.
        auto windowColour = [this] { return m_window->property("color").value<QColor>(); };
        const QColor light = windowColour();
        auto click = [this](QQuickItem *item) {
            QVERIFY(item);
            QTest::mouseClick(m_window, Qt::LeftButton, {},
                item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
        };
        auto shown = [this](const QString &name) -> QQuickItem * {
            desk::renderOnce(m_window);
            QList<QQuickItem *> items;
            collect(m_window->contentItem(), items);
            for (QQuickItem *item : items) {
                // By name, or a menu item by its words (a submenu's item has no name).
                const bool named = item->objectName() == name
                    || (name == QLatin1String("themeMenuItem") && item->inherits("QQuickMenuItem")
                        && item->property("text").toString() == QLatin1String("Theme"));
                if (named && item->isVisible() && item->width() > 0)
                    return item;
            }
            return nullptr;
        };

        // The user menu, its Theme submenu, Dark.
        click(findItem(QStringLiteral("userMenuButton")));
        QTRY_VERIFY(shown(QStringLiteral("themeMenuItem")));
        click(shown(QStringLiteral("themeMenuItem")));
        QTRY_VERIFY(shown(QStringLiteral("theme_dark")));
        click(shown(QStringLiteral("theme_dark")));
        QTRY_COMPARE(preferences->theme(), QStringLiteral("dark"));
        QTRY_VERIFY(windowColour() != light);
        QVERIFY(windowColour().lightness() < 60);

        // The menus in the dark theme, for the docs; then closed again.
        QTRY_VERIFY(!shown(QStringLiteral("theme_dark")));
        click(findItem(QStringLiteral("userMenuButton")));
        QTRY_VERIFY(shown(QStringLiteral("themeMenuItem")));
        click(shown(QStringLiteral("themeMenuItem")));
        QTRY_VERIFY(shown(QStringLiteral("theme_dark")));
        QVERIFY(shown(QStringLiteral("theme_dark"))->property("checked").toBool());
        saveScreenshot(QStringLiteral("user-menu-dark.png"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!shown(QStringLiteral("themeMenuItem")));

        preferences->setTheme(QStringLiteral("light"));
        QTRY_COMPARE(windowColour(), light);
    }

    // The clerk picks العربية in the user menu: the desk speaks Arabic (QML and the C++ lists'
    // words), is mirrored with the rail on the right, and remembers it; English brings it back.
    void languageSwitchesAtRunTime()
    {
        auto *languages = desk::LanguageSwitcher::instance();
        QCOMPARE(languages->language(), QStringLiteral("en"));
        m_desk->setView(QStringLiteral("inbox"));
        QVERIFY(desk::renderOnce(m_window));
        QQuickItem *loader = findItem(QStringLiteral("screenLoader"));
        QQuickItem *rail = findItem(QStringLiteral("railInbox"));
        QVERIFY(loader && rail);
        QVERIFY(!loader->property("mirrored").toBool());
        QVERIFY(rail->mapToScene(QPointF(0, 0)).x() < m_window->width() / 2);
        QVERIFY(showsText(QStringLiteral("Inbox")));

        chooseLanguageInTheMenu(QStringLiteral("ar"));
        QTRY_COMPARE(languages->language(), QStringLiteral("ar"));
        QVERIFY(loader->property("mirrored").toBool());
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        // The screen was made again in Arabic.
        QTRY_VERIFY((rail = findItem(QStringLiteral("railInbox"))));
        QTRY_VERIFY(rail->mapToScene(QPointF(0, 0)).x() > m_window->width() / 2);
        QTRY_VERIFY(showsText(QStringLiteral("البريد الوارد")));
        QVERIFY(!showsText(QStringLiteral("Inbox")));
        QCOMPARE(
            desk::wording::stateLabel(QStringLiteral("escalated")), QStringLiteral("بحاجة إليك"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ar"));

        chooseLanguageInTheMenu(QStringLiteral("en"));
        QTRY_COMPARE(languages->language(), QStringLiteral("en"));
        QVERIFY(!loader->property("mirrored").toBool());
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QTRY_VERIFY((rail = findItem(QStringLiteral("railInbox"))));
        QTRY_VERIFY(rail->mapToScene(QPointF(0, 0)).x() < m_window->width() / 2);
        QTRY_VERIFY(showsText(QStringLiteral("Inbox")));
        QCOMPARE(
            desk::wording::stateLabel(QStringLiteral("escalated")), QStringLiteral("Needs you"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        // The lists the switch reloaded are back on the new screen.
        QTRY_VERIFY(showsText(QStringLiteral("Maria Santos")));
    }

    // The guests screen lists the demo hotel's in-house guests; a memory edited in a guest's
    // profile is stored on the hub.
    void guestsScreenListsWhoIsInHouse()
    {
        m_desk->setView(QStringLiteral("guests"));
        QVERIFY(desk::renderOnce(m_window));
        QQuickItem *page = findItem(QStringLiteral("guestsPage"));
        QVERIFY(page);
        auto *directory = page->findChild<desk::GuestDirectory *>(QStringLiteral("guestDirectory"));
        QVERIFY(directory);
        QCOMPARE(directory->show(), desk::GuestDirectory::InHouse);
        QTRY_VERIFY_WITH_TIMEOUT(directory->loaded() && !directory->loading(), 10000);
        QStringList names;
        for (int row = 0; row < directory->model()->count(); ++row)
            names << directory->model()->at(row).name;
        names.sort();
        QCOMPARE(names, QStringList({ "Ahmed Haddad", "Maria Santos", "Sofia Rossi" }));
        QTRY_COMPARE(directory->arrivalsCount(), 1);
        QTRY_VERIFY(showsText(QStringLiteral("Room 412")));
        QVERIFY(showsText(QStringLiteral("Maria Santos")));

        // Search by room across the list.
        directory->setQuery(QStringLiteral("305"));
        QTRY_VERIFY_WITH_TIMEOUT(directory->model()->count() == 1 && !directory->loading(), 10000);
        QCOMPARE(directory->model()->at(0).name, QStringLiteral("Ahmed Haddad"));
        directory->setQuery({});
        QTRY_VERIFY_WITH_TIMEOUT(directory->model()->count() == 3 && !directory->loading(), 10000);
    }

    void memoryEditedInTheProfileIsStoredOnTheHub()
    {
        QQuickItem *page = findItem(QStringLiteral("guestsPage"));
        QVERIFY(page);
        auto *directory = page->findChild<desk::GuestDirectory *>(QStringLiteral("guestDirectory"));
        auto *profile = page->findChild<desk::GuestProfile *>(QStringLiteral("guestProfile"));
        QVERIFY(directory && profile);
        const int row = directory->model()->indexOfName(QStringLiteral("Maria Santos"));
        QVERIFY(row >= 0);
        const QString guestId = directory->model()->guestIdAt(row);
        QMetaObject::invokeMethod(page, "showGuest", Q_ARG(QVariant, guestId));
        QTRY_VERIFY_WITH_TIMEOUT(!profile->guest().isEmpty() && !profile->loading(), 10000);
        QCOMPARE(profile->guest().value("name").toString(), QStringLiteral("Maria Santos"));
        QVERIFY(!profile->reservations().isEmpty());
        QVERIFY(!profile->conversations().isEmpty()); // her WhatsApp conversation
        QVERIFY(profile->canManageData()); // the demo login is an admin
        QTRY_VERIFY(showsText(QStringLiteral("Allergic to peanuts")));
        QVariantMap memory;
        for (const QVariant &m : profile->memories()) {
            if (m.toMap().value("fact").toString() == QLatin1String("Allergic to peanuts"))
                memory = m.toMap();
        }
        QVERIFY(!memory.isEmpty());

        QObject *editor = page->findChild<QObject *>(QStringLiteral("memoryEditor"));
        QVERIFY(editor);
        QMetaObject::invokeMethod(editor, "openFor", Q_ARG(QVariant, memory.value("id")),
            Q_ARG(QVariant, memory.value("category")), Q_ARG(QVariant, memory.value("fact")));
        QTRY_VERIFY(editor->property("visible").toBool());
        editor->setProperty("fact", QStringLiteral("Allergic to peanuts and cashews"));
        QVERIFY(desk::renderOnce(m_window));
        QQuickItem *save = findItem(QStringLiteral("saveMemoryButton"));
        QVERIFY(save && save->isVisible() && save->isEnabled());
        QTest::mouseClick(m_window, Qt::LeftButton, {},
            save->mapToScene(QPointF(save->width() / 2, save->height() / 2)).toPoint());
        QTRY_VERIFY_WITH_TIMEOUT(!editor->property("visible").toBool(), 10000);

        const Answer stored = call("GET", QStringLiteral("/api/v1/guests/%1/memories").arg(guestId),
            {}, { { "Authorization", m_bearer } });
        QCOMPARE(stored.status, 200);
        QStringList facts;
        for (const QJsonValue &item : stored.json.value("items").toArray())
            facts << item.toObject().value("fact").toString();
        QVERIFY2(facts.contains(QStringLiteral("Allergic to peanuts and cashews")),
            qPrintable(facts.join(", ")));
        QTRY_VERIFY(showsText(QStringLiteral("Allergic to peanuts and cashews")));
        saveScreenshot(QStringLiteral("guest-profile-smoke.png"));
    }

    // The knowledge screen: a test question shows Jack's answer with its sources; an edit of
    // an entry is saved on the hub.
    void knowledgeTestQuestionShowsTheSources()
    {
        m_desk->setView(QStringLiteral("knowledge"));
        QVERIFY(desk::renderOnce(m_window));
        QQuickItem *page = findItem(QStringLiteral("knowledgePage"));
        QVERIFY(page);
        auto *book = page->findChild<desk::KnowledgeBook *>(QStringLiteral("knowledgeBook"));
        auto *question
            = page->findChild<desk::KnowledgeQuestion *>(QStringLiteral("knowledgeQuestion"));
        QVERIFY(book && question);
        QTRY_VERIFY_WITH_TIMEOUT(book->loaded() && book->entries()->count() > 0, 10000);
        QVERIFY(book->canEdit());

        QMetaObject::invokeMethod(
            page, "askQuestion", Q_ARG(QVariant, QStringLiteral("What is the wifi password?")));
        QTRY_VERIFY_WITH_TIMEOUT(question->hasAnswer() && !question->asking(), 15000);
        QVERIFY2(question->error().isEmpty(), qPrintable(question->error()));
        QVERIFY(!question->sources().isEmpty());
        const QVariantMap best = question->sources().first().toMap();
        QCOMPARE(best.value("title").toString(), QStringLiteral("Wi-Fi"));
        QVERIFY(question->answer().contains(QStringLiteral("seagull2026")));
        QTRY_VERIFY(showsText(question->answer()));
        QVERIFY(showsText(best.value("scoreText").toString()));
    }

    void knowledgeEditIsSaved()
    {
        QQuickItem *page = findItem(QStringLiteral("knowledgePage"));
        auto *book = page->findChild<desk::KnowledgeBook *>(QStringLiteral("knowledgeBook"));
        const int row = [book] {
            for (int r = 0; r < book->entries()->count(); ++r) {
                if (book->entries()->entryAt(r).value("title").toString()
                    == QLatin1String("Check-out time"))
                    return r;
            }
            return -1;
        }();
        QVERIFY(row >= 0);
        const QString id = book->entries()->entryAt(row).value("id").toString();
        QMetaObject::invokeMethod(page, "showEntry", Q_ARG(QVariant, id));
        QVERIFY(desk::renderOnce(m_window));
        QQuickItem *content = findItem(QStringLiteral("entryContent"));
        QVERIFY(content && content->isVisible());
        QVERIFY(content->property("text").toString().startsWith(QStringLiteral("Check-out is at")));
        const QString changed
            = QStringLiteral("Check-out is at 11:00. Late check-out until 15:00 costs 35 EUR.");
        content->setProperty("text", changed);
        QVERIFY(desk::renderOnce(m_window));
        QQuickItem *save = findItem(QStringLiteral("saveEntryButton"));
        QVERIFY(save && save->isVisible() && save->isEnabled());
        QSignalSpy saved(book, &desk::KnowledgeBook::saved);
        QTest::mouseClick(m_window, Qt::LeftButton, {},
            save->mapToScene(QPointF(save->width() / 2, save->height() / 2)).toPoint());
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QVERIFY2(book->error().isEmpty(), qPrintable(book->error()));
        const Answer stored = call("GET", QStringLiteral("/api/v1/knowledge/%1").arg(id), {},
            { { "Authorization", m_bearer } });
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json.value("content").toString(), changed);
        QCOMPARE(stored.json.value("title").toString(), QStringLiteral("Check-out time"));
        QCOMPARE(book->entries()->entry(id).value("content").toString(), changed);
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
    QApplication app(argc, argv); // Qt Charts (the Health screen) needs a QApplication
    // The language the test picks is remembered here, not in the settings of whoever runs it.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    desk::prepareQuickStyle();
    TestDeskSmoke test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_desksmoke.moc"
