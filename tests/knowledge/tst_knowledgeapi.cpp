// The knowledge routes on a real jack-server: changes published for every write, hybrid search
// and ask, embeddings following the AI settings (fake LLM server on loopback), and the website
// import against a small hotel site this test serves on 127.0.0.1.
#include "e2esupport.h"
#include "jackserverprocess.h"
#include "llm/fakellmserver.h"
#include "stafffeedclient.h"

#include <QDir>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

namespace {

QByteArray page(const QByteArray &title, const QByteArray &body)
{
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title
        + "</title><script>var tracker = 'do-not-import';</script></head><body>"
          "<nav><a href=\"/\">Home</a> <a href=\"/dining\">Dining</a> <a href=\"/moved\">Spa</a> "
          "<a href=\"/big\">Gallery</a> <a href=\"/away\">Partner hotel</a> "
          "<a href=\"/brochure.pdf\">Brochure</a> <a href=\"mailto:x@hotel.test\">Mail</a> "
          "<a href=\"https://elsewhere.example/\">Elsewhere</a></nav>"
        + body + "<footer>Copyright Harbour View footer-text</footer></body></html>";
}

QHttpServerResponse html(const QByteArray &body)
{
    return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), body);
}

QHttpServerResponse redirect(const QString &location)
{
    QHttpServerResponse response(QHttpServerResponder::StatusCode::Found);
    response.addHeader("Location", location.toUtf8());
    return response;
}

} // namespace

//! A hotel's website in four pages, a page too large, a redirect within the site and one to
//! another host.
class HotelSite {
public:
    bool start()
    {
        auto *tcp = new QTcpServer;
        if (!tcp->listen(QHostAddress::LocalHost, 0)) {
            delete tcp;
            return false;
        }
        m_port = tcp->serverPort();
        m_http.bind(tcp);
        m_http.route(QStringLiteral("/"), []() {
            return html(page("Harbour View Hotel",
                "<h1>Harbour View Hotel</h1>"
                "<h2 id=\"bar\">Rooftop bar</h2><p>Our rooftop bar serves cocktails and light "
                "dinner from 18:00 to 01:00, with live jazz on Fridays.</p>"
                // The demo hotel's Wi-Fi entry, word for word.
                "<h2>Internet</h2><p>Free Wi-Fi throughout the hotel. Network: "
                "HarbourView-Guest, password: seagull2026.</p>"));
        });
        m_http.route(QStringLiteral("/dining"), []() {
            return html(page("Dining",
                "<h2>Afternoon tea</h2><p>Afternoon tea with scones is served in the library "
                "from 15:00 to 17:00 for 24 EUR per person.</p>"));
        });
        m_http.route(QStringLiteral("/moved"), [this]() { return redirect(url("/spa")); });
        m_http.route(QStringLiteral("/spa"), []() {
            return html(page("Spa",
                "<h2>Hammam</h2><p>The hammam opens at 09:00; bring your own swimwear or borrow "
                "one at the spa desk.</p>"));
        });
        m_http.route(QStringLiteral("/big"), []() {
            QByteArray filler;
            filler.reserve(2200 * 1024);
            while (filler.size() < 2200 * 1024)
                filler += "<p>Sunset photo gallery entry, a view of the river.</p>";
            return html(page("Gallery", "<h2>Gallery</h2>" + filler));
        });
        // "localhost" is another host name than "127.0.0.1", though the same machine.
        m_http.route(QStringLiteral("/away"),
            [this]() { return redirect(QStringLiteral("http://localhost:%1/").arg(m_port)); });
        return true;
    }

    [[nodiscard]] QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(path));
    }

private:
    QHttpServer m_http;
    quint16 m_port = 0;
};

class TestKnowledgeApi : public QObject {
    Q_OBJECT

private:
    JackServerProcess m_hub;
    FakeLlmServer m_llm;
    HotelSite m_site;
    JsonHttpClient m_staff;

    JsonHttpClient &api() { return m_hub.api(); }

