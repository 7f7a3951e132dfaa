#include "messagelistmodel.h"

#include "wording.h"

#include <QCoreApplication>

namespace jack::desk {

namespace {
// Bubbles of one sender closer together than this share one label.
constexpr qint64 groupGapSeconds = 10 * 60;

QString text(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

// A stale report (an older status arriving late) must not move the ticks backwards.
void keepNewerDelivery(const MessageEntry &current, MessageEntry &incoming)
{
    if (current.id.isEmpty() || current.deliveryStatus == incoming.deliveryStatus
        || wording::deliveryMayMove(current.deliveryStatus, incoming.deliveryStatus))
        return;
    incoming.deliveryStatus = current.deliveryStatus;
    incoming.deliveryError = current.deliveryError;
    incoming.outboxState = current.outboxState;
    incoming.attempts = current.attempts;
    incoming.lastError = current.lastError;
    incoming.nextAttemptAt = current.nextAttemptAt;
}

bool isOutgoing(const MessageEntry &entry)
{
    if (entry.senderType == QLatin1String("system"))
        return false;
    return entry.direction == QLatin1String("outbound") || entry.senderType == QLatin1String("ai")
        || entry.senderType == QLatin1String("staff");
}
} // namespace

MessageEntry MessageEntry::fromJson(const QJsonObject &object)
{
    MessageEntry entry;
    entry.id = text(object, "id");
    entry.conversationId = text(object, "conversationId");
    entry.direction = text(object, "direction");
    entry.senderType = text(object, "senderType");
    entry.senderName = text(object, "senderName");
    entry.content = text(object, "content");
    entry.contentType = text(object, "contentType");
    entry.intent = text(object, "intent");
    entry.confidence = object.value(QLatin1String("confidence")).toDouble();
    entry.channel = text(object, "channel");
    entry.deliveryStatus = text(object, "deliveryStatus");
    entry.deliveryError = text(object, "deliveryError");
    const QJsonObject delivery = object.value(QLatin1String("delivery")).toObject();
    entry.outboxState = text(delivery, "state");
    entry.attempts = delivery.value(QLatin1String("attempts")).toInt();
    entry.lastError = text(delivery, "lastError");
    entry.nextAttemptAt = wording::parseTime(text(delivery, "nextAttemptAt"));
    entry.media = object.value(QLatin1String("media")).toArray();
    entry.createdAt = wording::parseTime(text(object, "createdAt"));
    entry.translation = text(object.value(QLatin1String("meta"))
                                 .toObject()
                                 .value(QLatin1String("translation"))
                                 .toObject(),
        "text");
    return entry;
}

MessageEntry MessageEntry::fromNoteJson(const QJsonObject &note, const QString &myId)
{
    MessageEntry entry;
    entry.id = text(note, "id");
    entry.conversationId = text(note, "conversationId");
    entry.senderType = QStringLiteral("note");
    entry.senderName = text(note, "authorName");
    entry.content = text(note, "content");
    entry.contentType = QStringLiteral("text");
    entry.createdAt = wording::parseTime(text(note, "createdAt"));
    entry.note = true;
    entry.mentionsMe = !myId.isEmpty()
        && note.value(QLatin1String("mentions")).toArray().contains(QJsonValue(myId));
    return entry;
}

QString MessageEntry::effectiveStatus() const
{
    // What the provider reported rules; before that, the outbox tells "queued" from "on its way".
    if (deliveryStatus == QLatin1String("sending") || deliveryStatus == QLatin1String("failed")
        || wording::deliveryRank(deliveryStatus) > 0)
        return deliveryStatus;
    if (outboxState == QLatin1String("queued"))
        return QStringLiteral("pending");
    if (outboxState == QLatin1String("sending"))
        return QStringLiteral("sending");
    if (deliveryStatus.isEmpty() && !outboxState.isEmpty())
        return outboxState;
    return deliveryStatus;
}

QString MessageEntry::reason() const
{
    return lastError.isEmpty() ? deliveryError : lastError;
}

namespace {
QVariantList mediaList(const QJsonArray &media)
{
    QVariantList list;
    for (const QJsonValue &value : media) {
        const QJsonObject object = value.toObject();
        const QString kind = text(object, "kind");
        const QString status = text(object, "status");
        QString name = text(object, "fileName");
        if (name.isEmpty())
            name = wording::mediaKindLabel(kind);
        QString statusText;
        if (status == QLatin1String("pending"))
            statusText = QCoreApplication::translate("MessageListModel", "downloading…");
        else if (status == QLatin1String("failed"))
            statusText = text(object, "error").isEmpty()
                ? QCoreApplication::translate("MessageListModel", "could not be downloaded")
                : QCoreApplication::translate("MessageListModel", "could not be downloaded: %1")
                      .arg(text(object, "error"));
        list.append(QVariantMap {
            { QStringLiteral("mediaId"), text(object, "id") },
            { QStringLiteral("kind"), kind },
            { QStringLiteral("mimeType"), text(object, "mimeType") },
            { QStringLiteral("fileName"), name },
            { QStringLiteral("sizeText"),
                wording::sizeText(qint64(object.value(QLatin1String("size")).toDouble())) },
            { QStringLiteral("status"), status },
            { QStringLiteral("statusText"), statusText },
            { QStringLiteral("stored"), status == QLatin1String("stored") },
            // Stickers are WebP, which this Qt may not decode: they open like a file.
            { QStringLiteral("isImage"), kind == QLatin1String("image") },
        });
    }
    return list;
}
} // namespace

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return {
        { Qt::DisplayRole, "display" },
        { IdRole, "messageId" },
        { LocalIdRole, "localId" },
        { DirectionRole, "direction" },
        { SenderTypeRole, "senderType" },
        { SenderNameRole, "senderName" },
        { SenderLabelRole, "senderLabel" },
        { ContentRole, "content" },
        { IntentRole, "intent" },
        { ConfidenceRole, "confidence" },
        { DeliveryStatusRole, "deliveryStatus" },
        { DeliveryErrorRole, "deliveryError" },
        { DeliveryTextRole, "deliveryText" },
        { TickRole, "tick" },
        { IsReadRole, "isRead" },
        { IsFailedRole, "isFailed" },
        { IsSendingRole, "isSending" },
        { CanRetryRole, "canRetry" },
        { IsGuestRole, "isGuest" },
        { IsJackRole, "isJack" },
        { IsStaffRole, "isStaff" },
        { IsSystemRole, "isSystem" },
        { IsOutgoingRole, "isOutgoing" },
        { StartsGroupRole, "startsGroup" },
        { DayLabelRole, "dayLabel" },
        { CreatedAtRole, "createdAt" },
        { TimeTextRole, "timeText" },
        { ChannelRole, "channel" },
        { ChannelLabelRole, "channelLabel" },
        { ChannelShortRole, "channelShort" },
        { ChannelChangedRole, "channelChanged" },
        { DeliveryStateRole, "deliveryState" },
        { AttemptsRole, "attempts" },
        { DeliveryReasonRole, "deliveryReason" },
        { PendingNoteRole, "pendingNote" },
        { MediaRole, "media" },
        { HasMediaRole, "hasMedia" },
        { ConversationIdRole, "conversationId" },
        { TranslationRole, "translation" },
        { CanExplainRole, "canExplain" },
        { IsNoteRole, "isNote" },
        { MentionsMeRole, "mentionsMe" },
    };
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return value(index.row(), role);
}

QVariant MessageListModel::value(int row, int role) const
{
    const MessageEntry &entry = m_rows[size_t(row)];
    const MessageEntry *previous = row > 0 ? &m_rows[size_t(row - 1)] : nullptr;
    const bool outgoing = isOutgoing(entry);
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return entry.content;
    case IdRole:
        return entry.id;
    case LocalIdRole:
        return entry.localId;
    case DirectionRole:
        return entry.direction;
    case SenderTypeRole:
        return entry.senderType;
    case SenderNameRole:
        return entry.senderName;
    case SenderLabelRole:
        if (entry.note)
            return entry.senderName.isEmpty() ? tr("Staff") : entry.senderName;
        if (entry.senderType == QLatin1String("ai"))
            return tr("Jack");
        if (entry.senderType == QLatin1String("system"))
            return QString();
        if (!entry.senderName.isEmpty())
            return entry.senderName;
        if (entry.senderType == QLatin1String("staff"))
            return tr("Staff");
        return m_guestName.isEmpty() ? tr("Guest") : m_guestName;
    case IntentRole:
        return entry.intent;
    case ConfidenceRole:
        return entry.confidence;
    case DeliveryStatusRole:
        return entry.deliveryStatus;
    case DeliveryErrorRole:
        return entry.deliveryError;
    case DeliveryTextRole:
        return outgoing
            ? wording::deliveryText(entry.effectiveStatus(), entry.reason(), entry.attempts)
            : QString();
    case TickRole:
        return outgoing ? wording::tickGlyph(entry.effectiveStatus()) : QString();
    case IsReadRole:
        return outgoing && entry.effectiveStatus() == QLatin1String("read");
    case IsFailedRole:
        return outgoing && entry.effectiveStatus() == QLatin1String("failed");
    case IsSendingRole:
        return entry.deliveryStatus == QLatin1String("sending");
    case CanRetryRole:
        // A reply the hub never stored is posted again; one the hub stored goes back to its
        // outbox through the retry route, so the guest never gets a copy.
        return outgoing && entry.effectiveStatus() == QLatin1String("failed");
    case DeliveryStateRole:
        return outgoing ? entry.effectiveStatus() : QString();
    case AttemptsRole:
        return entry.attempts;
    case DeliveryReasonRole:
        return outgoing ? entry.reason() : QString();
    case PendingNoteRole: {
        // A reply held back (throttled, provider down) says why, so nobody sends it twice.
        const QString status = entry.effectiveStatus();
        if (!outgoing || entry.reason().isEmpty()
            || (status != QLatin1String("pending") && status != QLatin1String("sending")))
            return QString();
        return tr("%1 · retrying").arg(entry.reason());
    }
    case ChannelRole:
        return entry.channel;
    case ChannelLabelRole:
        return entry.channel.isEmpty() ? QString() : wording::channelLabel(entry.channel);
    case ChannelShortRole:
        return entry.channel.isEmpty() ? QString() : wording::channelShort(entry.channel);
    case ChannelChangedRole:
        return previous && !previous->channel.isEmpty() && !entry.channel.isEmpty()
            && previous->channel != entry.channel;
    case MediaRole:
        return mediaList(entry.media);
    case HasMediaRole:
        return !entry.media.isEmpty();
    case ConversationIdRole:
        return entry.conversationId;
    case TranslationRole:
        return entry.translation;
    case CanExplainRole:
        // The pipeline keeps a record for each guest message it classified and Jack's reply.
        return !entry.id.isEmpty()
            && (entry.senderType == QLatin1String("ai")
                || (entry.senderType == QLatin1String("guest") && !entry.intent.isEmpty()));
    case IsGuestRole:
        return entry.senderType == QLatin1String("guest");
    case IsJackRole:
        return entry.senderType == QLatin1String("ai");
    case IsStaffRole:
        return entry.senderType == QLatin1String("staff");
    case IsSystemRole:
        return entry.senderType == QLatin1String("system");
    case IsOutgoingRole:
        return outgoing;
    case IsNoteRole:
        return entry.note;
    case MentionsMeRole:
        return entry.mentionsMe;
    case StartsGroupRole: {
        if (!previous || previous->senderType != entry.senderType
            || previous->senderName != entry.senderName)
            return true;
        if (previous->createdAt.isValid() && entry.createdAt.isValid()
            && previous->createdAt.secsTo(entry.createdAt) > groupGapSeconds)
            return true;
        return !value(row, DayLabelRole).toString().isEmpty();
    }
    case DayLabelRole: {
        if (!entry.createdAt.isValid())
            return QString();
        if (previous && previous->createdAt.isValid()
            && previous->createdAt.toLocalTime().date() == entry.createdAt.toLocalTime().date())
            return QString();
        return wording::dayLabel(entry.createdAt, now());
    }
    case CreatedAtRole:
        return entry.createdAt;
    case TimeTextRole:
        return wording::timeText(entry.createdAt);
    default:
        return {};
    }
}

