#pragma once
#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace jack::desk {

//! One conversation as the inbox shows it.
struct ConversationEntry {
    QString id;
    QString guestId;
    QString guestName;
    QString guestPhone;
    QString channel;
    QString state;
    QString assignedTo;
    QString assignedToName;
    QString language;
    QString currentIntent;
    QString lastMessagePreview;
    QString escalationReason;
    QString roomNumber;
    QDateTime lastMessageAt;
    QDateTime lastGuestMessageAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    // WhatsApp's 24-hour customer-service window; unknown for other channels and older hubs.
    bool windowKnown = false;
    bool windowOpen = false;
    QDateTime windowClosesAt;

    [[nodiscard]] static ConversationEntry fromJson(const QJsonObject &object);
    //! The guest's name, else the number or address they wrote from.
    [[nodiscard]] QString displayName() const;
};

//! The inbox: every conversation, "needs a person" first (longest waiting on top), then open
//! conversations newest first, then finished ones. Live changes move rows with targeted signals.
class ConversationListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ConversationListModel belongs to Desk")
    Q_PROPERTY(int count READ count NOTIFY countsChanged)
    Q_PROPERTY(int needsYouCount READ needsYouCount NOTIFY countsChanged)
    Q_PROPERTY(int mineCount READ mineCount NOTIFY countsChanged)
    Q_PROPERTY(int jackHandlingCount READ jackHandlingCount NOTIFY countsChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY countsChanged)
    Q_PROPERTY(int finishedCount READ finishedCount NOTIFY countsChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        GuestIdRole,
        GuestNameRole,
        DisplayNameRole,
        InitialsRole,
        GuestPhoneRole,
        ChannelRole,
        ChannelLabelRole,
        ChannelShortRole,
        StateRole,
        StateLabelRole,
        StateToneRole,
        NeedsPersonRole,
        IsFinishedRole,
        AssignedToRole,
        AssignedToNameRole,
        LanguageRole,
        LanguageLabelRole,
        IsMineRole,
        CurrentIntentRole,
        IntentLabelRole,
        PreviewRole,
        EscalationReasonRole,
        RoomNumberRole,
        LastMessageAtRole,
        LastGuestMessageAtRole,
        AgeTextRole,
        UpdatedAtRole,
        WindowKnownRole,
        WindowOpenRole,
        WindowHintRole,
    };
    Q_ENUM(Roles)

    explicit ConversationListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    //! Replaces every row with the first page of a list answer.
    void reset(const QJsonArray &items, int total);
    //! Adds a further page (rows already known are updated instead).
    void appendPage(const QJsonArray &items, int total);
    //! conversation:created / conversation:updated, or a fetched conversation. Older snapshots
    //! than the row already holds are ignored, so a change seen twice is harmless.
    bool upsert(const QJsonObject &conversation);
    //! conversation:message: moves the conversation's last message forward. False when the
    //! conversation is unknown here (the desk then fetches it).
    bool applyMessage(const QString &conversationId, const QJsonObject &message);
    void clear();

    //! Whose conversations count as "mine".
    void setCurrentUserId(const QString &userId);
    //! Fixes "now" for age texts (tests); an invalid time means the real clock.
    void setNow(const QDateTime &now);
    [[nodiscard]] QDateTime now() const;

    [[nodiscard]] int indexOf(const QString &id) const;
    [[nodiscard]] const ConversationEntry *find(const QString &id) const;
    [[nodiscard]] const ConversationEntry &at(int row) const { return m_rows.at(size_t(row)); }
    //! Every role of a conversation, for the conversation header and guest panel.
    [[nodiscard]] QVariantMap toMap(const QString &id) const;
    Q_INVOKABLE QVariantMap get(int row) const;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int needsYouCount() const { return m_needsYou; }
    [[nodiscard]] int mineCount() const { return m_mine; }
    [[nodiscard]] int jackHandlingCount() const { return m_jackHandling; }
    [[nodiscard]] int openCount() const { return m_open; }
    [[nodiscard]] int finishedCount() const { return m_finished; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] int total() const { return m_total; }

    //! Whether a conversation counts as "mine", "Jack handling", …; also used by the filter.
    [[nodiscard]] bool isMine(const ConversationEntry &entry) const;
    [[nodiscard]] static bool isJackHandling(const ConversationEntry &entry);

Q_SIGNALS:
    void countsChanged();
    void loadedChanged();
    //! The view scrolled to the end and more rows exist: load from `offset`.
    void moreRequested(int offset);
    //! A row's content changed (the open conversation's header listens).
    void conversationChanged(const QString &id);

private:
    [[nodiscard]] QVariant value(const ConversationEntry &entry, int role) const;
    [[nodiscard]] static bool before(const ConversationEntry &a, const ConversationEntry &b);
    [[nodiscard]] int sortedPosition(const ConversationEntry &entry) const;
    //! Writes a row and moves it to its sorted place, announcing only what changed.
    void replaceRow(int row, const ConversationEntry &entry);
    void insertRow(const ConversationEntry &entry);
    void recount();
    void setLoaded(bool loaded);

    std::vector<ConversationEntry> m_rows;
    QString m_userId;
    QDateTime m_fixedNow;
    QTimer m_ageTimer;
    int m_total = 0;
    int m_needsYou = 0;
    int m_mine = 0;
    int m_jackHandling = 0;
    int m_open = 0;
    int m_finished = 0;
    int m_countSeen = 0;
    bool m_loaded = false;
    bool m_fetchRequested = false;
};

} // namespace jack::desk
