#pragma once
#include "apiclient.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

//! "Create task" from a message: the department and priority choices, a description drawn from
//! the message, and POST tasks with the conversation (the hub links the guest).
class TaskCreator : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(jack::desk::ApiClient *api READ api WRITE setApi NOTIFY apiChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    //! Why the hub did not create the task, in plain words; empty otherwise.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    //! [{value, label}] for the department and priority pickers, in the hub's values.
    Q_PROPERTY(QVariantList departments READ departments CONSTANT)
    Q_PROPERTY(QVariantList priorities READ priorities CONSTANT)

public:
    explicit TaskCreator(QObject *parent = nullptr);

    [[nodiscard]] ApiClient *api() const { return m_api; }
    void setApi(ApiClient *api);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] static QVariantList departments();
    [[nodiscard]] static QVariantList priorities();

    //! The description a message suggests: its text on one line, cut at 280 characters.
    Q_INVOKABLE static QString descriptionFor(const QString &messageText);
    //! POST tasks; false when a field is missing or a task is being created.
    Q_INVOKABLE bool create(const QString &conversationId, const QString &department,
        const QString &priority, const QString &description);
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void apiChanged();
    void busyChanged();
    void errorChanged();
    //! The hub created the task (its task:created event updates the lists).
    void created(const QString &taskId);

private:
    void setBusy(bool busy);
    void setError(const QString &error);

    QPointer<ApiClient> m_api;
    QString m_error;
    bool m_busy = false;
};

} // namespace jack::desk
