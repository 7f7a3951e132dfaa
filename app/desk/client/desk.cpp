#include "desk.h"

#include "wording.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace jack::desk {

namespace {
Desk *s_instance = nullptr;
// Lists wait this long for the live feed before loading anyway: a desk without a feed still
// shows what the hub has.
constexpr int feedGraceMs = 2500;
constexpr int pageSize = 100;
constexpr int taskLimit = 500;
constexpr int messageLimit = 500;
} // namespace

Desk::Desk(QObject *parent)
    : QObject(parent)
    , m_api(new ApiClient(this))
    , m_session(new Session(m_api, this))
    , m_feed(new LiveFeed(this))
    , m_conversations(new ConversationListModel(this))
    , m_inbox(new InboxFilterModel(m_conversations, this))
    , m_messages(new MessageListModel(this))
    , m_tasks(new TaskListModel(this))
    , m_taskBoard(new TaskFilterModel(m_tasks, this))
    , m_conversationTasks(new TaskFilterModel(m_tasks, this))
{
    if (!s_instance)
        s_instance = this;
    m_conversationTasks->setShow(TaskFilterModel::All);

    m_feedGrace.setSingleShot(true);
    m_feedGrace.setInterval(feedGraceMs);
    connect(&m_feedGrace, &QTimer::timeout, this, &Desk::reload);

    connect(m_session, &Session::userChanged, this, &Desk::onUserChanged);
    connect(m_feed, &LiveFeed::changeReceived, this, &Desk::onChange);
    connect(m_feed, &LiveFeed::firstConnected, this, [this] {
        m_feedGrace.stop();
        reload();
    });
    connect(m_feed, &LiveFeed::resyncRequired, this, [this] {
        reload();
        loadMessages();
    });
    connect(m_feed, &LiveFeed::repeatedFailures, this, [this] {
        // The feed's token may have expired while it was away.
        if (m_session->loggedIn())
            m_api->refresh(this, [](bool) {});
    });
    connect(
        m_conversations, &ConversationListModel::moreRequested, this, &Desk::loadMoreConversations);
    connect(m_conversations, &ConversationListModel::conversationChanged, this,
        [this](const QString &id) {
            if (id != m_currentId)
                return;
            if (const ConversationEntry *entry = m_conversations->find(id))
                m_messages->setGuestName(entry->displayName());
            Q_EMIT currentConversationChanged();
        });
    connect(m_conversations, &ConversationListModel::loadedChanged, this, &Desk::readyChanged);
    connect(m_tasks, &TaskListModel::loadedChanged, this, &Desk::readyChanged);
    connect(m_session, &Session::userChanged, this, &Desk::readyChanged);
}

Desk::~Desk()
{
    if (s_instance == this)
        s_instance = nullptr;
}

Desk *Desk::create(QQmlEngine *, QJSEngine *)
{
    if (s_instance) {
        // main() owns this desk; the engine must not delete it.
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    return new Desk(nullptr);
}

Desk *Desk::instance()
{
    return s_instance;
}

void Desk::setHubUrl(const QUrl &url)
{
    if (m_api->baseUrl() == url)
        return;
    m_api->setBaseUrl(url);
    Q_EMIT hubUrlChanged();
}

QString Desk::hubUrl() const
{
    return m_api->baseUrl().toString();
}

void Desk::setHubError(const QString &error)
{
    if (m_hubError == error)
        return;
    m_hubError = error;
    Q_EMIT hubErrorChanged();
}

bool Desk::ready() const
{
    return m_session->loggedIn() && m_conversations->loaded() && m_tasks->loaded();
}

void Desk::setView(const QString &view)
{
    if (m_view == view)
        return;
    m_view = view;
    Q_EMIT viewChanged();
}

void Desk::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

void Desk::clearNotice()
{
    setNotice({});
}

void Desk::onUserChanged()
{
    m_conversations->setCurrentUserId(m_session->userId());
    if (m_session->loggedIn()) {
        m_feed->start([api = m_api] { return api->liveFeedUrl(); });
        m_feedGrace.start();
        return;
    }
    m_feedGrace.stop();
    m_feed->stop();
    closeConversation();
    m_conversations->clear();
    m_tasks->clear();
    setView(QStringLiteral("inbox"));
}

void Desk::reload()
{
    if (!m_session->loggedIn())
        return;
    loadConversations();
    loadTasks();
}

void Desk::loadConversations()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    m_api->get(QStringLiteral("conversations"), query, this, [this](const ApiReply &reply) {
        if (!reply.ok()) {
            setNotice(tr("The inbox could not be loaded: %1").arg(reply.errorMessage));
            return;
        }
        m_conversations->reset(reply.items(), reply.total());
        Q_EMIT currentConversationChanged();
    });
}

