#include "channels/sms/smsconfig.h"

#include "storage/appsettings.h"

#include <QUrl>
#include <algorithm>

namespace jack::channels {

QString SmsConfig::statusCallbackUrl() const
{
    return publicBaseUrl.isEmpty() ? QString()
                                   : publicBaseUrl + QStringLiteral("/webhooks/sms/status");
}

QString SmsConfig::accountUrl() const
{
    return apiBaseUrl + QStringLiteral("/2010-04-01/Accounts/")
        + QString::fromLatin1(QUrl::toPercentEncoding(accountSid));
}

SmsConfig SmsConfig::load(const QSqlDatabase &db, const ops::SecretStore &secrets)
{
    const auto app = storage::AppSettings::load(db, secrets, QStringLiteral("twilio-sms"));
    SmsConfig c;
    c.enabled = app.enabled;
    c.accountSid = app.value(QStringLiteral("accountSid")).trimmed();
    c.authToken = app.value(QStringLiteral("authToken")).trimmed();
    c.phoneNumber = app.value(QStringLiteral("phoneNumber")).trimmed();
    c.messagingServiceSid = app.value(QStringLiteral("messagingServiceSid")).trimmed();
    c.apiBaseUrl = app.value(QStringLiteral("apiBaseUrl")).trimmed();
    if (c.apiBaseUrl.isEmpty())
        c.apiBaseUrl = QStringLiteral("https://api.twilio.com");
    while (c.apiBaseUrl.endsWith(QLatin1Char('/')))
        c.apiBaseUrl.chop(1);
    c.segmentBudget = std::max(0, app.integer(QStringLiteral("segmentBudget"), 3));
    c.segmentsPerSecond = std::max(1, app.integer(QStringLiteral("segmentsPerSecond"), 1));
    c.publicBaseUrl = storage::HotelSettings::publicBaseUrl(db);
    return c;
}

} // namespace jack::channels
