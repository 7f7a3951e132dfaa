#pragma once
#include <QAbstractListModel>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

class ConversationListModel;

//! What Ctrl+K finds for a few typed words: the desk's screens whose name matches, then the
//! open conversations whose guest name, number, room or last message holds every word (in the
//! inbox's order). With nothing typed: the screens and the top of the inbox.
class QuickSwitcherModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(jack::desk::ConversationListModel *conversations READ conversations WRITE
            setConversations NOTIFY conversationsChanged)
    //! The screens to offer: [{view, title}], e.g. {view: "tasks", title: "Tasks"}.
    Q_PROPERTY(QVariantList screens READ screens WRITE setScreens NOTIFY screensChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        KindRole = Qt::UserRole + 1, // "screen" | "conversation"
        KeyRole, // the view, or the conversation id
        TitleRole,
        SubtitleRole,
        NeedsPersonRole,
        IsEmergencyRole,
    };
    Q_ENUM(Roles)

    explicit QuickSwitcherModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    [[nodiscard]] ConversationListModel *conversations() const { return m_conversations; }
    void setConversations(ConversationListModel *conversations);
    [[nodiscard]] QVariantList screens() const { return m_screens; }
    void setScreens(const QVariantList &screens);
    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);

    //! Looks again (the popup calls it when it opens; results do not move while it is open).
    Q_INVOKABLE void refresh();
    //! {kind, key, title} of a row, empty when out of range.
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void conversationsChanged();
    void screensChanged();
    void queryChanged();
    void countChanged();

private:
    struct Result {
        QString kind, key, title, subtitle;
        bool needsPerson = false;
        bool emergency = false;
    };
    void rebuild();

    QPointer<ConversationListModel> m_conversations;
    QVariantList m_screens;
    QString m_query;
    QList<Result> m_results;
};

} // namespace jack::desk
