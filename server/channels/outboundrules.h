#pragma once
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace jack::channels {

//! What a staff message becomes on its channel, decided before it is queued.
struct OutboundPlan {
    QString kind = QStringLiteral("text"); // text | media | template
    QJsonObject payload; // the outbox row's payload (template name/language/variables, media)
    QJsonObject meta; // the message's meta
    QString content; // the text stored and shown (a template's rendering, a caption…)
    QStringList mediaIds; // uploaded files (POST /api/v1/media) to attach to the message
};

//! Channel rules for a staff message, checked inside the write job so they see committed
//! state: the WhatsApp 24-hour window, template and media requests. Refusals throw
//! storage::JobError with a staff-readable message (nothing is queued).
class OutboundRules {
public:
    //! `body` is the POST /conversations/{id}/messages body; `conversation` its API shape.
    [[nodiscard]] static OutboundPlan plan(
        const QSqlDatabase &db, const QJsonObject &conversation, const QJsonObject &body);
};

} // namespace jack::channels
