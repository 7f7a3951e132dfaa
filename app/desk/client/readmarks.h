#pragma once
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

namespace jack::desk {

//! What this clerk has read, per conversation: the time of the latest guest message they saw
//! when they last had it open. Kept on this PC (QSettings), per hub and staff member: read
//! marks are personal (a colleague reading a conversation does not make it read for you) and
//! the hub needs no new table or traffic for them. A desk that never saw a conversation
//! counts only guest messages newer than its first sign-in as unread, so the first start
//! does not flag the whole history.
class ReadMarks : public QObject {
    Q_OBJECT
public:
    //! `settingsFile` empty: the desk's own settings; tests give a file of their own.
    explicit ReadMarks(const QString &settingsFile = {}, QObject *parent = nullptr);

    //! Whose marks: `scope` names the hub and the staff member; empty when signed out.
    void setScope(const QString &scope);
    [[nodiscard]] QString scope() const { return m_scope; }
    //! A guest message came after what the clerk last saw.
    [[nodiscard]] bool isUnread(const QString &conversationId, const QDateTime &lastGuest) const;
    //! The clerk saw the conversation up to the guest message of `upTo`.
    void markRead(const QString &conversationId, const QDateTime &upTo);

Q_SIGNALS:
    //! Marks changed: one conversation's, or every one (an empty id).
    void changed(const QString &conversationId);

private:
    [[nodiscard]] QString group() const;

    QString m_file;
    QString m_scope;
    QDateTime m_since;
    QHash<QString, QDateTime> m_marks;
};

} // namespace jack::desk
