#pragma once
#include <QAbstractListModel>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace jack::desk {

//! One line of the guest directory: a guest and the stay that matters now (or none).
struct GuestStay {
    QString guestId;
    QString reservationId;
    QString name;
    QString phone;
    QString email;
    QString language;
    bool vip = false;
    QString confirmationNumber;
    QString roomNumber;
    QString roomType;
    QDate arrival;
    QDate departure;
    QString status; // confirmed, checked_in, checked_out, cancelled, no_show; empty: no stay

    //! A row of GET /reservations… (the reservation with its guest's name).
    [[nodiscard]] static GuestStay fromReservation(const QJsonObject &reservation);
    //! A row of GET /guests (the guest with its `currentReservation` or null).
    [[nodiscard]] static GuestStay fromGuest(const QJsonObject &guest);
};

//! Guests with their stay, in the order the hub sent them (arrival, then name; or by name).
class GuestListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GuestListModel belongs to GuestDirectory")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        GuestIdRole = Qt::UserRole + 1,
        ReservationIdRole,
        NameRole,
        InitialsRole,
        VipRole,
        ContactRole,
        RoomNumberRole,
        RoomTypeRole,
        StayTextRole,
        StatusRole,
        StatusLabelRole,
        StatusToneRole,
        ConfirmationNumberRole,
    };
    Q_ENUM(Roles)

    explicit GuestListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    void reset(std::vector<GuestStay> rows);
    void append(std::vector<GuestStay> rows);
    void clear();
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] const GuestStay &at(int row) const { return m_rows.at(size_t(row)); }
    Q_INVOKABLE QString guestIdAt(int row) const;
    Q_INVOKABLE int indexOfName(const QString &name) const;

    //! "Checked in", "Arriving", "Checked out", "Cancelled", "No-show".
    [[nodiscard]] static QString statusLabel(const QString &status);
    //! success | info | muted | danger | neutral.
    [[nodiscard]] static QString statusTone(const QString &status);
    //! "27 – 30 Nov · 3 nights"; empty without dates.
    [[nodiscard]] static QString stayText(const QDate &arrival, const QDate &departure);

Q_SIGNALS:
    void countChanged();

private:
    std::vector<GuestStay> m_rows;
};

} // namespace jack::desk
