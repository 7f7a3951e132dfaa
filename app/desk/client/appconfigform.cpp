#include "appconfigform.h"

#include "apiclient.h"
#include "appcatalogmodel.h"
#include "hubproblem.h"

#include <QJsonArray>

namespace jack::desk {

AppConfigForm::AppConfigForm(QObject *parent)
    : QObject(parent)
{
}

void AppConfigForm::setApi(ApiClient *api)
{
    if (m_api == api)
        return;
    m_api = api;
    Q_EMIT apiChanged();
    reload();
}

void AppConfigForm::setCatalog(AppCatalogModel *catalog)
{
    if (m_catalog == catalog)
        return;
    m_catalog = catalog;
    Q_EMIT catalogChanged();
}

void AppConfigForm::setAppId(const QString &id)
{
    if (m_appId == id)
        return;
    m_appId = id;
    Q_EMIT appIdChanged();
    ++m_generation;
    m_testResult.clear();
    Q_EMIT testResultChanged();
    setSavedMessage({});
    setErrors({}, {});
    // Show what the catalog already knows at once; the GET brings the freshest copy.
    if (m_catalog && m_catalog->indexOf(id) >= 0)
        load(QJsonObject::fromVariantMap(m_catalog->appAt(m_catalog->indexOf(id))));
    else
        load(QJsonObject { { "id", id } });
    reload();
}

QString AppConfigForm::name() const
{
    return m_app.value(QLatin1String("name")).toString();
}

QString AppConfigForm::category() const
{
    return m_app.value(QLatin1String("category")).toString();
}

bool AppConfigForm::builtIn() const
{
    return m_app.value(QLatin1String("status")).toString() == QLatin1String("ok");
}

void AppConfigForm::load(const QJsonObject &app)
{
    m_app = app;
    m_fields.clear();
    m_values.clear();
    const QJsonObject config = app.value(QLatin1String("config")).toObject();
    const QJsonArray schema = app.value(QLatin1String("configSchema")).toArray();
    for (const QJsonValue &entry : schema) {
        const QJsonObject f = entry.toObject();
        const QString key = f.value(QLatin1String("key")).toString();
        const bool secret = f.value(QLatin1String("secret")).toBool();
        const QString stored = config.value(key).toString();
        const QString fallback = f.value(QLatin1String("default")).toString();
        QString placeholder;
        if (secret)
            placeholder = stored.isEmpty()
                ? tr("Not set")
                : tr("Saved (%1). Type a new value to replace it.").arg(stored);
        else if (!fallback.isEmpty())
            placeholder = tr("Default: %1").arg(fallback);
        QVariantMap field = f.toVariantMap();
        field.insert(QStringLiteral("placeholder"), placeholder);
        field.insert(QStringLiteral("saved"), !stored.isEmpty());
        if (!field.contains(QStringLiteral("options")))
            field.insert(QStringLiteral("options"), QStringList());
        if (!field.contains(QStringLiteral("help")))
            field.insert(QStringLiteral("help"), QString());
        m_fields.append(field);
        // A secret never comes back into the form, not even masked.
        m_values.insert(key, secret ? QString() : stored);
    }
    m_savedValues = m_values;
    m_enabled = app.value(QLatin1String("enabled")).toBool();
    Q_EMIT loaded();
    Q_EMIT valuesChanged();
}

void AppConfigForm::setValue(const QString &key, const QVariant &value)
{
    const QString text = value.typeId() == QMetaType::Bool
        ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
        : value.toString();
    if (!m_values.contains(key) || m_values.value(key).toString() == text)
        return;
    m_values.insert(key, text);
    if (m_errors.contains(key)) {
        QVariantMap errors = m_errors;
        errors.remove(key);
        setErrors(errors, m_error);
    }
    setSavedMessage({});
    Q_EMIT valuesChanged();
}

void AppConfigForm::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    setSavedMessage({});
    Q_EMIT valuesChanged();
}

bool AppConfigForm::dirty() const
{
    return m_values != m_savedValues || m_enabled != m_app.value(QLatin1String("enabled")).toBool();
}

