// First-run setup: GET /api/v1/setup and POST /api/v1/setup. Public, but only while the hub
// has no staff account at all: the first POST creates the hotel profile and the first admin
// and signs that admin in; from then on POST answers 409 and changes nothing, and the rest of
// the setup (AI, channels, knowledge) goes through the ordinary admin routes.
#include "gateway/passwordhasher.h"
#include "gateway/routecontext.h"

#include "core/clock.h"
#include "ops/logging.h"
#include "ops/secretstore.h"
#include "storage/appsettings.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"

#include <QFuture>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace jack::gateway {

namespace {
constexpr int kRefreshDays = 1; // like a login without "remember me"

QString alreadyDone()
{
    return QStringLiteral("this hub is already set up: sign in with an existing account");
}

//! The validated hotel profile (trimmed, empty fields left out), or the offending field.
std::optional<QJsonObject> hotelProfile(const QJsonValue &value, const Reply &reply)
{
    if (!value.isObject()) {
        reply.invalid(QStringLiteral("hotel"),
            QStringLiteral("'hotel' is required: an object with at least the hotel's name"));
        return std::nullopt;
    }
    const QJsonObject hotel = value.toObject();
    QJsonObject out;
    for (auto it = hotel.begin(); it != hotel.end(); ++it) {
        // publicBaseUrl is for later (Settings): a fresh hub has nothing public yet.
        if (it.key() == QLatin1String("publicBaseUrl")) {
            reply.invalid(QStringLiteral("hotel.publicBaseUrl"),
                QStringLiteral("set the public address later in the hotel settings"));
            return std::nullopt;
        }
        const QString problem = checkHotelSetting(it.key(), it.value());
        if (!problem.isEmpty()) {
            reply.invalid(QStringLiteral("hotel.") + it.key(), problem);
            return std::nullopt;
        }
        QJsonValue v = it.value();
        if (v.isString())
            v = v.toString().trimmed();
        if (!v.isNull() && !(v.isString() && v.toString().isEmpty()))
            out.insert(it.key(), v);
    }
    if (!out.contains(QLatin1String("name"))) {
        reply.invalid(QStringLiteral("hotel.name"), QStringLiteral("the hotel needs a name"));
        return std::nullopt;
    }
    return out;
}

struct NewAdmin {
    QString name, email, password;
};

//! The validated first admin, or the offending field.
std::optional<NewAdmin> adminAccount(const QJsonValue &value, const Reply &reply)
{
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!value.isObject()) {
        reply.invalid(QStringLiteral("admin"),
            QStringLiteral("'admin' is required: an object with name, email and password"));
        return std::nullopt;
    }
    const QJsonObject admin = value.toObject();
    NewAdmin out { admin.value(QLatin1String("name")).toString().trimmed(),
        admin.value(QLatin1String("email")).toString().trimmed(),
        admin.value(QLatin1String("password")).toString() };
    if (out.name.isEmpty()) {
        reply.invalid(QStringLiteral("admin.name"), QStringLiteral("enter the admin's name"));
        return std::nullopt;
    }
    if (!emailPattern.match(out.email).hasMatch()) {
        reply.invalid(QStringLiteral("admin.email"),
            QStringLiteral("enter an e-mail address such as manager@hotel.example"));
        return std::nullopt;
    }
    const QString weakness = PasswordHasher::weakness(out.password);
    if (!weakness.isEmpty()) {
        reply.invalid(QStringLiteral("admin.password"), weakness);
        return std::nullopt;
    }
    return out;
}
} // namespace

void registerSetupRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Get, QStringLiteral("/api/v1/setup"), Access::Public,
        [&ctx](const Request &, const Reply &reply) {
            const bool needed = storage::StaffStore(ctx.db()).count() == 0;
            QJsonObject answer { { "needed", needed } };
            if (needed) {
                // What the wizard may prefill; nothing secret, nothing about accounts.
                const QJsonObject hotel = storage::SettingsStore(ctx.db()).json(
                    QString::fromLatin1(storage::HotelSettings::key));
                answer.insert(QStringLiteral("hotel"), hotel);
            }
            reply.json(200, answer);
        });

    server.route(M::Post, QStringLiteral("/api/v1/setup"), Access::Public,
        [&ctx](const Request &req, const Reply &reply) {
            // Cheap refusal first; the write job below checks again inside its transaction.
            if (storage::StaffStore(ctx.db()).count() > 0)
                return reply.error(409, QStringLiteral("CONFLICT"), alreadyDone());
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            const auto hotel = hotelProfile(body->value(QLatin1String("hotel")), reply);
            if (!hotel)
                return;
            const auto admin = adminAccount(body->value(QLatin1String("admin")), reply);
            if (!admin)
                return;
            const QString address = req.remote.toString();
            // Argon2id takes tens of milliseconds: keep it off the gateway thread.
            QtConcurrent::run([pw = admin->password]() { return PasswordHasher::hash(pw); })
                .then(ctx.context,
                    [&ctx, reply, hotel = *hotel, admin = *admin, address](const QString &hash) {
                        const QByteArray key = ctx.secrets->signingKey();
                        ctx.write(
                            reply, 201,
                            [hotel, admin, hash, key, address](storage::WriteTx &tx) -> QJsonValue {
                                // The single writer runs jobs one at a time: of two browsers
                                // creating the first admin, the second finds the first's
                                // account here and gets 409.
                                storage::StaffStore staff(tx.db());
                                if (staff.count() > 0)
                                    throw storage::JobError(
                                        409, QStringLiteral("CONFLICT"), alreadyDone());
                                const QString id = staff.create(
                                    admin.email, admin.name, QStringLiteral("admin"), {}, hash);
                                const auto record = staff.byId(id);
                                storage::SettingsStore settings(tx.db());
                                const QString hotelKey
                                    = QString::fromLatin1(storage::HotelSettings::key);
                                QJsonObject stored = settings.json(hotelKey);
                                for (auto it = hotel.begin(); it != hotel.end(); ++it)
                                    stored.insert(it.key(), it.value());
                                settings.setJson(hotelKey, stored);
                                settings.audit(id, QStringLiteral("setup.admin"), id, address,
                                    { { "email", admin.email },
                                        { "hotelFields",
                                            QJsonArray::fromStringList(hotel.keys()) } });
                                tx.recordChange(
                                    QStringLiteral("settings:updated"), hotelKey, stored);
                                QJsonObject answer = issueTokens(
                                    tx, key, *record, core::Clock::now().addDays(kRefreshDays));
                                answer.insert(QStringLiteral("hotel"), stored);
                                return answer;
                            },
                            [address] {
                                ops::Logging::get("auth")->info(
                                    "first-run setup: the first admin was created from {}",
                                    address.toStdString());
                            });
                    });
        });
}

} // namespace jack::gateway
