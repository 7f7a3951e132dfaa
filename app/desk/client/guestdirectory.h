#pragma once
#include "guestlistmodel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

class ApiClient;

//! The guest screen's lists: today's arrivals, who is in house, today's departures, or every
//! guest; each searchable by name, phone, e-mail or room. Asks the hub; shows what it answers.
class GuestDirectory : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(jack::desk::ApiClient *api READ api WRITE setApi NOTIFY apiChanged)
    Q_PROPERTY(Show show READ show WRITE setShow NOTIFY showChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(jack::desk::GuestListModel *model READ model CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadingChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(int arrivalsCount READ arrivalsCount NOTIFY countsChanged)
    Q_PROPERTY(int inHouseCount READ inHouseCount NOTIFY countsChanged)
    Q_PROPERTY(int departuresCount READ departuresCount NOTIFY countsChanged)
    Q_PROPERTY(int guestCount READ guestCount NOTIFY countsChanged)
    //! "Sunday 29 November": the hotel day the lists are for.
    Q_PROPERTY(QString dayText READ dayText NOTIFY countsChanged)
    //! What to say when the list is empty (depends on the tab and the search).
    Q_PROPERTY(QString emptyTitle READ emptyTitle NOTIFY emptyTextChanged)
    Q_PROPERTY(QString emptyBody READ emptyBody NOTIFY emptyTextChanged)

public:
    enum Show { Arrivals, InHouse, Departures, All };
    Q_ENUM(Show)

    explicit GuestDirectory(QObject *parent = nullptr);

    [[nodiscard]] ApiClient *api() const { return m_api; }
    void setApi(ApiClient *api);
    [[nodiscard]] Show show() const { return m_show; }
    void setShow(Show show);
    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] GuestListModel *model() const { return m_model; }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] bool hasMore() const { return m_model->count() < m_total; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] int arrivalsCount() const { return m_counts[Arrivals]; }
    [[nodiscard]] int inHouseCount() const { return m_counts[InHouse]; }
    [[nodiscard]] int departuresCount() const { return m_counts[Departures]; }
    [[nodiscard]] int guestCount() const { return m_counts[All]; }
    [[nodiscard]] QString dayText() const;
    [[nodiscard]] QString emptyTitle() const;
    [[nodiscard]] QString emptyBody() const;

    //! Loads the shown list and the four counts again.
    Q_INVOKABLE void reload();
    //! The next page of the shown list.
    Q_INVOKABLE void loadMore();

    //! The API path of a list ("reservations/in-house", "guests").
    [[nodiscard]] static QString pathOf(Show show);

Q_SIGNALS:
    void apiChanged();
    void showChanged();
    void queryChanged();
    void loadingChanged();
    void errorChanged();
    void countsChanged();
    void emptyTextChanged();

private:
    void load(int offset);
    void loadCounts();
    void setLoading(bool loading);
    void setError(const QString &error);

    QPointer<ApiClient> m_api;
    GuestListModel *m_model;
    QTimer m_searchDelay;
    Show m_show = InHouse;
    QString m_query;
    QString m_error;
    QString m_day; // YYYY-MM-DD from the hub
    int m_counts[4] = { 0, 0, 0, 0 };
    int m_total = 0;
    quint64 m_serial = 0; // tells an answer to an older question apart
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace jack::desk
