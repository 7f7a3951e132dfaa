#pragma once
#include <QJsonObject>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

class ApiClient;

//! Who is signed in at this desk.
class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Session belongs to Desk")
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY userChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY userChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
    Q_PROPERTY(QString userEmail READ userEmail NOTIFY userChanged)
    Q_PROPERTY(QString role READ role NOTIFY userChanged)
    Q_PROPERTY(QString department READ department NOTIFY userChanged)
    Q_PROPERTY(QString initials READ initials NOTIFY userChanged)

public:
    explicit Session(ApiClient *api, QObject *parent = nullptr);

    Q_INVOKABLE void login(const QString &email, const QString &password);
    Q_INVOKABLE void logout();
    //! Signs in with an answer shaped like auth/login's (tokens and user), e.g. the first
    //! admin's from POST setup.
    void signInWith(const QJsonObject &loginAnswer);

    [[nodiscard]] bool loggedIn() const { return !m_user.isEmpty(); }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString userId() const;
    [[nodiscard]] QString userName() const;
    [[nodiscard]] QString userEmail() const;
    [[nodiscard]] QString role() const;
    [[nodiscard]] QString department() const;
    [[nodiscard]] QString initials() const;

Q_SIGNALS:
    void userChanged();
    void busyChanged();
    void errorChanged();

private:
    void setBusy(bool busy);
    void setError(const QString &error);
    void setUser(const QJsonObject &user);

    ApiClient *m_api;
    QJsonObject m_user;
    QString m_error;
    bool m_busy = false;
};

} // namespace jack::desk
