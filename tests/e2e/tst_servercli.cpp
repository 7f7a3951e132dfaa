// jack-server as an operator meets it: the admin CLI next to a running hub, --help and
// --version, bad flags, and logs that hold neither secrets nor what guests wrote.
#include "fakegraphapi.h"
#include "jackserverprocess.h"
#include "whatsapppayloads.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

class TestServerCli : public QObject {
    Q_OBJECT
private:
    JackServerProcess m_hub;

    static int run(const QStringList &args, QByteArray *output)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(JackServerProcess::defaultBinary(), args);
        if (!process.waitForFinished(30000))
            return -1;
        *output = process.readAll();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString())); }

    void helpAndVersion()
    {
        QByteArray out;
        QCOMPARE(run({ QStringLiteral("--help") }, &out), 0);
        QVERIFY(out.contains("--data-dir"));
        QVERIFY(out.contains("user add"));
        QCOMPARE(run({ QStringLiteral("--version") }, &out), 0);
        QVERIFY(out.startsWith("jack-server "));
        QVERIFY(run({ QStringLiteral("--listen"), QStringLiteral("nonsense") }, &out) != 0);
        QVERIFY(out.contains("HOST:PORT"));
        QVERIFY(run({ QStringLiteral("frobnicate") }, &out) != 0);
    }

    void userAddWhileTheHubRuns()
    {
        QByteArray out;
        const QStringList add { QStringLiteral("user"), QStringLiteral("add"),
            QStringLiteral("--email"), QStringLiteral("nina@harbourview.test"),
            QStringLiteral("--password"), QStringLiteral("night-shift-2026"),
            QStringLiteral("--name"), QStringLiteral("Nina Night"), QStringLiteral("--role"),
            QStringLiteral("staff"), QStringLiteral("--department"), QStringLiteral("front_desk") };
        QCOMPARE(m_hub.runCli(add, &out), 0);
        // The running hub accepts the new login at once.
        JsonHttpClient client(m_hub.baseUrl());
        const HttpReply login = client.post(QStringLiteral("/api/v1/auth/login"),
            { { "email", "nina@harbourview.test" }, { "password", "night-shift-2026" } });
        QVERIFY2(login.status == 200, login.describe().constData());
        QCOMPARE(login.object().value("user").toObject().value("role").toString(),
            QStringLiteral("staff"));

        QVERIFY(m_hub.runCli(add, &out) != 0);
        QVERIFY2(out.contains("already exists"), out.constData());

        QStringList weak = add;
        weak[3] = QStringLiteral("otto@harbourview.test");
        weak[5] = QStringLiteral("short");
        QVERIFY(m_hub.runCli(weak, &out) != 0);
        QVERIFY2(out.contains("password"), out.constData());
        QVERIFY(client
                    .post(QStringLiteral("/api/v1/auth/login"),
                        { { "email", "otto@harbourview.test" }, { "password", "short" } })
                    .status
            == 401);

        QStringList badRole = add;
        badRole[3] = QStringLiteral("rita@harbourview.test");
        badRole[9] = QStringLiteral("owner");
        QVERIFY(m_hub.runCli(badRole, &out) != 0);
    }

    void logsHoldNoSecretsOrGuestText()
    {
        WhatsAppAccount account;
        account.accessToken = QStringLiteral("EAAG-secret-access-token-777");
        account.appSecret = QStringLiteral("app-secret-never-logged-555");
        FakeGraphApi graph(account);
        QVERIFY(graph.start());
        const HttpReply configured = m_hub.configureWhatsApp(account, graph.baseUrl());
        QVERIFY2(configured.status == 200, configured.describe().constData());

        const QString secretText
            = QStringLiteral("my passport number is X1234567 and I need towels");
        const QByteArray body
            = WhatsAppPayloads::inboundText(account, QStringLiteral("447700900555"),
                QStringLiteral("Logan Test"), WhatsAppPayloads::newWamid(), secretText);
        QCOMPARE(m_hub.postSignedWhatsAppWebhook(account, body).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!graph.acceptedSends().isEmpty(), 20000);
        // A failed login logs too; its password must not.
        JsonHttpClient(m_hub.baseUrl())
            .post(QStringLiteral("/api/v1/auth/login"),
                { { "email", "nobody@x.test" }, { "password", "hunter2-not-logged" } });

        QVERIFY(m_hub.terminate()); // flushes the log files
        QByteArray logs;
        QDirIterator it(QDir(m_hub.dataDir()).filePath(QStringLiteral("logs")), QDir::Files);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            logs += f.readAll();
            ++files;
        }
        logs += m_hub.output();
        QVERIFY2(files >= 3, "one log file per service");
        QVERIFY(logs.contains("classified")); // the logs do say what happened
        for (const QByteArray &secret :
            { QByteArray("EAAG-secret-access-token-777"), QByteArray("app-secret-never-logged-555"),
                QByteArray("X1234567"), QByteArray("hunter2-not-logged"),
                QByteArray("correct-horse-battery-staple"), m_hub.accessToken() })
            QVERIFY2(!logs.contains(secret), secret.constData());
        QVERIFY(m_hub.restart());
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
