#include "ai/intentclassifier.h"
#include "ai/lexicon.h"
#include "ai/offlineengine.h"
#include "demohotel.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using jack::ai::OfflineAnswer;
using jack::ai::OfflineEngine;
using jack::ai::ReplyComposer;

class TestOfflineEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wifiQuestionQuotesTheKnowledgeBase();
    void questionInSpanishIsFramedInSpanish();
    void towelRequestOpensAHousekeepingTask();
    void maintenanceProblemOpensATask();
    void problemWithAskForAManagerOpensTaskAndEscalates();
    void askingForAPersonEscalatesInTheGuestsLanguage();
    void emergencyGivesThePhoneNumber();
    void unansweredQuestionEscalates();
    void complaintApologisesAndEscalates();
    void greetingFarewellAndCompliment();
    void unknownGetsAHoldingReply();
    void replyLanguageFollowsTheGuest_data();
    void replyLanguageFollowsTheGuest();
    void everyLanguageHasTheReplyTemplates();
    void knowledgeAnswerQuotesTheSentences_data();
    void knowledgeAnswerQuotesTheSentences();
    void requestsAreAcknowledgedInEveryLanguage_data();
    void requestsAreAcknowledgedInEveryLanguage();

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    jack::ai::HotelInfo m_hotel;
    OfflineEngine m_engine;
    const QString m_connection = QStringLiteral("tst_offlineengine");
};

void TestOfflineEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(jack::test::openDemoDatabase(m_dir, m_connection, m_db), 24);
    m_hotel = jack::test::demoHotelInfo();
    QCOMPARE(m_hotel.phone, QStringLiteral("+351 210 000 111"));
}

void TestOfflineEngine::cleanupTestCase()
{
    m_db = QSqlDatabase();
    jack::storage::Database::close(m_connection);
}

void TestOfflineEngine::wifiQuestionQuotesTheKnowledgeBase()
{
    const OfflineAnswer answer
        = m_engine.answer(QStringLiteral("Hi! What's the wifi password?"), m_db, m_hotel);
    QCOMPARE(answer.classification.intent, QStringLiteral("inquiry.wifi"));
    QVERIFY(answer.reply.contains(QStringLiteral("seagull2026")));
    QVERIFY(answer.reply.contains(QStringLiteral("HarbourView-Guest")));
    QCOMPARE(answer.sources.size(), 1);
    QCOMPARE(answer.sources.first().title, QStringLiteral("Wi-Fi"));
    QVERIFY(!answer.createTask);
    QVERIFY(!answer.escalate);
    QVERIFY(answer.taskDescription.isEmpty());
}

void TestOfflineEngine::questionInSpanishIsFramedInSpanish()
{
    const OfflineAnswer answer
        = m_engine.answer(QStringLiteral("¿A qué hora es el desayuno?"), m_db, m_hotel);
    QCOMPARE(answer.classification.language, QStringLiteral("es"));
    QCOMPARE(answer.classification.intent, QStringLiteral("inquiry.dining"));
    QVERIFY(answer.reply.contains(QStringLiteral("07:00")));
    QVERIFY(answer.reply.contains(ReplyComposer().compose(
        OfflineAnswer { answer.classification, {}, answer.sources, false, {}, false, {} },
        m_hotel)));
    QVERIFY(answer.reply.contains(QStringLiteral("Esto es lo que he encontrado")));
}

