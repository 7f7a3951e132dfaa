#include "desktray.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>

namespace jack::desk {

namespace {
// Theme.accent and Theme.danger of the light palette: the tray does not follow the theme.
const QColor markColour(0x25, 0x63, 0xd9);
const QColor badgeColour(0xc6, 0x28, 0x28);
const QColor alarmColour(0xff, 0x3b, 0x30);

QPixmap paint(int size, int count, bool emergency)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    // The robot mark of JackMark.qml on a rounded blue tile.
    painter.setPen(Qt::NoPen);
    painter.setBrush(markColour);
    painter.drawRoundedRect(QRectF(0, 0, s, s), s * 0.22, s * 0.22);
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(s * 0.47, s * 0.16, s * 0.06, s * 0.14));
    painter.drawRoundedRect(QRectF(s * 0.22, s * 0.28, s * 0.56, s * 0.48), s * 0.12, s * 0.12);
    painter.setBrush(markColour);
    painter.drawEllipse(QRectF(s * 0.33, s * 0.44, s * 0.12, s * 0.12));
    painter.drawEllipse(QRectF(s * 0.55, s * 0.44, s * 0.12, s * 0.12));

    if (count > 0 || emergency) {
        const QString label = emergency ? QStringLiteral("!")
            : count > 9                 ? QStringLiteral("9+")
                                        : QString::number(count);
        const qreal d = s * 0.58;
        const QRectF badge(s - d, 0, d, d);
        painter.setBrush(emergency ? alarmColour : badgeColour);
        painter.setPen(QPen(Qt::white, qMax(1.0, s / 24)));
        painter.drawEllipse(badge.adjusted(0.5, 0.5, -0.5, -0.5));
        QFont font;
        font.setBold(true);
        font.setPixelSize(qMax(6, int(d * (label.size() > 1 ? 0.5 : 0.66))));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, label);
    }
    return pixmap;
}
} // namespace

DeskTray::DeskTray(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    QAction *show = m_menu->addAction(tr("Show Jack The Butler"));
    connect(show, &QAction::triggered, this, &DeskTray::showRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"));
    connect(quit, &QAction::triggered, this, &DeskTray::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
        [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT showRequested();
        });
    setWaiting(0, false);
    m_tray->show();
}

DeskTray::~DeskTray()
{
    delete m_menu;
}

void DeskTray::setWaiting(int count, bool emergency)
{
    m_tray->setIcon(icon(count, emergency));
    QString tip = tr("Jack The Butler");
    if (emergency)
        tip = tr("Jack The Butler — emergency");
    else if (count > 0)
        tip = tr("Jack The Butler — %n guest(s) need you", nullptr, count);
    m_tray->setToolTip(tip);
}

QIcon DeskTray::icon(int count, bool emergency)
{
    QIcon icon;
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
        icon.addPixmap(paint(size, count, emergency));
    return icon;
}

} // namespace jack::desk
