#pragma once
#include <QAbstractListModel>
#include <QJsonArray>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace jack::desk {

class ApiClient;

//! The hotel's canned responses for the "/" picker, filled for the open conversation by the hub
//! (GET canned-responses?conversationId=). `search` narrows the list as the clerk types.
class CannedResponseModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CannedResponseModel belongs to Desk")
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    //! Why the list could not be loaded, in plain words; empty otherwise.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        CategoryRole,
        ContentRole, // as written, with its {variables}
        TextRole, // filled for the conversation: what goes into the reply box
        MissingRole, // the variables left for the clerk ("pickup.time")
        HasMissingRole,
    };
    Q_ENUM(Roles)

    explicit CannedResponseModel(ApiClient *api, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    [[nodiscard]] QString search() const { return m_search; }
    void setSearch(const QString &search);
    [[nodiscard]] int count() const { return int(m_shown.size()); }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString error() const { return m_error; }

    //! Asks the hub for the responses filled for `conversationId` (or unfilled when empty).
    Q_INVOKABLE void load(const QString &conversationId);
    //! The text to insert for row `row` of the filtered list; empty when out of range.
    Q_INVOKABLE QString textAt(int row) const;
    Q_INVOKABLE QString titleAt(int row) const;
    //! The items of a list answer (tests and load()).
    void setItems(const QJsonArray &items);

Q_SIGNALS:
    void searchChanged();
    void countChanged();
    void loadingChanged();
    void errorChanged();

private:
    struct Response {
        QString id, title, category, content, text;
        QStringList missing;
    };
    [[nodiscard]] std::vector<int> filtered() const;
    void refilter();
    void setLoading(bool loading);

    ApiClient *m_api;
    std::vector<Response> m_all;
    std::vector<int> m_shown; // indexes into m_all
    QString m_search;
    QString m_error;
    QString m_conversationId;
    bool m_loading = false;
};

} // namespace jack::desk
