// Retrieval quality on our own question set (tests/data/knowledge/questions.tsv: guests'
// phrasing in six languages, typos kept) against the demo hotel: top-1 and top-3 hit rates,
// first with full text alone, then hybrid with deterministic embeddings from the fake LLM
// server. The hybrid run also drives the embedding indexer: model changes, failures, retries.
#include "ai/knowledge/embeddingindexer.h"
#include "ai/knowledge/embeddingstore.h"
#include "ai/knowledge/hybridsearch.h"
#include "ai/knowledge/knowledgeservice.h"
#include "core/eventbus.h"
#include "demohotel.h"
#include "llm/fakellmserver.h"
#include "ops/secretstore.h"
#include "storage/settingsstore.h"
#include "storage/writequeue.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

using namespace jack;

namespace {

struct Question {
    QString language, text, title;
};

struct Score {
    int asked = 0, top1 = 0, top3 = 0;
    [[nodiscard]] double rate1() const { return asked ? double(top1) / asked : 0.0; }
    [[nodiscard]] double rate3() const { return asked ? double(top3) / asked : 0.0; }
};

// Honest floors, a little under what full text reaches today on this set (103 questions:
// top-1 92%, top-3 94%, the weakest language 87.5% top-3; the misses are printed): a drop
// below them is a regression, not noise.
constexpr double kMinTop1 = 0.88;
constexpr double kMinTop3 = 0.90;
constexpr double kMinTop3PerLanguage = 0.80;

//! The fake embedding model's "meaning": one dimension per topic, counted by word.
QList<QStringList> topics()
{
    return {
        { QStringLiteral("breakfast"), QStringLiteral("zmorge"), QStringLiteral("desayun"),
            QStringLiteral("frühstück"), QStringLiteral("colazione"), QStringLiteral("almoço"),
            QStringLiteral("petit") },
        { QStringLiteral("wi-fi"), QStringLiteral("wifi"), QStringLiteral("wlan"),
            QStringLiteral("internet"), QStringLiteral("password") },
        { QStringLiteral("pool"), QStringLiteral("swim"), QStringLiteral("piscin"),
            QStringLiteral("schwimm") },
        { QStringLiteral("parking"), QStringLiteral("garage"), QStringLiteral("parkplatz"),
            QStringLiteral("estacionamento"), QStringLiteral("parcheggio") },
        { QStringLiteral("dog"), QStringLiteral("cat"), QStringLiteral("pet"),
            QStringLiteral("hund"), QStringLiteral("perro"), QStringLiteral("chien"),
            QStringLiteral("cane") },
    };
}

} // namespace

