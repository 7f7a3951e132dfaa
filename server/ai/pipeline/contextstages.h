#pragma once
#include "ai/offlineengine.h"
#include "ai/pipeline/stage.h"

namespace jack::ai {

//! Names the guest's language locally (CLD2 and the lexicons); no model call.
class LanguageStage : public Stage {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("language"); }
    void run(Turn &turn, const QSqlDatabase &db) const override;
};

//! Loads what a reply may know about this guest: profile, stay, memories, the conversation so
//! far.
class GuestContextStage : public Stage {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("guest"); }
    void run(Turn &turn, const QSqlDatabase &db) const override;
};

//! The offline engine's reading of the message: intent, entities, its own answer and task.
//! Always runs, so a provider failure has a local answer to fall back on.
class IntentStage : public Stage {
public:
    explicit IntentStage(const OfflineEngine &engine)
        : m_engine(engine)
    {
    }
    [[nodiscard]] QString name() const override { return QStringLiteral("intent"); }
    void run(Turn &turn, const QSqlDatabase &db) const override;

private:
    const OfflineEngine &m_engine;
};

//! The hotel's knowledge entries that match the message, with their scores.
class KnowledgeStage : public Stage {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("knowledge"); }
    void run(Turn &turn, const QSqlDatabase &db) const override;
};

} // namespace jack::ai