QJsonObject AppConfigForm::changes() const
{
    QJsonObject config;
    for (const QVariant &entry : m_fields) {
        const QVariantMap field = entry.toMap();
        const QString key = field.value(QStringLiteral("key")).toString();
        const QString value = m_values.value(key).toString().trimmed();
        if (field.value(QStringLiteral("secret")).toBool()) {
            // Empty keeps the saved secret; only a typed one is sent.
            if (!value.isEmpty())
                config.insert(key, value);
        } else if (value != m_savedValues.value(key).toString()) {
            config.insert(key, value);
        }
    }
    return { { "enabled", m_enabled }, { "config", config } };
}

QString AppConfigForm::labelOf(const QString &key) const
{
    for (const QVariant &entry : m_fields) {
        const QVariantMap field = entry.toMap();
        if (field.value(QStringLiteral("key")).toString() == key)
            return field.value(QStringLiteral("label")).toString();
    }
    return key;
}

bool AppConfigForm::save()
{
    if (!m_api || m_appId.isEmpty() || m_busy)
        return false;
    setBusy(true, false);
    setErrors({}, {});
    setSavedMessage({});
    const quint64 generation = m_generation;
    m_api->put(QStringLiteral("apps/%1").arg(m_appId), changes(), this,
        [this, generation](const ApiReply &reply) {
            if (generation != m_generation)
                return;
            setBusy(false, false);
            if (reply.ok()) {
                load(reply.object());
                if (m_catalog)
                    m_catalog->upsert(reply.object());
                setSavedMessage(tr("Saved."));
                Q_EMIT saved();
                return;
            }
            const QString key = HubProblem::field(reply, QStringLiteral("config."));
            if (!key.isEmpty() && m_values.contains(key))
                setErrors(
                    { { key, HubProblem::withLabel(reply.errorMessage, key, labelOf(key)) } }, {});
            else
                setErrors({}, HubProblem::sentence(reply));
        });
    return true;
}

void AppConfigForm::test()
{
    if (!m_api || m_appId.isEmpty() || m_testing)
        return;
    setBusy(m_busy, true);
    m_testResult.clear();
    Q_EMIT testResultChanged();
    const quint64 generation = m_generation;
    m_api->post(QStringLiteral("apps/%1/test").arg(m_appId), {}, this,
        [this, generation](const ApiReply &reply) {
            if (generation != m_generation)
                return;
            setBusy(m_busy, false);
            const QJsonObject answer = reply.object();
            if (reply.ok()) {
                m_testResult = {
                    { QStringLiteral("ok"), answer.value(QLatin1String("ok")).toBool() },
                    { QStringLiteral("message"),
                        HubProblem::plain(answer.value(QLatin1String("message")).toString()) },
                    { QStringLiteral("latencyMs"),
                        answer.value(QLatin1String("latencyMs")).toInteger() },
                };
            } else {
                m_testResult = { { QStringLiteral("ok"), false },
                    { QStringLiteral("message"),
                        reply.status == 403 ? tr("Only a manager or an admin can run a test.")
                                            : HubProblem::sentence(reply) },
                    { QStringLiteral("latencyMs"), 0 } };
            }
            Q_EMIT testResultChanged();
        });
}

void AppConfigForm::reload()
{
    if (!m_api || m_appId.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_api->get(QStringLiteral("apps/%1").arg(m_appId), {}, this,
        [this, generation](const ApiReply &reply) {
            if (generation != m_generation || m_busy)
                return;
            if (reply.ok()) {
                // Keep what the admin is typing; a fresh copy only fills an untouched form.
                if (!dirty() && reply.object() != m_app)
                    load(reply.object());
            } else {
                setErrors(m_errors, HubProblem::sentence(reply));
            }
        });
}

void AppConfigForm::setBusy(bool busy, bool testing)
{
    if (m_busy == busy && m_testing == testing)
        return;
    m_busy = busy;
    m_testing = testing;
    Q_EMIT busyChanged();
}

void AppConfigForm::setErrors(const QVariantMap &errors, const QString &error)
{
    if (m_errors == errors && m_error == error)
        return;
    m_errors = errors;
    m_error = error;
    Q_EMIT errorsChanged();
}

void AppConfigForm::setSavedMessage(const QString &message)
{
    if (m_savedMessage == message)
        return;
    m_savedMessage = message;
    Q_EMIT savedMessageChanged();
}

} // namespace jack::desk
