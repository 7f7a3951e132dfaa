#include "runtime/demoseed.h"

#include "ai/offlineengine.h"
#include "ai/pipeline.h"
#include "core/clock.h"
#include "core/phonenumber.h"
#include "gateway/passwordhasher.h"
#include "ops/logging.h"
#include "runtime/hub.h"
#include "storage/cannedresponsestore.h"
#include "storage/conversationstore.h"
#include "storage/gueststore.h"
#include "storage/knowledgestore.h"
#include "storage/messagestore.h"
#include "storage/outcomestore.h"
#include "storage/reservationstore.h"
#include "storage/settingsstore.h"
#include "storage/sqlquery.h"
#include "storage/staffstore.h"
#include "storage/storageerror.h"
#include "storage/taskstore.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace jack::runtime {

namespace {
struct SampleChat {
    const char *phone;
    const char *name;
    int minutesAgo;
    const char *text;
};

//! Guest messages that show what Jack does: answers, tasks, an escalation.
const SampleChat kSamples[] = {
    { "+351912345678", "Maria Santos", 42, "Bom dia! Qual é a password do wifi?" },
    { "+351912345678", "Maria Santos", 7, "Can I get 2 more towels to room 412 please?" },
    { "+447700900123", "James Whitfield", 15, "What time is breakfast served?" },
    { "+971501234567", "Ahmed Haddad", 3,
        "The air conditioning is broken and nobody came. I want to speak to a manager." },
    { "+33612345678", "Claire Dubois", 25, "Est-ce qu'il y a un parking à l'hôtel ?" },
};

void seedConversation(QSqlDatabase &db, const ai::OfflineEngine &engine, const ai::HotelInfo &hotel,
    const SampleChat &sample)
{
    storage::GuestStore guests(db);
    storage::ConversationStore conversations(db);
    storage::MessageStore messages(db);
    const QString phone = core::PhoneNumber::normalise(QString::fromUtf8(sample.phone));
    const QString guestId = guests.findOrCreateByPhone(phone, QString::fromUtf8(sample.name));
    bool created = false;
    const auto conversation
        = conversations.openFor(guestId, QStringLiteral("whatsapp"), phone, &created);
    const QDateTime at = core::Clock::now().addSecs(-60 * sample.minutesAgo);
    const QString text = QString::fromUtf8(sample.text);
    const ai::OfflineAnswer answer = engine.answer(text, db, hotel);
    const ai::Classification &c = answer.classification;

    storage::NewMessage in;
    in.conversationId = conversation.id;
    in.direction = QStringLiteral("inbound");
    in.senderType = QStringLiteral("guest");
    in.content = text;
    in.channel = QStringLiteral("whatsapp");
    in.deliveryStatus = QStringLiteral("delivered");
    in.intent = c.intent;
    in.confidence = c.confidence;
    in.language = c.language;
    in.createdAt = core::Clock::toIso(at);
    in.processed = true;
    const QString inboundId = messages.insert(in);
    conversations.touch(conversation.id, in.createdAt, true);
    conversations.setIntent(conversation.id, c.intent, c.language);

    QString replyId;
    if (!answer.reply.isEmpty()) {
        storage::NewMessage out = in;
        out.direction = QStringLiteral("outbound");
        out.senderType = QStringLiteral("ai");
        out.content = answer.reply;
        out.deliveryStatus = QStringLiteral("read");
        out.createdAt = core::Clock::toIso(at.addSecs(4));
        replyId = messages.insert(out);
        conversations.touch(conversation.id, out.createdAt, false);
    }
    if (answer.createTask) {
        storage::TaskStore(db).insert(
            ai::Pipeline::taskFor(answer, conversation.id, guestId, guests.currentRoom(guestId)));
    }
    conversations.setState(conversation.id,
        answer.escalate ? core::ConversationState::Escalated : core::ConversationState::Waiting,
        answer.escalationReason);

    // The demo's answers can be asked "why?" like live ones.
    storage::OutcomeRecord outcome;
    outcome.messageId = inboundId;
    outcome.conversationId = conversation.id;
    outcome.replyMessageId = replyId;
    outcome.provider = QStringLiteral("offline");
    outcome.intent = c.intent;
    outcome.confidence = c.confidence;
    outcome.language = c.language;
    outcome.decision = answer.escalate ? QStringLiteral("handoff") : QStringLiteral("continue");
    outcome.escalationReason = answer.escalationReason;
    QJsonArray knowledge;
    for (const ai::KnowledgeHit &hit : answer.sources)
        knowledge.append(QJsonObject { { "id", hit.id }, { "title", hit.title },
            { "category", hit.category }, { "score", hit.score } });
    outcome.detail = QJsonObject { { "knowledge", knowledge }, { "stages", QJsonArray {} },
        { "guardrails", QJsonArray {} }, { "replied", !replyId.isEmpty() } };
    storage::OutcomeStore(db).insert(outcome);
}
} // namespace

