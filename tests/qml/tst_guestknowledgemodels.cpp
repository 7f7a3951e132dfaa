// The guest and knowledge screens' models on fixtures: rows, roles, grouping, filtering,
// editing, all under QAbstractItemModelTester.
#include "guestdirectory.h"
#include "guestlistmodel.h"
#include "guestprofile.h"
#include "importcandidatemodel.h"
#include "knowledgebook.h"
#include "knowledgeentrymodel.h"
#include "knowledgequestion.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace jack::desk;

namespace {
QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, 0).data(role).toString();
    return values;
}

std::vector<GuestStay> stays(const QJsonArray &items, bool guests)
{
    std::vector<GuestStay> rows;
    for (const QJsonValue &item : items)
        rows.push_back(guests ? GuestStay::fromGuest(item.toObject())
                              : GuestStay::fromReservation(item.toObject()));
    return rows;
}
} // namespace

class TestGuestKnowledgeModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reservationsBecomeGuestRows()
    {
        GuestListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &GuestListModel::countChanged);
        model.reset(stays(fixtureItems(QStringLiteral("reservations.json")), false));
        QCOMPARE(counted.size(), 1);
        QCOMPARE(column(model, GuestListModel::NameRole),
            QStringList({ "Ahmed Haddad", "Maria Santos", "James Whitfield" }));
        QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);

        const QModelIndex maria = model.index(1);
        QCOMPARE(maria.data(GuestListModel::GuestIdRole).toString(), QStringLiteral("g-maria"));
        QCOMPARE(maria.data(GuestListModel::RoomNumberRole).toString(), QStringLiteral("412"));
        QCOMPARE(
            maria.data(GuestListModel::StatusLabelRole).toString(), QStringLiteral("In house"));
        QCOMPARE(maria.data(GuestListModel::StatusToneRole).toString(), QStringLiteral("success"));
        QCOMPARE(maria.data(GuestListModel::StayTextRole).toString(),
            QStringLiteral("28 Nov – 1 Dec · 3 nights"));
        QCOMPARE(maria.data(GuestListModel::InitialsRole).toString(), QStringLiteral("MS"));

        const QModelIndex james = model.index(2);
        QVERIFY(james.data(GuestListModel::VipRole).toBool());
        QCOMPARE(james.data(GuestListModel::StatusLabelRole).toString(), QStringLiteral("Booked"));
        QCOMPARE(james.data(GuestListModel::StayTextRole).toString(),
            QStringLiteral("29 – 30 Nov · 1 night"));
        // No phone: the e-mail is how to reach him.
        QCOMPARE(james.data(GuestListModel::ContactRole).toString(),
            QStringLiteral("j.whitfield@example.co.uk"));

        model.append(stays(fixtureItems(QStringLiteral("guests.json")), true));
        QCOMPARE(model.count(), 5);
        QCOMPARE(model.indexOfName(QStringLiteral("Ana Ferreira")), 3);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void guestsWithoutAStayStillShow()
    {
        GuestListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(stays(fixtureItems(QStringLiteral("guests.json")), true));
        const QModelIndex ana = model.index(0);
        QCOMPARE(ana.data(GuestListModel::StatusRole).toString(), QString());
        QCOMPARE(ana.data(GuestListModel::StayTextRole).toString(), QString());
        QCOMPARE(ana.data(GuestListModel::ContactRole).toString(), QStringLiteral("+351919876543"));
        QCOMPARE(model.guestIdAt(1), QStringLiteral("g-maria"));
        QCOMPARE(model.index(1).data(GuestListModel::ReservationIdRole).toString(),
            QStringLiteral("r-maria"));
        QCOMPARE(model.guestIdAt(7), QString());
    }

    void directoryNamesItsListsAndEmptyStates()
    {
        QCOMPARE(GuestDirectory::pathOf(GuestDirectory::Arrivals),
            QStringLiteral("reservations/arriving-today"));
        QCOMPARE(GuestDirectory::pathOf(GuestDirectory::InHouse),
            QStringLiteral("reservations/in-house"));
        QCOMPARE(GuestDirectory::pathOf(GuestDirectory::Departures),
            QStringLiteral("reservations/departing-today"));
        QCOMPARE(GuestDirectory::pathOf(GuestDirectory::All), QStringLiteral("guests"));
        GuestDirectory directory;
        directory.setShow(GuestDirectory::Departures);
        QCOMPARE(directory.emptyTitle(), QStringLiteral("No departures today"));
        directory.setQuery(QStringLiteral("412"));
        QCOMPARE(directory.emptyTitle(), QStringLiteral("No guest matches “412”"));
    }

    // Export and erase are for managers and admins; staff are told why they do not get them.
    void profileSaysWhoMayExportAndErase()
    {
        GuestProfile profile;
        QSignalSpy roleChanged(&profile, &GuestProfile::roleChanged);
        profile.setRole(QStringLiteral("staff"));
        QVERIFY(!profile.canManageData());
        QVERIFY(profile.dataRightsNote().contains(QStringLiteral("manager")));
        profile.setRole(QStringLiteral("manager"));
        QVERIFY(profile.canManageData());
        QVERIFY(profile.dataRightsNote().isEmpty());
        profile.setRole(QStringLiteral("admin"));
        QVERIFY(profile.canManageData());
        QCOMPARE(roleChanged.size(), 3);
        QCOMPARE(GuestProfile::memoryCategories().size(), 5);
        QCOMPARE(GuestProfile::memoryCategories().first().toMap().value("text").toString(),
            QStringLiteral("Preference"));
        profile.setGuestId(QStringLiteral("g-1"));
        QVERIFY(profile.suggestedExportFile().isLocalFile());
        QVERIFY(profile.suggestedExportFile().fileName().endsWith(QStringLiteral("g-1.json")));
    }

    void knowledgeIsGroupedByCategoryAndFiltered()
    {
        KnowledgeEntryModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(fixtureItems(QStringLiteral("knowledge.json")));
        // Amenities (priority first), Dining, Policies.
        QCOMPARE(column(model, KnowledgeEntryModel::IdRole),
            QStringList({ "k-pool", "k-wifi", "k-breakfast", "k-checkout" }));
        QCOMPARE(column(model, KnowledgeEntryModel::CategoryLabelRole),
            QStringList({ "Amenities", "Amenities", "Dining", "Policies" }));
        QCOMPARE(model.categories(), QStringList({ "amenity", "dining", "policy" }));
        QCOMPARE(model.index(1).data(KnowledgeEntryModel::KeywordsTextRole).toString(),
            QStringLiteral("wifi, internet, password"));

        model.setFilterText(QStringLiteral("PASSWORD"));
        QCOMPARE(column(model, KnowledgeEntryModel::IdRole), QStringList({ "k-wifi" }));
        model.setFilterText(QStringLiteral("harbour room"));
        QCOMPARE(column(model, KnowledgeEntryModel::IdRole), QStringList({ "k-breakfast" }));
        model.setFilterText({});
        model.setCategory(QStringLiteral("amenity"));
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.totalCount(), 4);

        // A change from the feed: a new category appears, an archived entry goes.
        QSignalSpy categories(&model, &KnowledgeEntryModel::categoriesChanged);
        model.upsert({ { "id", "k-spa" }, { "category", "amenity" }, { "title", "Spa" },
            { "content", "The spa opens at 9:00." }, { "priority", 0 } });
        QCOMPARE(model.count(), 3);
        QCOMPARE(categories.size(), 0);
        model.upsert({ { "id", "k-taxi" }, { "category", "local_info" }, { "title", "Taxi" },
            { "content", "Taxis wait at the door." } });
        QCOMPARE(categories.size(), 1);
        QCOMPARE(model.count(), 3); // filtered to amenities
        model.upsert({ { "id", "k-pool" }, { "category", "amenity" }, { "archived", true } });
        QCOMPARE(column(model, KnowledgeEntryModel::IdRole), QStringList({ "k-spa", "k-wifi" }));
        model.remove(QStringLiteral("k-wifi"));
        QCOMPARE(model.indexOf(QStringLiteral("k-wifi")), -1);
        QCOMPARE(model.entry(QStringLiteral("k-taxi")).value("categoryLabel").toString(),
            QStringLiteral("Local info"));
        QCOMPARE(model.entryAt(0).value("title").toString(), QStringLiteral("Spa"));
        QVERIFY(model.entryAt(9).isEmpty());
    }

    void bookSaysWhoMayEdit()
    {
        KnowledgeBook book;
        book.setRole(QStringLiteral("staff"));
        QVERIFY(!book.canEdit());
        QVERIFY(!book.canImport());
        book.setRole(QStringLiteral("manager"));
        QVERIFY(book.canEdit());
        QVERIFY(!book.canImport());
        book.setRole(QStringLiteral("admin"));
        QVERIFY(book.canImport());
        QCOMPARE(
            KnowledgeBook::splitKeywords(QStringLiteral(" wifi, Internet ,, internet,pass word ")),
            QStringList({ "wifi", "Internet", "pass word" }));
        QCOMPARE(book.categoryOptions().first().toMap().value("text").toString(),
            QStringLiteral("All categories"));
        QVERIFY(book.editorCategories().size() >= 8);
    }

    void testQuestionShowsTheSources()
    {
        KnowledgeQuestion question;
        QSignalSpy answered(&question, &KnowledgeQuestion::answered);
        question.takeAnswer(
            QStringLiteral("Can I leave late?"), loadFixture(QStringLiteral("knowledge-ask.json")));
        QCOMPARE(answered.size(), 1);
        QVERIFY(question.hasAnswer());
        QVERIFY(!question.escalate());
        QCOMPARE(question.sources().size(), 2);
        const QVariantMap best = question.sources().first().toMap();
        QCOMPARE(best.value("title").toString(), QStringLiteral("Check-out time"));
        QCOMPARE(best.value("scoreText").toString(), QStringLiteral("100% match"));
        QCOMPARE(best.value("categoryLabel").toString(), QStringLiteral("Policies"));
        QCOMPARE(best.value("sentences").toStringList().size(), 2);
        QCOMPARE(question.sources().at(1).toMap().value("scoreText").toString(),
            QStringLiteral("42% match"));
        QVERIFY(question.howText().contains(QStringLiteral("Offline engine")));
        QVERIFY(question.howText().contains(QStringLiteral("83% sure")));
        question.clear();
        QVERIFY(!question.hasAnswer());
        QVERIFY(!question.ask(QStringLiteral("   "))); // nothing to ask, and no hub anyway
    }

    void importCandidatesAreReviewed()
    {
        ImportCandidateModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(loadFixture(QStringLiteral("import-preview.json"))
                        .value(QLatin1String("candidates"))
                        .toArray());
        QCOMPARE(model.count(), 2);
        // The likely duplicate starts unticked, and says why.
        QCOMPARE(model.keptCount(), 1);
        QVERIFY(!model.index(1).data(ImportCandidateModel::KeepRole).toBool());
        QVERIFY(model.index(1).data(ImportCandidateModel::NoteRole).toString().contains("90%"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0), QStringLiteral("Rooftop bar & terrace"),
            ImportCandidateModel::TitleRole));
        QVERIFY(model.setData(
            model.index(0), QStringLiteral("amenity"), ImportCandidateModel::CategoryRole));
        QVERIFY(
            !model.setData(model.index(0), QStringLiteral("  "), ImportCandidateModel::TitleRole));
        QCOMPARE(changed.size(), 2);
        QVERIFY(model.setData(model.index(1), true, ImportCandidateModel::KeepRole));
        QCOMPARE(model.keptCount(), 2);
        QVERIFY(model.setData(model.index(0), false, ImportCandidateModel::KeepRole));

        const QJsonArray kept = model.keptEntries();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().toObject().value("title").toString(), QStringLiteral("Internet"));
        model.setAllKept(true);
        const QJsonObject first = model.keptEntries().first().toObject();
        QCOMPARE(first.value("title").toString(), QStringLiteral("Rooftop bar & terrace"));
        QCOMPARE(first.value("category").toString(), QStringLiteral("amenity"));
        QCOMPARE(first.value("sourceUrl").toString(),
            QStringLiteral("https://www.example-hotel.com/#bar"));
        model.setAllKept(false);
        QCOMPARE(model.keptCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGuestKnowledgeModels)
#include "tst_guestknowledgemodels.moc"
