#pragma once
#include "ai/classification.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace jack::ai {

//! Lexicon-based intent classification: topic words decide what the message is about, question,
//! request and problem cues decide what the guest wants done about it (so "what is the wifi
//! password" is inquiry.wifi but "the wifi is not working" is request.maintenance.wifi).
class IntentClassifier {
public:
    IntentClassifier();

    [[nodiscard]] Classification classify(const QString &text) const;
    //! As classify(text); now (the hotel's local time) resolves "tomorrow at 7" into dueAt.
    [[nodiscard]] Classification classify(const QString &text, const QDateTime &now) const;

    //! Fills department, priority, requiresAction and escalate from intent and confidence, as
    //! INTENTS.md routes them; usable for intents an AI provider returned.
    static void route(Classification &classification);
    //! Every intent name of INTENTS.md.
    [[nodiscard]] static QStringList intents();
};

} // namespace jack::ai
