#include "ai/providers/providertester.h"

#include "ai/providers/httpllmprovider.h"
#include "ai/providers/providerfactory.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <memory>

namespace jack::ai {

ProviderTester::ProviderTester(QString databasePath, const ops::SecretStore *secrets)
    : m_path(std::move(databasePath))
    , m_connectionName(QStringLiteral("ai-tester-%1").arg(quintptr(this)))
    , m_secrets(secrets)
{
}

ProviderTester::~ProviderTester()
{
    stop();
}

void ProviderTester::start()
{
    (void)storage::Database::open(m_path, m_connectionName);
    m_network = new QNetworkAccessManager(this);
}

void ProviderTester::stop()
{
    if (QSqlDatabase::contains(m_connectionName))
        storage::Database::close(m_connectionName);
}

bool ProviderTester::testApp(const QString &appId, QObject *replyContext, Done done)
{
    if (!isLlmProviderApp(appId))
        return false;
    runTimed(this, replyContext, std::move(done), [this, appId](const Report &answer) {
        if (!m_network || !QSqlDatabase::contains(m_connectionName)) {
            answer(false, QStringLiteral("The AI service is not running"));
            return;
        }
        const LlmProviderConfig config
            = LlmProviderConfig::load(QSqlDatabase::database(m_connectionName), *m_secrets, appId);
        HttpLlmProvider *provider = createLlmProvider(appId, config, m_network, this);
        provider->testConnection([provider, answer](bool ok, const QString &message) {
            answer(ok, message);
            provider->deleteLater();
        });
    });
    return true;
}

} // namespace jack::ai
