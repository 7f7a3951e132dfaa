#include "gateway/accesstoken.h"
#include "gateway/loginthrottle.h"
#include "gateway/passwordhasher.h"
#include "gateway/routecontext.h"

#include "core/clock.h"
#include "ops/logging.h"
#include "ops/secretstore.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "storage/tokenstore.h"

#include <QCryptographicHash>
#include <QFuture>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>
#include <sodium.h>

namespace jack::gateway {

namespace {
constexpr int kRefreshDays = 30;
constexpr int kRefreshDaysShort = 1;

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newRefreshToken()
{
    QByteArray raw(32, 0);
    randombytes_buf(raw.data(), raw.size());
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

//! A hash to verify against when the e-mail is unknown, so both cases cost the same time.
const QString &dummyHash()
{
    static const QString hash
        = PasswordHasher::hash(QStringLiteral("no such account, no such luck"));
    return hash;
}
} // namespace

QJsonObject issueTokens(storage::WriteTx &tx, const QByteArray &key,
    const storage::StaffRecord &staff, const QDateTime &refreshUntil)
{
    const QDateTime now = core::Clock::now();
    const QString refresh = newRefreshToken();
    storage::TokenStore(tx.db()).insert(tokenHash(refresh), staff.id, refreshUntil);
    return { { "accessToken",
                 QString::fromLatin1(
                     AccessToken::issue(key, staff.id, staff.role, now.toSecsSinceEpoch())) },
        { "refreshToken", refresh }, { "expiresIn", AccessToken::kLifetimeSeconds },
        { "user", staff.toUserJson() } };
}

void registerAuthRoutes(HttpServer &server, RouteContext &ctx, LoginThrottle &throttle)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Post, QStringLiteral("/api/v1/auth/login"), Access::Public,
        [&ctx, &throttle](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            const auto email = Input::text(*body, QStringLiteral("email"), reply);
            if (!email)
                return;
            const auto password = Input::text(*body, QStringLiteral("password"), reply);
            if (!password)
                return;
            const bool rememberMe = body->value(QLatin1String("rememberMe")).toBool(false);
            const QString address = req.remote.toString();
            if (throttle.blocked(*email, address, core::Clock::now())) {
                reply.error(429, QStringLiteral("RATE_LIMITED"),
                    QStringLiteral("too many failed logins; try again in 15 minutes"));
                return;
            }
            const auto staff = storage::StaffStore(ctx.db()).byEmail(*email);
            const QString hash = staff && staff->active ? staff->passwordHash : dummyHash();
            // Argon2id takes tens of milliseconds: keep it off the gateway thread.
            QtConcurrent::run([hash, pw = *password]() { return PasswordHasher::verify(hash, pw); })
                .then(ctx.context,
                    [&ctx, &throttle, staff, reply, email = *email, address, rememberMe](bool ok) {
                        const QByteArray key = ctx.secrets->signingKey();
                        if (!ok || !staff || !staff->active) {
                            throttle.recordFailure(email, address, core::Clock::now());
                            ctx.writer->submit(
                                [email, address](storage::WriteTx &tx) -> QJsonValue {
                                    storage::SettingsStore(tx.db()).audit(
                                        {}, QStringLiteral("auth.login_failed"), email, address);
                                    return {};
                                });
                            ops::Logging::get("auth")->warn(
                                "failed login from {}", address.toStdString());
                            reply.error(401, QStringLiteral("UNAUTHORIZED"),
                                QStringLiteral("wrong e-mail or password"));
                            return;
                        }
                        throttle.recordSuccess(email);
                        ctx.write(reply, 200,
                            [staff = *staff, key, address, rememberMe](
                                storage::WriteTx &tx) -> QJsonValue {
                                storage::SettingsStore(tx.db()).audit(
                                    staff.id, QStringLiteral("auth.login"), staff.email, address);
                                return issueTokens(tx, key, staff,
                                    core::Clock::now().addDays(
                                        rememberMe ? kRefreshDays : kRefreshDaysShort));
                            });
                    });
        });

    server.route(M::Post, QStringLiteral("/api/v1/auth/refresh"), Access::Public,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            const auto token = Input::text(*body, QStringLiteral("refreshToken"), reply);
            if (!token)
                return;
            const QByteArray key = ctx.secrets->signingKey();
            ctx.write(
                reply, 200, [hash = tokenHash(*token), key](storage::WriteTx &tx) -> QJsonValue {
                    const auto grant = storage::TokenStore(tx.db()).consume(hash);
                    const auto staff
                        = grant ? storage::StaffStore(tx.db()).byId(grant->staffId) : std::nullopt;
                    if (!staff || !staff->active)
                        throw storage::JobError(401, QStringLiteral("UNAUTHORIZED"),
                            QStringLiteral("the refresh token is invalid, used or expired"));
                    return issueTokens(tx, key, *staff, grant->expiresAt);
                });
        });

    server.route(M::Post, QStringLiteral("/api/v1/auth/logout"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const QJsonObject body = QJsonDocument::fromJson(req.body).object();
            const QString token = body.value(QLatin1String("refreshToken")).toString();
            ctx.write(reply, 200,
                [hash = tokenHash(token), user = req.user, token](
                    storage::WriteTx &tx) -> QJsonValue {
                    if (!token.isEmpty())
                        storage::TokenStore(tx.db()).revoke(hash, user.id);
                    storage::SettingsStore(tx.db()).audit(
                        user.id, QStringLiteral("auth.logout"), {}, {});
                    return QJsonObject { { "ok", true } };
                });
        });

    server.route(M::Get, QStringLiteral("/api/v1/auth/me"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const auto staff = storage::StaffStore(ctx.db()).byId(req.user.id);
            if (!staff) {
                reply.error(401, QStringLiteral("UNAUTHORIZED"),
                    QStringLiteral("the account no longer exists"));
                return;
            }
            reply.json(200, QJsonObject { { "user", staff->toUserJson() } });
        });
}

} // namespace jack::gateway
