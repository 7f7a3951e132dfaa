#include "desktopnotifier.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>

namespace jack::desk {

namespace {
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
const QString openAction = QStringLiteral("default");

// The specification's urgency levels.
constexpr uchar normalUrgency = 1;
constexpr uchar criticalUrgency = 2;
} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    // Any sender: naming the service would make Qt ask the bus for its owner and wait.
    m_bus.connect(QString(), path, interface, QStringLiteral("ActionInvoked"), this,
        SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QString(), path, interface, QStringLiteral("NotificationClosed"), this,
        SLOT(onClosed(uint, uint)));
}

void DesktopNotifier::notify(const Alert &alert)
{
    if (!m_bus.isConnected())
        return;
    const bool emergency = alert.kind == Alert::Kind::Emergency;
    QString icon = QStringLiteral("mail-message-new");
    QString category = QStringLiteral("im.received");
    if (emergency) {
        icon = QStringLiteral("dialog-warning");
        category = QStringLiteral("im.error");
    } else if (alert.kind == Alert::Kind::OverdueTasks) {
        icon = QStringLiteral("appointment-missed");
        category = QStringLiteral("presence");
    }
    QStringList actions;
    if (!alert.conversationId.isEmpty())
        actions << openAction << tr("Open");
    const QVariantMap hints {
        { QStringLiteral("urgency"),
            QVariant::fromValue(emergency ? criticalUrgency : normalUrgency) },
        { QStringLiteral("category"), category },
        // The desk plays its own, configurable sound.
        { QStringLiteral("suppress-sound"), true },
        { QStringLiteral("desktop-entry"), QStringLiteral("jack-desk") },
    };
    QDBusMessage call
        = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    call << QGuiApplication::applicationDisplayName() << uint(0) << icon << alert.summary
         << alert.body << actions
         << hints
         // An emergency stays until the clerk closes it; others go as the desktop decides.
         << int(emergency ? 0 : -1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const QString conversationId = alert.conversationId;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, conversationId](QDBusPendingCallWatcher *finished) {
            finished->deleteLater();
            const QDBusPendingReply<uint> reply = *finished;
            if (reply.isError()) {
                // No notification service: the desk's own banner and sound remain.
                Q_EMIT notShown(reply.error().message());
                return;
            }
            if (!conversationId.isEmpty())
                m_conversations.insert(reply.value(), conversationId);
            Q_EMIT shown(reply.value());
        });
}

void DesktopNotifier::onActionInvoked(uint notificationId, const QString &action)
{
    const QString conversationId = m_conversations.value(notificationId);
    if (conversationId.isEmpty() || action != openAction)
        return;
    Q_EMIT openRequested(conversationId);
}

void DesktopNotifier::onClosed(uint notificationId, uint)
{
    m_conversations.remove(notificationId);
}

} // namespace jack::desk
