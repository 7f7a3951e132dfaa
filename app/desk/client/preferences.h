#pragma once
#include <QObject>
#include <QRect>
#include <QSettings>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QQmlEngine;
class QJSEngine;
class QWindow;

namespace jack::desk {

//! The clerk's own choices on this PC, kept per user with QSettings: the theme, the alert
//! sound and the window's place. QML reads and changes them through the Preferences singleton.
class Preferences : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    //! "light", "dark" or "system" (follow the desktop's colours).
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    //! The theme in effect: true for the dark palette.
    Q_PROPERTY(bool dark READ dark NOTIFY themeChanged)
    Q_PROPERTY(bool soundEnabled READ soundEnabled WRITE setSoundEnabled NOTIFY soundChanged)
    //! 0.0 … 1.0.
    Q_PROPERTY(qreal soundVolume READ soundVolume WRITE setSoundVolume NOTIFY soundChanged)

public:
    //! Reads and writes `settings` (taken over); nullptr keeps every choice in memory only.
    explicit Preferences(std::unique_ptr<QSettings> settings, QObject *parent = nullptr);
    ~Preferences() override;

    //! QML's factory: the preferences main() made, or in-memory ones for tools and tests.
    static Preferences *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    [[nodiscard]] static Preferences *instance();

    [[nodiscard]] QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    [[nodiscard]] bool dark() const;
    [[nodiscard]] bool soundEnabled() const { return m_soundEnabled; }
    void setSoundEnabled(bool enabled);
    [[nodiscard]] qreal soundVolume() const { return m_soundVolume; }
    void setSoundVolume(qreal volume);

    //! Puts `window` where it was last time, if that place is still on a screen.
    void restoreWindow(QWindow *window) const;
    //! Remembers `window`'s place and size (device-independent pixels) and whether it was
    //! maximised.
    void saveWindow(const QWindow *window);
    //! The remembered window place; empty when none is stored.
    [[nodiscard]] QRect windowGeometry() const;
    [[nodiscard]] bool windowMaximized() const;

Q_SIGNALS:
    void themeChanged();
    void soundChanged();

private:
    void store(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
    QString m_theme = QStringLiteral("light");
    bool m_soundEnabled = true;
    qreal m_soundVolume = 1.0;
};

} // namespace jack::desk
