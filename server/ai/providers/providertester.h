#pragma once
#include "core/apptester.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace jack::ops {
class SecretStore;
}

namespace jack::ai {

//! "Test connection" for the AI provider apps (anthropic, openai, ollama): builds the client
//! from the saved settings and makes its minimal real call. Lives in the AI thread.
class ProviderTester : public QObject, public core::AppTester {
    Q_OBJECT
public:
    ProviderTester(QString databasePath, const ops::SecretStore *secrets);
    ~ProviderTester() override;

    //! Thread-safe: the call runs in this object's thread.
    bool testApp(const QString &appId, QObject *replyContext, Done done) override;

    void start();
    void stop();

private:
    QString m_path;
    QString m_connectionName;
    const ops::SecretStore *m_secrets;
    QNetworkAccessManager *m_network = nullptr;
};

//! Asks each tester in turn; the first that knows the app runs it.
class AppTesters : public core::AppTester {
public:
    explicit AppTesters(QList<core::AppTester *> testers)
        : m_testers(std::move(testers))
    {
    }
    bool testApp(const QString &appId, QObject *replyContext, Done done) override
    {
        for (core::AppTester *t : m_testers) {
            if (t->testApp(appId, replyContext, done))
                return true;
        }
        return false;
    }

private:
    QList<core::AppTester *> m_testers;
};

} // namespace jack::ai
