#pragma once
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

class ConversationListModel;

//! The inbox as the clerk filters it: open / needs you / mine / finished, plus a search text.
//! Keeps the order of ConversationListModel.
class InboxFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("InboxFilterModel belongs to Desk")
    Q_PROPERTY(Filter filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Filter { Open, NeedsYou, Mine, JackHandling, Finished, All };
    Q_ENUM(Filter)

    explicit InboxFilterModel(ConversationListModel *source, QObject *parent = nullptr);

    [[nodiscard]] Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    [[nodiscard]] QString search() const { return m_search; }
    void setSearch(const QString &search);
    [[nodiscard]] int count() const { return rowCount(); }

    //! The conversation id shown at a row, or empty.
    Q_INVOKABLE QString idAt(int row) const;
    //! The row showing a conversation, or -1.
    Q_INVOKABLE int rowOf(const QString &conversationId) const;

Q_SIGNALS:
    void filterChanged();
    void searchChanged();
    void countChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(
        int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ConversationListModel *m_conversations;
    Filter m_filter = Open;
    QString m_search;
};

} // namespace jack::desk
