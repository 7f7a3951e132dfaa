// The SMS channel's protocol pieces: X-Twilio-Signature (Twilio's published check value),
// form bodies, REST error mapping and webhook parsing.
#include "channels/sms/smsconfig.h"
#include "channels/sms/smsinbound.h"
#include "channels/sms/twilioclient.h"
#include "channels/sms/twilioerrors.h"
#include "channels/sms/twilioform.h"
#include "channels/sms/twiliosignature.h"

#include <QTest>

using namespace jack::channels;

namespace {
TwilioForm publishedForm()
{
    TwilioForm form;
    // Deliberately not in name order: the signature sorts them.
    form.add(QStringLiteral("To"), QStringLiteral("+18005551212"));
    form.add(QStringLiteral("CallSid"), QStringLiteral("CA1234567890ABCDE"));
    form.add(QStringLiteral("Digits"), QStringLiteral("1234"));
    form.add(QStringLiteral("From"), QStringLiteral("+12349013030"));
    form.add(QStringLiteral("Caller"), QStringLiteral("+12349013030"));
    return form;
}
const QString kPublishedUrl = QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=2");
const QByteArray kPublishedSignature = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";
} // namespace

class TestTwilio : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signatureMatchesPublishedValue()
    {
        QCOMPARE(TwilioSignature::sign(QStringLiteral("12345"), kPublishedUrl, publishedForm()),
            kPublishedSignature);
        QVERIFY(TwilioSignature::verify(
            QStringLiteral("12345"), kPublishedUrl, publishedForm(), kPublishedSignature));
    }

    void signatureOverParsedBody()
    {
        // The same parameters as Twilio posts them, percent- and plus-encoded.
        const auto form = TwilioForm::parse(
            "CallSid=CA1234567890ABCDE&Caller=%2B12349013030&Digits=1234&From=%2B12349013030"
            "&To=%2B18005551212");
        QVERIFY(TwilioSignature::verify(
            QStringLiteral("12345"), kPublishedUrl, form, kPublishedSignature));
    }

    void signatureRefusals()
    {
        TwilioForm tampered = publishedForm();
        tampered.add(QStringLiteral("Body"), QStringLiteral("extra"));
        QVERIFY(!TwilioSignature::verify(
            QStringLiteral("12345"), kPublishedUrl, tampered, kPublishedSignature));
        TwilioForm changed;
        const TwilioForm original = publishedForm();
        for (const auto &f : original.fields())
            changed.add(
                f.first, f.first == QLatin1String("Digits") ? QStringLiteral("1235") : f.second);
        QVERIFY(!TwilioSignature::verify(
            QStringLiteral("12345"), kPublishedUrl, changed, kPublishedSignature));
        // The loopback address the request arrived on is not what Twilio signed.
        QVERIFY(!TwilioSignature::verify(QStringLiteral("12345"),
            QStringLiteral("http://127.0.0.1:8080/myapp.php?foo=1&bar=2"), publishedForm(),
            kPublishedSignature));
        QVERIFY(!TwilioSignature::verify(
            QStringLiteral("54321"), kPublishedUrl, publishedForm(), kPublishedSignature));
        QVERIFY(!TwilioSignature::verify(
            QStringLiteral("12345"), kPublishedUrl, publishedForm(), QByteArray()));
        QVERIFY(!TwilioSignature::verify(
            QString(), kPublishedUrl, publishedForm(), kPublishedSignature));
        QVERIFY(!TwilioSignature::verify(QStringLiteral("12345"), kPublishedUrl, publishedForm(),
            "0/KCTR6DLpKmkAf8muzZqo1nDgQ"));
    }

    void formRoundTrip()
    {
        TwilioForm form;
        form.add(QStringLiteral("To"), QStringLiteral("+351912345678"));
        form.add(QStringLiteral("Body"), QStringLiteral("Olá & bem-vindo = 100% 😀 a+b"));
        const QByteArray body = form.encoded();
        QVERIFY2(!body.contains(' ') && !body.contains('+'), body.constData());
        const auto parsed = TwilioForm::parse(body);
        QCOMPARE(parsed.fields(), form.fields());
        QCOMPARE(TwilioForm::parse("Body=hello+world%21&Empty=&Flag").value("Body"),
            QStringLiteral("hello world!"));
        QVERIFY(TwilioForm::parse("Body=hello+world%21&Empty=&Flag").contains("Flag"));
        QVERIFY(!TwilioForm::parse("Body=x").contains("Missing"));
    }

    void classify_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("errorContains");

        QTest::newRow("201") << 201 << QByteArray("{\"sid\":\"SM0123\",\"status\":\"queued\"}")
                             << int(SendOutcome::Sent) << QString() << QString();
        QTest::newRow("201 without sid")
            << 201 << QByteArray("{}") << int(SendOutcome::Retry) << QString() << "SID";
        QTest::newRow("500") << 500 << QByteArray() << int(SendOutcome::Retry) << QString()
                             << "server error";
        QTest::newRow("503 json") << 503 << QByteArray("{\"code\":20500,\"message\":\"x\"}")
                                  << int(SendOutcome::Retry) << "20500"
                                  << "server error";
        QTest::newRow("429") << 429
                             << QByteArray("{\"code\":20429,\"message\":\"Too Many Requests\"}")
                             << int(SendOutcome::Retry) << "20429"
                             << "throttling";
        QTest::newRow("401") << 401
                             << QByteArray(
                                    "{\"code\":20003,\"message\":\"Authenticate\",\"status\":401}")
                             << int(SendOutcome::Failed) << "20003"
                             << "check the Twilio settings";
        QTest::newRow("21211") << 400
                               << QByteArray(
                                      "{\"code\":21211,\"message\":\"The To number +1 is not a "
                                      "valid phone number.\",\"status\":400}")
                               << int(SendOutcome::Failed) << "21211"
                               << "not a valid number";
        QTest::newRow("21610") << 400 << QByteArray("{\"code\":21610,\"message\":\"unsubscribed\"}")
                               << int(SendOutcome::Failed) << "21610"
                               << "STOP";
        QTest::newRow("21408") << 400 << QByteArray("{\"code\":21408,\"message\":\"region\"}")
                               << int(SendOutcome::Failed) << "21408"
                               << "geographic permissions";
        QTest::newRow("21614") << 400 << QByteArray("{\"code\":21614,\"message\":\"landline\"}")
                               << int(SendOutcome::Failed) << "21614"
                               << "not a mobile number";
        QTest::newRow("unknown 400") << 400 << QByteArray("{\"code\":21999,\"message\":\"Odd\"}")
                                     << int(SendOutcome::Failed) << "21999"
                                     << "code 21999: Odd";
        QTest::newRow("404 account") << 404 << QByteArray("{\"code\":20404,\"message\":\"nf\"}")
                                     << int(SendOutcome::Failed) << "20404"
                                     << "account SID";
    }

    void classify()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, outcome);
        QFETCH(QString, errorCode);
        QFETCH(QString, errorContains);
        const SendResult r = TwilioClient::classify(status, body, false, QString());
        QCOMPARE(int(r.outcome), outcome);
        QCOMPARE(r.errorCode, errorCode);
        if (outcome == int(SendOutcome::Sent))
            QCOMPARE(r.channelMessageId, QStringLiteral("SM0123"));
        else
            QVERIFY2(r.error.contains(errorContains), qPrintable(r.error));
    }

    void classifyNetworkAndRetryAfter()
    {
        const SendResult down = TwilioClient::classify(0, {}, true, QStringLiteral("refused"));
        QCOMPARE(down.outcome, SendOutcome::Retry);
        QVERIFY(down.error.contains(QLatin1String("refused")));
        const SendResult later = TwilioClient::classify(429, {}, false, {}, "30");
        QCOMPARE(later.outcome, SendOutcome::Retry);
        QCOMPARE(later.retryAfterMs, 30000);
    }

    void inboundSms()
    {
        QString error;
        const auto m = SmsInbound::message(
            TwilioForm::parse("ToCountry=US&SmsMessageSid=SMa1&NumMedia=0&MessageSid=SMa1"
                              "&From=%2B351+912+345+678&To=%2B18005551212&Body=Hi+there%21"
                              "&AccountSid=AC1"),
            &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->channel, QStringLiteral("sms"));
        QCOMPARE(m->address, QStringLiteral("+351912345678"));
        QCOMPARE(int(m->addressKind), int(AddressKind::Phone));
        QCOMPARE(m->channelMessageId, QStringLiteral("SMa1"));
        QCOMPARE(m->text, QStringLiteral("Hi there!"));
        QCOMPARE(m->contentType, QStringLiteral("text"));
        QVERIFY(m->media.isEmpty());
    }

    void inboundMms()
    {
        QString error;
        const auto m = SmsInbound::message(
            TwilioForm::parse("MessageSid=MMb2&From=%2B351912345678&Body=&NumMedia=2"
                              "&MediaUrl0=https%3A%2F%2Fapi.twilio.com%2Fm%2FME1"
                              "&MediaContentType0=image%2Fjpeg"
                              "&MediaUrl1=https%3A%2F%2Fapi.twilio.com%2Fm%2FME2"
                              "&MediaContentType1=image%2Fpng"),
            &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->media.size(), 2);
        QCOMPARE(m->media.at(0).source, QStringLiteral("https://api.twilio.com/m/ME1"));
        QCOMPARE(m->media.at(0).kind, QStringLiteral("image"));
        QCOMPARE(m->media.at(1).mimeType, QStringLiteral("image/png"));
        QCOMPARE(m->text, QStringLiteral("[2 photos]"));
        QCOMPARE(m->contentType, QStringLiteral("image"));
        QCOMPARE(
            SmsInbound::describeMedia({ InboundMedia { QStringLiteral("image"), {}, {}, {}, {}, 0 },
                InboundMedia { QStringLiteral("audio"), {}, {}, {}, {}, 0 } }),
            QStringLiteral("[photo, audio]"));
        QCOMPARE(SmsInbound::kindOf(QStringLiteral("video/mp4")), QStringLiteral("video"));
        QCOMPARE(SmsInbound::kindOf(QStringLiteral("application/pdf")), QStringLiteral("document"));
        QCOMPARE(SmsInbound::kindOf(QStringLiteral("text/vcard")), QStringLiteral("document"));
        QCOMPARE(SmsInbound::kindOf(QString()), QStringLiteral("file"));
    }

    void inboundRefusals()
    {
        QString error;
        QVERIFY(!SmsInbound::message(TwilioForm::parse("From=%2B351912345678&Body=x"), &error));
        QVERIFY(error.contains(QLatin1String("MessageSid")));
        QVERIFY(
            !SmsInbound::message(TwilioForm::parse("MessageSid=SM1&From=hotel&Body=x"), &error));
        QVERIFY(error.contains(QLatin1String("From")));
    }

    void statuses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("queued") << QByteArray("MessageSid=SM1&MessageStatus=queued") << QString()
                                << QString();
        QTest::newRow("sending") << QByteArray("MessageSid=SM1&MessageStatus=sending") << QString()
                                 << QString();
        QTest::newRow("sent") << QByteArray("MessageSid=SM1&MessageStatus=sent") << "sent"
                              << QString();
        QTest::newRow("delivered")
            << QByteArray("MessageSid=SM1&MessageStatus=delivered") << "delivered" << QString();
        QTest::newRow("read") << QByteArray("MessageSid=SM1&MessageStatus=read") << "read"
                              << QString();
        QTest::newRow("undelivered 30003")
            << QByteArray("MessageSid=SM1&MessageStatus=undelivered&ErrorCode=30003") << "failed"
            << "switched off or out of reach (30003)";
        QTest::newRow("failed unknown code")
            << QByteArray("MessageSid=SM1&MessageStatus=failed&ErrorCode=30999") << "failed"
            << "error 30999";
        QTest::newRow("failed no code")
            << QByteArray("MessageSid=SM1&MessageStatus=failed") << "failed"
            << "could not deliver";
    }

    void statuses()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, status);
        QFETCH(QString, errorContains);
        QString error;
        const auto s = SmsInbound::status(TwilioForm::parse(body), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->messageSid, QStringLiteral("SM1"));
        QCOMPARE(s->status, status);
        if (errorContains.isEmpty())
            QVERIFY(s->error.isEmpty());
        else
            QVERIFY2(s->error.contains(errorContains), qPrintable(s->error));
        QVERIFY(!SmsInbound::status(TwilioForm::parse("MessageStatus=sent"), &error));
        QVERIFY(!SmsInbound::status(TwilioForm::parse("MessageSid=SM1"), &error));
    }

    void configUrls()
    {
        SmsConfig c;
        c.accountSid = QStringLiteral("AC123");
        c.apiBaseUrl = QStringLiteral("http://127.0.0.1:1234");
        QCOMPARE(c.accountUrl(), QStringLiteral("http://127.0.0.1:1234/2010-04-01/Accounts/AC123"));
        QVERIFY(c.statusCallbackUrl().isEmpty());
        c.publicBaseUrl = QStringLiteral("https://jack.example");
        QCOMPARE(c.statusCallbackUrl(), QStringLiteral("https://jack.example/webhooks/sms/status"));
        c.messagingServiceSid = QStringLiteral("MG1");
        QCOMPARE(c.sender(), QStringLiteral("MG1"));
        c.phoneNumber = QStringLiteral("+15550001111");
        QCOMPARE(c.sender(), QStringLiteral("+15550001111"));
    }
};

QTEST_GUILESS_MAIN(TestTwilio)
#include "tst_twilio.moc"
