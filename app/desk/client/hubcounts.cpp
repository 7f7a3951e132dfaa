#include "hubcounts.h"

#include "apiclient.h"
#include "conversationlistmodel.h"

namespace jack::desk {

namespace {
constexpr int settleMs = 600;
} // namespace

HubCounts::HubCounts(ApiClient *api, ConversationListModel *conversations, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_conversations(conversations)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(settleMs);
    connect(&m_debounce, &QTimer::timeout, this, &HubCounts::refresh);
}

void HubCounts::refreshSoon()
{
    if (!m_debounce.isActive())
        m_debounce.start();
}

void HubCounts::refresh()
{
    m_debounce.stop();
    m_api->get(QStringLiteral("conversations/stats"), {}, this, [this](const ApiReply &reply) {
        // An older hub without "views" leaves the desk counting what it loaded.
        if (reply.ok())
            m_conversations->setHubCounts(reply.object().value(QLatin1String("views")).toObject());
    });
}

} // namespace jack::desk
