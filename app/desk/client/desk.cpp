#include "desk.h"

#include "languageswitcher.h"
#include "outcomeexplanation.h"
#include "wording.h"

#include <QFile>
#include <QFileInfo>
#include <QJSEngine>
#include <QLocale>
#include <QMimeDatabase>
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
// Scrolling up loads smaller pages: each goes in above what the clerk reads, in one frame.
constexpr int earlierPageSize = 100;
constexpr qint64 mebibyte = 1024 * 1024;
// WhatsApp's limits, as the hub applies them: photos (JPEG, PNG) 5 MB, anything else 16 MB.
constexpr qint64 photoLimit = 5 * mebibyte;
constexpr qint64 fileLimit = 16 * mebibyte;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

Desk::Desk(QObject *parent)
    : QObject(parent)
    , m_api(new ApiClient(this))
    , m_session(new Session(m_api, this))
    , m_feed(new LiveFeed(this))
    , m_presence(new Presence(m_feed, this))
    , m_conversations(new ConversationListModel(this))
    , m_inbox(new InboxFilterModel(m_conversations, this))
    , m_messages(new MessageListModel(this))
    , m_downloads(new MediaDownloads(m_api, this))
    , m_tasks(new TaskListModel(this))
    , m_taskBoard(new TaskFilterModel(m_tasks, this))
    , m_conversationTasks(new TaskFilterModel(m_tasks, this))
    , m_alerts(new AlertWatch(m_conversations, m_tasks, this))
    , m_readMarks(new ReadMarks({}, this))
    , m_hubCounts(new HubCounts(m_api, m_conversations, this))
    , m_hubSearch(new HubSearch(m_api, m_conversations, m_inbox, this))
    , m_notes(new NoteBoard(m_api, m_session, m_conversations, m_messages, this))
    , m_cannedResponses(new CannedResponseModel(m_api, this))
    , m_guestContext(new GuestContext(m_api, this))
{
    m_conversations->setReadMarks(m_readMarks);
    if (!s_instance)
        s_instance = this;
    m_conversationTasks->setShow(TaskFilterModel::All);

    m_feedGrace.setSingleShot(true);
    m_feedGrace.setInterval(feedGraceMs);
    connect(&m_feedGrace, &QTimer::timeout, this, &Desk::reload);

    connect(m_session, &Session::userChanged, this, &Desk::onUserChanged);
    connect(m_feed, &LiveFeed::changeReceived, this, &Desk::onChange);
    connect(this, &Desk::currentConversationChanged, m_presence,
        [this] { m_presence->setConversation(m_currentId); });
    connect(m_feed, &LiveFeed::changeReceived, m_notes,
        [this](const QString &type, const QJsonObject &payload) {
            if (type == QLatin1String("conversation:note"))
                m_notes->applyNote(payload);
        });
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
            markCurrentRead(); // the clerk is looking at it
            if (const ConversationEntry *entry = m_conversations->find(id)) {
                m_messages->setGuestName(entry->displayName());
                m_messages->setReplyChannel(entry->channel);
            }
            Q_EMIT currentConversationChanged();
        });
    // Whether a reply can be translated depends on the open conversation's language.
    connect(this, &Desk::currentConversationChanged, this, &Desk::translationChanged);
    connect(m_conversations, &ConversationListModel::loadedChanged, this, &Desk::readyChanged);
    connect(m_tasks, &TaskListModel::loadedChanged, this, &Desk::readyChanged);
    connect(
        m_downloads, &MediaDownloads::failed, this, [this](const QString &, const QString &why) {
            setNotice(tr("The file could not be opened: %1").arg(why));
        });
    connect(m_session, &Session::userChanged, this, &Desk::readyChanged);
    connect(LanguageSwitcher::instance(), &LanguageSwitcher::languageChanged, this, &Desk::relabel);
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

