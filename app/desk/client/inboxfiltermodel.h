#pragma once
#include <QSet>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

class ConversationListModel;

//! The inbox as the clerk filters it: open / needs you / mine / unassigned / snoozed /
//! finished, one channel or all, plus a search text (guest name, number, room, last message).
//! Snoozed conversations are only in Snoozed and All. Keeps the order of ConversationListModel.
class InboxFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("InboxFilterModel belongs to Desk")
    Q_PROPERTY(Filter filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    //! A channel ("whatsapp", "sms", …), or empty for every channel.
    Q_PROPERTY(QString channel READ channel WRITE setChannel NOTIFY channelChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Filter { Open, NeedsYou, Mine, JackHandling, Finished, All, Unassigned, Snoozed };
    Q_ENUM(Filter)

    explicit InboxFilterModel(ConversationListModel *source, QObject *parent = nullptr);

    [[nodiscard]] Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    [[nodiscard]] QString search() const { return m_search; }
    void setSearch(const QString &search);
    [[nodiscard]] QString channel() const { return m_channel; }
    void setChannel(const QString &channel);
    [[nodiscard]] int count() const { return rowCount(); }

    //! The hub's matches for `search` (it also searches older messages and rooms): they pass
    //! the search while it stays the same.
    void setHubMatches(const QString &search, const QSet<QString> &ids);

    //! The conversation id shown at a row, or empty.
    Q_INVOKABLE QString idAt(int row) const;
    //! The row showing a conversation, or -1.
    Q_INVOKABLE int rowOf(const QString &conversationId) const;

Q_SIGNALS:
    void filterChanged();
    void searchChanged();
    void channelChanged();
    void countChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(
        int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ConversationListModel *m_conversations;
    Filter m_filter = Open;
    QString m_search;
    QString m_channel;
    QString m_hubMatchesFor;
    QSet<QString> m_hubMatches;
};

} // namespace jack::desk
