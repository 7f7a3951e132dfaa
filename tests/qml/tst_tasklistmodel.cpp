#include "taskfiltermodel.h"
#include "tasklistmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using jack::desk::TaskFilterModel;
using jack::desk::TaskListModel;

class TestTaskListModel : public QObject {
    Q_OBJECT

private:
    static QStringList ids(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, 0).data(TaskListModel::IdRole).toString();
        return result;
    }

private Q_SLOTS:
    void openFirstMostUrgentThenOldest()
    {
        TaskListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(fixtureItems(QStringLiteral("tasks.json")));
        QCOMPARE(ids(model), QStringList({ "t-fire", "t-leak", "t-old", "t-towels", "t-done" }));
        QCOMPARE(model.openCount(), 4);
        QCOMPARE(model.urgentCount(), 2);
        QCOMPARE(model.departments(),
            QStringList({ "front_desk", "housekeeping", "maintenance", "room_service" }));
        QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
        const QVariantList options = model.departmentOptions();
        QCOMPARE(options.size(), 5);
        QCOMPARE(options.at(0).toMap().value("text").toString(), QStringLiteral("All departments"));
        QCOMPARE(options.at(1).toMap().value("value").toString(), QStringLiteral("front_desk"));
        QCOMPARE(options.at(1).toMap().value("text").toString(), QStringLiteral("Front desk"));
    }

    void rolesSayWhatToDoNext()
    {
        TaskListModel model;
        model.setNow(QDateTime::fromString(QStringLiteral("2026-03-15T14:09:11Z"), Qt::ISODate));
        model.reset(fixtureItems(QStringLiteral("tasks.json")));
        const QModelIndex towels = model.index(model.indexOf(QStringLiteral("t-towels")));
        QCOMPARE(
            towels.data(TaskListModel::ItemsTextRole).toString(), QStringLiteral("2 × towels"));
        QCOMPARE(towels.data(TaskListModel::DepartmentLabelRole).toString(),
            QStringLiteral("Housekeeping"));
        QCOMPARE(towels.data(TaskListModel::StatusLabelRole).toString(), QStringLiteral("To do"));
        QCOMPARE(towels.data(TaskListModel::AgeTextRole).toString(), QStringLiteral("7m"));
        QCOMPARE(
            towels.data(TaskListModel::OpenedTextRole).toString(), QStringLiteral("opened 7m ago"));
        QCOMPARE(towels.data(TaskListModel::CanStartRole).toBool(), true);
        QCOMPARE(towels.data(TaskListModel::CanCompleteRole).toBool(), true);
        QCOMPARE(towels.data(TaskListModel::CanReopenRole).toBool(), false);

        const QModelIndex leak = model.index(model.indexOf(QStringLiteral("t-leak")));
        QCOMPARE(leak.data(TaskListModel::TitleRole).toString(), QStringLiteral("Shower leaking"));
        QCOMPARE(leak.data(TaskListModel::PriorityLabelRole).toString(), QStringLiteral("High"));
        QCOMPARE(leak.data(TaskListModel::CanStartRole).toBool(), false);

        const QModelIndex done = model.index(model.indexOf(QStringLiteral("t-done")));
        QCOMPARE(done.data(TaskListModel::IsOpenRole).toBool(), false);
        QCOMPARE(done.data(TaskListModel::CanReopenRole).toBool(), true);
        QCOMPARE(
            done.data(TaskListModel::DepartmentLabelRole).toString(), QStringLiteral("Front desk"));
    }

    void completingMovesTheTaskDown()
    {
        TaskListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(fixtureItems(QStringLiteral("tasks.json")));
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QJsonObject towels = fixtureItem(QStringLiteral("tasks.json"), QStringLiteral("t-towels"));
        towels.insert(QStringLiteral("status"), QStringLiteral("completed"));
        towels.insert(QStringLiteral("updatedAt"), QStringLiteral("2026-03-15T14:20:00Z"));
        QVERIFY(model.upsert(towels));
        QCOMPARE(ids(model), QStringList({ "t-fire", "t-leak", "t-old", "t-towels", "t-done" }));
        QCOMPARE(moved.count(), 0); // newest finished first: already in place
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(TaskListModel::StatusRole));
        QCOMPARE(model.openCount(), 3);

        QJsonObject fire = fixtureItem(QStringLiteral("tasks.json"), QStringLiteral("t-fire"));
        fire.insert(QStringLiteral("status"), QStringLiteral("completed"));
        fire.insert(QStringLiteral("updatedAt"), QStringLiteral("2026-03-15T14:10:00Z"));
        QVERIFY(model.upsert(fire));
        QCOMPARE(ids(model), QStringList({ "t-leak", "t-old", "t-towels", "t-fire", "t-done" }));
        QCOMPARE(moved.count(), 1);

        // Stale and repeated snapshots change nothing.
        QVERIFY(!model.upsert(fire));
        QJsonObject stale = fire;
        stale.insert(QStringLiteral("status"), QStringLiteral("pending"));
        stale.insert(QStringLiteral("updatedAt"), QStringLiteral("2026-03-15T14:00:00Z"));
        QVERIFY(!model.upsert(stale));
    }

    void newTaskIsInsertedInPlace()
    {
        TaskListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(fixtureItems(QStringLiteral("tasks.json")));
        QJsonObject pillow = fixtureItem(QStringLiteral("tasks.json"), QStringLiteral("t-towels"));
        pillow.insert(QStringLiteral("id"), QStringLiteral("t-pillow"));
        pillow.insert(QStringLiteral("priority"), QStringLiteral("high"));
        QVERIFY(model.upsert(pillow));
        QCOMPARE(ids(model),
            QStringList({ "t-fire", "t-leak", "t-pillow", "t-old", "t-towels", "t-done" }));
    }

    void filters()
    {
        TaskListModel model;
        model.reset(fixtureItems(QStringLiteral("tasks.json")));
        TaskFilterModel board(&model);
        QAbstractItemModelTester tester(
            &board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(ids(board), QStringList({ "t-fire", "t-leak", "t-old", "t-towels" }));
        board.setShow(TaskFilterModel::Done);
        QCOMPARE(ids(board), QStringList({ "t-done" }));
        board.setShow(TaskFilterModel::All);
        board.setDepartment(QStringLiteral("front_desk"));
        QCOMPARE(ids(board), QStringList({ "t-fire", "t-done" }));
        board.setDepartment({});
        board.setConversationId(QStringLiteral("c-maria"));
        QCOMPARE(ids(board), QStringList({ "t-old", "t-towels" }));
        QCOMPARE(board.count(), 2);
    }

    void dueTimesCountDownAndTurnRed()
    {
        TaskListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(QDateTime::fromString(QStringLiteral("2026-03-15T14:09:11Z"), Qt::ISODate));
        QJsonArray items = fixtureItems(QStringLiteral("tasks.json"));
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            if (item.value("id").toString() == QLatin1String("t-leak"))
                item.insert("dueAt", "2026-03-15T14:30:00Z"); // a time given by hand wins
            items.replace(i, item);
        }
        model.reset(items);
        auto role = [&model](const char *id, int role) {
            return model.index(model.indexOf(QString::fromLatin1(id))).data(role);
        };
        // Standard: an hour after it was opened (14:02 → 15:02).
        QCOMPARE(
            role("t-towels", TaskListModel::DueTextRole).toString(), QStringLiteral("due in 53m"));
        QCOMPARE(role("t-towels", TaskListModel::IsOverdueRole).toBool(), false);
        QCOMPARE(role("t-towels", TaskListModel::IsDueSoonRole).toBool(), false);
        QCOMPARE(
            role("t-leak", TaskListModel::DueTextRole).toString(), QStringLiteral("due in 20m"));
        // Urgent: 15 minutes (14:00 → 14:15), so amber now.
        QCOMPARE(role("t-fire", TaskListModel::IsDueSoonRole).toBool(), true);
        // The club sandwich from 12:00 is long overdue; done tasks have no countdown.
        QCOMPARE(role("t-old", TaskListModel::IsOverdueRole).toBool(), true);
        QCOMPARE(
            role("t-old", TaskListModel::DueTextRole).toString(), QStringLiteral("overdue 1h"));
        QCOMPARE(role("t-done", TaskListModel::DueTextRole).toString(), QString());
        QCOMPARE(role("t-done", TaskListModel::IsOverdueRole).toBool(), false);
        QCOMPARE(model.overdueCount(), 1);

        QSignalSpy counts(&model, &TaskListModel::countsChanged);
        model.setNow(QDateTime::fromString(QStringLiteral("2026-03-15T15:10:00Z"), Qt::ISODate));
        QCOMPARE(role("t-towels", TaskListModel::IsOverdueRole).toBool(), true);
        QCOMPARE(
            role("t-towels", TaskListModel::DueTextRole).toString(), QStringLiteral("overdue 7m"));
        QCOMPARE(model.overdueCount(), 4);
        QCOMPARE(counts.count(), 1);
    }

    void claimAndCompletionNote()
    {
        TaskListModel model;
        model.reset(fixtureItems(QStringLiteral("tasks.json")));
        const auto towels
            = [&model] { return model.index(model.indexOf(QStringLiteral("t-towels"))); };
        QCOMPARE(towels().data(TaskListModel::CanClaimRole).toBool(), false); // nobody signed in
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCurrentUserId(QStringLiteral("staff-1"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(towels().data(TaskListModel::CanClaimRole).toBool(), true);
        QJsonObject claimed = fixtureItem(QStringLiteral("tasks.json"), QStringLiteral("t-towels"));
        claimed.insert("assignedTo", "staff-1");
        claimed.insert("updatedAt", "2026-03-15T14:05:00Z");
        QVERIFY(model.upsert(claimed));
        QCOMPARE(towels().data(TaskListModel::IsMineRole).toBool(), true);
        QCOMPARE(towels().data(TaskListModel::CanClaimRole).toBool(), false);
        claimed.insert("status", "completed");
        claimed.insert("completionNote", "Left at the door");
        claimed.insert("updatedAt", "2026-03-15T14:20:00Z");
        QVERIFY(model.upsert(claimed));
        QCOMPARE(towels().data(TaskListModel::CompletionNoteRole).toString(),
            QStringLiteral("Left at the door"));
        QCOMPARE(towels().data(TaskListModel::CanClaimRole).toBool(), false); // done
    }

    void priorityFilter()
    {
        TaskListModel model;
        model.reset(fixtureItems(QStringLiteral("tasks.json")));
        TaskFilterModel board(&model);
        QAbstractItemModelTester tester(
            &board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.setPriority(QStringLiteral("urgent"));
        QCOMPARE(ids(board), QStringList({ "t-fire" }));
        board.setShow(TaskFilterModel::All);
        QCOMPARE(ids(board), QStringList({ "t-fire", "t-done" }));
        board.setPriority({});
        QCOMPARE(board.count(), 5);
    }
};

QTEST_GUILESS_MAIN(TestTaskListModel)
#include "tst_tasklistmodel.moc"
