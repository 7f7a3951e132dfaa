#include "conversationlistmodel.h"

#include "readmarks.h"
#include "wording.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace jack::desk {

namespace {
constexpr int ageRefreshMs = 30000;
constexpr int previewLength = 160;

QString text(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

// One line of a message, as a preview under the guest's name.
//! One line for the inbox row; replies say who wrote them so the guest's words stand out.
QString previewOf(
    const QString &content, const QString &senderType = {}, const QString &senderName = {})
{
    QString line = content.simplified();
    if (senderType == QLatin1String("ai"))
        line = ConversationListModel::tr("Jack: %1").arg(line);
    else if (senderType == QLatin1String("staff"))
        line = ConversationListModel::tr("%1: %2").arg(
            senderName.isEmpty() ? ConversationListModel::tr("Staff") : senderName, line);
    if (line.size() > previewLength)
        line = line.left(previewLength - 1) + QChar(0x2026);
    return line;
}

// Emergencies, then needs a person, then open, then finished.
int group(const ConversationEntry &entry)
{
    if (entry.isEmergency())
        return -1;
    if (wording::needsPerson(entry.state))
        return 0;
    return wording::isFinished(entry.state) ? 2 : 1;
}

QDateTime activity(const ConversationEntry &entry)
{
    if (entry.lastMessageAt.isValid())
        return entry.lastMessageAt;
    if (entry.updatedAt.isValid())
        return entry.updatedAt;
    return entry.createdAt;
}

// Since when the guest has been waiting: their last message, else the latest activity.
QDateTime waitingSince(const ConversationEntry &entry)
{
    return entry.lastGuestMessageAt.isValid() ? entry.lastGuestMessageAt : activity(entry);
}

// "en" → "English", in the desk's language; empty when unknown.
QString languageLabel(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    return QLocale::languageToString(locale.language());
}
} // namespace

namespace {
QString windowHint(const ConversationEntry &entry, const QDateTime &now)
{
    if (!entry.windowKnown || !entry.windowOpen || !entry.windowClosesAt.isValid())
        return {};
    const qint64 seconds = now.secsTo(entry.windowClosesAt);
    if (seconds <= 0)
        return {};
    // Counts computed first: lupdate 6.4 hangs on a template argument inside translate().
    const int minutes = int(std::max<qint64>(1, seconds / 60));
    const int hours = int(seconds / 3600);
    if (seconds < 3600)
        return QCoreApplication::translate(
            "ConversationListModel", "WhatsApp window closes in %n min", "", minutes);
    return QCoreApplication::translate(
        "ConversationListModel", "WhatsApp window closes in %n h", "", hours);
}
} // namespace

ConversationEntry ConversationEntry::fromJson(const QJsonObject &object)
{
    ConversationEntry entry;
    entry.id = text(object, "id");
    entry.guestId = text(object, "guestId");
    entry.guestName = text(object, "guestName");
    entry.guestPhone = text(object, "guestPhone");
    entry.channel = text(object, "channel");
    entry.state = text(object, "state");
    entry.assignedTo = text(object, "assignedTo");
    entry.assignedToName = text(object, "assignedToName");
    entry.language = text(object, "language");
    entry.currentIntent = text(object, "currentIntent");
    // The row shows what the guest last said (what they are waiting for); Jack's or staff's
    // words only when the guest has not written yet.
    const QString guestWords = text(object, "lastGuestMessagePreview");
    entry.lastMessagePreview = !guestWords.isEmpty()
        ? previewOf(guestWords)
        : previewOf(text(object, "lastMessagePreview"), text(object, "lastMessageSenderType"),
            text(object, "lastMessageSenderName"));
    entry.escalationReason = text(object, "escalationReason");
    entry.roomNumber = text(object, "roomNumber");
    entry.lastMessageAt = wording::parseTime(text(object, "lastMessageAt"));
    entry.lastGuestMessageAt = wording::parseTime(text(object, "lastGuestMessageAt"));
    entry.createdAt = wording::parseTime(text(object, "createdAt"));
    entry.updatedAt = wording::parseTime(text(object, "updatedAt"));
    entry.snoozedUntil = wording::parseTime(text(object, "snoozedUntil"));
    const QJsonValue window = object.value(QLatin1String("window"));
    if (window.isObject()) {
        entry.windowKnown = true;
        entry.windowOpen = window.toObject().value(QLatin1String("open")).toBool();
        entry.windowClosesAt
            = wording::parseTime(window.toObject().value(QLatin1String("closesAt")).toString());
    }
    return entry;
}

QString ConversationEntry::displayName() const
{
    if (!guestName.trimmed().isEmpty())
        return guestName.trimmed();
    if (!guestPhone.isEmpty())
        return guestPhone;
    return QCoreApplication::translate("Wording", "Unknown guest");
}

bool ConversationEntry::isEmergency() const
{
    return currentIntent == QLatin1String("emergency") && !wording::isFinished(state);
}

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_ageTimer.setInterval(ageRefreshMs);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        if (!m_rows.empty() && !m_fixedNow.isValid())
            Q_EMIT dataChanged(index(0), index(count() - 1),
                { AgeTextRole, WindowOpenRole, WindowHintRole, SnoozeTextRole });
    });
    m_ageTimer.start();
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

