#pragma once
#include "channels/channel.h"
#include "channels/whatsapp/whatsappconfig.h"

#include <optional>

namespace jack::channels {

class GraphClient;

//! WhatsApp Business through Meta's Cloud API.
class WhatsAppChannel : public Channel {
    Q_OBJECT
public:
    WhatsAppChannel(const ChannelContext &context, QObject *parent = nullptr);
    [[nodiscard]] QString id() const override { return QStringLiteral("whatsapp"); }
    [[nodiscard]] QString appId() const override { return QStringLiteral("whatsapp"); }
    void reconfigure() override { m_config.reset(); }
    void send(const storage::OutboxItem &item, SendCallback done) override;
    [[nodiscard]] Pacing pacing(const storage::OutboxItem &item) const override;
    void fetchMedia(const storage::MediaRecord &media, FetchCallback done) override;
    void testConnection(TestCallback done) override;

private:
    //! Read once and kept until the app is saved again.
    const WhatsAppConfig &config();

    GraphClient *m_graph;
    std::optional<WhatsAppConfig> m_config;
};

} // namespace jack::channels
