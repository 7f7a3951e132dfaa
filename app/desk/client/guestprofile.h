#pragma once
#include "apiclient.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

//! One guest as the desk shows them: details, stays, earlier conversations and what Jack
//! remembers, with the clerk's edits of the memories and (managers) the GDPR export and erase.
class GuestProfile : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(jack::desk::ApiClient *api READ api WRITE setApi NOTIFY apiChanged)
    //! The signed-in clerk's role (staff, manager, admin): who may export and erase.
    Q_PROPERTY(QString role READ role WRITE setRole NOTIFY roleChanged)
    Q_PROPERTY(QString guestId READ guestId WRITE setGuestId NOTIFY guestIdChanged)
    //! {name, phone, email, languageLabel, vip, erased, initials, sinceText}; empty before load.
    Q_PROPERTY(QVariantMap guest READ guest NOTIFY loaded)
    //! [{id, confirmationNumber, roomNumber, roomType, stayText, status, statusLabel, statusTone}]
    Q_PROPERTY(QVariantList reservations READ reservations NOTIFY loaded)
    //! [{id, channel, channelLabel, state, stateLabel, stateTone, preview, whenText}]
    Q_PROPERTY(QVariantList conversations READ conversations NOTIFY loaded)
    //! [{id, category, categoryLabel, fact, originLabel}]
    Q_PROPERTY(QVariantList memories READ memories NOTIFY memoriesChanged)
    //! [{value, text}] for the memory editor's category choice.
    Q_PROPERTY(QVariantList memoryCategories READ memoryCategories CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool canManageData READ canManageData NOTIFY roleChanged)
    //! Why export and erase are not offered; empty when they are.
    Q_PROPERTY(QString dataRightsNote READ dataRightsNote NOTIFY roleChanged)

public:
    explicit GuestProfile(QObject *parent = nullptr);

    [[nodiscard]] ApiClient *api() const { return m_api; }
    void setApi(ApiClient *api);
    [[nodiscard]] QString role() const { return m_role; }
    void setRole(const QString &role);
    [[nodiscard]] QString guestId() const { return m_guestId; }
    void setGuestId(const QString &guestId);
    [[nodiscard]] QVariantMap guest() const { return m_guest; }
    [[nodiscard]] QVariantList reservations() const { return m_reservations; }
    [[nodiscard]] QVariantList conversations() const { return m_conversations; }
    [[nodiscard]] QVariantList memories() const { return m_memories; }
    [[nodiscard]] static QVariantList memoryCategories();
    [[nodiscard]] bool loading() const { return m_pending > 0; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool canManageData() const;
    [[nodiscard]] QString dataRightsNote() const;

    Q_INVOKABLE void reload();
    //! Adds a fact; memorySaved() once the hub stored it, else error.
    Q_INVOKABLE void addMemory(const QString &category, const QString &fact);
    Q_INVOKABLE void updateMemory(
        const QString &memoryId, const QString &category, const QString &fact);
    Q_INVOKABLE void deleteMemory(const QString &memoryId);
    //! GET …/export, written to `file` (a file: URL or a path); exported(path) once written.
    Q_INVOKABLE void exportTo(const QUrl &file);
    //! Documents/guest-maria-santos.json, the export dialog's proposal.
    Q_INVOKABLE QUrl suggestedExportFile() const;
    //! POST …/erase {"confirm": true}; erased() once the hub answered.
    Q_INVOKABLE void erase();
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void apiChanged();
    void roleChanged();
    void guestIdChanged();
    void loaded();
    void memoriesChanged();
    void loadingChanged();
    void busyChanged();
    void errorChanged();
    void memorySaved();
    void exported(const QString &path);
    void erased();

private:
    void loadGuest();
    void loadConversations();
    void loadMemories();
    void finishedOne();
    void setBusy(bool busy);
    void setError(const QString &error);
    [[nodiscard]] QString plainError(const ApiReply &reply, const QString &what) const;
    void writeDone(const ApiReply &reply, const QString &what);

    QPointer<ApiClient> m_api;
    QString m_role;
    QString m_guestId;
    QVariantMap m_guest;
    QVariantList m_reservations;
    QVariantList m_conversations;
    QVariantList m_memories;
    QString m_error;
    int m_pending = 0;
    quint64 m_serial = 0;
    bool m_busy = false;
};

} // namespace jack::desk
