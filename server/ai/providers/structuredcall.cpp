#include "ai/providers/structuredcall.h"

#include "ai/aisettings.h"
#include "ai/providers/httpllmprovider.h"
#include "ai/providers/providerfactory.h"
#include "storage/outcomestore.h"
#include "storage/writequeue.h"

#include <QJsonDocument>
#include <QPointer>

namespace jack::ai {

storage::UsageRecord StructuredCall::usageOf(const QString &provider, const QString &model,
    const QString &purpose, const LlmResult &result, const LlmProviderConfig &config)
{
    storage::UsageRecord usage;
    usage.provider = provider;
    usage.model = model;
    usage.purpose = purpose;
    usage.ok = result.ok;
    usage.inputTokens = result.inputTokens;
    usage.outputTokens = result.outputTokens;
    usage.costUsd = config.costOf(result.inputTokens, result.outputTokens);
    usage.latencyMs = result.latencyMs;
    usage.error = result.error;
    return usage;
}

QString StructuredCall::configuredProvider(const QSqlDatabase &db)
{
    const QString provider = AiSettings::load(db).provider;
    return isLlmProviderApp(provider) ? provider : QString();
}

bool StructuredCall::startText(const QSqlDatabase &db, const ops::SecretStore &secrets,
    QNetworkAccessManager *network, storage::WriteQueue *writer, QObject *context,
    const QString &purpose, LlmRequest request, TextDone done)
{
    const QString appId = configuredProvider(db);
    if (appId.isEmpty())
        return false;
    const LlmProviderConfig config = LlmProviderConfig::load(db, secrets, appId);
    HttpLlmProvider *provider = createLlmProvider(appId, config, network, context);
    if (request.model.isEmpty())
        request.model = config.model;
    QPointer<QObject> guard(context);
    provider->chat(request,
        [provider, guard, writer, appId, config, purpose, model = request.model, done](
            const LlmResult &result) {
            provider->deleteLater();
            const storage::UsageRecord usage = usageOf(appId, model, purpose, result, config);
            if (writer) {
                writer->submit(
                    [usage](storage::WriteTx &tx) -> QJsonValue {
                        storage::OutcomeStore(tx.db()).recordUsage(usage);
                        return {};
                    },
                    nullptr, {}, storage::WriteQueue::Lane::Background);
            }
            if (guard)
                done(result, appId);
        });
    return true;
}

bool StructuredCall::start(const QSqlDatabase &db, const ops::SecretStore &secrets,
    QNetworkAccessManager *network, storage::WriteQueue *writer, QObject *context,
    const QString &purpose, LlmRequest request, Done done)
{
    const QString model = request.model;
    return startText(db, secrets, network, writer, context, purpose, std::move(request),
        [done, model](const LlmResult &result, const QString &provider) {
            Result out;
            out.provider = provider;
            out.model = model;
            if (!result.ok) {
                out.problem = result.error;
            } else {
                out.object = objectIn(result.text, &out.problem);
                out.ok = !out.object.isEmpty();
                if (!out.ok && out.problem.isEmpty())
                    out.problem = QStringLiteral("the answer was an empty object");
            }
            done(out);
        });
}

QJsonObject StructuredCall::objectIn(const QString &text, QString *problem)
{
    const qsizetype begin = text.indexOf(u'{');
    const qsizetype end = text.lastIndexOf(u'}');
    if (begin < 0 || end <= begin) {
        *problem = QStringLiteral("the answer held no JSON object");
        return {};
    }
    QJsonParseError error {};
    const QJsonDocument doc
        = QJsonDocument::fromJson(text.mid(begin, end - begin + 1).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *problem = QStringLiteral("the answer was not valid JSON (%1)").arg(error.errorString());
        return {};
    }
    return doc.object();
}

} // namespace jack::ai
