#pragma once
#include "channels/channel.h"
#include "channels/whatsapp/whatsappconfig.h"

#include <optional>

namespace jack::channels {

class GraphClient;

//! WhatsApp Business through Meta's Cloud API: text, templates and files out (within the
//! 24-hour window for anything but a template), guests' files in.
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

    //! What staff read when free text meets a closed window (before sending or from Meta).
    [[nodiscard]] static QString windowClosedError();

private:
    //! Read once and kept until the app is saved again.
    const WhatsAppConfig &config();
    void sendTemplate(const WhatsAppConfig &c, const storage::OutboxItem &item, SendCallback done);
    void sendMedia(const WhatsAppConfig &c, const storage::OutboxItem &item, SendCallback done);
    void sendJoined(const WhatsAppConfig &c, const storage::OutboxItem &item, SendCallback done);

    GraphClient *m_graph;
    std::optional<WhatsAppConfig> m_config;
};

} // namespace jack::channels
