// jack-desk: the front-desk dashboard. Starts the embedded hub unless told to --connect to
// another one, then talks to it over HTTP and the staff WebSocket like any other desk.
// One desk runs per user and hub: a second launch brings the running desk's window forward.
#include "dashboard.h"
#include "desk.h"
#include "deskplugins.h"
#include "desktopintegration.h"
#include "desktray.h"
#include "languageswitcher.h"
#include "preferences.h"
#include "qmlwarningguard.h"
#include "singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>

#ifdef JACK_DESK_EMBEDDED_HUB
#include "ops/logging.h"
#include "runtime/hub.h"
#endif

namespace {
void say(const QString &text)
{
    std::fprintf(stderr, "jack-desk: %s\n", qPrintable(text));
    std::fflush(stderr);
}
} // namespace

int main(int argc, char *argv[])
{
    jack::desk::QmlWarningGuard warningGuard;
    // Sharp at 125 % and 150 % too: scale by the screen's exact factor (Qt 6's default, said
    // here on purpose); sizes in QML are device-independent pixels.
    QApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    // QApplication rather than QGuiApplication: the tray icon's menu is a widget, and Qt
    // Charts (the Health screen) needs one.
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("jack-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Jack The Butler"));
    QApplication::setOrganizationName(QStringLiteral("Jack The Butler"));
    QApplication::setApplicationVersion(QStringLiteral(JACK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("jack-desk"));
    QApplication::setWindowIcon(jack::desk::DeskTray::icon());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Jack The Butler: the front-desk dashboard (and, by default, the hub)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connectOption(QStringLiteral("connect"),
        QStringLiteral("Use the hub at URL instead of "
                       "starting one in this desk."),
        QStringLiteral("URL"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        QStringLiteral("Data folder of the embedded hub."), QStringLiteral("DIR"));
    const QCommandLineOption portOption(QStringLiteral("port"),
        QStringLiteral("Port of the embedded hub (0 = any free "
                       "port; default 3000)."),
        QStringLiteral("PORT"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QStringLiteral("Load the demo hotel and sign in as its "
                       "demo clerk."));
    const QCommandLineOption emailOption(
        QStringLiteral("email"), QStringLiteral("Sign in with this email."), QStringLiteral("E"));
    const QCommandLineOption passwordOption(
        QStringLiteral("password"), QStringLiteral("Password for --email."), QStringLiteral("P"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QStringLiteral("light, dark or system. With --screenshot for this picture only; "
                       "otherwise remembered like the choice in the desk's menu."),
        QStringLiteral("THEME"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save the window as a PNG once the "
                       "data is loaded, then quit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption screenshotViewOption(QStringLiteral("screenshot-view"),
        QStringLiteral("inbox, conversation, tasks, quick-switcher, guests, guest-profile, "
                       "knowledge, knowledge-test, health, settings-apps, settings-app-config, "
                       "settings-staff or settings-hotel; on a hub without accounts setup, "
                       "setup-account or setup-ai."),
        QStringLiteral("VIEW"), QStringLiteral("inbox"));
    const QCommandLineOption screenshotConversationOption(QStringLiteral("screenshot-conversation"),
        QStringLiteral("With --screenshot-view conversation: open this conversation id instead "
                       "of the inbox's first."),
        QStringLiteral("ID"));
    const QCommandLineOption screenshotReplyOption(QStringLiteral("screenshot-reply"),
        QStringLiteral("With --screenshot-view conversation: type this text into the reply box "
                       "(to show the SMS counter)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption screenshotComposerOption(QStringLiteral("screenshot-composer"),
        QStringLiteral("With --screenshot-view conversation: \"note\" shows the internal-note "
                       "composer (--screenshot-reply then goes into the note)."),
        QStringLiteral("MODE"));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
        QStringLiteral("Load every screen; fail on any QML "
                       "warning."));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QStringLiteral("Show the desk in this language for this run: %1 (default: the one "
                       "chosen in the desk, else the system's).")
            .arg(jack::desk::LanguageSwitcher::supported().join(QStringLiteral(", "))),
        QStringLiteral("CODE"));
    parser.addOptions(
        { connectOption, dataDirOption, portOption, demoOption, emailOption, passwordOption,
            themeOption, screenshotOption, screenshotViewOption, screenshotConversationOption,
            screenshotReplyOption, selfTestOption, languageOption, screenshotComposerOption });
    parser.process(app);

    // Before the QML loads, so the first frame is already in the clerk's language. Screenshots
    // and the self-test are in English unless told otherwise, whatever this PC remembers.
    QString language = parser.value(languageOption);
    if (!parser.isSet(languageOption))
        language = parser.isSet(selfTestOption) || parser.isSet(screenshotOption)
            ? QStringLiteral("en")
            : jack::desk::LanguageSwitcher::startLanguage();
    if (!jack::desk::LanguageSwitcher::instance()->apply(language)) {
        say(QStringLiteral("--language: no translation for \"%1\"; choose one of %2")
                .arg(language,
                    jack::desk::LanguageSwitcher::supported().join(QStringLiteral(", "))));
        return 64;
    }

    const bool selfTest = parser.isSet(selfTestOption);
    const bool screenshot = parser.isSet(screenshotOption);
    const bool automated = selfTest || screenshot;
    QString email = parser.value(emailOption);
    QString password = parser.value(passwordOption);

    // The clerk's choices are remembered per user; automated runs remember nothing and start
    // from the defaults, so their pictures do not depend on who runs them.
    jack::desk::Preferences preferences(
        automated ? std::unique_ptr<QSettings>() : std::make_unique<QSettings>());
    if (parser.isSet(themeOption)) {
        const QString theme = parser.value(themeOption);
        if (theme != QLatin1String("light") && theme != QLatin1String("dark")
            && theme != QLatin1String("system")) {
            say(QStringLiteral("--theme takes light, dark or system"));
            return 64;
        }
        preferences.setTheme(theme);
    }

    jack::desk::Desk desk(nullptr);
    QUrl hubUrl;
    QString dataDir;
    std::unique_ptr<QTemporaryDir> scratch;
#ifdef JACK_DESK_EMBEDDED_HUB
    std::unique_ptr<jack::runtime::Hub> hub;
#endif
    std::unique_ptr<QQmlApplicationEngine> engine;
    std::unique_ptr<jack::desk::DesktopIntegration> integration;
    QQuickWindow *window = nullptr;

    // What must not run twice: the embedded hub's data folder, or the hub this desk uses.
    QString scope;
    if (parser.isSet(connectOption)) {
        hubUrl = QUrl::fromUserInput(parser.value(connectOption));
        scope = QStringLiteral("hub:") + hubUrl.adjusted(QUrl::StripTrailingSlash).toString();
    } else {
        dataDir = parser.value(dataDirOption);
        if (dataDir.isEmpty() && automated) {
            scratch = std::make_unique<QTemporaryDir>();
            dataDir = scratch->path();
        }
        if (dataDir.isEmpty())
            dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dataDir);
        scope = QStringLiteral("data:") + QDir(dataDir).canonicalPath();
    }

    // Starts the hub (unless --connect) and opens the dashboard; 0 or the exit code.
    auto startDesk = [&]() -> int {
        if (!parser.isSet(connectOption)) {
#ifdef JACK_DESK_EMBEDDED_HUB
            // The self-test needs a hub with a login; the demo hotel provides both.
            const bool demo = parser.isSet(demoOption) || (selfTest && email.isEmpty());
            // The embedded hub logs like jack-server: one rotating file per service in DIR/logs.
            jack::ops::Logging::init(QDir(dataDir).filePath(QStringLiteral("logs")));
            bool portOk = true;
            quint16 port = automated ? 0 : 3000;
            if (parser.isSet(portOption))
                port = parser.value(portOption).toUShort(&portOk);
            if (!portOk) {
                say(QStringLiteral("--port needs a number between 0 and 65535"));
                return 64;
            }
            jack::runtime::HubOptions options { dataDir, QHostAddress::LocalHost, port, demo };
            hub = std::make_unique<jack::runtime::Hub>(options);
            QString error;
            bool started = hub->start(&error);
            if (!started && port != 0 && !parser.isSet(portOption)) {
                // Another program holds the usual port: any free port serves this desk as well.
                say(QStringLiteral("port %1 is busy (%2); using a free port").arg(port).arg(error));
                hub.reset();
                options.port = 0;
                hub = std::make_unique<jack::runtime::Hub>(options);
                error.clear();
                started = hub->start(&error);
            }
            if (!started) {
                say(QStringLiteral("the hub could not start: %1").arg(error));
                if (automated)
                    return 1;
                desk.setHubError(error);
            } else {
                hubUrl = hub->url();
                say(QStringLiteral("hub running at %1").arg(hubUrl.toString()));
            }
            if (demo && email.isEmpty()) {
                email = QString::fromLatin1(jack::runtime::DemoLogin::email);
                password = QString::fromLatin1(jack::runtime::DemoLogin::password);
            }
#else
            say(QStringLiteral(
                "this build has no embedded hub; start jack-server and pass --connect"));
            if (automated)
                return 1;
            desk.setHubError(QStringLiteral("This build has no embedded hub. Start jack-server "
                                            "and run jack-desk --connect URL."));
#endif
        }
        desk.setHubUrl(hubUrl);

        jack::desk::prepareQuickStyle();
        engine = std::make_unique<QQmlApplicationEngine>();
        QString loadError;
        window = jack::desk::loadDashboard(*engine, &loadError);
        if (!window) {
            say(loadError);
            return 1;
        }

        if (selfTest) {
            jack::desk::runSelfTest(&desk, window, email, password);
            return 0;
        }
        if (!email.isEmpty() && !password.isEmpty() && hubUrl.isValid())
            desk.session()->login(email, password);
        if (screenshot) {
            jack::desk::runScreenshot(&desk, window, parser.value(screenshotViewOption),
                parser.value(screenshotOption),
                { parser.value(screenshotConversationOption), parser.value(screenshotReplyOption),
                    parser.value(screenshotComposerOption) });
            return 0;
        }
        preferences.restoreWindow(window);
        QObject::connect(&app, &QCoreApplication::aboutToQuit, &preferences,
            [&preferences, &window] { preferences.saveWindow(window); });
        integration = std::make_unique<jack::desk::DesktopIntegration>(
            &desk, &preferences, window, nullptr);
        return 0;
    };

    if (automated) {
        // Screenshots and self-tests run beside a clerk's desk (and each other) on purpose,
        // each on its own scratch hub or --connect URL: no single-instance check for them.
        if (const int code = startDesk())
            return code;
        return app.exec();
    }

    jack::desk::SingleInstance instance(scope);
    QObject::connect(&instance, &jack::desk::SingleInstance::becamePrimary, &app, [&] {
        if (const int code = startDesk())
            QCoreApplication::exit(code);
    });
    QObject::connect(&instance, &jack::desk::SingleInstance::activationRequested, &app, [&] {
        say(QStringLiteral("another launch asked for this desk: bringing the window forward"));
        jack::desk::DesktopIntegration::bringForward(window);
    });
    QObject::connect(&instance, &jack::desk::SingleInstance::handedOver, &app, [] {
        say(QStringLiteral("Jack The Butler is already open for this hotel: showed its window"));
        QCoreApplication::exit(0);
    });
    QObject::connect(&instance, &jack::desk::SingleInstance::failed, &app, [](const QString &why) {
        say(why);
        QCoreApplication::exit(1);
    });
    instance.start();
    const int code = app.exec();
    // The window and the engine go before the hub they talk to.
    integration.reset();
    engine.reset();
    return code;
}