Qt::ItemFlags ConversationListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {
        { Qt::DisplayRole, "display" },
        { IdRole, "conversationId" },
        { GuestIdRole, "guestId" },
        { GuestNameRole, "guestName" },
        { DisplayNameRole, "displayName" },
        { InitialsRole, "initials" },
        { GuestPhoneRole, "guestPhone" },
        { ChannelRole, "channel" },
        { ChannelLabelRole, "channelLabel" },
        { ChannelShortRole, "channelShort" },
        { StateRole, "state" },
        { StateLabelRole, "stateLabel" },
        { StateToneRole, "stateTone" },
        { NeedsPersonRole, "needsPerson" },
        { IsFinishedRole, "isFinished" },
        { AssignedToRole, "assignedTo" },
        { AssignedToNameRole, "assignedToName" },
        { LanguageRole, "language" },
        { LanguageLabelRole, "languageLabel" },
        { IsMineRole, "isMine" },
        { CurrentIntentRole, "currentIntent" },
        { IntentLabelRole, "intentLabel" },
        { PreviewRole, "preview" },
        { EscalationReasonRole, "escalationReason" },
        { RoomNumberRole, "roomNumber" },
        { LastMessageAtRole, "lastMessageAt" },
        { LastGuestMessageAtRole, "lastGuestMessageAt" },
        { AgeTextRole, "ageText" },
        { WindowKnownRole, "windowKnown" },
        { WindowOpenRole, "windowOpen" },
        { WindowHintRole, "windowHint" },
        { UpdatedAtRole, "updatedAt" },
        { IsSnoozedRole, "isSnoozed" },
        { SnoozedUntilRole, "snoozedUntil" },
        { SnoozeTextRole, "snoozeText" },
        { IsUnreadRole, "isUnread" },
        { IsEmergencyRole, "isEmergency" },
    };
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return value(m_rows[size_t(index.row())], role);
}

QVariant ConversationListModel::value(const ConversationEntry &entry, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return entry.displayName();
    case IdRole:
        return entry.id;
    case GuestIdRole:
        return entry.guestId;
    case GuestNameRole:
        return entry.guestName;
    case InitialsRole:
        return wording::initials(entry.displayName());
    case GuestPhoneRole:
        return entry.guestPhone;
    case ChannelRole:
        return entry.channel;
    case ChannelLabelRole:
        return wording::channelLabel(entry.channel);
    case ChannelShortRole:
        return wording::channelShort(entry.channel);
    case StateRole:
        return entry.state;
    case StateLabelRole:
        return wording::stateLabel(entry.state);
    case StateToneRole:
        return wording::stateTone(entry.state);
    case NeedsPersonRole:
        return wording::needsPerson(entry.state);
    case IsFinishedRole:
        return wording::isFinished(entry.state);
    case AssignedToRole:
        return entry.assignedTo;
    case AssignedToNameRole:
        return entry.assignedToName;
    case LanguageRole:
        return entry.language;
    case LanguageLabelRole:
        return languageLabel(entry.language);
    case IsMineRole:
        return isMine(entry);
    case CurrentIntentRole:
        return entry.currentIntent;
    case IntentLabelRole:
        return wording::intentLabel(entry.currentIntent);
    case PreviewRole:
        return entry.lastMessagePreview;
    case EscalationReasonRole:
        return entry.escalationReason;
    case RoomNumberRole:
        return entry.roomNumber;
    case LastMessageAtRole:
        return activity(entry);
    case LastGuestMessageAtRole:
        return entry.lastGuestMessageAt;
    case AgeTextRole:
        // UI.md: the age of the guest's last message — how long they have been waiting.
        return wording::ageText(waitingSince(entry), now());
    case UpdatedAtRole:
        return entry.updatedAt;
    case WindowKnownRole:
        return entry.windowKnown;
    case WindowOpenRole:
        // The hub's flag was true when it answered; the clock may have closed it since.
        return entry.windowKnown && entry.windowOpen
            && (!entry.windowClosesAt.isValid() || entry.windowClosesAt > now());
    case WindowHintRole:
        return windowHint(entry, now());
    case IsSnoozedRole:
        return entry.isSnoozed();
    case SnoozedUntilRole:
        return entry.snoozedUntil;
    case SnoozeTextRole:
        return wording::snoozeText(entry.snoozedUntil, now());
    case IsUnreadRole:
        return isUnread(entry);
    case IsEmergencyRole:
        return entry.isEmergency();
    default:
        return {};
    }
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_fetchRequested && m_paged < m_total;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetchRequested = true;
    // Not count(): rows a search or the live feed added are not part of the pages.
    Q_EMIT moreRequested(m_paged);
}

