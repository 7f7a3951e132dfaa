#include "runtime/hub.h"

#include "ai/knowledge/knowledgeservice.h"
#include "ai/memory/memorykeeper.h"
#include "ai/pipeline.h"
#include "ai/pipeline/stafftranslator.h"
#include "ai/providers/providertester.h"
#include "channels/channelsservice.h"
#include "core/eventbus.h"
#include "core/statusboard.h"
#include "gateway/gateway.h"
#include "ops/logging.h"
#include "ops/secretstore.h"
#include "runtime/demoseed.h"
#include "storage/database.h"
#include "storage/snoozealarm.h"
#include "storage/writequeue.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonObject>
#include <QThread>
#include <atomic>
#include <functional>

namespace jack::runtime {

namespace {
constexpr int kDrainSeconds = 15;

//! Runs `fn` in `object`'s thread and waits for it (start-up and shutdown only).
template <typename Fn> void runIn(QObject *object, Fn fn)
{
    if (object->thread() == QThread::currentThread())
        fn();
    else
        QMetaObject::invokeMethod(object, fn, Qt::BlockingQueuedConnection);
}

//! The status board's entries of one service ("channels."), keyed by their full names.
QJsonObject entriesOf(const core::StatusBoard &status, const QString &prefix)
{
    QJsonObject out;
    const QJsonObject all = status.snapshot();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key().startsWith(prefix))
            out.insert(it.key(), it.value());
    }
    return out;
}

//! /health's "ai": which provider answers and, when it is failing, why (the pipeline reports).
QJsonObject aiHealth(const core::StatusBoard &status)
{
    const QJsonObject snapshot = status.snapshot();
    const QJsonObject provider = snapshot.value(QLatin1String("ai.provider")).toObject();
    if (provider.isEmpty())
        return QJsonObject { { "status", "starting" } };
    QJsonObject out { { "status", status.worst(QStringLiteral("ai.")) },
        { "provider", provider.value(QLatin1String("detail")) } };
    const QJsonObject error = snapshot.value(QLatin1String("ai.error")).toObject();
    if (!error.isEmpty())
        out.insert(QStringLiteral("error"), error);
    return out;
}
} // namespace

struct Hub::Private {
    HubOptions options;
    QString dbPath;
    std::unique_ptr<ops::SecretStore> secrets;
    std::unique_ptr<core::EventBus> bus;
    std::unique_ptr<storage::WriteQueue> writer;
    std::unique_ptr<gateway::Gateway> gateway;
    std::unique_ptr<ai::Pipeline> pipeline;
    std::unique_ptr<channels::ChannelsService> channels;
    std::unique_ptr<ai::ProviderTester> providerTester;
    std::unique_ptr<ai::StaffTranslator> translator;
    std::unique_ptr<ai::KnowledgeService> knowledge;
    std::unique_ptr<ai::MemoryKeeper> memoryKeeper;
    std::unique_ptr<ai::AppTesters> testers;
    std::unique_ptr<storage::SnoozeAlarm> snoozeAlarm;
    core::StatusBoard status;
    QThread writerThread, gatewayThread, aiThread, channelsThread;
    std::atomic_bool ready { false };
    quint16 port = 0;
    bool started = false;
};

Hub::Hub(HubOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->options = std::move(options);
    d->writerThread.setObjectName(QStringLiteral("storage"));
    d->gatewayThread.setObjectName(QStringLiteral("gateway"));
    d->aiThread.setObjectName(QStringLiteral("ai"));
    d->channelsThread.setObjectName(QStringLiteral("channels"));
}

Hub::~Hub()
{
    stop();
}

QUrl Hub::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress &a = d->options.address;
    url.setHost(a == QHostAddress::Any || a == QHostAddress::AnyIPv4 ? QStringLiteral("127.0.0.1")
                                                                     : a.toString());
    url.setPort(d->port);
    return url;
}

