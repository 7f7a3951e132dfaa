#include "ops/logging.h"

#include <QDir>
#include <QtGlobal>
#include <map>
#include <mutex>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

namespace jack::ops {

namespace {
struct Sinks {
    std::mutex mutex;
    spdlog::sink_ptr console;
    std::map<std::string, spdlog::sink_ptr> files; // service -> file sink
    std::map<std::string, std::shared_ptr<spdlog::logger>> loggers;
};

Sinks &sinks()
{
    static Sinks s;
    return s;
}

constexpr size_t kMaxFileBytes = 5 * 1024 * 1024;
constexpr size_t kMaxFiles = 5;
} // namespace

std::string Logging::serviceOf(const std::string &area)
{
    const std::string head = area.substr(0, area.find('.'));
    if (head == "gateway" || head == "auth" || head == "ws")
        return "gateway";
    if (head == "ai")
        return "ai-engine";
    if (head == "channels" || head == "outbox")
        return "channels";
    return "core";
}

void Logging::init(const QString &logDir, spdlog::level::level_enum consoleLevel)
{
    Sinks &s = sinks();
    std::lock_guard lock(s.mutex);
    s.console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    s.console->set_level(consoleLevel);
    s.files.clear();
    if (!logDir.isEmpty()) {
        QDir().mkpath(logDir);
        for (const char *service : { "gateway", "ai-engine", "channels", "core" }) {
            const QString path = QDir(logDir).filePath(QString::fromLatin1(service) + ".log");
            auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                path.toStdString(), kMaxFileBytes, kMaxFiles);
            sink->set_level(spdlog::level::debug);
            s.files[service] = sink;
        }
    }
    // Re-point existing loggers (tests may init more than once).
    for (auto &[area, logger] : s.loggers) {
        auto &targets = logger->sinks();
        targets.clear();
        targets.push_back(s.console);
        if (auto it = s.files.find(serviceOf(area)); it != s.files.end())
            targets.push_back(it->second);
    }
}

std::shared_ptr<spdlog::logger> Logging::get(const std::string &area)
{
    Sinks &s = sinks();
    std::lock_guard lock(s.mutex);
    if (auto it = s.loggers.find(area); it != s.loggers.end())
        return it->second;
    if (!s.console) {
        s.console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        s.console->set_level(spdlog::level::info);
    }
    std::vector<spdlog::sink_ptr> targets { s.console };
    if (auto it = s.files.find(serviceOf(area)); it != s.files.end())
        targets.push_back(it->second);
    auto logger = std::make_shared<spdlog::logger>(area, targets.begin(), targets.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::info);
    s.loggers[area] = logger;
    return logger;
}

void Logging::captureQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &msg) {
        auto logger = Logging::get("qt");
        const std::string text = msg.toStdString();
        switch (type) {
        case QtDebugMsg:
            logger->debug("{}", text);
            break;
        case QtInfoMsg:
            logger->info("{}", text);
            break;
        case QtWarningMsg:
            logger->warn("{}", text);
            break;
        case QtCriticalMsg:
        case QtFatalMsg:
            logger->error("{}", text);
            break;
        }
    });
}

void Logging::shutdown()
{
    Sinks &s = sinks();
    std::lock_guard lock(s.mutex);
    for (auto &[area, logger] : s.loggers)
        logger->flush();
}

} // namespace jack::ops
