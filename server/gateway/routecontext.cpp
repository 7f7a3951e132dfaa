#include "gateway/routecontext.h"

#include "storage/settingsstore.h"

#include <QJsonDocument>

namespace jack::gateway {

const channels::WhatsAppConfig &RouteContext::whatsApp() const
{
    if (!m_whatsApp)
        m_whatsApp = channels::WhatsAppConfig::load(storage::SettingsStore(db()), *secrets);
    return *m_whatsApp;
}

void RouteContext::write(const Reply &reply, int successStatus, storage::WriteQueue::Job job,
    std::function<void()> afterCommit) const
{
    writer->submit(std::move(job), context,
        [reply, successStatus, afterCommit = std::move(afterCommit)](
            const storage::WriteResult &r) {
            if (r.ok) {
                if (afterCommit)
                    afterCommit();
                reply.json(successStatus, r.value);
                return;
            }
            if (r.status == 400) {
                reply.invalid(r.field, r.message);
                return;
            }
            reply.error(r.status, r.code, r.message);
        });
}

std::optional<QJsonObject> Input::object(const Request &request, const Reply &reply)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        reply.error(400, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("the body is not valid JSON: ") + error.errorString(),
            { { "field", "body" }, { "offset", error.offset } });
        return std::nullopt;
    }
    if (!doc.isObject()) {
        reply.invalid(QStringLiteral("body"), QStringLiteral("the body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QString> Input::text(
    const QJsonObject &body, const QString &field, const Reply &reply)
{
    const QJsonValue v = body.value(field);
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
        reply.invalid(
            field, QStringLiteral("'%1' is required and must be a non-empty string").arg(field));
        return std::nullopt;
    }
    return v.toString();
}

bool Input::paging(const Request &request, const Reply &reply, int *limit, int *offset)
{
    *limit = 50;
    *offset = 0;
    bool ok = true;
    const QString l = request.queryValue(QStringLiteral("limit"));
    const QString o = request.queryValue(QStringLiteral("offset"));
    if (!l.isEmpty()) {
        *limit = l.toInt(&ok);
        if (!ok || *limit < 1 || *limit > 500) {
            reply.invalid(QStringLiteral("limit"), QStringLiteral("limit must be 1 to 500"));
            return false;
        }
    }
    if (!o.isEmpty()) {
        *offset = o.toInt(&ok);
        if (!ok || *offset < 0) {
            reply.invalid(QStringLiteral("offset"), QStringLiteral("offset must be 0 or more"));
            return false;
        }
    }
    return true;
}

} // namespace jack::gateway
