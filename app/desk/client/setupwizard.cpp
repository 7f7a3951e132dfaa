#include "setupwizard.h"

#include "apiclient.h"
#include "session.h"

#include <QJsonArray>
#include <QTimeZone>

namespace jack::desk {

namespace {
const QStringList kHotelFields { QStringLiteral("name"), QStringLiteral("timezone"),
    QStringLiteral("languages"), QStringLiteral("checkInTime"), QStringLiteral("checkOutTime"),
    QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("website") };
} // namespace

SetupWizard::SetupWizard(QObject *parent)
    : QObject(parent)
{
    // Sensible defaults the hotel can change: this PC's time zone, English, 15:00 / 11:00.
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    m_hotel = QJsonObject { { "timezone",
                                QString::fromLatin1(zone.contains('/') ? zone : "Europe/London") },
        { "languages", QJsonArray { QStringLiteral("en") } }, { "checkInTime", "15:00" },
        { "checkOutTime", "11:00" } };
}

void SetupWizard::setApi(ApiClient *api)
{
    if (m_api == api)
        return;
    if (m_api)
        disconnect(m_api, nullptr, this, nullptr);
    m_api = api;
    if (m_api) {
        // The hub's address is known once the embedded hub started (or --connect was read).
        connect(m_api, &ApiClient::baseUrlChanged, this, &SetupWizard::check);
        if (m_api->baseUrl().isValid())
            check();
    }
    Q_EMIT apiChanged();
}

void SetupWizard::setSession(Session *session)
{
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT apiChanged();
}

void SetupWizard::check()
{
    if (!m_api || !m_api->baseUrl().isValid())
        return;
    m_api->get(QStringLiteral("setup"), {}, this, [this](const ApiReply &reply) {
        m_checked = true;
        // A hub that cannot be reached or predates setup shows the sign-in (and its error).
        const bool needed = reply.ok() && reply.object().value(u"needed").toBool();
        if (needed && m_step == Hotel) {
            const QJsonObject known = reply.object().value(u"hotel").toObject();
            for (auto it = known.begin(); it != known.end(); ++it)
                m_hotel.insert(it.key(), it.value());
            Q_EMIT hotelChanged();
        }
        // Once past the admin step the wizard stays until it is finished.
        if (m_step < Ai)
            m_active = needed;
        Q_EMIT stateChanged();
    });
}

bool SetupWizard::setHotelProfile(const QVariantMap &profile)
{
    QJsonObject hotel;
    for (const QString &field : kHotelFields) {
        const QVariant value = profile.value(field);
        if (field == QLatin1String("languages")) {
            // "en, pt" or a list.
            QStringList codes = value.typeId() == QMetaType::QStringList
                ? value.toStringList()
                : value.toString().split(u',');
            QJsonArray list;
            for (QString code : codes) {
                code = code.trimmed().toLower();
                if (!code.isEmpty())
                    list.append(code);
            }
            if (!list.isEmpty())
                hotel.insert(field, list);
            continue;
        }
        const QString text = value.toString().trimmed();
        if (!text.isEmpty())
            hotel.insert(field, text);
    }
    m_hotel = hotel;
    Q_EMIT hotelChanged();
    if (!hotel.contains(QLatin1String("name"))) {
        setError(tr("Enter the hotel's name."), QStringLiteral("hotel.name"));
        return false;
    }
    setError({});
    setStep(Admin);
    return true;
}

void SetupWizard::back()
{
    // Only the steps before the account exists can be revisited here; the rest is in Settings.
    if (m_step == Admin && !m_busy) {
        setError({});
        setStep(Hotel);
    }
}

void SetupWizard::createAdmin(
    const QString &name, const QString &email, const QString &password, const QString &confirmation)
{
    if (!m_api || m_busy || m_step != Admin)
        return;
    if (name.trimmed().isEmpty())
        return setError(tr("Enter your name."), QStringLiteral("admin.name"));
    if (email.trimmed().isEmpty())
        return setError(tr("Enter your email address."), QStringLiteral("admin.email"));
    if (password != confirmation)
        return setError(tr("The two passwords are not the same. Type them again."),
            QStringLiteral("admin.confirmation"));
    setBusy(true);
    setError({});
    const QJsonObject body { { "hotel", m_hotel },
        { "admin",
            QJsonObject { { "name", name.trimmed() }, { "email", email.trimmed() },
                { "password", password } } } };
    m_api->post(QStringLiteral("setup"), body, this, [this](const ApiReply &reply) {
        setBusy(false);
        if (reply.status == 409) {
            // Someone else finished the first step meanwhile: their admin signs in normally.
            m_active = false;
            m_checked = true;
            setError(tr("This hub was set up from another desk meanwhile. Sign in with the "
                        "account created there."));
            Q_EMIT finished();
            return;
        }
        if (!reply.ok())
            return fail(reply, tr("Creating the account failed"));
        if (m_session)
            m_session->signInWith(reply.object());
        setStep(Ai);
    });
}

void SetupWizard::useOfflineAi()
{
    if (!m_api || m_busy)
        return;
    setBusy(true);
    setError({});
    m_api->put(QStringLiteral("settings/ai"), QJsonObject { { "provider", "offline" } }, this,
        [this](const ApiReply &reply) {
            setBusy(false);
            if (!reply.ok())
                return fail(reply, tr("Saving the AI choice failed"));
            loadChannels();
            setStep(Channels);
        });
}

void SetupWizard::testAiProvider(const QString &provider, const QString &apiKey)
{
    if (!m_api || m_busy)
        return;
    if (provider != QLatin1String("anthropic") && provider != QLatin1String("openai"))
        return setError(tr("Choose Anthropic or OpenAI."), QStringLiteral("provider"));
    if (apiKey.trimmed().isEmpty())
        return setError(
            tr("Paste the API key from the provider's website."), QStringLiteral("apiKey"));
    setBusy(true);
    setError({});
    m_aiTest.clear();
    m_testedProvider.clear();
    Q_EMIT aiChanged();
    const QJsonObject body { { "enabled", true },
        { "config", QJsonObject { { "apiKey", apiKey.trimmed() } } } };
    m_api->put(QStringLiteral("apps/%1").arg(provider), body, this,
        [this, provider](const ApiReply &saved) {
            if (!saved.ok()) {
                setBusy(false);
                return fail(saved, tr("Saving the key failed"));
            }
            m_api->post(QStringLiteral("apps/%1/test").arg(provider), {}, this,
                [this, provider](const ApiReply &tested) {
                    setBusy(false);
                    if (!tested.ok())
                        return fail(tested, tr("Testing the key failed"));
                    m_aiTest = tested.object().toVariantMap();
                    if (m_aiTest.value(QStringLiteral("ok")).toBool())
                        m_testedProvider = provider;
                    Q_EMIT aiChanged();
                });
        });
}

void SetupWizard::useTestedProvider()
{
    if (!m_api || m_busy || m_testedProvider.isEmpty())
        return;
    setBusy(true);
    m_api->put(QStringLiteral("settings/ai"), QJsonObject { { "provider", m_testedProvider } },
        this, [this](const ApiReply &reply) {
            setBusy(false);
            if (!reply.ok())
                return fail(reply, tr("Saving the AI choice failed"));
            loadChannels();
            setStep(Channels);
        });
}

void SetupWizard::loadChannels()
{
    m_api->get(QStringLiteral("apps"), {}, this, [this](const ApiReply &reply) {
        if (!reply.ok())
            return;
        m_channels.clear();
        for (const QJsonValue &value : reply.items()) {
            const QJsonObject app = value.toObject();
            if (app.value(u"category").toString() != QLatin1String("channel"))
                continue;
            const QString id = app.value(u"id").toString();
            m_channels.append(QVariantMap { { QStringLiteral("id"), id },
                { QStringLiteral("name"), app.value(u"name").toString() },
                { QStringLiteral("enabled"), app.value(u"enabled").toBool() },
                { QStringLiteral("status"), app.value(u"status").toString() },
                // Web chat needs no provider account: it can be switched on right here.
                { QStringLiteral("builtIn"), id == QLatin1String("webchat") } });
        }
        Q_EMIT channelsChanged();
    });
}

void SetupWizard::setChannelEnabled(const QString &appId, bool enabled)
{
    if (!m_api || m_busy)
        return;
    setBusy(true);
    setError({});
    m_api->put(QStringLiteral("apps/%1").arg(appId), QJsonObject { { "enabled", enabled } }, this,
        [this](const ApiReply &reply) {
            setBusy(false);
            if (!reply.ok())
                fail(reply, tr("Changing the channel failed"));
            loadChannels();
        });
}

void SetupWizard::channelsDone()
{
    setError({});
    setStep(Knowledge);
}

void SetupWizard::previewWebsite(const QString &url)
{
    if (!m_api || m_busy)
        return;
    QString address = url.trimmed();
    if (address.isEmpty())
        return setError(tr("Enter the address of the hotel's website."), QStringLiteral("url"));
    if (!address.contains(QLatin1String("://")))
        address.prepend(QStringLiteral("https://"));
    setBusy(true);
    setError({});
    m_candidates.clear();
    Q_EMIT knowledgeChanged();
    m_api->post(QStringLiteral("knowledge/import/preview"), QJsonObject { { "url", address } },
        this, [this](const ApiReply &reply) {
            setBusy(false);
            if (!reply.ok())
                return fail(reply, tr("Reading the website failed"));
            for (const QJsonValue &value : reply.object().value(u"candidates").toArray()) {
                const QJsonObject c = value.toObject();
                if (c.value(u"duplicateOf").isString())
                    continue;
                m_candidates.append(
                    QVariantMap { { QStringLiteral("title"), c.value(u"title").toString() },
                        { QStringLiteral("category"), c.value(u"category").toString() },
                        { QStringLiteral("content"), c.value(u"content").toString() },
                        { QStringLiteral("sourceUrl"), c.value(u"sourceUrl").toString() } });
            }
            if (m_candidates.isEmpty())
                setError(tr("Nothing Jack could use was found there. Try another page, or add "
                            "answers later under Knowledge."));
            Q_EMIT knowledgeChanged();
        });
}

void SetupWizard::importCandidates()
{
    if (!m_api || m_busy || m_candidates.isEmpty())
        return;
    QJsonArray entries;
    for (const QVariant &candidate : std::as_const(m_candidates)) {
        QJsonObject entry = QJsonObject::fromVariantMap(candidate.toMap());
        if (entry.value(u"sourceUrl").toString().isEmpty())
            entry.remove(QStringLiteral("sourceUrl"));
        entries.append(entry);
    }
    setBusy(true);
    setError({});
    m_api->post(QStringLiteral("knowledge/import"), QJsonObject { { "entries", entries } }, this,
        [this](const ApiReply &reply) {
            setBusy(false);
            if (!reply.ok())
                return fail(reply, tr("Importing failed"));
            m_imported = int(reply.object().value(u"imported").toArray().size());
            Q_EMIT knowledgeChanged();
            setStep(Done);
        });
}

void SetupWizard::skipKnowledge()
{
    setError({});
    setStep(Done);
}

void SetupWizard::finish()
{
    if (!m_active)
        return;
    m_active = false;
    Q_EMIT stateChanged();
    Q_EMIT finished();
}

void SetupWizard::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    Q_EMIT stateChanged();
}