bool ConversationListModel::before(const ConversationEntry &a, const ConversationEntry &b)
{
    const int groupA = group(a);
    const int groupB = group(b);
    if (groupA != groupB)
        return groupA < groupB;
    // Whoever waits for a person longest comes first; elsewhere the latest news does.
    const QDateTime timeA = groupA == 0 ? waitingSince(a) : activity(a);
    const QDateTime timeB = groupA == 0 ? waitingSince(b) : activity(b);
    if (timeA != timeB)
        return groupA == 0 ? timeA < timeB : timeA > timeB;
    return a.id < b.id;
}

int ConversationListModel::sortedPosition(const ConversationEntry &entry) const
{
    int position = 0;
    for (const ConversationEntry &row : m_rows) {
        if (row.id != entry.id && before(row, entry))
            ++position;
    }
    return position;
}

void ConversationListModel::reset(const QJsonArray &items, int total)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &item : items) {
        ConversationEntry entry = ConversationEntry::fromJson(item.toObject());
        if (entry.id.isEmpty())
            continue;
        const auto duplicate = std::find_if(
            m_rows.begin(), m_rows.end(), [&](const auto &row) { return row.id == entry.id; });
        if (duplicate != m_rows.end())
            *duplicate = entry;
        else
            m_rows.push_back(entry);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), before);
    m_paged = int(items.size());
    m_total = std::max(total, m_paged);
    m_fetchRequested = false;
    endResetModel();
    recount();
    setLoaded(true);
}

void ConversationListModel::appendPage(const QJsonArray &items, int total)
{
    for (const QJsonValue &item : items)
        upsert(item.toObject());
    m_paged += int(items.size());
    // An empty page means the list ended sooner than the hub had counted.
    m_total = items.isEmpty() ? m_paged : std::max(total, m_paged);
    m_fetchRequested = false;
    Q_EMIT countsChanged(); // complete() may have changed
}

void ConversationListModel::mergeFound(const QJsonArray &items)
{
    const int total = m_total;
    for (const QJsonValue &item : items)
        upsert(item.toObject());
    // Found rows were counted in the hub's total already.
    m_total = std::max(total, count());
    Q_EMIT countsChanged();
}

void ConversationListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_paged = 0;
    m_fetchRequested = false;
    endResetModel();
    recount();
    setLoaded(false);
}

bool ConversationListModel::upsert(const QJsonObject &conversation)
{
    ConversationEntry entry = ConversationEntry::fromJson(conversation);
    if (entry.id.isEmpty())
        return false;
    const int row = indexOf(entry.id);
    if (row < 0) {
        insertRow(entry);
        return true;
    }
    const ConversationEntry &current = m_rows[size_t(row)];
    if (current.updatedAt.isValid() && entry.updatedAt.isValid()
        && entry.updatedAt < current.updatedAt)
        return false; // an older snapshot than the one shown
    // A snapshot written before the latest message we saw keeps that message.
    if (current.lastMessageAt.isValid()
        && (!entry.lastMessageAt.isValid() || entry.lastMessageAt < current.lastMessageAt)) {
        entry.lastMessageAt = current.lastMessageAt;
        entry.lastMessagePreview = current.lastMessagePreview;
    }
    if (current.lastGuestMessageAt.isValid()
        && (!entry.lastGuestMessageAt.isValid()
            || entry.lastGuestMessageAt < current.lastGuestMessageAt))
        entry.lastGuestMessageAt = current.lastGuestMessageAt;
    replaceRow(row, entry);
    return true;
}