bool Hub::start(QString *error)
{
    auto log = ops::Logging::get("core");
    try {
        if (!QDir().mkpath(d->options.dataDir)) {
            *error = QStringLiteral("cannot create the data folder %1").arg(d->options.dataDir);
            return false;
        }
        QFile::setPermissions(
            d->options.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        d->dbPath = QDir(d->options.dataDir).filePath(QStringLiteral("jack.db"));
        d->secrets = std::make_unique<ops::SecretStore>(d->options.dataDir);
        {
            const QString setup = QStringLiteral("setup-%1").arg(quintptr(this));
            QSqlDatabase db = storage::Database::open(d->dbPath, setup);
            storage::Database::migrate(db);
            if (d->options.demo)
                DemoSeed::apply(db);
            db = QSqlDatabase();
            storage::Database::close(setup);
        }
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }

    d->bus = std::make_unique<core::EventBus>();
    d->writer = std::make_unique<storage::WriteQueue>(d->dbPath, d->bus.get());
    d->gateway = std::make_unique<gateway::Gateway>(
        d->dbPath, d->writer.get(), d->secrets.get(), [p = d.get()]() {
            const QString db = p->ready ? QStringLiteral("ok") : QStringLiteral("starting");
            return QJsonObject {
                { "database", QJsonObject { { "status", db }, { "engine", "sqlite" } } },
                { "gateway", QJsonObject { { "status", "ok" } } },
                { "channels",
                    QJsonObject { { "status",
                                      p->ready ? p->status.worst(QStringLiteral("channels."))
                                               : QStringLiteral("starting") },
                        { "details", entriesOf(p->status, QStringLiteral("channels.")) } } },
                { "ai", aiHealth(p->status) },
                { "integrations", QJsonObject { { "status", "ok" }, { "configured", 0 } } },
            };
        });
    d->pipeline
        = std::make_unique<ai::Pipeline>(d->dbPath, d->writer.get(), d->secrets.get(), &d->status);
    d->channels = std::make_unique<channels::ChannelsService>(
        d->dbPath, d->options.dataDir, d->writer.get(), d->secrets.get(), &d->status);
    d->providerTester = std::make_unique<ai::ProviderTester>(d->dbPath, d->secrets.get());
    d->testers = std::make_unique<ai::AppTesters>(
        QList<core::AppTester *> { d->channels.get(), d->providerTester.get() });
    d->gateway->setServices(d->testers.get(), &d->status);
    d->translator
        = std::make_unique<ai::StaffTranslator>(d->dbPath, d->writer.get(), d->secrets.get());
    d->gateway->setTranslator(d->translator.get());
    d->knowledge
        = std::make_unique<ai::KnowledgeService>(d->dbPath, d->writer.get(), d->secrets.get());
    d->gateway->setKnowledge(d->knowledge.get());
    d->memoryKeeper
        = std::make_unique<ai::MemoryKeeper>(d->dbPath, d->writer.get(), nullptr, d->secrets.get());

    d->snoozeAlarm = std::make_unique<storage::SnoozeAlarm>(d->writer.get());

    d->writer->moveToThread(&d->writerThread);
    d->snoozeAlarm->moveToThread(&d->writerThread);
    d->gateway->moveToThread(&d->gatewayThread);
    d->pipeline->moveToThread(&d->aiThread);
    d->providerTester->moveToThread(&d->aiThread);
    d->translator->moveToThread(&d->aiThread);
    d->knowledge->moveToThread(&d->aiThread);
    d->memoryKeeper->moveToThread(&d->aiThread);
    d->channels->moveToThread(&d->channelsThread);
    // The bus lives with the writer: signals are emitted there and queued to each service.
    d->bus->moveToThread(&d->writerThread);

    connect(d->bus.get(), &core::EventBus::changeCommitted, d->gateway.get(),
        &gateway::Gateway::publish, Qt::QueuedConnection);
    connect(d->bus.get(), &core::EventBus::inboundMessageStored, d->pipeline.get(),
        &ai::Pipeline::process, Qt::QueuedConnection);
    connect(d->bus.get(), &core::EventBus::changeCommitted, d->pipeline.get(),
        &ai::Pipeline::onChange, Qt::QueuedConnection);
    connect(d->bus.get(), &core::EventBus::outboxReady, d->channels.get(),
        &channels::ChannelsService::wake, Qt::QueuedConnection);
    connect(d->bus.get(), &core::EventBus::changeCommitted, d->channels.get(),
        &channels::ChannelsService::onChange, Qt::QueuedConnection);
    connect(d->bus.get(), &core::EventBus::changeCommitted, d->knowledge.get(),
        &ai::KnowledgeService::onChange, Qt::QueuedConnection);
    connect(d->bus.get(), &core::EventBus::changeCommitted, d->snoozeAlarm.get(),
        &storage::SnoozeAlarm::onChange, Qt::QueuedConnection);
    // Resolved and closed conversations are read for guest memories.
    connect(d->bus.get(), &core::EventBus::changeCommitted, d->memoryKeeper.get(),
        &ai::MemoryKeeper::onChange, Qt::QueuedConnection);

    d->writerThread.start();
    d->gatewayThread.start();
    d->aiThread.start();
    d->channelsThread.start();
    d->started = true;

    try {
        // Consumers first: the gateway may accept a webhook the moment it listens.
        runIn(d->writer.get(), [this]() { d->writer->open(); });
        runIn(d->pipeline.get(), [this]() { d->pipeline->start(); });
        runIn(d->providerTester.get(), [this]() { d->providerTester->start(); });
        runIn(d->translator.get(), [this]() { d->translator->start(); });
        runIn(d->knowledge.get(), [this]() { d->knowledge->start(); });
        runIn(d->memoryKeeper.get(), [this]() { d->memoryKeeper->start(); });
        runIn(d->channels.get(), [this]() { d->channels->start(); });
        runIn(d->snoozeAlarm.get(), [this]() { d->snoozeAlarm->start(); });
        const QHostAddress address = d->options.address;
        const quint16 port = d->options.port;
        runIn(d->gateway.get(), [this, address, port]() { d->gateway->start(address, port); });
        if (d->gateway->port() == 0) {
            *error = d->gateway->error();
            stop();
            return false;
        }
        d->port = d->gateway->port();
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        stop();
        return false;
    }
    d->ready = true;
    log->info("hub ready on {} (data in {})", url().toString().toStdString(),
        d->options.dataDir.toStdString());
    return true;
}

void Hub::stop()
{
    if (!d->started)
        return;
    d->started = false;
    d->ready = false;
    auto log = ops::Logging::get("core");
    runIn(d->gateway.get(), [this]() { d->gateway->stopAccepting(); });
    // Let acknowledged work land: open HTTP answers and queued writes.
    QDeadlineTimer deadline(kDrainSeconds * 1000);
    while (!deadline.hasExpired() && (d->writer->pending() > 0 || d->gateway->inFlight() > 0))
        QThread::msleep(5);
    runIn(d->pipeline.get(), [this]() { d->pipeline->stop(); });
    runIn(d->providerTester.get(), [this]() { d->providerTester->stop(); });
    runIn(d->translator.get(), [this]() { d->translator->stop(); });
    runIn(d->knowledge.get(), [this]() { d->knowledge->stop(); });
    runIn(d->memoryKeeper.get(), [this]() { d->memoryKeeper->stop(); });
    runIn(d->channels.get(), [this]() { d->channels->stop(); });
    runIn(d->snoozeAlarm.get(), [this]() { d->snoozeAlarm->stop(); });
    // Writes the pipeline or outbox submitted last still commit.
    deadline.setRemainingTime(kDrainSeconds * 1000);
    while (!deadline.hasExpired() && d->writer->pending() > 0)
        QThread::msleep(5);
    runIn(d->gateway.get(), [this]() { d->gateway->stop(); });
    runIn(d->writer.get(), [this]() { d->writer->closeConnection(); });
    // Each thread destroys its own objects as it ends: their timers and sockets can only be
    // torn down in the thread they belong to. Gateway first, storage last, as before.
    const std::pair<QThread *, std::function<void()>> threads[] = {
        { &d->gatewayThread, [this] { d->gateway.reset(); } },
        { &d->aiThread,
            [this] {
                d->pipeline.reset();
                d->providerTester.reset();
                d->translator.reset();
                d->knowledge.reset();
                d->memoryKeeper.reset();
            } },
        { &d->channelsThread, [this] { d->channels.reset(); } },
        { &d->writerThread,
            [this] {
                d->snoozeAlarm.reset();
                d->writer.reset();
                d->bus.reset();
            } },
    };
    for (const auto &[thread, destroy] : threads) {
        const auto connection
            = QObject::connect(thread, &QThread::finished, thread, destroy, Qt::DirectConnection);
        thread->quit();
        thread->wait();
        QObject::disconnect(connection);
    }
    d->testers.reset();
    log->info("hub stopped");
    ops::Logging::shutdown();
}

} // namespace jack::runtime
