#include "desktopintegration.h"

#include "alertsound.h"
#include "desk.h"
#include "desktopnotifier.h"
#include "desktray.h"
#include "preferences.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QWindow>

namespace jack::desk {

DesktopIntegration::DesktopIntegration(
    Desk *desk, Preferences *preferences, QWindow *window, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_window(window)
    , m_notifier(new DesktopNotifier(QDBusConnection::sessionBus(), this))
    , m_sound(new AlertSound(preferences, this))
{
    AlertWatch *alerts = desk->alerts();
    connect(alerts, &AlertWatch::alertRaised, this, [this](const Alert &alert) {
        m_notifier->notify(alert);
        if (alert.kind == Alert::Kind::Escalation)
            m_sound->chime();
        // The taskbar entry flashes until the clerk comes to the window.
        if (m_window && alert.kind != Alert::Kind::OverdueTasks)
            m_window->alert(0);
    });
    connect(alerts, &AlertWatch::emergenciesChanged, this, [this, alerts] {
        m_sound->setSiren(alerts->emergencyActive());
        updateTray();
    });
    connect(m_notifier, &DesktopNotifier::openRequested, this, [this](const QString &id) {
        m_desk->setView(QStringLiteral("inbox"));
        m_desk->openConversation(id);
        bringForward(m_window);
    });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new DeskTray(this);
        connect(m_tray, &DeskTray::showRequested, this, [this] { bringForward(m_window); });
        connect(m_tray, &DeskTray::quitRequested, qApp, &QCoreApplication::quit);
        connect(desk->conversations(), &ConversationListModel::countsChanged, this,
            &DesktopIntegration::updateTray);
        updateTray();
    }
}

DesktopIntegration::~DesktopIntegration() = default;

void DesktopIntegration::bringForward(QWindow *window)
{
    if (!window)
        return;
    window->setWindowStates(window->windowStates() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->requestActivate();
}

void DesktopIntegration::updateTray()
{
    if (m_tray)
        m_tray->setWaiting(
            m_desk->conversations()->needsYouCount(), m_desk->alerts()->emergencyActive());
}

} // namespace jack::desk
