// How the hotel's messaging is going, for the desk's Health screen:
// GET /api/v1/stats/activity (messages, first-response time, share answered without staff) and
// GET /api/v1/stats/errors (recent failed deliveries and failed AI calls).
#include "gateway/routecontext.h"

#include "core/clock.h"
#include "storage/activitystats.h"
#include "storage/operationalerrors.h"

#include <QJsonArray>

namespace jack::gateway {

namespace {
constexpr int kMaxHours = 24 * 31;

//! ?hours= (1…744, default 24); answers 400 and returns 0 on nonsense.
int hoursOf(const Request &req, const Reply &reply)
{
    const QString text = req.queryValue(QStringLiteral("hours"));
    if (text.isEmpty())
        return 24;
    bool ok = false;
    const int hours = text.toInt(&ok);
    if (!ok || hours < 1 || hours > kMaxHours) {
        reply.invalid(QStringLiteral("hours"),
            QStringLiteral("hours must be a whole number from 1 to %1").arg(kMaxHours));
        return 0;
    }
    return hours;
}
} // namespace

void registerStatsRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Get, QStringLiteral("/api/v1/stats/activity"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const int hours = hoursOf(req, reply);
            if (!hours)
                return;
            // Hourly up to two days, daily beyond; buckets end at the next full hour.
            const int bucketHours = hours <= 48 ? 1 : 24;
            QDateTime until = core::Clock::now().toUTC();
            until.setTime(QTime(until.time().hour(), 0));
            until = until.addSecs(3600);
            reply.json(200, storage::ActivityStats(ctx.db()).activity(until, hours, bucketHours));
        });

    server.route(M::Get, QStringLiteral("/api/v1/stats/errors"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const int hours = hoursOf(req, reply);
            if (!hours)
                return;
            int limit = 0;
            int offset = 0;
            if (!Input::paging(req, reply, &limit, &offset))
                return;
            if (offset != 0)
                return reply.invalid(QStringLiteral("offset"),
                    QStringLiteral("recent errors come newest first; use hours and limit"));
            const QString since = core::Clock::toIso(core::Clock::now().addSecs(-hours * 3600));
            int total = 0;
            const QJsonArray items
                = storage::OperationalErrors(ctx.db()).since(since, limit, &total);
            reply.json(200,
                QJsonObject { { "items", items }, { "total", total }, { "limit", limit },
                    { "offset", 0 }, { "since", since } });
        });
}

} // namespace jack::gateway
