#include "knowledgeimport.h"

#include <QUrl>

namespace jack::desk {

KnowledgeImport::KnowledgeImport(QObject *parent)
    : QObject(parent)
    , m_candidates(new ImportCandidateModel(this))
{
}

void KnowledgeImport::setApi(ApiClient *api)
{
    if (m_api == api)
        return;
    m_api = api;
    Q_EMIT apiChanged();
}

bool KnowledgeImport::preview(const QString &address, int maxPages)
{
    if (!m_api || m_stage == Fetching || m_stage == Importing)
        return false;
    QString text = address.trimmed();
    if (!text.isEmpty() && !text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("https://"));
    const QUrl url(text);
    if (text.isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        setError(tr("Type the address of the hotel's website, e.g. https://www.your-hotel.com/"));
        return false;
    }
    setError({});
    setStage(Fetching);
    m_api->post(QStringLiteral("knowledge/import/preview"),
        { { "url", url.toString() }, { "maxPages", qBound(1, maxPages, 20) } }, this,
        [this](const ApiReply &reply) {
            if (!reply.ok()) {
                const QJsonObject details = reply.object()
                                                .value(QLatin1String("error"))
                                                .toObject()
                                                .value(QLatin1String("details"))
                                                .toObject();
                const QString reason = details.value(QLatin1String("reason")).toString();
                setError(reply.status == 0
                        ? tr("The hub cannot be reached. Try again when it is back.")
                        : reply.status == 403 ? tr("Only an admin can import from a website.")
                        : reply.status == 502
                        ? tr("The hub could not read that website: %1.")
                              .arg(reason.isEmpty() ? reply.errorMessage : reason)
                        : tr("That address was refused: %1.").arg(reply.errorMessage));
                setStage(Address);
                return;
            }
            const QJsonObject answer = reply.object();
            const int pages = int(answer.value(QLatin1String("pages")).toArray().size());
            const QJsonArray skipped = answer.value(QLatin1String("skipped")).toArray();
            QStringList reasons;
            for (const QJsonValue &s : skipped) {
                const QString reason = s.toObject().value(QLatin1String("reason")).toString();
                if (!reasons.contains(reason))
                    reasons.append(reason);
            }
            m_pagesText = skipped.isEmpty() ? tr("Read %1 page(s) of the website.").arg(pages)
                                            : tr("Read %1 page(s); skipped %2 (%3).")
                                                  .arg(pages)
                                                  .arg(skipped.size())
                                                  .arg(reasons.join(QStringLiteral(", ")));
            m_candidates->reset(answer.value(QLatin1String("candidates")).toArray());
            setStage(Review);
        });
    return true;
}

bool KnowledgeImport::importKept()
{
    if (!m_api || m_stage != Review)
        return false;
    const QJsonArray entries = m_candidates->keptEntries();
    if (entries.isEmpty()) {
        setError(tr("Tick at least one entry to import, or go back."));
        return false;
    }
    setError({});
    setStage(Importing);
    m_api->post(QStringLiteral("knowledge/import"), { { "entries", entries } }, this,
        [this](const ApiReply &reply) {
            if (!reply.ok()) {
                setError(reply.status == 0
                        ? tr("The hub cannot be reached; nothing was imported.")
                        : tr("The hub refused the import: %1. Fix the entry and try again.")
                              .arg(reply.errorMessage));
                setStage(Review);
                return;
            }
            const int stored
                = int(reply.object().value(QLatin1String("imported")).toArray().size());
            const int skipped
                = int(reply.object().value(QLatin1String("skipped")).toArray().size());
            m_resultText = skipped == 0
                ? tr("Imported %1 entries. Jack can answer from them now.").arg(stored)
                : tr("Imported %1 entries; %2 were already known and left out.")
                      .arg(stored)
                      .arg(skipped);
            setStage(Done);
            Q_EMIT imported(stored);
        });
    return true;
}

void KnowledgeImport::restart()
{
    if (m_stage == Fetching || m_stage == Importing)
        return;
    m_candidates->clear();
    m_pagesText.clear();
    m_resultText.clear();
    setError({});
    setStage(Address);
}

void KnowledgeImport::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged();
}

void KnowledgeImport::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace jack::desk
