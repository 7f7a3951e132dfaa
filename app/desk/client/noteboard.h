#pragma once
#include <QJsonArray>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

class ApiClient;
class ConversationListModel;
class MessageListModel;
class Session;

//! Internal notes: loads the open conversation's notes into its timeline, adds the clerk's
//! notes (POST …/notes, never sent to the guest), finds the @mentions in them from the staff
//! directory, and keeps the notes that mention the clerk until the conversation is opened.
class NoteBoard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("NoteBoard belongs to Desk")
    //! Colleagues who can be @mentioned: [{id, name, department, departmentLabel}], by name.
    Q_PROPERTY(QVariantList staff READ staff NOTIFY staffChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    //! Why the last note could not be saved, in plain words; empty otherwise.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    //! Notes that mention the clerk, newest first, while their conversation was not opened:
    //! [{conversationId, noteId, authorName, guestName, content}].
    Q_PROPERTY(QVariantList mentions READ mentions NOTIFY mentionsChanged)

public:
    NoteBoard(ApiClient *api, Session *session, ConversationListModel *conversations,
        MessageListModel *messages, QObject *parent = nullptr);

    [[nodiscard]] QVariantList staff() const { return m_staff; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QVariantList mentions() const { return m_mentions; }

    //! Loads the staff directory (GET staff/directory) once per sign-in, or again.
    Q_INVOKABLE void loadStaff();
    //! Colleagues whose name (or a word of it) starts with `prefix`, at most `limit`.
    Q_INVOKABLE QVariantList staffMatching(const QString &prefix, int limit = 6) const;
    //! Saves a note in the open conversation; the @Name mentions in it are sent as ids.
    //! False when there is nothing to save or a note is being saved.
    Q_INVOKABLE bool addNote(const QString &text);
    Q_INVOKABLE void clearError();
    //! Forgets one mention (the clerk saw it).
    Q_INVOKABLE void dismissMention(const QString &noteId);
    //! True while a note in this conversation mentions the clerk and was not seen yet.
    Q_INVOKABLE bool isMentioned(const QString &conversationId) const;

    //! The staff ids of the colleagues named "@Full Name" in `text` (longest names first).
    [[nodiscard]] static QStringList mentionedIds(const QString &text, const QVariantList &staff);
    //! A conversation:note event.
    void applyNote(const QJsonObject &payload);

Q_SIGNALS:
    void staffChanged();
    void busyChanged();
    void errorChanged();
    void mentionsChanged();
    //! The hub stored the clerk's note.
    void noteAdded(const QString &noteId);

private:
    void loadNotes();
    void setBusy(bool busy);
    void setError(const QString &error);
    void forgetMentionsOf(const QString &conversationId);

    ApiClient *m_api;
    Session *m_session;
    ConversationListModel *m_conversations;
    MessageListModel *m_messages;
    QVariantList m_staff;
    QVariantList m_mentions;
    QString m_error;
    bool m_busy = false;
    bool m_staffLoading = false;
};

} // namespace jack::desk
