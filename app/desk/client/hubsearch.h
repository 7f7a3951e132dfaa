#pragma once
#include <QObject>
#include <QTimer>

namespace jack::desk {

class ApiClient;
class ConversationListModel;
class InboxFilterModel;

//! While the desk holds only some pages of the inbox, a search also asks the hub
//! (GET /conversations?q=…) a moment after the clerk stops typing, and adds what it finds to
//! the list, so a guest in a page not loaded yet is found too. The inbox filter then shows
//! the matches as usual.
class HubSearch : public QObject {
    Q_OBJECT
public:
    HubSearch(ApiClient *api, ConversationListModel *conversations, InboxFilterModel *inbox,
        QObject *parent = nullptr);

private:
    void search();

    ApiClient *m_api;
    ConversationListModel *m_conversations;
    InboxFilterModel *m_inbox;
    QTimer m_debounce;
};

} // namespace jack::desk
