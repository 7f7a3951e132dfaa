#include "ai/entityextractor.h"

#include <QJsonObject>
#include <QTest>

using jack::ai::EntityExtractor;

class TestEntityExtractor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roomNumber_data();
    void roomNumber();
    void items_data();
    void items();
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

QTEST_APPLESS_MAIN(TestEntityExtractor)
#include "tst_entityextractor.moc"
