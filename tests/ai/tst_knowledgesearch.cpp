#include "ai/knowledgesearch.h"
#include "demohotel.h"

#include "storage/storageerror.h"

#include <QTest>

using jack::ai::KnowledgeHit;
using jack::ai::KnowledgeSearch;

class TestKnowledgeSearch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bestEntryFirst_data();
    void bestEntryFirst();
    void quotesRelevantSentences();
    void archivedEntriesAreNeverReturned();
    void ftsSyntaxIsHarmless_data();
    void ftsSyntaxIsHarmless();
    void matchExpressionQuotesEveryWord();
    void nothingRelevantGivesNoHits();
    void limitIsHonoured();

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    const QString m_connection = QStringLiteral("tst_knowledgesearch");
};

void TestKnowledgeSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(jack::test::openDemoDatabase(m_dir, m_connection, m_db), 24);
    // An archived entry that would otherwise be the best match for "wifi".
    jack::test::insertKnowledge(m_db, QStringLiteral("kb-archived"), QStringLiteral("amenity"),
        QStringLiteral("Old Wi-Fi wifi password"),
        QStringLiteral("Wifi password: oldpassword1999. Wifi wifi wifi."),
        QJsonArray { QStringLiteral("wifi"), QStringLiteral("password") }, true);
}

void TestKnowledgeSearch::cleanupTestCase()
{
    m_db = QSqlDatabase();
    jack::storage::Database::close(m_connection);
}

void TestKnowledgeSearch::bestEntryFirst_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("title");
    QTest::newRow("wifi") << "what's the wifi password?"
                          << "Wi-Fi";
    QTest::newRow("breakfast es") << "¿a qué hora es el desayuno?"
                                  << "Breakfast";
    QTest::newRow("parking") << "is there parking"
                             << "Parking";
    QTest::newRow("wifi de") << "Wie ist das WLAN-Passwort?"
                             << "Wi-Fi";
    QTest::newRow("breakfast pt") << "A que horas é o pequeno-almoço?"
                                  << "Breakfast";
    QTest::newRow("breakfast fr") << "Le petit-déjeuner est à quelle heure ?"
                                  << "Breakfast";
    QTest::newRow("checkout") << "what time is check-out?"
                              << "Check-out time";
    QTest::newRow("pets es") << "¿aceptan perros?"
                             << "Pets";
    QTest::newRow("pool de") << "Wann ist das Schwimmbad geöffnet?"
                             << "Pool";
    QTest::newRow("airport") << "how do I get to the airport"
                             << "Airport transfer";
}

void TestKnowledgeSearch::bestEntryFirst()
{
    QFETCH(QString, query);
    QFETCH(QString, title);
    const QList<KnowledgeHit> hits = KnowledgeSearch(m_db).search(query);
    QVERIFY2(!hits.isEmpty(), qPrintable(query));
    QCOMPARE(hits.first().title, title);
    QVERIFY(hits.first().score > 0.0);
    for (int i = 1; i < hits.size(); ++i)
        QVERIFY(hits.at(i - 1).score >= hits.at(i).score);
}

void TestKnowledgeSearch::quotesRelevantSentences()
{
    const QList<KnowledgeHit> hits = KnowledgeSearch(m_db).search(QStringLiteral("wifi password"));
    QVERIFY(!hits.isEmpty());
    const KnowledgeHit &wifi = hits.first();
    QVERIFY(!wifi.sentences.isEmpty());
    QVERIFY(wifi.sentences.join(u' ').contains(QStringLiteral("seagull2026")));
    // Every quoted sentence is verbatim from the entry.
    for (const QString &sentence : wifi.sentences)
        QVERIFY2(wifi.content.contains(sentence), qPrintable(sentence));

    const QList<KnowledgeHit> parking
        = KnowledgeSearch(m_db).search(QStringLiteral("how much is parking"));
    QVERIFY(!parking.isEmpty());
    QVERIFY(parking.first().sentences.join(u' ').contains(QStringLiteral("22 EUR")));
}

void TestKnowledgeSearch::archivedEntriesAreNeverReturned()
{
    for (const QString &query : { QStringLiteral("wifi password"), QStringLiteral("old wifi"),
             QStringLiteral("oldpassword1999") }) {
        const QList<KnowledgeHit> hits = KnowledgeSearch(m_db).search(query, 50);
        for (const KnowledgeHit &hit : hits)
            QVERIFY2(hit.id != u"kb-archived", qPrintable(query));
    }
}

void TestKnowledgeSearch::ftsSyntaxIsHarmless_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("quotes and operators") << "\"* OR NEAR(";
    QTest::newRow("column filter") << "title:wifi AND content:password";
    QTest::newRow("unbalanced") << "wifi\" OR \"";
    QTest::newRow("caret and minus") << "^wifi -password NOT";
    QTest::newRow("only punctuation") << "\"\"\"()*:^";
    QTest::newRow("sql") << "'; DROP TABLE knowledge; --";
}

void TestKnowledgeSearch::ftsSyntaxIsHarmless()
{
    QFETCH(QString, query);
    QList<KnowledgeHit> hits;
    try {
        hits = KnowledgeSearch(m_db).search(query);
    } catch (const std::exception &error) {
        QFAIL(error.what());
    }
    // The table is still there and searchable afterwards.
    QVERIFY(!KnowledgeSearch(m_db).search(QStringLiteral("parking")).isEmpty());
    if (query.contains(QStringLiteral("wifi")))
        QVERIFY(!hits.isEmpty());
}

void TestKnowledgeSearch::matchExpressionQuotesEveryWord()
{
    const QString expression
        = KnowledgeSearch::matchExpression(QStringLiteral("\"* OR NEAR( wifi"));
    QVERIFY(expression.contains(QStringLiteral("\"wifi\"")));
    QVERIFY(!expression.contains(u'*'));
    QVERIFY(!expression.contains(u'('));
    // Every part between the OR operators we add is one quoted string.
    for (const QString &part : expression.split(QStringLiteral(" OR "))) {
        QVERIFY2(part.startsWith(u'"') && part.endsWith(u'"'), qPrintable(part));
        QVERIFY2(part.count(u'"') == 2, qPrintable(part));
    }
    QVERIFY(KnowledgeSearch::matchExpression(QStringLiteral("the a is ?")).isEmpty());
}

void TestKnowledgeSearch::nothingRelevantGivesNoHits()
{
    QVERIFY(
        KnowledgeSearch(m_db).search(QStringLiteral("do you have a helicopter pad?")).isEmpty());
    QVERIFY(KnowledgeSearch(m_db).search(QString()).isEmpty());
}

void TestKnowledgeSearch::limitIsHonoured()
{
    const QList<KnowledgeHit> hits = KnowledgeSearch(m_db).search(
        QStringLiteral("breakfast restaurant pool gym spa parking"), 2);
    QCOMPARE(hits.size(), 2);
}

QTEST_GUILESS_MAIN(TestKnowledgeSearch)
#include "tst_knowledgesearch.moc"