void MessageListModel::setConversation(const QString &conversationId)
{
    beginResetModel();
    m_rows.clear();
    m_conversationId = conversationId;
    m_conversationIds.clear();
    if (!conversationId.isEmpty())
        m_conversationIds.insert(conversationId);
    endResetModel();
    Q_EMIT conversationIdChanged();
    Q_EMIT countChanged();
    if (m_firstOffset != 0) {
        m_firstOffset = 0;
        Q_EMIT earlierChanged();
    }
    if (m_loaded) {
        m_loaded = false;
        Q_EMIT loadedChanged();
    }
}

void MessageListModel::addConversation(const QString &conversationId)
{
    if (!m_conversationId.isEmpty() && !conversationId.isEmpty())
        m_conversationIds.insert(conversationId);
}

bool MessageListModel::showsConversation(const QString &conversationId) const
{
    return m_conversationIds.contains(conversationId);
}

void MessageListModel::setGuestName(const QString &name)
{
    if (m_guestName == name)
        return;
    m_guestName = name;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(count() - 1), { SenderLabelRole });
}

void MessageListModel::reset(const QJsonArray &messages, int firstOffset)
{
    std::vector<MessageEntry> rows;
    for (const QJsonValue &item : messages) {
        MessageEntry entry = MessageEntry::fromJson(item.toObject());
        if (!entry.conversationId.isEmpty() && !showsConversation(entry.conversationId))
            continue;
        rows.push_back(entry);
    }
    std::stable_sort(rows.begin(), rows.end(),
        [](const auto &a, const auto &b) { return a.createdAt < b.createdAt; });
    // Notes come from their own route and stay, in time order.
    for (const MessageEntry &entry : m_rows) {
        if (entry.note)
            rows.push_back(entry);
    }
    std::stable_sort(rows.begin(), rows.end(),
        [](const auto &a, const auto &b) { return a.createdAt < b.createdAt; });
    // Replies typed here and not yet stored by the hub stay at the end.
    for (const MessageEntry &entry : m_rows) {
        if (entry.id.isEmpty())
            rows.push_back(entry);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
    if (m_firstOffset != firstOffset) {
        m_firstOffset = std::max(0, firstOffset);
        Q_EMIT earlierChanged();
    }
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loadedChanged();
    }
}

