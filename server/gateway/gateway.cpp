#include "gateway/gateway.h"

#include "core/clock.h"
#include "gateway/accesstoken.h"
#include "gateway/httpserver.h"
#include "gateway/loginthrottle.h"
#include "gateway/routecontext.h"
#include "gateway/stafffeed.h"
#include "ops/logging.h"
#include "ops/secretstore.h"
#include "storage/database.h"
#include "storage/staffstore.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTcpServer>

namespace jack::gateway {

Gateway::Gateway(QString databasePath, storage::WriteQueue *writer, const ops::SecretStore *secrets,
    std::function<QJsonObject()> health)
    : m_path(std::move(databasePath))
    , m_connectionName(QStringLiteral("gateway-%1").arg(quintptr(this)))
    , m_writer(writer)
    , m_secrets(secrets)
    , m_health(std::move(health))
{
}

Gateway::~Gateway()
{
    stop();
}

int Gateway::inFlight() const
{
    return m_server ? m_server->inFlight() : 0;
}

void Gateway::start(const QHostAddress &address, quint16 port)
{
    (void)storage::Database::open(m_path, m_connectionName);
    m_ctx = std::make_unique<RouteContext>();
    m_ctx->readConnection = m_connectionName;
    m_ctx->writer = m_writer;
    m_ctx->secrets = m_secrets;
    m_ctx->context = this;
    m_ctx->health = m_health;
    m_ctx->tester = m_tester;
    m_ctx->translator = m_translator;
    m_ctx->status = m_status;
    m_ctx->knowledge = m_knowledge;
    m_ctx->network = new QNetworkAccessManager(this);
    m_ctx->dataDir = QFileInfo(m_path).absolutePath();
    m_ctx->broadcastToStaff = [this](const QJsonObject &frame) {
        if (m_feed)
            m_feed->broadcast(frame);
    };
    m_throttle = std::make_unique<LoginThrottle>();

    m_server = new HttpServer(this);
    const QString connection = m_connectionName;
    const QByteArray key = m_secrets->signingKey();
    // A token is honoured only while its account exists and is active: a removed or disabled
    // member of staff loses access at once, not after 15 minutes.
    auto authenticate = [key, connection](const QByteArray &token) -> AuthUser {
        const auto claims = AccessToken::verify(key, token, core::Clock::now().toSecsSinceEpoch());
        if (!claims)
            return {};
        const auto staff
            = storage::StaffStore(QSqlDatabase::database(connection)).byId(claims->staffId);
        if (!staff || !staff->active)
            return {};
        return AuthUser { staff->id, staff->role, claims->expiresAt };
    };
    m_server->setAuthenticator(authenticate);

    registerHealthRoutes(*m_server, *m_ctx);
    registerAuthRoutes(*m_server, *m_ctx, *m_throttle);
    registerConversationRoutes(*m_server, *m_ctx);
    registerTaskRoutes(*m_server, *m_ctx);
    registerKnowledgeRoutes(*m_server, *m_ctx);
    registerGuestRoutes(*m_server, *m_ctx);
    registerAppRoutes(*m_server, *m_ctx);
    registerAiRoutes(*m_server, *m_ctx);
    registerWebhookRoutes(*m_server, *m_ctx);
    registerSmsRoutes(*m_server, *m_ctx);
    registerTelegramRoutes(*m_server, *m_ctx);
    registerWebchatRoutes(*m_server, *m_ctx);
    registerMediaRoutes(*m_server, *m_ctx);
    registerSettingsRoutes(*m_server, *m_ctx);
    registerGuestDataRoutes(*m_server, *m_ctx);
    registerCopilotRoutes(*m_server, *m_ctx);
    registerKnowledgeImportRoutes(*m_server, *m_ctx);
    registerStaffRoutes(*m_server, *m_ctx);
    registerSetupRoutes(*m_server, *m_ctx);
    registerStatsRoutes(*m_server, *m_ctx);
    registerNoteRoutes(*m_server, *m_ctx);
    registerCannedResponseRoutes(*m_server, *m_ctx);
    registerReservationRoutes(*m_server, *m_ctx);

    m_feed = new StaffFeed(m_server, m_connectionName, authenticate, this);

    auto *tcp = new QTcpServer(this);
    // Limit the backlog of half-open connections; QHttpServer is meant for trusted networks.
    tcp->setMaxPendingConnections(64);
    if (!tcp->listen(address, port)) {
        m_error = QStringLiteral("cannot listen on %1:%2: %3")
                      .arg(address.toString())
                      .arg(port)
                      .arg(tcp->errorString());
        delete tcp;
        return;
    }
    m_server->bind(tcp);
    m_port = tcp->serverPort();
}

void Gateway::stopAccepting()
{
    if (!m_server)
        return;
    m_server->setAccepting(false);
    for (QTcpServer *tcp : m_server->servers())
        tcp->close();
}

void Gateway::stop()
{
    if (m_feed) {
        m_feed->closeAll();
    }
    if (QSqlDatabase::contains(m_connectionName)) {
        delete m_feed;
        m_feed = nullptr;
        delete m_server;
        m_server = nullptr;
        storage::Database::close(m_connectionName);
    }
}

void Gateway::publish(const core::Change &change)
{
    if (m_feed)
        m_feed->publish(change);
}

} // namespace jack::gateway
