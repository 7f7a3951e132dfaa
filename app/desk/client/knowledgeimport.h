#pragma once
#include "apiclient.h"
#include "importcandidatemodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

//! The website import wizard (admins): an address → the hub's proposed entries → the admin's
//! review → import. Stages: Address, Fetching, Review, Importing, Done.
class KnowledgeImport : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(jack::desk::ApiClient *api READ api WRITE setApi NOTIFY apiChanged)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(jack::desk::ImportCandidateModel *candidates READ candidates CONSTANT)
    //! "Read 4 pages · 2 skipped (HTTP 404, larger than 2 MB)".
    Q_PROPERTY(QString pagesText READ pagesText NOTIFY stageChanged)
    //! After the import: "Imported 7 entries; 1 was already known."
    Q_PROPERTY(QString resultText READ resultText NOTIFY stageChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Stage { Address, Fetching, Review, Importing, Done };
    Q_ENUM(Stage)

    explicit KnowledgeImport(QObject *parent = nullptr);

    [[nodiscard]] ApiClient *api() const { return m_api; }
    void setApi(ApiClient *api);
    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] ImportCandidateModel *candidates() const { return m_candidates; }
    [[nodiscard]] QString pagesText() const { return m_pagesText; }
    [[nodiscard]] QString resultText() const { return m_resultText; }
    [[nodiscard]] QString error() const { return m_error; }

    //! Asks the hub to read the site; false (with `error`) when the address is not usable.
    Q_INVOKABLE bool preview(const QString &url, int maxPages);
    //! Imports the ticked candidates.
    Q_INVOKABLE bool importKept();
    //! Back to an empty address form.
    Q_INVOKABLE void restart();

Q_SIGNALS:
    void apiChanged();
    void stageChanged();
    void errorChanged();
    void imported(int count);

private:
    void setStage(Stage stage);
    void setError(const QString &error);

    QPointer<ApiClient> m_api;
    ImportCandidateModel *m_candidates;
    Stage m_stage = Address;
    QString m_pagesText;
    QString m_resultText;
    QString m_error;
};

} // namespace jack::desk
