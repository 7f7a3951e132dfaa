#include "ai/entityextractor.h"
#include "ai/intentclassifier.h"

#include <QJsonObject>
#include <QTest>

using jack::ai::DueTime;
using jack::ai::EntityExtractor;
using jack::ai::IntentClassifier;

namespace {

// A Monday afternoon: "tomorrow" is Tuesday 12 May, "at 7" is tomorrow morning, "at 8 tonight"
// is today.
const QDateTime monday(QDate(2026, 5, 11), QTime(15, 0));

} // namespace

class TestEntityExtractor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roomNumber_data();
    void roomNumber();
    void items_data();
    void items();
    void dueAt_data();
    void dueAt();
    void classificationCarriesTheEntities();
};

void TestEntityExtractor::roomNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("room");
    QTest::newRow("en") << "can I get 2 more towels to room 412"
                        << "412";
    QTest::newRow("en number") << "Room number 215, the tv is broken"
                               << "215";
    QTest::newRow("hash") << "towels for #318 please"
                          << "318";
    QTest::newRow("pt") << "toalhas para o quarto 412"
                        << "412";
    QTest::newRow("es") << "habitación 305, por favor"
                        << "305";
    QTest::newRow("es no accent") << "en la habitacion 12 no hay agua"
                                  << "12";
    QTest::newRow("fr") << "chambre n° 27"
                        << "27";
    QTest::newRow("de") << "Zimmer Nr. 118"
                        << "118";
    QTest::newRow("it") << "camera 204"
                        << "204";
    QTest::newRow("it stanza") << "siamo nella stanza 31, manca la carta igienica"
                               << "31";
    QTest::newRow("pt short") << "qto 512 precisa de toalhas"
                              << "512";
    QTest::newRow("es short") << "hab. 214, otra almohada porfa"
                              << "214";
    QTest::newRow("de zi") << "Zi. 7 bitte Handtücher"
                           << "7";
    QTest::newRow("fr numero") << "chambre numéro 33, il manque du savon"
                               << "33";
    QTest::newRow("letter") << "suite 5b needs cleaning"
                            << "5B";
    QTest::newRow("none") << "room for 2 people tonight?"
                          << "";
    QTest::newRow("time is not a room") << "wake me at 7:30 please"
                                        << "";
}

void TestEntityExtractor::roomNumber()
{
    QFETCH(QString, text);
    QFETCH(QString, room);
    QCOMPARE(EntityExtractor::roomNumber(text), room);
}

void TestEntityExtractor::items_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("quantity");
    QTest::newRow("en digits") << "can I get 2 more towels to room 412"
                               << "en"
                               << "towels" << 2;
    QTest::newRow("en words") << "three extra pillows please"
                              << "en"
                              << "pillows" << 3;
    QTest::newRow("en default") << "a blanket please"
                                << "en"
                                << "blankets" << 1;
    QTest::newRow("es") << "dos toallas, por favor"
                        << "es"
                        << "towels" << 2;
    QTest::newRow("de") << "zwei Handtücher bitte"
                        << "de"
                        << "towels" << 2;
    QTest::newRow("de more") << "zwei weitere Kopfkissen"
                             << "de"
                             << "pillows" << 2;
    QTest::newRow("fr") << "deux serviettes supplémentaires"
                        << "fr"
                        << "towels" << 2;
    QTest::newRow("pt") << "duas toalhas e um cobertor"
                        << "pt"
                        << "towels" << 2;
    QTest::newRow("it") << "due asciugamani"
                        << "it"
                        << "towels" << 2;
    QTest::newRow("mixed") << "dos towels por favor"
                           << "es"
                           << "towels" << 2;
    QTest::newRow("x2") << "bath towels x3"
                        << "en"
                        << "towels" << 3;
    QTest::newRow("es words") << "tres almohadas para la 305"
                              << "es"
                              << "pillows" << 3;
    QTest::newRow("fr words") << "trois oreillers svp"
                              << "fr"
                              << "pillows" << 3;
    QTest::newRow("de words") << "drei Decken bitte"
                              << "de"
                              << "blankets" << 3;
    QTest::newRow("pt words") << "mais duas toalhas de banho"
                              << "pt"
                              << "towels" << 2;
    QTest::newRow("it words") << "tre cuscini per favore"
                              << "it"
                              << "pillows" << 3;
    QTest::newRow("it digits") << "2 accappatoi in camera 118"
                               << "it"
                               << "bathrobes" << 2;
}

