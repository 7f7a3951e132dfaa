#pragma once
#include <QJsonObject>
#include <QString>

namespace jack::ops {
class SecretStore;
}
namespace jack::storage {
class SettingsStore;
}

namespace jack::channels {

//! The `whatsapp` app's settings, secrets decrypted (never logged or served).
struct WhatsAppConfig {
    static constexpr const char *appId = "whatsapp";
    static constexpr const char *defaultApiBaseUrl = "https://graph.facebook.com/v21.0";

    bool enabled = false;
    QString accessToken, phoneNumberId, verifyToken, appSecret, apiBaseUrl;

    [[nodiscard]] static WhatsAppConfig load(
        const storage::SettingsStore &settings, const ops::SecretStore &secrets);
    [[nodiscard]] bool canSend() const
    {
        return enabled && !accessToken.isEmpty() && !phoneNumberId.isEmpty();
    }
};

} // namespace jack::channels
