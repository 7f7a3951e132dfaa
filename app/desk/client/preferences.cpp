#include "preferences.h"

#include <QGuiApplication>
#include <QJSEngine>
#include <QPalette>
#include <QScreen>
#include <QSettings>
#include <QWindow>

namespace jack::desk {

namespace {
Preferences *s_instance = nullptr;

const QString themeKey = QStringLiteral("appearance/theme");
const QString soundEnabledKey = QStringLiteral("alerts/sound");
const QString soundVolumeKey = QStringLiteral("alerts/volume");
const QString geometryKey = QStringLiteral("window/geometry");
const QString maximizedKey = QStringLiteral("window/maximized");

bool knownTheme(const QString &theme)
{
    return theme == QLatin1String("light") || theme == QLatin1String("dark")
        || theme == QLatin1String("system");
}
} // namespace

Preferences::Preferences(std::unique_ptr<QSettings> settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    if (!s_instance)
        s_instance = this;
    if (!m_settings)
        return;
    const QString theme = m_settings->value(themeKey).toString();
    if (knownTheme(theme))
        m_theme = theme;
    m_soundEnabled = m_settings->value(soundEnabledKey, m_soundEnabled).toBool();
    bool ok = false;
    const qreal volume = m_settings->value(soundVolumeKey).toReal(&ok);
    if (ok)
        m_soundVolume = qBound(0.0, volume, 1.0);
}

Preferences::~Preferences()
{
    if (s_instance == this)
        s_instance = nullptr;
}

Preferences *Preferences::create(QQmlEngine *, QJSEngine *)
{
    if (s_instance) {
        // main() owns these preferences; the engine must not delete them.
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    return new Preferences(nullptr);
}

Preferences *Preferences::instance()
{
    return s_instance;
}

void Preferences::setTheme(const QString &theme)
{
    if (!knownTheme(theme))
        return;
    store(themeKey, theme);
    if (m_theme == theme)
        return;
    m_theme = theme;
    Q_EMIT themeChanged();
}

bool Preferences::dark() const
{
    if (m_theme == QLatin1String("dark"))
        return true;
    if (m_theme != QLatin1String("system"))
        return false;
    // Qt 6.4 has no QStyleHints::colorScheme(): the platform palette tells a dark desktop.
    const QColor window = QGuiApplication::palette().color(QPalette::Window);
    return window.lightness() < 128;
}

void Preferences::setSoundEnabled(bool enabled)
{
    store(soundEnabledKey, enabled);
    if (m_soundEnabled == enabled)
        return;
    m_soundEnabled = enabled;
    Q_EMIT soundChanged();
}

void Preferences::setSoundVolume(qreal volume)
{
    volume = qBound(0.0, volume, 1.0);
    store(soundVolumeKey, volume);
    if (qFuzzyCompare(m_soundVolume, volume))
        return;
    m_soundVolume = volume;
    Q_EMIT soundChanged();
}

void Preferences::restoreWindow(QWindow *window) const
{
    const QRect geometry = windowGeometry();
    if (!window || geometry.isEmpty())
        return;
    // Only where a screen still shows the title bar: monitors come and go.
    const QScreen *screen = QGuiApplication::screenAt(geometry.topLeft() + QPoint(40, 10));
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    window->setGeometry(QRect(geometry.topLeft(), geometry.size().boundedTo(available.size())));
    if (windowMaximized())
        window->setWindowStates(window->windowStates() | Qt::WindowMaximized);
}

void Preferences::saveWindow(const QWindow *window)
{
    if (!window)
        return;
    const bool maximized = window->windowStates() & Qt::WindowMaximized;
    store(maximizedKey, maximized);
    // A maximised window keeps the place it will return to when restored.
    if (!maximized && !(window->windowStates() & Qt::WindowMinimized))
        store(geometryKey, window->geometry());
}

QRect Preferences::windowGeometry() const
{
    return m_settings ? m_settings->value(geometryKey).toRect() : QRect();
}

bool Preferences::windowMaximized() const
{
    return m_settings && m_settings->value(maximizedKey).toBool();
}

void Preferences::store(const QString &key, const QVariant &value)
{
    if (m_settings)
        m_settings->setValue(key, value);
}

} // namespace jack::desk
