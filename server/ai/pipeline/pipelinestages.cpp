#include "ai/pipeline/pipelinestages.h"

#include "ai/pipeline/contextstages.h"
#include "ai/pipeline/guardrails.h"
#include "ai/pipeline/turn.h"

#include <QElapsedTimer>

namespace jack::ai {

PipelineStages::PipelineStages(const OfflineEngine &engine)
{
    m_understand.push_back(std::make_unique<LanguageStage>());
    m_understand.push_back(std::make_unique<GuestContextStage>());
    m_understand.push_back(std::make_unique<IntentStage>(engine));
    m_understand.push_back(std::make_unique<KnowledgeStage>());
    m_check.push_back(std::make_unique<GuardrailStage>());
    m_check.push_back(std::make_unique<OutboundLanguageStage>());
}

PipelineStages::~PipelineStages() = default;

void PipelineStages::understand(Turn &turn, const QSqlDatabase &db) const
{
    run(m_understand, turn, db);
}

void PipelineStages::check(Turn &turn, const QSqlDatabase &db) const
{
    run(m_check, turn, db);
}

void PipelineStages::run(
    const std::vector<std::unique_ptr<Stage>> &stages, Turn &turn, const QSqlDatabase &db)
{
    for (const auto &stage : stages) {
        QElapsedTimer timer;
        timer.start();
        stage->run(turn, db);
        recordTime(turn, stage->name(), timer);
    }
}

void PipelineStages::recordTime(Turn &turn, const QString &stage, const QElapsedTimer &timer)
{
    turn.stages.append(QJsonObject {
        { "name", stage }, { "ms", qRound(timer.nsecsElapsed() / 10000.0) / 100.0 } });
}

} // namespace jack::ai
