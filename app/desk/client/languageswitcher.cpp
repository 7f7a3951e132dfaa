#include "languageswitcher.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QSettings>
#include <QTranslator>
#include <QVariantMap>

namespace jack::desk {

namespace {
const QString settingsKey = QStringLiteral("language");
const QString english = QStringLiteral("en");

QPointer<LanguageSwitcher> &theSwitcher()
{
    static QPointer<LanguageSwitcher> switcher;
    return switcher;
}
} // namespace

LanguageSwitcher::LanguageSwitcher() = default;
// Out of line: QTranslator is complete only here.
LanguageSwitcher::~LanguageSwitcher() = default;

LanguageSwitcher *LanguageSwitcher::instance()
{
    QPointer<LanguageSwitcher> &switcher = theSwitcher();
    if (!switcher) {
        switcher = new LanguageSwitcher;
        // Goes with the application, after every engine that uses it.
        switcher->setParent(QCoreApplication::instance());
    }
    return switcher;
}

LanguageSwitcher *LanguageSwitcher::create(QQmlEngine *engine, QJSEngine *)
{
    LanguageSwitcher *switcher = instance();
    QJSEngine::setObjectOwnership(switcher, QJSEngine::CppOwnership);
    switcher->addEngine(engine);
    return switcher;
}

QStringList LanguageSwitcher::supported()
{
    return { english, QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("de"),
        QStringLiteral("pt"), QStringLiteral("ar"), QStringLiteral("zh_CN") };
}

QString LanguageSwitcher::nativeName(const QString &code)
{
    // Each in its own language, so a clerk finds theirs whatever the desk shows now.
    static const QHash<QString, QString> names {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("es"), QStringLiteral("Español") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("pt"), QStringLiteral("Português") },
        { QStringLiteral("ar"), QStringLiteral("العربية") },
        { QStringLiteral("zh_CN"), QStringLiteral("简体中文") },
    };
    return names.value(code);
}

QString LanguageSwitcher::match(const QString &code)
{
    QString name = code.trimmed();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (name.isEmpty())
        return {};
    for (const QString &known : supported()) {
        if (name.compare(known, Qt::CaseInsensitive) == 0)
            return known;
    }
    const QString language = name.section(QLatin1Char('_'), 0, 0).toLower();
    if (language == QLatin1String("zh"))
        return QStringLiteral("zh_CN");
    return supported().contains(language) ? language : QString();
}

QString LanguageSwitcher::startLanguage()
{
    const QString saved = match(QSettings().value(settingsKey).toString());
    if (!saved.isEmpty())
        return saved;
    const QString system = match(QLocale::system().name());
    return system.isEmpty() ? english : system;
}

QVariantList LanguageSwitcher::languages() const
{
    QVariantList list;
    for (const QString &code : supported())
        list.append(QVariantMap {
            { QStringLiteral("code"), code }, { QStringLiteral("name"), nativeName(code) } });
    return list;
}

bool LanguageSwitcher::rightToLeft() const
{
    return QLocale(m_language).textDirection() == Qt::RightToLeft;
}

bool LanguageSwitcher::apply(const QString &code)
{
    const QString language = match(code);
    if (language.isEmpty())
        return false;
    std::unique_ptr<QTranslator> translator;
    if (language != english) {
        translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/jack_%1.qm").arg(language)))
            return false;
    }
    Q_EMIT aboutToChange();
    // The old translator leaves the application as it is destroyed.
    m_translator = std::move(translator);
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());
    m_language = language;
    // Dates, times and numbers the desk formats follow the language too.
    QLocale::setDefault(QLocale(language));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    for (const QPointer<QQmlEngine> &engine : std::as_const(m_engines)) {
        if (engine)
            engine->retranslate();
    }
    Q_EMIT languageChanged();
    return true;
}

bool LanguageSwitcher::choose(const QString &code)
{
    if (match(code).isEmpty())
        return false;
    QMetaObject::invokeMethod(
        this,
        [this, code] {
            if (apply(code))
                QSettings().setValue(settingsKey, m_language);
        },
        Qt::QueuedConnection);
    return true;
}

void LanguageSwitcher::addEngine(QQmlEngine *engine)
{
    if (engine && !m_engines.contains(engine))
        m_engines.append(engine);
}

} // namespace jack::desk
