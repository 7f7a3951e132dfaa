#include "healthboard.h"

#include "apiclient.h"
#include "wording.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <algorithm>
#include <cmath>

namespace jack::desk {

namespace {
QString providerLabel(const QString &provider)
{
    if (provider == QLatin1String("anthropic"))
        return HealthBoard::tr("Anthropic (Claude)");
    if (provider == QLatin1String("openai"))
        return HealthBoard::tr("OpenAI");
    if (provider == QLatin1String("ollama"))
        return HealthBoard::tr("Ollama");
    if (provider == QLatin1String("offline"))
        return HealthBoard::tr("Jack's offline engine");
    return provider;
}

QString toneOf(const QString &status)
{
    if (status == QLatin1String("ok"))
        return QStringLiteral("success");
    if (status == QLatin1String("degraded") || status == QLatin1String("starting"))
        return QStringLiteral("attention");
    return QStringLiteral("danger");
}

QVariantMap serviceRow(
    const QString &key, const QString &name, const QString &status, const QString &detail)
{
    return { { QStringLiteral("key"), key }, { QStringLiteral("name"), name },
        { QStringLiteral("status"), status },
        { QStringLiteral("statusText"), HealthBoard::statusText(status) },
        { QStringLiteral("tone"), toneOf(status) }, { QStringLiteral("detail"), detail } };
}

//! A round axis top a little above `value`: 4, 8, 12, 20, 40…
int axisTop(double value, int minimum)
{
    const double wanted = std::max(double(minimum), value * 1.15);
    for (int step : { 4, 8, 12, 20, 40, 60, 100, 200, 400, 1000 }) {
        if (wanted <= step)
            return step;
    }
    return int(std::ceil(wanted / 1000.0)) * 1000;
}

QString minutesText(const QJsonValue &seconds)
{
    if (!seconds.isDouble())
        return HealthBoard::tr("no replies yet");
    const int s = seconds.toInt();
    if (s < 60)
        return HealthBoard::tr("%1 s").arg(s);
    if (s < 3600)
        return HealthBoard::tr("%1 min").arg(qRound(s / 60.0));
    return HealthBoard::tr("%1 h").arg(QString::number(s / 3600.0, 'f', 1));
}
} // namespace

HealthBoard::HealthBoard(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

void HealthBoard::setApi(ApiClient *api)
{
    if (m_api == api)
        return;
    m_api = api;
    Q_EMIT apiChanged();
}

void HealthBoard::setHours(int hours)
{
    hours = hours > 24 ? 168 : 24;
    if (m_hours == hours)
        return;
    m_hours = hours;
    Q_EMIT hoursChanged();
    refresh();
}

QString HealthBoard::statusText(const QString &status)
{
    if (status == QLatin1String("ok"))
        return tr("Working");
    if (status == QLatin1String("degraded"))
        return tr("Partly working");
    if (status == QLatin1String("starting"))
        return tr("Starting");
    if (status == QLatin1String("unreachable"))
        return tr("Cannot be reached");
    return tr("Not working");
}

QString HealthBoard::overallText() const
{
    if (m_overall == QLatin1String("ok"))
        return tr("Everything is working.");
    if (m_overall == QLatin1String("degraded"))
        return tr("Jack is running, but something needs a look. See below.");
    if (m_overall == QLatin1String("down"))
        return tr("Jack's database is not working. Guests' messages may not be saved.");
    if (m_overall == QLatin1String("unreachable"))
        return tr("Jack's hub cannot be reached. Check that it is running.");
    return tr("Checking…");
}

QString HealthBoard::errorTitle(const QJsonObject &error)
{
    const QString service = error.value(u"service").toString();
    if (error.value(u"kind").toString() == QLatin1String("delivery")) {
        const QString guest = error.value(u"guestName").toString();
        return guest.isEmpty()
            ? tr("A %1 message was not delivered").arg(wording::channelLabel(service))
            : tr("A %1 message to %2 was not delivered").arg(wording::channelLabel(service), guest);
    }
    return tr("%1 did not answer a request from Jack").arg(providerLabel(service));
}

void HealthBoard::refresh()
{
    if (!m_api || !m_api->baseUrl().isValid())
        return;
    const bool wasLoading = loading();
    const quint64 generation = ++m_generation; // answers to an older refresh are dropped
    m_pending = 3;
    if (!wasLoading)
        Q_EMIT loadingChanged();

    // /health is outside /api/v1 and public.
    QUrl url = m_api->baseUrl();
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + QStringLiteral("health"));
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
        if (health.isEmpty())
            applyHealth({ { "status", "unreachable" } });
        else
            applyHealth(health);
        done();
    });

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("hours"), QString::number(m_hours));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("20"));
    m_api->get(
        QStringLiteral("stats/errors"), query, this, [this, generation](const ApiReply &answer) {
            if (generation != m_generation)
                return;
            applyErrors(answer);
            done();
        });
    QUrlQuery activity;
    activity.addQueryItem(QStringLiteral("hours"), QString::number(m_hours));
    m_api->get(QStringLiteral("stats/activity"), activity, this,
        [this, generation](const ApiReply &answer) {
            if (generation != m_generation)
                return;
            if (answer.ok()) {
                setProblem({});
                applyActivity(answer.object());
            } else {
                setProblem(answer.status == 0
                        ? tr("The numbers could not be loaded: the hub cannot be reached.")
                        : tr("The numbers could not be loaded: %1").arg(answer.errorMessage));
            }
            done();
        });
}

