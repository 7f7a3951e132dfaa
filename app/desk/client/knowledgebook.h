#pragma once
#include "apiclient.h"
#include "knowledgeentrymodel.h"
#include "livefeed.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

//! The knowledge screen's book: loads the entries, follows knowledge:* changes, and saves
//! a manager's edits (create, update, delete). Staff read only.
class KnowledgeBook : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(jack::desk::ApiClient *api READ api WRITE setApi NOTIFY apiChanged)
    //! Optional: the desk's live feed, so edits made elsewhere show at once.
    Q_PROPERTY(jack::desk::LiveFeed *feed READ feed WRITE setFeed NOTIFY feedChanged)
    Q_PROPERTY(QString role READ role WRITE setRole NOTIFY roleChanged)
    Q_PROPERTY(jack::desk::KnowledgeEntryModel *entries READ entries CONSTANT)
    //! [{value, text}] for the filter: "All categories" first.
    Q_PROPERTY(QVariantList categoryOptions READ categoryOptions NOTIFY categoriesChanged)
    //! [{value, text}] for the editor: every category in use plus the usual ones.
    Q_PROPERTY(QVariantList editorCategories READ editorCategories NOTIFY categoriesChanged)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY roleChanged)
    Q_PROPERTY(bool canImport READ canImport NOTIFY roleChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadingChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit KnowledgeBook(QObject *parent = nullptr);

    [[nodiscard]] ApiClient *api() const { return m_api; }
    void setApi(ApiClient *api);
    [[nodiscard]] LiveFeed *feed() const { return m_feed; }
    void setFeed(LiveFeed *feed);
    [[nodiscard]] QString role() const { return m_role; }
    void setRole(const QString &role);
    [[nodiscard]] KnowledgeEntryModel *entries() const { return m_entries; }
    [[nodiscard]] QVariantList categoryOptions() const;
    [[nodiscard]] QVariantList editorCategories() const;
    [[nodiscard]] bool canEdit() const;
    [[nodiscard]] bool canImport() const { return m_role == QLatin1String("admin"); }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] bool saving() const { return m_saving; }
    [[nodiscard]] QString error() const { return m_error; }

    Q_INVOKABLE void reload();
    //! Creates (empty `id`) or updates an entry from {id, title, category, content,
    //! keywordsText, priority}; saved(id) once the hub stored it, else `error` says why.
    Q_INVOKABLE void save(const QVariantMap &entry);
    Q_INVOKABLE void remove(const QString &id);
    Q_INVOKABLE void clearError();
    //! "wifi, internet , password" → ["wifi", "internet", "password"].
    [[nodiscard]] static QStringList splitKeywords(const QString &text);

Q_SIGNALS:
    void apiChanged();
    void feedChanged();
    void roleChanged();
    void categoriesChanged();
    void loadingChanged();
    void savingChanged();
    void errorChanged();
    void saved(const QString &id);
    void removed(const QString &id);

private:
    void onChange(const QString &type, const QJsonObject &payload);
    void setSaving(bool saving);
    void setError(const QString &error);
    [[nodiscard]] QString plainError(const ApiReply &reply) const;

    QPointer<ApiClient> m_api;
    QPointer<LiveFeed> m_feed;
    QMetaObject::Connection m_feedConnection;
    KnowledgeEntryModel *m_entries;
    QString m_role;
    QString m_error;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_saving = false;
};

} // namespace jack::desk
