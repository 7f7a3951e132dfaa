#include "ai/intentclassifier.h"
#include "ai/languagedetector.h"

#include <QFile>
#include <QMap>
#include <QSet>
#include <QTest>

using jack::ai::Classification;
using jack::ai::IntentClassifier;
using jack::ai::LanguageDetector;

namespace {

struct LabelledMessage {
    QString language;
    QString intent;
    QString text;
};

QList<LabelledMessage> labelledMessages()
{
    QList<LabelledMessage> messages;
    QFile file(QStringLiteral(JACK_LABELLED_INTENTS));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return messages;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        if (columns.size() == 3)
            messages.append({ columns.at(0), columns.at(1), columns.at(2) });
    }
    return messages;
}

struct Tally {
    int total = 0;
    int correct = 0;
    [[nodiscard]] double rate() const { return total == 0 ? 0.0 : double(correct) / total; }
};

} // namespace

class TestIntentClassifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void labelledSetAccuracy();
    void questionVersusProblem_data();
    void questionVersusProblem();
    void negation_data();
    void negation();
    void routing();
    void confidenceIsCalibratedRange();
    void toJsonHasTheApiKeys();
    void intentsCoverTheTaxonomy();
    void languageDetection_data();
    void languageDetection();
};

void TestIntentClassifier::labelledSetAccuracy()
{
    const QList<LabelledMessage> messages = labelledMessages();
    QVERIFY2(messages.size() >= 120, "the labelled set needs at least 120 messages");
    const IntentClassifier classifier;
    QSet<QString> known;
    for (const QString &intent : IntentClassifier::intents())
        known.insert(intent);

    Tally intents;
    Tally languages;
    QMap<QString, Tally> perLanguage;
    QMap<QString, Tally> perLanguageDetection;
    double confidenceCorrect = 0.0;
    double confidenceWrong = 0.0;
    for (const LabelledMessage &message : messages) {
        QVERIFY2(known.contains(message.intent), qPrintable(message.intent));
        const Classification result = classifier.classify(message.text);
        const bool intentOk = result.intent == message.intent;
        const bool languageOk = result.language == message.language;
        ++intents.total;
        ++languages.total;
        ++perLanguage[message.language].total;
        ++perLanguageDetection[message.language].total;
        if (intentOk) {
            ++intents.correct;
            ++perLanguage[message.language].correct;
            confidenceCorrect += result.confidence;
        } else {
            confidenceWrong += result.confidence;
            qInfo("  intent miss [%s] expected %s, got %s (%.2f): %s", qPrintable(message.language),
                qPrintable(message.intent), qPrintable(result.intent), result.confidence,
                qPrintable(message.text));
        }
        if (languageOk) {
            ++languages.correct;
            ++perLanguageDetection[message.language].correct;
        } else {
            qInfo("  language miss expected %s, got %s: %s", qPrintable(message.language),
                qPrintable(result.language), qPrintable(message.text));
        }
    }
    qInfo("intent accuracy %.1f%% (%d/%d); language detection %.1f%% (%d/%d)",
        100.0 * intents.rate(), intents.correct, intents.total, 100.0 * languages.rate(),
        languages.correct, languages.total);
    for (auto it = perLanguage.begin(); it != perLanguage.end(); ++it) {
        const Tally &detection = perLanguageDetection[it.key()];
        qInfo("  %s: intent %.1f%% (%d/%d), language %.1f%% (%d/%d)", qPrintable(it.key()),
            100.0 * it->rate(), it->correct, it->total, 100.0 * detection.rate(), detection.correct,
            detection.total);
    }
    const int wrong = intents.total - intents.correct;
    qInfo("mean confidence: correct %.2f, wrong %.2f",
        intents.correct > 0 ? confidenceCorrect / intents.correct : 0.0,
        wrong > 0 ? confidenceWrong / wrong : 0.0);

    QVERIFY2(intents.rate() >= 0.90, "intent accuracy below 90%");
    QVERIFY2(languages.rate() >= 0.90, "language detection accuracy below 90%");
    const QStringList required { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
        QStringLiteral("de"), QStringLiteral("pt") };
    for (const QString &language : required) {
        QVERIFY2(perLanguage.value(language).total >= 20,
            qPrintable(QStringLiteral("fewer than 20 messages in %1").arg(language)));
        QVERIFY2(perLanguage.value(language).rate() >= 0.80,
            qPrintable(QStringLiteral("intent accuracy in %1 below 80%").arg(language)));
    }
}

