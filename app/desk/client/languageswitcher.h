#pragma once
#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QQmlEngine;
class QJSEngine;
class QTranslator;

namespace jack::desk {

//! The language of the desk's words, chosen at run time: installs the translation from the
//! embedded :/i18n/jack_<code>.qm, retranslates every QML engine that uses it, sets the
//! layout direction (Arabic: right to left) and remembers the clerk's choice in QSettings
//! ("language"). One per process; QML sees it as the singleton LanguageSwitcher.
class LanguageSwitcher : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    //! "en", "es", "fr", "de", "pt", "ar" or "zh_CN". Writing it from QML also remembers it.
    Q_PROPERTY(QString language READ language WRITE choose NOTIFY languageChanged)
    //! The languages to offer, each {code, name} with the name in its own language.
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    //! Whether the desk is laid out right to left (mirrored) in this language.
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)

public:
    ~LanguageSwitcher() override;

    //! The process's switcher (made on first use).
    static LanguageSwitcher *instance();
    //! QML's factory: the process's switcher; the engine is retranslated on every switch.
    static LanguageSwitcher *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    //! Codes of the languages the desk is translated into; English (the source) first.
    [[nodiscard]] static QStringList supported();
    //! The language's name in that language ("Español", "العربية"); empty when unsupported.
    [[nodiscard]] static QString nativeName(const QString &code);
    //! A supported code for `code` or a locale name ("pt_BR" → "pt", "zh" → "zh_CN",
    //! "es-MX" → "es"); empty when the desk has no such language.
    [[nodiscard]] static QString match(const QString &code);
    //! The remembered choice, else the system's language when supported, else English.
    [[nodiscard]] static QString startLanguage();

    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QVariantList languages() const;
    [[nodiscard]] bool rightToLeft() const;

    //! Switches to `code` for this run only (command line, tests); false when unsupported.
    bool apply(const QString &code);
    //! The clerk's choice: switches (from the event loop, so the menu that asked may go with
    //! the old screen) and remembers it for the next start; false when unsupported.
    Q_INVOKABLE bool choose(const QString &code);

    //! Also retranslate this engine on every switch (QML's factory does it for its engine).
    void addEngine(QQmlEngine *engine);

Q_SIGNALS:
    //! The desk is about to change language: QML unloads its screen, so nothing redraws
    //! half-translated, and loads it again on languageChanged().
    void aboutToChange();
    void languageChanged();

private:
    LanguageSwitcher();

    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_translator;
    QList<QPointer<QQmlEngine>> m_engines;
};

} // namespace jack::desk
