// bench-ingest: how fast does the hub acknowledge WhatsApp webhooks, compared with the
// durability floor of the disk it writes to (one fsync'd SQLite transaction per row)?
//
//   bench-ingest [--dir DIR] [--messages N] [--senders S] [--guests G] [--floor-seconds T]
//                [--server PATH]
//
// Prints a markdown report on stdout; progress goes to stderr.
#include "fakegraphapi.h"
#include "httpsender.h"
#include "jackserverprocess.h"
#include "whatsapppayloads.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <unistd.h>
#include <vector>

namespace {

struct Floor {
    int rows = 0;
    double seconds = 0;
    [[nodiscard]] double rowsPerSecond() const { return seconds > 0 ? rows / seconds : 0; }
};

struct Ingest {
    int sent = 0;
    int acked = 0;
    int failed = 0;
    double seconds = 0;
    std::vector<double> latenciesMs; // acked requests only
    [[nodiscard]] double perSecond() const { return seconds > 0 ? acked / seconds : 0; }
    [[nodiscard]] double percentile(double p) const
    {
        if (latenciesMs.empty())
            return 0;
        std::vector<double> sorted = latenciesMs;
        std::sort(sorted.begin(), sorted.end());
        const size_t index
            = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
        return sorted[index];
    }
};

void progress(const char *format, const QString &text = {})
{
    std::fprintf(stderr, format, qPrintable(text));
    std::fflush(stderr);
}

//! The floor: what the disk allows when every row is its own durable SQLite transaction.
//! Runs for `seconds` (at least 100 rows) so a fast disk still gives a stable figure.
Floor measureFloor(const QString &folder, double seconds)
{
    Floor floor;
    const QString connection = QStringLiteral("bench-floor");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(folder + QStringLiteral("/floor.sqlite"));
        if (!db.open()) {
            progress("floor: cannot open SQLite: %s\n", db.lastError().text());
            return floor;
        }
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        pragma.exec(QStringLiteral("CREATE TABLE messages (id TEXT PRIMARY KEY, "
                                   "channel_message_id TEXT UNIQUE, content TEXT NOT NULL, "
                                   "created_at TEXT NOT NULL)"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO messages VALUES (?, ?, ?, ?)"));
        const QByteArray body = WhatsAppPayloads::inboundText(WhatsAppAccount {},
            QStringLiteral("4915112345678"), QStringLiteral("Floor"), WhatsAppPayloads::newWamid(),
            QStringLiteral("What time is breakfast?"));
        QElapsedTimer clock;
        clock.start();
        int rows = 0;
        for (; rows < 100 || double(clock.nsecsElapsed()) / 1e9 < seconds; ++rows) {
            db.transaction();
            insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            insert.addBindValue(WhatsAppPayloads::newWamid());
            insert.addBindValue(QString::fromUtf8(body));
            insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (!insert.exec()) {
                progress("floor: insert failed: %s\n", insert.lastError().text());
                return floor;
            }
            db.commit();
        }
        floor.seconds = double(clock.nsecsElapsed()) / 1e9;
        floor.rows = rows;
    }
    QSqlDatabase::removeDatabase(connection);
    return floor;
}

struct Notification {
    QByteArray body;
    QByteArray signature;
    QString phone;
    QString wamid;
};

std::vector<Notification> buildNotifications(
    const WhatsAppAccount &account, int count, int guests, int firstGuest)
{
    static const char *const questions[] = {
        "What time is breakfast?",
        "Is the pool open?",
        "What is the wifi password?",
        "Where can I park?",
        "When is check-out?",
        "Can I get 2 more towels?",
    };
    std::vector<Notification> result;
    result.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const int guest = firstGuest + i % guests;
        Notification n;
        n.phone = QStringLiteral("4915200%1").arg(guest, 6, 10, QLatin1Char('0'));
        n.wamid = WhatsAppPayloads::newWamid();
        n.body = WhatsAppPayloads::inboundText(account, n.phone,
            QStringLiteral("Bench Guest %1").arg(guest), n.wamid,
            QStringLiteral("#%1 %2").arg(i).arg(QLatin1String(questions[i % 6])));
        n.signature = WhatsAppPayloads::signature(n.body, account.appSecret.toUtf8());
        result.push_back(n);
    }
    return result;
}

//! Posts every notification through `senderCount` closed-loop keep-alive connections.
Ingest runIngest(const QUrl &baseUrl, const std::vector<Notification> &items, int senderCount)
{
    Ingest result;
    result.latenciesMs.reserve(items.size());
    std::vector<std::unique_ptr<HttpSender>> senders;
    size_t next = 0;
    int inFlight = 0;
    QEventLoop loop;
    QElapsedTimer clock;

    std::function<void(HttpSender *)> sendNext = [&](HttpSender *sender) {
        if (next >= items.size()) {
            if (inFlight == 0)
                loop.quit();
            return;
        }
        const Notification &n = items[next++];
        ++inFlight;
        ++result.sent;
        sender->post("/webhooks/whatsapp", n.body,
            { { "Content-Type", "application/json" }, { "X-Hub-Signature-256", n.signature } },
            [&, sender](const HttpSender::Result &r) {
                --inFlight;
                if (r.status == 200) {
                    ++result.acked;
                    result.latenciesMs.push_back(double(r.nanoseconds) / 1e6);
                } else {
                    ++result.failed;
                }
                // Defer so a long run does not grow the stack.
                QTimer::singleShot(0, sender, [&, sender] { sendNext(sender); });
            });
    };

    clock.start();
    for (int i = 0; i < senderCount; ++i) {
        senders.push_back(std::make_unique<HttpSender>(baseUrl.host(), quint16(baseUrl.port())));
        sendNext(senders.back().get());
    }
    if (inFlight > 0)
        loop.exec();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

struct StoredCount {
    int distinct = 0; //!< sent wamids found
    int duplicates = 0; //!< extra copies of sent wamids
};

//! Looks every sent wamid up among the inbound messages the API shows.
StoredCount countStored(JsonHttpClient &api, const QSet<QString> &sent)
{
    QHash<QString, int> seen;
    const QJsonArray conversations
        = api.get(QStringLiteral("/api/v1/conversations?limit=500")).items();
    for (const QJsonValue &c : conversations) {
        const QString id = c.toObject().value(QStringLiteral("id")).toString();
        for (int offset = 0;; offset += 500) {
            const QJsonArray page = api.get(QStringLiteral("/api/v1/conversations/%1/messages"
                                                           "?limit=500&offset=%2")
                                                .arg(id)
                                                .arg(offset))
                                        .items();
            for (const QJsonValue &m : page) {
                const QString wamid
                    = m.toObject().value(QStringLiteral("channelMessageId")).toString();
                if (sent.contains(wamid))
                    ++seen[wamid];
            }
            if (page.size() < 500)
                break;
        }
    }
    StoredCount result;
    for (const int copies : std::as_const(seen)) {
        ++result.distinct;
        result.duplicates += copies - 1;
    }
    return result;
}

//! CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

QString fmt(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Webhook ingest throughput and ack latency of jack-server"));
    parser.addHelpOption();
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Parent folder for the data (default: temp)."), QStringLiteral("dir"),
        QDir::tempPath());
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
        QStringLiteral("Webhooks to send."), QStringLiteral("n"), QStringLiteral("3000"));
    const QCommandLineOption sendersOption(QStringLiteral("senders"),
        QStringLiteral("Concurrent connections."), QStringLiteral("n"), QStringLiteral("16"));
    const QCommandLineOption guestsOption(QStringLiteral("guests"),
        QStringLiteral("Distinct guests (conversations)."), QStringLiteral("n"),
        QStringLiteral("200"));
    const QCommandLineOption floorOption(QStringLiteral("floor-seconds"),
        QStringLiteral("Duration of the SQLite floor run."), QStringLiteral("s"),
        QStringLiteral("3"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("jack-server binary."), QStringLiteral("path"),
        JackServerProcess::defaultBinary());
    parser.addOptions(
        { dirOption, messagesOption, sendersOption, guestsOption, floorOption, serverOption });
    parser.process(app);

    const int messages = std::max(1, parser.value(messagesOption).toInt());
    const int senders = std::max(1, parser.value(sendersOption).toInt());
    const int guests = std::max(1, parser.value(guestsOption).toInt());
    const double floorSeconds = std::max(0.1, parser.value(floorOption).toDouble());
    const int warmup = std::min(200, messages / 10 + 1);

    QTemporaryDir work(parser.value(dirOption) + QStringLiteral("/jack-bench-XXXXXX"));
    if (!work.isValid()) {
        progress("cannot create a folder under %s\n", parser.value(dirOption));
        return 2;
    }
    QDir(work.path()).mkpath(QStringLiteral("hub"));
    QDir(work.path()).mkpath(QStringLiteral("floor-before"));
    QDir(work.path()).mkpath(QStringLiteral("floor-after"));

    progress(
        "floor: %s\n", QStringLiteral("fsync'd SQLite transactions for %1 s").arg(floorSeconds));
    // The disk of a shared VM varies by several times from minute to minute: the floor is
    // measured before and after the hub run, and the ratio uses their mean.
    const Floor floorBefore
        = measureFloor(work.path() + QStringLiteral("/floor-before"), floorSeconds);

    WhatsAppAccount account;
    FakeGraphApi graph(account);
    if (!graph.start()) {
        progress("%s\n", QStringLiteral("fake Graph API could not listen"));
        return 2;
    }
    JackServerProcess hub;
    hub.setBinary(parser.value(serverOption));
    hub.setDataDir(work.path() + QStringLiteral("/hub"));
    if (!hub.start()) {
        progress("jack-server did not start: %s\n", hub.errorString());
        return 2;
    }
    const HttpReply configured = hub.configureWhatsApp(account, graph.baseUrl());
    if (configured.status != 200) {
        progress("configuring WhatsApp failed: %s\n", QString::fromUtf8(configured.describe()));
        return 2;
    }

    progress("warm-up: %s\n", QStringLiteral("%1 webhooks").arg(warmup));
    const Ingest warm
        = runIngest(hub.baseUrl(), buildNotifications(account, warmup, guests, 0), senders);
    if (warm.acked != warmup) {
        progress("%s\n",
            QStringLiteral("warm-up: only %1 of %2 acknowledged").arg(warm.acked).arg(warmup));
    }

    const std::vector<Notification> items = buildNotifications(account, messages, guests, 0);
    progress(
        "ingest: %s\n", QStringLiteral("%1 webhooks, %2 connections").arg(messages).arg(senders));
    const double hubCpuBefore = cpuSeconds(hub.pid());
    const double benchCpuBefore = cpuSeconds(QCoreApplication::applicationPid());
    Ingest ingest = runIngest(hub.baseUrl(), items, senders);
    const double hubCpu = cpuSeconds(hub.pid()) - hubCpuBefore;
    const double benchCpu = cpuSeconds(QCoreApplication::applicationPid()) - benchCpuBefore;

    // How long the AI pipeline and the outbox need to catch up: wait until no reply has
    // arrived for IdleSeconds. (The AI does not answer every message: a guest repeating a
    // request is handed to staff, so fewer replies than messages is expected.)
    constexpr int IdleSeconds = 10;
    QElapsedTimer drain;
    drain.start();
    qint64 lastReplyAt = 0;
    qsizetype seen = graph.acceptedSends().size();
    while (drain.elapsed() - lastReplyAt < IdleSeconds * 1000 && hub.isRunning()) {
        QEventLoop wait;
        QTimer::singleShot(20, &wait, &QEventLoop::quit);
        wait.exec();
        if (graph.acceptedSends().size() != seen) {
            seen = graph.acceptedSends().size();
            lastReplyAt = drain.elapsed();
        }
    }
    const int replies = int(seen);
    const double drainSeconds = double(lastReplyAt) / 1000.0;

    QSet<QString> sent;
    for (const Notification &n : items)
        sent.insert(n.wamid);
    const StoredCount stored = countStored(hub.api(), sent);
    const bool stopped = hub.terminate();
    progress("floor: %s\n", QStringLiteral("again, after the hub run"));
    const Floor floorAfter
        = measureFloor(work.path() + QStringLiteral("/floor-after"), floorSeconds);
    const double floorRate = (floorBefore.rowsPerSecond() + floorAfter.rowsPerSecond()) / 2;

    const double ratio = floorRate > 0 ? ingest.perSecond() / floorRate : 0;
    const double p50 = ingest.percentile(0.50);
    const double p99 = ingest.percentile(0.99);
    const QStorageInfo volume(work.path());

    std::printf("## Webhook ingest benchmark\n\n");
    std::printf("- machine: %s, %d cores, %s\n", qPrintable(QSysInfo::prettyProductName()),
        QThread::idealThreadCount(), qPrintable(QSysInfo::currentCpuArchitecture()));
    std::printf("- data folder: %s (%s, %s)\n", qPrintable(work.path()),
        qPrintable(QString::fromLatin1(volume.fileSystemType())),
        qPrintable(QString::fromUtf8(volume.device())));
    std::printf("- run: %d webhooks after %d warm-up, %d keep-alive connections, %d guests\n\n",
        messages, warmup, senders, guests);
    std::printf("| measure | value |\n|---|---|\n");
    std::printf("| floor: SQLite WAL, synchronous=FULL, 1 row per transaction | %s rows/s "
                "(before: %s, after: %s) |\n",
        qPrintable(fmt(floorRate)), qPrintable(fmt(floorBefore.rowsPerSecond())),
        qPrintable(fmt(floorAfter.rowsPerSecond())));
    std::printf("| hub: acknowledged webhooks | %s msg/s (%d of %d in %s s, %d failed) |\n",
        qPrintable(fmt(ingest.perSecond())), ingest.acked, ingest.sent,
        qPrintable(fmt(ingest.seconds, 2)), ingest.failed);
    std::printf("| hub ÷ floor | %sx |\n", qPrintable(fmt(ratio, 2)));
    std::printf("| ack latency p50 | %s ms |\n", qPrintable(fmt(p50, 2)));
    std::printf("| ack latency p99 | %s ms |\n", qPrintable(fmt(p99, 2)));
    std::printf("| ack latency max | %s ms |\n",
        qPrintable(fmt(ingest.latenciesMs.empty()
                ? 0
                : *std::max_element(ingest.latenciesMs.begin(), ingest.latenciesMs.end()),
            2)));
    std::printf("| CPU during ingest: hub / bench client + fake | %s s / %s s (of %s s wall "
                "on %d cores) |\n",
        qPrintable(fmt(hubCpu, 2)), qPrintable(fmt(benchCpu, 2)),
        qPrintable(fmt(ingest.seconds, 2)), QThread::idealThreadCount());
    std::printf("| sent webhooks stored | %d of %d, %d duplicates |\n", stored.distinct,
        int(items.size()), stored.duplicates);
    std::printf("| AI replies accepted by the Graph API | %d (warm-up included), the last %s s "
                "after the last ack |\n",
        replies, qPrintable(fmt(drainSeconds, 2)));
    std::printf("| clean SIGTERM exit | %s |\n\n", stopped ? "yes" : "no");

    const bool throughputOk = ratio >= 5.0;
    const bool latencyOk = p99 < 50.0;
    const bool complete
        = ingest.failed == 0 && stored.distinct == int(items.size()) && stored.duplicates == 0;
    std::printf("Targets: throughput ≥ 5x floor: **%s**; p99 ack < 50 ms: **%s**; every "
                "webhook stored once: **%s**\n",
        throughputOk ? "met" : "missed", latencyOk ? "met" : "missed", complete ? "yes" : "no");
    std::fflush(stdout);
    return throughputOk && latencyOk && complete ? 0 : 1;
}