class TestRetrievalQuality : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    const QString m_connection = QStringLiteral("tst_retrievalquality");
    QList<Question> m_questions;
    Score m_fullText;
    FakeLlmServer m_llm;
    std::unique_ptr<core::EventBus> m_bus;
    std::unique_ptr<storage::WriteQueue> m_writer;
    std::unique_ptr<ops::SecretStore> m_secrets;
    std::unique_ptr<ai::KnowledgeService> m_service;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("jack.db")); }

    //! The service's answer to a search, waited for.
    QJsonObject search(const QString &query, int limit = 3)
    {
        std::optional<QJsonObject> result;
        m_service->search(query, limit, this, [&result](const QJsonObject &r) { result = r; });
        if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 15000))
            return {};
        return *result;
    }

    void configureEmbeddings(const QString &model)
    {
        storage::SettingsStore settings(m_db);
        settings.setAppConfig(QStringLiteral("ollama"), true,
            QJsonObject { { "baseUrl", m_llm.baseUrl() }, { "embeddingModel", model } });
        settings.setJson(QStringLiteral("ai"),
            QJsonObject { { "provider", "offline" }, { "embeddingProvider", "ollama" } });
        m_service->onChange(
            core::Change { 0, QStringLiteral("app:updated"), QStringLiteral("ollama"), {} });
    }

    //! Rows in knowledge_embeddings made by `model`.
    int vectorsOf(const QString &model)
    {
        storage::SqlQuery q(
            m_db, QStringLiteral("SELECT COUNT(*) FROM knowledge_embeddings WHERE model = ?"));
        q.bind(model).exec();
        return q.next() ? q.value(0).toInt() : -1;
    }

    int embedRequests(const QString &model)
    {
        int n = 0;
        for (const LlmServerRequest &r : m_llm.requests())
            n += r.path == u"/api/embed" && r.json.value(u"model").toString() == model;
        return n;
    }

    Score measure(const std::function<QStringList(const QString &)> &titlesFor,
        QHash<QString, Score> &perLanguage, QStringList &misses)
    {
        Score total;
        for (const Question &q : std::as_const(m_questions)) {
            const QStringList titles = titlesFor(q.text);
            Score &lang = perLanguage[q.language];
            for (Score *s : { &total, &lang }) {
                ++s->asked;
                s->top1 += !titles.isEmpty() && titles.first() == q.title;
                s->top3 += titles.mid(0, 3).contains(q.title);
            }
            if (!titles.mid(0, 3).contains(q.title))
                misses.append(
                    QStringLiteral("  [%1] %2 -> %3 (wanted %4)")
                        .arg(q.language, q.text, titles.join(QStringLiteral(" | ")), q.title));
        }
        return total;
    }

    void report(const char *run, const Score &total, const QHash<QString, Score> &perLanguage,
        const QStringList &misses)
    {
        qInfo("%s: %d questions, top-1 %.1f%%, top-3 %.1f%%", run, total.asked,
            100.0 * total.rate1(), 100.0 * total.rate3());
        QStringList languages = perLanguage.keys();
        languages.sort();
        for (const QString &l : std::as_const(languages)) {
            const Score &s = perLanguage.value(l);
            qInfo("  %s: %2d questions, top-1 %5.1f%%, top-3 %5.1f%%", qPrintable(l), s.asked,
                100.0 * s.rate1(), 100.0 * s.rate3());
        }
        for (const QString &miss : misses)
            qInfo("%s", qPrintable(miss));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(test::openDemoDatabase(m_dir, m_connection, m_db), 24);
        QFile file(QStringLiteral(JACK_KNOWLEDGE_QUESTIONS));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        QTextStream in(&file);
        while (!in.atEnd()) {
            const QString line = in.readLine();
            if (line.startsWith(u'#') || line.trimmed().isEmpty())
                continue;
            const QStringList parts = line.split(u'\t');
            QCOMPARE(parts.size(), 3);
            m_questions.append({ parts.at(0), parts.at(1), parts.at(2) });
        }
        QVERIFY(m_questions.size() >= 60);
        // Every expected title exists: a typo in the set must not pass as a miss.
        for (const Question &q : std::as_const(m_questions)) {
            storage::SqlQuery t(m_db, QStringLiteral("SELECT 1 FROM knowledge WHERE title = ?"));
            t.bind(q.title).exec();
            QVERIFY2(t.next(), qPrintable(q.title));
        }
    }

    void cleanupTestCase()
    {
        if (m_service)
            m_service->stop();
        m_service.reset();
        if (m_writer)
            m_writer->closeConnection();
        m_db = QSqlDatabase();
        storage::Database::close(m_connection);
    }

    void fullTextQuality()
    {
        QHash<QString, Score> perLanguage;
        QStringList misses;
        m_fullText = measure(
            [this](const QString &text) {
                QStringList titles;
                for (const ai::KnowledgeHit &hit : ai::HybridSearch(m_db).search(text, 3))
                    titles.append(hit.title);
                return titles;
            },
            perLanguage, misses);
        report("full text", m_fullText, perLanguage, misses);
        QCOMPARE(perLanguage.size(), 6);
        QVERIFY2(m_fullText.rate1() >= kMinTop1, "top-1 hit rate below its floor");
        QVERIFY2(m_fullText.rate3() >= kMinTop3, "top-3 hit rate below its floor");
        for (auto it = perLanguage.cbegin(); it != perLanguage.cend(); ++it)
            QVERIFY2(it->rate3() >= kMinTop3PerLanguage, qPrintable(it.key()));
    }

    void indexerEmbedsEveryEntry()
    {
        QVERIFY(m_llm.start());
        m_llm.setEmbeddingTopics(topics());
        m_bus = std::make_unique<core::EventBus>();
        m_writer = std::make_unique<storage::WriteQueue>(dbPath(), m_bus.get());
        m_writer->open();
        m_secrets = std::make_unique<ops::SecretStore>(m_dir.path());
        m_service
            = std::make_unique<ai::KnowledgeService>(dbPath(), m_writer.get(), m_secrets.get());
        m_service->start();
        m_service->indexer()->setBatchSize(10);
        // Embeddings are off by default: the first indexing pass asks nothing of any provider.
        QSignalSpy firstPass(m_service->indexer(), &ai::EmbeddingIndexer::upToDate);
        QVERIFY(firstPass.wait(10000));
        QVERIFY(m_llm.requests().isEmpty());
        QCOMPARE(
            search(QStringLiteral("breakfast")).value(u"retrieval").toObject().value(u"vectors"),
            QJsonValue(QStringLiteral("off")));

        QSignalSpy upToDate(m_service->indexer(), &ai::EmbeddingIndexer::upToDate);
        configureEmbeddings(QStringLiteral("embed-a"));
        QTRY_COMPARE_WITH_TIMEOUT(vectorsOf(QStringLiteral("embed-a")), 24, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_service->indexer()->running(), 5000);
        // 24 entries in batches of 10.
        QCOMPARE(embedRequests(QStringLiteral("embed-a")), 3);
        {
            storage::SqlQuery dims(m_db,
                QStringLiteral("SELECT MIN(dimensions), MAX(dimensions), MIN(length(vector)) FROM "
                               "knowledge_embeddings"));
            dims.exec();
            QVERIFY(dims.next());
            QCOMPARE(dims.value(0).toInt(), int(topics().size()));
            QCOMPARE(dims.value(1).toInt(), int(topics().size()));
            QCOMPARE(dims.value(2).toInt(), int(topics().size() * sizeof(float)));
        }

        // A second pass finds nothing stale and asks nothing.
        m_llm.clearRequests();
        upToDate.clear();
        m_service->onChange(
            core::Change { 0, QStringLiteral("knowledge:updated"), QStringLiteral("kb-01"), {} });
        QVERIFY(upToDate.wait(5000));
        QVERIFY(m_llm.requests().isEmpty());
    }

    void hybridQuality()
    {
        QHash<QString, Score> perLanguage;
        QStringList misses;
        int usedVectors = 0;
        const Score hybrid = measure(
            [this, &usedVectors](const QString &text) {
                const QJsonObject result = search(text);
                usedVectors += result.value(u"retrieval").toObject().value(u"vectors").toString()
                    == QLatin1String("used");
                QStringList titles;
                for (const QJsonValue &m : result.value(u"matches").toArray())
                    titles.append(m.toObject().value(u"title").toString());
                return titles;
            },
            perLanguage, misses);
        report("hybrid (fake embeddings)", hybrid, perLanguage, misses);
        // Every question went through the vector half, and fusion did not lose anything.
        QCOMPARE(usedVectors, int(m_questions.size()));
        QVERIFY(hybrid.rate3() >= m_fullText.rate3());
        QVERIFY(hybrid.rate1() >= kMinTop1);
    }

    void vectorFindsWhatWordsMiss()
    {
        // Swiss German for breakfast: no word in common with any entry.
        const QString question = QStringLiteral("Wann gits Zmorge?");
        QVERIFY(ai::HybridSearch(m_db).search(question, 3).isEmpty());
        const QJsonArray matches = search(question).value(u"matches").toArray();
        QVERIFY(!matches.isEmpty());
        const QJsonObject best = matches.first().toObject();
        QCOMPARE(best.value(u"title").toString(), QStringLiteral("Breakfast"));
        QCOMPARE(best.value(u"vectorRank").toInt(), 1);
        QCOMPARE(best.value(u"textRank").toInt(), 0);
        QVERIFY(best.value(u"similarity").toDouble() > 0.9);
        QVERIFY(best.value(u"score").toDouble() > 0.0 && best.value(u"score").toDouble() <= 1.0);
    }

    void modelChangeRebuildsVectors()
    {
        QSignalSpy upToDate(m_service->indexer(), &ai::EmbeddingIndexer::upToDate);
        m_llm.clearRequests();
        configureEmbeddings(QStringLiteral("embed-b"));
        QTRY_COMPARE_WITH_TIMEOUT(vectorsOf(QStringLiteral("embed-b")), 24, 15000);
        // The old model's vectors are gone, not kept beside the new ones.
        QTRY_COMPARE_WITH_TIMEOUT(vectorsOf(QStringLiteral("embed-a")), 0, 5000);
        QCOMPARE(ai::KnowledgeEmbeddingStore(m_db).count(), 24);
        QCOMPARE(embedRequests(QStringLiteral("embed-a")), 0);
        QVERIFY(embedRequests(QStringLiteral("embed-b")) >= 3);
        // Searches now embed the query with the new model.
        m_llm.clearRequests();
        const QJsonObject r = search(QStringLiteral("parking"));
        QCOMPARE(r.value(u"retrieval").toObject().value(u"embeddingModel").toString(),
            QStringLiteral("embed-b"));
        QCOMPARE(embedRequests(QStringLiteral("embed-b")), 1);
    }

    void editedEntryIsEmbeddedAgain()
    {
        QString oldHash;
        {
            // Scoped: an unfinished statement would keep this connection on an old snapshot.
            storage::SqlQuery before(m_db,
                QStringLiteral(
                    "SELECT text_hash FROM knowledge_embeddings WHERE entry_id = 'kb-07'"));
            before.exec();
            QVERIFY(before.next());
            oldHash = before.value(0).toString();
        }
        storage::SqlQuery(m_db,
            QStringLiteral("UPDATE knowledge SET content = content || ' Pool bar in summer.' "
                           "WHERE id = 'kb-07'"))
            .exec();
        m_llm.clearRequests();
        m_service->onChange(
            core::Change { 0, QStringLiteral("knowledge:updated"), QStringLiteral("kb-07"), {} });
        auto embeddedAgain = [this, &oldHash]() {
            storage::SqlQuery after(m_db,
                QStringLiteral(
                    "SELECT text_hash FROM knowledge_embeddings WHERE entry_id = 'kb-07'"));
            after.exec();
            return after.next() && after.value(0).toString() != oldHash;
        };
        QTRY_VERIFY_WITH_TIMEOUT(embeddedAgain(), 10000);
        // Only the edited entry was sent.
        QCOMPARE(m_llm.requests().size(), 1);
        QCOMPARE(m_llm.requests().first().json.value(u"input").toArray().size(), 1);
    }

    void providerFailureIsRetriedLaterNotInALoop()
    {
        ai::EmbeddingIndexer *indexer = m_service->indexer();
        indexer->setRetryDelays(400, 400);
        QSignalSpy failed(indexer, &ai::EmbeddingIndexer::failed);
        QSignalSpy upToDate(indexer, &ai::EmbeddingIndexer::upToDate);
        // Each embed call is tried 3 times by the client (2 retries): fail the first call.
        m_llm.failNext(3, FakeLlmServer::Fault::ServerError);
        storage::SqlQuery(m_db,
            QStringLiteral("UPDATE knowledge SET content = content || ' Towels at the desk.' "
                           "WHERE id = 'kb-08'"))
            .exec();
        m_llm.clearRequests();
        m_service->onChange(
            core::Change { 0, QStringLiteral("knowledge:updated"), QStringLiteral("kb-08"), {} });
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.first().at(1).toInt(), 400);
        QVERIFY(indexer->failing());
        const int afterFailure = int(m_llm.requests().size());
        QCOMPARE(afterFailure, 3);
        // Retried once after the delay, and then it works.
        QVERIFY(upToDate.wait(10000));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!indexer->failing());
        QCOMPARE(int(m_llm.requests().size()), afterFailure + 1);
    }

    void searchSurvivesProviderOutage()
    {
        m_service->setVectorPauseMs(60000);
        m_llm.clearRequests();
        m_llm.failNext(1, FakeLlmServer::Fault::ServerError);
        // The query's embedding fails: the answer still comes, from full text.
        const QJsonObject first = search(QStringLiteral("wifi password"));
        QCOMPARE(first.value(u"retrieval").toObject().value(u"vectors").toString(),
            QStringLiteral("failed"));
        QCOMPARE(first.value(u"matches").toArray().first().toObject().value(u"title").toString(),
            QStringLiteral("Wi-Fi"));
        QCOMPARE(m_llm.requests().size(), 1); // no retries on the guest's time
        // Within the pause the provider is not asked at all.
        const QJsonObject second = search(QStringLiteral("wifi password"));
        QCOMPARE(second.value(u"retrieval").toObject().value(u"vectors").toString(),
            QStringLiteral("paused"));
        QCOMPARE(second.value(u"matches").toArray().first().toObject().value(u"title").toString(),
            QStringLiteral("Wi-Fi"));
        QCOMPARE(m_llm.requests().size(), 1);
        m_service->setVectorPauseMs(30000);
    }

    void askQuotesTheBestSource()
    {
        std::optional<QJsonObject> result;
        m_service->ask(QStringLiteral("What's the wifi password?"), this,
            [&result](const QJsonObject &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(result->value(u"provider").toString(), QStringLiteral("offline"));
        QCOMPARE(result->value(u"intent").toString(), QStringLiteral("inquiry.wifi"));
        QCOMPARE(result->value(u"language").toString(), QStringLiteral("en"));
        QVERIFY(result->value(u"answer").toString().contains(QStringLiteral("seagull2026")));
        const QJsonArray sources = result->value(u"sources").toArray();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.first().toObject().value(u"title").toString(), QStringLiteral("Wi-Fi"));
        QVERIFY(!sources.first().toObject().value(u"sentences").toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRetrievalQuality)
#include "tst_retrievalquality.moc"