void Desk::loadMoreConversations(int offset)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    m_api->get(QStringLiteral("conversations"), query, this, [this](const ApiReply &reply) {
        if (reply.ok())
            m_conversations->appendPage(reply.items(), reply.total());
    });
}

void Desk::loadTasks()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(taskLimit));
    m_api->get(QStringLiteral("tasks"), query, this, [this](const ApiReply &reply) {
        if (!reply.ok()) {
            setNotice(tr("The tasks could not be loaded: %1").arg(reply.errorMessage));
            return;
        }
        m_tasks->reset(reply.items());
    });
}

void Desk::fetchConversation(const QString &conversationId)
{
    m_api->get(QStringLiteral("conversations/%1").arg(conversationId), {}, this,
        [this](const ApiReply &reply) {
            if (reply.ok())
                m_conversations->upsert(reply.object());
        });
}

void Desk::openConversation(const QString &conversationId)
{
    if (conversationId.isEmpty()) {
        closeConversation();
        return;
    }
    m_currentId = conversationId;
    m_messages->setConversation(conversationId);
    if (const ConversationEntry *entry = m_conversations->find(conversationId))
        m_messages->setGuestName(entry->displayName());
    m_conversationTasks->setConversationId(conversationId);
    Q_EMIT currentConversationChanged();
    loadMessages();
    fetchConversation(conversationId);
}

bool Desk::openNextNeedingPerson()
{
    // The inbox order puts those who need a person first, longest waiting on top.
    for (int row = 0; row < m_conversations->count(); ++row) {
        const ConversationEntry &entry = m_conversations->at(row);
        if (wording::needsPerson(entry.state)) {
            openConversation(entry.id);
            return true;
        }
    }
    return false;
}

void Desk::closeConversation()
{
    if (m_currentId.isEmpty())
        return;
    m_currentId.clear();
    m_messages->setConversation({});
    m_conversationTasks->setConversationId({});
    Q_EMIT currentConversationChanged();
}

void Desk::loadMessages()
{
    if (m_currentId.isEmpty())
        return;
    const QString id = m_currentId;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(messageLimit));
    m_api->get(QStringLiteral("conversations/%1/messages").arg(id), query, this,
        [this, id](const ApiReply &reply) {
            if (id != m_messages->conversationId())
                return; // the clerk opened another conversation meanwhile
            if (!reply.ok()) {
                setNotice(tr("The messages could not be loaded: %1").arg(reply.errorMessage));
                return;
            }
            m_messages->reset(reply.items());
            Q_EMIT messagesLoaded();
        });
}

QVariantMap Desk::currentConversation() const
{
    return m_conversations->toMap(m_currentId);
}

QString Desk::currentState() const
{
    const ConversationEntry *entry = m_conversations->find(m_currentId);
    return entry ? entry->state : QString();
}

bool Desk::canEscalate() const
{
    const QString state = currentState();
    return !state.isEmpty() && !wording::needsPerson(state) && !wording::isFinished(state);
}

bool Desk::canResolve() const
{
    const QString state = currentState();
    return !state.isEmpty() && !wording::isFinished(state);
}

bool Desk::canReopen() const
{
    return wording::isFinished(currentState());
}

bool Desk::canAssignToMe() const
{
    const ConversationEntry *entry = m_conversations->find(m_currentId);
    return entry && !wording::isFinished(entry->state) && m_session->loggedIn()
        && entry->assignedTo != m_session->userId();
}

QString Desk::assignmentText() const
{
    const ConversationEntry *entry = m_conversations->find(m_currentId);
    if (!entry)
        return {};
    if (entry->assignedTo.isEmpty())
        return wording::needsPerson(entry->state) ? tr("Not assigned yet")
                                                  : tr("Jack is handling this");
    if (entry->assignedTo == m_session->userId())
        return tr("Assigned to you");
    if (!entry->assignedToName.isEmpty())
        return tr("Assigned to %1").arg(entry->assignedToName);
    return tr("Assigned to a colleague");
}

