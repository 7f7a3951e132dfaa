#include "messagelistmodel.h"
#include "smsmeter.h"
#include "testdata.h"
#include "wording.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using jack::desk::MessageListModel;

class TestMessageListModel : public QObject {
    Q_OBJECT

private:
    static QVariant role(const MessageListModel &model, const QString &id, int role)
    {
        return model.index(model.indexOfId(id)).data(role);
    }
    static void load(MessageListModel &model)
    {
        model.setConversation(QStringLiteral("c-maria"));
        model.reset(fixtureItems(QStringLiteral("messages.json")));
    }
    //! Maria's WhatsApp conversation open, her SMS conversation in the same timeline.
    static void loadTimeline(MessageListModel &model)
    {
        model.setConversation(QStringLiteral("c-wa"));
        model.addConversation(QStringLiteral("c-sms"));
        model.reset(fixtureItems(QStringLiteral("guest-timeline.json")));
    }
    static QJsonObject stored(const QString &id, const QString &content, const QString &status)
    {
        return {
            { "id", id },
            { "conversationId", "c-maria" },
            { "direction", "outbound" },
            { "senderType", "staff" },
            { "senderName", "Demo Front Desk" },
            { "content", content },
            { "deliveryStatus", status },
            { "createdAt", "2026-03-15T14:08:00Z" },
        };
    }

private Q_SLOTS:
    void oldestFirstWithWhoSaidWhat()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model);
        QCOMPARE(model.count(), 6);
        QCOMPARE(model.index(0).data(MessageListModel::IdRole).toString(), QStringLiteral("m1"));
        QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);

        // The guest on the left, no ticks.
        QCOMPARE(role(model, "m1", MessageListModel::IsGuestRole).toBool(), true);
        QCOMPARE(role(model, "m1", MessageListModel::IsOutgoingRole).toBool(), false);
        QCOMPARE(role(model, "m1", MessageListModel::TickRole).toString(), QString());
        QCOMPARE(role(model, "m1", MessageListModel::SenderLabelRole).toString(),
            QStringLiteral("Maria Santos"));
        // The hub may send no name for the guest: the conversation's guest name is used.
        QJsonObject anonymous = fixtureItem(QStringLiteral("messages.json"), QStringLiteral("m1"));
        anonymous.insert(QStringLiteral("senderName"), QJsonValue::Null);
        model.upsert(anonymous);
        QCOMPARE(role(model, "m1", MessageListModel::SenderLabelRole).toString(),
            QStringLiteral("Guest"));
        model.setGuestName(QStringLiteral("Maria S."));
        QCOMPARE(role(model, "m1", MessageListModel::SenderLabelRole).toString(),
            QStringLiteral("Maria S."));
        QVERIFY(!role(model, "m1", MessageListModel::DayLabelRole).toString().isEmpty());

        // Jack on the right, labelled as Jack, delivered = two ticks.
        QCOMPARE(role(model, "m2", MessageListModel::IsJackRole).toBool(), true);
        QCOMPARE(role(model, "m2", MessageListModel::IsOutgoingRole).toBool(), true);
        QCOMPARE(role(model, "m2", MessageListModel::SenderLabelRole).toString(),
            QStringLiteral("Jack"));
        QCOMPARE(role(model, "m2", MessageListModel::TickRole).toString(),
            QStringLiteral("\u2713\u2713"));
        QCOMPARE(role(model, "m2", MessageListModel::IsReadRole).toBool(), false);
        QCOMPARE(role(model, "m2", MessageListModel::StartsGroupRole).toBool(), true);
        QCOMPARE(role(model, "m2", MessageListModel::DayLabelRole).toString(), QString());

        // System events are lines, not bubbles.
        QCOMPARE(role(model, "m3", MessageListModel::IsSystemRole).toBool(), true);
        QCOMPARE(role(model, "m3", MessageListModel::TickRole).toString(), QString());

        // Staff: read = two ticks drawn filled; a run of one sender shares one label.
        QCOMPARE(role(model, "m4", MessageListModel::IsStaffRole).toBool(), true);
        QCOMPARE(role(model, "m4", MessageListModel::IsReadRole).toBool(), true);
        QCOMPARE(role(model, "m4", MessageListModel::TickRole).toString(),
            QStringLiteral("\u2714\u2714"));
        QCOMPARE(role(model, "m4", MessageListModel::DeliveryTextRole).toString(),
            QStringLiteral("Read"));
        QCOMPARE(role(model, "m5", MessageListModel::StartsGroupRole).toBool(), false);

        // Failed: "!" and the reason.
        QCOMPARE(role(model, "m5", MessageListModel::TickRole).toString(), QStringLiteral("!"));
        QCOMPARE(role(model, "m5", MessageListModel::IsFailedRole).toBool(), true);
        QCOMPARE(role(model, "m5", MessageListModel::DeliveryTextRole).toString(),
            QStringLiteral("Not delivered: Recipient phone number not on WhatsApp"));
        QCOMPARE(role(model, "m5", MessageListModel::CanRetryRole).toBool(), true);
        QCOMPARE(role(model, "m4", MessageListModel::CanRetryRole).toBool(), false);

        QCOMPARE(
            role(model, "m6", MessageListModel::TickRole).toString(), QStringLiteral("\u2713"));
    }

    void replyShowsAtOnceAndBecomesTheHubsMessage()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model);
        const QString localId = model.addSending(QStringLiteral("On it!"), QStringLiteral("Demo"));
        QCOMPARE(model.count(), 7);
        const QModelIndex last = model.index(6);
        QCOMPARE(last.data(MessageListModel::IsSendingRole).toBool(), true);
        QCOMPARE(last.data(MessageListModel::IsOutgoingRole).toBool(), true);
        QCOMPARE(last.data(MessageListModel::TickRole).toString(), QStringLiteral("\u25F7"));
        QCOMPARE(
            last.data(MessageListModel::DeliveryTextRole).toString(), QStringLiteral("Sending…"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.confirm(localId,
            stored(QStringLiteral("m7"), QStringLiteral("On it!"), QStringLiteral("pending")));
        QCOMPARE(model.count(), 7);
        QCOMPARE(model.index(6).data(MessageListModel::IdRole).toString(), QStringLiteral("m7"));
        QCOMPARE(model.index(6).data(MessageListModel::IsSendingRole).toBool(), false);
        QVERIFY(changed.count() >= 1);

        // Its delivery report moves the ticks forward.
        model.upsert(
            stored(QStringLiteral("m7"), QStringLiteral("On it!"), QStringLiteral("sent")));
        QCOMPARE(
            role(model, "m7", MessageListModel::TickRole).toString(), QStringLiteral("\u2713"));
        QCOMPARE(model.count(), 7);
    }

    void eventOvertakingThePostAnswerMakesNoDuplicate()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model);
        const QString localId
            = model.addSending(QStringLiteral("Coming up"), QStringLiteral("Demo"));
        // conversation:message arrives first …
        QVERIFY(model.upsert(
            stored(QStringLiteral("m8"), QStringLiteral("Coming up"), QStringLiteral("sent"))));
        QCOMPARE(model.count(), 7);
        // … then the POST answers with the older status: still one bubble, still "sent".
        model.confirm(localId,
            stored(QStringLiteral("m8"), QStringLiteral("Coming up"), QStringLiteral("pending")));
        QCOMPARE(model.count(), 7);
        QCOMPARE(role(model, "m8", MessageListModel::DeliveryStatusRole).toString(),
            QStringLiteral("sent"));
    }

    void staleDeliveryReportsAreIgnored()
    {
        MessageListModel model;
        load(model);
        // m4 is read: a late "delivered" or "failed" must not undo that.
        QJsonObject m4 = fixtureItem(QStringLiteral("messages.json"), QStringLiteral("m4"));
        m4.insert(QStringLiteral("deliveryStatus"), QStringLiteral("delivered"));
        model.upsert(m4);
        QCOMPARE(role(model, "m4", MessageListModel::DeliveryStatusRole).toString(),
            QStringLiteral("read"));
        m4.insert(QStringLiteral("deliveryStatus"), QStringLiteral("failed"));
        model.upsert(m4);
        QCOMPARE(role(model, "m4", MessageListModel::DeliveryStatusRole).toString(),
            QStringLiteral("read"));

        // m6 is sent: a failure report applies.
        QJsonObject m6 = fixtureItem(QStringLiteral("messages.json"), QStringLiteral("m6"));
        m6.insert(QStringLiteral("deliveryStatus"), QStringLiteral("failed"));
        m6.insert(QStringLiteral("deliveryError"), QStringLiteral("Blocked"));
        model.upsert(m6);
        QCOMPARE(role(model, "m6", MessageListModel::TickRole).toString(), QStringLiteral("!"));

        // A status report for a message of another conversation adds nothing.
        QJsonObject other = m6;
        other.insert(QStringLiteral("id"), QStringLiteral("x1"));
        other.insert(QStringLiteral("conversationId"), QStringLiteral("c-tom"));
        QVERIFY(!model.upsert(other));
        other.remove(QStringLiteral("conversationId"));
        QVERIFY(!model.upsert(other));
        QCOMPARE(model.count(), 6);
    }

    void failedReplyCanBeRetried()
    {
        MessageListModel model;
        load(model);
        const QString localId = model.addSending(QStringLiteral("Hello?"), QStringLiteral("Demo"));
        model.fail(localId, QStringLiteral("Jack cannot be reached"));
        const QModelIndex last = model.index(model.indexOfLocal(localId));
        QCOMPARE(last.data(MessageListModel::IsFailedRole).toBool(), true);
        QCOMPARE(last.data(MessageListModel::CanRetryRole).toBool(), true);
        QCOMPARE(model.retry(localId), QStringLiteral("Hello?"));
        QCOMPARE(last.data(MessageListModel::IsSendingRole).toBool(), true);
        QCOMPARE(model.retry(localId), QString()); // not failed any more
    }

    void reloadKeepsRepliesStillOnTheirWay()
    {
        MessageListModel model;
        load(model);
        model.addSending(QStringLiteral("Wait"), QStringLiteral("Demo"));
        model.reset(fixtureItems(QStringLiteral("messages.json")));
        QCOMPARE(model.count(), 7);
        model.setConversation(QStringLiteral("c-tom"));
        QCOMPARE(model.count(), 0);
        QVERIFY(!model.loaded());
    }

    void earlierPageGoesAboveWhatIsShown()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(QStringLiteral("c-maria"));
        auto at = [](const QString &id, const QString &time) {
            QJsonObject message = stored(id, QStringLiteral("text ") + id, QStringLiteral("sent"));
            message.insert(QStringLiteral("createdAt"), time);
            return message;
        };
        // The newest page: hub positions 300 and 301 of the guest's timeline.
        QSignalSpy earlier(&model, &MessageListModel::earlierChanged);
        model.reset(
            QJsonArray { at("m300", "2026-03-15T14:00:00Z"), at("m301", "2026-03-15T14:01:00Z") },
            300);
        QVERIFY(model.hasEarlier());
        QCOMPARE(model.firstOffset(), 300);
        QCOMPARE(earlier.count(), 1);

        // Positions 200…300: one overlaps (m300 again) and is not doubled.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.prependEarlier(
            QJsonArray { at("m201", "2026-03-14T09:01:00Z"), at("m200", "2026-03-14T09:00:00Z"),
                at("m300", "2026-03-15T14:00:00Z") },
            200);
        QCOMPARE(model.count(), 4);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 1);
        QCOMPARE(model.at(0).id, QStringLiteral("m200"));
        QCOMPARE(model.at(1).id, QStringLiteral("m201"));
        QCOMPARE(model.at(2).id, QStringLiteral("m300"));
        QCOMPARE(model.firstOffset(), 200);
        QVERIFY(model.hasEarlier());

        // The oldest page: nothing earlier is left.
        model.prependEarlier(QJsonArray { at("m0", "2026-03-01T08:00:00Z") }, 0);
        QCOMPARE(model.at(0).id, QStringLiteral("m0"));
        QVERIFY(!model.hasEarlier());
        // Another conversation starts from scratch.
        model.setConversation(QStringLiteral("c-other"));
        QVERIFY(!model.hasEarlier());
        QCOMPARE(model.count(), 0);
    }

    void incomingMessageIsInsertedInTimeOrder()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QJsonObject guest {
            { "id", "m0" },
            { "conversationId", "c-maria" },
            { "direction", "inbound" },
            { "senderType", "guest" },
            { "content", "Hi" },
            { "createdAt", "2026-03-15T14:01:00Z" },
        };
        QVERIFY(model.upsert(guest));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.index(0).data(MessageListModel::IdRole).toString(), QStringLiteral("m0"));
        QVERIFY(model.upsert(guest)); // seen twice: updated in place, not added
        QCOMPARE(model.count(), 7);
    }

    void timelineSpansTheGuestsChannels()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadTimeline(model);
        // Both of Maria's conversations, not Tom's e-mail.
        QCOMPARE(model.count(), 6);
        QCOMPARE(model.indexOfId(QStringLiteral("x1")), -1);
        QCOMPARE(role(model, "t1", MessageListModel::ChannelRole).toString(),
            QStringLiteral("whatsapp"));
        QCOMPARE(
            role(model, "t1", MessageListModel::ChannelShortRole).toString(), QStringLiteral("WA"));
        QCOMPARE(role(model, "t4", MessageListModel::ChannelLabelRole).toString(),
            QStringLiteral("SMS"));
        QCOMPARE(role(model, "t4", MessageListModel::ConversationIdRole).toString(),
            QStringLiteral("c-sms"));
        // A divider where the guest moved from WhatsApp to SMS, and only there.
        QCOMPARE(role(model, "t1", MessageListModel::ChannelChangedRole).toBool(), false);
        QCOMPARE(role(model, "t3", MessageListModel::ChannelChangedRole).toBool(), false);
        QCOMPARE(role(model, "t4", MessageListModel::ChannelChangedRole).toBool(), true);
        QCOMPARE(role(model, "t5", MessageListModel::ChannelChangedRole).toBool(), false);
        QCOMPARE(role(model, "t4", MessageListModel::StartsGroupRole).toBool(), true);

        // A live message of the SMS conversation joins the timeline; Tom's does not.
        QJsonObject next = fixtureItem(QStringLiteral("guest-timeline.json"), QStringLiteral("t4"));
        next.insert(QStringLiteral("id"), QStringLiteral("t7"));
        next.insert(QStringLiteral("createdAt"), QStringLiteral("2026-03-15T14:09:00Z"));
        QVERIFY(model.upsert(next));
        QVERIFY(!model.upsert(fixtureItem(QStringLiteral("guest-timeline.json"), "x1")));
        QCOMPARE(model.count(), 7);

        // A reply typed here goes out on the open conversation's channel.
        model.setReplyChannel(QStringLiteral("whatsapp"));
        const QString local = model.addSending(QStringLiteral("On it"), QStringLiteral("Ana"));
        QCOMPARE(model.index(model.indexOfLocal(local)).data(MessageListModel::ChannelRole),
            QVariant(QStringLiteral("whatsapp")));
        QCOMPARE(model.index(model.indexOfLocal(local)).data(MessageListModel::ChannelChangedRole),
            QVariant(true));

        // Another conversation drops the timeline.
        model.setConversation(QStringLiteral("c-other"));
        QVERIFY(!model.showsConversation(QStringLiteral("c-sms")));
    }

    void outboxStatesBecomeTicksAndReasons()
    {
        MessageListModel model;
        loadTimeline(model);
        // Failed after five attempts: "!", the outbox's reason and the count, and Retry.
        QCOMPARE(role(model, "t3", MessageListModel::TickRole).toString(), QStringLiteral("!"));
        QCOMPARE(role(model, "t3", MessageListModel::IsFailedRole).toBool(), true);
        QCOMPARE(role(model, "t3", MessageListModel::CanRetryRole).toBool(), true);
        QCOMPARE(role(model, "t3", MessageListModel::AttemptsRole).toInt(), 5);
        QCOMPARE(role(model, "t3", MessageListModel::DeliveryReasonRole).toString(),
            QStringLiteral("WhatsApp refused the number (131026)"));
        QCOMPARE(role(model, "t3", MessageListModel::DeliveryTextRole).toString(),
            QStringLiteral("Not delivered: WhatsApp refused the number (131026) (tried 5 times)"));
        QCOMPARE(role(model, "t3", MessageListModel::PendingNoteRole).toString(), QString());

        // Queued after a throttled attempt: a clock and the reason in a muted line.
        QCOMPARE(role(model, "t5", MessageListModel::DeliveryStateRole).toString(),
            QStringLiteral("pending"));
        QCOMPARE(
            role(model, "t5", MessageListModel::TickRole).toString(), QStringLiteral("\u25F7"));
        QCOMPARE(role(model, "t5", MessageListModel::CanRetryRole).toBool(), false);
        QCOMPARE(role(model, "t5", MessageListModel::PendingNoteRole).toString(),
            QStringLiteral("Twilio is throttling this number · retrying"));
        // On its way to the provider: a clock, no note.
        QCOMPARE(role(model, "t6", MessageListModel::DeliveryStateRole).toString(),
            QStringLiteral("sending"));
        QCOMPARE(
            role(model, "t6", MessageListModel::TickRole).toString(), QStringLiteral("\u25F7"));
        QCOMPARE(role(model, "t6", MessageListModel::PendingNoteRole).toString(), QString());
        // Guests' messages have no delivery state.
        QCOMPARE(role(model, "t1", MessageListModel::DeliveryStateRole).toString(), QString());
        QCOMPARE(role(model, "t1", MessageListModel::CanRetryRole).toBool(), false);
    }

    void retriedMessageShowsWhatTheHubHolds()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadTimeline(model);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // The retry route's answer: the same row, queued again; no second bubble.
        QJsonObject retried = fixtureItem(QStringLiteral("guest-timeline.json"), "t3");
        retried.insert(QStringLiteral("deliveryStatus"), QStringLiteral("pending"));
        retried.insert(QStringLiteral("deliveryError"), QJsonValue::Null);
        retried.insert(QStringLiteral("delivery"),
            QJsonObject {
                { "state", "queued" }, { "attempts", 5 }, { "lastError", QJsonValue() } });
        QVERIFY(model.upsert(retried));
        QCOMPARE(model.count(), 6);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(role(model, "t3", MessageListModel::IsFailedRole).toBool(), false);
        QCOMPARE(role(model, "t3", MessageListModel::CanRetryRole).toBool(), false);
        QCOMPARE(role(model, "t3", MessageListModel::DeliveryStateRole).toString(),
            QStringLiteral("pending"));

        // Delivered later; a stale "queued" report then changes nothing.
        QJsonObject delivered = retried;
        delivered.insert(QStringLiteral("deliveryStatus"), QStringLiteral("delivered"));
        delivered.insert(QStringLiteral("delivery"),
            QJsonObject { { "state", "delivered" }, { "attempts", 6 } });
        QVERIFY(model.upsert(delivered));
        QVERIFY(model.upsert(retried));
        QCOMPARE(role(model, "t3", MessageListModel::DeliveryStateRole).toString(),
            QStringLiteral("delivered"));
        QCOMPARE(role(model, "t3", MessageListModel::AttemptsRole).toInt(), 6);
        QCOMPARE(role(model, "t3", MessageListModel::TickRole).toString(),
            QStringLiteral("\u2713\u2713"));
    }

    void mediaListsWhatCameWithTheMessage()
    {
        MessageListModel model;
        loadTimeline(model);
        QCOMPARE(role(model, "t1", MessageListModel::HasMediaRole).toBool(), true);
        QCOMPARE(role(model, "t4", MessageListModel::HasMediaRole).toBool(), false);
        const QVariantList photo = role(model, "t1", MessageListModel::MediaRole).toList();
        QCOMPARE(photo.size(), 1);
        const QVariantMap image = photo.first().toMap();
        QCOMPARE(image.value("mediaId").toString(), QStringLiteral("md1"));
        QCOMPARE(image.value("isImage").toBool(), true);
        QCOMPARE(image.value("stored").toBool(), true);
        QCOMPARE(image.value("fileName").toString(), QStringLiteral("stain.jpg"));
        QCOMPARE(image.value("sizeText").toString(), QStringLiteral("34 KB"));
        QCOMPARE(image.value("statusText").toString(), QString());

        const QVariantList files = role(model, "t2", MessageListModel::MediaRole).toList();
        QCOMPARE(files.size(), 2);
        const QVariantMap voice = files.at(0).toMap();
        QCOMPARE(voice.value("isImage").toBool(), false);
        QCOMPARE(voice.value("stored").toBool(), false);
        QCOMPARE(voice.value("fileName").toString(), QStringLiteral("Voice message"));
        QCOMPARE(voice.value("statusText").toString(), QStringLiteral("downloading…"));
        const QVariantMap pdf = files.at(1).toMap();
        QCOMPARE(pdf.value("sizeText").toString(), QStringLiteral("2.4 MB"));
        QCOMPARE(pdf.value("statusText").toString(),
            QStringLiteral("could not be downloaded: media expired"));

        // The hub finished the download: the event carries the stored file.
        QJsonObject later = fixtureItem(QStringLiteral("guest-timeline.json"), "t2");
        QJsonArray media = later.value(QStringLiteral("media")).toArray();
        QJsonObject audio = media.at(0).toObject();
        audio.insert(QStringLiteral("status"), QStringLiteral("stored"));
        media.replace(0, audio);
        later.insert(QStringLiteral("media"), media);
        QVERIFY(model.upsert(later));
        QCOMPARE(role(model, "t2", MessageListModel::MediaRole)
                     .toList()
                     .at(0)
                     .toMap()
                     .value("stored")
                     .toBool(),
            true);
    }

    void notesJoinTheTimelineAndStayThroughReloads()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model);
        const int messages = model.count();
        const QJsonObject note { { "id", "n1" }, { "conversationId", "c-maria" },
            { "type", "note" }, { "authorId", "s-sam" }, { "authorName", "Sam Staff" },
            { "content", "@Ana Costa she is allergic to feathers" },
            { "mentions", QJsonArray { "s-ana" } }, { "createdAt", "2026-03-15T14:03:30Z" } };
        model.resetNotes(QJsonArray { note,
                             QJsonObject { { "id", "n-other" }, { "conversationId", "c-elsewhere" },
                                 { "content", "not this guest" } } },
            QStringLiteral("s-ana"));
        QCOMPARE(model.count(), messages + 1);
        const int row = model.indexOfId(QStringLiteral("n1"));
        QVERIFY(row > 0);
        // Woven in by time, not appended.
        QVERIFY(model.at(row - 1).createdAt <= model.at(row).createdAt);
        QCOMPARE(role(model, "n1", MessageListModel::IsNoteRole).toBool(), true);
        QCOMPARE(role(model, "n1", MessageListModel::MentionsMeRole).toBool(), true);
        QCOMPARE(role(model, "n1", MessageListModel::SenderLabelRole).toString(),
            QStringLiteral("Sam Staff"));
        // A note is nobody's outgoing message: no ticks, no retry, no "why".
        QCOMPARE(role(model, "n1", MessageListModel::IsOutgoingRole).toBool(), false);
        QCOMPARE(role(model, "n1", MessageListModel::TickRole).toString(), QString());
        QCOMPARE(role(model, "n1", MessageListModel::CanRetryRole).toBool(), false);
        QCOMPARE(role(model, "n1", MessageListModel::CanExplainRole).toBool(), false);
        QCOMPARE(role(model, "m1", MessageListModel::IsNoteRole).toBool(), false);

        // Reloading the messages keeps the note; the event for it changes nothing twice.
        model.reset(fixtureItems(QStringLiteral("messages.json")));
        QCOMPARE(model.count(), messages + 1);
        QVERIFY(model.upsertNote(note, QStringLiteral("s-sam")));
        QCOMPARE(model.count(), messages + 1);
        QCOMPARE(role(model, "n1", MessageListModel::MentionsMeRole).toBool(), false);
        QVERIFY(!model.upsertNote(QJsonObject { { "id", "n2" }, { "conversationId", "c-other" } },
            QStringLiteral("s-sam")));
        // Reloading the notes keeps the messages.
        model.resetNotes({}, QStringLiteral("s-sam"));
        QCOMPARE(model.count(), messages);
    }

    void channelWords()
    {
        using namespace jack::desk;
        const QStringList channels { "whatsapp", "sms", "email", "webchat", "telegram" };
        const QStringList labels { "WhatsApp", "SMS", "Email", "Web chat", "Telegram" };
        const QStringList shorts { "WA", "SMS", "@", "WEB", "TG" };
        for (int i = 0; i < channels.size(); ++i) {
            QCOMPARE(wording::channelLabel(channels.at(i)), labels.at(i));
            QCOMPARE(wording::channelShort(channels.at(i)), shorts.at(i));
        }
        QCOMPARE(wording::sizeText(0), QString());
        QCOMPARE(wording::sizeText(812), QStringLiteral("812 B"));
    }

    void smsMeterCountsSegments()
    {
        jack::desk::SmsMeter meter;
        QSignalSpy measured(&meter, &jack::desk::SmsMeter::measured);
        meter.setText(QString(160, QLatin1Char('a')));
        QCOMPARE(measured.count(), 1);
        QCOMPARE(meter.segments(), 1);
        QCOMPARE(meter.summary(), QStringLiteral("160 characters · 1 segment (GSM-7)"));
        meter.setText(QString(161, QLatin1Char('a')));
        QCOMPARE(meter.segments(), 2);
        QVERIFY(!meter.tooLong());
        // One character outside GSM-7 makes the whole text Unicode (70 per segment).
        meter.setText(QStringLiteral("Obrigada \u4F60\u597D"));
        QCOMPARE(meter.encoding(), QStringLiteral("UCS-2"));
        QVERIFY(meter.summary().endsWith(QStringLiteral("(Unicode)")));
        meter.setText(QString(4 * 153, QLatin1Char('a')));
        QCOMPARE(meter.segments(), 4);
        QVERIFY(meter.tooLong());
    }
};

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
