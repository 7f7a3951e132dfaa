#pragma once
#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace jack::desk {

//! One message of the open conversation.
struct MessageEntry {
    QString id; // empty while a reply of ours is on its way to the hub
    QString localId; // set for replies typed at this desk
    QString conversationId;
    QString direction;
    QString senderType;
    QString senderName;
    QString content;
    QString contentType;
    QString intent;
    double confidence = 0;
    QString channel;
    QString deliveryStatus; // plus "sending" while the hub has not answered yet
    QString deliveryError;
    //! The outbox's view ("delivery" in the hub's JSON); empty state for inbound messages and
    //! hubs that do not report it.
    QString outboxState;
    int attempts = 0;
    QString lastError;
    QDateTime nextAttemptAt;
    QJsonArray media;
    QDateTime createdAt;
    //! The message in the hotel's language, when a language model translated it for staff.
    QString translation;
    //! An internal note (senderType "note"): staff only, never sent to the guest.
    bool note = false;
    //! For notes: the signed-in clerk is among the staff the note @mentions.
    bool mentionsMe = false;

    //! pending | sending | sent | delivered | read | failed, from the status and the outbox.
    [[nodiscard]] QString effectiveStatus() const;
    //! Why the message is not out yet, or why it failed.
    [[nodiscard]] QString reason() const;

    [[nodiscard]] static MessageEntry fromJson(const QJsonObject &object);
    //! A note of GET conversations/{id}/notes or a conversation:note event.
    [[nodiscard]] static MessageEntry fromNoteJson(const QJsonObject &note, const QString &myId);
};

//! The messages of the guest whose conversation is open at the desk, oldest first, across all
//! their channels. A reply shows at once as "sending" and becomes the hub's message when the
//! POST answers or its event arrives.
class MessageListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MessageListModel belongs to Desk")
    Q_PROPERTY(QString conversationId READ conversationId NOTIFY conversationIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    //! Older messages of the timeline are on the hub but not loaded (the list opens with the
    //! newest page; scrolling to the top loads the page before).
    Q_PROPERTY(bool hasEarlier READ hasEarlier NOTIFY earlierChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        LocalIdRole,
        DirectionRole,
        SenderTypeRole,
        SenderNameRole,
        SenderLabelRole,
        ContentRole,
        IntentRole,
        ConfidenceRole,
        DeliveryStatusRole,
        DeliveryErrorRole,
        DeliveryTextRole,
        TickRole,
        IsReadRole,
        IsFailedRole,
        IsSendingRole,
        CanRetryRole,
        IsGuestRole,
        IsJackRole,
        IsStaffRole,
        IsSystemRole,
        IsOutgoingRole,
        StartsGroupRole,
        DayLabelRole,
        CreatedAtRole,
        TimeTextRole,
        ChannelRole,
        ChannelLabelRole,
        ChannelShortRole,
        ChannelChangedRole,
        DeliveryStateRole,
        AttemptsRole,
        DeliveryReasonRole,
        PendingNoteRole,
        MediaRole,
        HasMediaRole,
        ConversationIdRole,
        TranslationRole,
        CanExplainRole,
        IsNoteRole,
        MentionsMeRole,
    };
    Q_ENUM(Roles)

    explicit MessageListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    [[nodiscard]] QString conversationId() const { return m_conversationId; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] const MessageEntry &at(int row) const { return m_rows.at(size_t(row)); }

    //! Empties the list for another conversation (or none).
    void setConversation(const QString &conversationId);
    //! Also shows the messages of another conversation of the same guest (the timeline).
    void addConversation(const QString &conversationId);
    [[nodiscard]] bool showsConversation(const QString &conversationId) const;
    //! The channel replies typed here go out on (the open conversation's).
    void setReplyChannel(const QString &channel) { m_replyChannel = channel; }
    //! The guest's name for their bubbles when the hub sends none.
    void setGuestName(const QString &name);
    //! The messages of GET conversations/{id}/messages; replies still on their way are kept.
    //! `firstOffset` is the hub's position of the first one in the whole timeline (0 when it
    //! is the oldest).
    void reset(const QJsonArray &messages, int firstOffset = 0);
    //! An older page of the timeline, from hub position `firstOffset`: goes above the rows
    //! already shown (ones already there are skipped).
    void prependEarlier(const QJsonArray &messages, int firstOffset);
    [[nodiscard]] bool hasEarlier() const { return m_firstOffset > 0; }
    //! The hub position of the first loaded message (where an earlier page ends).
    [[nodiscard]] int firstOffset() const { return m_firstOffset; }
    //! conversation:message or message:status: adds or updates by id. Messages of another
    //! conversation and stale delivery reports are ignored. Returns whether a row changed.
    bool upsert(const QJsonObject &message);
    //! Shows a reply at once; returns its local id.
    QString addSending(const QString &content, const QString &senderName);
    //! The conversation's internal notes (GET …/notes), woven into the timeline by time; notes
    //! of conversations this list does not show are ignored. `myId` marks "mentioned you".
    void resetNotes(const QJsonArray &notes, const QString &myId);
    //! A note stored by the hub (POST answer or conversation:note): added once, by id.
    bool upsertNote(const QJsonObject &note, const QString &myId);
    //! The hub stored the reply: the local bubble becomes the hub's message.
    void confirm(const QString &localId, const QJsonObject &message);
    //! The hub refused or could not be reached: the bubble shows "!" and the reason.
    void fail(const QString &localId, const QString &reason);
    //! The text of a failed local reply (for Retry), and marks it sending again.
    QString retry(const QString &localId);

    void setNow(const QDateTime &now);
    [[nodiscard]] int indexOfId(const QString &id) const;
    [[nodiscard]] int indexOfLocal(const QString &localId) const;

Q_SIGNALS:
    void conversationIdChanged();
    void loadedChanged();
    void countChanged();
    void earlierChanged();

private:
    [[nodiscard]] QVariant value(int row, int role) const;
    [[nodiscard]] int insertPosition(const QDateTime &createdAt) const;
    void insertAt(int position, const MessageEntry &entry);
    void updateRow(int row, const MessageEntry &entry);
    void removeRow(int row);
    //! Announces the derived roles of the row after `row` (group and day starts) again.
    void refreshNeighbour(int row);
    [[nodiscard]] QDateTime now() const;

    std::vector<MessageEntry> m_rows;
    QString m_conversationId;
    QSet<QString> m_conversationIds;
    QString m_replyChannel;
    QString m_guestName;
    QDateTime m_fixedNow;
    int m_nextLocal = 1;
    int m_firstOffset = 0;
    bool m_loaded = false;
};

} // namespace jack::desk
