#pragma once
#include "alertwatch.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>

namespace jack::desk {

//! Shows alerts as native desktop notifications (freedesktop org.freedesktop.Notifications
//! over the session bus). Without a bus or a notification service it does nothing.
class DesktopNotifier : public QObject {
    Q_OBJECT

public:
    explicit DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    void notify(const jack::desk::Alert &alert);

Q_SIGNALS:
    //! The clerk clicked a notification about this conversation.
    void openRequested(const QString &conversationId);
    //! The service took the notification and numbered it (tests, logs).
    void shown(uint notificationId);
    //! The bus refused the notification (no service); nothing else happens.
    void notShown(const QString &error);

private Q_SLOTS:
    void onActionInvoked(uint notificationId, const QString &action);
    void onClosed(uint notificationId, uint reason);

private:
    QDBusConnection m_bus;
    QHash<uint, QString> m_conversations; // notification id → conversation to open
};

} // namespace jack::desk