void TestOfflineEngine::towelRequestOpensAHousekeepingTask()
{
    const OfflineAnswer answer
        = m_engine.answer(QStringLiteral("can I get 2 more towels to room 412"), m_db, m_hotel);
    QCOMPARE(answer.classification.intent, QStringLiteral("request.housekeeping.towels"));
    QVERIFY(answer.createTask);
    QCOMPARE(answer.classification.department, QStringLiteral("housekeeping"));
    QCOMPARE(answer.classification.roomNumber, QStringLiteral("412"));
    QCOMPARE(answer.classification.items.size(), 1);
    const QJsonObject item = answer.classification.items.at(0).toObject();
    QCOMPARE(item.value(u"name").toString(), QStringLiteral("towels"));
    QCOMPARE(item.value(u"quantity").toInt(), 2);
    QCOMPARE(answer.taskDescription, QStringLiteral("2 towels to room 412"));
    QVERIFY(!answer.escalate);
    QVERIFY(answer.reply.contains(QStringLiteral("2 towels")));
    QVERIFY(answer.reply.contains(QStringLiteral("412")));

    const OfflineAnswer german
        = m_engine.answer(QStringLiteral("Bitte zwei Handtücher auf Zimmer 118"), m_db, m_hotel);
    QVERIFY(german.createTask);
    QCOMPARE(german.classification.language, QStringLiteral("de"));
    QVERIFY(german.reply.contains(QStringLiteral("2 Handtücher")));
}

void TestOfflineEngine::maintenanceProblemOpensATask()
{
    const OfflineAnswer answer
        = m_engine.answer(QStringLiteral("The wifi in room 210 is not working"), m_db, m_hotel);
    QCOMPARE(answer.classification.intent, QStringLiteral("request.maintenance.wifi"));
    QVERIFY(answer.createTask);
    QCOMPARE(answer.classification.department, QStringLiteral("maintenance"));
    QCOMPARE(answer.classification.priority, QStringLiteral("high"));
    QVERIFY(answer.taskDescription.contains(QStringLiteral("210")));
    QVERIFY(answer.sources.isEmpty());
    QVERIFY(!answer.reply.contains(QStringLiteral("seagull2026")));
}

void TestOfflineEngine::askingForAPersonEscalatesInTheGuestsLanguage()
{
    const OfflineAnswer answer
        = m_engine.answer(QStringLiteral("quiero hablar con una persona"), m_db, m_hotel);
    QCOMPARE(answer.classification.intent, QStringLiteral("request.human"));
    QCOMPARE(answer.classification.language, QStringLiteral("es"));
    QVERIFY(answer.escalate);
    QCOMPARE(answer.escalationReason, QStringLiteral("guest asked for a person"));
    QCOMPARE(answer.reply,
        QStringLiteral("Por supuesto. He avisado al equipo y una persona del personal le "
                       "responderá por aquí en breve."));
}

void TestOfflineEngine::emergencyGivesThePhoneNumber()
{
    const OfflineAnswer answer
        = m_engine.answer(QStringLiteral("there is a fire in my room"), m_db, m_hotel);
    QCOMPARE(answer.classification.intent, QStringLiteral("emergency"));
    QCOMPARE(answer.classification.priority, QStringLiteral("urgent"));
    QVERIFY(answer.escalate);
    QVERIFY(answer.createTask);
    QVERIFY(answer.reply.contains(m_hotel.phone));
    QVERIFY(answer.reply.contains(QStringLiteral("Help is on the way")));

    const OfflineAnswer portuguese
        = m_engine.answer(QStringLiteral("Socorro! Há fumo no quarto"), m_db, m_hotel);
    QCOMPARE(portuguese.classification.intent, QStringLiteral("emergency"));
    QVERIFY(portuguese.reply.contains(m_hotel.phone));
    QVERIFY(portuguese.reply.contains(QStringLiteral("A ajuda está a caminho")));
}

void TestOfflineEngine::unansweredQuestionEscalates()
{
    const OfflineAnswer answer = m_engine.answer(
        QStringLiteral("Do you have a helicopter pad on the roof?"), m_db, m_hotel);
    QVERIFY(answer.classification.intent.startsWith(QStringLiteral("inquiry.")));
    QVERIFY(answer.sources.isEmpty());
    QVERIFY(answer.escalate);
    QVERIFY(answer.escalationReason.contains(QStringLiteral("no answer in the knowledge base")));
    QVERIFY(answer.reply.contains(QStringLiteral("colleague")));
    QVERIFY(!answer.createTask);
}