void DemoSeed::apply(QSqlDatabase &db)
{
    storage::SettingsStore settings(db);
    if (settings.json(QStringLiteral("demo")).value(QLatin1String("seeded")).toBool()) {
        // The demo login may have been removed by hand; it is part of demo mode.
        if (!storage::StaffStore(db).byEmail(QString::fromLatin1(DemoLogin::email))) {
            storage::StaffStore(db).create(QString::fromLatin1(DemoLogin::email),
                QString::fromLatin1(DemoLogin::name), QStringLiteral("admin"),
                QStringLiteral("front_desk"),
                gateway::PasswordHasher::hash(QString::fromLatin1(DemoLogin::password)));
        }
        return;
    }
    QFile file(QStringLiteral(":/demo-hotel/knowledge.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw storage::StorageError("the demo hotel is missing from the resources");
    const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();

    if (!db.transaction())
        throw storage::StorageError("cannot begin the demo transaction");
    try {
        const QJsonObject hotel = demo.value(QLatin1String("hotel")).toObject();
        settings.setJson(QStringLiteral("hotel"), hotel);

        storage::KnowledgeStore knowledge(db);
        if (knowledge.count() == 0) {
            for (const QJsonValue &entry : demo.value(QLatin1String("entries")).toArray())
                knowledge.insert(entry.toObject());
        }

        storage::CannedResponseStore canned(db);
        if (canned.count() == 0) {
            for (const QJsonValue &value : demo.value(QLatin1String("cannedResponses")).toArray()) {
                const QJsonObject r = value.toObject();
                canned.insert(r.value(QLatin1String("title")).toString(),
                    r.value(QLatin1String("content")).toString(),
                    r.value(QLatin1String("category")).toString(), {});
            }
        }

        storage::GuestStore guests(db);
        // "Arriving today" on the desk is the hotel's today: seed relative to the same day.
        const QDate today = storage::ReservationStore::hotelToday(
            hotel.value(QLatin1String("timezone")).toString());
        for (const QJsonValue &value : demo.value(QLatin1String("reservations")).toArray()) {
            const QJsonObject r = value.toObject();
            const QString phone
                = core::PhoneNumber::normalise(r.value(QLatin1String("phone")).toString());
            QString guestId;
            storage::SqlQuery find(db, QStringLiteral("SELECT id FROM guests WHERE phone = ?"));
            find.bind(phone).exec();
            if (find.next()) {
                guestId = find.value(0).toString();
            } else {
                guestId = guests.create(r.value(QLatin1String("firstName")).toString(),
                    r.value(QLatin1String("lastName")).toString(), phone,
                    r.value(QLatin1String("email")).toString(),
                    r.value(QLatin1String("language")).toString(),
                    r.value(QLatin1String("vip")).toBool());
            }
            const QDate arrival
                = today.addDays(r.value(QLatin1String("arrivalOffsetDays")).toInt());
            const QDate departure = arrival.addDays(r.value(QLatin1String("nights")).toInt(1));
            storage::SqlQuery exists(
                db, QStringLiteral("SELECT 1 FROM reservations WHERE confirmation_number = ?"));
            exists.bind(r.value(QLatin1String("confirmationNumber")).toString()).exec();
            if (!exists.next()) {
                guests.addReservation(guestId,
                    r.value(QLatin1String("confirmationNumber")).toString(),
                    r.value(QLatin1String("roomNumber")).toString(),
                    r.value(QLatin1String("roomType")).toString(), arrival.toString(Qt::ISODate),
                    departure.toString(Qt::ISODate), r.value(QLatin1String("status")).toString());
            }
        }

        storage::StaffStore staff(db);
        if (!staff.byEmail(QString::fromLatin1(DemoLogin::email))) {
            staff.create(QString::fromLatin1(DemoLogin::email),
                QString::fromLatin1(DemoLogin::name), QStringLiteral("admin"),
                QStringLiteral("front_desk"),
                gateway::PasswordHasher::hash(QString::fromLatin1(DemoLogin::password)));
        }

        ai::HotelInfo info;
        info.name = hotel.value(QLatin1String("name")).toString();
        info.phone = hotel.value(QLatin1String("phone")).toString();
        info.email = hotel.value(QLatin1String("email")).toString();
        info.checkInTime = hotel.value(QLatin1String("checkInTime")).toString();
        info.checkOutTime = hotel.value(QLatin1String("checkOutTime")).toString();
        const ai::OfflineEngine engine;
        for (const SampleChat &sample : kSamples)
            seedConversation(db, engine, info, sample);

        settings.setJson(
            QStringLiteral("demo"), { { "seeded", true }, { "at", core::Clock::nowIso() } });
    } catch (...) {
        db.rollback();
        throw;
    }
    if (!db.commit())
        throw storage::StorageError("cannot commit the demo hotel");
    ops::Logging::get("core")->info("demo hotel loaded");
}

} // namespace jack::runtime
