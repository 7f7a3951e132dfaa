#include "noteboard.h"

#include "apiclient.h"
#include "conversationlistmodel.h"
#include "messagelistmodel.h"
#include "session.h"
#include "wording.h"

#include <algorithm>

namespace jack::desk {

namespace {
constexpr int noteLimit = 500;
constexpr int mentionsKept = 20;

QString nameOf(const QVariant &person)
{
    return person.toMap().value(QStringLiteral("name")).toString();
}
} // namespace

NoteBoard::NoteBoard(ApiClient *api, Session *session, ConversationListModel *conversations,
    MessageListModel *messages, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_session(session)
    , m_conversations(conversations)
    , m_messages(messages)
{
    connect(m_messages, &MessageListModel::conversationIdChanged, this, [this] {
        forgetMentionsOf(m_messages->conversationId());
        loadNotes();
    });
    connect(m_session, &Session::userChanged, this, [this] {
        m_staff.clear();
        m_mentions.clear();
        Q_EMIT staffChanged();
        Q_EMIT mentionsChanged();
        if (m_session->loggedIn())
            loadStaff();
    });
}

void NoteBoard::loadStaff()
{
    if (m_staffLoading || !m_session->loggedIn())
        return;
    m_staffLoading = true;
    m_api->get(QStringLiteral("staff/directory"), {}, this, [this](const ApiReply &reply) {
        m_staffLoading = false;
        if (!reply.ok())
            return; // mentions then offer nobody; notes still work
        m_staff.clear();
        for (const QJsonValue &value : reply.items()) {
            QVariantMap person = value.toObject().toVariantMap();
            const QString department = person.value(QStringLiteral("department")).toString();
            person.insert(QStringLiteral("departmentLabel"),
                department.isEmpty() ? QString() : wording::departmentLabel(department));
            m_staff.append(person);
        }
        Q_EMIT staffChanged();
    });
}

QVariantList NoteBoard::staffMatching(const QString &prefix, int limit) const
{
    const QString wanted = prefix.trimmed();
    QVariantList found;
    for (const QVariant &person : m_staff) {
        const QString name = nameOf(person);
        bool matches = wanted.isEmpty() || name.startsWith(wanted, Qt::CaseInsensitive);
        const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words)
            matches = matches || word.startsWith(wanted, Qt::CaseInsensitive);
        if (matches)
            found.append(person);
        if (found.size() >= limit)
            break;
    }
    return found;
}

QStringList NoteBoard::mentionedIds(const QString &text, const QVariantList &staff)
{
    QVariantList byLength = staff;
    // "@Ana Costa" must not also count as "@Ana".
    std::stable_sort(byLength.begin(), byLength.end(),
        [](const QVariant &a, const QVariant &b) { return nameOf(a).size() > nameOf(b).size(); });
    QString rest = text;
    QStringList ids;
    for (const QVariant &person : byLength) {
        const QString name = nameOf(person);
        if (name.isEmpty())
            continue;
        const QString tag = QLatin1Char('@') + name;
        qsizetype at = rest.indexOf(tag, 0, Qt::CaseInsensitive);
        bool found = false;
        while (at >= 0) {
            const qsizetype end = at + tag.size();
            // A whole name: "@Ana" is not a mention of "Anabela".
            if (end >= rest.size() || !rest.at(end).isLetterOrNumber()) {
                rest.replace(at, tag.size(), QString(tag.size(), QLatin1Char(' ')));
                found = true;
            }
            at = rest.indexOf(tag, at + 1, Qt::CaseInsensitive);
        }
        const QString id = person.toMap().value(QStringLiteral("id")).toString();
        if (found && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

bool NoteBoard::addNote(const QString &text)
{
    const QString conversationId = m_messages->conversationId();
    if (m_busy || conversationId.isEmpty() || text.trimmed().isEmpty())
        return false;
    setError({});
    setBusy(true);
    const QStringList mentions = mentionedIds(text, m_staff);
    m_api->post(QStringLiteral("conversations/%1/notes").arg(conversationId),
        { { "content", text.trimmed() }, { "mentions", QJsonArray::fromStringList(mentions) } },
        this, [this](const ApiReply &reply) {
            setBusy(false);
            if (!reply.ok()) {
                setError(reply.status == 0
                        ? tr("The note could not be saved: the hub cannot be reached.")
                        : tr("The note could not be saved: %1").arg(reply.errorMessage));
                return;
            }
            m_messages->upsertNote(reply.object(), m_session->userId());
            Q_EMIT noteAdded(reply.object().value(QLatin1String("id")).toString());
        });
    return true;
}

void NoteBoard::applyNote(const QJsonObject &payload)
{
    const QJsonObject note = payload.value(QLatin1String("note")).toObject();
    const QString myId = m_session->userId();
    m_messages->upsertNote(note, myId);
    const QString conversationId = note.value(QLatin1String("conversationId")).toString();
    const bool mentionsMe = payload.value(QLatin1String("mentions")).toArray().contains(myId)
        || note.value(QLatin1String("mentions")).toArray().contains(myId);
    if (!mentionsMe || note.value(QLatin1String("authorId")).toString() == myId
        || conversationId == m_messages->conversationId())
        return;
    const QString noteId = note.value(QLatin1String("id")).toString();
    for (const QVariant &known : std::as_const(m_mentions)) {
        if (known.toMap().value(QStringLiteral("noteId")).toString() == noteId)
            return;
    }
    const ConversationEntry *conversation = m_conversations->find(conversationId);
    m_mentions.prepend(QVariantMap {
        { QStringLiteral("conversationId"), conversationId },
        { QStringLiteral("noteId"), noteId },
        { QStringLiteral("authorName"), note.value(QLatin1String("authorName")).toString() },
        { QStringLiteral("guestName"), conversation ? conversation->displayName() : QString() },
        { QStringLiteral("content"), note.value(QLatin1String("content")).toString() },
    });
    while (m_mentions.size() > mentionsKept)
        m_mentions.removeLast();
    Q_EMIT mentionsChanged();
}

void NoteBoard::clearError()
{
    setError({});
}

void NoteBoard::dismissMention(const QString &noteId)
{
    const auto before = m_mentions.size();
    m_mentions.removeIf([&noteId](const QVariant &mention) {
        return mention.toMap().value(QStringLiteral("noteId")).toString() == noteId;
    });
    if (m_mentions.size() != before)
        Q_EMIT mentionsChanged();
}

bool NoteBoard::isMentioned(const QString &conversationId) const
{
    return std::any_of(m_mentions.cbegin(), m_mentions.cend(), [&](const QVariant &mention) {
        return mention.toMap().value(QStringLiteral("conversationId")).toString() == conversationId;
    });
}

void NoteBoard::loadNotes()
{
    const QString conversationId = m_messages->conversationId();
    if (conversationId.isEmpty())
        return;
    if (m_staff.isEmpty())
        loadStaff();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(noteLimit));
    m_api->get(QStringLiteral("conversations/%1/notes").arg(conversationId), query, this,
        [this, conversationId](const ApiReply &reply) {
            if (!reply.ok() || conversationId != m_messages->conversationId())
                return;
            m_messages->resetNotes(reply.items(), m_session->userId());
        });
}

void NoteBoard::forgetMentionsOf(const QString &conversationId)
{
    const auto before = m_mentions.size();
    m_mentions.removeIf([&conversationId](const QVariant &mention) {
        return mention.toMap().value(QStringLiteral("conversationId")).toString() == conversationId;
    });
    if (m_mentions.size() != before)
        Q_EMIT mentionsChanged();
}

void NoteBoard::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void NoteBoard::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace jack::desk
