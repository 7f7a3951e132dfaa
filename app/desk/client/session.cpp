#include "session.h"

#include "apiclient.h"
#include "wording.h"

namespace jack::desk {

Session::Session(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    connect(m_api, &ApiClient::sessionExpired, this, [this] {
        if (!loggedIn())
            return;
        setUser({});
        setError(tr("Your session has ended. Please sign in again."));
    });
}

void Session::login(const QString &email, const QString &password)
{
    if (m_busy)
        return;
    if (email.trimmed().isEmpty() || password.isEmpty()) {
        setError(tr("Enter your email and password."));
        return;
    }
    setBusy(true);
    setError({});
    m_api->login(email.trimmed(), password, this, [this, email](const ApiReply &reply) {
        setBusy(false);
        if (reply.ok()) {
            QJsonObject user = reply.object().value(QLatin1String("user")).toObject();
            if (user.isEmpty())
                user.insert(QStringLiteral("email"), email.trimmed());
            setUser(user);
            return;
        }
        if (reply.status == 401)
            setError(tr("That email and password do not match. Try again."));
        else if (reply.status == 429)
            setError(tr("Too many attempts. Wait a minute, then try again."));
        else if (reply.status == 0)
            setError(tr("Jack cannot be reached at %1. Check that the hub is running.")
                         .arg(m_api->baseUrl().toString()));
        else
            setError(tr("Signing in failed: %1").arg(reply.errorMessage));
    });
}

void Session::signInWith(const QJsonObject &loginAnswer)
{
    m_api->setTokens(loginAnswer.value(QLatin1String("accessToken")).toString(),
        loginAnswer.value(QLatin1String("refreshToken")).toString());
    setError({});
    setUser(loginAnswer.value(QLatin1String("user")).toObject());
}

void Session::logout()
{
    if (!m_api->refreshToken().isEmpty()) {
        m_api->post(QStringLiteral("auth/logout"),
            QJsonObject { { QStringLiteral("refreshToken"), m_api->refreshToken() } }, this, {});
    }
    m_api->clearTokens();
    setError({});
    setUser({});
}

QString Session::userId() const
{
    const QJsonValue id = m_user.value(QLatin1String("id"));
    return id.isDouble() ? QString::number(id.toDouble(), 'g', 15) : id.toString();
}

QString Session::userName() const
{
    const QString name = m_user.value(QLatin1String("name")).toString();
    return name.isEmpty() ? userEmail() : name;
}

QString Session::userEmail() const
{
    return m_user.value(QLatin1String("email")).toString();
}

QString Session::role() const
{
    return m_user.value(QLatin1String("role")).toString();
}

QString Session::department() const
{
    return m_user.value(QLatin1String("department")).toString();
}

QString Session::initials() const
{
    return wording::initials(userName());
}

void Session::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void Session::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void Session::setUser(const QJsonObject &user)
{
    if (m_user == user)
        return;
    m_user = user;
    Q_EMIT userChanged();
}

} // namespace jack::desk
