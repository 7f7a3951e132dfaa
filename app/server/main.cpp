// jack-server: the hub without a dashboard, and the admin CLI.
#include "runtime/hub.h"
#include "servercommandline.h"
#include "signalwatcher.h"
#include "useradmin.h"

#include "ops/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jack-the-butler"));
    QCoreApplication::setOrganizationName(QStringLiteral("jack-the-butler"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JACK_VERSION));

    using jack::app::ServerCommandLine;
    const ServerCommandLine cli = ServerCommandLine::parse(app.arguments());
    if (cli.command == ServerCommandLine::Command::Exit)
        return cli.exitCode;
    if (cli.command == ServerCommandLine::Command::UserAdd) {
        jack::ops::Logging::init({}, spdlog::level::warn);
        return jack::app::UserAdmin::add(
            cli.dataDir, { cli.email, cli.password, cli.name, cli.role, cli.department });
    }

    jack::ops::Logging::init(QDir(cli.dataDir).filePath(QStringLiteral("logs")));
    jack::ops::Logging::captureQtMessages();
    jack::runtime::Hub hub({ cli.dataDir, cli.address, cli.port, cli.demo });
    QString error;
    if (!hub.start(&error)) {
        QTextStream(stderr) << "jack-server: " << error << "\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "Jack is listening on " << hub.url().toString() << "\n";
    if (cli.demo) {
        out << "Demo hotel loaded. Log in as " << jack::runtime::DemoLogin::email << " / "
            << jack::runtime::DemoLogin::password << "\n";
    }
    out << "Data folder: " << QDir(cli.dataDir).absolutePath() << "\n";
    out.flush();

    jack::app::SignalWatcher signals;
    QObject::connect(&signals, &jack::app::SignalWatcher::terminationRequested, &app, [&app](int) {
        jack::ops::Logging::get("core")->info("stop requested; finishing in-flight work");
        app.quit();
    });
    app.exec();
    hub.stop();
    return 0;
}
