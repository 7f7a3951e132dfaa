// kill -9 in the middle of a webhook burst: every notification the hub acknowledged survives,
// Meta's redelivery of everything stores nothing twice, and the backlog is processed after
// the restart.
#include "e2esupport.h"
#include "fakegraphapi.h"
#include "jackserverprocess.h"
#include "whatsapppayloads.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

#include <functional>
#include <memory>
#include <vector>

using namespace WhatsAppPayloads;

namespace {

constexpr int Guests = 20;
constexpr int MessagesPerGuest = 10; // 200 notifications in all
constexpr int Senders = 8;
constexpr int KillAfterAcks = 60;

struct Notification {
    QString phone;
    QString wamid;
    QByteArray body;
    QByteArray signature;
    int status = 0; // what the hub answered in the latest round, 0 = no answer
};

//! Posts every notification through `senders` concurrent keep-alive clients (one request in
//! flight each, like Meta's delivery workers); `onAck` runs after each 200.
void deliverAll(std::vector<Notification> &items, const QUrl &webhookUrl, int senders,
    const std::function<void(int acked)> &onAck = {})
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    size_t next = 0;
    int inFlight = 0;
    int acked = 0;
    QEventLoop loop;
    std::function<void(QNetworkAccessManager *)> sendNext = [&](QNetworkAccessManager *client) {
        if (next >= items.size()) {
            if (inFlight == 0)
                loop.quit();
            return;
        }
        Notification &item = items[next++];
        QNetworkRequest request(webhookUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("X-Hub-Signature-256", item.signature);
        request.setTransferTimeout(15000);
        ++inFlight;
        QNetworkReply *reply = client->post(request, item.body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, client, &item = item] {
            --inFlight;
            item.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            if (item.status == 200) {
                ++acked;
                if (onAck)
                    onAck(acked);
            }
            sendNext(client);
        });
    };
    for (int i = 0; i < senders; ++i) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        sendNext(clients.back().get());
    }
    if (inFlight > 0)
        loop.exec();
}

} // namespace

class TestCrashRecovery : public QObject {
    Q_OBJECT

private:
    WhatsAppAccount m_account;
    FakeGraphApi m_graph { m_account };
    JackServerProcess m_hub;

    //! Inbound messages of these guests as the API shows them: channelMessageId → copies.
    QHash<QString, int> storedInbound(const QStringList &phones)
    {
        QHash<QString, int> stored;
        const QSet<QString> ours(phones.begin(), phones.end());
        for (const QJsonValue &c : E2e::conversations(m_hub.api())) {
            const QJsonObject conversation = c.toObject();
            if (!ours.contains(E2e::digitsOf(conversation.value("guestPhone").toString())))
                continue;
            for (const QJsonValue &m :
                E2e::messages(m_hub.api(), conversation.value("id").toString())) {
                const QJsonObject message = m.toObject();
                if (message.value("direction").toString() == QLatin1String("inbound"))
                    ++stored[message.value("channelMessageId").toString()];
            }
        }
        return stored;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QByteArray why;
        QVERIFY2(E2e::startHubWithWhatsApp(m_hub, m_graph, &why), why.constData());
    }

    void cleanupTestCase() { QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString())); }

    void acknowledgedWebhooksSurviveKillNine()
    {
        static const char *const questions[] = {
            "What time is breakfast?",
            "Is the pool open?",
            "What is the wifi password?",
            "Where can I park?",
            "When is check-out?",
        };
        std::vector<Notification> items;
        QStringList phones;
        for (int g = 0; g < Guests; ++g)
            phones << E2e::newGuestPhone();
        // Interleave guests so every sender touches many conversations at once.
        for (int m = 0; m < MessagesPerGuest; ++m) {
            for (int g = 0; g < Guests; ++g) {
                Notification n;
                n.phone = phones[g];
                n.wamid = newWamid();
                n.body = inboundText(m_account, n.phone, QStringLiteral("Burst Guest %1").arg(g),
                    n.wamid,
                    QStringLiteral("#%1 %2").arg(m).arg(QLatin1String(questions[(g + m) % 5])));
                n.signature = signature(n.body, m_account.appSecret.toUtf8());
                items.push_back(n);
            }
        }
        const QUrl webhookUrl = m_hub.anonymous().urlFor(QStringLiteral("/webhooks/whatsapp"));

        // Round 1: SIGKILL the hub once KillAfterAcks notifications were acknowledged.
        deliverAll(items, webhookUrl, Senders, [&](int acked) {
            if (acked == KillAfterAcks)
                m_hub.kill();
        });
        QVERIFY(!m_hub.isRunning());
        QSet<QString> acknowledged;
        for (const Notification &n : items) {
            if (n.status == 200)
                acknowledged.insert(n.wamid);
        }
        qInfo(
            "acknowledged before SIGKILL: %lld of %zu", qint64(acknowledged.size()), items.size());
        QVERIFY(acknowledged.size() >= KillAfterAcks);
        QVERIFY2(acknowledged.size() < qsizetype(items.size()),
            "the burst finished before the kill; nothing was interrupted");

        // Before any redelivery (which would mask a loss), the restarted hub must already
        // hold every notification it acknowledged.
        QVERIFY2(m_hub.restart(), qPrintable(m_hub.errorString()));
        QHash<QString, int> stored = storedInbound(phones);
        for (const QString &wamid : acknowledged)
            QVERIFY2(stored.value(wamid) == 1,
                qPrintable(QStringLiteral("acknowledged before the crash, stored %1 times after "
                                          "it: %2")
                               .arg(stored.value(wamid))
                               .arg(wamid)));

        // Round 2: Meta redelivers everything it holds, acknowledged or not.
        deliverAll(items, webhookUrl, Senders);
        for (const Notification &n : items)
            QVERIFY2(n.status == 200,
                qPrintable(
                    QStringLiteral("redelivery of %1 answered %2").arg(n.wamid).arg(n.status)));

        // Every notification is stored exactly once, and nothing else was.
        stored = storedInbound(phones);
        int inboundTotal = 0;
        for (const int copies : std::as_const(stored))
            inboundTotal += copies;
        for (const Notification &n : items) {
            QVERIFY2(stored.value(n.wamid) == 1,
                qPrintable(
                    QStringLiteral("%1 stored %2 times").arg(n.wamid).arg(stored.value(n.wamid))));
        }
        QCOMPARE(inboundTotal, int(items.size()));

        // The hub picks up what the crash interrupted: every guest hears back.
        for (const QString &phone : phones) {
            QTRY_VERIFY2_WITH_TIMEOUT(!m_graph.acceptedSendsTo(phone).isEmpty(),
                qPrintable("no reply ever reached " + phone), 60000);
        }
        // And no guest message was answered twice (replays must not re-run the pipeline).
        for (const QString &phone : phones) {
            const int replies = E2e::count(
                E2e::messagesOfGuest(m_hub.api(), phone), E2e::fieldIs("senderType", "ai"));
            QVERIFY2(replies <= MessagesPerGuest,
                qPrintable(QStringLiteral("%1 AI replies for %2 guest messages")
                               .arg(replies)
                               .arg(MessagesPerGuest)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