    //! A number read from the hub's database (the vectors are not served by the API).
    int count(const QString &sql)
    {
        const QString name = QStringLiteral("tst_knowledgeapi-read");
        int value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QDir(m_hub.dataDir()).filePath(QStringLiteral("jack.db")));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

    QJsonObject entryTitled(const QString &title)
    {
        return E2e::first(api().get(QStringLiteral("/api/v1/knowledge?limit=500")).items(),
            E2e::fieldIs(QStringLiteral("title"), title));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_site.start());
        QVERIFY(m_llm.start());
        m_llm.setEmbeddingTopics({ { QStringLiteral("breakfast"), QStringLiteral("zmorge") },
            { QStringLiteral("wi-fi"), QStringLiteral("wifi"), QStringLiteral("password") },
            { QStringLiteral("pool"), QStringLiteral("swim") } });
        QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
        QVERIFY(m_hub.createUser(QStringLiteral("staff@harbourview.test"),
            QStringLiteral("staff-password-123456"), QStringLiteral("Sam Staff"),
            QStringLiteral("staff")));
        m_staff.setBaseUrl(m_hub.baseUrl());
        const HttpReply login = m_staff.post(QStringLiteral("/api/v1/auth/login"),
            { { "email", "staff@harbourview.test" }, { "password", "staff-password-123456" } });
        QCOMPARE(login.status, 200);
        m_staff.setBearerToken(login.object().value(u"accessToken").toString().toUtf8());
    }

    void cleanupTestCase() { QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString())); }

    void writesArePublished()
    {
        StaffFeedClient feed;
        feed.open(m_hub.webSocketUrl());
        QVERIFY(feed.waitForConnected());
        const HttpReply created = api().post(QStringLiteral("/api/v1/knowledge"),
            { { "title", "Bicycle hire" }, { "category", "service" },
                { "content", "City bikes can be hired at the concierge for 15 EUR a day." },
                { "keywords", QJsonArray { "bike", "bicycle" } }, { "priority", 2 } });
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(u"id").toString();
        QVERIFY(created.object().value(u"sourceUrl").isNull());
        auto change = [&id](const char *type) {
            return [id, type](const QJsonObject &f) {
                return f.value(u"type").toString() == QLatin1String(type)
                    && f.value(u"payload").toObject().value(u"id").toString() == id;
            };
        };
        QVERIFY(feed.waitFor(change("knowledge:created")));
        QCOMPARE(
            api().patch(QStringLiteral("/api/v1/knowledge/") + id, { { "archived", true } }).status,
            200);
        QVERIFY(feed.waitFor(change("knowledge:updated")));
        QCOMPARE(
            feed.find(change("knowledge:updated")).value(u"payload").toObject().value(u"archived"),
            QJsonValue(true));
        QCOMPARE(api()
                     .patch(QStringLiteral("/api/v1/knowledge/") + id,
                         { { "sourceUrl", "ftp://hotel.test/x" } })
                     .status,
            400);
        QCOMPARE(api().del(QStringLiteral("/api/v1/knowledge/") + id).status, 200);
        QVERIFY(feed.waitFor(change("knowledge:deleted")));
        feed.close();
    }

    void searchAnswersScoredMatches()
    {
        const HttpReply r = m_staff.post(QStringLiteral("/api/v1/knowledge/search"),
            { { "query", "wifi pasword?" }, { "limit", 3 } });
        QCOMPARE(r.status, 200);
        const QJsonArray matches = r.object().value(u"matches").toArray();
        QVERIFY2(!matches.isEmpty(), r.describe().constData());
        const QJsonObject best = matches.first().toObject();
        QCOMPARE(best.value(u"title").toString(), QStringLiteral("Wi-Fi"));
        QCOMPARE(best.value(u"category").toString(), QStringLiteral("amenity"));
        QVERIFY(!best.value(u"id").toString().isEmpty());
        // Full text alone (no embedding provider yet): first place scores 1.
        QCOMPARE(best.value(u"score").toDouble(), 1.0);
        for (const QJsonValue &m : matches) {
            const double score = m.toObject().value(u"score").toDouble();
            QVERIFY(score > 0.0 && score <= 1.0);
        }
        QCOMPARE(r.object().value(u"retrieval").toObject().value(u"vectors").toString(),
            QStringLiteral("off"));
        QCOMPARE(m_staff
                     .post(QStringLiteral("/api/v1/knowledge/search"),
                         { { "query", "x" }, { "limit", 0 } })
                     .status,
            400);
        QCOMPARE(
            m_staff.post(QStringLiteral("/api/v1/knowledge/search"), { { "limit", 3 } }).status,
            400);
    }

    void askAnswersWithSources()
    {
        const HttpReply r = m_staff.post(QStringLiteral("/api/v1/knowledge/ask"),
            { { "question", "¿Cuál es la contraseña del wifi?" } });
        QCOMPARE(r.status, 200);
        const QJsonObject a = r.object();
        QVERIFY2(a.value(u"answer").toString().contains(QStringLiteral("seagull2026")),
            r.describe().constData());
        QCOMPARE(a.value(u"language").toString(), QStringLiteral("es"));
        QCOMPARE(a.value(u"intent").toString(), QStringLiteral("inquiry.wifi"));
        QCOMPARE(a.value(u"provider").toString(), QStringLiteral("offline"));
        QVERIFY(a.value(u"confidence").toDouble() > 0.0);
        const QJsonArray sources = a.value(u"sources").toArray();
        QCOMPARE(sources.size(), 1);
        const QJsonObject source = sources.first().toObject();
        QCOMPARE(source.value(u"title").toString(), QStringLiteral("Wi-Fi"));
        QStringList sentences;
        for (const QJsonValue &s : source.value(u"sentences").toArray())
            sentences.append(s.toString());
        QVERIFY2(
            sentences.join(u' ').contains(QStringLiteral("seagull2026")), r.describe().constData());
        QVERIFY(source.value(u"score").toDouble() > 0.0);
        QCOMPARE(
            m_staff.post(QStringLiteral("/api/v1/knowledge/ask"), { { "question", "" } }).status,
            400);
        QCOMPARE(m_staff.post(QStringLiteral("/api/v1/knowledge/ask"), {}).status, 400);
    }

    void embeddingsFollowTheSettings()
    {
        const int active
            = count(QStringLiteral("SELECT COUNT(*) FROM knowledge WHERE archived = 0"));
        QVERIFY(active >= 24);
        QCOMPARE(api()
                     .put(QStringLiteral("/api/v1/apps/ollama"),
                         { { "enabled", true },
                             { "config",
                                 QJsonObject { { "baseUrl", m_llm.baseUrl() },
                                     { "embeddingModel", "embed-a" } } } })
                     .status,
            200);
        QCOMPARE(
            api()
                .put(QStringLiteral("/api/v1/settings/ai"), { { "embeddingProvider", "ollama" } })
                .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(
            count(QStringLiteral(
                "SELECT COUNT(*) FROM knowledge_embeddings WHERE model = 'embed-a'")),
            active, 20000);

        // A question with no word in common with any entry, found through its vector.
        const HttpReply r = m_staff.post(
            QStringLiteral("/api/v1/knowledge/search"), { { "query", "Wann gits Zmorge?" } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"retrieval").toObject().value(u"vectors").toString(),
            QStringLiteral("used"));
        const QJsonArray matches = r.object().value(u"matches").toArray();
        QVERIFY2(!matches.isEmpty(), r.describe().constData());
        QCOMPARE(
            matches.first().toObject().value(u"title").toString(), QStringLiteral("Breakfast"));
        QCOMPARE(matches.first().toObject().value(u"vectorRank").toInt(), 1);

        // Another model: every vector is made again and the old ones go.
        QCOMPARE(api()
                     .put(QStringLiteral("/api/v1/apps/ollama"),
                         { { "enabled", true },
                             { "config", QJsonObject { { "embeddingModel", "embed-b" } } } })
                     .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(
            count(QStringLiteral(
                "SELECT COUNT(*) FROM knowledge_embeddings WHERE model = 'embed-b'")),
            active, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            count(QStringLiteral(
                "SELECT COUNT(*) FROM knowledge_embeddings WHERE model <> 'embed-b'")),
            0, 5000);
    }

    void previewRefusesWhatItMustNot()
    {
        auto preview = [this](JsonHttpClient &client, const QJsonObject &body) {
            return client.post(QStringLiteral("/api/v1/knowledge/import/preview"), body);
        };
        QCOMPARE(preview(m_staff, { { "url", m_site.url("/") } }).status, 403);
        QCOMPARE(m_staff
                     .post(QStringLiteral("/api/v1/knowledge/import"),
                         { { "entries",
                             QJsonArray { QJsonObject { { "title", "x" }, { "content", "y" },
                                 { "category", "faq" } } } } })
                     .status,
            403);
        for (const char *bad : { "ftp://127.0.0.1/menu", "file:///etc/passwd",
                 "javascript:alert(1)", "not a url", "http://user:pw@127.0.0.1/" }) {
            const HttpReply r = preview(api(), { { "url", QLatin1String(bad) } });
            QVERIFY2(r.status == 400, r.describe().constData());
            QCOMPARE(
                r.object().value(u"error").toObject().value(u"details").toObject().value(u"field"),
                QJsonValue(QStringLiteral("url")));
        }
        QCOMPARE(preview(api(), { { "url", m_site.url("/") }, { "maxPages", 0 } }).status, 400);
        // The start page redirects to another host: refused, nothing fetched from there.
        const HttpReply away = preview(api(), { { "url", m_site.url("/away") } });
        QCOMPARE(away.status, 502);
        QCOMPARE(away.object().value(u"error").toObject().value(u"code").toString(),
            QStringLiteral("FETCH_FAILED"));
        QVERIFY2(away.body.contains("another host"), away.describe().constData());
    }

    void previewProposesTheSiteSections()
    {
        const HttpReply r = api().post(QStringLiteral("/api/v1/knowledge/import/preview"),
            { { "url", m_site.url("/") }, { "maxPages", 10 } });
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.object();
        const QJsonArray candidates = body.value(u"candidates").toArray();
        auto candidate = [&candidates](const QString &title) {
            return E2e::first(candidates, E2e::fieldIs(QStringLiteral("title"), title));
        };
        const QJsonObject bar = candidate(QStringLiteral("Rooftop bar"));
        QVERIFY2(!bar.isEmpty(), r.describe().constData());
        QCOMPARE(bar.value(u"category").toString(), QStringLiteral("dining"));
        QCOMPARE(bar.value(u"sourceUrl").toString(), m_site.url("/#bar"));
        QVERIFY(bar.value(u"duplicateOf").isNull());
        QVERIFY(bar.value(u"content").toString().contains(QStringLiteral("live jazz")));
        // The same text as the demo Wi-Fi entry is flagged with that entry's id.
        const QJsonObject internet = candidate(QStringLiteral("Internet"));
        QCOMPARE(internet.value(u"duplicateOf").toString(),
            entryTitled(QStringLiteral("Wi-Fi")).value(u"id").toString());
        QCOMPARE(internet.value(u"similarity").toDouble(), 1.0);
        // Linked pages of the same host, one reached through a redirect within the site.
        QVERIFY(!candidate(QStringLiteral("Afternoon tea")).isEmpty());
        QCOMPARE(
            candidate(QStringLiteral("Hammam")).value(u"sourceUrl").toString(), m_site.url("/spa"));
        // Never imported: scripts, navigation, footers, pages of other hosts, files, big pages.
        for (const QJsonValue &c : candidates) {
            const QString content = c.toObject().value(u"content").toString();
            QVERIFY2(!content.contains(QStringLiteral("do-not-import"))
                    && !content.contains(QStringLiteral("footer-text"))
                    && !content.contains(QStringLiteral("Partner hotel"))
                    && !content.contains(QStringLiteral("Sunset photo")),
                qPrintable(content.left(200)));
        }
        const QJsonArray skipped = body.value(u"skipped").toArray();
        const QJsonObject big
            = E2e::first(skipped, E2e::fieldIs(QStringLiteral("url"), m_site.url("/big")));
        QVERIFY2(big.value(u"reason").toString().contains(QStringLiteral("larger than")),
            E2e::compact(skipped).constData());
        const QJsonObject away
            = E2e::first(skipped, E2e::fieldIs(QStringLiteral("url"), m_site.url("/away")));
        QVERIFY2(away.value(u"reason").toString().contains(QStringLiteral("another host")),
            E2e::compact(skipped).constData());
        for (const QJsonValue &p : body.value(u"pages").toArray()) {
            const QUrl url(p.toObject().value(u"url").toString());
            QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
            QVERIFY(!url.path().endsWith(QLatin1String(".pdf")));
        }
    }

    void importStoresReviewedEntries()
    {
        const QString wifiId = entryTitled(QStringLiteral("Wi-Fi")).value(u"id").toString();
        const QJsonArray entries {
            QJsonObject { { "title", "Rooftop bar" }, { "category", "dining" },
                { "content",
                    "Our rooftop bar serves cocktails and light dinner from 18:00 to "
                    "01:00, with live jazz on Fridays." },
                { "sourceUrl", m_site.url("/#bar") } },
            // Staff kept the duplicate by mistake: it is skipped, not stored twice.
            QJsonObject { { "title", "Internet" }, { "category", "amenity" },
                { "content",
                    "Free Wi-Fi throughout the hotel.  Network: HarbourView-Guest, "
                    "password: seagull2026." },
                { "sourceUrl", m_site.url("/") } },
        };
        QCOMPARE(
            api()
                .post(QStringLiteral("/api/v1/knowledge/import"), { { "entries", QJsonArray {} } })
                .status,
            400);
        const HttpReply bad = api().post(QStringLiteral("/api/v1/knowledge/import"),
            { { "entries",
                QJsonArray { QJsonObject { { "title", "x" }, { "category", "faq" } } } } });
        QCOMPARE(bad.status, 400);
        QCOMPARE(
            bad.object().value(u"error").toObject().value(u"details").toObject().value(u"field"),
            QJsonValue(QStringLiteral("entries.0.content")));
        const int before = count(QStringLiteral("SELECT COUNT(*) FROM knowledge"));

        StaffFeedClient feed;
        feed.open(m_hub.webSocketUrl());
        QVERIFY(feed.waitForConnected());
        const HttpReply r
            = api().post(QStringLiteral("/api/v1/knowledge/import"), { { "entries", entries } });
        QCOMPARE(r.status, 201);
        const QJsonArray imported = r.object().value(u"imported").toArray();
        QCOMPARE(imported.size(), 1);
        const QJsonObject bar = imported.first().toObject();
        QCOMPARE(bar.value(u"sourceUrl").toString(), m_site.url("/#bar"));
        const QJsonArray skipped = r.object().value(u"skipped").toArray();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.first().toObject().value(u"duplicateOf").toString(), wifiId);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM knowledge")), before + 1);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM audit_log WHERE action = 'knowledge.import'")),
            1);
        QVERIFY(feed.waitFor([&bar](const QJsonObject &f) {
            return f.value(u"type").toString() == QLatin1String("knowledge:created")
                && f.value(u"payload").toObject().value(u"id") == bar.value(u"id");
        }));
        feed.close();

        // Stored as any entry: served with its source, found by search, embedded.
        const HttpReply got
            = api().get(QStringLiteral("/api/v1/knowledge/") + bar.value(u"id").toString());
        QCOMPARE(got.object().value(u"sourceUrl").toString(), m_site.url("/#bar"));
        const HttpReply found = m_staff.post(QStringLiteral("/api/v1/knowledge/search"),
            { { "query", "is there a rooftop bar with jazz?" } });
        QCOMPARE(found.object()
                     .value(u"matches")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"title")
                     .toString(),
            QStringLiteral("Rooftop bar"));
        QTRY_COMPARE_WITH_TIMEOUT(
            count(QStringLiteral("SELECT COUNT(*) FROM knowledge_embeddings WHERE entry_id = '")
                + bar.value(u"id").toString() + u'\''),
            1, 10000);
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeApi)
#include "tst_knowledgeapi.moc"