void MessageListModel::prependEarlier(const QJsonArray &messages, int firstOffset)
{
    std::vector<MessageEntry> rows;
    for (const QJsonValue &item : messages) {
        MessageEntry entry = MessageEntry::fromJson(item.toObject());
        if (entry.id.isEmpty() || indexOfId(entry.id) >= 0)
            continue;
        if (!entry.conversationId.isEmpty() && !showsConversation(entry.conversationId))
            continue;
        rows.push_back(entry);
    }
    std::stable_sort(rows.begin(), rows.end(),
        [](const auto &a, const auto &b) { return a.createdAt < b.createdAt; });
    if (!rows.empty()) {
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows.insert(m_rows.begin(), rows.begin(), rows.end());
        endInsertRows();
        // The first row that was shown may no longer start its day or its group.
        refreshNeighbour(int(rows.size()) - 1);
        Q_EMIT countChanged();
    }
    const int first = std::max(0, std::min(firstOffset, m_firstOffset));
    if (first != m_firstOffset) {
        m_firstOffset = first;
        Q_EMIT earlierChanged();
    }
}

bool MessageListModel::upsert(const QJsonObject &message)
{
    MessageEntry entry = MessageEntry::fromJson(message);
    if (entry.id.isEmpty() || m_conversationId.isEmpty())
        return false;
    if (!entry.conversationId.isEmpty() && !showsConversation(entry.conversationId))
        return false;

    int row = indexOfId(entry.id);
    if (row < 0) {
        // The hub's event for a reply typed here can overtake the POST's answer.
        for (int i = 0; i < count(); ++i) {
            const MessageEntry &local = m_rows[size_t(i)];
            if (local.id.isEmpty() && !local.localId.isEmpty() && local.content == entry.content
                && isOutgoing(entry)) {
                row = i;
                break;
            }
        }
    }
    if (row < 0) {
        if (entry.conversationId.isEmpty())
            return false; // a status report for a message this desk does not show
        insertAt(insertPosition(entry.createdAt), entry);
        return true;
    }
    const MessageEntry &current = m_rows[size_t(row)];
    entry.localId = current.localId;
    keepNewerDelivery(current, entry);
    updateRow(row, entry);
    return true;
}

