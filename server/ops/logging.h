#pragma once
#include <QString>
#include <memory>
#include <spdlog/spdlog.h>

namespace jack::ops {

//! spdlog set-up: one rotating file per service in the log folder plus the console; area
//! loggers ("gateway", "channels.whatsapp", "ai", "storage"…) share those sinks.
class Logging {
public:
    //! Creates the sinks. Without a folder only the console is used (tests, CLI).
    static void init(
        const QString &logDir, spdlog::level::level_enum consoleLevel = spdlog::level::info);
    //! The logger for an area; its file is chosen by the area's service.
    [[nodiscard]] static std::shared_ptr<spdlog::logger> get(const std::string &area);
    //! Forwards qDebug/qWarning into the "qt" logger.
    static void captureQtMessages();
    static void shutdown();
    //! Which service file an area writes to ("gateway", "ai-engine", "channels" or "core").
    [[nodiscard]] static std::string serviceOf(const std::string &area);
};

} // namespace jack::ops
