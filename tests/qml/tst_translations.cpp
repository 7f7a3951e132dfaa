// Every word of the desk is translated: runs lupdate over the desk's sources into a copy of
// each translations/jack_<code>.ts (so a string added in QML or C++ since the last
// `update_translations` counts too), then fails on any entry that is new, unfinished, empty,
// or whose placeholders (%1, %n, …) differ from the English source. The failure lists every
// such entry: the list of what is left to translate (translations/README.md).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <algorithm>

namespace {

struct Entry {
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
    QStringList forms; // one translation, or one per plural form
};

struct TsFile {
    QString language;
    QList<Entry> entries;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = Entry {};
            entry.context = context;
            entry.numerus
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            entry.finished = type.isEmpty();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue; // dropped by lupdate -no-obsolete; not the desk's words any more
            if (entry.numerus) {
                while (xml.readNextStartElement())
                    entry.forms << xml.readElementText();
            } else {
                entry.forms << xml.readElementText();
            }
            ts.entries << entry;
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

// %1…%99, %L1 and %n, as a sorted list (a placeholder may appear twice).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[0-9]{1,2}|n)"));
    QStringList found;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext())
        found << matches.next().captured(0).remove(QLatin1Char('L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

// Plural forms Qt expects: Chinese has one, Arabic six, the others two.
int pluralForms(const QString &language)
{
    if (language.startsWith(QLatin1String("zh")))
        return 1;
    if (language.startsWith(QLatin1String("ar")))
        return 6;
    return 2;
}

QString describe(const Entry &entry)
{
    return QStringLiteral("  [%1] \"%2\"").arg(entry.context, entry.source);
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("tsFile");
        const QDir dir(QStringLiteral(JACK_TRANSLATIONS_DIR));
        const QStringList files = dir.entryList({ QStringLiteral("jack_*.ts") }, QDir::Files);
        QVERIFY2(files.size() >= 6, "the six translations are missing from translations/");
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, tsFile);
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString updated = QDir(scratch.path()).filePath(QFileInfo(tsFile).fileName());
        QVERIFY(QFile::copy(tsFile, updated));
        QFile::setPermissions(updated, QFile::ReadOwner | QFile::WriteOwner);

        // The same scan as the update_translations target (app/desk/CMakeLists.txt).
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(JACK_LUPDATE),
            { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral(JACK_SOURCE_DIR "/qml"),
                QStringLiteral(JACK_SOURCE_DIR "/app/desk/client"), QStringLiteral("-ts"),
                updated });
        QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        const TsFile committed = readTs(tsFile);
        const TsFile current = readTs(updated);
        QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
        QVERIFY2(current.error.isEmpty(), qPrintable(current.error));
        QVERIFY2(!current.language.isEmpty(), "the .ts file names no language");
        QVERIFY2(!current.entries.isEmpty(), "lupdate found no strings");

        QSet<QString> committedKeys;
        for (const Entry &entry : committed.entries)
            committedKeys.insert(entry.context + QChar(4) + entry.source);

        QStringList untranslated;
        QStringList notInFile;
        QStringList wrongPlaceholders;
        QStringList wrongPlurals;
        for (const Entry &entry : current.entries) {
            if (!committedKeys.contains(entry.context + QChar(4) + entry.source))
                notInFile << describe(entry);
            const bool empty = std::all_of(entry.forms.cbegin(), entry.forms.cend(),
                [](const QString &form) { return form.trimmed().isEmpty(); });
            if (!entry.finished || empty || entry.forms.isEmpty()) {
                untranslated << describe(entry);
                continue;
            }
            if (entry.numerus && entry.forms.size() != pluralForms(current.language))
                wrongPlurals << describe(entry)
                        + QStringLiteral(": %1 forms, %2 expects %3")
                              .arg(entry.forms.size())
                              .arg(current.language)
                              .arg(pluralForms(current.language));
            const QStringList wanted = placeholders(entry.source);
            const QString count = QStringLiteral("%n");
            bool countShown = !wanted.contains(count);
            for (const QString &form : entry.forms) {
                QStringList got = placeholders(form);
                countShown = countShown || got.contains(count);
                // A plural form may spell its number out ("one minute", Arabic's dual).
                if (entry.numerus && wanted.contains(count) && !got.contains(count)) {
                    got << count;
                    got.sort();
                }
                if (got != wanted) {
                    wrongPlaceholders << describe(entry)
                            + QStringLiteral(" → \"%1\" has %2, the source %3")
                                  .arg(form, got.join(QLatin1Char(' ')),
                                      wanted.join(QLatin1Char(' ')));
                }
            }
            if (!countShown)
                wrongPlaceholders << describe(entry) + QStringLiteral(": no form shows %n");
        }

        QStringList problems;
        if (!notInFile.isEmpty())
            problems << QStringLiteral("New strings not yet in %1 (run the update_translations "
                                       "target, then translate them):")
                            .arg(QFileInfo(tsFile).fileName())
                     << notInFile;
        if (!untranslated.isEmpty())
            problems << QStringLiteral("Untranslated or unfinished (%1):").arg(untranslated.size())
                     << untranslated;
        if (!wrongPlaceholders.isEmpty())
            problems << QStringLiteral("Placeholders differ from the source:") << wrongPlaceholders;
        if (!wrongPlurals.isEmpty())
            problems << QStringLiteral("Wrong number of plural forms:") << wrongPlurals;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
