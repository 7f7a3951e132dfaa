#include "ai/offlineengine.h"
#include "demohotel.h"

#include <QJsonObject>
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
    QVERIFY2(answer.reply.contains(QStringLiteral("member of staff will also reply")), qPrintable(answer.reply));

    const jack::ai::OfflineAnswer plain = m_engine.answer(
        QStringLiteral("The air conditioning in my room is broken"), m_db, m_hotel);
    QVERIFY(!plain.classification.wantsPerson);
    QVERIFY(!plain.escalate);
}

QTEST_GUILESS_MAIN(TestOfflineEngine)
#include "tst_offlineengine.moc"
