#pragma once

#include "jsonhttpclient.h"
#include "whatsapppayloads.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QProcess;

//! Runs a real `jack-server` for end-to-end tests: a throw-away data folder, an admin
//! created with `user add`, start-up awaited by its URL line and `/health/ready`, a
//! logged-in JSON client, and crash (SIGKILL), stop (SIGTERM) and restart on the same port.
class JackServerProcess : public QObject {
    Q_OBJECT
public:
    struct Admin {
        QString email = QStringLiteral("admin@harbourview.test");
        QString password = QStringLiteral("correct-horse-battery-staple");
        QString name = QStringLiteral("Ada Admin");
    };

    explicit JackServerProcess(QObject *parent = nullptr);
    ~JackServerProcess() override;

    //! $JACK_SERVER_BINARY, else the path compiled in by CMake.
    [[nodiscard]] static QString defaultBinary();

    void setBinary(const QString &path) { m_binary = path; }
    //! Use this folder instead of a fresh temporary one (it must exist).
    void setDataDir(const QString &path) { m_dataDirOverride = path; }
    void setDemo(bool demo) { m_demo = demo; }
    void setExtraArgs(const QStringList &args) { m_extraArgs = args; }
    //! Echo the server's stdout/stderr to ours as it arrives (also on with $JACK_E2E_VERBOSE).
    void setEcho(bool echo) { m_echo = echo; }

    //! Fresh data folder, `user add` of the admin, start, ready, login.
    [[nodiscard]] bool start(int timeoutMs = 30000);
    //! Runs `jack-server --data-dir DIR <args>` to completion; returns its exit code
    //! (-1 when it crashed or timed out).
    [[nodiscard]] int runCli(
        const QStringList &args, QByteArray *output = nullptr, int timeoutMs = 60000);
    [[nodiscard]] bool createUser(
        const QString &email, const QString &password, const QString &name, const QString &role);
    //! Starts the process (on the previous port when there was one) and waits until ready.
    [[nodiscard]] bool launch(int timeoutMs = 30000);
    [[nodiscard]] bool login();
    //! SIGKILL, then reaps the process.
    void kill();
    //! SIGTERM; true when the server exited normally with code 0 within the timeout.
    [[nodiscard]] bool terminate(int timeoutMs = 15000);
    //! Starts again on the same data folder and port, then logs in again.
    [[nodiscard]] bool restart(int timeoutMs = 30000);
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] qint64 pid() const;

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString dataDir() const;
    [[nodiscard]] QByteArray accessToken() const { return m_accessToken; }
    [[nodiscard]] QJsonObject user() const { return m_user; }
    [[nodiscard]] const Admin &admin() const { return m_admin; }
    //! ws://127.0.0.1:PORT/ws?token=<access token>
    [[nodiscard]] QUrl webSocketUrl() const;

    //! Logged-in client for /api/v1/*.
    JsonHttpClient &api() { return m_api; }
    //! Client without a token (webhooks, health, login).
    JsonHttpClient &anonymous() { return m_anonymous; }

    //! PUT /api/v1/apps/whatsapp pointing the hub at `apiBaseUrl` (e.g. a FakeGraphApi).
    HttpReply configureWhatsApp(const WhatsAppAccount &account, const QUrl &apiBaseUrl);
    //! POST /webhooks/whatsapp with the raw body and, unless empty, the signature header.
    HttpReply postWhatsAppWebhook(const QByteArray &body, const QByteArray &signatureHeader);
    //! Signs `body` with `account.appSecret` and posts it.
    HttpReply postSignedWhatsAppWebhook(const WhatsAppAccount &account, const QByteArray &body);

    [[nodiscard]] QString errorString() const { return m_error; }
    //! Everything the server printed so far (stdout and stderr, all runs).
    [[nodiscard]] QByteArray output() const { return m_output; }
    //! The last `maxBytes` of output(), for failure messages.
    [[nodiscard]] QByteArray outputTail(int maxBytes = 4000) const;

Q_SIGNALS:
    void exited(int exitCode);

private:
    void readOutput();
    void readErrors();
    void append(const QByteArray &chunk, bool fromStdout);
    bool fail(const QString &message);
    [[nodiscard]] bool waitForUrl(int timeoutMs);
    [[nodiscard]] bool waitForReady(int timeoutMs);

    QString m_binary;
    QString m_dataDirOverride;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QProcess> m_process;
    Admin m_admin;
    bool m_demo = true;
    bool m_echo = false;
    QStringList m_extraArgs;
    QByteArray m_output;
    QByteArray m_stdoutLine;
    QUrl m_baseUrl;
    quint16 m_port = 0;
    QByteArray m_accessToken;
    QJsonObject m_user;
    JsonHttpClient m_api;
    JsonHttpClient m_anonymous;
    QString m_error;
};
