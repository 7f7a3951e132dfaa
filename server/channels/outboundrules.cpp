#include "channels/outboundrules.h"

#include "channels/whatsapp/whatsapptemplates.h"
#include "core/servicewindow.h"
#include "storage/mediastore.h"
#include "storage/settingsstore.h"
#include "storage/writequeue.h"

#include <QJsonArray>

namespace jack::channels {

namespace {
constexpr int kMaxCaptionChars = 1024; // Meta's limit for a media caption
constexpr int kMaxVariableChars = 1024; // and for one template parameter

[[noreturn]] void refuse(const QString &field, const QString &message)
{
    throw storage::JobError(400, QStringLiteral("VALIDATION_ERROR"), message, field);
}

OutboundPlan templatePlan(const QSqlDatabase &db, const QJsonObject &request)
{
    const QString name = request.value(QLatin1String("name")).toString().trimmed();
    const QString language = request.value(QLatin1String("language")).toString().trimmed();
    if (name.isEmpty())
        refuse(QStringLiteral("template.name"), QStringLiteral("template.name is required"));
    const QJsonValue variablesValue = request.value(QLatin1String("variables"));
    if (!variablesValue.isUndefined() && !variablesValue.isArray())
        refuse(QStringLiteral("template.variables"),
            QStringLiteral("template.variables must be an array of texts"));
    QStringList variables;
    for (const QJsonValue &v : variablesValue.toArray()) {
        // Meta refuses empty parameters and ones with newlines (132018).
        const QString text = v.toString().simplified();
        if (!v.isString() || text.isEmpty() || text.size() > kMaxVariableChars)
            refuse(QStringLiteral("template.variables"),
                QStringLiteral("each template variable must be a non-empty text of at most %1 "
                               "characters")
                    .arg(kMaxVariableChars));
        variables.append(text);
    }
    bool enabled = false;
    const auto templates
        = WhatsAppTemplates::parse(storage::SettingsStore(db)
                                       .appConfig(QStringLiteral("whatsapp"), &enabled)
                                       .value(QLatin1String("templates"))
                                       .toString());
    const auto found = WhatsAppTemplates::find(templates, name, language);
    if (!found)
        refuse(QStringLiteral("template.name"),
            QStringLiteral("no approved template named '%1'%2 in the WhatsApp settings")
                .arg(name,
                    language.isEmpty() ? QString()
                                       : QStringLiteral(" in language '%1'").arg(language)));
    if (variables.size() != found->variables)
        refuse(QStringLiteral("template.variables"),
            QStringLiteral("template '%1' needs %2 variables, %3 given")
                .arg(name)
                .arg(found->variables)
                .arg(variables.size()));
    const QJsonObject t { { "name", found->name }, { "language", found->language },
        { "variables", QJsonArray::fromStringList(variables) } };
    OutboundPlan plan;
    plan.kind = QStringLiteral("template");
    plan.payload = { { "template", t } };
    plan.meta = { { "template", t } };
    plan.content = found->render(variables);
    return plan;
}

OutboundPlan mediaPlan(const QSqlDatabase &db, const QJsonObject &request, const QString &caption)
{
    const QString id = request.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        refuse(QStringLiteral("media.id"),
            QStringLiteral("media.id is required (upload the file with POST /api/v1/media)"));
    const auto media = storage::MediaStore(db).get(id);
    if (!media || media->direction != QLatin1String("outbound")
        || media->status != QLatin1String("stored"))
        refuse(QStringLiteral("media.id"), QStringLiteral("no uploaded file with that id"));
    if (!media->messageId.isEmpty())
        refuse(QStringLiteral("media.id"),
            QStringLiteral("that file was already sent; upload it again to send it again"));
    if (caption.size() > kMaxCaptionChars)
        refuse(QStringLiteral("content"),
            QStringLiteral("a caption is limited to %1 characters").arg(kMaxCaptionChars));
    OutboundPlan plan;
    plan.kind = QStringLiteral("media");
    plan.payload = { { "media",
        QJsonObject { { "id", media->id }, { "kind", media->kind }, { "caption", caption } } } };
    // The stored text says what went out even without a caption.
    const QString label = QStringLiteral("[%1 %2]").arg(media->kind, media->fileName);
    plan.content = caption.isEmpty() ? label : caption;
    plan.mediaIds = { media->id };
    return plan;
}
} // namespace

OutboundPlan OutboundRules::plan(
    const QSqlDatabase &db, const QJsonObject &conversation, const QJsonObject &body)
{
    const QString channel = conversation.value(QLatin1String("channel")).toString();
    const bool whatsApp = channel == QLatin1String("whatsapp");
    const QString content = body.value(QLatin1String("content")).toString().trimmed();
    const QJsonValue templateValue = body.value(QLatin1String("template"));
    const QJsonValue mediaValue = body.value(QLatin1String("media"));
    const bool wantsTemplate = !templateValue.isUndefined() && !templateValue.isNull();
    const bool wantsMedia = !mediaValue.isUndefined() && !mediaValue.isNull();

    if (wantsTemplate && wantsMedia)
        refuse(QStringLiteral("template"), QStringLiteral("send a template or a file, not both"));
    if ((wantsTemplate || wantsMedia) && !whatsApp)
        refuse(wantsTemplate ? QStringLiteral("template") : QStringLiteral("media"),
            QStringLiteral("%1 can only be sent on WhatsApp (this conversation is on %2)")
                .arg(wantsTemplate ? QStringLiteral("templates") : QStringLiteral("files"),
                    channel));
    if (wantsTemplate) {
        if (!templateValue.isObject())
            refuse(QStringLiteral("template"),
                QStringLiteral("template must be {\"name\",\"language\",\"variables\"}"));
        // Templates are how the hotel reaches a guest after the 24-hour window.
        return templatePlan(db, templateValue.toObject());
    }
    if (whatsApp
        && !core::ServiceWindow::isOpen(
            conversation.value(QLatin1String("lastGuestMessageAt")).toString()))
        throw storage::JobError(409, QStringLiteral("WINDOW_CLOSED"),
            QStringLiteral("The guest's last WhatsApp message is more than 24 hours old: "
                           "WhatsApp only lets an approved template through now. Send a "
                           "template instead."),
            QStringLiteral("content"));
    if (wantsMedia) {
        if (!mediaValue.isObject())
            refuse(QStringLiteral("media"), QStringLiteral("media must be {\"id\"}"));
        return mediaPlan(db, mediaValue.toObject(), content);
    }
    OutboundPlan plan;
    plan.content = content;
    if (plan.content.isEmpty())
        throw storage::JobError(400, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("content is required"), QStringLiteral("content"));
    return plan;
}

} // namespace jack::channels