void SetupWizard::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT stateChanged();
}

void SetupWizard::setError(const QString &error, const QString &field)
{
    if (m_error == error && m_errorField == field)
        return;
    m_error = error;
    m_errorField = field;
    Q_EMIT stateChanged();
}

void SetupWizard::fail(const ApiReply &reply, const QString &what)
{
    const QString field = reply.body.object()
                              .value(u"error")
                              .toObject()
                              .value(u"details")
                              .toObject()
                              .value(u"field")
                              .toString();
    // A refused hotel field sends the clerk back to the hotel step, where it can be fixed.
    if (field.startsWith(QLatin1String("hotel.")) && m_step == Admin)
        setStep(Hotel);
    setError(QStringLiteral("%1: %2").arg(what, explain(reply)), field);
}

QString SetupWizard::explain(const ApiReply &reply) const
{
    if (reply.status == 0)
        return tr("Jack's hub cannot be reached at %1. Check that it is running.")
            .arg(m_api ? m_api->baseUrl().toString() : QString());
    if (reply.status == 401 || reply.status == 403)
        return tr("this account may not do that. Sign in as an admin.");
    QString message = reply.errorMessage;
    if (!message.isEmpty())
        message[0] = message[0].toUpper();
    return message.isEmpty() ? tr("the hub answered %1").arg(reply.status) : message;
}

} // namespace jack::desk