void Desk::explainMessage(const QString &messageId)
{
    const int row = m_messages->indexOfId(messageId);
    if (row < 0)
        return;
    const MessageEntry &entry = m_messages->at(row);
    const bool aboutReply = entry.senderType == QLatin1String("ai");
    const QString conversationId
        = entry.conversationId.isEmpty() ? m_currentId : entry.conversationId;
    m_api->get(
        QStringLiteral("conversations/%1/messages/%2/outcome").arg(conversationId, messageId), {},
        this, [this, aboutReply](const ApiReply &reply) {
            if (!reply.ok()) {
                setNotice(reply.status == 404
                        ? tr("Jack kept no record for this message")
                        : tr("Could not load why Jack said this: %1").arg(reply.errorMessage));
                return;
            }
            m_explanation = OutcomeExplanation::build(reply.object(), aboutReply);
            Q_EMIT explanationChanged();
        });
}

void Desk::closeExplanation()
{
    if (m_explanation.isEmpty())
        return;
    m_explanation.clear();
    Q_EMIT explanationChanged();
}

void Desk::onUserChanged()
{
    m_conversations->setCurrentUserId(m_session->userId());
    m_presence->setOwnUserId(m_session->userId());
    m_tasks->setCurrentUserId(m_session->userId());
    m_readMarks->setScope(m_session->loggedIn()
            ? m_api->baseUrl().toString() + QLatin1Char('|') + m_session->userId()
            : QString());
    if (m_session->loggedIn()) {
        m_feed->start([api = m_api] { return api->liveFeedUrl(); });
        m_feedGrace.start();
        loadTemplates();
        loadTranslationSettings();
        return;
    }
    if (!m_templates.isEmpty()) {
        m_templates.clear();
        Q_EMIT templatesChanged();
    }
    m_feedGrace.stop();
    m_feed->stop();
    closeConversation();
    m_conversations->clear();
    m_tasks->clear();
    setView(QStringLiteral("inbox"));
}

