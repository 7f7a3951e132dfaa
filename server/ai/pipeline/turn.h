#pragma once
#include "ai/classification.h"
#include "ai/knowledgesearch.h"
#include "ai/replycomposer.h"
#include "storage/conversationstore.h"
#include "storage/outcomestore.h"
#include "storage/taskstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace jack::ai {

//! Another guest staying now: what a reply must never reveal.
struct OtherGuest {
    QString name;
    QString room;
};

//! Who the guest is, as far as a reply may use it: their own profile, stay, memories and the
//! conversation so far.
struct GuestContext {
    QString guestId;
    QString name;
    bool vip = false;
    QJsonObject reservation; //!< room, arrival, departure, status; empty when none
    QString room; //!< the in-house room, else empty
    QJsonArray memories; //!< [{category, fact}]
    QList<QJsonObject> history; //!< earlier messages of the conversation, oldest first
    //! For the guardrails only, read by them when a model wrote the reply; never shown to it.
    QList<OtherGuest> others;
};

//! The reply and actions an answerer decided on.
struct TurnAnswer {
    QString provider = QStringLiteral("offline");
    QString model;
    Classification classification;
    QString reply;
    QList<storage::NewTask> tasks;
    bool handoff = false;
    QString escalationReason;
    QString translation; //!< the guest's message in the hotel's language, when it differs
    QString replyTranslation; //!< the reply in the hotel's language, when it differs
    int inputTokens = 0, outputTokens = 0;
    double costUsd = 0.0;
    qint64 providerMs = 0;
};

//! One guest message on its way through the pipeline's stages: what each stage found and
//! decided, and how long it took.
struct Turn {
    QString messageId;
    QString text;
    storage::ConversationRecord conversation;
    HotelInfo hotel;
    QString hotelLanguage = QStringLiteral("en");
    QString smsBudget; //!< segments an SMS reply may use; empty for other channels

    QString language;
    GuestContext guest;
    OfflineAnswer offline; //!< the offline engine's view: intent, local answer, task
    QList<KnowledgeHit> knowledge;

    TurnAnswer answer;
    QString fallbackReason; //!< why the configured provider's answer was not used
    QJsonArray guardrailFindings;
    QJsonArray stages; //!< [{name, ms}]
    QList<storage::UsageRecord> usage; //!< model calls made for this message

    //! The reply is meant for the guest: set false when a person is in charge.
    bool autoReply = true;
};

} // namespace jack::ai
