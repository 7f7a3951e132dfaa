#include "jackserverprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <sys/types.h>

namespace {

//! Lets the event loop run for `ms` (a poll interval inside a deadline loop, never a
//! synchronisation point by itself).
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

JackServerProcess::JackServerProcess(QObject *parent)
    : QObject(parent)
    , m_binary(defaultBinary())
    , m_echo(qEnvironmentVariableIsSet("JACK_E2E_VERBOSE"))
{
}

JackServerProcess::~JackServerProcess()
{
    if (isRunning())
        kill();
}

QString JackServerProcess::defaultBinary()
{
    const QString fromEnv = qEnvironmentVariable("JACK_SERVER_BINARY");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef JACK_SERVER_BINARY
    return QStringLiteral(JACK_SERVER_BINARY);
#else
    return QCoreApplication::applicationDirPath() + QStringLiteral("/jack-server");
#endif
}

QString JackServerProcess::dataDir() const
{
    if (!m_dataDirOverride.isEmpty())
        return m_dataDirOverride;
    return m_tempDir ? m_tempDir->path() : QString();
}

bool JackServerProcess::fail(const QString &message)
{
    m_error = message;
    qWarning("JackServerProcess: %s\n--- server output (tail) ---\n%s", qPrintable(message),
        outputTail().constData());
    return false;
}

QByteArray JackServerProcess::outputTail(int maxBytes) const
{
    return m_output.size() <= maxBytes ? m_output : m_output.right(maxBytes);
}

void JackServerProcess::append(const QByteArray &chunk, bool fromStdout)
{
    m_output += chunk;
    if (m_echo) {
        std::fwrite(chunk.constData(), 1, size_t(chunk.size()), fromStdout ? stdout : stderr);
        std::fflush(fromStdout ? stdout : stderr);
    }
}

void JackServerProcess::readOutput()
{
    const QByteArray chunk = m_process->readAllStandardOutput();
    append(chunk, true);
    if (m_baseUrl.isValid())
        return;
    m_stdoutLine += chunk;
    qsizetype newline;
    while ((newline = m_stdoutLine.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stdoutLine.left(newline));
        m_stdoutLine.remove(0, newline + 1);
        static const QRegularExpression urlPattern(QStringLiteral("http://[^\\s\"'<>]+"));
        const QRegularExpressionMatch match = urlPattern.match(line);
        if (!match.hasMatch())
            continue;
        QString url = match.captured(0);
        while (url.endsWith(QLatin1Char('/')) || url.endsWith(QLatin1Char('.')))
            url.chop(1);
        m_baseUrl = QUrl(url);
        m_port = quint16(m_baseUrl.port());
        m_api.setBaseUrl(m_baseUrl);
        m_anonymous.setBaseUrl(m_baseUrl);
        m_stdoutLine.clear();
        return;
    }
}

void JackServerProcess::readErrors()
{
    append(m_process->readAllStandardError(), false);
}

int JackServerProcess::runCli(const QStringList &args, QByteArray *output, int timeoutMs)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    cli.setProcessEnvironment(env);
    cli.start(m_binary, QStringList { QStringLiteral("--data-dir"), dataDir() } + args);
    if (!cli.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_binary, cli.errorString());
        return -1;
    }
    const bool finished = cli.waitForFinished(timeoutMs);
    const QByteArray text = cli.readAll();
    append(text, false);
    if (output)
        *output = text;
    if (!finished) {
        cli.kill();
        cli.waitForFinished(5000);
        m_error
            = QStringLiteral("`%1` did not finish in %2 ms").arg(args.join(u' ')).arg(timeoutMs);
        return -1;
    }
    if (cli.exitStatus() != QProcess::NormalExit)
        return -1;
    return cli.exitCode();
}

bool JackServerProcess::createUser(
    const QString &email, const QString &password, const QString &name, const QString &role)
{
    const int code = runCli({ QStringLiteral("user"), QStringLiteral("add"),
        QStringLiteral("--email"), email, QStringLiteral("--password"), password,
        QStringLiteral("--name"), name, QStringLiteral("--role"), role });
    if (code != 0)
        return fail(QStringLiteral("`user add --email %1` exited with %2").arg(email).arg(code));
    return true;
}

bool JackServerProcess::start(int timeoutMs)
{
    if (!QFileInfo(m_binary).isExecutable())
        return fail(QStringLiteral("no jack-server binary at %1").arg(m_binary));
    if (m_dataDirOverride.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>(
            QDir::tempPath() + QStringLiteral("/jack-e2e-XXXXXX"));
        if (!m_tempDir->isValid())
            return fail(QStringLiteral("cannot create a temporary data folder"));
        if (qEnvironmentVariableIsSet("JACK_E2E_KEEP_DATA"))
            m_tempDir->setAutoRemove(false);
    }
    if (!createUser(m_admin.email, m_admin.password, m_admin.name, QStringLiteral("admin")))
        return false;
    return launch(timeoutMs) && login();
}

