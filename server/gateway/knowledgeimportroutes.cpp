// Website import into the knowledge base: preview (fetch + split + dedupe) and import.
#include "gateway/routecontext.h"

#include "ai/knowledge/importcandidates.h"
#include "ai/knowledge/websitecrawler.h"
#include "ops/logging.h"
#include "storage/knowledgestore.h"
#include "storage/settingsstore.h"
#include "storage/sqlquery.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace jack::gateway {

namespace {
constexpr int kDefaultPages = 5;
constexpr int kMaxPages = 20;
constexpr int kMaxEntries = 200;

//! Checks one reviewed entry; answers 400 naming it (entries.N.field) when it is unusable.
bool validImportEntry(const QJsonValue &value, int index, const Reply &reply)
{
    const QString prefix = QStringLiteral("entries.%1.").arg(index);
    if (!value.isObject()) {
        reply.invalid(QStringLiteral("entries.%1").arg(index),
            QStringLiteral("every entry must be an object"));
        return false;
    }
    const QJsonObject entry = value.toObject();
    for (const char *field : { "title", "content", "category" }) {
        const QJsonValue v = entry.value(QLatin1String(field));
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            reply.invalid(prefix + QLatin1String(field),
                QStringLiteral("'%1' is required and must be a non-empty string")
                    .arg(QLatin1String(field)));
            return false;
        }
    }
    const QJsonValue source = entry.value(QLatin1String("sourceUrl"));
    if (!source.isUndefined() && !source.isNull()
        && (!source.isString()
            || !ai::WebsiteCrawler::checkUrl(QUrl(source.toString())).isEmpty())) {
        reply.invalid(prefix + QStringLiteral("sourceUrl"),
            QStringLiteral("sourceUrl must be an http or https address"));
        return false;
    }
    if (entry.contains(QLatin1String("keywords"))
        && !entry.value(QLatin1String("keywords")).isArray()) {
        reply.invalid(prefix + QStringLiteral("keywords"),
            QStringLiteral("keywords must be an array of strings"));
        return false;
    }
    if (entry.contains(QLatin1String("priority"))
        && !entry.value(QLatin1String("priority")).isDouble()) {
        reply.invalid(
            prefix + QStringLiteral("priority"), QStringLiteral("priority must be a number"));
        return false;
    }
    if (entry.contains(QLatin1String("language"))
        && !entry.value(QLatin1String("language")).isString()) {
        reply.invalid(
            prefix + QStringLiteral("language"), QStringLiteral("language must be a string"));
        return false;
    }
    return true;
}
} // namespace

void registerKnowledgeImportRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Post, QStringLiteral("/api/v1/knowledge/import/preview"), Access::Admin,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            const auto text = Input::text(*body, QStringLiteral("url"), reply);
            if (!text)
                return;
            const QUrl url(text->trimmed(), QUrl::StrictMode);
            const QString problem = ai::WebsiteCrawler::checkUrl(url);
            if (!problem.isEmpty())
                return reply.invalid(QStringLiteral("url"), problem);
            const QJsonValue pagesValue = body->value(QLatin1String("maxPages"));
            if (!pagesValue.isUndefined()
                && (!pagesValue.isDouble() || pagesValue.toInt() < 1
                    || pagesValue.toInt() > kMaxPages
                    || pagesValue.toDouble() != pagesValue.toInt()))
                return reply.invalid(QStringLiteral("maxPages"),
                    QStringLiteral("maxPages must be a whole number from 1 to %1").arg(kMaxPages));
            if (!ctx.network)
                return reply.error(503, QStringLiteral("UNAVAILABLE"),
                    QStringLiteral("the gateway has no network client"));
            ai::CrawlLimits limits;
            limits.maxPages = pagesValue.toInt(kDefaultPages);
            // The crawler belongs to the gateway object and deletes itself once it answered.
            auto *crawler = new ai::WebsiteCrawler(ctx.network, limits, ctx.context);
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            QObject::connect(crawler, &ai::WebsiteCrawler::finished, crawler,
                [&ctx, crawler, reply, url, timer, user = req.user]() {
                    crawler->deleteLater();
                    QJsonArray skipped;
                    for (const ai::SkippedPage &page : crawler->skipped())
                        skipped.append(QJsonObject {
                            { "url", page.url.toString() }, { "reason", page.reason } });
                    // The host and counts are logged, never the pages' text.
                    ops::Logging::get("gateway")->info(
                        "knowledge import preview of {} by {}: {} pages, {} skipped, {} ms",
                        url.host().toStdString(), user.id.toStdString(), crawler->pages().size(),
                        crawler->skipped().size(), timer->elapsed());
                    if (!crawler->startError().isEmpty())
                        return reply.error(502, QStringLiteral("FETCH_FAILED"),
                            QStringLiteral("%1 could not be imported: %2")
                                .arg(url.toString(), crawler->startError()),
                            QJsonObject {
                                { "url", url.toString() }, { "reason", crawler->startError() } });
                    QJsonArray candidates;
                    try {
                        for (const ai::ImportCandidate &c :
                            ai::ImportCandidates::fromPages(crawler->pages(), ctx.db()))
                            candidates.append(c.toJson());
                    } catch (const std::exception &error) {
                        ops::Logging::get("gateway")->error(
                            "knowledge import preview failed: {}", error.what());
                        return reply.error(
                            500, QStringLiteral("INTERNAL_ERROR"), QStringLiteral("storage error"));
                    }
                    QJsonArray pages;
                    for (const ai::HtmlPage &page : crawler->pages())
                        pages.append(QJsonObject {
                            { "url", page.url.toString() }, { "title", page.title } });
                    reply.json(200,
                        QJsonObject { { "url", url.toString() }, { "pages", pages },
                            { "skipped", skipped }, { "candidates", candidates } });
                });
            crawler->start(url);
        });

    server.route(M::Post, QStringLiteral("/api/v1/knowledge/import"), Access::Admin,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            const QJsonValue entriesValue = body->value(QLatin1String("entries"));
            if (!entriesValue.isArray() || entriesValue.toArray().isEmpty())
                return reply.invalid(
                    QStringLiteral("entries"), QStringLiteral("entries must be a non-empty array"));
            const QJsonArray entries = entriesValue.toArray();
            if (entries.size() > kMaxEntries)
                return reply.invalid(QStringLiteral("entries"),
                    QStringLiteral("at most %1 entries per import").arg(kMaxEntries));
            for (int i = 0; i < entries.size(); ++i) {
                if (!validImportEntry(entries.at(i), i, reply))
                    return;
            }
            ctx.write(reply, 201, [entries, user = req.user](storage::WriteTx &tx) -> QJsonValue {
                storage::KnowledgeStore store(tx.db());
                // Exact duplicates (same words, whatever the spacing or case) are skipped,
                // of existing entries and within the import.
                QHash<QString, QString> byText;
                storage::SqlQuery q(tx.db(), QStringLiteral("SELECT id, content FROM knowledge"));
                q.exec();
                while (q.next())
                    byText.insert(ai::ImportCandidates::normalised(q.value(1).toString()),
                        q.value(0).toString());
                QJsonArray imported, skipped;
                for (int i = 0; i < entries.size(); ++i) {
                    QJsonObject fields = entries.at(i).toObject();
                    const QString key
                        = ai::ImportCandidates::normalised(fields.value(u"content").toString());
                    if (byText.contains(key)) {
                        skipped.append(
                            QJsonObject { { "index", i }, { "title", fields.value(u"title") },
                                { "duplicateOf", byText.value(key) } });
                        continue;
                    }
                    for (const char *field : { "title", "content", "category" })
                        fields.insert(QLatin1String(field),
                            fields.value(QLatin1String(field)).toString().trimmed());
                    const QString id = store.insert(fields);
                    byText.insert(key, id);
                    const QJsonObject entry = store.get(id);
                    tx.recordChange(QStringLiteral("knowledge:created"), id, entry);
                    imported.append(entry);
                }
                storage::SettingsStore(tx.db()).audit(user.id, QStringLiteral("knowledge.import"),
                    {}, {},
                    QJsonObject { { "imported", imported.size() }, { "skipped", skipped.size() } });
                return QJsonObject { { "imported", imported }, { "skipped", skipped } };
            });
        });
}

} // namespace jack::gateway