bool ConversationListModel::applyMessage(const QString &conversationId, const QJsonObject &message)
{
    const int row = indexOf(conversationId);
    if (row < 0)
        return false;
    if (message.value(QLatin1String("senderType")).toString() == QLatin1String("system"))
        return true;
    const QDateTime createdAt
        = wording::parseTime(message.value(QLatin1String("createdAt")).toString());
    ConversationEntry entry = m_rows[size_t(row)];
    if (entry.lastMessageAt.isValid() && createdAt.isValid() && createdAt < entry.lastMessageAt)
        return true;
    entry.lastMessageAt = createdAt.isValid() ? createdAt : now();
    const QString senderType = message.value(QLatin1String("senderType")).toString();
    if (senderType == QLatin1String("guest") || entry.lastMessagePreview.isEmpty())
        entry.lastMessagePreview = previewOf(message.value(QLatin1String("content")).toString(),
            senderType, message.value(QLatin1String("senderName")).toString());
    if (message.value(QLatin1String("senderType")).toString() == QLatin1String("guest")) {
        entry.lastGuestMessageAt = entry.lastMessageAt;
        entry.snoozedUntil = {}; // the hub wakes it too, and says so in conversation:updated
    }
    replaceRow(row, entry);
    return true;
}

void ConversationListModel::insertRow(const ConversationEntry &entry)
{
    const int position = sortedPosition(entry);
    beginInsertRows({}, position, position);
    m_rows.insert(m_rows.begin() + position, entry);
    endInsertRows();
    m_total = std::max(m_total + 1, count());
    recount();
    Q_EMIT conversationChanged(entry.id);
}

void ConversationListModel::replaceRow(int row, const ConversationEntry &entry)
{
    const ConversationEntry old = m_rows[size_t(row)];
    QList<int> changed;
    const auto roles = roleNames().keys();
    for (int role : roles) {
        if (value(old, role) != value(entry, role))
            changed.append(role);
    }
    if (changed.isEmpty())
        return;

    int target = row;
    if (before(entry, old) || before(old, entry))
        target = [&] {
            int position = 0;
            for (int i = 0; i < count(); ++i) {
                if (i != row && before(m_rows[size_t(i)], entry))
                    ++position;
            }
            return position;
        }();
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.erase(m_rows.begin() + row);
        m_rows.insert(m_rows.begin() + target, entry);
        endMoveRows();
    } else {
        m_rows[size_t(row)] = entry;
    }
    const QModelIndex changedIndex = index(target);
    Q_EMIT dataChanged(changedIndex, changedIndex, changed);
    recount();
    Q_EMIT conversationChanged(entry.id);
}

int ConversationListModel::indexOf(const QString &id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

const ConversationEntry *ConversationListModel::find(const QString &id) const
{
    const int row = indexOf(id);
    return row < 0 ? nullptr : &m_rows[size_t(row)];
}

QVariantMap ConversationListModel::toMap(const QString &id) const
{
    const ConversationEntry *entry = find(id);
    if (!entry)
        return {};
    QVariantMap map;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), value(*entry, it.key()));
    return map;
}

QVariantMap ConversationListModel::get(int row) const
{
    if (row < 0 || row >= count())
        return {};
    return toMap(m_rows[size_t(row)].id);
}

void ConversationListModel::setCurrentUserId(const QString &userId)
{
    if (m_userId == userId)
        return;
    m_userId = userId;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(count() - 1), { IsMineRole });
    recount();
}

void ConversationListModel::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(count() - 1), { AgeTextRole });
}

QDateTime ConversationListModel::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

bool ConversationListModel::isMine(const ConversationEntry &entry) const
{
    return !m_userId.isEmpty() && entry.assignedTo == m_userId;
}

