#pragma once
#include "ai/pipeline/turn.h"
#include "ai/providers/llmprovider.h"

#include <QObject>
#include <functional>

class QNetworkAccessManager;

namespace jack::ai {

class HttpLlmProvider;

//! The offline engine's reading of the turn as its answer.
[[nodiscard]] TurnAnswer offlineAnswerOf(const Turn &turn);

//! Replaces the turn's answer with a safe one when the provider's cannot be used (`reason`):
//! the offline engine's answer when it is confident, otherwise a holding reply in the guest's
//! language and a person. The tasks the offline engine would open are kept either way.
void fallBack(Turn &turn, const QString &reason);

//! Answers a turn with one structured call to a language model; falls back (see fallBack)
//! when the call fails, times out, the provider is paused, or the answer is malformed.
class LlmAnswerer : public QObject {
    Q_OBJECT
public:
    LlmAnswerer(const QString &appId, const LlmProviderConfig &config,
        QNetworkAccessManager *network, QObject *parent = nullptr);

    [[nodiscard]] QString appId() const { return m_appId; }
    [[nodiscard]] const LlmProviderConfig &config() const { return m_config; }
    //! The underlying client (tests move its clock; the pipeline reads its breaker).
    [[nodiscard]] HttpLlmProvider *provider() const { return m_provider; }

    //! Calls waiting for the provider (an answerer replaced meanwhile lives until they end).
    [[nodiscard]] int inFlight() const { return m_inFlight; }
    //! `done` is called exactly once, in this object's thread, with the answered turn.
    void answer(Turn turn, std::function<void(Turn)> done);

Q_SIGNALS:
    //! Every call's result, for the health page: ok, or why not.
    void callFinished(bool ok, const QString &error);

private:
    QString m_appId;
    LlmProviderConfig m_config;
    HttpLlmProvider *m_provider;
    int m_inFlight = 0;
};

} // namespace jack::ai