void TestOfflineEngine::complaintApologisesAndEscalates()
{
    const OfflineAnswer answer = m_engine.answer(
        QStringLiteral("The room is filthy and the staff were rude. Unacceptable."), m_db, m_hotel);
    QCOMPARE(answer.classification.intent, QStringLiteral("feedback.complaint"));
    QVERIFY(answer.escalate);
    QVERIFY(answer.createTask);
    QCOMPARE(answer.escalationReason, QStringLiteral("guest complaint"));
    QVERIFY(answer.reply.contains(QStringLiteral("sorry")));
}

void TestOfflineEngine::greetingFarewellAndCompliment()
{
    const OfflineAnswer hello = m_engine.answer(QStringLiteral("Bonjour !"), m_db, m_hotel);
    QCOMPARE(hello.classification.intent, QStringLiteral("greeting"));
    QVERIFY(hello.reply.contains(m_hotel.name));
    QVERIFY(hello.reply.startsWith(QStringLiteral("Bonjour")));
    QVERIFY(!hello.escalate);

    const OfflineAnswer bye = m_engine.answer(QStringLiteral("thanks, bye!"), m_db, m_hotel);
    QCOMPARE(bye.classification.intent, QStringLiteral("farewell"));
    QVERIFY(!bye.reply.isEmpty());
    QVERIFY(!bye.createTask);

    const OfflineAnswer praise = m_engine.answer(
        QStringLiteral("The breakfast was amazing, the staff were wonderful!"), m_db, m_hotel);
    QCOMPARE(praise.classification.intent, QStringLiteral("feedback.compliment"));
    QVERIFY(praise.reply.contains(QStringLiteral("Thank you")));
    QVERIFY(!praise.escalate);
}

void TestOfflineEngine::unknownGetsAHoldingReply()
{
    const OfflineAnswer answer = m_engine.answer(QStringLiteral("zxqv blorp 1234"), m_db, m_hotel);
    QCOMPARE(answer.classification.intent, QStringLiteral("unknown"));
    QVERIFY(answer.escalate);
    QCOMPARE(answer.reply, ReplyComposer::holdingReply(QStringLiteral("en")));
    QVERIFY(!answer.reply.isEmpty());
}

void TestOfflineEngine::replyLanguageFollowsTheGuest_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "Can you bring two pillows to room 12?"
                        << "en"
                        << "Certainly";
    QTest::newRow("es") << "¿Me pueden traer dos almohadas a la habitación 12?"
                        << "es"
                        << "Por supuesto";
    QTest::newRow("fr") << "Pouvez-vous apporter deux oreillers à la chambre 12 ?"
                        << "fr"
                        << "Bien sûr";
    QTest::newRow("de") << "Können Sie zwei Kissen auf Zimmer 12 bringen?"
                        << "de"
                        << "Sehr gerne";
    QTest::newRow("pt") << "Podem trazer duas almofadas ao quarto 12?"
                        << "pt"
                        << "Com certeza";
}

void TestOfflineEngine::replyLanguageFollowsTheGuest()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const OfflineAnswer answer = m_engine.answer(text, m_db, m_hotel);
    QCOMPARE(answer.classification.language, language);
    QCOMPARE(answer.classification.intent, QStringLiteral("request.housekeeping.amenities"));
    QVERIFY(answer.createTask);
    QCOMPARE(answer.classification.roomNumber, QStringLiteral("12"));
    QVERIFY2(answer.reply.contains(expected), qPrintable(answer.reply));
    QCOMPARE(answer.taskDescription, QStringLiteral("2 pillows to room 12"));
}