void MessageListModel::resetNotes(const QJsonArray &notes, const QString &myId)
{
    std::vector<MessageEntry> rows;
    for (const MessageEntry &entry : m_rows) {
        if (!entry.note && !entry.id.isEmpty())
            rows.push_back(entry);
    }
    for (const QJsonValue &item : notes) {
        const MessageEntry entry = MessageEntry::fromNoteJson(item.toObject(), myId);
        if (!entry.id.isEmpty() && showsConversation(entry.conversationId))
            rows.push_back(entry);
    }
    std::stable_sort(rows.begin(), rows.end(),
        [](const auto &a, const auto &b) { return a.createdAt < b.createdAt; });
    for (const MessageEntry &entry : m_rows) {
        if (entry.id.isEmpty())
            rows.push_back(entry);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

bool MessageListModel::upsertNote(const QJsonObject &note, const QString &myId)
{
    const MessageEntry entry = MessageEntry::fromNoteJson(note, myId);
    if (entry.id.isEmpty() || !showsConversation(entry.conversationId))
        return false;
    const int row = indexOfId(entry.id);
    if (row >= 0) {
        updateRow(row, entry);
        return true;
    }
    insertAt(insertPosition(entry.createdAt), entry);
    return true;
}

QString MessageListModel::addSending(const QString &content, const QString &senderName)
{
    MessageEntry entry;
    entry.localId = QStringLiteral("local-%1").arg(m_nextLocal++);
    entry.conversationId = m_conversationId;
    entry.direction = QStringLiteral("outbound");
    entry.senderType = QStringLiteral("staff");
    entry.senderName = senderName;
    entry.content = content;
    entry.contentType = QStringLiteral("text");
    entry.channel = m_replyChannel;
    entry.deliveryStatus = QStringLiteral("sending");
    entry.createdAt = now();
    insertAt(count(), entry);
    return entry.localId;
}

void MessageListModel::confirm(const QString &localId, const QJsonObject &message)
{
    const int row = indexOfLocal(localId);
    if (row < 0) {
        upsert(message);
        return;
    }
    MessageEntry entry = MessageEntry::fromJson(message);
    const int other = entry.id.isEmpty() ? -1 : indexOfId(entry.id);
    if (other >= 0 && other != row) {
        removeRow(row);
        upsert(message);
        return;
    }
    const MessageEntry &current = m_rows[size_t(row)];
    entry.localId = localId;
    if (entry.conversationId.isEmpty())
        entry.conversationId = m_conversationId;
    if (entry.channel.isEmpty())
        entry.channel = current.channel;
    keepNewerDelivery(current, entry);
    if (entry.deliveryStatus.isEmpty())
        entry.deliveryStatus = QStringLiteral("pending");
    updateRow(row, entry);
}

void MessageListModel::fail(const QString &localId, const QString &reason)
{
    const int row = indexOfLocal(localId);
    if (row < 0)
        return;
    MessageEntry entry = m_rows[size_t(row)];
    if (!entry.id.isEmpty())
        return; // the hub has it; its own delivery status counts
    entry.deliveryStatus = QStringLiteral("failed");
    entry.deliveryError = reason;
    updateRow(row, entry);
}

QString MessageListModel::retry(const QString &localId)
{
    const int row = indexOfLocal(localId);
    if (row < 0)
        return {};
    MessageEntry entry = m_rows[size_t(row)];
    if (!entry.id.isEmpty() || entry.deliveryStatus != QLatin1String("failed"))
        return {};
    entry.deliveryStatus = QStringLiteral("sending");
    entry.deliveryError.clear();
    updateRow(row, entry);
    return entry.content;
}

int MessageListModel::insertPosition(const QDateTime &createdAt) const
{
    // Replies typed here that the hub has not stored yet stay last; stored messages keep
    // the hub's order by time.
    int position = count();
    while (position > 0 && m_rows[size_t(position - 1)].id.isEmpty())
        --position;
    while (
        position > 0 && createdAt.isValid() && m_rows[size_t(position - 1)].createdAt > createdAt)
        --position;
    return position;
}

void MessageListModel::insertAt(int position, const MessageEntry &entry)
{
    beginInsertRows({}, position, position);
    m_rows.insert(m_rows.begin() + position, entry);
    endInsertRows();
    refreshNeighbour(position);
    Q_EMIT countChanged();
}

void MessageListModel::updateRow(int row, const MessageEntry &entry)
{
    const auto roles = roleNames().keys();
    QHash<int, QVariant> before;
    for (int role : roles)
        before.insert(role, value(row, role));
    m_rows[size_t(row)] = entry;
    QList<int> changed;
    for (int role : roles) {
        if (before.value(role) != value(row, role))
            changed.append(role);
    }
    if (changed.isEmpty())
        return;
    Q_EMIT dataChanged(index(row), index(row), changed);
    refreshNeighbour(row);
}

void MessageListModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    if (row < count())
        Q_EMIT dataChanged(
            index(row), index(row), { StartsGroupRole, DayLabelRole, ChannelChangedRole });
    Q_EMIT countChanged();
}

void MessageListModel::refreshNeighbour(int row)
{
    if (row + 1 < count())
        Q_EMIT dataChanged(
            index(row + 1), index(row + 1), { StartsGroupRole, DayLabelRole, ChannelChangedRole });
}

int MessageListModel::indexOfId(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

int MessageListModel::indexOfLocal(const QString &localId) const
{
    if (localId.isEmpty())
        return -1;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].localId == localId)
            return int(i);
    }
    return -1;
}

void MessageListModel::setNow(const QDateTime &now)
{
    m_fixedNow = now;
}

QDateTime MessageListModel::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

} // namespace jack::desk