bool JackServerProcess::launch(int timeoutMs)
{
    if (isRunning())
        return fail(QStringLiteral("launch() while the server still runs"));
    m_baseUrl.clear();
    m_stdoutLine.clear();
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No desktop keyring in tests: without a session bus the hub uses its sealed-file
    // fallback at once instead of waiting on a locked keyring.
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    m_process->setProcessEnvironment(env);
    // Whatever happens to the test runner, the server must not outlive it.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    connect(
        m_process.get(), &QProcess::readyReadStandardOutput, this, &JackServerProcess::readOutput);
    connect(
        m_process.get(), &QProcess::readyReadStandardError, this, &JackServerProcess::readErrors);
    connect(m_process.get(), &QProcess::finished, this,
        [this](int exitCode, QProcess::ExitStatus) { Q_EMIT exited(exitCode); });

    QStringList args { QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:%1").arg(m_port) };
    if (m_demo)
        args << QStringLiteral("--demo");
    args << m_extraArgs;
    m_output += "\n=== jack-server " + args.join(u' ').toUtf8() + " ===\n";
    m_process->start(m_binary, args);
    if (!m_process->waitForStarted(10000))
        return fail(QStringLiteral("cannot start %1: %2").arg(m_binary, m_process->errorString()));

    QDeadlineTimer deadline(timeoutMs);
    if (!waitForUrl(int(deadline.remainingTime())))
        return false;
    return waitForReady(int(deadline.remainingTime()));
}

bool JackServerProcess::waitForUrl(int timeoutMs)
{
    if (!m_baseUrl.isValid()) {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(m_process.get(), &QProcess::readyReadStandardOutput, &loop, [this, &loop] {
            if (m_baseUrl.isValid())
                loop.quit();
        });
        connect(m_process.get(), &QProcess::finished, &loop, &QEventLoop::quit);
        deadline.start(timeoutMs);
        loop.exec();
    }
    if (m_baseUrl.isValid())
        return true;
    if (!isRunning()) {
        return fail(QStringLiteral("jack-server exited (code %1) before printing its URL")
                        .arg(m_process->exitCode()));
    }
    return fail(QStringLiteral("no `http://` line on stdout within %1 ms").arg(timeoutMs));
}

bool JackServerProcess::waitForReady(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    HttpReply last;
    JsonHttpClient probe(m_baseUrl);
    probe.setTimeout(2000);
    while (!deadline.hasExpired()) {
        if (!isRunning())
            return fail(QStringLiteral("jack-server exited while starting"));
        last = probe.get(QStringLiteral("/health/ready"));
        if (last.status == 200)
            return true;
        spin(50);
    }
    return fail(QStringLiteral("/health/ready not 200 within %1 ms; last: %2")
                    .arg(timeoutMs)
                    .arg(QString::fromUtf8(last.describe())));
}

bool JackServerProcess::login()
{
    const HttpReply reply = m_anonymous.post(QStringLiteral("/api/v1/auth/login"),
        QJsonObject {
            { QStringLiteral("email"), m_admin.email },
            { QStringLiteral("password"), m_admin.password },
        });
    const QJsonObject body = reply.object();
    m_accessToken = body.value(QStringLiteral("accessToken")).toString().toUtf8();
    m_user = body.value(QStringLiteral("user")).toObject();
    if (reply.status != 200 || m_accessToken.isEmpty())
        return fail(QStringLiteral("login failed: %1").arg(QString::fromUtf8(reply.describe())));
    m_api.setBearerToken(m_accessToken);
    return true;
}

void JackServerProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process->processId()), SIGKILL);
    m_process->waitForFinished(10000);
}

bool JackServerProcess::terminate(int timeoutMs)
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return false;
    m_process->terminate();
    if (!m_process->waitForFinished(timeoutMs)) {
        kill();
        return fail(QStringLiteral("no exit within %1 ms of SIGTERM").arg(timeoutMs));
    }
    readOutput();
    readErrors();
    if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0) {
        return fail(QStringLiteral("SIGTERM: exit status %1, code %2")
                        .arg(int(m_process->exitStatus()))
                        .arg(m_process->exitCode()));
    }
    return true;
}

bool JackServerProcess::restart(int timeoutMs)
{
    if (isRunning())
        kill();
    return launch(timeoutMs) && login();
}

bool JackServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 JackServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QUrl JackServerProcess::webSocketUrl() const
{
    QUrl url = m_baseUrl;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/ws"));
    url.setQuery(QStringLiteral("token=") + QString::fromUtf8(m_accessToken));
    return url;
}

HttpReply JackServerProcess::configureWhatsApp(
    const WhatsAppAccount &account, const QUrl &apiBaseUrl)
{
    return m_api.put(QStringLiteral("/api/v1/apps/whatsapp"),
        QJsonObject {
            { QStringLiteral("enabled"), true },
            { QStringLiteral("config"),
                QJsonObject {
                    { QStringLiteral("accessToken"), account.accessToken },
                    { QStringLiteral("phoneNumberId"), account.phoneNumberId },
                    { QStringLiteral("verifyToken"), account.verifyToken },
                    { QStringLiteral("appSecret"), account.appSecret },
                    { QStringLiteral("apiBaseUrl"), apiBaseUrl.toString() },
                } },
        });
}

HttpReply JackServerProcess::postWhatsAppWebhook(
    const QByteArray &body, const QByteArray &signatureHeader)
{
    QList<QPair<QByteArray, QByteArray>> headers { { "Content-Type", "application/json" } };
    if (!signatureHeader.isEmpty())
        headers.append({ "X-Hub-Signature-256", signatureHeader });
    return m_anonymous.send("POST", QStringLiteral("/webhooks/whatsapp"), body, headers);
}

HttpReply JackServerProcess::postSignedWhatsAppWebhook(
    const WhatsAppAccount &account, const QByteArray &body)
{
    return postWhatsAppWebhook(body, WhatsAppPayloads::signature(body, account.appSecret.toUtf8()));
}
