#include "guestlistmodel.h"

#include "wording.h"

#include <QCoreApplication>
#include <QLocale>

namespace jack::desk {

namespace {
QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QDate date(const QJsonObject &object, const char *key)
{
    return QDate::fromString(text(object, key), Qt::ISODate);
}
} // namespace

GuestStay GuestStay::fromReservation(const QJsonObject &r)
{
    GuestStay stay;
    stay.guestId = text(r, "guestId");
    stay.reservationId = text(r, "id");
    stay.name = text(r, "guestName");
    stay.phone = text(r, "phone");
    stay.email = text(r, "email");
    stay.language = text(r, "language");
    stay.vip = r.value(QLatin1String("vip")).toBool();
    stay.confirmationNumber = text(r, "confirmationNumber");
    stay.roomNumber = text(r, "roomNumber");
    stay.roomType = text(r, "roomType");
    stay.arrival = date(r, "arrivalDate");
    stay.departure = date(r, "departureDate");
    stay.status = text(r, "status");
    return stay;
}

GuestStay GuestStay::fromGuest(const QJsonObject &g)
{
    const QJsonObject current = g.value(QLatin1String("currentReservation")).toObject();
    GuestStay stay = current.isEmpty() ? GuestStay() : fromReservation(current);
    stay.guestId = text(g, "id");
    stay.reservationId = text(current, "id");
    stay.name = text(g, "name");
    stay.phone = text(g, "phone");
    stay.email = text(g, "email");
    stay.language = text(g, "language");
    stay.vip = g.value(QLatin1String("vip")).toBool();
    return stay;
}

GuestListModel::GuestListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int GuestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

Qt::ItemFlags GuestListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> GuestListModel::roleNames() const
{
    return {
        { Qt::DisplayRole, "display" },
        { GuestIdRole, "guestId" },
        { ReservationIdRole, "reservationId" },
        { NameRole, "name" },
        { InitialsRole, "initials" },
        { VipRole, "vip" },
        { ContactRole, "contact" },
        { RoomNumberRole, "roomNumber" },
        { RoomTypeRole, "roomType" },
        { StayTextRole, "stayText" },
        { StatusRole, "status" },
        { StatusLabelRole, "statusLabel" },
        { StatusToneRole, "statusTone" },
        { ConfirmationNumberRole, "confirmationNumber" },
    };
}

QVariant GuestListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GuestStay &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case GuestIdRole:
        return row.guestId;
    case ReservationIdRole:
        return row.reservationId;
    case InitialsRole:
        return wording::initials(row.name);
    case VipRole:
        return row.vip;
    case ContactRole:
        return row.phone.isEmpty() ? row.email : row.phone;
    case RoomNumberRole:
        return row.roomNumber;
    case RoomTypeRole:
        return row.roomType;
    case StayTextRole:
        return stayText(row.arrival, row.departure);
    case StatusRole:
        return row.status;
    case StatusLabelRole:
        return statusLabel(row.status);
    case StatusToneRole:
        return statusTone(row.status);
    case ConfirmationNumberRole:
        return row.confirmationNumber;
    default:
        return {};
    }
}

void GuestListModel::reset(std::vector<GuestStay> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

void GuestListModel::append(std::vector<GuestStay> rows)
{
    if (rows.empty())
        return;
    beginInsertRows({}, count(), count() + int(rows.size()) - 1);
    for (GuestStay &row : rows)
        m_rows.push_back(std::move(row));
    endInsertRows();
    Q_EMIT countChanged();
}

void GuestListModel::clear()
{
    reset({});
}

QString GuestListModel::guestIdAt(int row) const
{
    return row >= 0 && row < count() ? m_rows[size_t(row)].guestId : QString();
}

int GuestListModel::indexOfName(const QString &name) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_rows[size_t(i)].name == name)
            return i;
    }
    return -1;
}

QString GuestListModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("checked_in"))
        return tr("In house");
    if (status == QLatin1String("confirmed"))
        return tr("Booked");
    if (status == QLatin1String("checked_out"))
        return tr("Checked out");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("no_show"))
        return tr("No-show");
    return status.isEmpty() ? tr("No stay") : status;
}

QString GuestListModel::statusTone(const QString &status)
{
    if (status == QLatin1String("checked_in"))
        return QStringLiteral("success");
    if (status == QLatin1String("confirmed"))
        return QStringLiteral("info");
    if (status == QLatin1String("cancelled") || status == QLatin1String("no_show"))
        return QStringLiteral("danger");
    return QStringLiteral("muted");
}

QString GuestListModel::stayText(const QDate &arrival, const QDate &departure)
{
    if (!arrival.isValid() || !departure.isValid())
        return {};
    const QLocale locale;
    const int nights = int(arrival.daysTo(departure));
    const QString from = arrival.month() == departure.month()
        ? QString::number(arrival.day())
        : locale.toString(arrival, QStringLiteral("d MMM"));
    const QString range
        = QStringLiteral("%1 – %2").arg(from, locale.toString(departure, QStringLiteral("d MMM")));
    //: %1 is a date range like "27 – 30 Nov"
    return nights == 1 ? tr("%1 · 1 night").arg(range)
                       : tr("%1 · %2 nights").arg(range).arg(nights);
}

} // namespace jack::desk
