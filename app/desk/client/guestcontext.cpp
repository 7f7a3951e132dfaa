#include "guestcontext.h"
#include "apiclient.h"
#include "guestlistmodel.h"
#include "wording.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>

namespace jack::desk {

namespace {
constexpr int earlierLimit = 10;

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

GuestContext::GuestContext(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void GuestContext::clear()
{
    m_conversationId.clear();
    if (m_stay.isEmpty() && m_earlier.isEmpty())
        return;
    m_stay.clear();
    m_earlier.clear();
    Q_EMIT changed();
}

QString GuestContext::datesText(const QString &arrival, const QString &departure)
{
    const QDate from = QDate::fromString(arrival, Qt::ISODate);
    const QDate to = QDate::fromString(departure, Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return {};
    const QLocale locale;
    const QString format = QStringLiteral("d MMM");
    return QStringLiteral("%1 – %2").arg(
        locale.toString(from, format), locale.toString(to, format));
}

void GuestContext::setContext(const QString &conversationId, const QJsonObject &context)
{
    m_conversationId = conversationId;
    const QJsonObject reservation = context.value(QLatin1String("reservation")).toObject();
    m_stay.clear();
    if (!reservation.isEmpty()) {
        m_stay = QVariantMap {
            { QStringLiteral("room"), text(reservation, "roomNumber") },
            { QStringLiteral("roomType"), text(reservation, "roomType") },
            { QStringLiteral("dates"),
                datesText(text(reservation, "arrivalDate"), text(reservation, "departureDate")) },
            { QStringLiteral("status"), GuestListModel::statusLabel(text(reservation, "status")) },
        };
    }
    m_earlier.clear();
    Q_EMIT changed();

    const QString guestId = text(context.value(QLatin1String("guest")).toObject(), "id");
    if (guestId.isEmpty())
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(earlierLimit + 1));
    m_api->get(QStringLiteral("guests/%1/conversations").arg(guestId), query, this,
        [this, conversationId](const ApiReply &reply) {
            if (!reply.ok() || conversationId != m_conversationId)
                return;
            QVariantList earlier;
            const QLocale locale;
            for (const QJsonValue &value : reply.items()) {
                const QJsonObject c = value.toObject();
                if (text(c, "id") == conversationId || earlier.size() >= earlierLimit)
                    continue;
                const QDateTime when = wording::parseTime(text(c, "lastMessageAt"));
                earlier.append(QVariantMap {
                    { QStringLiteral("id"), text(c, "id") },
                    { QStringLiteral("channel"), wording::channelLabel(text(c, "channel")) },
                    { QStringLiteral("state"), wording::stateLabel(text(c, "state")) },
                    { QStringLiteral("when"),
                        when.isValid() ? locale.toString(
                            when.toLocalTime().date(), QStringLiteral("d MMM yyyy"))
                                       : QString() },
                    { QStringLiteral("preview"), text(c, "lastMessagePreview") },
                });
            }
            m_earlier = earlier;
            Q_EMIT changed();
        });
}

} // namespace jack::desk
