// AlertWatch: what interrupts the clerk, from the inbox and task fixtures and live changes.
#include "alertwatch.h"
#include "conversationlistmodel.h"
#include "tasklistmodel.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTest>

using jack::desk::Alert;
using jack::desk::AlertWatch;
using jack::desk::ConversationListModel;
using jack::desk::TaskListModel;

class TestAlertWatch : public QObject {
    Q_OBJECT

private:
    static QJsonObject changed(const QString &id, const QJsonObject &fields)
    {
        QJsonObject conversation = fixtureItem(QStringLiteral("conversations.json"), id);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            conversation.insert(it.key(), it.value());
        conversation.insert(QStringLiteral("updatedAt"), QStringLiteral("2026-03-15T15:00:00Z"));
        return conversation;
    }
    static QList<Alert> alerts(const QSignalSpy &spy)
    {
        QList<Alert> result;
        for (const QList<QVariant> &call : spy)
            result.append(call.at(0).value<Alert>());
        return result;
    }

private Q_SLOTS:
    void whatWaitsAtSignInIsNotNewsButAnEmergencyIs()
    {
        ConversationListModel conversations;
        TaskListModel tasks;
        AlertWatch watch(&conversations, &tasks, nullptr);
        QSignalSpy raised(&watch, &AlertWatch::alertRaised);
        conversations.reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        tasks.reset(fixtureItems(QStringLiteral("tasks.json")));
        watch.check();
        // Tom and Lena already waited: no alert for them. The open fire task is an emergency.
        QCOMPARE(raised.count(), 1);
        const Alert fire = alerts(raised).constFirst();
        QVERIFY(fire.kind == Alert::Kind::Emergency);
        QCOMPARE(fire.summary, QStringLiteral("Emergency"));
        QCOMPARE(fire.body, QStringLiteral("Room 118 · Smoke alarm"));
        QVERIFY(fire.conversationId.isEmpty());
        QVERIFY(watch.emergencyActive());
        QCOMPARE(watch.emergencies().size(), 1);

        // Seen again (a reload): nothing new.
        tasks.reset(fixtureItems(QStringLiteral("tasks.json")));
        watch.check();
        QCOMPARE(raised.count(), 1);
        watch.acknowledge();
        QVERIFY(!watch.emergencyActive());
        watch.check();
        QVERIFY(!watch.emergencyActive()); // acknowledged stays acknowledged
    }

    void aNewEscalationIsSaidOnce()
    {
        ConversationListModel conversations;
        TaskListModel tasks;
        AlertWatch watch(&conversations, &tasks, nullptr);
        conversations.reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        tasks.reset({});
        watch.check();
        QSignalSpy raised(&watch, &AlertWatch::alertRaised);

        QVERIFY(conversations.upsert(changed(QStringLiteral("c-maria"),
            { { "state", "escalated" },
                { "escalationReason", "guest is unhappy with the room" } })));
        QTRY_COMPARE(raised.count(), 1); // the watch looks right after the change
        const Alert alert = alerts(raised).constFirst();
        QVERIFY(alert.kind == Alert::Kind::Escalation);
        QCOMPARE(alert.conversationId, QStringLiteral("c-maria"));
        QCOMPARE(alert.summary, QStringLiteral("Maria Santos needs you"));
        QCOMPARE(alert.body, QStringLiteral("Room 412 · guest is unhappy with the room"));
        QVERIFY(!watch.emergencyActive());

        // A later change of the same waiting conversation is not a new escalation.
        QJsonObject again = changed(QStringLiteral("c-maria"),
            { { "state", "escalated" }, { "lastMessagePreview", "Hello?" } });
        again.insert(QStringLiteral("updatedAt"), QStringLiteral("2026-03-15T15:01:00Z"));
        QVERIFY(conversations.upsert(again));
        watch.check();
        QCOMPARE(raised.count(), 1);

        // An older page of the inbox arrives with a conversation that waited all along.
        QJsonObject old = changed(QStringLiteral("c-old"), { { "state", "escalated" } });
        old.insert(QStringLiteral("id"), QStringLiteral("c-older"));
        old.insert(QStringLiteral("updatedAt"), QStringLiteral("2026-03-14T09:00:00Z"));
        conversations.appendPage(QJsonArray { old }, 7);
        QCOMPARE(conversations.count(), 7);
        watch.check();
        QCOMPARE(raised.count(), 1);
    }

