#pragma once
#include <QSqlDatabase>
#include <QString>

namespace jack::ai {

struct Turn;

//! One synchronous step of the pipeline (language, guest context, intent, knowledge,
//! guardrails, outbound language). Reads with the AI thread's connection; never writes.
class Stage {
public:
    virtual ~Stage() = default;
    //! Short name shown in the outcome record ("language", "knowledge"…).
    [[nodiscard]] virtual QString name() const = 0;
    virtual void run(Turn &turn, const QSqlDatabase &db) const = 0;
};

} // namespace jack::ai
