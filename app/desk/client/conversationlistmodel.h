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
    QDateTime snoozedUntil; // invalid: not snoozed

    [[nodiscard]] static ConversationEntry fromJson(const QJsonObject &object);
    //! The guest's name, else the number or address they wrote from.
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool isSnoozed() const { return snoozedUntil.isValid(); }
    //! An open conversation about an emergency: pinned on top, red.
    [[nodiscard]] bool isEmergency() const;
};

class ReadMarks;

//! The inbox: emergencies pinned on top, then "needs a person" (longest waiting on top), then
//! open conversations newest first, then finished ones. Live changes move rows with targeted
//! signals. Pages load as the view scrolls (fetchMore); while not every conversation is
//! loaded, the filter counts come from the hub's /conversations/stats (setHubCounts).
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
    Q_PROPERTY(int unassignedCount READ unassignedCount NOTIFY countsChanged)
    Q_PROPERTY(int snoozedCount READ snoozedCount NOTIFY countsChanged)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY countsChanged)
    Q_PROPERTY(int emergencyCount READ emergencyCount NOTIFY countsChanged)
    //! Every conversation is loaded (no further page to fetch).
    Q_PROPERTY(bool complete READ complete NOTIFY countsChanged)
    //! Channels the loaded conversations use, for the channel filter: {value, text}, "All
    //! channels" first.
    Q_PROPERTY(QVariantList channelOptions READ channelOptions NOTIFY countsChanged)
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
        IsSnoozedRole,
        SnoozedUntilRole,
        SnoozeTextRole,
        IsUnreadRole,
        IsEmergencyRole,
    };
    Q_ENUM(Roles)

    explicit ConversationListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    //! The next page, when there is one and none is on its way: the inbox asks as the clerk
    //! nears the end (a view's own fetchMore() comes only when its last row is first made,
    //! and rows of a page can land above it).
    Q_INVOKABLE void loadMore() { fetchMore({}); }

    //! Replaces every row with the first page of a list answer.
    void reset(const QJsonArray &items, int total);
    //! Adds a further page (rows already known are updated instead).
    void appendPage(const QJsonArray &items, int total);
    //! Conversations the hub found for a search, beyond the pages loaded so far: shown, but
    //! they neither change the total nor where the next page starts.
    void mergeFound(const QJsonArray &items);
    //! conversation:created / conversation:updated, or a fetched conversation. Older snapshots
    //! than the row already holds are ignored, so a change seen twice is harmless.
    bool upsert(const QJsonObject &conversation);
    //! conversation:message: moves the conversation's last message forward. False when the
    //! conversation is unknown here (the desk then fetches it).
    bool applyMessage(const QString &conversationId, const QJsonObject &message);
    void clear();

    //! Whose conversations count as "mine".
    void setCurrentUserId(const QString &userId);
    //! The clerk's read marks, for the unread markers (not owned).
    void setReadMarks(ReadMarks *marks);
    //! The hub's counts (GET /conversations/stats "views"); used while pages are missing.
    void setHubCounts(const QJsonObject &views);
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
    [[nodiscard]] int needsYouCount() const { return counted(m_needsYou, "needsYou"); }
    [[nodiscard]] int mineCount() const { return counted(m_mine, "mine"); }
    [[nodiscard]] int jackHandlingCount() const { return counted(m_jackHandling, "jackHandling"); }
    [[nodiscard]] int openCount() const { return counted(m_open, "open"); }
    [[nodiscard]] int finishedCount() const { return counted(m_finished, "finished"); }
    [[nodiscard]] int unassignedCount() const { return counted(m_unassigned, "unassigned"); }
    [[nodiscard]] int snoozedCount() const { return counted(m_snoozed, "snoozed"); }
    [[nodiscard]] int unreadCount() const { return m_unread; }
    [[nodiscard]] int emergencyCount() const { return m_emergency; }
    [[nodiscard]] bool complete() const { return m_loaded && m_paged >= m_total; }
    [[nodiscard]] QVariantList channelOptions() const;
    [[nodiscard]] bool isUnread(const ConversationEntry &entry) const;
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] int total() const { return m_total; }

    //! Whether a conversation counts as "mine", "Jack handling", …; also used by the filter.
    [[nodiscard]] bool isMine(const ConversationEntry &entry) const;
    [[nodiscard]] static bool isJackHandling(const ConversationEntry &entry);
    //! In the open lists: not finished and not snoozed.
    [[nodiscard]] static bool isOpen(const ConversationEntry &entry);

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
    //! A local count, or the hub's while pages are missing.
    [[nodiscard]] int counted(int local, const char *view) const;

    std::vector<ConversationEntry> m_rows;
    QString m_userId;
    QDateTime m_fixedNow;
    QTimer m_ageTimer;
    ReadMarks *m_readMarks = nullptr;
    QJsonObject m_hubCounts;
    QStringList m_channels;
    int m_total = 0;
    int m_paged = 0; // rows the pages brought: where the next page starts
    int m_needsYou = 0;
    int m_mine = 0;
    int m_jackHandling = 0;
    int m_open = 0;
    int m_finished = 0;
    int m_unassigned = 0;
    int m_snoozed = 0;
    int m_unread = 0;
    int m_emergency = 0;
    int m_countSeen = 0;
    bool m_loaded = false;
    bool m_fetchRequested = false;
};

} // namespace jack::desk