void TestEntityExtractor::items()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, name);
    QFETCH(int, quantity);
    const QJsonArray items = EntityExtractor::items(text, language);
    QVERIFY2(!items.isEmpty(), qPrintable(text));
    QCOMPARE(items.at(0).toObject().value(u"name").toString(), name);
    QCOMPARE(items.at(0).toObject().value(u"quantity").toInt(), quantity);
}

void TestEntityExtractor::dueAt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("due");
    // en
    QTest::newRow("en 7am, next one") << "wake me at 7am please"
                                      << "en"
                                      << "2026-05-12T07:00:00";
    QTest::newRow("en tomorrow pm") << "taxi tomorrow at 6:30 pm"
                                    << "en"
                                    << "2026-05-12T18:30:00";
    QTest::newRow("en day only") << "can we have a late checkout tomorrow?"
                                 << "en"
                                 << "2026-05-12";
    QTest::newRow("en tonight") << "table for 2 at 8 tonight"
                                << "en"
                                << "2026-05-11T20:00:00";
    QTest::newRow("en weekday") << "please book the spa on friday at 10"
                                << "en"
                                << "2026-05-15T10:00:00";
    QTest::newRow("en noon") << "can the cleaner come at noon"
                             << "en"
                             << "2026-05-12T12:00:00";
    QTest::newRow("en date") << "we arrive on 14/05"
                             << "en"
                             << "2026-05-14";
    // es
    QTest::newRow("es a las 7") << "un taxi a las 7 por favor"
                                << "es"
                                << "2026-05-12T07:00:00";
    QTest::newRow("es tarde") << "mañana a las 2 de la tarde"
                              << "es"
                              << "2026-05-12T14:00:00";
    QTest::newRow("es manana por la manana") << "mañana por la mañana a las 8 despiertenme"
                                             << "es"
                                             << "2026-05-12T08:00:00";
    QTest::newRow("es word") << "a las siete de la noche"
                             << "es"
                             << "2026-05-11T19:00:00";
    QTest::newRow("es persons") << "mesa para 4 personas a las 21h"
                                << "es"
                                << "2026-05-11T21:00:00";
    // de
    QTest::newRow("de um 19 Uhr") << "Tisch um 19 Uhr bitte"
                                  << "de"
                                  << "2026-05-11T19:00:00";
    QTest::newRow("de guten morgen") << "Guten Morgen, morgen um 7 bitte wecken"
                                     << "de"
                                     << "2026-05-12T07:00:00";
    QTest::newRow("de heute abend") << "heute Abend um 8 ein Taxi"
                                    << "de"
                                    << "2026-05-11T20:00:00";
    // fr
    QTest::newRow("fr demain 8h") << "demain à 8h un taxi svp"
                                  << "fr"
                                  << "2026-05-12T08:00:00";
    QTest::newRow("fr ce soir") << "ce soir vers 21h30"
                                << "fr"
                                << "2026-05-11T21:30:00";
    QTest::newRow("fr apres demain") << "réveil après-demain à 6 heures"
                                     << "fr"
                                     << "2026-05-13T06:00:00";
    // pt
    QTest::newRow("pt amanha") << "amanhã"
                               << "pt"
                               << "2026-05-12";
    QTest::newRow("pt as 8h da manha") << "um taxi às 8h da manhã"
                                       << "pt"
                                       << "2026-05-12T08:00:00";
    QTest::newRow("pt hoje a noite") << "hoje à noite às 9"
                                     << "pt"
                                     << "2026-05-11T21:00:00";
    // it
    QTest::newRow("it domani alle 9") << "domani alle 9"
                                      << "it"
                                      << "2026-05-12T09:00:00";
    QTest::newRow("it stasera") << "un tavolo per stasera alle 8"
                                << "it"
                                << "2026-05-11T20:00:00";
    QTest::newRow("it venerdi") << "venerdì alle 10:15"
                                << "it"
                                << "2026-05-15T10:15:00";
    // Numbers that are no time.
    QTest::newRow("no time: room, count") << "2 towels to room 412"
                                          << "en"
                                          << "";
    QTest::newRow("no time: people") << "a table for 4 people"
                                     << "en"
                                     << "";
    QTest::newRow("no time: duration") << "we have been waiting 2 hours"
                                       << "en"
                                       << "";
    QTest::newRow("no time: 24h") << "is the reception open 24h?"
                                  << "en"
                                  << "";
    QTest::newRow("no time: chambre") << "chambre 207, deux serviettes"
                                      << "fr"
                                      << "";
    QTest::newRow("no time: price") << "cuesta 7.50 euros?"
                                    << "es"
                                    << "";
    QTest::newRow("no time: I am") << "I am in room 5, towels please"
                                   << "en"
                                   << "";
}

