// The web chat in a real browser: a real jack-server (demo hotel), a hotel web page served by
// this test from another origin that embeds the widget with one <script> tag, and headless
// Chromium driven through chromedriver's W3C WebDriver HTTP API. A guest asks, Jack answers,
// staff reply through the REST API, and a reload restores the conversation.
#include "e2esupport.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kStepMs = 30000;
const QString kElementKey = QStringLiteral("element-6066-11e4-a52e-4f735466cecf");

//! The hotel's own web site: one page embedding the widget from the hub.
class HotelSite : public QObject {
public:
    bool listen(quint16 hubPort)
    {
        m_hubPort = hubPort;
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    [[nodiscard]] QString origin() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }

private:
    void serve(QTcpSocket *socket)
    {
        m_buffer[socket] += socket->readAll();
        if (!m_buffer[socket].contains("\r\n\r\n"))
            return;
        const QByteArray path = m_buffer.take(socket).split(' ').value(1);
        QByteArray status = "200 OK";
        QByteArray body;
        if (path == "/" || path.startsWith("/?") || path == "/ar") {
            const QByteArray lang = path == "/ar" ? " data-lang=\"ar\"" : "";
            body = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Harbourview "
                   "Hotel</title></head><body><h1>Harbourview Hotel</h1><p>Book your stay."
                   "</p><script src=\"http://127.0.0.1:"
                + QByteArray::number(m_hubPort) + "/webchat/widget.js\"" + lang
                + " async></script></body></html>";
        } else {
            status = "404 Not Found";
        }
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\n"
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
            + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    quint16 m_hubPort = 0;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

//! A W3C WebDriver session on chromedriver.
class Browser {
public:
    explicit Browser(const QUrl &driver)
        : m_driver(driver)
    {
        m_driver.setTimeout(60000);
    }
    bool start(QByteArray *why)
    {
        const QJsonObject options { { "binary", m_binary },
            { "args",
                QJsonArray { "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--no-first-run", "--lang=en-US" } } };
        const HttpReply r = m_driver.post(QStringLiteral("/session"),
            { { "capabilities",
                QJsonObject { { "alwaysMatch",
                    QJsonObject {
                        { "browserName", "chrome" }, { "goog:chromeOptions", options } } } } } });
        m_session = r.object().value("value").toObject().value("sessionId").toString();
        if (m_session.isEmpty())
            *why = r.describe();
        return !m_session.isEmpty();
    }
    void setBinary(const QString &path) { m_binary = path; }
    void stop()
    {
        if (!m_session.isEmpty())
            (void)m_driver.del(QStringLiteral("/session/") + m_session);
        m_session.clear();
    }
    HttpReply command(const QString &path, const QJsonObject &body)
    {
        return m_driver.post(QStringLiteral("/session/%1/%2").arg(m_session, path), body);
    }
    bool navigate(const QString &url)
    {
        return command(QStringLiteral("url"), { { "url", url } }).status == 200;
    }
    bool refresh() { return command(QStringLiteral("refresh"), {}).status == 200; }
    //! Runs `script` in the page and returns its value.
    QJsonValue run(const QString &script, const QJsonArray &args = {})
    {
        return command(QStringLiteral("execute/sync"), { { "script", script }, { "args", args } })
            .object()
            .value("value");
    }
    //! The element matching `css`, waiting for it; empty when it never appeared.
    QString find(const QString &css, int timeoutMs = kStepMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        do {
            const HttpReply r = command(
                QStringLiteral("element"), { { "using", "css selector" }, { "value", css } });
            const QString id = r.object().value("value").toObject().value(kElementKey).toString();
            if (r.status == 200 && !id.isEmpty())
                return id;
            QTest::qWait(100);
        } while (!deadline.hasExpired());
        return {};
    }
    bool click(const QString &element)
    {
        return command(QStringLiteral("element/%1/click").arg(element), {}).status == 200;
    }
    bool type(const QString &element, const QString &text)
    {
        return command(QStringLiteral("element/%1/value").arg(element), { { "text", text } }).status
            == 200;
    }
    //! "from|text" of every message shown in the widget.
    QStringList messages()
    {
        QStringList out;
        const QJsonArray lines
            = run(QStringLiteral(
                      "return Array.from(document.querySelectorAll('.jtb-msg')).map(function (e) {"
                      " return e.getAttribute('data-from') + '|' + "
                      "e.querySelector('.jtb-text').textContent; "
                      "});"))
                  .toArray();
        for (const QJsonValue &v : lines)
            out.append(v.toString());
        return out;
    }
    //! Waits until a message from `from` containing `text` is shown; returns it.
    QString waitForMessage(const QString &from, const QString &text, int timeoutMs = kStepMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        do {
            for (const QString &line : messages()) {
                if (line.startsWith(from + QLatin1Char('|'))
                    && line.contains(text, Qt::CaseInsensitive))
                    return line;
            }
            QTest::qWait(150);
        } while (!deadline.hasExpired());
        return {};
    }

private:
    JsonHttpClient m_driver;
    QString m_session;
    QString m_binary;
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

class TestWebchatBrowser : public QObject {
    Q_OBJECT
private:
    JackServerProcess m_hub;
    HotelSite m_site;
    QProcess m_driverProcess;
    std::unique_ptr<Browser> m_browser;
    QString m_chromium;
    QString m_chromedriver;

    QString webchatConversation()
    {
        for (const QJsonValue &v : E2e::conversations(m_hub.api())) {
            if (v.toObject().value("channel").toString() == QLatin1String("webchat"))
                return v.toObject().value("id").toString();
        }
        return {};
    }
    QString statusOf(const QString &conversationId, const QString &messageId)
    {
        for (const QJsonValue &v : E2e::messages(m_hub.api(), conversationId)) {
            if (v.toObject().value("id").toString() == messageId)
                return v.toObject().value("deliveryStatus").toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *name : { "chromium", "chromium-browser", "google-chrome" }) {
            m_chromium = QStandardPaths::findExecutable(QString::fromLatin1(name));
            if (!m_chromium.isEmpty())
                break;
        }
        m_chromedriver = QStandardPaths::findExecutable(QStringLiteral("chromedriver"));
        if (m_chromium.isEmpty() || m_chromedriver.isEmpty())
            QSKIP("needs Chromium and chromedriver (Debian: chromium chromium-driver)");

        QVERIFY2(m_hub.start(), m_hub.errorString().toUtf8() + m_hub.outputTail());
        QVERIFY(m_site.listen(m_hub.port()));
        const HttpReply configured = m_hub.api().put(QStringLiteral("/api/v1/apps/webchat"),
            { { "enabled", true },
                { "config",
                    QJsonObject { { "allowedOrigins", m_site.origin() },
                        { "greeting", "Welcome to Harbourview! Ask us anything." },
                        { "primaryColor", "#0b6e4f" } } } });
        QVERIFY2(configured.status == 200, configured.describe());

        const quint16 port = freePort();
        m_driverProcess.setProcessChannelMode(QProcess::MergedChannels);
        m_driverProcess.start(m_chromedriver, { QStringLiteral("--port=%1").arg(port) });
        QVERIFY2(m_driverProcess.waitForStarted(10000), "chromedriver did not start");
        const QUrl driverUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        JsonHttpClient status(driverUrl);
        status.setTimeout(2000);
        QTRY_VERIFY_WITH_TIMEOUT(status.get(QStringLiteral("/status"))
                                     .object()
                                     .value("value")
                                     .toObject()
                                     .value("ready")
                                     .toBool(),
            kStepMs);
        m_browser = std::make_unique<Browser>(driverUrl);
        m_browser->setBinary(m_chromium);
        QByteArray why;
        QVERIFY2(m_browser->start(&why), why.constData());
    }

    void cleanupTestCase()
    {
        if (m_browser)
            m_browser->stop();
        if (m_driverProcess.state() != QProcess::NotRunning) {
            m_driverProcess.terminate();
            if (!m_driverProcess.waitForFinished(5000))
                m_driverProcess.kill();
        }
        if (m_hub.isRunning())
            (void)m_hub.terminate();
    }

    void guestAsksJackAnswersStaffRepliesReloadRestores()
    {
        Browser &b = *m_browser;
        QVERIFY(b.navigate(m_site.origin() + QStringLiteral("/")));
        const QString bubble = b.find(QStringLiteral("button.jtb-bubble"));
        QVERIFY2(!bubble.isEmpty(), "the widget's chat bubble never appeared");
        QCOMPARE(b.run(QStringLiteral("return document.querySelector('.jtb-bubble')"
                                      ".getAttribute('aria-label');"))
                     .toString(),
            QStringLiteral("Chat with us"));
        QVERIFY(b.click(bubble));
        const QString input = b.find(QStringLiteral(".jtb-panel:not([hidden]) textarea.jtb-input"));
        QVERIFY(!input.isEmpty());
        // Opening moves the focus into the text field.
        QVERIFY(b.run(QStringLiteral("return document.activeElement === "
                                     "document.querySelector('.jtb-input');"))
                    .toBool());
        QCOMPARE(b.run(QStringLiteral("return document.querySelector('.jtb-title').textContent;"))
                     .toString(),
            QStringLiteral("Harbour View Hotel"));
        QVERIFY(!b.waitForMessage(QStringLiteral("hotel"), QStringLiteral("Ask us anything"))
                     .isEmpty());

        // The "Jack is typing…" bubble: hidden until a message is acknowledged. Jack may answer
        // within a poll, so the page records whether it was ever shown.
        QVERIFY(b.run(QStringLiteral(
                          "var t = document.querySelector('.jtb-typing'); window.__typingSeen = "
                          "false; new MutationObserver(function () { if (!t.hidden) "
                          "window.__typingSeen = true; }).observe(t, { attributes: true }); "
                          "return t.hidden && t.getAttribute('aria-live') === 'polite';"))
                    .toBool());
        QCOMPARE(b.run(QStringLiteral("return document.querySelector('.jtb-typing').textContent;"))
                     .toString(),
            QStringLiteral("Jack is typing…"));

        // Enter sends.
        QVERIFY(b.type(input, QStringLiteral("What time is breakfast?") + QChar(0xE007)));
        QVERIFY(
            !b.waitForMessage(QStringLiteral("guest"), QStringLiteral("What time is breakfast?"))
                 .isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            b.run(QStringLiteral("return window.__typingSeen;")).toBool(), kStepMs);
        const QString answer = b.waitForMessage(QStringLiteral("jack"), QStringLiteral("07:00"));
        QVERIFY2(!answer.isEmpty(), qPrintable(b.messages().join(QLatin1Char('\n'))));
        // Jack's answer is shown: the bubble is gone.
        QTRY_VERIFY_WITH_TIMEOUT(
            b.run(QStringLiteral("return document.querySelector('.jtb-typing').hidden;")).toBool(),
            kStepMs);
        // The guest's message is acknowledged (stored) once the hub committed it.
        QTRY_VERIFY_WITH_TIMEOUT(
            b.run(QStringLiteral("return document.querySelectorAll('.jtb-pending').length;"))
                    .toInt()
                == 0,
            kStepMs);

        const QString conversationId = webchatConversation();
        QVERIFY(!conversationId.isEmpty());
        const HttpReply sent = m_hub.api().post(
            QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId),
            { { "content", "Good morning! We also serve breakfast in your room." } });
        QVERIFY2(sent.status == 201, sent.describe());
        const QString staffMessageId = sent.object().value("id").toString();
        QVERIFY(!b.waitForMessage(QStringLiteral("staff"), QStringLiteral("breakfast in your room"))
                     .isEmpty());
        // The open widget tells the hub the reply reached the guest (and was seen).
        QTRY_VERIFY_WITH_TIMEOUT(
            QStringList({ QStringLiteral("delivered"), QStringLiteral("read") })
                .contains(statusOf(conversationId, staffMessageId)),
            kStepMs);

        // A reload resumes the session from localStorage and shows the history.
        QVERIFY(b.refresh());
        QVERIFY(!b.find(QStringLiteral("button.jtb-bubble")).isEmpty());
        QVERIFY(
            !b.waitForMessage(QStringLiteral("guest"), QStringLiteral("What time is breakfast?"))
                 .isEmpty());
        QVERIFY(!b.waitForMessage(QStringLiteral("jack"), QStringLiteral("07:00")).isEmpty());
        QVERIFY(!b.waitForMessage(QStringLiteral("staff"), QStringLiteral("breakfast in your room"))
                     .isEmpty());
        // Still one conversation: the reload did not start a new session.
        int webchat = 0;
        for (const QJsonValue &v : E2e::conversations(m_hub.api()))
            webchat += v.toObject().value("channel").toString() == QLatin1String("webchat");
        QCOMPARE(webchat, 1);
    }

    void arabicIsRightToLeft()
    {
        Browser &b = *m_browser;
        QVERIFY(b.navigate(m_site.origin() + QStringLiteral("/ar")));
        QVERIFY(!b.find(QStringLiteral(".jtb-root[dir=rtl] button.jtb-bubble")).isEmpty());
        QCOMPARE(b.run(QStringLiteral("return document.querySelector('.jtb-bubble')"
                                      ".getAttribute('aria-label');"))
                     .toString(),
            QStringLiteral("تحدث معنا"));
    }
};

QTEST_GUILESS_MAIN(TestWebchatBrowser)
#include "tst_webchatbrowser.moc"