void HealthBoard::applyHealth(const QJsonObject &health)
{
    m_overall = health.value(u"status").toString();
    m_services.clear();
    const QJsonObject services = health.value(u"services").toObject();
    auto status = [&services](const char *key) {
        return services.value(QLatin1String(key)).toObject().value(u"status").toString();
    };
    if (!services.isEmpty()) {
        m_services.append(serviceRow(QStringLiteral("gateway"), tr("Message hub"),
            status("gateway"), tr("Receives guests' messages and serves the desks")));
        m_services.append(serviceRow(QStringLiteral("database"), tr("Database"), status("database"),
            tr("Keeps every conversation, task and setting")));
        const QJsonObject ai = services.value(u"ai").toObject();
        QString aiDetail = tr("Answers with %1")
                               .arg(providerLabel(ai.value(u"provider").toString().isEmpty()
                                       ? QStringLiteral("offline")
                                       : ai.value(u"provider").toString()));
        const QString aiError = ai.value(u"error").toObject().value(u"detail").toString();
        if (!aiError.isEmpty())
            aiDetail = aiError;
        m_services.append(
            serviceRow(QStringLiteral("ai"), tr("AI replies"), status("ai"), aiDetail));
        const QJsonObject channels = services.value(u"channels").toObject();
        const QJsonObject details = channels.value(u"details").toObject();
        if (details.isEmpty()) {
            QVariantMap row = serviceRow(QStringLiteral("channels"), tr("Channels"),
                status("channels"), tr("No messaging channel is connected yet (Settings → Apps)"));
            if (status("channels") == QLatin1String("ok")) {
                row.insert(QStringLiteral("statusText"), tr("None yet"));
                row.insert(QStringLiteral("tone"), QStringLiteral("neutral"));
            }
            m_services.append(row);
        }
        for (auto it = details.begin(); it != details.end(); ++it) {
            const QJsonObject entry = it.value().toObject();
            const QString channel = it.key().section(u'.', 1, 1);
            m_services.append(serviceRow(it.key(), wording::channelLabel(channel),
                entry.value(u"status").toString(), entry.value(u"detail").toString()));
        }
    }
    Q_EMIT healthChanged();
}

void HealthBoard::applyErrors(const ApiReply &reply)
{
    if (!reply.ok())
        return;
    m_errors.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &value : reply.items()) {
        const QJsonObject error = value.toObject();
        const QDateTime at = wording::parseTime(error.value(u"at").toString());
        m_errors.append(QVariantMap {
            { QStringLiteral("when"),
                wording::dayLabel(at, now) + QStringLiteral(" · ") + wording::timeText(at) },
            { QStringLiteral("title"), errorTitle(error) },
            { QStringLiteral("detail"), error.value(u"detail").toString() },
            { QStringLiteral("conversationId"), error.value(u"conversationId").toString() } });
    }
    m_errorTotal = reply.total();
    Q_EMIT errorsChanged();
}

void HealthBoard::applyActivity(const QJsonObject &activity)
{
    m_buckets.clear();
    double maxMessages = 0;
    double maxSeconds = 0;
    for (const QJsonValue &value : activity.value(u"buckets").toArray())
        maxSeconds
            = std::max(maxSeconds, value.toObject().value(u"firstResponseSeconds").toDouble(0.0));
    m_responseInMinutes = maxSeconds >= 120.0;
    const double unitSeconds = m_responseInMinutes ? 60.0 : 1.0;
    double maxResponse = 0;
    for (const QJsonValue &value : activity.value(u"buckets").toArray()) {
        const QJsonObject b = value.toObject();
        const int guest = b.value(u"guestMessages").toInt();
        const int jack = b.value(u"jackReplies").toInt();
        const int staff = b.value(u"staffReplies").toInt();
        const QJsonValue seconds = b.value(u"firstResponseSeconds");
        const QJsonValue share = b.value(u"answeredWithoutStaffShare");
        const double response = seconds.isDouble() ? seconds.toDouble() / unitSeconds : -1.0;
        maxMessages = std::max({ maxMessages, double(guest), double(jack + staff) });
        maxResponse = std::max(maxResponse, response);
        m_buckets.append(QVariantMap {
            { QStringLiteral("time"), wording::parseTime(b.value(u"start").toString()) },
            { QStringLiteral("guestMessages"), guest }, { QStringLiteral("replies"), jack + staff },
            { QStringLiteral("jackReplies"), jack }, { QStringLiteral("staffReplies"), staff },
            { QStringLiteral("responseTime"), std::round(response * 10.0) / 10.0 },
            { QStringLiteral("sharePercent"),
                share.isDouble() ? std::round(share.toDouble() * 100.0) : -1.0 } });
    }
    m_from = wording::parseTime(activity.value(u"from").toString());
    m_to = wording::parseTime(activity.value(u"to").toString());
    m_messagesTop = axisTop(maxMessages, 4);
    m_responseTop = axisTop(maxResponse, 4);
    const QJsonObject totals = activity.value(u"totals").toObject();
    const QJsonValue share = totals.value(u"answeredWithoutStaffShare");
    m_totals = QVariantMap {
        { QStringLiteral("guestMessages"), totals.value(u"guestMessages").toInt() },
        { QStringLiteral("replies"),
            totals.value(u"jackReplies").toInt() + totals.value(u"staffReplies").toInt() },
        { QStringLiteral("responseText"),
            minutesText(totals.value(u"firstResponseMedianSeconds")) },
        { QStringLiteral("shareText"),
            share.isDouble() ? tr("%1 %").arg(qRound(share.toDouble() * 100.0))
                             : tr("no guest messages") },
    };
    Q_EMIT activityChanged();
}

void HealthBoard::done()
{
    if (m_pending == 0)
        return;
    if (--m_pending == 0) {
        Q_EMIT loadingChanged();
        Q_EMIT refreshed();
    }
}

void HealthBoard::setProblem(const QString &problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

} // namespace jack::desk