void TestOfflineEngine::problemWithAskForAManagerOpensTaskAndEscalates()
{
    const jack::ai::OfflineAnswer answer = m_engine.answer(
        QStringLiteral(
            "The air conditioning is broken and nobody came. I want to speak to a manager."),
        m_db, m_hotel);
    QCOMPARE(answer.classification.intent, QStringLiteral("request.maintenance"));
    QVERIFY(answer.classification.wantsPerson);
    QVERIFY(answer.createTask);
    QVERIFY(answer.escalate);
    QVERIFY2(answer.escalationReason.contains(QStringLiteral("person")),
        qPrintable(answer.escalationReason));
    QVERIFY2(answer.reply.contains(QStringLiteral("member of staff will also reply")),
        qPrintable(answer.reply));

    const jack::ai::OfflineAnswer plain = m_engine.answer(
        QStringLiteral("The air conditioning in my room is broken"), m_db, m_hotel);
    QVERIFY(!plain.classification.wantsPerson);
    QVERIFY(!plain.escalate);
}

namespace {

const QStringList sixLanguages { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
    QStringLiteral("de"), QStringLiteral("pt"), QStringLiteral("it") };

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\{[a-zA-Z]+\\}"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

} // namespace

// The composer falls back to English for a missing template, which a guest writing Italian
// would notice: every language has every template, with the same placeholders, a label for
// every request and a name for every team.
void TestOfflineEngine::everyLanguageHasTheReplyTemplates()
{
    const jack::ai::Lexicon &lexicon = jack::ai::Lexicon::shared();
    const jack::ai::LanguageLexicon *english = lexicon.language(QStringLiteral("en"));
    QVERIFY(english != nullptr);
    QVERIFY(english->replies.size() >= 20);
    QStringList requests;
    for (const QString &intent : jack::ai::IntentClassifier::intents()) {
        if (intent.startsWith(u"request.") && intent != u"request.human")
            requests.append(intent);
    }
    for (const QString &code : sixLanguages) {
        const jack::ai::LanguageLexicon *language = lexicon.language(code);
        QVERIFY2(language != nullptr, qPrintable(code));
        for (auto it = english->replies.begin(); it != english->replies.end(); ++it) {
            const QString text = language->replies.value(it.key()).toString();
            QVERIFY2(!text.isEmpty(), qPrintable(code + u' ' + it.key()));
            QCOMPARE(placeholders(text), placeholders(it.value().toString()));
            if (code != u"en" && it.value().toString().size() > 12)
                QVERIFY2(text != it.value().toString(), qPrintable(code + u' ' + it.key()));
        }
        // A request is acknowledged with its own template or the generic one naming it.
        for (const QString &intent : std::as_const(requests))
            QVERIFY2(language->replies.contains(intent)
                    || !language->labels.value(intent).toString().isEmpty(),
                qPrintable(code + u' ' + intent));
        for (const char *department :
            { "housekeeping", "maintenance", "room_service", "concierge", "front_desk" })
            QVERIFY2(!language->departments.value(QLatin1String(department)).toString().isEmpty(),
                qPrintable(code + u' ' + QLatin1String(department)));
    }
}

void TestOfflineEngine::knowledgeAnswerQuotesTheSentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("intent");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("en") << "do you allow dogs?"
                        << "en"
                        << "inquiry.pet_policy"
                        << "Dogs and cats up to 15 kg are welcome for 25 EUR per night.";
    QTest::newRow("es") << "¿aceptan perros en el hotel?"
                        << "es"
                        << "inquiry.pet_policy"
                        << "Dogs and cats up to 15 kg are welcome for 25 EUR per night.";
    QTest::newRow("fr") << "Quel est le mot de passe du wifi ?"
                        << "fr"
                        << "inquiry.wifi"
                        << "Network: HarbourView-Guest, password: seagull2026.";
    QTest::newRow("de") << "Wann gibt es Frühstück?"
                        << "de"
                        << "inquiry.dining"
                        << "07:00 to 10:30";
    QTest::newRow("pt") << "Até que horas é o check-out?"
                        << "pt"
                        << "inquiry.checkout"
                        << "Check-out is at 11:00.";
    QTest::newRow("it") << "Quanto costa il parcheggio?"
                        << "it"
                        << "inquiry.parking"
                        << "Underground parking costs 22 EUR per night.";
    QTest::newRow("it wifi") << "qual è la password del wifi?"
                             << "it"
                             << "inquiry.wifi"
                             << "Network: HarbourView-Guest, password: seagull2026.";
}

