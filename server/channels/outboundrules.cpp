#include "channels/outboundrules.h"

#include "storage/writequeue.h"

namespace jack::channels {

OutboundPlan OutboundRules::plan(
    const QSqlDatabase &db, const QJsonObject &conversation, const QJsonObject &body)
{
    Q_UNUSED(db);
    Q_UNUSED(conversation);
    OutboundPlan plan;
    plan.content = body.value(QLatin1String("content")).toString().trimmed();
    if (plan.content.isEmpty())
        throw storage::JobError(400, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("content is required"), QStringLiteral("content"));
    return plan;
}

} // namespace jack::channels
