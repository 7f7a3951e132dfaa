// Staff accounts for admins: GET/POST /api/v1/staff, GET/PATCH/DELETE /api/v1/staff/{id}.
// Accounts are made as `jack-server user add` makes them (StaffRules, PasswordHasher); a
// password hash never leaves the hub.
#include "gateway/passwordhasher.h"
#include "gateway/routecontext.h"
#include "gateway/staffrules.h"

#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "storage/tokenstore.h"

#include <QFuture>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

namespace jack::gateway {

namespace {
const QString kWho = QStringLiteral("staff member");

//! Why a department value is unusable, or empty (null or "" clears it).
QString departmentProblem(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isString())
        return QStringLiteral("the department must be text");
    if (value.toString().trimmed().size() > 60)
        return QStringLiteral("the department is longer than 60 characters");
    return {};
}

//! The first problem of a body's fields: {field, message}, or an empty field when all fit.
//! `creating`: POST (email, name and password required) rather than PATCH.
QPair<QString, QString> firstProblem(const QJsonObject &body, bool creating)
{
    static const QStringList known { QStringLiteral("email"), QStringLiteral("name"),
        QStringLiteral("role"), QStringLiteral("department"), QStringLiteral("password"),
        QStringLiteral("active") };
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return { it.key(), QStringLiteral("unknown field '%1'").arg(it.key()) };
    }
    auto text = [&body](const char *key) { return body.value(QLatin1String(key)); };
    if (creating || body.contains(QLatin1String("email"))) {
        if (!creating)
            return { QStringLiteral("email"),
                QStringLiteral("the e-mail of an account cannot change; create a new account") };
        if (!text("email").isString())
            return { QStringLiteral("email"), QStringLiteral("an e-mail address is required") };
        if (const QString p = StaffRules::emailProblem(text("email").toString()); !p.isEmpty())
            return { QStringLiteral("email"), p };
    }
    if (creating || body.contains(QLatin1String("name"))) {
        const QString p = text("name").isString() ? StaffRules::nameProblem(text("name").toString())
                                                  : QStringLiteral("a name is required");
        if (!p.isEmpty())
            return { QStringLiteral("name"), p };
    }
    if (body.contains(QLatin1String("role"))) {
        const QString p = StaffRules::roleProblem(text("role").toString());
        if (!p.isEmpty())
            return { QStringLiteral("role"), p };
    }
    if (const QString p = departmentProblem(text("department")); !p.isEmpty())
        return { QStringLiteral("department"), p };
    if (body.contains(QLatin1String("active")) && !text("active").isBool())
        return { QStringLiteral("active"), QStringLiteral("active must be true or false") };
    if (creating || body.contains(QLatin1String("password"))) {
        const QString p = text("password").isString()
            ? StaffRules::passwordProblem(text("password").toString())
            : QStringLiteral("a password is required");
        if (!p.isEmpty())
            return { QStringLiteral("password"), p };
    }
    return {};
}

//! Hashes `password` off the gateway thread (Argon2id takes tens of milliseconds), then runs
//! `next` with the hash in the gateway thread. An empty password gives an empty hash at once;
//! a hashing failure (out of memory) answers 500 and skips `next`.
void withHash(const RouteContext &ctx, const Reply &reply, const QString &password,
    std::function<void(QString)> next)
{
    if (password.isEmpty())
        return next({});
    QtConcurrent::run([password]() -> QString {
        try {
            return PasswordHasher::hash(password);
        } catch (const std::exception &) {
            return {};
        }
    }).then(ctx.context, [reply, next = std::move(next)](const QString &hash) {
        if (hash.isEmpty())
            return reply.error(500, QStringLiteral("INTERNAL_ERROR"),
                QStringLiteral("the password could not be stored; try again"));
        next(hash);
    });
}

[[noreturn]] void conflict(const QString &message)
{
    throw storage::JobError(409, QStringLiteral("CONFLICT"), message);
}
} // namespace

void registerStaffRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Get, QStringLiteral("/api/v1/staff"), Access::Admin,
        [&ctx](const Request &req, const Reply &reply) {
            int limit = 0;
            int offset = 0;
            if (!Input::paging(req, reply, &limit, &offset))
                return;
            const QList<storage::StaffRecord> all = storage::StaffStore(ctx.db()).all();
            QJsonArray items;
            for (qsizetype i = offset; i < all.size() && items.size() < limit; ++i)
                items.append(all.at(i).toStaffJson());
            reply.json(200,
                QJsonObject { { "items", items }, { "total", all.size() }, { "limit", limit },
                    { "offset", offset } });
        });

    server.route(M::Get, QStringLiteral("/api/v1/staff/{id}"), Access::Admin,
        [&ctx](const Request &req, const Reply &reply) {
            const auto staff = storage::StaffStore(ctx.db()).byId(req.param(0));
            if (!staff)
                return reply.notFound(kWho);
            reply.json(200, staff->toStaffJson());
        });

    server.route(M::Post, QStringLiteral("/api/v1/staff"), Access::Admin,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            if (const auto [field, problem] = firstProblem(*body, true); !field.isEmpty())
                return reply.invalid(field, problem);
            const QJsonObject input = *body;
            withHash(ctx, reply, input.value(QLatin1String("password")).toString(),
                [&ctx, reply, input, user = req.user](const QString &hash) {
                    ctx.write(reply, 201, [input, hash, user](storage::WriteTx &tx) -> QJsonValue {
                        storage::StaffStore staff(tx.db());
                        const QString email
                            = input.value(QLatin1String("email")).toString().trimmed();
                        if (staff.byEmail(email))
                            conflict(QStringLiteral("a staff account with the e-mail %1 already "
                                                    "exists")
                                         .arg(email));
                        const QString role
                            = input.value(QLatin1String("role")).toString(QStringLiteral("staff"));
                        const QString id = staff.create(email,
                            input.value(QLatin1String("name")).toString(), role,
                            input.value(QLatin1String("department")).toString().trimmed(), hash);
                        storage::SettingsStore(tx.db()).audit(user.id,
                            QStringLiteral("staff.create"), id, {},
                            { { "email", email }, { "role", role } });
                        return staff.byId(id)->toStaffJson();
                    });
                });
        });

    server.route(M::Patch, QStringLiteral("/api/v1/staff/{id}"), Access::Admin,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            if (const auto [field, problem] = firstProblem(*body, false); !field.isEmpty())
                return reply.invalid(field, problem);
            const QJsonObject input = *body;
            withHash(ctx, reply, input.value(QLatin1String("password")).toString(),
                [&ctx, reply, input, id = req.param(0), user = req.user](const QString &hash) {
                    ctx.write(
                        reply, 200, [input, hash, id, user](storage::WriteTx &tx) -> QJsonValue {
                            storage::StaffStore staff(tx.db());
                            const auto before = staff.byId(id);
                            if (!before)
                                throw storage::JobError(404, QStringLiteral("NOT_FOUND"),
                                    kWho + QStringLiteral(" not found"));
                            storage::StaffRecord after = *before;
                            if (input.contains(QLatin1String("name")))
                                after.name
                                    = input.value(QLatin1String("name")).toString().trimmed();
                            if (input.contains(QLatin1String("role")))
                                after.role = input.value(QLatin1String("role")).toString();
                            if (input.contains(QLatin1String("department")))
                                after.department
                                    = input.value(QLatin1String("department")).toString().trimmed();
                            if (input.contains(QLatin1String("active")))
                                after.active = input.value(QLatin1String("active")).toBool();
                            const bool wasAdmin
                                = before->active && before->role == QLatin1String("admin");
                            const bool isAdmin
                                = after.active && after.role == QLatin1String("admin");
                            if (id == user.id && wasAdmin && !isAdmin)
                                conflict(QStringLiteral("you cannot take away your own admin "
                                                        "rights or deactivate yourself"));
                            if (wasAdmin && !isAdmin && staff.activeAdmins() <= 1)
                                conflict(QStringLiteral("%1 is the last admin; make someone "
                                                        "else an admin first")
                                             .arg(before->name));
                            staff.update(after);
                            if (!hash.isEmpty())
                                staff.setPasswordHash(id, hash);
                            // A new password or a deactivation ends the member's sessions.
                            if (!hash.isEmpty() || (before->active && !after.active))
                                storage::TokenStore(tx.db()).revokeAll(id);
                            QStringList fields = input.keys();
                            storage::SettingsStore(tx.db()).audit(user.id,
                                QStringLiteral("staff.update"), id, {},
                                { { "fields", QJsonArray::fromStringList(fields) } });
                            return staff.byId(id)->toStaffJson();
                        });
                });
        });

    server.route(M::Delete, QStringLiteral("/api/v1/staff/{id}"), Access::Admin,
        [&ctx](const Request &req, const Reply &reply) {
            ctx.write(reply, 200,
                [id = req.param(0), user = req.user](storage::WriteTx &tx) -> QJsonValue {
                    storage::StaffStore staff(tx.db());
                    const auto member = staff.byId(id);
                    if (!member)
                        throw storage::JobError(
                            404, QStringLiteral("NOT_FOUND"), kWho + QStringLiteral(" not found"));
                    if (id == user.id)
                        conflict(QStringLiteral("you cannot delete your own account"));
                    if (member->active && member->role == QLatin1String("admin")
                        && staff.activeAdmins() <= 1)
                        conflict(QStringLiteral("%1 is the last admin and cannot be deleted")
                                     .arg(member->name));
                    staff.remove(id);
                    storage::SettingsStore(tx.db()).audit(user.id, QStringLiteral("staff.delete"),
                        id, {}, { { "email", member->email } });
                    return QJsonObject { { "id", id }, { "deleted", true } };
                });
        });
}

} // namespace jack::gateway
