#pragma once
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

class ApiClient;
class Session;
struct ApiReply;

//! The first-run setup of a hub without any account: hotel profile → admin account → AI →
//! channels → knowledge import. The first two steps are sent together (POST setup), which
//! creates the first admin and signs them in; the rest goes through the admin's ordinary
//! routes. No default password ever exists.
class SetupWizard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(jack::desk::ApiClient *api READ api WRITE setApi NOTIFY apiChanged)
    Q_PROPERTY(jack::desk::Session *session READ session WRITE setSession NOTIFY apiChanged)
    //! The hub answered whether it needs setting up.
    Q_PROPERTY(bool checked READ checked NOTIFY stateChanged)
    //! The wizard is to be shown: the hub has no account, or its setup is under way here.
    Q_PROPERTY(bool active READ active NOTIFY stateChanged)
    Q_PROPERTY(Step step READ step NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    //! Why the last step was refused, in plain language; empty when fine.
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    //! The field the hub named in its refusal ("hotel.timezone", "admin.password"…).
    Q_PROPERTY(QString errorField READ errorField NOTIFY stateChanged)
    //! The hotel profile as entered so far (name, timezone, languages, checkInTime…).
    Q_PROPERTY(QVariantMap hotel READ hotel NOTIFY hotelChanged)
    //! The outcome of the last live test of an AI provider: {ok, message, latencyMs}.
    Q_PROPERTY(QVariantMap aiTest READ aiTest NOTIFY aiChanged)
    //! The channels the hub offers: [{id, name, enabled, status, builtIn}].
    Q_PROPERTY(QVariantList channels READ channels NOTIFY channelsChanged)
    //! Entries found on the hotel's website, ready to import: [{title, category, content}].
    Q_PROPERTY(QVariantList candidates READ candidates NOTIFY knowledgeChanged)
    Q_PROPERTY(int importedCount READ importedCount NOTIFY knowledgeChanged)

public:
    enum Step { Hotel, Admin, Ai, Channels, Knowledge, Done };
    Q_ENUM(Step)

    explicit SetupWizard(QObject *parent = nullptr);

    [[nodiscard]] ApiClient *api() const { return m_api; }
    void setApi(ApiClient *api);
    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] bool checked() const { return m_checked; }
    [[nodiscard]] bool active() const { return m_active; }
    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString errorField() const { return m_errorField; }
    [[nodiscard]] QVariantMap hotel() const { return m_hotel.toVariantMap(); }
    [[nodiscard]] QVariantMap aiTest() const { return m_aiTest; }
    [[nodiscard]] QVariantList channels() const { return m_channels; }
    [[nodiscard]] QVariantList candidates() const { return m_candidates; }
    [[nodiscard]] int importedCount() const { return m_imported; }

    //! Asks the hub whether it needs setting up (GET setup).
    Q_INVOKABLE void check();
    //! Step 1: keeps the hotel profile (sent with the admin account) and moves on. Empty
    //! optional fields are left out; the name is required.
    Q_INVOKABLE bool setHotelProfile(const QVariantMap &profile);
    Q_INVOKABLE void back();
    //! Step 2: creates the first admin together with the hotel profile and signs them in.
    Q_INVOKABLE void createAdmin(const QString &name, const QString &email, const QString &password,
        const QString &confirmation);
    //! Step 3: Jack answers with the built-in offline engine (no data leaves the hotel).
    Q_INVOKABLE void useOfflineAi();
    //! Step 3: stores the provider's key (anthropic or openai) and tests it live.
    Q_INVOKABLE void testAiProvider(const QString &provider, const QString &apiKey);
    //! Step 3: after a successful test, lets that provider answer the guests.
    Q_INVOKABLE void useTestedProvider();
    //! Step 4: turns a built-in channel (web chat) on or off.
    Q_INVOKABLE void setChannelEnabled(const QString &appId, bool enabled);
    Q_INVOKABLE void channelsDone();
    //! Step 5: reads the hotel's website for facts Jack can answer with.
    Q_INVOKABLE void previewWebsite(const QString &url);
    //! Step 5: imports what previewWebsite() found, then finishes.
    Q_INVOKABLE void importCandidates();
    Q_INVOKABLE void skipKnowledge();
    //! Leaves the wizard for the desk (the admin stays signed in).
    Q_INVOKABLE void finish();

Q_SIGNALS:
    void apiChanged();
    void stateChanged();
    void hotelChanged();
    void aiChanged();
    void channelsChanged();
    void knowledgeChanged();
    //! The wizard is over; the desk takes the window.
    void finished();

private:
    void setStep(Step step);
    void setBusy(bool busy);
    void fail(const ApiReply &reply, const QString &what);
    void setError(const QString &error, const QString &field = {});
    void loadChannels();
    //! Why the hub refused, in a clerk's words.
    [[nodiscard]] QString explain(const ApiReply &reply) const;

    QPointer<ApiClient> m_api;
    QPointer<Session> m_session;
    bool m_checked = false;
    bool m_active = false;
    Step m_step = Hotel;
    bool m_busy = false;
    QString m_error;
    QString m_errorField;
    QJsonObject m_hotel;
    QVariantMap m_aiTest;
    QString m_testedProvider;
    QVariantList m_channels;
    QVariantList m_candidates;
    int m_imported = 0;
};

} // namespace jack::desk
