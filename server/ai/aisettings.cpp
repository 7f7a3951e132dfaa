#include "ai/aisettings.h"

#include "storage/settingsstore.h"

#include <QStringList>

namespace jack::ai {

namespace {
const QStringList kAnswering { QStringLiteral("offline"), QStringLiteral("anthropic"),
    QStringLiteral("openai"), QStringLiteral("ollama") };
// Anthropic has no embeddings endpoint.
const QStringList kEmbedding { QStringLiteral("none"), QStringLiteral("openai"),
    QStringLiteral("ollama") };
} // namespace

QJsonObject AiSettings::toJson() const
{
    return QJsonObject { { QStringLiteral("provider"), provider },
        { QStringLiteral("embeddingProvider"), embeddingProvider },
        { QStringLiteral("translate"), translate } };
}

AiSettings AiSettings::load(const QSqlDatabase &db)
{
    const QJsonObject stored = storage::SettingsStore(db).json(QString::fromLatin1(key));
    AiSettings s;
    const QString provider = stored.value(QLatin1String("provider")).toString();
    if (kAnswering.contains(provider))
        s.provider = provider;
    const QString embedding = stored.value(QLatin1String("embeddingProvider")).toString();
    if (kEmbedding.contains(embedding))
        s.embeddingProvider = embedding;
    s.translate = stored.value(QLatin1String("translate")).toBool(true);
    return s;
}

QString AiSettings::check(const QString &field, const QJsonValue &value)
{
    if (field == QLatin1String("provider")) {
        if (!kAnswering.contains(value.toString()))
            return QStringLiteral("choose one of %1").arg(kAnswering.join(QStringLiteral(", ")));
    } else if (field == QLatin1String("embeddingProvider")) {
        if (!kEmbedding.contains(value.toString()))
            return QStringLiteral("choose one of %1 (Anthropic has no embeddings)")
                .arg(kEmbedding.join(QStringLiteral(", ")));
    } else if (field == QLatin1String("translate")) {
        if (!value.isBool())
            return QStringLiteral("translate must be true or false");
    } else {
        return QStringLiteral("unknown setting '%1'").arg(field);
    }
    return {};
}

} // namespace jack::ai
