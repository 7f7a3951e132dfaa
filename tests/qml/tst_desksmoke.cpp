// The dashboard against a real embedded hub, offscreen: a guest writes on WhatsApp and sends a
// photo, the clerk signs in, sees the conversation in the inbox, opens it, reads the message,
// sees the photo, escalates and replies; WhatsApp refuses the reply once, the bubble shows why,
// and Retry sends the same message again through the hub's retry route. Fails on any QML
// warning. With $JACK_DESK_SCREENSHOTS set, saves the conversation there as a PNG.
#include "dashboard.h"
#include "desk.h"
#include "deskplugins.h"
#include "livefeed.h"
#include "llm/fakellmserver.h"
#include "qmlwarningguard.h"
#include "runtime/hub.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QImage>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace jack;

namespace {
constexpr const char *guestText = "Can I get 2 more towels please?";
constexpr const char *appSecret = "s";
constexpr const char *replyText = "Bringing them right away!";
constexpr const char *captionText = "Here is the towel cart";

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
    [[nodiscard]] int uploads() const { return m_uploads; }
    [[nodiscard]] QByteArray lastUpload() const { return m_lastUpload; }
    [[nodiscard]] int imageSends() const { return m_imageSends; }
    [[nodiscard]] QJsonObject lastImage() const { return m_lastImage; }

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
    int m_accepted = 0;
    int m_uploads = 0;
    QByteArray m_lastUpload;
    int m_imageSends = 0;
    QJsonObject m_lastImage;
};

QJsonObject whatsAppMessage(const QString &id, const QString &type, const QJsonObject &content)
{
    QJsonObject message { { "from", "351912345678" }, { "id", id },
        { "timestamp", QString::number(QDateTime::currentSecsSinceEpoch()) }, { "type", type } };
    message.insert(type, content);
    return message;
}

QByteArray whatsAppNotification(const QJsonObject &message)
{
    const QJsonObject value {
        { "messaging_product", "whatsapp" },
        { "metadata", QJsonObject { { "phone_number_id", "123" } } },
        { "contacts",
            QJsonArray { QJsonObject { { "profile", QJsonObject { { "name", "Maria Santos" } } },
                { "wa_id", "351912345678" } } } },
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