void Desk::relabel()
{
    // The lists' words (state chips, ages, delivery ticks) are made in C++ when QML asks:
    // ask again. Previews are composed when a list loads, so load the lists again too.
    for (QAbstractItemModel *model :
        std::initializer_list<QAbstractItemModel *> { m_conversations, m_messages, m_tasks }) {
        if (const int rows = model->rowCount())
            Q_EMIT model->dataChanged(model->index(0, 0), model->index(rows - 1, 0));
    }
    Q_EMIT currentConversationChanged();
    reload();
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
        m_hubCounts->refresh();
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

void Desk::fetchConversation(const QString &conversationId, bool thenLoadMessages)
{
    m_api->get(QStringLiteral("conversations/%1").arg(conversationId), {}, this,
        [this, conversationId, thenLoadMessages](const ApiReply &reply) {
            if (reply.ok())
                m_conversations->upsert(reply.object());
            if (thenLoadMessages && conversationId == m_currentId)
                loadMessages();
        });
}

void Desk::openConversation(const QString &conversationId)
{
    if (conversationId.isEmpty()) {
        closeConversation();
        return;
    }
    if (conversationId != m_currentId)
        clearAttachment(); // a file chosen for one guest never goes to another
    m_currentId = conversationId;
    setReplyProblem({});
    m_messages->setConversation(conversationId);
    if (const ConversationEntry *entry = m_conversations->find(conversationId)) {
        m_messages->setGuestName(entry->displayName());
        m_messages->setReplyChannel(entry->channel);
    }
    m_conversationTasks->setConversationId(conversationId);
    markCurrentRead();
    Q_EMIT currentConversationChanged();
    // A conversation from a page not loaded yet (a search, Ctrl+K, a notification): its guest
    // is known only once the hub answers, and the guest's timeline opens at the newest page.
    const bool known = m_conversations->find(conversationId) != nullptr;
    if (known)
        loadMessages();
    fetchConversation(conversationId, !known);
    loadGuestMemories();
    clearSuggestion();
}

void Desk::requestSuggestion()
{
    const QString id = m_currentId;
    if (id.isEmpty())
        return;
    m_suggestion = QVariantMap { { QStringLiteral("loading"), true } };
    Q_EMIT suggestionChanged();
    m_api->get(QStringLiteral("conversations/%1/copilot").arg(id), {}, this,
        [this, id](const ApiReply &reply) {
            if (id != m_currentId)
                return;
            if (!reply.ok()) {
                clearSuggestion();
                setNotice(tr("Jack could not suggest a reply: %1").arg(reply.errorMessage));
                return;
            }
            const QJsonObject s = reply.object();
            m_suggestion = QVariantMap {
                { QStringLiteral("summary"), s.value(QLatin1String("summary")).toString() },
                { QStringLiteral("reply"), s.value(QLatin1String("suggestedReply")).toString() },
                { QStringLiteral("source"), s.value(QLatin1String("source")).toString() },
            };
            Q_EMIT suggestionChanged();
        });
}

void Desk::clearSuggestion()
{
    if (m_suggestion.isEmpty())
        return;
    m_suggestion.clear();
    Q_EMIT suggestionChanged();
}

void Desk::loadGuestMemories()
{
    const QString id = m_currentId;
    if (!m_guestMemories.isEmpty()) {
        m_guestMemories.clear();
        Q_EMIT guestMemoriesChanged();
    }
    m_guestContext->clear();
    if (id.isEmpty())
        return;
    m_api->get(QStringLiteral("conversations/%1/context").arg(id), {}, this,
        [this, id](const ApiReply &reply) {
            if (!reply.ok() || id != m_currentId)
                return;
            m_guestContext->setContext(id, reply.object());
            QVariantList memories;
            for (const QJsonValue &v : reply.object().value(QLatin1String("memory")).toArray()) {
                const QJsonObject m = v.toObject();
                memories.append(QVariantMap {
                    { QStringLiteral("category"),
                        wording::memoryCategory(m.value(QLatin1String("category")).toString()) },
                    { QStringLiteral("fact"), m.value(QLatin1String("fact")).toString() } });
            }
            m_guestMemories = memories;
            Q_EMIT guestMemoriesChanged();
        });
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

bool Desk::openAdjacent(int step)
{
    const int count = m_inbox->count();
    if (count == 0)
        return false;
    const int current = m_currentId.isEmpty() ? -1 : m_inbox->rowOf(m_currentId);
    const int row = current < 0 ? 0 : current + step;
    if (row < 0 || row >= count)
        return false;
    openConversation(m_inbox->idAt(row));
    return true;
}

void Desk::closeConversation()
{
    if (m_currentId.isEmpty())
        return;
    clearAttachment();
    closeExplanation();
    m_currentId.clear();
    loadGuestMemories();
    clearSuggestion();
    m_messages->setConversation({});
    m_conversationTasks->setConversationId({});
    Q_EMIT currentConversationChanged();
}

void Desk::loadMessages()
{
    if (m_currentId.isEmpty())
        return;
    const QString id = m_currentId;
    const QString guestId = currentGuestId();
    if (guestId.isEmpty()) {
        loadConversationMessages(id);
        return;
    }
    // One timeline per guest: what they wrote on every channel, so nobody asks twice.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(messageLimit));
    m_api->get(QStringLiteral("guests/%1/messages").arg(guestId), query, this,
        [this, id](const ApiReply &reply) {
            if (id != m_messages->conversationId())
                return;
            if (!reply.ok()) {
                // A hub without the guest timeline still has the conversation's messages.
                loadConversationMessages(id);
                return;
            }
            const QJsonArray items = reply.items();
            for (const QJsonValue &item : items)
                m_messages->addConversation(
                    item.toObject().value(QLatin1String("conversationId")).toString());
            m_messages->reset(items, reply.object().value(QLatin1String("offset")).toInt());
            Q_EMIT messagesLoaded();
        });
}

void Desk::loadEarlierMessages()
{
    const QString guestId = currentGuestId();
    const int end = m_messages->firstOffset();
    if (guestId.isEmpty() || end <= 0 || m_loadingEarlier)
        return;
    m_loadingEarlier = true;
    const int offset = std::max(0, end - earlierPageSize);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(end - offset));
    const QString id = m_currentId;
    m_api->get(QStringLiteral("guests/%1/messages").arg(guestId), query, this,
        [this, id, offset](const ApiReply &reply) {
            m_loadingEarlier = false;
            if (id != m_messages->conversationId())
                return;
            if (!reply.ok()) {
                setNotice(tr("Earlier messages could not be loaded: %1").arg(reply.errorMessage));
                return;
            }
            const QJsonArray items = reply.items();
            for (const QJsonValue &item : items)
                m_messages->addConversation(
                    item.toObject().value(QLatin1String("conversationId")).toString());
            m_messages->prependEarlier(items, offset);
        });
}

void Desk::loadConversationMessages(const QString &id)
{
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

QString Desk::currentGuestId() const
{
    const ConversationEntry *entry = m_conversations->find(m_currentId);
    return entry ? entry->guestId : QString();
}

void Desk::loadTranslationSettings()
{
    m_api->get(QStringLiteral("settings/ai"), {}, this, [this](const ApiReply &reply) {
        if (!reply.ok())
            return; // an older hub: no translation offered
        m_aiProvider = reply.object().value(QLatin1String("provider")).toString();
        Q_EMIT translationChanged();
    });
    m_api->get(QStringLiteral("settings/hotel"), {}, this, [this](const ApiReply &reply) {
        const QJsonArray languages = reply.object().value(QLatin1String("languages")).toArray();
        const QString first = languages.isEmpty() ? QString() : languages.first().toString();
        m_hotelLanguage = first.isEmpty() ? QStringLiteral("en") : first;
        Q_EMIT translationChanged();
    });
}

bool Desk::canTranslateReply() const
{
    const ConversationEntry *entry = m_conversations->find(m_currentId);
    return entry && !entry->language.isEmpty() && entry->language != m_hotelLanguage
        && !m_aiProvider.isEmpty() && m_aiProvider != QLatin1String("offline");
}

void Desk::setTranslateReplies(bool translate)
{
    if (translate == m_translateReplies)
        return;
    m_translateReplies = translate;
    Q_EMIT translationChanged();
}

void Desk::loadTemplates()
{
    // Offered only by hubs with WhatsApp templates; any refusal just hides the picker.
    m_api->get(QStringLiteral("apps/whatsapp/templates"), {}, this, [this](const ApiReply &reply) {
        QVariantList templates;
        if (reply.ok()) {
            for (const QJsonValue &item : reply.items()) {
                const QJsonObject object = item.toObject();
                if (object.value(QLatin1String("name")).toString().isEmpty())
                    continue;
                templates.append(QVariantMap {
                    { QStringLiteral("name"), object.value(QLatin1String("name")).toString() },
                    { QStringLiteral("language"),
                        object.value(QLatin1String("language")).toString() },
                    { QStringLiteral("variables"),
                        object.value(QLatin1String("variables")).toInt() },
                });
            }
        }
        if (templates == m_templates)
            return;
        m_templates = templates;
        Q_EMIT templatesChanged();
    });
}

void Desk::setReplyProblem(const QString &problem)
{
    if (m_replyProblem == problem)
        return;
    m_replyProblem = problem;
    Q_EMIT replyProblemChanged();
}

void Desk::clearReplyProblem()
{
    setReplyProblem({});
}

QUrl Desk::mediaUrl(const QString &mediaId) const
{
    return mediaId.isEmpty() ? QUrl() : m_api->apiUrl(QStringLiteral("media/%1").arg(mediaId));
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

void Desk::markCurrentRead()
{
    if (const ConversationEntry *entry = m_conversations->find(m_currentId))
        m_readMarks->markRead(m_currentId, entry->lastGuestMessageAt);
}

void Desk::snooze(const QDateTime &until)
{
    patchConversation(
        { { QStringLiteral("snoozedUntil"), until.toUTC().toString(Qt::ISODateWithMs) } },
        tr("Could not snooze the conversation: %1"));
}

void Desk::wake()
{
    patchConversation({ { QStringLiteral("snoozedUntil"), QJsonValue::Null } },
        tr("Could not bring the conversation back: %1"));
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
    QJsonObject body { { QStringLiteral("content"), content } };
    // The hub translates before it queues; the bubble shows the guest's text once it answers.
    if (canTranslateReply() && m_translateReplies)
        body.insert(QStringLiteral("translate"), true);
    postReply(localId, body);
    return true;
}

bool Desk::sendTemplate(const QString &name, const QString &language, const QStringList &variables)
{
    if (name.isEmpty() || m_currentId.isEmpty())
        return false;
    // The bubble shows the template's name until the hub answers with the text it sent.
    const QString localId
        = m_messages->addSending(tr("Template “%1”").arg(name), m_session->userName());
    postReply(localId,
        { { QStringLiteral("template"),
            QJsonObject {
                { QStringLiteral("name"), name },
                { QStringLiteral("language"), language },
                { QStringLiteral("variables"), QJsonArray::fromStringList(variables) },
            } } });
    return true;
}

void Desk::retryMessage(const QString &localId, const QString &messageId)
{
    if (messageId.isEmpty()) {
        const int row = m_messages->indexOfLocal(localId);
        if (row < 0)
            return;
        const QString content = m_messages->retry(localId);
        if (!content.isEmpty())
            postReply(localId, { { QStringLiteral("content"), content } });
        return;
    }
    const int row = m_messages->indexOfId(messageId);
    // A second click while the first is on its way would only earn a 409.
    if (row < 0 || m_retrying.contains(messageId))
        return;
    m_retrying.insert(messageId);
    QString conversationId = m_messages->at(row).conversationId;
    if (conversationId.isEmpty())
        conversationId = m_currentId;
    m_api->post(QStringLiteral("conversations/%1/messages/%2/retry").arg(conversationId, messageId),
        {}, this, [this, messageId](const ApiReply &reply) {
            m_retrying.remove(messageId);
            if (reply.ok()) {
                m_messages->upsert(reply.object());
                return;
            }
            setNotice(tr("The message could not be sent again: %1").arg(reply.errorMessage));
            // 409: it is no longer failed (another desk retried it); show what the hub holds.
            if (reply.status == 409)
                loadMessages();
        });
}

void Desk::postReply(const QString &localId, const QJsonObject &body)
{
    const QString id = m_currentId;
    m_api->post(QStringLiteral("conversations/%1/messages").arg(id), body, this,
        [this, id, localId](const ApiReply &reply) {
            if (id != m_messages->conversationId())
                return;
            if (reply.ok()) {
                m_messages->confirm(localId, reply.object());
                setReplyProblem({});
                return;
            }
            m_messages->fail(localId, reply.errorMessage);
            if (reply.errorCode == QLatin1String("WINDOW_CLOSED")) {
                setReplyProblem(windowClosedProblem(reply.errorMessage));
                fetchConversation(id); // the window's state has changed since it was loaded
            }
        });
}

QString Desk::windowClosedProblem(const QString &reason) const
{
    return tr("WhatsApp did not take the reply: the 24-hour window is closed, so only an "
              "approved template can reach the guest now. (%1)")
        .arg(reason);
}

QString Desk::attachmentLabel() const
{
    if (!hasAttachment())
        return {};
    return tr("%1 · %2").arg(m_attachment.fileName, sizeText(m_attachment.size));
}

QString Desk::attachmentTrouble(const QString &fileName, qint64 size, const QString &mimeType)
{
    if (size <= 0)
        return tr("%1 is empty; choose another file.").arg(fileName);
    const bool photo
        = mimeType == QLatin1String("image/jpeg") || mimeType == QLatin1String("image/png");
    if (photo && size > photoLimit)
        return tr("%1 is %2; WhatsApp takes photos of at most %3. Choose a smaller photo.")
            .arg(fileName, sizeText(size), sizeText(photoLimit));
    if (size > fileLimit)
        return tr("%1 is %2; WhatsApp takes files of at most %3. Choose a smaller file.")
            .arg(fileName, sizeText(size), sizeText(fileLimit));
    return {};
}

bool Desk::attachFile(const QUrl &file)
{
    if (m_currentId.isEmpty())
        return false;
    const QString path = file.isLocalFile() ? file.toLocalFile()
        : file.scheme().isEmpty()           ? file.path()
                                            : QString();
    const QFileInfo info(path);
    if (path.isEmpty() || !info.isFile() || !info.isReadable()) {
        setReplyProblem(tr("%1 could not be read; choose a file on this computer.")
                            .arg(path.isEmpty() ? file.toDisplayString() : info.fileName()));
        return false;
    }
    const QString mimeType = QMimeDatabase().mimeTypeForFile(info).name();
    const QString trouble = attachmentTrouble(info.fileName(), info.size(), mimeType);
    if (!trouble.isEmpty()) {
        setReplyProblem(trouble);
        return false;
    }
    m_attachment = Attachment { ++m_attachmentSerial, info.absoluteFilePath(), info.fileName(),
        mimeType, info.size(), {}, false };
    setReplyProblem({});
    Q_EMIT attachmentChanged();
    return true;
}

void Desk::clearAttachment()
{
    if (!hasAttachment())
        return;
    m_attachment = {};
    Q_EMIT attachmentChanged();
}

bool Desk::sendAttachment(const QString &caption)
{
    if (!hasAttachment() || m_attachment.sending || m_currentId.isEmpty())
        return false;
    const quint64 serial = m_attachment.serial;
    const QString conversationId = m_currentId;
    const QString text = caption.trimmed();
    const QString fileName = m_attachment.fileName;
    if (!m_attachment.mediaId.isEmpty()) {
        // The hub has the file from the last attempt; only the message is missing.
        m_attachment.sending = true;
        Q_EMIT attachmentChanged();
        postAttachmentMessage(serial, conversationId, m_attachment.mediaId, fileName, text);
        return true;
    }
    QFile file(m_attachment.path);
    if (!file.open(QIODevice::ReadOnly)) {
        setReplyProblem(tr("%1 could not be read: %2").arg(fileName, file.errorString()));
        return false;
    }
    // Checked again: the file may have changed since it was chosen.
    const QString trouble = attachmentTrouble(fileName, file.size(), m_attachment.mimeType);
    if (!trouble.isEmpty()) {
        setReplyProblem(trouble);
        return false;
    }
    const QByteArray bytes = file.readAll();
    m_attachment.sending = true;
    setReplyProblem({});
    Q_EMIT attachmentChanged();

    QUrlQuery query;
    query.addQueryItem(
        QStringLiteral("fileName"), QString::fromLatin1(QUrl::toPercentEncoding(fileName)));
    m_api->postBytes(QStringLiteral("media"), query, bytes, m_attachment.mimeType.toLatin1(), this,
        [this, serial, conversationId, text, fileName](const ApiReply &reply) {
            const QString mediaId = reply.object().value(QLatin1String("id")).toString();
            if (!reply.ok() || mediaId.isEmpty()) {
                const QString why = reply.status == 0
                    ? tr("the hub could not be reached (%1). Try again.").arg(reply.errorMessage)
                    : reply.errorMessage;
                attachmentFailed(serial, tr("%1 could not be sent: %2").arg(fileName, why));
                return;
            }
            if (serial == m_attachment.serial)
                m_attachment.mediaId = mediaId;
            postAttachmentMessage(serial, conversationId, mediaId, fileName, text);
        });
    return true;
}

void Desk::postAttachmentMessage(quint64 serial, const QString &conversationId,
    const QString &mediaId, const QString &fileName, const QString &caption)
{
    const QJsonObject body {
        { QStringLiteral("media"), QJsonObject { { QStringLiteral("id"), mediaId } } },
        { QStringLiteral("content"), caption },
    };
    m_api->post(QStringLiteral("conversations/%1/messages").arg(conversationId), body, this,
        [this, serial, conversationId, fileName, caption](const ApiReply &reply) {
            if (!reply.ok()) {
                if (reply.errorCode == QLatin1String("WINDOW_CLOSED")) {
                    fetchConversation(conversationId);
                    attachmentFailed(serial, windowClosedProblem(reply.errorMessage));
                    return;
                }
                const QString why = reply.status == 0
                    ? tr("the hub could not be reached (%1). Try again.").arg(reply.errorMessage)
                    : reply.errorMessage;
                attachmentFailed(serial, tr("%1 could not be sent: %2").arg(fileName, why));
                return;
            }
            QJsonObject message = reply.object();
            if (!message.contains(QLatin1String("conversationId")))
                message.insert(QStringLiteral("conversationId"), conversationId);
            if (m_messages->showsConversation(conversationId))
                m_messages->upsert(message);
            if (serial != m_attachment.serial)
                return;
            m_attachment = {};
            setReplyProblem({});
            Q_EMIT attachmentChanged();
            Q_EMIT attachmentSent(caption);
        });
}

void Desk::attachmentFailed(quint64 serial, const QString &problem)
{
    if (serial != m_attachment.serial) {
        // The clerk has moved on to another conversation or file; still say what happened.
        setNotice(problem);
        return;
    }
    m_attachment.sending = false;
    Q_EMIT attachmentChanged();
    setReplyProblem(problem);
}

void Desk::changeTask(const QString &taskId, const QString &status)
{
    m_api->patch(QStringLiteral("tasks/%1").arg(taskId), { { QStringLiteral("status"), status } },
        this, [this](const ApiReply &reply) {
            if (!reply.ok()) {
                setNotice(tr("The task could not be changed: %1").arg(reply.errorMessage));
                return;
            }
            if (reply.object().contains(QLatin1String("id")))
                m_tasks->upsert(reply.object());
        });
}

void Desk::claimTask(const QString &taskId)
{
    m_api->patch(QStringLiteral("tasks/%1").arg(taskId),
        { { QStringLiteral("assignedTo"), QStringLiteral("me") } }, this,
        [this](const ApiReply &reply) {
            if (!reply.ok()) {
                setNotice(tr("The task could not be assigned to you: %1").arg(reply.errorMessage));
                return;
            }
            m_tasks->upsert(reply.object());
        });
}

void Desk::startTask(const QString &taskId)
{
    changeTask(taskId, QStringLiteral("in_progress"));
}

void Desk::completeTask(const QString &taskId, const QString &note, bool notifyGuest)
{
    QJsonObject body;
    if (!note.trimmed().isEmpty())
        body.insert(QStringLiteral("note"), note.trimmed());
    if (notifyGuest)
        body.insert(QStringLiteral("notifyGuest"), true);
    m_api->post(QStringLiteral("tasks/%1/complete").arg(taskId), body, this,
        [this, notifyGuest](const ApiReply &reply) {
            if (!reply.ok()) {
                setNotice(notifyGuest
                        ? tr("The task is still open: the guest could not be told (%1)")
                              .arg(reply.errorMessage)
                        : tr("The task could not be completed: %1").arg(reply.errorMessage));
                return;
            }
            m_tasks->upsert(reply.object());
            if (notifyGuest)
                setNotice(tr("Done. The guest has been told."));
        });
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
        m_hubCounts->refreshSoon();
    } else if (type == QLatin1String("conversation:message")) {
        const QJsonObject message = payload.value(QLatin1String("message")).toObject();
        QString conversationId = payload.value(QLatin1String("conversationId")).toString();
        if (conversationId.isEmpty())
            conversationId = message.value(QLatin1String("conversationId")).toString();
        if (!m_conversations->applyMessage(conversationId, message))
            fetchConversation(conversationId);
        const ConversationEntry *entry = m_conversations->find(conversationId);
        // The timeline shows the guest's other conversations too, including a new one.
        if (entry && !entry->guestId.isEmpty() && entry->guestId == currentGuestId())
            m_messages->addConversation(conversationId);
        if (m_messages->showsConversation(conversationId)) {
            QJsonObject withConversation = message;
            withConversation.insert(QStringLiteral("conversationId"), conversationId);
            m_messages->upsert(withConversation);
        }
    } else if (type == QLatin1String("message:status")) {
        m_messages->upsert(payload);
    } else if (type == QLatin1String("task:created") || type == QLatin1String("task:updated")) {
        m_tasks->upsert(payload);
    } else if (type == QLatin1String("settings:updated")) {
        loadTranslationSettings();
    } else if (type == QLatin1String("guest:memory") || type == QLatin1String("guest:erased")) {
        if (payload.value(QLatin1String("guestId")).toString() == currentGuestId())
            loadGuestMemories();
    }
}

} // namespace jack::desk
