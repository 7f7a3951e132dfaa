#include "guestdirectory.h"

#include "apiclient.h"

#include <QLocale>

namespace jack::desk {

namespace {
constexpr int pageSize = 100;
constexpr int searchDelayMs = 250;

//! Plain words for a refusal of the hub, never a code.
QString plainError(const ApiReply &reply)
{
    if (reply.status == 0)
        return GuestDirectory::tr("The hub cannot be reached. The list will load when it is back.");
    if (reply.status == 401 || reply.status == 403)
        return GuestDirectory::tr("You are not allowed to see guests.");
    return GuestDirectory::tr("The hub could not load the guests (%1).").arg(reply.errorMessage);
}
} // namespace

GuestDirectory::GuestDirectory(QObject *parent)
    : QObject(parent)
    , m_model(new GuestListModel(this))
{
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(searchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { load(0); });
}

void GuestDirectory::setApi(ApiClient *api)
{
    if (m_api == api)
        return;
    m_api = api;
    Q_EMIT apiChanged(); // the page calls reload() once it is shown
}

void GuestDirectory::setShow(Show show)
{
    if (m_show == show)
        return;
    m_show = show;
    Q_EMIT showChanged();
    Q_EMIT emptyTextChanged();
    m_model->clear();
    load(0);
}

void GuestDirectory::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    Q_EMIT emptyTextChanged();
    m_searchDelay.start();
}

QString GuestDirectory::pathOf(Show show)
{
    switch (show) {
    case Arrivals:
        return QStringLiteral("reservations/arriving-today");
    case InHouse:
        return QStringLiteral("reservations/in-house");
    case Departures:
        return QStringLiteral("reservations/departing-today");
    case All:
        break;
    }
    return QStringLiteral("guests");
}

void GuestDirectory::reload()
{
    load(0);
    loadCounts();
}

void GuestDirectory::loadMore()
{
    if (!m_loading && hasMore())
        load(m_model->count());
}

void GuestDirectory::load(int offset)
{
    if (!m_api)
        return;
    m_searchDelay.stop();
    const quint64 serial = ++m_serial;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (!m_query.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("q"), m_query.trimmed());
    setLoading(true);
    const Show show = m_show;
    m_api->get(pathOf(show), query, this, [this, serial, offset, show](const ApiReply &reply) {
        if (serial != m_serial)
            return;
        if (!reply.ok()) {
            setError(plainError(reply));
            setLoading(false);
            return;
        }
        setError({});
        std::vector<GuestStay> rows;
        for (const QJsonValue &item : reply.items()) {
            rows.push_back(show == All ? GuestStay::fromGuest(item.toObject())
                                       : GuestStay::fromReservation(item.toObject()));
        }
        m_total = reply.total();
        if (offset == 0)
            m_model->reset(std::move(rows));
        else
            m_model->append(std::move(rows));
        m_loaded = true;
        setLoading(false);
    });
}

void GuestDirectory::loadCounts()
{
    if (!m_api)
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    for (Show show : { Arrivals, InHouse, Departures, All }) {
        m_api->get(pathOf(show), query, this, [this, show](const ApiReply &reply) {
            if (!reply.ok())
                return;
            m_counts[show] = reply.total();
            const QString day = reply.object().value(QLatin1String("date")).toString();
            if (!day.isEmpty())
                m_day = day;
            Q_EMIT countsChanged();
        });
    }
}

QString GuestDirectory::dayText() const
{
    const QDate day = QDate::fromString(m_day, Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, QStringLiteral("dddd d MMMM")) : QString();
}

QString GuestDirectory::emptyTitle() const
{
    if (!m_query.trimmed().isEmpty())
        return tr("No guest matches “%1”").arg(m_query.trimmed());
    switch (m_show) {
    case Arrivals:
        return tr("No arrivals today");
    case InHouse:
        return tr("No guests in house");
    case Departures:
        return tr("No departures today");
    case All:
        break;
    }
    return tr("No guests yet");
}

QString GuestDirectory::emptyBody() const
{
    if (!m_query.trimmed().isEmpty())
        return m_show == All ? tr("Try part of the name, the phone number, the e-mail or the room.")
                             : tr("Try “All guests”, or part of the name, phone, e-mail or room.");
    switch (m_show) {
    case Arrivals:
        return tr("Reservations arriving today appear here. See “In house” for guests already "
                  "checked in.");
    case InHouse:
        return tr("Checked-in guests appear here once your PMS reports them.");
    case Departures:
        return tr("Guests leaving today appear here, so you can prepare their check-out.");
    case All:
        break;
    }
    return tr("A guest appears as soon as they write to the hotel or a reservation arrives.");
}

void GuestDirectory::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void GuestDirectory::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace jack::desk
