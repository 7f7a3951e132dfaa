#pragma once
#include <QObject>
#include <QTimer>

namespace jack::desk {

class ApiClient;
class ConversationListModel;

//! Keeps the inbox filter counts right while the desk holds only some pages of a long list:
//! asks the hub for GET /conversations/stats (its "views") after a load and, a moment after
//! live changes settle, again, and hands the answer to the conversation list.
class HubCounts : public QObject {
    Q_OBJECT
public:
    HubCounts(ApiClient *api, ConversationListModel *conversations, QObject *parent = nullptr);

    //! Asks soon; several calls in a burst of changes make one request.
    void refreshSoon();
    //! Asks now.
    void refresh();

private:
    ApiClient *m_api;
    ConversationListModel *m_conversations;
    QTimer m_debounce;
};

} // namespace jack::desk
