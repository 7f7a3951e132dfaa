#include "gateway/replycontext.h"

#include "core/replyvariables.h"
#include "storage/conversationstore.h"
#include "storage/gueststore.h"
#include "storage/settingsstore.h"
#include "storage/sqlquery.h"
#include "storage/staffstore.h"

namespace jack::gateway {

namespace {
//! The Wi-Fi entry of the knowledge base: its text names the network and the password.
QString wifiKnowledge(const QSqlDatabase &db)
{
    storage::SqlQuery q(db,
        QStringLiteral("SELECT content FROM knowledge WHERE (title LIKE '%wi%fi%' OR "
                       "keywords LIKE '%wifi%') AND archived = 0 AND content LIKE '%password%' "
                       "ORDER BY updated_at DESC LIMIT 1"));
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

QHash<QString, QString> ReplyContext::values(
    const QSqlDatabase &db, const QString &conversationId, const QString &staffId)
{
    QHash<QString, QString> v;
    const QJsonObject hotel = storage::SettingsStore(db).json(QStringLiteral("hotel"));
    v.insert(QStringLiteral("hotel.name"), hotel.value(QLatin1String("name")).toString());
    v.insert(QStringLiteral("hotel.phone"), hotel.value(QLatin1String("phone")).toString());
    v.insert(QStringLiteral("checkin.time"), hotel.value(QLatin1String("checkInTime")).toString());
    v.insert(
        QStringLiteral("checkout.time"), hotel.value(QLatin1String("checkOutTime")).toString());
    const QString wifi = wifiKnowledge(db);
    v.insert(QStringLiteral("wifi.password"),
        core::ReplyVariables::labelledValue(wifi, QStringLiteral("password")));
    v.insert(QStringLiteral("wifi.network"),
        core::ReplyVariables::labelledValue(wifi, QStringLiteral("network")));
    if (const auto staff = storage::StaffStore(db).byId(staffId))
        v.insert(QStringLiteral("staff.name"), staff->name);

    if (conversationId.isEmpty())
        return v;
    const QJsonObject conversation = storage::ConversationStore(db).get(conversationId);
    v.insert(QStringLiteral("room"), conversation.value(QLatin1String("roomNumber")).toString());
    const QJsonObject guest
        = storage::GuestStore(db).get(conversation.value(QLatin1String("guestId")).toString());
    QString name = guest.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        name = conversation.value(QLatin1String("guestName")).toString();
    QString firstName = guest.value(QLatin1String("firstName")).toString();
    if (firstName.isEmpty())
        firstName = name.section(QLatin1Char(' '), 0, 0);
    v.insert(QStringLiteral("guest.name"), name);
    v.insert(QStringLiteral("guest.firstName"), firstName);
    return v;
}

} // namespace jack::gateway
