#include "ai/pipeline/contextstages.h"

#include "ai/languagedetector.h"
#include "ai/pipeline/turn.h"
#include "storage/gueststore.h"
#include "storage/memorystore.h"
#include "storage/messagestore.h"

namespace jack::ai {

namespace {
constexpr int historyLength = 12;
constexpr int knowledgeHits = 3;
constexpr int maxMemories = 20;
} // namespace

void LanguageStage::run(Turn &turn, const QSqlDatabase &) const
{
    const QString fallback
        = turn.conversation.language.isEmpty() ? turn.hotelLanguage : turn.conversation.language;
    turn.language = LanguageDetector::detect(turn.text, fallback);
}

void GuestContextStage::run(Turn &turn, const QSqlDatabase &db) const
{
    GuestContext &guest = turn.guest;
    guest.guestId = turn.conversation.guestId;
    storage::GuestStore guests(db);
    const QJsonObject profile = guests.get(guest.guestId);
    guest.name = profile.value(QLatin1String("name")).toString();
    guest.vip = profile.value(QLatin1String("vip")).toBool();
    guest.room = guests.currentRoom(guest.guestId);
    for (const QJsonValue &r : profile.value(QLatin1String("reservations")).toArray()) {
        const QJsonObject reservation = r.toObject();
        const QString status = reservation.value(QLatin1String("status")).toString();
        if (status == QLatin1String("checked_in") || status == QLatin1String("confirmed")) {
            guest.reservation = reservation;
            if (status == QLatin1String("checked_in"))
                break;
        }
    }

    for (const QJsonObject &m :
        storage::MessageStore(db).recent(turn.conversation.id, historyLength + 1)) {
        if (m.value(QLatin1String("id")).toString() != turn.messageId)
            guest.history.append(m);
    }
    while (guest.history.size() > historyLength)
        guest.history.removeFirst();

    // What Jack remembers from earlier stays (guest memory): allergies first.
    for (const storage::MemoryRecord &m : storage::MemoryStore(db).forGuest(guest.guestId)) {
        if (guest.memories.size() == maxMemories)
            break;
        guest.memories.append(QJsonObject { { "category", m.category }, { "fact", m.fact } });
    }
}

void IntentStage::run(Turn &turn, const QSqlDatabase &db) const
{
    turn.offline = m_engine.answer(turn.text, db, turn.hotel);
}

void KnowledgeStage::run(Turn &turn, const QSqlDatabase &db) const
{
    turn.knowledge = KnowledgeSearch(db).search(turn.text, knowledgeHits);
}

} // namespace jack::ai
