#pragma once
#include "ai/pipeline/stage.h"

#include <QElapsedTimer>

#include <memory>
#include <vector>

namespace jack::ai {

class OfflineEngine;
struct Turn;

//! The pipeline's synchronous stages in their order, each timed into the turn's record:
//! understanding (language → guest context → intent → knowledge) before the answer, checking
//! (guardrails → outbound language) after it. Used by the pipeline and its benchmark.
class PipelineStages {
public:
    explicit PipelineStages(const OfflineEngine &engine);
    ~PipelineStages();

    void understand(Turn &turn, const QSqlDatabase &db) const;
    void check(Turn &turn, const QSqlDatabase &db) const;
    //! Adds a step's time to the turn's record (milliseconds, two decimals).
    static void recordTime(Turn &turn, const QString &stage, const QElapsedTimer &timer);

private:
    static void run(
        const std::vector<std::unique_ptr<Stage>> &stages, Turn &turn, const QSqlDatabase &db);

    std::vector<std::unique_ptr<Stage>> m_understand;
    std::vector<std::unique_ptr<Stage>> m_check;
};

} // namespace jack::ai
