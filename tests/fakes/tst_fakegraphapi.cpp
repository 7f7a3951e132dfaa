// The fake Graph API and the payload helpers must themselves tell the truth about Meta's
// protocol, or every end-to-end test built on them proves nothing.
#include "fakegraphapi.h"
#include "jsonhttpclient.h"
#include "whatsapppayloads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

class TestFakeGraphApi : public QObject {
    Q_OBJECT

private:
    HttpReply sendText(JsonHttpClient &client, const QString &to = QStringLiteral("4915112345678"),
        const QString &body = QStringLiteral("Hello"))
    {
        return client.post(QStringLiteral("/1234567890/messages"),
            QJsonObject {
                { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") },
                { QStringLiteral("recipient_type"), QStringLiteral("individual") },
                { QStringLiteral("to"), to },
                { QStringLiteral("type"), QStringLiteral("text") },
                { QStringLiteral("text"),
                    QJsonObject { { QStringLiteral("body"), body },
                        { QStringLiteral("preview_url"), false } } },
            });
    }

    static int errorCode(const HttpReply &reply)
    {
        return reply.object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toInt();
    }

    std::unique_ptr<FakeGraphApi> m_fake;
    std::unique_ptr<JsonHttpClient> m_client;

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeGraphApi>();
        QVERIFY(m_fake->start());
        m_client = std::make_unique<JsonHttpClient>(m_fake->baseUrl());
        m_client->setBearerToken("EAAG-test");
        m_client->setTimeout(3000);
    }

    void cleanup()
    {
        m_client.reset();
        m_fake.reset();
    }

    void acceptsAWellFormedTextSend()
    {
        QSignalSpy accepted(m_fake.get(), &FakeGraphApi::messageAccepted);
        const HttpReply reply = sendText(*m_client);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.object();
        QCOMPARE(body.value("messaging_product").toString(), QStringLiteral("whatsapp"));
        const QJsonObject contact = body.value("contacts").toArray().at(0).toObject();
        QCOMPARE(contact.value("input").toString(), QStringLiteral("4915112345678"));
        QCOMPARE(contact.value("wa_id").toString(), QStringLiteral("4915112345678"));
        const QString wamid
            = body.value("messages").toArray().at(0).toObject().value("id").toString();
        QVERIFY(wamid.startsWith(QStringLiteral("wamid.")));

        QCOMPARE(accepted.count(), 1);
        const auto sends = m_fake->acceptedSendsTo(QStringLiteral("4915112345678"));
        QCOMPARE(sends.size(), 1);
        QCOMPARE(sends.first().wamid, wamid);
        QCOMPARE(sends.first().textBody(), QStringLiteral("Hello"));
        QCOMPARE(sends.first().header("authorization"), QByteArray("Bearer EAAG-test"));

        // Every send gets its own id.
        const HttpReply second = sendText(*m_client);
        QVERIFY(second.object().value("messages").toArray().at(0).toObject().value("id")
            != QJsonValue(wamid));
    }

