#include "channels/email/smtpclient.h"

#include "channels/email/vmimesupport.h"

#include <vmime/net/smtp/SMTPExceptions.hpp>

#include <functional>

namespace jack::channels {

namespace {

constexpr int timeoutSeconds = 30;

QString reply(const std::string &response)
{
    return QString::fromStdString(response).simplified();
}

SmtpOutcome run(const MailServer &server,
    const std::function<void(const vmime::shared_ptr<vmime::net::transport> &)> &work)
{
    ensureVmimeReady();
    const QString side = QStringLiteral("SMTP server %1").arg(server.label());
    SmtpOutcome outcome;
    try {
        const bool implicitTls = server.security == QLatin1String("tls");
        auto session = vmime::net::session::create();
        vmime::utility::url url(
            implicitTls ? "smtps" : "smtp", server.host.toStdString(), server.port);
        auto transport = session->getTransport(url);
        transport->setProperty("connection.tls", server.security == QLatin1String("starttls"));
        transport->setProperty(
            "connection.tls.required", server.security == QLatin1String("starttls"));
        const bool login = !server.username.isEmpty();
        transport->setProperty("options.need-authentication", login);
        if (login) {
            transport->setProperty("auth.username", server.username.toStdString());
            transport->setProperty("auth.password", server.password.toStdString());
        }
        transport->setCertificateVerifier(
            vmime::make_shared<VmimeCertificateCheck>(server.tlsVerify));
        transport->setTimeoutHandlerFactory(vmime::make_shared<VmimeDeadlines>(timeoutSeconds));
        transport->connect();
        work(transport);
        try {
            transport->disconnect();
        } catch (const vmime::exception &) {
            // Sent is sent: a server that drops the line after QUIT changes nothing.
        }
        outcome.kind = SmtpOutcome::Kind::Sent;
    } catch (const vmime::net::smtp::SMTPCommandError &e) {
        const int status = e.statusCode();
        outcome.code = QString::number(status);
        const QString command = QString::fromStdString(e.command()).section(QLatin1Char(' '), 0, 0);
        if (status == 535 || status == 534 || status == 530) {
            outcome.kind = SmtpOutcome::Kind::Failed;
            outcome.error = QStringLiteral("%1 refused the login (%2): check the e-mail settings")
                                .arg(side, reply(e.response()));
        } else if (status >= 500) {
            outcome.kind = SmtpOutcome::Kind::Failed;
            outcome.error
                = QStringLiteral("%1 refused %2: %3").arg(side, command, reply(e.response()));
        } else {
            outcome.error
                = QStringLiteral("%1 asked to try again later: %2").arg(side, reply(e.response()));
        }
    } catch (const vmime::exceptions::authentication_error &e) {
        outcome.kind = SmtpOutcome::Kind::Failed;
        outcome.error = QStringLiteral("%1 refused the login (%2): check the e-mail settings")
                            .arg(side, reply(e.response()));
    } catch (const vmime::exceptions::sasl_exception &e) {
        outcome.kind = SmtpOutcome::Kind::Failed;
        outcome.error = QStringLiteral("%1 refused the login (%2): check the e-mail settings")
                            .arg(side, QString::fromUtf8(e.what()));
    } catch (const vmime::exceptions::no_auth_information &) {
        outcome.kind = SmtpOutcome::Kind::Failed;
        outcome.error
            = QStringLiteral("%1 needs a user name and password: check the e-mail settings")
                  .arg(side);
    } catch (const vmime::security::cert::certificateException &e) {
        outcome.error = QStringLiteral("cannot connect securely to %1: %2")
                            .arg(side, QString::fromUtf8(e.what()));
    } catch (const vmime::exceptions::command_error &e) {
        const QString text = reply(e.response());
        outcome.kind = text.startsWith(QLatin1Char('5')) ? SmtpOutcome::Kind::Failed
                                                         : SmtpOutcome::Kind::Retry;
        outcome.code = text.left(3);
        outcome.error = QStringLiteral("%1 answered: %2").arg(side, text);
    } catch (const vmime::exceptions::operation_timed_out &) {
        outcome.error = QStringLiteral("%1 did not answer in time").arg(side);
    } catch (const vmime::exception &e) {
        outcome.error
            = QStringLiteral("cannot reach %1: %2").arg(side, QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        outcome.error
            = QStringLiteral("cannot reach %1: %2").arg(side, QString::fromUtf8(e.what()));
    }
    return outcome;
}

} // namespace

SmtpOutcome SmtpClient::send(const QString &from, const QString &to, const QByteArray &message)
{
    return run(m_server, [&](const vmime::shared_ptr<vmime::net::transport> &transport) {
        vmime::mailboxList recipients;
        recipients.appendMailbox(
            vmime::make_shared<vmime::mailbox>(vmime::emailAddress(to.toStdString())));
        const vmime::string bytes(message.constData(), size_t(message.size()));
        vmime::utility::inputStreamStringAdapter in(bytes);
        transport->send(
            vmime::mailbox(vmime::emailAddress(from.toStdString())), recipients, in, bytes.size());
    });
}

SmtpOutcome SmtpClient::check()
{
    return run(m_server, [](const vmime::shared_ptr<vmime::net::transport> &) {});
}

} // namespace jack::channels
