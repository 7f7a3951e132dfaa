// Reservations as the front desk reads them: /api/v1/reservations…, /guests/{id}/reservations.
#include "gateway/routecontext.h"

#include "storage/gueststore.h"
#include "storage/reservationstore.h"
#include "storage/settingsstore.h"

namespace jack::gateway {

namespace {
QDate hotelToday(const RouteContext &ctx)
{
    return storage::ReservationStore::hotelToday(storage::SettingsStore(ctx.db())
                                                     .json(QStringLiteral("hotel"))
                                                     .value(QLatin1String("timezone"))
                                                     .toString());
}

//! A YYYY-MM-DD query value; answers 400 naming it when it is not one.
bool readDate(const Request &req, const Reply &reply, const QString &field, QDate *date)
{
    const QString value = req.queryValue(field);
    if (value.isEmpty())
        return true;
    *date = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
    if (!date->isValid()) {
        reply.invalid(field, QStringLiteral("%1 must be a date (YYYY-MM-DD)").arg(field));
        return false;
    }
    return true;
}

//! The filters every reservation list shares: paging, `q` and `status` (comma-separated).
bool readCommon(const Request &req, const Reply &reply, storage::ReservationFilter *filter)
{
    if (!Input::paging(req, reply, &filter->limit, &filter->offset))
        return false;
    filter->query = req.queryValue(QStringLiteral("q")).trimmed();
    const QString status = req.queryValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        const QStringList known = storage::ReservationStore::statuses();
        for (const QString &s : status.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!known.contains(s.trimmed())) {
                reply.invalid(QStringLiteral("status"),
                    QStringLiteral("status must be one or more of: %1 (comma-separated)")
                        .arg(known.join(QStringLiteral(", "))));
                return false;
            }
            filter->statuses.append(s.trimmed());
        }
    }
    return true;
}

//! A list page plus the hotel day it was computed for.
QJsonObject dayPage(const storage::ListPage &page, const QDate &day)
{
    QJsonObject answer = page.toJson();
    answer.insert(QStringLiteral("date"), day.toString(Qt::ISODate));
    return answer;
}

//! Not cancelled and not a no-show: the stays that still concern the desk.
const QStringList kLiveStatuses { QStringLiteral("confirmed"), QStringLiteral("checked_in"),
    QStringLiteral("checked_out") };
} // namespace

void registerReservationRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Get, QStringLiteral("/api/v1/reservations"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            storage::ReservationFilter filter;
            if (!readCommon(req, reply, &filter)
                || !readDate(req, reply, QStringLiteral("arrivalDate"), &filter.arrivalDate)
                || !readDate(req, reply, QStringLiteral("departureDate"), &filter.departureDate)
                || !readDate(req, reply, QStringLiteral("stayingOn"), &filter.stayingOn))
                return;
            filter.guestId = req.queryValue(QStringLiteral("guestId"));
            reply.json(200, storage::ReservationStore(ctx.db()).list(filter).toJson());
        });

    // Today at the hotel (its time zone): who arrives, who sleeps here, who leaves.
    server.route(M::Get, QStringLiteral("/api/v1/reservations/arriving-today"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            storage::ReservationFilter filter;
            if (!readCommon(req, reply, &filter))
                return;
            if (filter.statuses.isEmpty())
                filter.statuses = { QStringLiteral("confirmed"), QStringLiteral("checked_in") };
            const QDate today = hotelToday(ctx);
            filter.arrivalDate = today;
            reply.json(200, dayPage(storage::ReservationStore(ctx.db()).list(filter), today));
        });

    server.route(M::Get, QStringLiteral("/api/v1/reservations/in-house"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            storage::ReservationFilter filter;
            if (!readCommon(req, reply, &filter))
                return;
            // The PMS's word: a guest is in house from check-in to check-out, whatever dates.
            filter.statuses = { QStringLiteral("checked_in") };
            reply.json(
                200, dayPage(storage::ReservationStore(ctx.db()).list(filter), hotelToday(ctx)));
        });

    server.route(M::Get, QStringLiteral("/api/v1/reservations/departing-today"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            storage::ReservationFilter filter;
            if (!readCommon(req, reply, &filter))
                return;
            if (filter.statuses.isEmpty())
                filter.statuses = kLiveStatuses;
            const QDate today = hotelToday(ctx);
            filter.departureDate = today;
            reply.json(200, dayPage(storage::ReservationStore(ctx.db()).list(filter), today));
        });

    server.route(M::Get, QStringLiteral("/api/v1/reservations/{id}"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const QJsonObject r = storage::ReservationStore(ctx.db()).get(req.param(0));
            if (r.isEmpty())
                return reply.notFound(QStringLiteral("reservation"));
            reply.json(200, r);
        });

    server.route(M::Get, QStringLiteral("/api/v1/guests/{id}/reservations"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            if (storage::GuestStore(ctx.db()).get(req.param(0)).isEmpty())
                return reply.notFound(QStringLiteral("guest"));
            storage::ReservationFilter filter;
            if (!readCommon(req, reply, &filter))
                return;
            filter.guestId = req.param(0);
            reply.json(200, storage::ReservationStore(ctx.db()).list(filter).toJson());
        });
}

} // namespace jack::gateway
