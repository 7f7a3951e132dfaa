// Preferences: the clerk's theme, alert sound and window place survive a restart (QSettings in
// a temporary file) and bad values change nothing.
#include "preferences.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using jack::desk::Preferences;

class TestPreferences : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    [[nodiscard]] QString file() const { return m_dir.filePath(QStringLiteral("jack-desk.conf")); }
    [[nodiscard]] std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(file(), QSettings::IniFormat);
    }

private Q_SLOTS:
    void init() { QFile::remove(file()); }

    void defaultsAreLightAndLoud()
    {
        Preferences preferences(settings());
        QCOMPARE(preferences.theme(), QStringLiteral("light"));
        QVERIFY(!preferences.dark());
        QVERIFY(preferences.soundEnabled());
        QCOMPARE(preferences.soundVolume(), 1.0);
        QVERIFY(preferences.windowGeometry().isEmpty());
    }

    void choicesSurviveARestart()
    {
        {
            Preferences preferences(settings());
            QSignalSpy theme(&preferences, &Preferences::themeChanged);
            QSignalSpy sound(&preferences, &Preferences::soundChanged);
            preferences.setTheme(QStringLiteral("dark"));
            QVERIFY(preferences.dark());
            preferences.setSoundEnabled(false);
            preferences.setSoundVolume(0.4);
            QCOMPARE(theme.count(), 1);
            QCOMPARE(sound.count(), 2);
            // Refused: unknown themes, volumes out of range are held to it.
            preferences.setTheme(QStringLiteral("purple"));
            QCOMPARE(preferences.theme(), QStringLiteral("dark"));
            QCOMPARE(theme.count(), 1);
        }
        QSettings stored(file(), QSettings::IniFormat);
        QCOMPARE(stored.value("appearance/theme").toString(), QStringLiteral("dark"));

        Preferences again(settings());
        QCOMPARE(again.theme(), QStringLiteral("dark"));
        QVERIFY(again.dark());
        QVERIFY(!again.soundEnabled());
        QCOMPARE(again.soundVolume(), 0.4);
        again.setSoundVolume(7);
        QCOMPARE(again.soundVolume(), 1.0);
    }

    void aBrokenFileMeansDefaults()
    {
        {
            QSettings stored(file(), QSettings::IniFormat);
            stored.setValue("appearance/theme", "neon");
            stored.setValue("alerts/volume", "very");
        }
        Preferences preferences(settings());
        QCOMPARE(preferences.theme(), QStringLiteral("light"));
        QCOMPARE(preferences.soundVolume(), 1.0);
    }

    void inMemoryPreferencesWriteNothing()
    {
        Preferences preferences(nullptr);
        preferences.setTheme(QStringLiteral("dark"));
        QVERIFY(preferences.dark());
        QVERIFY(!QFile::exists(file()));
    }

    void theWindowComesBackWhereItWas()
    {
        const QRect place(40, 30, 700, 500);
        {
            Preferences preferences(settings());
            QWindow window;
            window.setGeometry(place);
            preferences.saveWindow(&window);
        }
        Preferences again(settings());
        QCOMPARE(again.windowGeometry(), place);
        QVERIFY(!again.windowMaximized());
        QWindow window;
        window.resize(1366, 768);
        again.restoreWindow(&window);
        QCOMPARE(window.geometry(), place);

        // A place no screen shows any more is not used.
        QSettings(file(), QSettings::IniFormat)
            .setValue("window/geometry", QRect(-40000, -40000, 700, 500));
        Preferences moved(settings());
        QWindow other;
        other.resize(1366, 768);
        moved.restoreWindow(&other);
        QCOMPARE(other.size(), QSize(1366, 768));
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestPreferences test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_preferences.moc"
