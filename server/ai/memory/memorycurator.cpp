#include "ai/memory/memorycurator.h"

#include "ai/memory/factkey.h"
#include "ai/memory/privacyfilter.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace jack::ai {

QString MemoryCurator::problem(const MemoryFact &fact)
{
    const QString text = fact.fact.simplified();
    if (text.isEmpty() || FactKey::of(text).isEmpty())
        return QStringLiteral("the fact is empty");
    if (text.size() > kMaxFactChars)
        return QStringLiteral("the fact is longer than %1 characters").arg(kMaxFactChars);
    const PrivacyRisk risk = PrivacyFilter::assess(text);
    if (risk != PrivacyRisk::None)
        return QStringLiteral("guest memory may not hold %1").arg(PrivacyFilter::describe(risk));
    return {};
}

QList<MemoryFact> MemoryCurator::curate(const QList<MemoryFact> &facts)
{
    QList<MemoryFact> kept;
    QHash<QString, qsizetype> byKey;
    for (MemoryFact fact : facts) {
        fact.fact = fact.fact.simplified();
        fact.confidence
            = std::isfinite(fact.confidence) ? std::clamp(fact.confidence, 0.0, 1.0) : 0.5;
        if (!problem(fact).isEmpty())
            continue;
        const QString key = FactKey::of(fact.fact);
        const auto seen = byKey.constFind(key);
        if (seen == byKey.constEnd()) {
            byKey.insert(key, kept.size());
            kept.append(fact);
        } else if (fact.confidence > kept[*seen].confidence) {
            kept[*seen].confidence = fact.confidence;
        }
    }
    return kept;
}

} // namespace jack::ai
