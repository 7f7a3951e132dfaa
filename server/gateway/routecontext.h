#pragma once
#include "gateway/httpserver.h"
#include "storage/writequeue.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <functional>
#include <optional>

#include "channels/whatsapp/whatsappconfig.h"

class QNetworkAccessManager;

namespace jack::ops {
class SecretStore;
}
namespace jack::storage {
struct StaffRecord;
}
namespace jack::core {
class AppTester;
class Translator;
class KnowledgeLookup;
class StatusBoard;
} // namespace jack::core

namespace jack::gateway {

class LoginThrottle;

//! What route handlers share: the gateway thread's read connection, the writer, the secrets.
struct RouteContext {
    QString readConnection;
    storage::WriteQueue *writer = nullptr;
    const ops::SecretStore *secrets = nullptr;
    QObject *context = nullptr; // the gateway object: write results come back to its thread
    std::function<QJsonObject()> health; // service status for /health
    core::AppTester *tester = nullptr; // runs "test connection" where each app lives
    core::Translator *translator = nullptr; // staff replies for the guest (AI thread)
    core::KnowledgeLookup *knowledge = nullptr; // hybrid search and answers (AI thread)
    core::StatusBoard *status = nullptr; // what background services say about themselves
    QNetworkAccessManager *network = nullptr; // the gateway thread's client (media relays…)
    QString dataDir; // media files
    //! Sends an ephemeral frame (no seq, not in the change feed) to every authenticated staff
    //! socket; gateway thread only. Unset (no-op) until the staff feed exists.
    std::function<void(const QJsonObject &frame)> broadcastToStaff;

    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(readConnection); }

    //! The WhatsApp settings, read once and kept until an admin saves the app again (webhooks
    //! are the hot path; the settings change only through PUT /apps/whatsapp).
    [[nodiscard]] const channels::WhatsAppConfig &whatsApp() const;
    void forgetAppConfigs() const { m_whatsApp.reset(); }

    //! Runs a write job and answers with its value (or its error) once committed.
    //! `afterCommit` runs in the gateway thread once the job committed, before the answer.
    void write(const Reply &reply, int successStatus, storage::WriteQueue::Job job,
        std::function<void()> afterCommit = {}) const;

private:
    mutable std::optional<channels::WhatsAppConfig> m_whatsApp;
};

//! Body and query parsing with API.md's 400 answers.
class Input {
public:
    //! The body as a JSON object; answers 400 and returns nothing when it is not one.
    [[nodiscard]] static std::optional<QJsonObject> object(
        const Request &request, const Reply &reply);
    //! A required non-empty string field; answers 400 naming it when missing.
    [[nodiscard]] static std::optional<QString> text(
        const QJsonObject &body, const QString &field, const Reply &reply);
    //! limit/offset from the query (default 50, max 500); answers 400 on nonsense.
    [[nodiscard]] static bool paging(
        const Request &request, const Reply &reply, int *limit, int *offset);
};

//! auth/login's answer: an access token and a fresh refresh token (stored until
//! `refreshUntil`), with the user. Runs inside a write job.
[[nodiscard]] QJsonObject issueTokens(storage::WriteTx &tx, const QByteArray &key,
    const storage::StaffRecord &staff, const QDateTime &refreshUntil);
//! Why a field of the hotel settings (PUT settings/hotel, POST setup) is unacceptable, or empty.
[[nodiscard]] QString checkHotelSetting(const QString &key, const QJsonValue &value);

void registerHealthRoutes(HttpServer &server, RouteContext &ctx);
void registerAuthRoutes(HttpServer &server, RouteContext &ctx, LoginThrottle &throttle);
void registerConversationRoutes(HttpServer &server, RouteContext &ctx);
void registerTaskRoutes(HttpServer &server, RouteContext &ctx);
void registerKnowledgeRoutes(HttpServer &server, RouteContext &ctx);
void registerGuestRoutes(HttpServer &server, RouteContext &ctx);
void registerAppRoutes(HttpServer &server, RouteContext &ctx);
void registerAiRoutes(HttpServer &server, RouteContext &ctx);
void registerWebhookRoutes(HttpServer &server, RouteContext &ctx);
void registerSmsRoutes(HttpServer &server, RouteContext &ctx); // Twilio webhooks
void registerTelegramRoutes(HttpServer &server, RouteContext &ctx); // Bot API webhook
void registerWebchatRoutes(HttpServer &server, RouteContext &ctx); // widget + guest socket
void registerMediaRoutes(HttpServer &server, RouteContext &ctx);
void registerSettingsRoutes(HttpServer &server, RouteContext &ctx);
void registerGuestDataRoutes(HttpServer &server, RouteContext &ctx); // memories, GDPR
void registerCopilotRoutes(HttpServer &server, RouteContext &ctx);
void registerKnowledgeImportRoutes(HttpServer &server, RouteContext &ctx); // website import
void registerStaffRoutes(HttpServer &server, RouteContext &ctx); // staff accounts (admin)
void registerSetupRoutes(HttpServer &server, RouteContext &ctx); // first-run setup
void registerStatsRoutes(HttpServer &server, RouteContext &ctx); // activity, recent errors
void registerNoteRoutes(HttpServer &server, RouteContext &ctx); // internal notes, staff directory
void registerCannedResponseRoutes(HttpServer &server, RouteContext &ctx);
void registerReservationRoutes(HttpServer &server, RouteContext &ctx); // front-desk lists

} // namespace jack::gateway