void TestIntentClassifier::questionVersusProblem_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("questionIntent");
    QTest::addColumn<QString>("problemIntent");
    const QString wifi = QStringLiteral("inquiry.wifi");
    const QString broken = QStringLiteral("request.maintenance.wifi");
    QTest::newRow("en") << "what is the wifi password"
                        << "the wifi is not working" << wifi << broken;
    QTest::newRow("es") << "¿cuál es la clave del wifi?"
                        << "no hay internet en mi habitación" << wifi << broken;
    QTest::newRow("fr") << "comment se connecter au wifi ?"
                        << "le wifi ne fonctionne plus" << wifi << broken;
    QTest::newRow("de") << "Wie ist das WLAN Passwort?"
                        << "Das Internet ist sehr langsam" << wifi << broken;
    QTest::newRow("pt") << "qual é a password da internet?"
                        << "o wifi não funciona" << wifi << broken;
    QTest::newRow("en tv") << "is there a tv in the room?"
                           << "the tv is broken"
                           << "inquiry.amenity"
                           << "request.maintenance";
    QTest::newRow("en late checkout") << "what time is checkout?"
                                      << "can I have a late checkout?"
                                      << "inquiry.checkout"
                                      << "request.checkout.late";
    QTest::newRow("en taxi") << "how much is a taxi to the airport?"
                             << "please book me a taxi to the airport"
                             << "inquiry.transport"
                             << "request.transport";
}

void TestIntentClassifier::questionVersusProblem()
{
    QFETCH(QString, question);
    QFETCH(QString, problem);
    QFETCH(QString, questionIntent);
    QFETCH(QString, problemIntent);
    const IntentClassifier classifier;
    QCOMPARE(classifier.classify(question).intent, questionIntent);
    QCOMPARE(classifier.classify(problem).intent, problemIntent);
}

void TestIntentClassifier::negation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("intent");
    QTest::newRow("en dont clean") << "please don't clean the room today"
                                   << "request.dnd";
    QTest::newRow("en no need") << "we don't need cleaning today"
                                << "request.dnd";
    QTest::newRow("en clean") << "please clean the room today"
                              << "request.housekeeping.cleaning";
    QTest::newRow("es") << "no necesitamos limpieza hoy"
                        << "request.dnd";
    QTest::newRow("de") << "wir brauchen heute keine Reinigung"
                        << "request.dnd";
    QTest::newRow("pt") << "não precisamos de limpeza hoje"
                        << "request.dnd";
    QTest::newRow("fr") << "pas besoin de nettoyer la chambre"
                        << "request.dnd";
}

void TestIntentClassifier::negation()
{
    QFETCH(QString, text);
    QFETCH(QString, intent);
    QCOMPARE(IntentClassifier().classify(text).intent, intent);
}