void Desk::patchConversation(const QJsonObject &body, const QString &failure)
{
    if (m_currentId.isEmpty())
        return;
    m_api->patch(QStringLiteral("conversations/%1").arg(m_currentId), body, this,
        [this, failure](const ApiReply &reply) {
            if (!reply.ok()) {
                setNotice(failure.arg(reply.errorMessage));
                return;
            }
            m_conversations->upsert(reply.object());
        });
}

void Desk::escalate()
{
    patchConversation(
        { { QStringLiteral("state"), QStringLiteral("escalated") } }, tr("Could not escalate: %1"));
}

void Desk::resolve()
{
    patchConversation(
        { { QStringLiteral("state"), QStringLiteral("resolved") } }, tr("Could not resolve: %1"));
}

void Desk::reopen()
{
    patchConversation(
        { { QStringLiteral("state"), QStringLiteral("active") } }, tr("Could not reopen: %1"));
}

void Desk::assignToMe()
{
    patchConversation({ { QStringLiteral("assignedTo"), m_session->userId() } },
        tr("Could not assign the conversation: %1"));
}

bool Desk::sendReply(const QString &text)
{
    const QString content = text.trimmed();
    if (content.isEmpty() || m_currentId.isEmpty())
        return false;
    const QString localId = m_messages->addSending(content, m_session->userName());
    postReply(localId, content);
    return true;
}

void Desk::retryMessage(const QString &localId, const QString &messageId)
{
    if (messageId.isEmpty()) {
        const QString content = m_messages->retry(localId);
        if (!content.isEmpty())
            postReply(localId, content);
        return;
    }
    const int row = m_messages->indexOfId(messageId);
    if (row >= 0)
        sendReply(m_messages->at(row).content);
}

void Desk::postReply(const QString &localId, const QString &text)
{
    const QString id = m_currentId;
    m_api->post(QStringLiteral("conversations/%1/messages").arg(id),
        { { QStringLiteral("content"), text } }, this, [this, id, localId](const ApiReply &reply) {
            if (id != m_messages->conversationId())
                return;
            if (reply.ok())
                m_messages->confirm(localId, reply.object());
            else
                m_messages->fail(localId, reply.errorMessage);
        });
}

void Desk::changeTask(const QString &taskId, const QString &status)
{
    auto apply = [this](const ApiReply &reply) {
        if (!reply.ok()) {
            setNotice(tr("The task could not be changed: %1").arg(reply.errorMessage));
            return;
        }
        if (reply.object().contains(QLatin1String("id")))
            m_tasks->upsert(reply.object());
    };
    if (status == QLatin1String("completed"))
        m_api->post(QStringLiteral("tasks/%1/complete").arg(taskId), {}, this, apply);
    else
        m_api->patch(QStringLiteral("tasks/%1").arg(taskId),
            { { QStringLiteral("status"), status } }, this, apply);
}

void Desk::startTask(const QString &taskId)
{
    changeTask(taskId, QStringLiteral("in_progress"));
}

void Desk::completeTask(const QString &taskId)
{
    changeTask(taskId, QStringLiteral("completed"));
}

void Desk::cancelTask(const QString &taskId)
{
    changeTask(taskId, QStringLiteral("cancelled"));
}

void Desk::reopenTask(const QString &taskId)
{
    changeTask(taskId, QStringLiteral("pending"));
}

void Desk::onChange(const QString &type, const QJsonObject &payload)
{
    if (type == QLatin1String("conversation:created")
        || type == QLatin1String("conversation:updated")) {
        m_conversations->upsert(payload);
    } else if (type == QLatin1String("conversation:message")) {
        const QJsonObject message = payload.value(QLatin1String("message")).toObject();
        QString conversationId = payload.value(QLatin1String("conversationId")).toString();
        if (conversationId.isEmpty())
            conversationId = message.value(QLatin1String("conversationId")).toString();
        if (!m_conversations->applyMessage(conversationId, message))
            fetchConversation(conversationId);
        if (conversationId == m_messages->conversationId()) {
            QJsonObject withConversation = message;
            withConversation.insert(QStringLiteral("conversationId"), conversationId);
            m_messages->upsert(withConversation);
        }
    } else if (type == QLatin1String("message:status")) {
        m_messages->upsert(payload);
    } else if (type == QLatin1String("task:created") || type == QLatin1String("task:updated")) {
        m_tasks->upsert(payload);
    }
}

} // namespace jack::desk