bool ConversationListModel::isJackHandling(const ConversationEntry &entry)
{
    return isOpen(entry) && !wording::needsPerson(entry.state) && entry.assignedTo.isEmpty();
}

bool ConversationListModel::isOpen(const ConversationEntry &entry)
{
    return !wording::isFinished(entry.state) && !entry.isSnoozed();
}

bool ConversationListModel::isUnread(const ConversationEntry &entry) const
{
    return m_readMarks != nullptr && m_readMarks->isUnread(entry.id, entry.lastGuestMessageAt);
}

void ConversationListModel::setReadMarks(ReadMarks *marks)
{
    if (m_readMarks == marks)
        return;
    if (m_readMarks)
        disconnect(m_readMarks, nullptr, this, nullptr);
    m_readMarks = marks;
    if (m_readMarks) {
        connect(m_readMarks, &ReadMarks::changed, this, [this](const QString &id) {
            if (id.isEmpty()) {
                if (!m_rows.empty())
                    Q_EMIT dataChanged(index(0), index(count() - 1), { IsUnreadRole });
            } else if (const int row = indexOf(id); row >= 0) {
                Q_EMIT dataChanged(index(row), index(row), { IsUnreadRole });
            }
            m_countSeen = -1; // the unread count may have changed
            recount();
        });
    }
}

void ConversationListModel::setHubCounts(const QJsonObject &views)
{
    if (m_hubCounts == views)
        return;
    m_hubCounts = views;
    Q_EMIT countsChanged();
}

int ConversationListModel::counted(int local, const char *view) const
{
    if (complete() || !m_hubCounts.contains(QLatin1String(view)))
        return local;
    // Live changes reach the loaded rows at once and the hub's counts a moment later.
    return std::max(local, m_hubCounts.value(QLatin1String(view)).toInt());
}

QVariantList ConversationListModel::channelOptions() const
{
    QVariantList options { QVariantMap {
        { QStringLiteral("value"), QString() }, { QStringLiteral("text"), tr("All channels") } } };
    for (const QString &channel : m_channels)
        options.append(QVariantMap { { QStringLiteral("value"), channel },
            { QStringLiteral("text"), wording::channelLabel(channel) } });
    return options;
}

void ConversationListModel::recount()
{
    int needsYou = 0, mine = 0, jackHandling = 0, open = 0, finished = 0, unassigned = 0,
        snoozed = 0, unread = 0, emergency = 0;
    QStringList channels;
    for (const ConversationEntry &entry : m_rows) {
        const bool isFinished = wording::isFinished(entry.state);
        const bool inOpenLists = isOpen(entry);
        needsYou += (inOpenLists && wording::needsPerson(entry.state)) ? 1 : 0;
        mine += (inOpenLists && isMine(entry)) ? 1 : 0;
        unassigned += (inOpenLists && entry.assignedTo.isEmpty()) ? 1 : 0;
        jackHandling += isJackHandling(entry) ? 1 : 0;
        open += inOpenLists ? 1 : 0;
        finished += isFinished ? 1 : 0;
        snoozed += entry.isSnoozed() ? 1 : 0;
        unread += (!isFinished && isUnread(entry)) ? 1 : 0;
        emergency += entry.isEmergency() ? 1 : 0;
        if (!entry.channel.isEmpty() && !channels.contains(entry.channel))
            channels.append(entry.channel);
    }
    channels.sort();
    if (needsYou == m_needsYou && mine == m_mine && jackHandling == m_jackHandling && open == m_open
        && finished == m_finished && unassigned == m_unassigned && snoozed == m_snoozed
        && unread == m_unread && emergency == m_emergency && channels == m_channels
        && m_countSeen == count())
        return;
    m_needsYou = needsYou;
    m_mine = mine;
    m_jackHandling = jackHandling;
    m_open = open;
    m_finished = finished;
    m_unassigned = unassigned;
    m_snoozed = snoozed;
    m_unread = unread;
    m_emergency = emergency;
    m_channels = channels;
    m_countSeen = count();
    Q_EMIT countsChanged();
}

void ConversationListModel::setLoaded(bool loaded)
{
    if (m_loaded == loaded)
        return;
    m_loaded = loaded;
    Q_EMIT loadedChanged();
}

} // namespace jack::desk
