#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QNetworkAccessManager;

namespace jack::desk {

class ApiClient;
struct ApiReply;

//! The Health screen's data: how each service of the hub is (GET /health), what went wrong
//! lately in plain language (GET stats/errors) and the activity over the last day or week
//! (GET stats/activity), ready for charts.
class HealthBoard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(jack::desk::ApiClient *api READ api WRITE setApi NOTIFY apiChanged)
    //! The period the charts and errors cover: 24 (hourly points) or 168 (daily points).
    Q_PROPERTY(int hours READ hours WRITE setHours NOTIFY hoursChanged)
    //! ok | degraded | down | unreachable; empty before the first answer.
    Q_PROPERTY(QString overall READ overall NOTIFY healthChanged)
    //! One sentence for the clerk about the hub as a whole.
    Q_PROPERTY(QString overallText READ overallText NOTIFY healthChanged)
    //! [{key, name, status, statusText, tone, detail}], services first, then each channel.
    Q_PROPERTY(QVariantList services READ services NOTIFY healthChanged)
    //! Newest first: [{when, title, detail, conversationId}].
    Q_PROPERTY(QVariantList errors READ errors NOTIFY errorsChanged)
    Q_PROPERTY(int errorTotal READ errorTotal NOTIFY errorsChanged)
    //! Oldest first: [{time, guestMessages, replies, jackReplies, staffReplies,
    //! responseTime (-1: none; in minutes or seconds, see responseInMinutes),
    //! sharePercent (-1: no guest message)}].
    Q_PROPERTY(QVariantList buckets READ buckets NOTIFY activityChanged)
    //! {guestMessages, replies, responseText, shareText} over the whole period.
    Q_PROPERTY(QVariantMap totals READ totals NOTIFY activityChanged)
    Q_PROPERTY(QDateTime from READ from NOTIFY activityChanged)
    Q_PROPERTY(QDateTime to READ to NOTIFY activityChanged)
    //! Axis tops: a little above the largest value, never 0.
    Q_PROPERTY(int messagesTop READ messagesTop NOTIFY activityChanged)
    Q_PROPERTY(int responseTop READ responseTop NOTIFY activityChanged)
    //! Reply times are charted in minutes once one bucket's average reaches two minutes,
    //! in seconds below (a fast Jack would otherwise draw a flat line at zero).
    Q_PROPERTY(bool responseInMinutes READ responseInMinutes NOTIFY activityChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    //! Why the numbers could not be loaded; empty when they were.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    explicit HealthBoard(QObject *parent = nullptr);

    [[nodiscard]] ApiClient *api() const { return m_api; }
    void setApi(ApiClient *api);
    [[nodiscard]] int hours() const { return m_hours; }
    void setHours(int hours);
    [[nodiscard]] QString overall() const { return m_overall; }
    [[nodiscard]] QString overallText() const;
    [[nodiscard]] QVariantList services() const { return m_services; }
    [[nodiscard]] QVariantList errors() const { return m_errors; }
    [[nodiscard]] int errorTotal() const { return m_errorTotal; }
    [[nodiscard]] QVariantList buckets() const { return m_buckets; }
    [[nodiscard]] QVariantMap totals() const { return m_totals; }
    [[nodiscard]] QDateTime from() const { return m_from; }
    [[nodiscard]] QDateTime to() const { return m_to; }
    [[nodiscard]] int messagesTop() const { return m_messagesTop; }
    [[nodiscard]] int responseTop() const { return m_responseTop; }
    [[nodiscard]] bool responseInMinutes() const { return m_responseInMinutes; }
    [[nodiscard]] bool loading() const { return m_pending > 0; }
    [[nodiscard]] QString problem() const { return m_problem; }

    //! Loads health, errors and activity again.
    Q_INVOKABLE void refresh();

    //! Plain-language title of one recent error ({kind, service, guestName}); for tests too.
    [[nodiscard]] static QString errorTitle(const QJsonObject &error);
    //! "Working", "Slow or partly working"… for a /health status.
    [[nodiscard]] static QString statusText(const QString &status);

Q_SIGNALS:
    void apiChanged();
    void hoursChanged();
    void healthChanged();
    void errorsChanged();
    void activityChanged();
    void loadingChanged();
    void problemChanged();
    //! All three answers of a refresh() arrived.
    void refreshed();

private:
    void applyHealth(const QJsonObject &health);
    void applyErrors(const ApiReply &reply);
    void applyActivity(const QJsonObject &activity);
    void done();
    void setProblem(const QString &problem);

    QPointer<ApiClient> m_api;
    QNetworkAccessManager *m_network;
    int m_hours = 24;
    int m_pending = 0;
    quint64 m_generation = 0;
    QString m_overall;
    QVariantList m_services;
    QVariantList m_errors;
    int m_errorTotal = 0;
    QVariantList m_buckets;
    QVariantMap m_totals;
    QDateTime m_from, m_to;
    int m_messagesTop = 4;
    int m_responseTop = 4;
    bool m_responseInMinutes = false;
    QString m_problem;
};

} // namespace jack::desk
