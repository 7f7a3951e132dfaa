#pragma once
#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

class ConversationListModel;
class TaskListModel;

//! Something that must interrupt the clerk, worded for a desktop notification.
struct Alert {
    enum class Kind { Escalation, Emergency, OverdueTasks };
    Kind kind = Kind::Escalation;
    QString conversationId; // what a click on the notification opens; may be empty
    QString summary;
    QString body;
};

//! Watches the desk's live data (the inbox and the tasks) for what must interrupt the clerk:
//! a conversation that newly needs a person, an emergency, a task past its deadline. Says each
//! once (alertRaised), and keeps emergencies up until the clerk acknowledges them. What is
//! already waiting when the inbox first loads is not news, except an emergency.
class AlertWatch : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AlertWatch belongs to Desk")
    //! Emergencies nobody acknowledged yet: [{conversationId, summary, body}], newest last.
    Q_PROPERTY(QVariantList emergencies READ emergencies NOTIFY emergenciesChanged)
    Q_PROPERTY(bool emergencyActive READ emergencyActive NOTIFY emergenciesChanged)

public:
    AlertWatch(ConversationListModel *conversations, TaskListModel *tasks, QObject *parent);

    [[nodiscard]] QVariantList emergencies() const { return m_emergencies; }
    [[nodiscard]] bool emergencyActive() const { return !m_emergencies.isEmpty(); }

    //! The clerk saw the emergencies: the banner goes and the siren stops.
    Q_INVOKABLE void acknowledge();
    //! Looks at the lists now (otherwise done right after each change, and every half minute
    //! for deadlines).
    void check();
    //! Fixes "now" for deadlines (tests); an invalid time means the real clock.
    void setNow(const QDateTime &now) { m_fixedNow = now; }

Q_SIGNALS:
    void alertRaised(const jack::desk::Alert &alert);
    void emergenciesChanged();

private:
    void scheduleCheck();
    void checkConversations();
    void checkTasks();
    void raiseEmergency(const QString &key, const QString &conversationId, const QString &guest,
        const QString &room, const QString &detail);
    void forget();

    ConversationListModel *m_conversations;
    TaskListModel *m_tasks;
    QTimer m_pending;
    QTimer m_clock;
    QDateTime m_fixedNow;
    bool m_baseline = false; // the inbox was seen once since it loaded
    QDateTime m_newestAtBaseline; // the latest change the inbox held then
    QSet<QString> m_needing; // conversations that needed a person at the last look
    QSet<QString> m_emergencyKeys; // every emergency already raised (acknowledged or not)
    QSet<QString> m_overdue; // tasks already reported past their deadline
    QVariantList m_emergencies;
};

} // namespace jack::desk

Q_DECLARE_METATYPE(jack::desk::Alert)
