// The composer's C++ helpers on their own: the canned-response list and its search, the
// @mentions found in a note, the description a message suggests for a task.
#include "apiclient.h"
#include "cannedresponsemodel.h"
#include "noteboard.h"
#include "taskcreator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using jack::desk::CannedResponseModel;

class TestComposerHelpers : public QObject {
    Q_OBJECT

private:
    static QJsonArray responses()
    {
        return {
            QJsonObject { { "id", "r1" }, { "title", "Wi-Fi details" }, { "category", "Stay" },
                { "content", "The password is {wifi.password}." },
                { "filled",
                    QJsonObject { { "text", "The password is seagull2026." },
                        { "missing", QJsonArray {} } } } },
            QJsonObject { { "id", "r2" }, { "title", "Taxi booked" }, { "category", "Requests" },
                { "content", "Your taxi is booked for {pickup.time}, {guest.firstName}." },
                { "filled",
                    QJsonObject { { "text", "Your taxi is booked for {pickup.time}, Maria." },
                        { "missing", QJsonArray { "pickup.time" } } } } },
            // Without a conversation the hub sends no "filled": the text is used as written.
            QJsonObject { { "id", "r3" }, { "title", "Welcome" }, { "category", QJsonValue() },
                { "content", "Welcome to {hotel.name}!" } },
        };
    }

private Q_SLOTS:
    void cannedResponsesSearchAndFill()
    {
        jack::desk::ApiClient api;
        CannedResponseModel model(&api);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &CannedResponseModel::countChanged);
        model.setItems(responses());
        QCOMPARE(model.count(), 3);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
        QCOMPARE(model.index(1).data(CannedResponseModel::TitleRole).toString(),
            QStringLiteral("Taxi booked"));
        QCOMPARE(model.index(1).data(CannedResponseModel::MissingRole).toStringList(),
            QStringList { "pickup.time" });
        QCOMPARE(model.index(1).data(CannedResponseModel::HasMissingRole).toBool(), true);
        QCOMPARE(model.textAt(0), QStringLiteral("The password is seagull2026."));
        QCOMPARE(model.textAt(2), QStringLiteral("Welcome to {hotel.name}!"));
        QCOMPARE(model.textAt(3), QString());

        // Search in title, category and text; titles that start with it come first.
        model.setSearch(QStringLiteral("wel"));
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.titleAt(0), QStringLiteral("Welcome"));
        model.setSearch(QStringLiteral("REQUESTS"));
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.titleAt(0), QStringLiteral("Taxi booked"));
        model.setSearch(QStringLiteral("ta"));
        QCOMPARE(model.titleAt(0), QStringLiteral("Taxi booked"));
        model.setSearch(QStringLiteral("nothing like it"));
        QCOMPARE(model.count(), 0);
        QCOMPARE(model.textAt(0), QString());
        model.setSearch({});
        QCOMPARE(model.count(), 3);
    }

    void mentionsAreWholeNames()
    {
        const QVariantList staff {
            QVariantMap { { "id", "s-ana" }, { "name", "Ana" } },
            QVariantMap { { "id", "s-anac" }, { "name", "Ana Costa" } },
            QVariantMap { { "id", "s-sam" }, { "name", "Sam Staff" } },
        };
        using jack::desk::NoteBoard;
        QCOMPARE(NoteBoard::mentionedIds(QStringLiteral("@Ana Costa please check"), staff),
            QStringList { "s-anac" });
        QCOMPARE(NoteBoard::mentionedIds(QStringLiteral("@ana and @Sam Staff, see 412"), staff),
            QStringList({ "s-sam", "s-ana" }));
        QCOMPARE(NoteBoard::mentionedIds(QStringLiteral("@Anabela is not Ana; mail sam@x"), staff),
            QStringList {});
        QCOMPARE(NoteBoard::mentionedIds(QStringLiteral("@Ana Costa @Ana Costa"), staff),
            QStringList { "s-anac" });
    }

    void taskDescriptionFromAMessage()
    {
        using jack::desk::TaskCreator;
        QCOMPARE(TaskCreator::descriptionFor(QStringLiteral("  Two more\n towels   please ")),
            QStringLiteral("Two more towels please"));
        const QString longText(400, QLatin1Char('a'));
        QCOMPARE(TaskCreator::descriptionFor(longText).size(), 280);
        QVERIFY(TaskCreator::descriptionFor(longText).endsWith(QChar(0x2026)));
        QCOMPARE(TaskCreator::departments().size(), 5);
        QCOMPARE(TaskCreator::priorities().first().toMap().value("value").toString(),
            QStringLiteral("low"));
        // Nothing to create without a hub, a department or a description.
        TaskCreator creator;
        QVERIFY(!creator.create(QStringLiteral("c1"), QStringLiteral("housekeeping"),
            QStringLiteral("high"), QStringLiteral("towels")));
    }
};

QTEST_GUILESS_MAIN(TestComposerHelpers)
#include "tst_composerhelpers.moc"
