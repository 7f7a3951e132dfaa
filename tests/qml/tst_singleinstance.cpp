// One desk per user and hub: real jack-desk processes, offscreen. A second launch for the same
// data folder brings the first desk forward and exits 0 without starting a hub; a launch for
// another data folder is a desk of its own.
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestSingleInstance : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_runtime; // 0700, as $XDG_RUNTIME_DIR must be
    std::vector<std::unique_ptr<QProcess>> m_desks;
    QHash<QProcess *, QByteArray> m_output;

    QProcess *launch(const QString &dataDir)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        process->setProcessEnvironment(env);
        QProcess *raw = process.get();
        connect(raw, &QProcess::readyReadStandardError, this,
            [this, raw] { m_output[raw] += raw->readAllStandardError(); });
        raw->start(QStringLiteral(JACK_DESK_BINARY),
            { QStringLiteral("--data-dir"), dataDir, QStringLiteral("--port"),
                QStringLiteral("0") });
        m_desks.push_back(std::move(process));
        return raw;
    }
    bool said(QProcess *process, const char *text)
    {
        return m_output.value(process).contains(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_runtime.isValid());
    }

    void aSecondLaunchBringsTheFirstForward()
    {
        const QString data = m_home.filePath(QStringLiteral("hotel"));
        QProcess *first = launch(data);
        QVERIFY(first->waitForStarted(10000));
        QTRY_VERIFY2_WITH_TIMEOUT(said(first, "hub running at"), m_output.value(first), 30000);

        QProcess *second = launch(data);
        QSignalSpy finished(second, &QProcess::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QVERIFY2(second->exitCode() == 0, m_output.value(second));
        QVERIFY2(said(second, "already open"), m_output.value(second));
        QVERIFY2(!said(second, "hub running"), m_output.value(second));

        // The first desk got the request and is still there.
        QTRY_VERIFY2_WITH_TIMEOUT(
            said(first, "another launch asked for this desk"), m_output.value(first), 10000);
        QCOMPARE(first->state(), QProcess::Running);

        // Another hotel's data folder: a desk of its own, beside the first.
        QProcess *other = launch(m_home.filePath(QStringLiteral("other-hotel")));
        QTRY_VERIFY2_WITH_TIMEOUT(said(other, "hub running at"), m_output.value(other), 30000);
        QCOMPARE(first->state(), QProcess::Running);
    }

    void cleanupTestCase()
    {
        for (auto &desk : m_desks) {
            if (desk->state() != QProcess::NotRunning) {
                desk->terminate();
                if (!desk->waitForFinished(10000))
                    desk->kill();
                desk->waitForFinished(5000);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
