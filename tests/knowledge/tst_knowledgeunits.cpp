// The parts of knowledge retrieval and import that need no network: spelling correction,
// rank fusion, vectors, hybrid search over hand-made vectors, HTML to sections, candidates.
#include "ai/knowledge/embeddingsettings.h"
#include "ai/knowledge/embeddingstore.h"
#include "ai/knowledge/htmlpage.h"
#include "ai/knowledge/hybridsearch.h"
#include "ai/knowledge/importcandidates.h"
#include "ai/knowledge/typocorrector.h"
#include "demohotel.h"

#include <QTest>

using namespace jack::ai;

class TestKnowledgeUnits : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    const QString m_connection = QStringLiteral("tst_knowledgeunits");

    QString idOf(const QString &title)
    {
        jack::storage::SqlQuery q(m_db, QStringLiteral("SELECT id FROM knowledge WHERE title = ?"));
        q.bind(title).exec();
        return q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(jack::test::openDemoDatabase(m_dir, m_connection, m_db), 24);
    }

    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        jack::storage::Database::close(m_connection);
    }

    void editDistance()
    {
        QCOMPARE(
            TypoCorrector::distance(QStringLiteral("brekfast"), QStringLiteral("breakfast"), 2), 1);
        // A swap of neighbours is one edit, not two.
        QCOMPARE(
            TypoCorrector::distance(QStringLiteral("shuttel"), QStringLiteral("shuttle"), 2), 1);
        QCOMPARE(TypoCorrector::distance(QStringLiteral("pool"), QStringLiteral("pool"), 2), 0);
        QCOMPARE(
            TypoCorrector::distance(QStringLiteral("helicopter"), QStringLiteral("elevator"), 2),
            3);
        QCOMPARE(TypoCorrector::allowedDistance(QStringLiteral("pad")), 0);
        QCOMPARE(TypoCorrector::allowedDistance(QStringLiteral("parkng")), 1);
        QCOMPARE(TypoCorrector::allowedDistance(QStringLiteral("resturant")), 2);
    }

    void misspeltWordsFindTheirEntry_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("title");
        QTest::newRow("brekfast") << "brekfast"
                                  << "Breakfast";
        QTest::newRow("resturant") << "resturant hours"
                                   << "Restaurant";
        QTest::newRow("wheelchiar") << "wheelchiar"
                                    << "Accessibility";
        QTest::newRow("lugage") << "lugage"
                                << "Luggage storage";
        QTest::newRow("laundy") << "is there a laundy service"
                                << "Laundry";
    }

    void misspeltWordsFindTheirEntry()
    {
        QFETCH(QString, query);
        QFETCH(QString, title);
        // The misspelling alone matches nothing: the correction is what finds the entry.
        QVERIFY2(KnowledgeSearch(m_db).tolerantMatchExpression(query)
                != KnowledgeSearch::matchExpression(query),
            qPrintable(query));
        const QList<KnowledgeHit> hits = KnowledgeSearch(m_db).search(query, 3);
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        QCOMPARE(hits.first().title, title);
    }

    void correctionsOnlyForUnknownWords()
    {
        const TypoCorrector corrector(m_db);
        QCOMPARE(corrector.corrections({ QStringLiteral("brekfast") }),
            QStringList { QStringLiteral("breakfast") });
        // Indexed words, words the stemmed index matches and short words are left alone.
        QVERIFY(corrector
                    .corrections({ QStringLiteral("breakfast"), QStringLiteral("towels"),
                        QStringLiteral("pad"), QStringLiteral("helicopter") })
                    .isEmpty());
    }

    void rankFusion()
    {
        // b is second in both rankings: 2/62 beats a (1/61 + 0) and c.
        const auto fused = RankFusion::fuse({ { QStringLiteral("a"), QStringLiteral("b") },
            { QStringLiteral("c"), QStringLiteral("b") } });
        QCOMPARE(fused.size(), 3);
        QCOMPARE(fused.at(0).first, QStringLiteral("b"));
        QVERIFY(qFuzzyCompare(fused.at(0).second, 2.0 / 62.0));
        // a and c tie: the first ranking wins.
        QCOMPARE(fused.at(1).first, QStringLiteral("a"));
        QCOMPARE(fused.at(2).first, QStringLiteral("c"));
        QVERIFY(qFuzzyCompare(RankFusion::maximum(2), 2.0 / 61.0));
    }

    void vectorsRoundTrip()
    {
        const QList<float> v { 0.25f, -1.5f, 3.0f };
        const QByteArray blob = EmbeddingVector::toBlob(v);
        QCOMPARE(blob.size(), 12);
        QCOMPARE(EmbeddingVector::fromBlob(blob), v);
        QVERIFY(EmbeddingVector::fromBlob(QByteArray(5, 'x')).isEmpty());
        QVERIFY(qFuzzyCompare(EmbeddingVector::cosine({ 1, 0 }, { 2, 0 }), 1.0));
        QCOMPARE(EmbeddingVector::cosine({ 1, 0 }, { 0, 1 }), 0.0);
        QCOMPARE(EmbeddingVector::cosine({ 0, 0 }, { 0, 1 }), 0.0);
        QCOMPARE(EmbeddingVector::cosine({ 1, 0 }, { 1, 0, 0 }), 0.0);
        // The text hash changes with the text, not with the call.
        const QString text = EmbeddingSettings::entryText(
            QStringLiteral("Pool"), QStringLiteral("[\"swim\"]"), QStringLiteral("Open 8-20."));
        QCOMPARE(text, QStringLiteral("Pool (swim)\nOpen 8-20."));
        QCOMPARE(EmbeddingSettings::textHash(text), EmbeddingSettings::textHash(text));
        QVERIFY(EmbeddingSettings::textHash(text) != EmbeddingSettings::textHash(text + u'.'));
    }

    void hybridSearchFusesBothRankings()
    {
        const QString breakfast = idOf(QStringLiteral("Breakfast"));
        const QString restaurant = idOf(QStringLiteral("Restaurant"));
        const QString spa = idOf(QStringLiteral("Spa"));
        QVERIFY(!breakfast.isEmpty() && !restaurant.isEmpty() && !spa.isEmpty());
        const QHash<QString, QList<float>> stored { { breakfast, { 1, 0, 0 } },
            { restaurant, { 0.8f, 0.6f, 0 } }, { spa, { 0, 0, 1 } } };

        // No word in common with any entry: full text finds nothing, the vector finds it.
        const QString query = QStringLiteral("zmorge?");
        QVERIFY(HybridSearch(m_db).search(query, 3).isEmpty());
        const VectorQuery vector { { 1, 0, 0 }, &stored };
        const QList<KnowledgeHit> hits = HybridSearch(m_db).search(query, 3, &vector);
        QCOMPARE(hits.size(), 2); // the spa vector is orthogonal: below the minimum similarity
        QCOMPARE(hits.at(0).id, breakfast);
        QCOMPARE(hits.at(0).vectorRank, 1);
        QCOMPARE(hits.at(0).textRank, 0);
        QVERIFY(qFuzzyCompare(hits.at(0).similarity, 1.0));
        QVERIFY(qFuzzyCompare(hits.at(0).score, 0.5)); // first in one of two rankings
        QCOMPARE(hits.at(1).id, restaurant);
        QVERIFY(!hits.at(0).sentences.isEmpty());

        // Both rankers agree: the top hit scores 1.
        const QList<KnowledgeHit> both
            = HybridSearch(m_db).search(QStringLiteral("breakfast"), 3, &vector);
        QCOMPARE(both.first().id, breakfast);
        QVERIFY(qFuzzyCompare(both.first().score, 1.0));
        QCOMPARE(both.first().textRank, 1);
        for (const KnowledgeHit &hit : both)
            QVERIFY(hit.score > 0.0 && hit.score <= 1.0);

        // Without vectors the full-text ranking alone, normalised to its maximum.
        const QList<KnowledgeHit> text = HybridSearch(m_db).search(QStringLiteral("breakfast"), 3);
        QCOMPARE(text.first().id, breakfast);
        QVERIFY(qFuzzyCompare(text.first().score, 1.0));
    }

    void embeddingStateIsStaleWhenAnythingDiffers()
    {
        EntryEmbeddingState s;
        s.stored = true;
        s.provider = QStringLiteral("ollama");
        s.model = QStringLiteral("m1");
        s.textHash = s.storedHash = QStringLiteral("h");
        s.dimensions = 3;
        QVERIFY(!s.stale(QStringLiteral("ollama"), QStringLiteral("m1"), 3));
        QVERIFY(!s.stale(QStringLiteral("ollama"), QStringLiteral("m1"), 0));
        QVERIFY(s.stale(QStringLiteral("ollama"), QStringLiteral("m2"), 3));
        QVERIFY(s.stale(QStringLiteral("openai"), QStringLiteral("m1"), 3));
        QVERIFY(s.stale(QStringLiteral("ollama"), QStringLiteral("m1"), 4));
        s.storedHash = QStringLiteral("old");
        QVERIFY(s.stale(QStringLiteral("ollama"), QStringLiteral("m1"), 3));
        s.stored = false;
        s.storedHash = s.textHash;
        QVERIFY(s.stale(QStringLiteral("ollama"), QStringLiteral("m1"), 3));
    }

    void htmlBecomesSections()
    {
        const QByteArray html
            = "<!doctype html><html><head><title>Harbour View Hotel</title>\n"
              "<style>.x{color:red}</style><script>var secret = \"tracking\";</script></head>\n"
              "<body><nav><a href=\"/dining\">Dining</a> <a "
              "href=\"https://other.example/x\">Partner</a></nav>\n"
              "<p>Welcome to our <b>hotel</b> by the river.</p>\n"
              "<h1 id=\"top\">Harbour View</h1>\n"
              "<h2 id=\"bar\">Rooftop bar</h2><p>Cocktails from 18:00 to 01:00.</p><ul><li>Live "
              "jazz on Fridays</li><li>Dress code: smart casual</li></ul>\n"
              "<h3>Caf&eacute; &amp; terrace</h3><div>Coffee all day.<br>Cash only.</div>\n"
              "<h4>Small print</h4><p>Subject to weather.</p>\n"
              "<footer>© 2026 Harbour View · <a href=\"/privacy#cookies\">Privacy</a></footer>\n"
              "<script>alert(1)</script></body></html>\n";
        const HtmlPage page = HtmlPage::parse(html, QUrl(QStringLiteral("http://hotel.test/")));
        QCOMPARE(page.title, QStringLiteral("Harbour View Hotel"));
        QCOMPARE(page.sections.size(), 3); // the empty h1 section is dropped
        QCOMPARE(page.sections.at(0).title, QStringLiteral("Harbour View Hotel"));
        QCOMPARE(page.sections.at(0).content, QStringLiteral("Welcome to our hotel by the river."));
        QCOMPARE(page.sections.at(1).title, QStringLiteral("Rooftop bar"));
        QCOMPARE(page.sections.at(1).anchor, QStringLiteral("bar"));
        QCOMPARE(page.sections.at(1).content,
            QStringLiteral("Cocktails from 18:00 to 01:00.\nLive jazz on Fridays\n"
                           "Dress code: smart casual"));
        QCOMPARE(page.sections.at(2).title, QStringLiteral("Café & terrace"));
        QCOMPARE(page.sections.at(2).content,
            QStringLiteral("Coffee all day.\nCash only.\nSmall print\nSubject to weather."));
        for (const PageSection &s : page.sections) {
            QVERIFY(!s.content.contains(QStringLiteral("tracking")));
            QVERIFY(!s.content.contains(QStringLiteral("alert")));
            QVERIFY(!s.content.contains(QStringLiteral("2026")));
            QVERIFY(!s.content.contains(QStringLiteral("Dining")));
            QVERIFY(!s.content.contains(QStringLiteral("color")));
        }
        QCOMPARE(page.links,
            (QList<QUrl> { QUrl(QStringLiteral("http://hotel.test/dining")),
                QUrl(QStringLiteral("https://other.example/x")),
                QUrl(QStringLiteral("http://hotel.test/privacy")) }));
    }

    void brokenHtmlStillParses()
    {
        const HtmlPage page
            = HtmlPage::parse("<h2>Spa<p>Massages daily <b>from 10<h2>Gym</h2>Open 24 hours",
                QUrl(QStringLiteral("http://hotel.test/x")));
        QCOMPARE(page.sections.size(), 2);
        QCOMPARE(page.sections.at(0).title, QStringLiteral("Spa"));
        QVERIFY(page.sections.at(0).content.contains(QStringLiteral("Massages daily")));
        QCOMPARE(page.sections.at(1).title, QStringLiteral("Gym"));
        QVERIFY(HtmlPage::parse({}, QUrl(QStringLiteral("http://hotel.test/"))).sections.isEmpty());
    }

    void categoriesAreGuessed_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("category");
        QTest::newRow("dining") << "Our restaurant"
                                << "Dinner is served from 19:00."
                                << "dining";
        QTest::newRow("amenity") << "Swimming pool"
                                 << "Heated, open all year."
                                 << "amenity";
        QTest::newRow("policy") << "Pets"
                                << "Dogs are welcome."
                                << "policy";
        QTest::newRow("local") << "Getting here"
                               << "Take the metro to Cais do Sodré."
                               << "local_info";
        QTest::newRow("faq") << "Our history"
                             << "Built in 1901 by a sea captain."
                             << "faq";
    }

    void categoriesAreGuessed()
    {
        QFETCH(QString, title);
        QFETCH(QString, content);
        QFETCH(QString, category);
        QCOMPARE(ImportCandidates::guessCategory(title, content), category);
    }

    void candidatesAreComparedWithExistingEntries()
    {
        HtmlPage page;
        page.url = QUrl(QStringLiteral("http://hotel.test/info"));
        // The demo Wi-Fi entry word for word (other spacing and case), a new fact, and the
        // new fact again (a repeated block on the page).
        page.sections = {
            { QStringLiteral("Internet"),
                QStringLiteral("free wi-fi throughout the hotel.\n  Network: HarbourView-Guest, "
                               "password: seagull2026."),
                QStringLiteral("wifi") },
            { QStringLiteral("Rooftop bar"),
                QStringLiteral("Cocktails and dinner on the roof from 18:00."), {} },
            { QStringLiteral("Rooftop bar"),
                QStringLiteral("Cocktails and dinner on the roof from 18:00."), {} },
        };
        const QList<ImportCandidate> candidates = ImportCandidates::fromPages({ page }, m_db);
        QCOMPARE(candidates.size(), 2);
        QCOMPARE(candidates.at(0).duplicateOf, idOf(QStringLiteral("Wi-Fi")));
        QCOMPARE(candidates.at(0).similarity, 1.0);
        QCOMPARE(candidates.at(0).sourceUrl, QStringLiteral("http://hotel.test/info#wifi"));
        QCOMPARE(candidates.at(0).category, QStringLiteral("amenity"));
        QVERIFY(candidates.at(1).duplicateOf.isEmpty());
        QVERIFY(candidates.at(1).similarity < ImportCandidates::kDuplicateSimilarity);
        QCOMPARE(candidates.at(1).category, QStringLiteral("dining"));
        QCOMPARE(candidates.at(1).toJson().value(u"duplicateOf").isNull(), true);
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeUnits)
#include "tst_knowledgeunits.moc"
