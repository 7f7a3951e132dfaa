#pragma once
#include <QObject>
#include <QPointer>

class QWindow;

namespace jack::desk {

class AlertSound;
class Desk;
class DeskTray;
class DesktopNotifier;
class Preferences;

//! Ties the desk window to the desktop: the tray icon (where there is a tray), native
//! notifications, the alert sound and the flashing taskbar entry, all driven by the desk's
//! AlertWatch. Made by main() for a clerk's run, not for --screenshot or --self-test.
class DesktopIntegration : public QObject {
    Q_OBJECT

public:
    DesktopIntegration(Desk *desk, Preferences *preferences, QWindow *window, QObject *parent);
    ~DesktopIntegration() override;

    //! Shows, restores and activates the window (a tray click, a second launch, a notification).
    static void bringForward(QWindow *window);

private:
    void updateTray();

    Desk *m_desk;
    QPointer<QWindow> m_window;
    DeskTray *m_tray = nullptr;
    DesktopNotifier *m_notifier;
    AlertSound *m_sound;
};

} // namespace jack::desk
