#pragma once
#include "alertwatch.h"
#include "apiclient.h"
#include "cannedresponsemodel.h"
#include "conversationlistmodel.h"
#include "guestcontext.h"
#include "hubcounts.h"
#include "hubsearch.h"
#include "inboxfiltermodel.h"
#include "livefeed.h"
#include "mediadownloads.h"
#include "messagelistmodel.h"
#include "noteboard.h"
#include "presence.h"
#include "readmarks.h"
#include "session.h"
#include "taskfiltermodel.h"
#include "tasklistmodel.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace jack::desk {

//! The front desk as QML sees it: the session, the live feed, the inbox, the open
//! conversation and the tasks, and the actions a clerk takes on them. One per process.
class Desk : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(jack::desk::ApiClient *api READ api CONSTANT)
    Q_PROPERTY(jack::desk::Session *session READ session CONSTANT)
    Q_PROPERTY(jack::desk::LiveFeed *feed READ feed CONSTANT)
    Q_PROPERTY(jack::desk::Presence *presence READ presence CONSTANT)
    Q_PROPERTY(jack::desk::ConversationListModel *conversations READ conversations CONSTANT)
    Q_PROPERTY(jack::desk::InboxFilterModel *inbox READ inbox CONSTANT)
    Q_PROPERTY(jack::desk::MessageListModel *messages READ messages CONSTANT)
    Q_PROPERTY(jack::desk::MediaDownloads *downloads READ downloads CONSTANT)
    Q_PROPERTY(jack::desk::TaskListModel *tasks READ tasks CONSTANT)
    Q_PROPERTY(jack::desk::TaskFilterModel *taskBoard READ taskBoard CONSTANT)
    Q_PROPERTY(jack::desk::TaskFilterModel *conversationTasks READ conversationTasks CONSTANT)
    Q_PROPERTY(jack::desk::AlertWatch *alerts READ alerts CONSTANT)
    Q_PROPERTY(jack::desk::NoteBoard *notes READ notes CONSTANT)
    Q_PROPERTY(jack::desk::CannedResponseModel *cannedResponses READ cannedResponses CONSTANT)
    Q_PROPERTY(QString view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(
        QString currentConversationId READ currentConversationId NOTIFY currentConversationChanged)
    Q_PROPERTY(
        QVariantMap currentConversation READ currentConversation NOTIFY currentConversationChanged)
    Q_PROPERTY(bool canEscalate READ canEscalate NOTIFY currentConversationChanged)
    Q_PROPERTY(bool canResolve READ canResolve NOTIFY currentConversationChanged)
    Q_PROPERTY(bool canReopen READ canReopen NOTIFY currentConversationChanged)
    Q_PROPERTY(bool canAssignToMe READ canAssignToMe NOTIFY currentConversationChanged)
    Q_PROPERTY(QString assignmentText READ assignmentText NOTIFY currentConversationChanged)
    Q_PROPERTY(QString hubUrl READ hubUrl NOTIFY hubUrlChanged)
    Q_PROPERTY(QString hubError READ hubError NOTIFY hubErrorChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(QString replyProblem READ replyProblem NOTIFY replyProblemChanged)
    Q_PROPERTY(QVariantList whatsAppTemplates READ whatsAppTemplates NOTIFY templatesChanged)
    Q_PROPERTY(bool hasAttachment READ hasAttachment NOTIFY attachmentChanged)
    Q_PROPERTY(QString attachmentLabel READ attachmentLabel NOTIFY attachmentChanged)
    Q_PROPERTY(bool attachmentSending READ attachmentSending NOTIFY attachmentChanged)
    //! The open conversation is in another language than the hotel's and a language model
    //! answers guests: replies can be translated for the guest.
    Q_PROPERTY(bool canTranslateReply READ canTranslateReply NOTIFY translationChanged)
    //! The clerk's choice (kept while the desk runs): translate replies when possible.
    Q_PROPERTY(bool translateReplies READ translateReplies WRITE setTranslateReplies NOTIFY
            translationChanged)
    //! What Jack remembers about the open conversation's guest: [{category, fact}].
    Q_PROPERTY(QVariantList guestMemories READ guestMemories NOTIFY guestMemoriesChanged)
    //! The open conversation's guest: their stay and earlier conversations.
    Q_PROPERTY(jack::desk::GuestContext *guestContext READ guestContext CONSTANT)
    //! The copilot's help for the open conversation: {summary, reply, source} once it came,
    //! {loading: true} while asked for; empty otherwise.
    Q_PROPERTY(QVariantMap suggestion READ suggestion NOTIFY suggestionChanged)
    //! "Why did Jack say this?" for the message the clerk asked about; empty when closed.
    Q_PROPERTY(QVariantMap explanation READ explanation NOTIFY explanationChanged)

public:
    // No default argument on purpose: Qt 6.4 prefers a default constructor over create(), and
    // QML must get the desk that main() configured.
    explicit Desk(QObject *parent);
    ~Desk() override;

    //! QML's factory: hands out the desk main() made, or a fresh one for tools and tests.
    static Desk *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    [[nodiscard]] static Desk *instance();

    void setHubUrl(const QUrl &url);
    void setHubError(const QString &error);

    [[nodiscard]] ApiClient *api() const { return m_api; }
    [[nodiscard]] Session *session() const { return m_session; }
    [[nodiscard]] LiveFeed *feed() const { return m_feed; }
    [[nodiscard]] Presence *presence() const { return m_presence; }
    [[nodiscard]] ConversationListModel *conversations() const { return m_conversations; }
    [[nodiscard]] InboxFilterModel *inbox() const { return m_inbox; }
    [[nodiscard]] MessageListModel *messages() const { return m_messages; }
    [[nodiscard]] MediaDownloads *downloads() const { return m_downloads; }
    [[nodiscard]] TaskListModel *tasks() const { return m_tasks; }
    [[nodiscard]] TaskFilterModel *taskBoard() const { return m_taskBoard; }
    [[nodiscard]] TaskFilterModel *conversationTasks() const { return m_conversationTasks; }
    [[nodiscard]] AlertWatch *alerts() const { return m_alerts; }
    [[nodiscard]] NoteBoard *notes() const { return m_notes; }
    [[nodiscard]] CannedResponseModel *cannedResponses() const { return m_cannedResponses; }

    [[nodiscard]] QString view() const { return m_view; }
    void setView(const QString &view);
    [[nodiscard]] QString currentConversationId() const { return m_currentId; }
    [[nodiscard]] QVariantMap currentConversation() const;
    [[nodiscard]] bool canEscalate() const;
    [[nodiscard]] bool canResolve() const;
    [[nodiscard]] bool canReopen() const;
    [[nodiscard]] bool canAssignToMe() const;
    [[nodiscard]] QString assignmentText() const;
    [[nodiscard]] QString hubUrl() const;
    [[nodiscard]] QString hubError() const { return m_hubError; }
    [[nodiscard]] QString notice() const { return m_notice; }
    //! Signed in and the inbox and tasks are loaded.
    [[nodiscard]] bool ready() const;
    //! Why the hub refused the last reply in a way the clerk must act on (a closed WhatsApp
    //! window); empty otherwise.
    [[nodiscard]] QString replyProblem() const { return m_replyProblem; }
    //! The hotel's approved WhatsApp templates ({name, language, variables}); empty when the
    //! hub has none or does not offer them.
    [[nodiscard]] QVariantList whatsAppTemplates() const { return m_templates; }
    //! A file the clerk chose to send in the open conversation (WhatsApp only).
    [[nodiscard]] bool hasAttachment() const { return !m_attachment.path.isEmpty(); }
    //! "photo.jpg · 1.2 MB", for the chip above the reply box.
    [[nodiscard]] QString attachmentLabel() const;
    //! The attached file is on its way to the hub; the chip stays until the hub stored it.
    [[nodiscard]] bool attachmentSending() const { return m_attachment.sending; }

    Q_INVOKABLE void openConversation(const QString &conversationId);
    Q_INVOKABLE void closeConversation();
    //! Loads the page of the guest's timeline before the oldest message shown (the clerk
    //! scrolled to the top); nothing when everything is loaded or a page is on its way.
    Q_INVOKABLE void loadEarlierMessages();
    //! Opens the conversation that has waited longest for a person; false when none waits.
    Q_INVOKABLE bool openNextNeedingPerson();
    //! Opens the conversation `step` rows below (or above, when negative) the open one in the
    //! inbox as filtered; the first one when none is open. False at either end.
    Q_INVOKABLE bool openAdjacent(int step);
    //! Sends a reply in the open conversation; false when there is nothing to send.
    Q_INVOKABLE bool sendReply(const QString &text);
    //! Sends an approved WhatsApp template with its variables in the open conversation.
    Q_INVOKABLE bool sendTemplate(
        const QString &name, const QString &language, const QStringList &variables);
    //! Retry of a failed message: a reply the hub never stored is posted again; one the hub
    //! stored goes back to its outbox (POST …/retry), never as a copy. The bubble then shows
    //! what the hub answers.
    //! Attaches a local file (a file: URL or a path) to the next reply; false, with the reason
    //! in replyProblem, when it cannot be read or is larger than WhatsApp takes.
    Q_INVOKABLE bool attachFile(const QUrl &file);
    Q_INVOKABLE void clearAttachment();
    //! Uploads the attached file (POST media) and sends it with `caption` in the open
    //! conversation. False when there is nothing to send. On a refusal the reason goes to
    //! replyProblem and the attachment stays; attachmentSent() says it went out.
    Q_INVOKABLE bool sendAttachment(const QString &caption);
    Q_INVOKABLE void retryMessage(const QString &localId, const QString &messageId);
    //! Where QML's Image finds a stored file of the hub (the token is added on the way).
    Q_INVOKABLE QUrl mediaUrl(const QString &mediaId) const;
    Q_INVOKABLE void clearReplyProblem();
    Q_INVOKABLE void escalate();
    Q_INVOKABLE void resolve();
    Q_INVOKABLE void reopen();
    Q_INVOKABLE void assignToMe();
    //! Snoozes the open conversation until `until`; wake() brings it back now.
    Q_INVOKABLE void snooze(const QDateTime &until);
    Q_INVOKABLE void wake();
    //! Assigns the task to the signed-in clerk.
    Q_INVOKABLE void claimTask(const QString &taskId);
    Q_INVOKABLE void startTask(const QString &taskId);
    //! Completes a task with an optional note; `notifyGuest` tells the guest in their language.
    Q_INVOKABLE void completeTask(
        const QString &taskId, const QString &note = {}, bool notifyGuest = false);
    Q_INVOKABLE void cancelTask(const QString &taskId);
    Q_INVOKABLE void reopenTask(const QString &taskId);
    //! Loads the inbox and the tasks again over HTTP.
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearNotice();
    //! Loads the pipeline's record of a guest message or of Jack's reply (explanation).
    Q_INVOKABLE void explainMessage(const QString &messageId);
    Q_INVOKABLE void closeExplanation();
    [[nodiscard]] QVariantMap explanation() const { return m_explanation; }
    [[nodiscard]] bool canTranslateReply() const;
    [[nodiscard]] QVariantList guestMemories() const { return m_guestMemories; }
    [[nodiscard]] GuestContext *guestContext() const { return m_guestContext; }
    [[nodiscard]] QVariantMap suggestion() const { return m_suggestion; }
    //! Asks the copilot (GET …/copilot) for a summary and a reply the clerk can edit and send.
    Q_INVOKABLE void requestSuggestion();
    Q_INVOKABLE void clearSuggestion();
    [[nodiscard]] bool translateReplies() const { return m_translateReplies; }
    void setTranslateReplies(bool translate);

Q_SIGNALS:
    void viewChanged();
    void currentConversationChanged();
    void hubUrlChanged();
    void hubErrorChanged();
    void noticeChanged();
    void readyChanged();
    void replyProblemChanged();
    void templatesChanged();
    void attachmentChanged();
    void explanationChanged();
    void translationChanged();
    void guestMemoriesChanged();
    void suggestionChanged();
    //! The hub stored the attached file's message; `caption` is the text that went with it.
    void attachmentSent(const QString &caption);
    //! The open conversation's messages arrived (tests and the screenshot mode wait for it).
    void messagesLoaded();

private:
    //! Renews the words the lists make in C++ after the desk's language changed.
    void relabel();
    void onUserChanged();
    void onChange(const QString &type, const QJsonObject &payload);
    void loadConversations();
    void loadMoreConversations(int offset);
    void loadTasks();
    void loadMessages();
    //! Refreshes the conversation from the hub; then loads its messages when asked to.
    void fetchConversation(const QString &conversationId, bool thenLoadMessages = false);
    void patchConversation(const QJsonObject &body, const QString &failure);
    void changeTask(const QString &taskId, const QString &status);
    //! The open conversation is read up to its latest guest message.
    void markCurrentRead();
    void postReply(const QString &localId, const QJsonObject &body);
    void loadConversationMessages(const QString &id);
    void loadTemplates();
    //! Which AI answers and the hotel's language, for reply translation.
    void loadTranslationSettings();
    //! The open conversation's guest memories (GET …/context).
    void loadGuestMemories();
    void setReplyProblem(const QString &problem);
    //! Why the file at `path` cannot go to WhatsApp as it is, or empty.
    [[nodiscard]] static QString attachmentTrouble(
        const QString &path, qint64 size, const QString &mimeType);
    void postAttachmentMessage(quint64 serial, const QString &conversationId,
        const QString &mediaId, const QString &fileName, const QString &caption);
    void attachmentFailed(quint64 serial, const QString &problem);
    [[nodiscard]] QString windowClosedProblem(const QString &reason) const;
    [[nodiscard]] QString currentGuestId() const;
    void setNotice(const QString &notice);
    [[nodiscard]] QString currentState() const;

    ApiClient *m_api;
    Session *m_session;
    LiveFeed *m_feed;
    Presence *m_presence;
    ConversationListModel *m_conversations;
    InboxFilterModel *m_inbox;
    MessageListModel *m_messages;
    MediaDownloads *m_downloads;
    TaskListModel *m_tasks;
    TaskFilterModel *m_taskBoard;
    TaskFilterModel *m_conversationTasks;
    AlertWatch *m_alerts;
    ReadMarks *m_readMarks;
    HubCounts *m_hubCounts;
    HubSearch *m_hubSearch;
    NoteBoard *m_notes;
    CannedResponseModel *m_cannedResponses;
    GuestContext *m_guestContext;
    QTimer m_feedGrace;
    QString m_view = QStringLiteral("inbox");
    QString m_currentId;
    QVariantMap m_explanation;
    QString m_aiProvider = QStringLiteral("offline");
    QString m_hotelLanguage = QStringLiteral("en");
    bool m_translateReplies = true;
    QVariantList m_guestMemories;
    QVariantMap m_suggestion;
    QString m_hubError;
    QString m_notice;
    QString m_replyProblem;
    QVariantList m_templates;
    QSet<QString> m_retrying; // message ids whose retry the hub has not answered yet
    struct Attachment {
        quint64 serial = 0; // tells a late answer about an older attachment apart
        QString path;
        QString fileName;
        QString mimeType;
        qint64 size = 0;
        QString mediaId; // set once the hub stored the file: a retry sends it again, no upload
        bool sending = false;
    };
    Attachment m_attachment;
    quint64 m_attachmentSerial = 0;
    bool m_ready = false;
    bool m_loadingEarlier = false;
};

} // namespace jack::desk