    void anEmergencyStaysUntilAcknowledgedOrTakenOver()
    {
        ConversationListModel conversations;
        TaskListModel tasks;
        AlertWatch watch(&conversations, &tasks, nullptr);
        conversations.reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        tasks.reset({});
        watch.check();
        QSignalSpy raised(&watch, &AlertWatch::alertRaised);
        QSignalSpy banner(&watch, &AlertWatch::emergenciesChanged);

        QVERIFY(conversations.upsert(changed(QStringLiteral("c-maria"),
            { { "state", "escalated" }, { "currentIntent", "emergency" },
                { "escalationReason", QJsonValue::Null },
                { "lastMessagePreview", "There is smoke coming from the bathroom!" } })));
        watch.check();
        QCOMPARE(raised.count(), 1);
        const Alert alert = alerts(raised).constFirst();
        QVERIFY(alert.kind == Alert::Kind::Emergency);
        QCOMPARE(alert.summary, QStringLiteral("Emergency: Maria Santos"));
        QCOMPARE(
            alert.body, QStringLiteral("Room 412 · “There is smoke coming from the bathroom!”"));
        QVERIFY(watch.emergencyActive());
        QCOMPARE(watch.emergencies().constFirst().toMap().value("conversationId").toString(),
            QStringLiteral("c-maria"));

        // A colleague resolves it: the banner goes by itself.
        QJsonObject resolved = changed(QStringLiteral("c-maria"), { { "state", "resolved" } });
        resolved.insert(QStringLiteral("updatedAt"), QStringLiteral("2026-03-15T15:05:00Z"));
        QVERIFY(conversations.upsert(resolved));
        watch.check();
        QVERIFY(!watch.emergencyActive());
        QVERIFY(banner.count() >= 2);
        QCOMPARE(raised.count(), 1);
    }

    void overdueTasksAreSaidOnce()
    {
        ConversationListModel conversations;
        TaskListModel tasks;
        AlertWatch watch(&conversations, &tasks, nullptr);
        QJsonArray items;
        for (const QJsonValue &value : fixtureItems(QStringLiteral("tasks.json"))) {
            QJsonObject task = value.toObject();
            if (task.value("id").toString() == QLatin1String("t-fire"))
                continue;
            if (task.value("id").toString() == QLatin1String("t-towels"))
                task.insert(QStringLiteral("dueAt"), QStringLiteral("2026-03-15T14:00:00Z"));
            if (task.value("id").toString() == QLatin1String("t-done"))
                task.insert(QStringLiteral("dueAt"), QStringLiteral("2026-03-15T09:00:00Z"));
            items.append(task);
        }
        conversations.reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        tasks.reset(items);
        watch.setNow(QDateTime::fromString(QStringLiteral("2026-03-15T13:59:00Z"), Qt::ISODate));
        QSignalSpy raised(&watch, &AlertWatch::alertRaised);
        watch.check();
        QCOMPARE(raised.count(), 0);

        watch.setNow(QDateTime::fromString(QStringLiteral("2026-03-15T14:10:00Z"), Qt::ISODate));
        watch.check();
        QCOMPARE(raised.count(), 1); // the towels; the finished task does not count
        const Alert alert = alerts(raised).constFirst();
        QVERIFY(alert.kind == Alert::Kind::OverdueTasks);
        QCOMPARE(alert.summary, QStringLiteral("Task overdue: Bring 2 towels"));
        QVERIFY2(alert.body.startsWith(QStringLiteral("Room 412 · Housekeeping · due ")),
            qPrintable(alert.body));
        QCOMPARE(alert.conversationId, QStringLiteral("c-maria"));
        watch.check();
        QCOMPARE(raised.count(), 1);
    }

    void signingOutForgetsEverything()
    {
        ConversationListModel conversations;
        TaskListModel tasks;
        AlertWatch watch(&conversations, &tasks, nullptr);
        conversations.reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        tasks.reset(fixtureItems(QStringLiteral("tasks.json")));
        watch.check();
        QVERIFY(watch.emergencyActive());
        conversations.clear();
        tasks.clear();
        watch.check();
        QVERIFY(!watch.emergencyActive());
    }
};

QTEST_GUILESS_MAIN(TestAlertWatch)
#include "tst_alertwatch.moc"
