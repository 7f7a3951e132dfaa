#pragma once
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace jack::app {

//! What `jack-server` was asked to do.
struct ServerCommandLine {
    enum class Command { Serve, UserAdd, Exit };
    Command command = Command::Serve;
    int exitCode = 0; // for Exit (after --help, --version or a usage error)
    QString dataDir;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 3000;
    bool demo = false;
    QString email, password, name, role, department;

    //! Parses argv; prints help, version or the usage error itself.
    [[nodiscard]] static ServerCommandLine parse(const QStringList &arguments);
    //! The default data folder (per user, from QStandardPaths).
    [[nodiscard]] static QString defaultDataDir();
};

} // namespace jack::app
