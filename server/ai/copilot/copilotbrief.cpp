#include "ai/copilot/copilotbrief.h"

#include "storage/conversationstore.h"
#include "storage/gueststore.h"
#include "storage/memorystore.h"
#include "storage/settingsstore.h"
#include "storage/sqlquery.h"
#include "storage/taskstore.h"

#include <QJsonArray>

namespace jack::ai {

HotelInfo CopilotBriefReader::hotelInfo(const QSqlDatabase &db)
{
    return ReplyComposer::hotelInfo(db);
}

std::optional<CopilotBrief> CopilotBriefReader::read(
    const QSqlDatabase &db, const QString &conversationId)
{
    const QJsonObject conversation = storage::ConversationStore(db).get(conversationId);
    if (conversation.isEmpty())
        return std::nullopt;
    CopilotBrief brief;
    brief.conversationId = conversationId;
    brief.guestId = conversation.value(QLatin1String("guestId")).toString();
    brief.channel = conversation.value(QLatin1String("channel")).toString();
    brief.state = conversation.value(QLatin1String("state")).toString();
    brief.escalationReason = conversation.value(QLatin1String("escalationReason")).toString();
    brief.language = conversation.value(QLatin1String("language")).toString();

    const QJsonObject guest = storage::GuestStore(db).get(brief.guestId);
    brief.guestName = guest.value(QLatin1String("name")).toString();
    brief.vip = guest.value(QLatin1String("vip")).toBool();
    if (brief.language.isEmpty())
        brief.language = guest.value(QLatin1String("language")).toString();
    brief.roomNumber = storage::GuestStore(db).currentRoom(brief.guestId);

    storage::SqlQuery q(db,
        QStringLiteral("SELECT id, content, intent, language, created_at, sender_type FROM "
                       "messages WHERE conversation_id = ? ORDER BY created_at, rowid"));
    q.bind(conversationId).exec();
    QList<BriefMessage> guestMessages;
    while (q.next()) {
        const QString sender = q.value(5).toString();
        if (sender == QLatin1String("staff")) {
            brief.waitingSince.clear();
            continue;
        }
        if (sender != QLatin1String("guest"))
            continue;
        guestMessages.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString() });
        if (brief.waitingSince.isEmpty())
            brief.waitingSince = q.value(4).toString();
    }
    brief.earlierGuestMessages = std::max(0, int(guestMessages.size()) - kMaxMessages);
    brief.guestMessages = guestMessages.mid(brief.earlierGuestMessages);

    for (const QJsonValue &t : storage::TaskStore(db).openForGuest(brief.guestId)) {
        const QJsonObject task = t.toObject();
        brief.openTasks.append({ task.value(QLatin1String("description")).toString(),
            task.value(QLatin1String("department")).toString(),
            task.value(QLatin1String("status")).toString(),
            task.value(QLatin1String("priority")).toString() });
    }
    for (const storage::MemoryRecord &m : storage::MemoryStore(db).forGuest(brief.guestId))
        brief.memories.append(m.fact);
    brief.hotel = hotelInfo(db);
    return brief;
}

} // namespace jack::ai
