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
};

QTEST_GUILESS_MAIN(TestTaskListModel)
#include "tst_tasklistmodel.moc"