    void rejectsBadCredentials()
    {
        m_client->setBearerToken("wrong");
        HttpReply reply = sendText(*m_client);
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), 190);
        QCOMPARE(reply.object().value("error").toObject().value("type").toString(),
            QStringLiteral("OAuthException"));
        QVERIFY(!reply.object().value("error").toObject().value("fbtrace_id").toString().isEmpty());

        m_client->setBearerToken({});
        reply = sendText(*m_client);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), 2500);
        QVERIFY(m_fake->acceptedSends().isEmpty());
        QCOMPARE(m_fake->requests().size(), 2);
    }

    void rejectsAnUnknownPhoneNumberId()
    {
        const HttpReply reply = m_client->post(QStringLiteral("/999/messages"),
            QJsonObject { { "messaging_product", "whatsapp" }, { "to", "4915112345678" },
                { "type", "text" }, { "text", QJsonObject { { "body", "x" } } } });
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), 100);
        QCOMPARE(reply.object().value("error").toObject().value("error_subcode").toInt(), 33);
    }

    void rejectsMalformedBodies_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("code");
        const QJsonObject text { { "body", "hi" } };
        QTest::newRow("no messaging_product")
            << QJsonObject { { "to", "4915112345678" }, { "type", "text" }, { "text", text } }
            << 100;
        QTest::newRow("wrong messaging_product") << QJsonObject { { "messaging_product", "sms" },
            { "to", "4915112345678" }, { "type", "text" }, { "text", text } }
                                                 << 100;
        QTest::newRow("no to") << QJsonObject { { "messaging_product", "whatsapp" },
            { "type", "text" }, { "text", text } }
                               << 100;
        QTest::newRow("to not a number") << QJsonObject { { "messaging_product", "whatsapp" },
            { "to", "room 412" }, { "type", "text" }, { "text", text } }
                                         << 131009;
        QTest::newRow("no type") << QJsonObject { { "messaging_product", "whatsapp" },
            { "to", "4915112345678" }, { "text", text } }
                                 << 100;
        QTest::newRow("no text.body") << QJsonObject { { "messaging_product", "whatsapp" },
            { "to", "4915112345678" }, { "type", "text" }, { "text", QJsonObject {} } }
                                      << 100;
        QTest::newRow("body too long")
            << QJsonObject { { "messaging_product", "whatsapp" }, { "to", "4915112345678" },
                   { "type", "text" }, { "text", QJsonObject { { "body", QString(4097, u'x') } } } }
            << 100;
    }

    void rejectsMalformedBodies()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, code);
        const HttpReply reply = m_client->post(QStringLiteral("/1234567890/messages"), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), code);
        QVERIFY(m_fake->acceptedSends().isEmpty());
    }

    void failsTheNextRequestsOnDemand()
    {
        m_fake->failNext(2, 429);
        m_fake->failNext(1, 500);
        m_fake->failNext(1, 400, 131047);
        HttpReply reply = sendText(*m_client);
        QCOMPARE(reply.status, 429);
        QCOMPARE(errorCode(reply), 130429);
        QCOMPARE(sendText(*m_client).status, 429);
        reply = sendText(*m_client);
        QCOMPARE(reply.status, 500);
        QCOMPARE(errorCode(reply), 131000);
        reply = sendText(*m_client);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), 131047);
        QCOMPARE(reply.object()
                     .value("error")
                     .toObject()
                     .value("error_data")
                     .toObject()
                     .value("messaging_product")
                     .toString(),
            QStringLiteral("whatsapp"));
        QCOMPARE(m_fake->pendingFailures(), 0);
        QCOMPARE(sendText(*m_client).status, 200);
        QCOMPARE(m_fake->messageSends().size(), 5);
        QCOMPARE(m_fake->acceptedSends().size(), 1);
    }

    void goesDownAndComesBackOnTheSamePort()
    {
        const quint16 port = m_fake->port();
        QCOMPARE(sendText(*m_client).status, 200);

        QVERIFY(m_fake->setDown(true));
        HttpReply reply = sendText(*m_client);
        QCOMPARE(reply.status, 0);
        QCOMPARE(reply.error, QNetworkReply::ConnectionRefusedError);

        QVERIFY(m_fake->setDown(false));
        QCOMPARE(m_fake->port(), port);
        QCOMPARE(sendText(*m_client).status, 200);

        QVERIFY(m_fake->setDown(true, FakeGraphApi::Outage::Reset));
        reply = sendText(*m_client);
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QVERIFY(m_fake->droppedConnections() >= 1);
        QVERIFY(m_fake->setDown(false));
        QCOMPARE(sendText(*m_client).status, 200);
        QCOMPARE(m_fake->acceptedSends().size(), 3);
    }

    void servesMedia()
    {
        m_fake->addMedia(QStringLiteral("1037543291543636"), "image/jpeg", "\xff\xd8jpeg");
        const HttpReply meta = m_client->get(QStringLiteral("/1037543291543636"));
        QCOMPARE(meta.status, 200);
        QCOMPARE(meta.object().value("mime_type").toString(), QStringLiteral("image/jpeg"));
        JsonHttpClient direct(QUrl(meta.object().value("url").toString()));
        direct.setBearerToken("EAAG-test");
        const HttpReply bytes = direct.get(QString());
        QCOMPARE(bytes.status, 200);
        QCOMPARE(bytes.body, QByteArray("\xff\xd8jpeg"));
        direct.setBearerToken("wrong");
        QCOMPARE(direct.get(QString()).status, 401);
    }

    void signsLikeMeta()
    {
        // RFC 4231 test case 2.
        QCOMPARE(WhatsAppPayloads::signature("what do ya want for nothing?", "Jefe"),
            QByteArray("sha256="
                       "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void buildsNotificationsLikeMeta()
    {
        const WhatsAppAccount account;
        const QString wamid = WhatsAppPayloads::newWamid();
        QVERIFY(wamid.startsWith(QStringLiteral("wamid.")));
        QVERIFY(wamid != WhatsAppPayloads::newWamid());
        const QByteArray raw = WhatsAppPayloads::inboundText(account,
            QStringLiteral("4915112345678"), QStringLiteral("Ann"), wamid, QStringLiteral("Hi"));
        const QJsonObject root = QJsonDocument::fromJson(raw).object();
        QCOMPARE(root.value("object").toString(), QStringLiteral("whatsapp_business_account"));
        const QJsonObject change = root.value("entry")
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value("changes")
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(change.value("field").toString(), QStringLiteral("messages"));
        const QJsonObject value = change.value("value").toObject();
        QCOMPARE(value.value("metadata").toObject().value("phone_number_id").toString(),
            account.phoneNumberId);
        QCOMPARE(value.value("contacts").toArray().at(0).toObject().value("wa_id").toString(),
            QStringLiteral("4915112345678"));
        const QJsonObject message = value.value("messages").toArray().at(0).toObject();
        QCOMPARE(message.value("id").toString(), wamid);
        QCOMPARE(message.value("type").toString(), QStringLiteral("text"));
        QCOMPARE(message.value("text").toObject().value("body").toString(), QStringLiteral("Hi"));
        QVERIFY(message.value("timestamp").isString());

        const QByteArray statusBody = WhatsAppPayloads::statuses(account,
            QJsonArray { WhatsAppPayloads::status(
                wamid, QStringLiteral("failed"), QStringLiteral("4915112345678")) });
        const QJsonObject status = QJsonDocument::fromJson(statusBody)
                                       .object()
                                       .value("entry")
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value("changes")
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value("value")
                                       .toObject()
                                       .value("statuses")
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(status.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(status.value("errors").toArray().at(0).toObject().value("code").toInt(), 131026);
    }
};

QTEST_GUILESS_MAIN(TestFakeGraphApi)
#include "tst_fakegraphapi.moc"