void TestIntentClassifier::routing()
{
    const IntentClassifier classifier;

    const Classification towels
        = classifier.classify(QStringLiteral("Can I get 2 more towels to room 412"));
    QCOMPARE(towels.intent, QStringLiteral("request.housekeeping.towels"));
    QCOMPARE(towels.department, QStringLiteral("housekeeping"));
    QCOMPARE(towels.priority, QStringLiteral("standard"));
    QVERIFY(towels.requiresAction);
    QVERIFY(!towels.escalate);
    QCOMPARE(towels.roomNumber, QStringLiteral("412"));
    QCOMPARE(towels.items.size(), 1);
    QCOMPARE(towels.items.at(0).toObject().value(u"quantity").toInt(), 2);

    const Classification fire = classifier.classify(QStringLiteral("there is a fire in my room"));
    QCOMPARE(fire.intent, QStringLiteral("emergency"));
    QCOMPARE(fire.priority, QStringLiteral("urgent"));
    QCOMPARE(fire.department, QStringLiteral("front_desk"));
    QVERIFY(fire.escalate);

    const Classification question = classifier.classify(QStringLiteral("what time is breakfast?"));
    QCOMPARE(question.intent, QStringLiteral("inquiry.dining"));
    QVERIFY(question.department.isEmpty());
    QVERIFY(!question.requiresAction);
    QVERIFY(!question.escalate);

    const Classification human
        = classifier.classify(QStringLiteral("quiero hablar con una persona"));
    QCOMPARE(human.intent, QStringLiteral("request.human"));
    QCOMPARE(human.language, QStringLiteral("es"));
    QVERIFY(human.escalate);

    const Classification complaint = classifier.classify(
        QStringLiteral("This is disgusting, the bathroom is filthy. Unacceptable."));
    QCOMPARE(complaint.intent, QStringLiteral("feedback.complaint"));
    QCOMPARE(complaint.priority, QStringLiteral("high"));
    QVERIFY(complaint.requiresAction);
    QVERIFY(complaint.escalate);

    const Classification nonsense = classifier.classify(QStringLiteral("xq zzv 8812 blorp"));
    QCOMPARE(nonsense.intent, QStringLiteral("unknown"));
    QVERIFY(nonsense.escalate);
    QVERIFY(!nonsense.requiresAction);

    const Classification dnd = classifier.classify(QStringLiteral("do not disturb please"));
    QCOMPARE(dnd.priority, QStringLiteral("low"));
    QCOMPARE(dnd.department, QStringLiteral("housekeeping"));
}

void TestIntentClassifier::confidenceIsCalibratedRange()
{
    const IntentClassifier classifier;
    const Classification clear = classifier.classify(QStringLiteral("what is the wifi password?"));
    const Classification vague = classifier.classify(QStringLiteral("the thing from yesterday"));
    QVERIFY(clear.confidence >= 0.6 && clear.confidence <= 1.0);
    QVERIFY(vague.confidence < clear.confidence);
    QVERIFY(vague.confidence >= 0.0);
}

void TestIntentClassifier::toJsonHasTheApiKeys()
{
    const QJsonObject json
        = IntentClassifier().classify(QStringLiteral("2 towels to room 12 please")).toJson();
    for (const char *key : { "intent", "confidence", "department", "requiresAction", "language",
             "priority", "roomNumber", "items" })
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(u"intent").toString(), QStringLiteral("request.housekeeping.towels"));
    QCOMPARE(json.value(u"roomNumber").toString(), QStringLiteral("12"));
    QVERIFY(json.value(u"items").isArray());
}

void TestIntentClassifier::intentsCoverTheTaxonomy()
{
    const QStringList intents = IntentClassifier::intents();
    QCOMPARE(intents.size(), 44);
    for (const char *name : { "request.maintenance.wifi", "inquiry.pet_policy", "request.dnd",
             "feedback.compliment", "emergency", "unknown", "greeting", "farewell" })
        QVERIFY2(intents.contains(QLatin1String(name)), name);
}

void TestIntentClassifier::languageDetection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "Could you send up some more towels please"
                        << "en";
    QTest::newRow("es") << "¿Me pueden traer más toallas, por favor?"
                        << "es";
    QTest::newRow("fr") << "Pourriez-vous m'apporter des serviettes ?"
                        << "fr";
    QTest::newRow("de") << "Können Sie mir bitte Handtücher bringen?"
                        << "de";
    QTest::newRow("pt") << "Podem trazer-me mais toalhas, por favor?"
                        << "pt";
    QTest::newRow("it") << "Potete portarmi degli asciugamani, per favore?"
                        << "it";
    QTest::newRow("empty falls back") << ""
                                      << "en";
    QTest::newRow("digits fall back") << "412"
                                      << "en";
}

void TestIntentClassifier::languageDetection()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(LanguageDetector::detect(text), language);
}

QTEST_APPLESS_MAIN(TestIntentClassifier)
#include "tst_intentclassifier.moc"
