#include "channels/whatsapp/whatsappnotification.h"
#include "channels/whatsapp/whatsappsignature.h"

#include <QFile>
#include <QTest>

using namespace jack::channels;

class TestWhatsApp : public QObject {
    Q_OBJECT
private:
    QByteArray fixture()
    {
        QFile f(QStringLiteral(JACK_TEST_DATA "/whatsapp/batch.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

private Q_SLOTS:
    void signatureMatchesMetaFormat()
    {
        // HMAC-SHA256("The quick brown fox jumps over the lazy dog", key "key"), a published
        // vector.
        QCOMPARE(WhatsAppSignature::sign("key", "The quick brown fox jumps over the lazy dog"),
            QByteArray("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"));
    }

    void signatureOverRawBytes()
    {
        const QByteArray body = fixture();
        QVERIFY(!body.isEmpty());
        const QByteArray header = WhatsAppSignature::sign("app-secret", body);
        QVERIFY(WhatsAppSignature::verify("app-secret", body, header));
        QVERIFY(WhatsAppSignature::verify(
            "app-secret", body, header.toUpper().replace("SHA256=", "sha256=")));

        QByteArray tampered = body;
        tampered.replace("2 more towels", "9 more towels");
        QVERIFY(!WhatsAppSignature::verify("app-secret", tampered, header));
        // Re-serialised JSON is a different byte string: the signature must not survive it.
        QByteArray reformatted = body;
        reformatted.replace("\n", "");
        QVERIFY(!WhatsAppSignature::verify("app-secret", reformatted, header));
        QVERIFY(!WhatsAppSignature::verify("other-secret", body, header));
        QVERIFY(!WhatsAppSignature::verify("app-secret", body, QByteArray()));
        QVERIFY(!WhatsAppSignature::verify("app-secret", body, header.mid(7)));
        QVERIFY(!WhatsAppSignature::verify("", body, WhatsAppSignature::sign("", body)));
    }

    void parsesEveryEntryChangeMessageAndStatus()
    {
        QString error;
        const auto n = WhatsAppNotification::parse(fixture(), &error);
        QVERIFY2(n.has_value(), qPrintable(error));
        QCOMPARE(n->messages.size(), 3);
        QCOMPARE(n->statuses.size(), 2);
        const WhatsAppInbound &text = n->messages[0];
        QCOMPARE(text.from, QStringLiteral("351912345678"));
        QCOMPARE(text.profileName, QStringLiteral("Maria Santos"));
        QCOMPARE(text.contentType, QStringLiteral("text"));
        QCOMPARE(text.text, QStringLiteral("Can I get 2 more towels please?"));
        QCOMPARE(text.timestamp, QStringLiteral("2025-11-29T07:06:40.000Z"));
        QCOMPARE(text.phoneNumberId, QStringLiteral("106540352242922"));
        QCOMPARE(n->messages[1].contentType, QStringLiteral("image"));
        QCOMPARE(n->messages[1].text, QStringLiteral("[image]: the broken lamp"));
        QCOMPARE(n->messages[2].profileName, QStringLiteral("James Whitfield"));
        QVERIFY(n->messages[2].text.contains(QStringLiteral("Praça do Comércio")));
        QCOMPARE(n->statuses[0].status, QStringLiteral("delivered"));
        QCOMPARE(n->statuses[1].status, QStringLiteral("failed"));
        QVERIFY(n->statuses[1].error.contains(QStringLiteral("131047")));
    }

    void refusesWhatIsNotANotification()
    {
        QString error;
        QVERIFY(!WhatsAppNotification::parse("not json", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!WhatsAppNotification::parse(R"({"object":"page","entry":[]})", &error));
        QVERIFY(!WhatsAppNotification::parse(R"({"object":"whatsapp_business_account"})", &error));
        QVERIFY(!WhatsAppNotification::parse(
            R"({"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[{"type":"text"}]}}]}]})",
            &error));
        const auto empty = WhatsAppNotification::parse(
            R"({"object":"whatsapp_business_account","entry":[]})", &error);
        QVERIFY(empty.has_value());
        QVERIFY(empty->messages.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestWhatsApp)
#include "tst_whatsapp.moc"
