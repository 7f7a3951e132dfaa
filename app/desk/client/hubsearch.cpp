#include "hubsearch.h"

#include "apiclient.h"
#include "conversationlistmodel.h"
#include "inboxfiltermodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

namespace jack::desk {

namespace {
constexpr int typingPauseMs = 350;
constexpr int foundLimit = 100;
} // namespace

HubSearch::HubSearch(
    ApiClient *api, ConversationListModel *conversations, InboxFilterModel *inbox, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_conversations(conversations)
    , m_inbox(inbox)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(typingPauseMs);
    connect(&m_debounce, &QTimer::timeout, this, &HubSearch::search);
    connect(m_inbox, &InboxFilterModel::searchChanged, this, [this] {
        if (m_inbox->search().isEmpty() || m_conversations->complete())
            m_debounce.stop();
        else
            m_debounce.start();
    });
}

void HubSearch::search()
{
    const QString text = m_inbox->search();
    if (text.isEmpty() || m_conversations->complete())
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), text);
    query.addQueryItem(QStringLiteral("limit"), QString::number(foundLimit));
    m_api->get(QStringLiteral("conversations"), query, this, [this, text](const ApiReply &reply) {
        // A later search made this answer moot; errors leave the local matches.
        if (!reply.ok() || text != m_inbox->search())
            return;
        const QJsonArray items = reply.items();
        m_conversations->mergeFound(items);
        QSet<QString> ids;
        for (const QJsonValue &item : items)
            ids.insert(item.toObject().value(QLatin1String("id")).toString());
        m_inbox->setHubMatches(text, ids);
    });
}

} // namespace jack::desk
