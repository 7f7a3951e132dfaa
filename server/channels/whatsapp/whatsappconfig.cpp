#include "channels/whatsapp/whatsappconfig.h"

#include "ops/secretstore.h"
#include "storage/settingsstore.h"

namespace jack::channels {

WhatsAppConfig WhatsAppConfig::load(
    const storage::SettingsStore &settings, const ops::SecretStore &secrets)
{
    WhatsAppConfig c;
    const QJsonObject stored = settings.appConfig(QString::fromLatin1(appId), &c.enabled);
    auto secret = [&](const char *key) {
        return secrets.decrypt(stored.value(QLatin1String(key)).toString());
    };
    c.accessToken = secret("accessToken");
    c.verifyToken = secret("verifyToken");
    c.appSecret = secret("appSecret");
    c.phoneNumberId = stored.value(QLatin1String("phoneNumberId")).toString();
    c.apiBaseUrl = stored.value(QLatin1String("apiBaseUrl")).toString();
    if (c.apiBaseUrl.isEmpty())
        c.apiBaseUrl = QString::fromLatin1(defaultApiBaseUrl);
    while (c.apiBaseUrl.endsWith(QLatin1Char('/')))
        c.apiBaseUrl.chop(1);
    return c;
}

} // namespace jack::channels
