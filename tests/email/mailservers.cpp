#include "mailservers.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUuid>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QStringList sbin { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin") };

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name, sbin);
}

bool run(const QString &program, const QStringList &args, QString *why,
    const QByteArray &input = {}, int timeoutMs = 30000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(5000)) {
        *why = program + QStringLiteral(": cannot start");
        return false;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() != 0) {
        *why = QStringLiteral("%1 %2 failed: %3")
                   .arg(program, args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

bool write(const QString &file, const QByteArray &content)
{
    QFile f(file);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

//! Free loopback ports: bound together, then released for the servers to take.
QList<quint16> freePorts(int count)
{
    QList<quint16> ports;
    std::vector<std::unique_ptr<QTcpServer>> holders;
    for (int i = 0; i < count; ++i) {
        auto s = std::make_unique<QTcpServer>();
        if (s->listen(QHostAddress::LocalHost, 0))
            ports.append(s->serverPort());
        holders.push_back(std::move(s));
    }
    return ports;
}

bool listening(quint16 port)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    return s.waitForConnected(500);
}

bool waitForPorts(const QList<quint16> &ports, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (quint16 port : ports) {
        while (!listening(port)) {
            if (deadline.hasExpired())
                return false;
            QThread::msleep(50); // polling a daemon we started, with a deadline
        }
    }
    return true;
}

bool chownTo(const QString &file, const char *user)
{
    const passwd *pw = getpwnam(user);
    return pw && ::chown(QFile::encodeName(file).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

} // namespace

MailServers::MailServers()
    : m_hotelPassword(QUuid::createUuid().toString(QUuid::Id128).left(16))
    , m_guestPassword(QUuid::createUuid().toString(QUuid::Id128).left(16))
{
}

MailServers::~MailServers()
{
    stop();
}

QString MailServers::unavailableReason()
{
    for (const char *name : { "dovecot", "postfix", "sendmail", "openssl" }) {
        if (tool(QString::fromLatin1(name)).isEmpty())
            return QStringLiteral("%1 is not installed (Debian packages dovecot-imapd, postfix, "
                                  "openssl)")
                .arg(QString::fromLatin1(name));
    }
    if (::geteuid() != 0)
        return QStringLiteral("the throw-away Dovecot and Postfix need root");
    if (!getpwnam("dovecot") || !getpwnam("dovenull") || !getpwnam("postfix"))
        return QStringLiteral("the dovecot, dovenull and postfix system users are missing");
    return {};
}

QString MailServers::path(const QString &relative) const
{
    return QDir(m_dir->path()).filePath(relative);
}

//! Servers left behind by a test process that was killed (timeout, crash) are stopped, so
//! they never pile up on a CI machine.
static void reapOrphans()
{
    const QFileInfoList dirs
        = QDir(QStringLiteral("/tmp")).entryInfoList({ QStringLiteral("jack-mail-*") }, QDir::Dirs);
    for (const QFileInfo &dir : dirs) {
        QFile owner(QDir(dir.filePath()).filePath(QStringLiteral("owner.pid")));
        if (!owner.open(QIODevice::ReadOnly))
            continue;
        const qint64 pid = owner.readAll().trimmed().toLongLong();
        if (pid <= 0 || ::kill(pid_t(pid), 0) == 0)
            continue; // still in use
        QString ignored;
        const QString root = dir.filePath();
        (void)run(tool(QStringLiteral("postfix")),
            { QStringLiteral("-c"), root + QStringLiteral("/postfix"), QStringLiteral("stop") },
            &ignored);
        (void)run(tool(QStringLiteral("dovecot")),
            { QStringLiteral("-c"), root + QStringLiteral("/dovecot.conf"),
                QStringLiteral("stop") },
            &ignored);
        QDir(root).removeRecursively();
    }
}

bool MailServers::start(QString *why)
{
    reapOrphans();
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/jack-mail-XXXXXX"));
    if (!m_dir->isValid()) {
        *why = QStringLiteral("cannot create a temp folder");
        return false;
    }
    // The daemons drop to their own users: they must reach their files in here.
    ::chmod(QFile::encodeName(m_dir->path()).constData(), 0755);
    (void)write(path(QStringLiteral("owner.pid")), QByteArray::number(::getpid()));
    const QList<quint16> ports = freePorts(5);
    if (ports.size() != 5) {
        *why = QStringLiteral("no free ports");
        return false;
    }
    for (int i = 0; i < 5; ++i)
        m_ports[i] = ports.at(i);
    if (!writeConfig(why) || !runDovecot(why))
        return false;
    if (!run(tool(QStringLiteral("postfix")),
            { QStringLiteral("-c"), path(QStringLiteral("postfix")), QStringLiteral("start") },
            why))
        return false;
    m_postfix = true;
    if (!waitForPorts({ smtpPort(), smtpsPort() }, 20000)) {
        *why = QStringLiteral("Postfix did not listen: ") + QString::fromUtf8(logs());
        return false;
    }
    return true;
}

bool MailServers::writeConfig(QString *why)
{
    const QString root = m_dir->path();
    QDir(root).mkpath(QStringLiteral("mail"));
    QDir(root).mkpath(QStringLiteral("dovecot/run"));
    QDir(root).mkpath(QStringLiteral("dovecot/state"));
    QDir(root).mkpath(QStringLiteral("postfix/queue"));
    QDir(root).mkpath(QStringLiteral("postfix/data"));
    if (!run(tool(QStringLiteral("openssl")),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                path(QStringLiteral("key.pem")), QStringLiteral("-out"),
                path(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1") },
            why))
        return false;
    ::chmod(QFile::encodeName(path(QStringLiteral("key.pem"))).constData(), 0644);
    const passwd *dovecot = getpwnam("dovecot");
    const QString users = QStringLiteral("%1:{PLAIN}%2\n%3:{PLAIN}%4\n")
                              .arg(QLatin1String(hotelAddress), m_hotelPassword,
                                  QLatin1String(guestAddress), m_guestPassword);
    const QString dovecotConf = QStringLiteral(R"(base_dir = %1/dovecot/run
state_dir = %1/dovecot/state
instance_name = jack-test-%2
protocols = imap
listen = 127.0.0.1
log_path = %1/dovecot.log
ssl = yes
ssl_cert = <%1/cert.pem
ssl_key = <%1/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = dovenull
default_internal_user = dovecot
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u %1/users
}
userdb {
  driver = static
  args = uid=dovecot gid=dovecot home=%1/mail/%d/%n
}
mail_location = maildir:%1/mail/%d/%n/Maildir
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = %3
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = %4
    ssl = yes
  }
}
service auth {
  inet_listener {
    address = 127.0.0.1
    port = %5
  }
}
)")
                                    .arg(root, QString::number(m_ports[1]))
                                    .arg(m_ports[0])
                                    .arg(m_ports[1])
                                    .arg(m_ports[2]);
    const QString mainCf = QStringLiteral(R"(compatibility_level = 3.6
queue_directory = %1/postfix/queue
data_directory = %1/postfix/data
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = loopback-only
inet_protocols = ipv4
myhostname = mail.hotel.example
mydomain = hotel.example
myorigin = hotel.example
mydestination =
mynetworks = 127.0.0.0/8
relayhost =
maillog_file = %1/postfix.log
maillog_file_prefixes = %1
smtputf8_enable = no
biff = no
alias_maps =
alias_database =
local_recipient_maps =
virtual_mailbox_domains = hotel.example guest.example
virtual_mailbox_base = %1/mail
virtual_mailbox_maps = texthash:%1/postfix/vmailbox
virtual_uid_maps = static:%2
virtual_gid_maps = static:%3
smtpd_tls_cert_file = %1/cert.pem
smtpd_tls_key_file = %1/key.pem
smtpd_tls_security_level = may
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = inet:127.0.0.1:%4
smtpd_relay_restrictions = permit_sasl_authenticated, permit_mynetworks, reject_unauth_destination
smtpd_recipient_restrictions = permit_sasl_authenticated, reject_unlisted_recipient
)")
                               .arg(root)
                               .arg(dovecot->pw_uid)
                               .arg(dovecot->pw_gid)
                               .arg(m_ports[2]);
    const QString masterCf = QStringLiteral(R"(127.0.0.1:%1 inet n - n - - smtpd
127.0.0.1:%2 inet n - n - - smtpd -o smtpd_tls_wrappermode=yes
pickup unix n - n 60 1 pickup
cleanup unix n - n - 0 cleanup
qmgr unix n - n 300 1 qmgr
tlsmgr unix - - n 1000? 1 tlsmgr
rewrite unix - - n - - trivial-rewrite
bounce unix - - n - 0 bounce
defer unix - - n - 0 bounce
trace unix - - n - 0 bounce
verify unix - - n - 1 verify
flush unix n - n 1000? 0 flush
proxymap unix - - n - - proxymap
smtp unix - - n - - smtp
relay unix - - n - - smtp
showq unix n - n - - showq
error unix - - n - - error
retry unix - - n - - error
discard unix - - n - - discard
local unix - n n - - local
virtual unix - n n - - virtual
lmtp unix - - n - - lmtp
anvil unix - - n - 1 anvil
scache unix - - n - 1 scache
postlog unix-dgram n - n - 1 postlogd
)")
                                 .arg(m_ports[3])
                                 .arg(m_ports[4]);
    const QString vmailbox = QStringLiteral("%1 hotel.example/jack/Maildir/\n"
                                            "%2 guest.example/guest/Maildir/\n")
                                 .arg(QLatin1String(hotelAddress), QLatin1String(guestAddress));
    if (!write(path(QStringLiteral("users")), users.toUtf8())
        || !write(path(QStringLiteral("dovecot.conf")), dovecotConf.toUtf8())
        || !write(path(QStringLiteral("postfix/main.cf")), mainCf.toUtf8())
        || !write(path(QStringLiteral("postfix/master.cf")), masterCf.toUtf8())
        || !write(path(QStringLiteral("postfix/vmailbox")), vmailbox.toUtf8())) {
        *why = QStringLiteral("cannot write the mail servers' configuration");
        return false;
    }
    // Maildirs are created on first delivery or login by the user both daemons write as.
    for (const char *dir : { "mail", "mail/hotel.example", "mail/guest.example" }) {
        QDir(root).mkpath(QString::fromLatin1(dir));
        chownTo(path(QString::fromLatin1(dir)), "dovecot");
    }
    if (!chownTo(path(QStringLiteral("postfix/data")), "postfix")) {
        *why = QStringLiteral("cannot hand the Postfix data folder to the postfix user");
        return false;
    }
    return true;
}

bool MailServers::runDovecot(QString *why)
{
    if (!run(tool(QStringLiteral("dovecot")),
            { QStringLiteral("-c"), path(QStringLiteral("dovecot.conf")) }, why))
        return false;
    m_dovecot = true;
    if (!waitForPorts({ imapPort(), imapsPort(), m_ports[2] }, 20000)) {
        *why = QStringLiteral("Dovecot did not listen: ") + QString::fromUtf8(logs());
        return false;
    }
    return true;
}

bool MailServers::stopImap()
{
    if (!m_dovecot)
        return true;
    QString why;
    (void)run(tool(QStringLiteral("dovecot")),
        { QStringLiteral("-c"), path(QStringLiteral("dovecot.conf")), QStringLiteral("stop") },
        &why);
    m_dovecot = false;
    // Stopped means nothing answers any more.
    QDeadlineTimer deadline(15000);
    while (listening(imapPort()) || listening(imapsPort())) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    // The master exits a moment after its listeners close; its pid file goes with it.
    while (QFileInfo::exists(path(QStringLiteral("dovecot/run/master.pid")))) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    return true;
}

bool MailServers::startImap(QString *why)
{
    return runDovecot(why);
}

void MailServers::stop()
{
    QString why;
    if (m_postfix) {
        (void)run(tool(QStringLiteral("postfix")),
            { QStringLiteral("-c"), path(QStringLiteral("postfix")), QStringLiteral("stop") },
            &why);
        m_postfix = false;
    }
    (void)stopImap();
}

bool MailServers::deliver(const QString &from, const QString &to, const QByteArray &raw)
{
    QString why;
    const bool ok = run(tool(QStringLiteral("sendmail")),
        { QStringLiteral("-C"), path(QStringLiteral("postfix")), QStringLiteral("-i"),
            QStringLiteral("-f"), from, to },
        &why, raw);
    if (!ok)
        qWarning("sendmail: %s", qPrintable(why));
    return ok;
}

QList<QByteArray> MailServers::mailbox(const QString &user) const
{
    const QString local = user.section(QLatin1Char('@'), 0, 0);
    const QString domain = user.section(QLatin1Char('@'), 1);
    QFileInfoList files;
    for (const char *sub : { "new", "cur" }) {
        QDir dir(path(
            QStringLiteral("mail/%1/%2/Maildir/%3").arg(domain, local, QString::fromLatin1(sub))));
        files += dir.entryInfoList(QDir::Files);
    }
    // Maildir names start with the delivery time in seconds, then a unique part.
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() != b.lastModified() ? a.lastModified() < b.lastModified()
                                                    : a.fileName() < b.fileName();
    });
    QList<QByteArray> mails;
    for (const QFileInfo &info : files) {
        QFile f(info.filePath());
        if (f.open(QIODevice::ReadOnly))
            mails.append(f.readAll());
    }
    return mails;
}

QByteArray MailServers::logs() const
{
    QByteArray out;
    for (const char *name : { "dovecot.log", "postfix.log" }) {
        QFile f(path(QString::fromLatin1(name)));
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray all = f.readAll();
            out += QByteArray("--- ") + name + "\n" + all.right(3000) + "\n";
        }
    }
    return out;
}

CuttingProxy::CuttingProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_target(targetPort)
{
    m_server->listen(QHostAddress::LocalHost, 0);
    connect(m_server, &QTcpServer::newConnection, this, &CuttingProxy::accept);
}

quint16 CuttingProxy::port() const
{
    return m_server->serverPort();
}

void CuttingProxy::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++m_connections;
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream]() {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::connected, client,
            [client, upstream]() { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream]() {
            const QByteArray data = upstream->readAll();
            const qsizetype at = m_marker.isEmpty() ? -1 : data.indexOf(m_marker);
            if (at < 0) {
                client->write(data);
                return;
            }
            m_marker.clear();
            ++m_cuts;
            client->write(data.left(at + 20)); // part of the response, then silence
            client->flush();
            client->abort();
            upstream->abort();
        });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}
