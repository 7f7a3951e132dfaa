#include "hotelsettingsform.h"

#include "apiclient.h"
#include "hubproblem.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace jack::desk {

namespace {
// The hub's plain text fields, sent as they are ("" removes one).
const QStringList kText { QStringLiteral("name"), QStringLiteral("address"),
    QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("website"),
    QStringLiteral("timezone"), QStringLiteral("checkInTime"), QStringLiteral("checkOutTime"),
    QStringLiteral("publicBaseUrl"), QStringLiteral("outOfHoursReply") };
const QString kLanguages = QStringLiteral("languages");
const QString kOpens = QStringLiteral("opensAt");
const QString kCloses = QStringLiteral("closesAt");
const QString kHours = QStringLiteral("businessHours");
} // namespace

HotelSettingsForm::HotelSettingsForm(QObject *parent)
    : QObject(parent)
{
}

void HotelSettingsForm::setApi(ApiClient *api)
{
    if (m_api == api)
        return;
    m_api = api;
    Q_EMIT apiChanged();
    reload();
}

void HotelSettingsForm::load(const QJsonObject &hotel)
{
    QVariantMap values;
    for (const QString &key : kText)
        values.insert(key, hotel.value(key).toString());
    QStringList languages;
    for (const QJsonValue &language : hotel.value(kLanguages).toArray())
        languages.append(language.toString());
    values.insert(kLanguages, languages.join(QStringLiteral(", ")));
    const QJsonObject hours = hotel.value(kHours).toObject();
    values.insert(kOpens, hours.value(QLatin1String("open")).toString());
    values.insert(kCloses, hours.value(QLatin1String("close")).toString());
    m_values = values;
    m_saved = values;
    Q_EMIT valuesChanged();
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loadedChanged();
    }
}

QJsonObject HotelSettingsForm::changes() const
{
    QJsonObject body;
    auto changed = [this](const QString &key) {
        return m_values.value(key).toString().trimmed() != m_saved.value(key).toString().trimmed();
    };
    for (const QString &key : kText) {
        if (changed(key))
            body.insert(key, m_values.value(key).toString().trimmed());
    }
    if (changed(kLanguages)) {
        static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
        const QStringList codes
            = m_values.value(kLanguages).toString().toLower().split(separators, Qt::SkipEmptyParts);
        body.insert(kLanguages, QJsonArray::fromStringList(codes));
    }
    if (changed(kOpens) || changed(kCloses)) {
        const QString opens = m_values.value(kOpens).toString().trimmed();
        const QString closes = m_values.value(kCloses).toString().trimmed();
        // Both empty: the desk is always staffed.
        body.insert(kHours,
            opens.isEmpty() && closes.isEmpty()
                ? QJsonValue()
                : QJsonValue(QJsonObject { { "open", opens }, { "close", closes } }));
    }
    return body;
}

void HotelSettingsForm::setValue(const QString &key, const QString &value)
{
    if (!m_values.contains(key) || m_values.value(key).toString() == value)
        return;
    m_values.insert(key, value);
    const QString errorKey = key == kOpens || key == kCloses ? kHours : key;
    if (m_errors.contains(errorKey)) {
        QVariantMap errors = m_errors;
        errors.remove(errorKey);
        setErrors(errors, m_error);
    }
    setSavedMessage({});
    Q_EMIT valuesChanged();
}

void HotelSettingsForm::reload()
{
    if (!m_api)
        return;
    m_api->get(QStringLiteral("settings/hotel"), {}, this, [this](const ApiReply &reply) {
        if (m_busy)
            return;
        if (!reply.ok()) {
            setErrors(m_errors, HubProblem::sentence(reply));
            return;
        }
        if (!dirty())
            load(reply.object());
    });
}

bool HotelSettingsForm::save()
{
    const QJsonObject body = changes();
    if (!m_api || m_busy || body.isEmpty())
        return false;
    m_busy = true;
    Q_EMIT busyChanged();
    setErrors({}, {});
    setSavedMessage({});
    m_api->put(QStringLiteral("settings/hotel"), body, this, [this](const ApiReply &reply) {
        m_busy = false;
        Q_EMIT busyChanged();
        if (reply.ok()) {
            load(reply.object());
            setSavedMessage(tr("Saved."));
            Q_EMIT saved();
            return;
        }
        const QString field = HubProblem::field(reply);
        if (m_values.contains(field) || field == kHours)
            setErrors({ { field, HubProblem::plain(reply.errorMessage) } }, {});
        else
            setErrors({}, HubProblem::sentence(reply));
    });
    return true;
}

void HotelSettingsForm::setErrors(const QVariantMap &errors, const QString &error)
{
    if (m_errors == errors && m_error == error)
        return;
    m_errors = errors;
    m_error = error;
    Q_EMIT errorsChanged();
}

void HotelSettingsForm::setSavedMessage(const QString &message)
{
    if (m_savedMessage == message)
        return;
    m_savedMessage = message;
    Q_EMIT savedMessageChanged();
}

} // namespace jack::desk
