#pragma once
#include "core/translator.h"

#include <QObject>

class QNetworkAccessManager;

namespace jack::ops {
class SecretStore;
}
namespace jack::storage {
class WriteQueue;
}

namespace jack::ai {

//! Staff replies in the guest's language: one call to the configured provider (AiSettings),
//! its usage recorded like the pipeline's. Lives in the AI thread.
class StaffTranslator : public QObject, public core::Translator {
    Q_OBJECT
public:
    StaffTranslator(
        QString databasePath, storage::WriteQueue *writer, const ops::SecretStore *secrets);
    ~StaffTranslator() override;

    //! Thread-safe: the call runs in this object's thread.
    void translate(const QString &text, const QString &from, const QString &to,
        QObject *replyContext, Done done) override;

    void start();
    void stop();

private:
    QString m_path;
    QString m_connectionName;
    storage::WriteQueue *m_writer;
    const ops::SecretStore *m_secrets;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace jack::ai
