#pragma once
#include <QIcon>
#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace jack::desk {

//! Jack in the system tray: the robot mark with a red badge counting the guests who wait for a
//! person, a menu (Show, Quit) and a click that brings the window forward. Only made where the
//! desktop has a tray (QSystemTrayIcon::isSystemTrayAvailable()).
class DeskTray : public QObject {
    Q_OBJECT

public:
    explicit DeskTray(QObject *parent = nullptr);
    ~DeskTray() override;

    //! How many conversations need a person; `emergency` paints the badge as an alarm.
    void setWaiting(int count, bool emergency);

    //! The mark with a badge for `count` (none for 0), painted at every usual size so it is
    //! sharp on every screen scale. Also the window's icon (count 0).
    [[nodiscard]] static QIcon icon(int count = 0, bool emergency = false);

Q_SIGNALS:
    void showRequested();
    void quitRequested();

private:
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
};

} // namespace jack::desk
