// bench-desk: how the dashboard holds up in a big hotel, and what it costs in memory over an
// hour of traffic (docs/PERFORMANCE.md, "Dashboard"). Runs what jack-desk runs, in one process:
// the embedded hub, the desk client and the QML dashboard (offscreen, software scene graph).
//
//   inbox         10,000 conversations: sign-in to first painted inbox, then scrolling
//   conversation  one conversation of 5,000 messages: open to first paint, then scrolling
//   traffic       (in a child process, so earlier phases do not count) an hour of guest
//                 traffic on WhatsApp against the fake Graph API, the clerk opening
//                 conversations as it comes; resident memory sampled throughout
//
// Prints a markdown report on stdout (progress on stderr); exits 0 only when every target holds.
#include "dashboard.h"
#include "desk.h"
#include "deskplugins.h"
#include "fakegraphapi.h"
#include "jsonhttpclient.h"
#include "runtime/hub.h"
#include "whatsapppayloads.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace jack;

namespace {

// Targets (docs/PERFORMANCE.md). Frame costs are of the software scene graph, offscreen, less
// the cost of an idle frame (a full render and read-back): a desk with a GPU does better.
constexpr double inboxFirstPaintTargetMs = 1500;
constexpr double conversationFirstPaintTargetMs = 1000;
constexpr double frameP95TargetMs = 33.4;
constexpr double frameP99TargetMs = 50.0;
constexpr double memoryEndTargetMb = 200;
constexpr double memoryGrowthTargetMb = 20;

void progress(const QString &text)
{
    std::fprintf(stderr, "bench-desk: %s\n", qPrintable(text));
    std::fflush(stderr);
}

void report(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

//! Runs the event loop until `condition` holds; false after `timeoutMs`.
bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double residentMb(const char *field = "VmRSS:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

struct Percentiles {
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
    int frames = 0;
    double idle = 0; // the idle frame subtracted from each
};

Percentiles percentiles(std::vector<double> values)
{
    Percentiles result;
    if (values.empty())
        return result;
    std::sort(values.begin(), values.end());
    auto at = [&values](double q) {
        return values[std::min(values.size() - 1, size_t(q * double(values.size())))];
    };
    result.p50 = at(0.50);
    result.p95 = at(0.95);
    result.p99 = at(0.99);
    result.max = values.back();
    result.frames = int(values.size());
    return result;
}

QQuickItem *findItem(QQuickItem *item, const QString &objectName)
{
    if (item->objectName() == objectName)
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    }
    return nullptr;
}

//! What a frame costs when nothing changed: grabbing a 1366×768 window renders all of it
//! and reads it back, which a real screen does not. Subtracted from the scrolling frames.
double idleFrameMs(QQuickWindow *window)
{
    std::vector<double> times;
    QElapsedTimer clock;
    for (int i = 0; i < 21; ++i) {
        clock.start();
        desk::renderOnce(window);
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

//! Scrolls `list` by `step` pixels per frame (negative: upwards) for at most `frames` frames.
//! At the end of what is loaded it waits (up to 10 s, not counted) for the next page the
//! list asks the hub for as it nears its end, and stops when none comes. Each frame's cost is
//! the scroll plus a full render, less the idle frame.
Percentiles scroll(QQuickWindow *window, QQuickItem *list, double step, int frames)
{
    const double idle = idleFrameMs(window);
    std::vector<double> times;
    QElapsedTimer clock;
    for (int frame = 0; frame < frames; ++frame) {
        const double before = list->property("contentY").toDouble();
        clock.start();
        list->setProperty("contentY", before + step);
        desk::renderOnce(window);
        times.push_back(std::max(0.0, double(clock.nsecsElapsed()) / 1e6 - idle));
        QCoreApplication::processEvents();
        auto atEnd = [list, step] {
            return step > 0 ? list->property("atYEnd").toBool()
                            : list->property("atYBeginning").toBool();
        };
        if (atEnd()) {
            const int rows = list->property("count").toInt();
            if (!waitFor([list, rows] { return list->property("count").toInt() > rows; }, 10000))
                break;
            desk::renderOnce(window);
        }
    }
    Percentiles result = percentiles(times);
    result.idle = idle;
    return result;
}

QString row(const QString &what, double value, double target, const QString &unit, bool *ok)
{
    const bool met = value <= target;
    *ok = *ok && met;
    return QStringLiteral("| %1 | %2 %3 | ≤ %4 %3 | %5 |")
        .arg(what, QString::number(value, 'f', 1), unit, QString::number(target, 'f', 1),
            met ? QStringLiteral("met") : QStringLiteral("**missed**"));
}

QString frameRows(const QString &what, const Percentiles &frames, bool *ok)
{
    return row(what + QStringLiteral(", frame p95"), frames.p95, frameP95TargetMs,
               QStringLiteral("ms"), ok)
        + QLatin1Char('\n')
        + row(what + QStringLiteral(", frame p99"), frames.p99, frameP99TargetMs,
            QStringLiteral("ms"), ok)
        + QStringLiteral("\n| %1, frames (p50 / max; idle frame) | %2 (%3 / %4; %5 ms) | | |")
              .arg(what)
              .arg(frames.frames)
              .arg(frames.p50, 0, 'f', 1)
              .arg(frames.max, 0, 'f', 1)
              .arg(frames.idle, 0, 'f', 1);
}

//! Writes a big hotel straight into the hub's database (stopped): `conversations` guests with
//! a question and Jack's answer each, spread over 30 days and every state, plus one guest
//! with a conversation of `longMessages` messages. Returns that conversation's id.
QString seedBigHotel(const QString &dbPath, int conversations, int longMessages)
{
    QString longId;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        db.setDatabaseName(dbPath);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(dbPath));
        db.transaction();
        QSqlQuery guest(db), conversation(db), message(db);
        guest.prepare(QStringLiteral(
            "INSERT INTO guests (id, first_name, last_name, display_name, phone, language, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'en', ?, ?)"));
        conversation.prepare(QStringLiteral(
            "INSERT INTO conversations (id, guest_id, channel, channel_address, state, "
            "language, escalation_reason, last_message_at, last_guest_message_at, created_at, "
            "updated_at) VALUES (?, ?, 'whatsapp', ?, ?, 'en', ?, ?, ?, ?, ?)"));
        message.prepare(QStringLiteral(
            "INSERT INTO messages (id, conversation_id, direction, sender_type, content, "
            "language, channel, channel_message_id, delivery_status, processed_at, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, 'en', 'whatsapp', ?, ?, ?, ?, ?)"));
        static const QStringList firstNames { "Maria", "Tom", "Aiko", "Lars", "Fatima", "Diego",
            "Chloe", "Ravi", "Olga", "Kwame", "Sofia", "Ben" };
        static const QStringList lastNames { "Santos", "Reed", "Tanaka", "Berg", "Haddad", "Lopez",
            "Martin", "Patel", "Ivanova", "Mensah", "Rossi", "Cohen" };
        static const QStringList questions { "What time is breakfast?",
            "Could we get two more towels please?", "Is the pool open today?",
            "Can I have a late checkout tomorrow?", "What is the Wi-Fi password?",
            "The air conditioning in my room is not working" };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto iso = [](const QDateTime &time) {
            return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        };
        auto exec = [](QSqlQuery &query) {
            if (!query.exec())
                qFatal("seeding failed: %s", qPrintable(query.lastError().text()));
        };
        auto addMessage = [&](const QString &conversationId, bool fromGuest, const QString &text,
                              const QString &at) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            message.addBindValue(id);
            message.addBindValue(conversationId);
            message.addBindValue(fromGuest ? "inbound" : "outbound");
            message.addBindValue(fromGuest ? "guest" : "ai");
            message.addBindValue(text);
            message.addBindValue(QStringLiteral("wamid.seed.") + id);
            message.addBindValue(fromGuest ? "received" : "delivered");
            message.addBindValue(at);
            message.addBindValue(at);
            message.addBindValue(at);
            exec(message);
        };
        auto *random = QRandomGenerator::global();
        for (int i = 0; i <= conversations; ++i) {
            const bool isLong = i == conversations;
            const QString guestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString conversationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString first = firstNames.at(i % firstNames.size());
            const QString last = lastNames.at((i / firstNames.size()) % lastNames.size());
            const QString phone = QStringLiteral("44770%1").arg(i, 7, 10, QLatin1Char('0'));
            const QDateTime last_at = now.addSecs(-qint64(random->bounded(30 * 24 * 3600)));
            const int pick = random->bounded(100);
            const QString state = isLong ? QStringLiteral("active")
                : pick < 4               ? QStringLiteral("escalated")
                : pick < 35              ? QStringLiteral("active")
                : pick < 75              ? QStringLiteral("waiting")
                                         : QStringLiteral("resolved");
            guest.addBindValue(guestId);
            guest.addBindValue(first);
            guest.addBindValue(last);
            guest.addBindValue(first + QLatin1Char(' ') + last);
            guest.addBindValue(phone);
            guest.addBindValue(iso(last_at));
            guest.addBindValue(iso(last_at));
            exec(guest);
            conversation.addBindValue(conversationId);
            conversation.addBindValue(guestId);
            conversation.addBindValue(phone);
            conversation.addBindValue(state);
            conversation.addBindValue(state == QLatin1String("escalated")
                    ? QVariant(QStringLiteral("guest asked for a manager"))
                    : QVariant());
            conversation.addBindValue(iso(last_at));
            conversation.addBindValue(iso(last_at));
            conversation.addBindValue(iso(last_at.addSecs(-600)));
            conversation.addBindValue(iso(last_at));
            exec(conversation);
            const int count = isLong ? longMessages : 2;
            for (int m = 0; m < count; ++m) {
                const bool fromGuest = m % 2 == 0;
                const QString at = iso(last_at.addSecs(-qint64(count - m) * 60));
                addMessage(conversationId, fromGuest,
                    fromGuest ? questions.at((i + m) % questions.size())
                              : QStringLiteral("Of course! I have passed this on to the team, "
                                               "they will be with you shortly."),
                    at);
            }
            if (isLong)
                longId = conversationId;
        }
        if (!db.commit())
            qFatal("seeding commit failed: %s", qPrintable(db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    return longId;
}

//! The dashboard as jack-desk builds it, against `hubUrl`.
struct Dashboard {
    std::unique_ptr<desk::Desk> desk;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;

    bool load(const QUrl &hubUrl)
    {
        desk = std::make_unique<desk::Desk>(nullptr);
        desk->setHubUrl(hubUrl);
        engine = std::make_unique<QQmlApplicationEngine>();
        QString error;
        window = desk::loadDashboard(*engine, &error);
        if (!window) {
            progress(QStringLiteral("dashboard did not load: ") + error);
            return false;
        }
        window->resize(1366, 768);
        desk::renderOnce(window);
        return true;
    }
    void close()
    {
        engine.reset(); // the QML first: it holds bindings to the desk
        desk.reset();
        window = nullptr;
    }
    QQuickItem *item(const QString &name) const { return findItem(window->contentItem(), name); }
    bool signIn()
    {
        desk->session()->login(QString::fromLatin1(runtime::DemoLogin::email),
            QString::fromLatin1(runtime::DemoLogin::password));
        return waitFor([this] { return desk->ready(); }, 60000);
    }
};

int runBigHotel(const QString &dataDir, int conversations, int longMessages, bool *ok)
{
    const runtime::HubOptions options { dataDir, QHostAddress::LocalHost, 0, true };
    QString error;
    {
        runtime::Hub first(options);
        if (!first.start(&error)) {
            progress(QStringLiteral("hub did not start: ") + error);
            return 1;
        }
        first.stop();
    }
    progress(QStringLiteral("seeding %1 conversations and one of %2 messages")
                 .arg(conversations)
                 .arg(longMessages));
    QElapsedTimer seedClock;
    seedClock.start();
    const QString longId = seedBigHotel(
        QDir(dataDir).filePath(QStringLiteral("jack.db")), conversations, longMessages);
    progress(QStringLiteral("seeded in %1 s").arg(double(seedClock.elapsed()) / 1000.0, 0, 'f', 1));

    runtime::Hub hub(options);
    if (!hub.start(&error)) {
        progress(QStringLiteral("hub did not start: ") + error);
        return 1;
    }
    Dashboard dashboard;
    if (!dashboard.load(hub.url()))
        return 1;

    // Inbox: sign-in to the first frame that shows rows.
    QElapsedTimer clock;
    clock.start();
    if (!dashboard.signIn()) {
        progress(QStringLiteral("sign-in did not finish"));
        return 1;
    }
    QQuickItem *inboxList = dashboard.item(QStringLiteral("inboxList"));
    if (!inboxList
        || !waitFor([inboxList] { return inboxList->property("count").toInt() > 0; }, 30000)) {
        progress(QStringLiteral("the inbox never showed a row"));
        return 1;
    }
    desk::renderOnce(dashboard.window);
    const double inboxFirstPaint = double(clock.nsecsElapsed()) / 1e6;
    progress(QStringLiteral("inbox painted after %1 ms").arg(inboxFirstPaint));
    const Percentiles inboxScroll = scroll(dashboard.window, inboxList, 96, 4000);
    const int inboxRows = inboxList->property("count").toInt();
    if (auto *content = inboxList->property("contentItem").value<QQuickItem *>())
        progress(QStringLiteral("inbox: %1 rows, %2 items in the list, %3 MB")
                     .arg(inboxRows)
                     .arg(content->childItems().size())
                     .arg(residentMb(), 0, 'f', 0));
    const Percentiles inboxScrollBack = scroll(dashboard.window, inboxList, -480, 1000);

    // The long conversation: open to the first frame that shows its messages.
    clock.start();
    dashboard.desk->openConversation(longId);
    QQuickItem *messageList = nullptr;
    const bool opened = waitFor(
        [&] {
            if (!dashboard.desk->messages()->loaded())
                return false;
            messageList = dashboard.item(QStringLiteral("messageList"));
            return messageList && messageList->property("count").toInt() > 0;
        },
        60000);
    if (!opened) {
        progress(QStringLiteral("the long conversation never showed"));
        return 1;
    }
    desk::renderOnce(dashboard.window);
    const double conversationFirstPaint = double(clock.nsecsElapsed()) / 1e6;
    const int firstPage = messageList->property("count").toInt();
    progress(
        QStringLiteral("conversation painted after %1 ms, %2 messages, earlier ones on the hub: %3")
            .arg(conversationFirstPaint)
            .arg(firstPage)
            .arg(dashboard.desk->messages()->hasEarlier() ? "yes" : "no"));
    const Percentiles conversationScroll = scroll(dashboard.window, messageList, -96, 6000);
    const int messageRows = messageList->property("count").toInt();

    report(QStringLiteral("## Big hotel: %1 conversations, one of %2 messages\n")
               .arg(conversations)
               .arg(longMessages));
    report(QStringLiteral("| measure | result | target | |\n|---|---|---|---|"));
    report(row(QStringLiteral("inbox: sign-in to first painted rows"), inboxFirstPaint,
        inboxFirstPaintTargetMs, QStringLiteral("ms"), ok));
    report(QStringLiteral(
        "| inbox: rows listed after scrolling (pages load as it nears the end) | %1 | | |")
               .arg(inboxRows));
    report(frameRows(QStringLiteral("inbox scrolling down"), inboxScroll, ok));
    report(frameRows(QStringLiteral("inbox flicking back up"), inboxScrollBack, ok));
    report(row(QStringLiteral("conversation: open to first painted messages"),
        conversationFirstPaint, conversationFirstPaintTargetMs, QStringLiteral("ms"), ok));
    report(QStringLiteral(
        "| conversation: messages listed (first page, after scrolling up) | %1, %2 | | |")
               .arg(firstPage)
               .arg(messageRows));
    report(frameRows(QStringLiteral("conversation scrolling up"), conversationScroll, ok));
    report(QStringLiteral("| resident memory after both (VmRSS / VmHWM) | %1 / %2 MB | | |\n")
               .arg(residentMb(), 0, 'f', 0)
               .arg(residentMb("VmHWM:"), 0, 'f', 0));
    dashboard.close();
    hub.stop();
    return 0;
}

//! An hour of a busy hotel's WhatsApp traffic (`messages` guest messages from `guests`
//! guests), compressed into `seconds`, with the clerk opening a conversation every few
//! seconds and replying now and then. Memory is sampled every tenth of the run.
int runTraffic(const QString &dataDir, int messages, int guests, int seconds, bool *ok)
{
    FakeGraphApi graph;
    if (!graph.start()) {
        progress(QStringLiteral("fake Graph API did not start"));
        return 1;
    }
    runtime::Hub hub(runtime::HubOptions { dataDir, QHostAddress::LocalHost, 0, true });
    QString error;
    if (!hub.start(&error)) {
        progress(QStringLiteral("hub did not start: ") + error);
        return 1;
    }
    JsonHttpClient api(hub.url());
    const HttpReply login = api.post(QStringLiteral("/api/v1/auth/login"),
        QJsonObject {
            { "email", runtime::DemoLogin::email }, { "password", runtime::DemoLogin::password } });
    api.setBearerToken(login.object().value(QStringLiteral("accessToken")).toString().toUtf8());
    const WhatsAppAccount &account = graph.account();
    const HttpReply configured = api.put(QStringLiteral("/api/v1/apps/whatsapp"),
        QJsonObject { { "enabled", true },
            { "config",
                QJsonObject { { "appSecret", account.appSecret },
                    { "verifyToken", account.verifyToken }, { "accessToken", account.accessToken },
                    { "phoneNumberId", account.phoneNumberId },
                    { "apiBaseUrl", graph.baseUrl().toString() } } } });
    if (configured.status != 200) {
        progress(
            QStringLiteral("WhatsApp setup failed: ") + QString::fromUtf8(configured.describe()));
        return 1;
    }

    Dashboard dashboard;
    if (!dashboard.load(hub.url()) || !dashboard.signIn())
        return 1;
    desk::renderOnce(dashboard.window);
    const double startMb = residentMb();

    static const QStringList texts { "What time is breakfast?",
        "Could we get two more towels please?", "Is the pool open today?",
        "Can I have a late checkout tomorrow?", "What is the Wi-Fi password?",
        "The air conditioning in my room is not working", "Thank you!",
        "Can you book a table for two at 8pm?", "Where can I park the car?" };
    int sent = 0, acknowledged = 0, clerkActions = 0;
    std::vector<double> samples;
    const qint64 intervalMs = qMax<qint64>(1, qint64(seconds) * 1000 / qMax(1, messages));
    QElapsedTimer run;
    run.start();
    auto *random = QRandomGenerator::global();
    qint64 nextSample = 0;
    qint64 nextClerk = 3000;
    while (sent < messages) {
        if (run.elapsed() >= qint64(sent) * intervalMs) {
            const int guest = random->bounded(guests);
            const QByteArray body = WhatsAppPayloads::inboundText(account,
                QStringLiteral("44780%1").arg(guest, 7, 10, QLatin1Char('0')),
                QStringLiteral("Guest %1").arg(guest), WhatsAppPayloads::newWamid(),
                texts.at(random->bounded(texts.size())));
            const HttpReply answer = api.send("POST", QStringLiteral("/webhooks/whatsapp"), body,
                { { "Content-Type", "application/json" },
                    { "X-Hub-Signature-256",
                        WhatsAppPayloads::signature(body, account.appSecret.toUtf8()) } });
            ++sent;
            acknowledged += answer.status == 200 ? 1 : 0;
        }
        if (run.elapsed() >= nextClerk && dashboard.desk->inbox()->count() > 0) {
            // The clerk opens a conversation, looks, and sometimes answers.
            const int pick = random->bounded(dashboard.desk->inbox()->count());
            dashboard.desk->openConversation(dashboard.desk->inbox()->idAt(pick));
            if (clerkActions % 4 == 0)
                dashboard.desk->sendReply(QStringLiteral("Our team is on it, thank you!"));
            desk::renderOnce(dashboard.window);
            ++clerkActions;
            nextClerk += 3000;
        }
        if (run.elapsed() >= nextSample) {
            samples.push_back(residentMb());
            progress(QStringLiteral("%1 of %2 sent, %3 MB")
                         .arg(sent)
                         .arg(messages)
                         .arg(samples.back(), 0, 'f', 0));
            nextSample += qMax(1000, seconds * 100);
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    // Let the AI and the outbox finish, then measure.
    auto repliesSent = [&graph] {
        const auto requests = graph.requests();
        return int(std::count_if(requests.begin(), requests.end(),
            [](const GraphRequest &request) { return request.isMessageSend(); }));
    };
    waitFor([&repliesSent, sent] { return repliesSent() >= sent / 2; }, 60000);
    QElapsedTimer settle;
    settle.start();
    waitFor([&settle] { return settle.elapsed() > 2000; }, 5000);
    desk::renderOnce(dashboard.window);
    const double endMb = residentMb();
    const double peakMb = residentMb("VmHWM:");
    // Growth over the second half, when every cache and pool has reached its working size.
    const double midMb = samples.empty() ? startMb : samples[samples.size() / 2];
    report(QStringLiteral("## An hour of traffic: %1 guest messages from %2 guests in %3 s\n")
               .arg(messages)
               .arg(guests)
               .arg(seconds));
    report(QStringLiteral("| measure | result | target | |\n|---|---|---|---|"));
    report(QStringLiteral("| webhooks acknowledged | %1 of %2 | all | %3 |")
               .arg(acknowledged)
               .arg(sent)
               .arg(acknowledged == sent ? QStringLiteral("met") : QStringLiteral("**missed**")));
    *ok = *ok && acknowledged == sent;
    report(QStringLiteral("| replies sent to the fake Graph API | %1 | | |").arg(repliesSent()));
    report(QStringLiteral("| clerk actions (open, every 4th also a reply) | %1 | | |")
               .arg(clerkActions));
    report(QStringLiteral("| resident memory after sign-in | %1 MB | | |").arg(startMb, 0, 'f', 0));
    report(row(QStringLiteral("resident memory after the hour"), endMb, memoryEndTargetMb,
        QStringLiteral("MB"), ok));
    report(row(QStringLiteral("growth over the second half"), endMb - midMb, memoryGrowthTargetMb,
        QStringLiteral("MB"), ok));
    report(QStringLiteral("| peak (VmHWM) | %1 MB | | |\n").arg(peakMb, 0, 'f', 0));
    dashboard.close();
    hub.stop();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QUICK_BACKEND", "software");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    desk::prepareQuickStyle();
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Dashboard benchmark (docs/PERFORMANCE.md)."));
    parser.addHelpOption();
    const QCommandLineOption phaseOption(QStringLiteral("phase"),
        QStringLiteral("all (default), big-hotel or traffic."), QStringLiteral("PHASE"),
        QStringLiteral("all"));
    const QCommandLineOption conversationsOption(QStringLiteral("conversations"),
        QStringLiteral("Conversations in the big hotel (10000)."), QStringLiteral("N"),
        QStringLiteral("10000"));
    const QCommandLineOption longOption(QStringLiteral("long-messages"),
        QStringLiteral("Messages in the long conversation (5000)."), QStringLiteral("N"),
        QStringLiteral("5000"));
    const QCommandLineOption messagesOption(QStringLiteral("traffic-messages"),
        QStringLiteral("Guest messages in the hour of traffic (720)."), QStringLiteral("N"),
        QStringLiteral("720"));
    const QCommandLineOption guestsOption(QStringLiteral("traffic-guests"),
        QStringLiteral("Guests writing during the hour (150)."), QStringLiteral("N"),
        QStringLiteral("150"));
    const QCommandLineOption secondsOption(QStringLiteral("traffic-seconds"),
        QStringLiteral("How long the hour takes (180; 3600 for real time)."), QStringLiteral("S"),
        QStringLiteral("180"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Parent folder for the hubs' data (a temporary folder)."),
        QStringLiteral("DIR"));
    parser.addOptions({ phaseOption, conversationsOption, longOption, messagesOption, guestsOption,
        secondsOption, dirOption });
    parser.process(app);

    const QString phase = parser.value(phaseOption);
    QTemporaryDir scratch(parser.isSet(dirOption)
            ? QDir(parser.value(dirOption)).filePath(QStringLiteral("bench-desk-XXXXXX"))
            : QDir::tempPath() + QStringLiteral("/bench-desk-XXXXXX"));
    if (!scratch.isValid()) {
        progress(QStringLiteral("no scratch folder"));
        return 1;
    }
    bool ok = true;
    if (phase == QLatin1String("all") || phase == QLatin1String("big-hotel")) {
        if (phase == QLatin1String("all"))
            report(QStringLiteral("# bench-desk, %1\n")
                       .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
        if (runBigHotel(scratch.filePath(QStringLiteral("big")),
                parser.value(conversationsOption).toInt(), parser.value(longOption).toInt(), &ok))
            return 1;
    }
    if (phase == QLatin1String("all")) {
        // The traffic phase in a fresh process, so the big hotel's memory does not count.
        QStringList arguments { QStringLiteral("--phase"), QStringLiteral("traffic") };
        for (const auto *option : { &messagesOption, &guestsOption, &secondsOption })
            arguments << QStringLiteral("--") + option->names().constFirst()
                      << parser.value(*option);
        arguments << QStringLiteral("--dir") << scratch.path();
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), arguments);
        child.waitForFinished(-1);
        std::printf("%s", child.readAllStandardOutput().constData());
        std::fflush(stdout);
        ok = ok && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    } else if (phase == QLatin1String("traffic")) {
        if (runTraffic(scratch.filePath(QStringLiteral("traffic")),
                parser.value(messagesOption).toInt(), parser.value(guestsOption).toInt(),
                parser.value(secondsOption).toInt(), &ok))
            return 1;
    }
    if (phase == QLatin1String("all"))
        report(
            ok ? QStringLiteral("Every target met.") : QStringLiteral("**Some targets missed.**"));
    return ok ? 0 : 1;
}
