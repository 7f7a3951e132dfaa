#include "outcomeexplanation.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace jack::desk {

namespace {

// The translation context, the same for lupdate and at run time (see wording.cpp).
struct OutcomeWords {
    Q_DECLARE_TR_FUNCTIONS(OutcomeWords)
};

QString providerName(const QString &id)
{
    if (id == QLatin1String("offline"))
        return OutcomeWords::tr("Jack's offline engine");
    if (id == QLatin1String("anthropic"))
        return QStringLiteral("Anthropic");
    if (id == QLatin1String("openai"))
        return QStringLiteral("OpenAI");
    if (id == QLatin1String("ollama"))
        return QStringLiteral("Ollama");
    return id;
}

QVariantMap row(const QString &label, const QString &value)
{
    return QVariantMap { { QStringLiteral("label"), label }, { QStringLiteral("value"), value } };
}

} // namespace

QVariantMap OutcomeExplanation::build(const QJsonObject &o, bool aboutReply)
{
    const QString provider = o.value(QLatin1String("provider")).toString();
    const QString model = o.value(QLatin1String("model")).toString();
    const bool handoff = o.value(QLatin1String("decision")).toString() == QLatin1String("handoff");
    const QString fallback = o.value(QLatin1String("fallbackReason")).toString();
    const QString escalation = o.value(QLatin1String("escalationReason")).toString();

    QString headline;
    if (handoff)
        headline = OutcomeWords::tr("Jack handed this conversation to a person");
    else if (!o.value(QLatin1String("replied")).toBool())
        headline = OutcomeWords::tr("Jack stayed quiet: a person is handling this conversation");
    else
        headline = OutcomeWords::tr("Jack answered on his own");

    QVariantList rows;
    rows << row(OutcomeWords::tr("Answered by"),
        model.isEmpty() ? providerName(provider)
                        : QStringLiteral("%1 (%2)").arg(providerName(provider), model));
    rows << row(OutcomeWords::tr("Understood as"),
        QStringLiteral("%1 · %2%")
            .arg(o.value(QLatin1String("intent")).toString())
            .arg(qRound(o.value(QLatin1String("confidence")).toDouble() * 100)));
    rows << row(OutcomeWords::tr("Language"), o.value(QLatin1String("language")).toString());
    if (handoff && !escalation.isEmpty())
        rows << row(OutcomeWords::tr("Why a person"), escalation);
    if (!fallback.isEmpty())
        rows << row(OutcomeWords::tr("Fallback"), fallback);
    const QJsonObject tokens = o.value(QLatin1String("tokens")).toObject();
    const int input = tokens.value(QLatin1String("input")).toInt();
    const int output = tokens.value(QLatin1String("output")).toInt();
    if (input + output > 0)
        rows << row(OutcomeWords::tr("Cost"),
            OutcomeWords::tr("%1 tokens in, %2 out, about $%3")
                .arg(input)
                .arg(output)
                .arg(o.value(QLatin1String("estimatedCostUsd")).toDouble(), 0, 'f', 4));
    double pipelineMs = 0;
    QStringList stages;
    for (const QJsonValue &v : o.value(QLatin1String("stages")).toArray()) {
        const QJsonObject stage = v.toObject();
        const double ms = stage.value(QLatin1String("ms")).toDouble();
        if (stage.value(QLatin1String("name")).toString() != QLatin1String("reply"))
            pipelineMs += ms;
        stages << QStringLiteral("%1 %2 ms")
                      .arg(stage.value(QLatin1String("name")).toString())
                      .arg(ms, 0, 'f', ms < 10 ? 2 : 0);
    }
    const qint64 providerMs = o.value(QLatin1String("providerMs")).toInteger();
    rows << row(OutcomeWords::tr("Time"),
        providerMs > 0 ? OutcomeWords::tr("%1 ms waiting for %2, %3 ms in Jack")
                             .arg(providerMs)
                             .arg(providerName(provider))
                             .arg(pipelineMs, 0, 'f', 1)
                       : OutcomeWords::tr("%1 ms").arg(pipelineMs, 0, 'f', 1));

    QVariantList knowledge;
    for (const QJsonValue &v : o.value(QLatin1String("knowledge")).toArray()) {
        const QJsonObject hit = v.toObject();
        knowledge << QStringLiteral("%1 (%2) · %3")
                         .arg(hit.value(QLatin1String("title")).toString(),
                             hit.value(QLatin1String("category")).toString())
                         .arg(hit.value(QLatin1String("score")).toDouble(), 0, 'f', 2);
    }
    QVariantList guardrails;
    for (const QJsonValue &v : o.value(QLatin1String("guardrails")).toArray())
        guardrails << v.toObject().value(QLatin1String("detail")).toString();

    return QVariantMap {
        { QStringLiteral("title"),
            aboutReply ? OutcomeWords::tr("Why did Jack say this?")
                       : OutcomeWords::tr("How Jack read this message") },
        { QStringLiteral("headline"), headline },
        { QStringLiteral("handoff"), handoff },
        { QStringLiteral("rows"), rows },
        { QStringLiteral("knowledge"), knowledge },
        { QStringLiteral("guardrails"), guardrails },
        { QStringLiteral("stages"), stages.join(QStringLiteral(" · ")) },
    };
}

} // namespace jack::desk
