#include "servercommandline.h"

#include <QCommandLineParser>
#include <QStandardPaths>
#include <QTextStream>

namespace jack::app {

QString ServerCommandLine::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

ServerCommandLine ServerCommandLine::parse(const QStringList &arguments)
{
    ServerCommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Jack The Butler hub: the gateway, channels and AI engine without the dashboard.\n\n"
        "Commands:\n"
        "  (none)      serve until SIGINT/SIGTERM\n"
        "  user add    create a staff account (--email, --password, --name, --role [, "
        "--department])"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("Data folder (database, keys, logs)."), QStringLiteral("DIR"),
        defaultDataDir());
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral(
            "Address and port to serve (default 127.0.0.1:3000; port 0 picks a free one)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:3000"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QStringLiteral("Load the demo hotel and the demo login."));
    const QCommandLineOption email(QStringLiteral("email"),
        QStringLiteral("user add: e-mail (the login)."), QStringLiteral("E"));
    const QCommandLineOption password(QStringLiteral("password"),
        QStringLiteral("user add: password (10+ characters)."), QStringLiteral("P"));
    const QCommandLineOption name(
        QStringLiteral("name"), QStringLiteral("user add: full name."), QStringLiteral("N"));
    const QCommandLineOption role(QStringLiteral("role"),
        QStringLiteral("user add: admin, manager or staff."), QStringLiteral("ROLE"));
    const QCommandLineOption department(QStringLiteral("department"),
        QStringLiteral("user add: department (optional)."), QStringLiteral("D"));
    parser.addOptions({ dataDir, listen, demo, email, password, name, role, department });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("Optional: 'user add'."),
        QStringLiteral("[user add]"));

    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << "jack-server: " << parser.errorText() << "\nTry 'jack-server --help'.\n";
        result.command = Command::Exit;
        result.exitCode = 2;
        return result;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        result.command = Command::Exit;
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "jack-server " << JACK_VERSION << "\n";
        result.command = Command::Exit;
        return result;
    }
    result.dataDir = parser.value(dataDir);
    result.demo = parser.isSet(demo);
    const QString where = parser.value(listen);
    const int colon = where.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? where.mid(colon + 1).toInt(&portOk) : -1;
    QString host = colon > 0 ? where.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!portOk || port < 0 || port > 65535 || !result.address.setAddress(host)) {
        err << "jack-server: --listen wants HOST:PORT with a numeric address, e.g. "
               "127.0.0.1:3000\n";
        result.command = Command::Exit;
        result.exitCode = 2;
        return result;
    }
    result.port = quint16(port);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return result;
    if (positional == QStringList { QStringLiteral("user"), QStringLiteral("add") }) {
        result.command = Command::UserAdd;
        result.email = parser.value(email);
        result.password = parser.value(password);
        result.name = parser.value(name);
        result.role = parser.value(role);
        result.department = parser.value(department);
        for (const auto *option : { &email, &password, &name, &role }) {
            if (!parser.isSet(*option)) {
                err << "jack-server: user add needs --" << option->names().first() << "\n";
                result.command = Command::Exit;
                result.exitCode = 2;
                return result;
            }
        }
        return result;
    }
    err << "jack-server: unknown command '" << positional.join(QLatin1Char(' '))
        << "'. Try 'jack-server --help'.\n";
    result.command = Command::Exit;
    result.exitCode = 2;
    return result;
}

} // namespace jack::app