void TestEntityExtractor::dueAt()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, due);
    const DueTime found = EntityExtractor::dueAt(text, language, monday);
    QCOMPARE(found.toIso(), due);
    QCOMPARE(found.isEmpty(), due.isEmpty());
}

// The classifier fills the entities into what the pipeline stores and the API returns.
void TestEntityExtractor::classificationCarriesTheEntities()
{
    const IntentClassifier classifier;
    const auto wakeup
        = classifier.classify(QStringLiteral("wake me up at 6:30 tomorrow, room 305"), monday);
    QCOMPARE(wakeup.intent, QStringLiteral("request.wakeup"));
    QCOMPARE(wakeup.dueAt, QStringLiteral("2026-05-12T06:30:00"));
    QCOMPARE(wakeup.roomNumber, QStringLiteral("305"));
    QCOMPARE(wakeup.toJson().value(u"dueAt").toString(), QStringLiteral("2026-05-12T06:30:00"));

    const auto taxi = classifier.classify(
        QStringLiteral("Können Sie uns morgen um 5 Uhr ein Taxi zum Flughafen bestellen?"), monday);
    QCOMPARE(taxi.intent, QStringLiteral("request.transport"));
    QCOMPARE(taxi.dueAt, QStringLiteral("2026-05-12T05:00:00"));

    const auto towels = classifier.classify(
        QStringLiteral("potete portare tre asciugamani in camera 204?"), monday);
    QCOMPARE(towels.roomNumber, QStringLiteral("204"));
    QCOMPARE(towels.items.size(), 1);
    QCOMPARE(towels.items.at(0).toObject().value(u"quantity").toInt(), 3);
    QVERIFY(towels.dueAt.isEmpty());
    QVERIFY(towels.toJson().contains(QStringLiteral("dueAt")));

    // An hour after noon turns a check-out question into a late check-out request, an hour in
    // the morning a check-in into an early one.
    QCOMPARE(classifier.classify(QStringLiteral("can we check out at 2pm?"), monday).intent,
        QStringLiteral("request.checkout.late"));
    QCOMPARE(classifier.classify(QStringLiteral("what time is check out?"), monday).intent,
        QStringLiteral("inquiry.checkout"));
    QCOMPARE(classifier.classify(QStringLiteral("podemos fazer o check in às 10h?"), monday).intent,
        QStringLiteral("request.checkin.early"));
}

QTEST_APPLESS_MAIN(TestEntityExtractor)
#include "tst_entityextractor.moc"