// A question in any language is answered with the knowledge base's own sentences, verbatim,
// framed by that language's introduction and closing line.
void TestOfflineEngine::knowledgeAnswerQuotesTheSentences()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, intent);
    QFETCH(QString, quoted);
    const OfflineAnswer answer = m_engine.answer(text, m_db, m_hotel);
    QCOMPARE(answer.classification.language, language);
    QCOMPARE(answer.classification.intent, intent);
    QCOMPARE(answer.sources.size(), 1);
    QVERIFY2(answer.reply.contains(quoted), qPrintable(answer.reply));
    const jack::ai::LanguageLexicon *lexicon = jack::ai::Lexicon::shared().language(language);
    QVERIFY(lexicon != nullptr);
    const QString intro = lexicon->replies.value(u"answerIntro").toString();
    const QString outro = lexicon->replies.value(u"answerOutro").toString();
    QVERIFY2(answer.reply.startsWith(intro), qPrintable(answer.reply));
    QVERIFY2(answer.reply.endsWith(outro), qPrintable(answer.reply));
    QVERIFY(!answer.createTask);
    QVERIFY(!answer.escalate);
}

void TestOfflineEngine::requestsAreAcknowledgedInEveryLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("intent");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en wake-up") << "please wake me up at 6:30 tomorrow, room 305"
                                << "en"
                                << "request.wakeup"
                                << "a wake-up call";
    QTest::newRow("es dnd") << "no limpien la habitación hoy por favor"
                            << "es"
                            << "request.dnd"
                            << "no desea que le molesten";
    QTest::newRow("fr towels") << "Pouvez-vous monter deux serviettes en chambre 207 ?"
                               << "fr"
                               << "request.housekeeping.towels"
                               << "2 serviettes";
    QTest::newRow("de taxi") << "Bitte bestellen Sie mir morgen um 7 Uhr ein Taxi zum Flughafen"
                             << "de"
                             << "request.transport"
                             << "Concierge";
    QTest::newRow("pt wifi") << "a internet não funciona no quarto 210"
                             << "pt"
                             << "request.maintenance.wifi"
                             << "210";
    QTest::newRow("it towels") << "potete portare tre asciugamani in camera 204?"
                               << "it"
                               << "request.housekeeping.towels"
                               << "3 asciugamani";
}

// Requests open their task and are acknowledged in the guest's own language, naming what was
// asked for, with the room and the time in the staff-facing description.
void TestOfflineEngine::requestsAreAcknowledgedInEveryLanguage()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, intent);
    QFETCH(QString, expected);
    const OfflineAnswer answer = m_engine.answer(text, m_db, m_hotel);
    QCOMPARE(answer.classification.language, language);
    QCOMPARE(answer.classification.intent, intent);
    QVERIFY(answer.createTask);
    QVERIFY2(answer.reply.contains(expected), qPrintable(answer.reply));
    const jack::ai::LanguageLexicon *lexicon = jack::ai::Lexicon::shared().language(language);
    QVERIFY(lexicon != nullptr);
    // Not the English fallback.
    if (language != u"en")
        QVERIFY2(!answer.reply.contains(QStringLiteral("Certainly")), qPrintable(answer.reply));
    if (!answer.classification.dueAt.isEmpty()) {
        QVERIFY2(answer.taskDescription.contains(answer.classification.dueAt.left(10)),
            qPrintable(answer.taskDescription));
    }
}

QTEST_GUILESS_MAIN(TestOfflineEngine)
#include "tst_offlineengine.moc"
