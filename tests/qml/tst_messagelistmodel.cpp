#include "messagelistmodel.h"
#include "testdata.h"

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
};

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
