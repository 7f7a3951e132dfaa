// jack-desk: the front-desk dashboard. Starts the embedded hub unless told to --connect to
// another one, then talks to it over HTTP and the staff WebSocket like any other desk.
#include "dashboard.h"
#include "desk.h"
#include "deskplugins.h"
#include "qmlwarningguard.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
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
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("jack-desk"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Jack The Butler"));
    QGuiApplication::setOrganizationName(QStringLiteral("Jack The Butler"));
    QGuiApplication::setApplicationVersion(QStringLiteral(JACK_VERSION));

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
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save the window as a PNG once the "
                       "data is loaded, then quit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption screenshotViewOption(QStringLiteral("screenshot-view"),
        QStringLiteral("inbox, conversation or tasks."), QStringLiteral("VIEW"),
        QStringLiteral("inbox"));
    const QCommandLineOption screenshotConversationOption(QStringLiteral("screenshot-conversation"),
        QStringLiteral("With --screenshot-view conversation: open this conversation id instead "
                       "of the inbox's first."),
        QStringLiteral("ID"));
    const QCommandLineOption screenshotReplyOption(QStringLiteral("screenshot-reply"),
        QStringLiteral("With --screenshot-view conversation: type this text into the reply box "
                       "(to show the SMS counter)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
        QStringLiteral("Load every screen; fail on any QML "
                       "warning."));
    parser.addOptions({ connectOption, dataDirOption, portOption, demoOption, emailOption,
        passwordOption, screenshotOption, screenshotViewOption, screenshotConversationOption,
        screenshotReplyOption, selfTestOption });
    parser.process(app);

    const bool selfTest = parser.isSet(selfTestOption);
    const bool screenshot = parser.isSet(screenshotOption);
    const bool automated = selfTest || screenshot;
    QString email = parser.value(emailOption);
    QString password = parser.value(passwordOption);

    jack::desk::Desk desk(nullptr);
    QUrl hubUrl;
    std::unique_ptr<QTemporaryDir> scratch;
#ifdef JACK_DESK_EMBEDDED_HUB
    std::unique_ptr<jack::runtime::Hub> hub;
#endif

    if (parser.isSet(connectOption)) {
        hubUrl = QUrl::fromUserInput(parser.value(connectOption));
    } else {
#ifdef JACK_DESK_EMBEDDED_HUB
        // The self-test needs a hub with a login; the demo hotel provides both.
        const bool demo = parser.isSet(demoOption) || (selfTest && email.isEmpty());
        QString dataDir = parser.value(dataDirOption);
        if (dataDir.isEmpty() && automated) {
            scratch = std::make_unique<QTemporaryDir>();
            dataDir = scratch->path();
        }
        if (dataDir.isEmpty())
            dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dataDir);
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
        say(QStringLiteral("this build has no embedded hub; start jack-server and pass --connect"));
        if (automated)
            return 1;
        desk.setHubError(QStringLiteral("This build has no embedded hub. Start jack-server and "
                                        "run jack-desk --connect URL."));
#endif
    }
    desk.setHubUrl(hubUrl);

    jack::desk::prepareQuickStyle();
    QQmlApplicationEngine engine;
    QString loadError;
    QQuickWindow *window = jack::desk::loadDashboard(engine, &loadError);
    if (!window) {
        say(loadError);
        return 1;
    }

    if (selfTest) {
        jack::desk::runSelfTest(&desk, window, email, password);
    } else {
        if (!email.isEmpty() && !password.isEmpty() && hubUrl.isValid())
            desk.session()->login(email, password);
        if (screenshot)
            jack::desk::runScreenshot(&desk, window, parser.value(screenshotViewOption),
                parser.value(screenshotOption),
                { parser.value(screenshotConversationOption),
                    parser.value(screenshotReplyOption) });
    }
    return app.exec();
}
