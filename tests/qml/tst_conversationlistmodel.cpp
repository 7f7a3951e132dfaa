#include "conversationlistmodel.h"
#include "inboxfiltermodel.h"
#include "quickswitchermodel.h"
#include "readmarks.h"
#include "snoozepresets.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using jack::desk::ConversationListModel;
using jack::desk::InboxFilterModel;
using jack::desk::QuickSwitcherModel;
using jack::desk::ReadMarks;
using jack::desk::SnoozePresets;

class TestConversationListModel : public QObject {
    Q_OBJECT

private:
    static QStringList ids(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, 0).data(ConversationListModel::IdRole).toString();
        return result;
    }
    static QDateTime at(const char *iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    }

private Q_SLOTS:
    void sortsNeedsYouFirstThenLatest()
    {
        ConversationListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(fixtureItems(QStringLiteral("conversations.json")), 8);
        // Escalated longest-waiting first, then open newest first, then finished.
        QCOMPARE(
            ids(model), QStringList({ "c-lena", "c-tom", "c-new", "c-maria", "c-anon", "c-old" }));
        QVERIFY(model.loaded());
    }

    void waitingTimeIsTheGuestsLastMessage()
    {
        ConversationListModel model;
        model.setNow(at("2026-03-15T14:10:00Z"));
        QJsonArray items = fixtureItems(QStringLiteral("conversations.json"));
        // Tom last wrote at 13:30 (Jack answered at 14:07): he has waited longer than Lena,
        // whose last message is from 13:40.
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            if (item.value("id").toString() == QLatin1String("c-tom")) {
                item.insert("lastGuestMessageAt", "2026-03-15T13:30:00Z");
                item.insert("assignedToName", "Sam Staff");
                item.insert("language", "pt");
            }
            items.replace(i, item);
        }
        model.reset(items, 6);
        QCOMPARE(model.indexOf(QStringLiteral("c-tom")), 0); // waiting longer than Lena
        const QModelIndex tom = model.index(0);
        QCOMPARE(tom.data(ConversationListModel::AgeTextRole).toString(), QStringLiteral("40m"));
        QCOMPARE(tom.data(ConversationListModel::AssignedToNameRole).toString(),
            QStringLiteral("Sam Staff"));
        QCOMPARE(tom.data(ConversationListModel::LanguageLabelRole).toString(),
            QStringLiteral("Portuguese"));

        // A new guest message resets the wait.
        model.applyMessage(QStringLiteral("c-tom"),
            { { "senderType", "guest" }, { "content", "Hello?" },
                { "createdAt", "2026-03-15T14:09:00Z" } });
        QCOMPARE(model.index(model.indexOf(QStringLiteral("c-tom")))
                     .data(ConversationListModel::AgeTextRole)
                     .toString(),
            QStringLiteral("1m"));
        QCOMPARE(model.indexOf(QStringLiteral("c-tom")), 1);
    }

    void invalidIndexHasNoFlags()
    {
        ConversationListModel model;
        model.reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
        QCOMPARE(model.flags(model.index(99)), Qt::NoItemFlags);
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsEnabled);
    }

    void rolesSayWhatTheClerkSees()
    {
        ConversationListModel model;
        model.setNow(at("2026-03-15T14:09:00Z"));
        model.reset(fixtureItems(QStringLiteral("conversations.json")), 6);

        const QModelIndex tom = model.index(model.indexOf(QStringLiteral("c-tom")));
        QCOMPARE(tom.data(ConversationListModel::DisplayNameRole).toString(),
            QStringLiteral("Tom Reed"));
        QCOMPARE(tom.data(ConversationListModel::StateLabelRole).toString(),
            QStringLiteral("Needs you"));
        QCOMPARE(
            tom.data(ConversationListModel::StateToneRole).toString(), QStringLiteral("attention"));
        QCOMPARE(tom.data(ConversationListModel::NeedsPersonRole).toBool(), true);
        QCOMPARE(tom.data(ConversationListModel::AgeTextRole).toString(), QStringLiteral("2m"));
        QCOMPARE(
            tom.data(ConversationListModel::ChannelLabelRole).toString(), QStringLiteral("SMS"));
        QCOMPARE(tom.data(ConversationListModel::IntentLabelRole).toString(),
            QStringLiteral("Wants a person"));

        // No name: the number the guest wrote from; the preview is one line.
        const QModelIndex anonymous = model.index(model.indexOf(QStringLiteral("c-anon")));
        QCOMPARE(anonymous.data(ConversationListModel::DisplayNameRole).toString(),
            QStringLiteral("+447700900999"));
        QCOMPARE(
            anonymous.data(ConversationListModel::InitialsRole).toString(), QStringLiteral("#"));
        QCOMPARE(anonymous.data(ConversationListModel::PreviewRole).toString(),
            QStringLiteral("Is breakfast included?"));
        QCOMPARE(
            anonymous.data(ConversationListModel::AgeTextRole).toString(), QStringLiteral("1h"));
        QCOMPARE(anonymous.data(ConversationListModel::StateLabelRole).toString(),
            QStringLiteral("Waiting on guest"));

        const QVariantMap maria = model.toMap(QStringLiteral("c-maria"));
        QCOMPARE(maria.value(QStringLiteral("roomNumber")).toString(), QStringLiteral("412"));
        QCOMPARE(maria.value(QStringLiteral("initials")).toString(), QStringLiteral("MS"));
        QCOMPARE(
            maria.value(QStringLiteral("stateLabel")).toString(), QStringLiteral("Jack handling"));
    }

    void whatsAppWindowIsOpenClosedOrUnknown()
    {
        ConversationListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(at("2026-03-15T14:00:00Z"));
        QJsonObject open = fixtureItem(QStringLiteral("conversations.json"), "c-maria");
        open.insert(QStringLiteral("window"),
            QJsonObject { { "open", true }, { "closesAt", "2026-03-15T17:10:00Z" } });
        QJsonObject closed = fixtureItem(QStringLiteral("conversations.json"), "c-tom");
        closed.insert(QStringLiteral("channel"), QStringLiteral("whatsapp"));
        closed.insert(QStringLiteral("window"),
            QJsonObject { { "open", false }, { "closesAt", "2026-03-14T09:00:00Z" } });
        model.reset(QJsonArray { open, closed,
                        fixtureItem(QStringLiteral("conversations.json"), "c-anon") },
            3);

        const QVariantMap maria = model.toMap(QStringLiteral("c-maria"));
        QCOMPARE(maria.value("windowKnown").toBool(), true);
        QCOMPARE(maria.value("windowOpen").toBool(), true);
        QCOMPARE(
            maria.value("windowHint").toString(), QStringLiteral("WhatsApp window closes in 3 h"));
        const QVariantMap tom = model.toMap(QStringLiteral("c-tom"));
        QCOMPARE(tom.value("windowKnown").toBool(), true);
        QCOMPARE(tom.value("windowOpen").toBool(), false);
        QCOMPARE(tom.value("windowHint").toString(), QString());
        // No "window" from the hub (another channel, or an older hub): nothing is claimed.
        const QVariantMap anonymous = model.toMap(QStringLiteral("c-anon"));
        QCOMPARE(anonymous.value("windowKnown").toBool(), false);
        QCOMPARE(anonymous.value("windowOpen").toBool(), false);

        // The clock closes a window the hub called open.
        model.setNow(at("2026-03-15T17:05:00Z"));
        QCOMPARE(model.toMap(QStringLiteral("c-maria")).value("windowHint").toString(),
            QStringLiteral("WhatsApp window closes in 5 min"));
        model.setNow(at("2026-03-15T17:11:00Z"));
        QCOMPARE(model.toMap(QStringLiteral("c-maria")).value("windowOpen").toBool(), false);
    }

    void countsFollowTheUser()
    {
        ConversationListModel model;
        model.reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        QCOMPARE(model.needsYouCount(), 2);
        QCOMPARE(model.mineCount(), 0);
        QCOMPARE(model.openCount(), 5);
        QCOMPARE(model.finishedCount(), 1);
        QSignalSpy counts(&model, &ConversationListModel::countsChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCurrentUserId(QStringLiteral("staff-1"));
        QCOMPARE(model.mineCount(), 2); // c-lena and c-new; c-old is resolved
        QCOMPARE(model.jackHandlingCount(), 2); // c-maria and c-anon
        QCOMPARE(counts.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(2).value<QList<int>>(),
            QList<int>({ ConversationListModel::IsMineRole }));
    }

    void escalationMovesTheRowUpWithTargetedSignals()
    {
        ConversationListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QJsonObject maria
            = fixtureItem(QStringLiteral("conversations.json"), QStringLiteral("c-maria"));
        maria.insert(QStringLiteral("state"), QStringLiteral("escalated"));
        maria.insert(QStringLiteral("escalationReason"), QStringLiteral("guest repeated"));
        maria.insert(QStringLiteral("updatedAt"), QStringLiteral("2026-03-15T14:08:00Z"));
        QVERIFY(model.upsert(maria));

        QCOMPARE(
            ids(model), QStringList({ "c-lena", "c-maria", "c-tom", "c-new", "c-anon", "c-old" }));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(changed.count(), 1);
        const QList<int> roles = changed.first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(ConversationListModel::StateRole));
        QVERIFY(roles.contains(ConversationListModel::NeedsPersonRole));
        QVERIFY(!roles.contains(ConversationListModel::GuestNameRole));
        QCOMPARE(model.needsYouCount(), 3);
    }

    void staleOrRepeatedSnapshotsChangeNothing()
    {
        ConversationListModel model;
        model.reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // The same snapshot again (a change seen twice) is harmless.
        const QJsonObject tom
            = fixtureItem(QStringLiteral("conversations.json"), QStringLiteral("c-tom"));
        model.upsert(tom);
        QCOMPARE(changed.count(), 0);

        // An older snapshot than the row's never rolls it back.
        QJsonObject older = tom;
        older.insert(QStringLiteral("state"), QStringLiteral("active"));
        older.insert(QStringLiteral("updatedAt"), QStringLiteral("2026-03-15T14:00:00Z"));
        QVERIFY(!model.upsert(older));
        QCOMPARE(model.index(model.indexOf(QStringLiteral("c-tom")))
                     .data(ConversationListModel::StateRole)
                     .toString(),
            QStringLiteral("escalated"));
        QCOMPARE(changed.count(), 0);
    }

    void newConversationIsInsertedInPlace()
    {
        ConversationListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QJsonObject fresh
            = fixtureItem(QStringLiteral("conversations.json"), QStringLiteral("c-maria"));
        fresh.insert(QStringLiteral("id"), QStringLiteral("c-fresh"));
        fresh.insert(QStringLiteral("lastMessageAt"), QStringLiteral("2026-03-15T14:08:00Z"));
        QVERIFY(model.upsert(fresh));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.indexOf(QStringLiteral("c-fresh")), 2); // first of the open group
        QCOMPARE(model.count(), 7);
    }

    void messageMovesConversationForward()
    {
        ConversationListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(at("2026-03-15T14:10:00Z"));
        model.reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QJsonObject message {
            { "id", "m9" },
            { "senderType", "guest" },
            { "content", "Still waiting…" },
            { "createdAt", "2026-03-15T14:09:00Z" },
        };
        QVERIFY(model.applyMessage(QStringLiteral("c-anon"), message));
        QCOMPARE(model.indexOf(QStringLiteral("c-anon")), 2);
        const QModelIndex anonymous = model.index(2);
        QCOMPARE(anonymous.data(ConversationListModel::PreviewRole).toString(),
            QStringLiteral("Still waiting…"));
        QCOMPARE(
            anonymous.data(ConversationListModel::AgeTextRole).toString(), QStringLiteral("1m"));
        const QList<int> roles = changed.last().at(2).value<QList<int>>();
        QVERIFY(roles.contains(ConversationListModel::PreviewRole));
        QVERIFY(!roles.contains(ConversationListModel::StateRole));
        QVERIFY(!model.applyMessage(QStringLiteral("c-unknown"), message));
    }

    void previewIsWhatTheGuestLastSaid()
    {
        ConversationListModel model;
        QJsonArray items;
        items.append(QJsonObject { { "id", "c-1" }, { "state", "escalated" },
            { "guestName", "Ahmed Haddad" }, { "lastMessageAt", "2026-03-15T14:05:00Z" },
            { "lastMessagePreview", "I'm sorry about that!" }, { "lastMessageSenderType", "ai" },
            { "lastMessageSenderName", "Jack" },
            { "lastGuestMessagePreview", "I want to speak to a manager" } });
        items.append(QJsonObject { { "id", "c-2" }, { "state", "waiting" },
            { "guestName", "Nobody Yet" }, { "lastMessageAt", "2026-03-15T14:00:00Z" },
            { "lastMessagePreview", "Welcome to the hotel" }, { "lastMessageSenderType", "staff" },
            { "lastMessageSenderName", "Ana" } });
        model.reset(items, 2);
        const auto preview = [&](const char *id) {
            return model.index(model.indexOf(QString::fromLatin1(id)))
                .data(ConversationListModel::PreviewRole)
                .toString();
        };
        QCOMPARE(preview("c-1"), QStringLiteral("I want to speak to a manager"));
        QCOMPARE(preview("c-2"), QStringLiteral("Ana: Welcome to the hotel"));

        // Jack answering does not hide what the guest asked; the guest's next words do.
        QVERIFY(model.applyMessage(QStringLiteral("c-1"),
            { { "id", "m1" }, { "senderType", "ai" }, { "senderName", "Jack" },
                { "content", "A colleague will reply shortly." },
                { "createdAt", "2026-03-15T14:06:00Z" } }));
        QCOMPARE(preview("c-1"), QStringLiteral("I want to speak to a manager"));
        QVERIFY(model.applyMessage(QStringLiteral("c-1"),
            { { "id", "m2" }, { "senderType", "guest" }, { "content", "Still waiting…" },
                { "createdAt", "2026-03-15T14:07:00Z" } }));
        QCOMPARE(preview("c-1"), QStringLiteral("Still waiting…"));
    }

    void pagesAreFetchedOnDemand()
    {
        ConversationListModel model;
        QSignalSpy more(&model, &ConversationListModel::moreRequested);
        model.reset(fixtureItems(QStringLiteral("conversations.json")), 8);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(more.count(), 1);
        QCOMPARE(more.first().first().toInt(), 6);
        QVERIFY(!model.canFetchMore({})); // one request at a time
        QJsonObject extra
            = fixtureItem(QStringLiteral("conversations.json"), QStringLiteral("c-old"));
        extra.insert(QStringLiteral("id"), QStringLiteral("c-page2"));
        model.appendPage(QJsonArray { extra }, 8);
        QCOMPARE(model.count(), 7);
        QVERIFY(model.canFetchMore({}));
    }

    void inboxFilters()
    {
        ConversationListModel model;
        model.setCurrentUserId(QStringLiteral("staff-1"));
        model.reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        InboxFilterModel inbox(&model);
        QAbstractItemModelTester tester(
            &inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(ids(inbox), QStringList({ "c-lena", "c-tom", "c-new", "c-maria", "c-anon" }));
        inbox.setFilter(InboxFilterModel::NeedsYou);
        QCOMPARE(ids(inbox), QStringList({ "c-lena", "c-tom" }));
        inbox.setFilter(InboxFilterModel::Mine);
        QCOMPARE(ids(inbox), QStringList({ "c-lena", "c-new" }));
        inbox.setFilter(InboxFilterModel::JackHandling);
        QCOMPARE(ids(inbox), QStringList({ "c-maria", "c-anon" }));
        inbox.setFilter(InboxFilterModel::Finished);
        QCOMPARE(ids(inbox), QStringList({ "c-old" }));
        inbox.setFilter(InboxFilterModel::All);
        QCOMPARE(inbox.count(), 6);
        inbox.setSearch(QStringLiteral("412"));
        QCOMPARE(ids(inbox), QStringList({ "c-maria" }));
        QCOMPARE(inbox.idAt(0), QStringLiteral("c-maria"));
        QCOMPARE(inbox.rowOf(QStringLiteral("c-maria")), 0);
        QCOMPARE(inbox.rowOf(QStringLiteral("c-tom")), -1);
        inbox.setSearch(QStringLiteral("breakfast"));
        QCOMPARE(ids(inbox), QStringList({ "c-anon" }));

        // A live change that leaves the filter takes the row out.
        inbox.setSearch({});
        inbox.setFilter(InboxFilterModel::NeedsYou);
        QJsonObject tom
            = fixtureItem(QStringLiteral("conversations.json"), QStringLiteral("c-tom"));
        tom.insert(QStringLiteral("state"), QStringLiteral("resolved"));
        tom.insert(QStringLiteral("updatedAt"), QStringLiteral("2026-03-15T14:30:00Z"));
        model.upsert(tom);
        QCOMPARE(ids(inbox), QStringList({ "c-lena" }));
    }

    void emergenciesArePinnedAndSnoozedLeaveTheOpenLists()
    {
        ConversationListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(at("2026-03-15T14:10:00Z"));
        model.setCurrentUserId(QStringLiteral("staff-1"));
        model.reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        InboxFilterModel inbox(&model);
        QAbstractItemModelTester inboxTester(
            &inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // An emergency jumps above every escalation, with its own role.
        QJsonObject anon
            = fixtureItem(QStringLiteral("conversations.json"), QStringLiteral("c-anon"));
        anon.insert("currentIntent", "emergency");
        anon.insert("state", "escalated");
        anon.insert("updatedAt", "2026-03-15T14:09:00Z");
        QVERIFY(model.upsert(anon));
        QCOMPARE(ids(model).first(), QStringLiteral("c-anon"));
        QVERIFY(model.index(0).data(ConversationListModel::IsEmergencyRole).toBool());
        QCOMPARE(model.emergencyCount(), 1);

        // A snooze takes Maria out of Open (and its count) and into Snoozed.
        QJsonObject maria
            = fixtureItem(QStringLiteral("conversations.json"), QStringLiteral("c-maria"));
        maria.insert("snoozedUntil", "2026-03-15T18:00:00Z");
        maria.insert("updatedAt", "2026-03-15T14:09:30Z");
        QVERIFY(model.upsert(maria));
        const QModelIndex snoozed = model.index(model.indexOf(QStringLiteral("c-maria")));
        QVERIFY(snoozed.data(ConversationListModel::IsSnoozedRole).toBool());
        QVERIFY(snoozed.data(ConversationListModel::SnoozeTextRole)
                    .toString()
                    .startsWith(QStringLiteral("until ")));
        QCOMPARE(model.snoozedCount(), 1);
        QCOMPARE(model.openCount(), 4);
        QVERIFY(!ids(inbox).contains(QStringLiteral("c-maria")));
        inbox.setFilter(InboxFilterModel::Snoozed);
        QCOMPARE(ids(inbox), QStringList({ "c-maria" }));
        inbox.setFilter(InboxFilterModel::Unassigned);
        QCOMPARE(ids(inbox), QStringList({ "c-anon", "c-tom" }));
        QCOMPARE(model.unassignedCount(), 2);

        // Channels: the filter and its choices.
        inbox.setFilter(InboxFilterModel::Open);
        inbox.setChannel(QStringLiteral("whatsapp"));
        QCOMPARE(ids(inbox), QStringList({ "c-anon", "c-new" }));
        inbox.setChannel({});
        const QVariantList channels = model.channelOptions();
        QCOMPARE(channels.size(), 5); // all + email, sms, webchat, whatsapp
        QCOMPARE(channels.at(0).toMap().value("text").toString(), QStringLiteral("All channels"));

        // The guest writes: the snooze ends with the message, as on the hub.
        QVERIFY(model.applyMessage(QStringLiteral("c-maria"),
            { { "senderType", "guest" }, { "content", "Are you there?" },
                { "createdAt", "2026-03-15T14:09:50Z" } }));
        QCOMPARE(model.snoozedCount(), 0);
        QVERIFY(ids(inbox).contains(QStringLiteral("c-maria")));
    }

    void hubCountsStandInWhilePagesAreMissing()
    {
        ConversationListModel model;
        model.reset(fixtureItems(QStringLiteral("conversations.json")), 2000);
        QVERIFY(!model.complete());
        QCOMPARE(model.needsYouCount(), 2); // what is loaded, until the hub answers
        QSignalSpy counts(&model, &ConversationListModel::countsChanged);
        model.setHubCounts({ { "open", 1500 }, { "needsYou", 40 }, { "mine", 7 },
            { "unassigned", 900 }, { "snoozed", 12 }, { "finished", 488 } });
        QCOMPARE(counts.count(), 1);
        QCOMPARE(model.openCount(), 1500);
        QCOMPARE(model.needsYouCount(), 40);
        QCOMPARE(model.snoozedCount(), 12);
        QCOMPARE(model.finishedCount(), 488);

        // The hub's search found a guest in a page not loaded yet: shown (the filter lets the
        // hub's matches through, older messages included), paging unchanged.
        // (The model tester asks for the next page itself.)
        QSignalSpy more(&model, &ConversationListModel::moreRequested);
        InboxFilterModel inbox(&model);
        QAbstractItemModelTester tester(
            &inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QJsonObject far
            = fixtureItem(QStringLiteral("conversations.json"), QStringLiteral("c-maria"));
        far.insert("id", "c-far");
        far.insert("guestName", "Olga Berg");
        inbox.setSearch(QStringLiteral("spa"));
        QCOMPARE(inbox.count(), 0);
        model.mergeFound(QJsonArray { far });
        inbox.setHubMatches(QStringLiteral("spa"), { QStringLiteral("c-far") });
        QCOMPARE(ids(inbox), QStringList({ "c-far" }));
        QCOMPARE(model.count(), 7);
        QVERIFY(!model.complete());
        model.fetchMore({});
        QVERIFY(!more.isEmpty());
        QCOMPARE(more.last().first().toInt(), 6); // the pages, not the found row
        inbox.setSearch(QStringLiteral("spa pool")); // another search: the old matches expire
        QCOMPARE(inbox.count(), 0);

        // Everything loaded: the live local counts are exact again.
        model.reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        QVERIFY(model.complete());
        QCOMPARE(model.needsYouCount(), 2);
        QCOMPARE(model.openCount(), 5);
    }

    void unreadMarksArePersonalAndKept()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("desk.ini"));
        ReadMarks marks(file);
        ConversationListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReadMarks(&marks);
        marks.setScope(QStringLiteral("http://hub|staff-1"));
        // History from before the desk's first sign-in counts as read.
        model.reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        QCOMPARE(model.unreadCount(), 0);

        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(60);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.applyMessage(QStringLiteral("c-maria"),
            { { "senderType", "guest" }, { "content", "Hello again" },
                { "createdAt", soon.toString(Qt::ISODateWithMs) } }));
        const auto maria
            = [&model] { return model.index(model.indexOf(QStringLiteral("c-maria"))); };
        QVERIFY(maria().data(ConversationListModel::IsUnreadRole).toBool());
        QCOMPARE(model.unreadCount(), 1);

        changed.clear();
        marks.markRead(QStringLiteral("c-maria"), soon);
        QVERIFY(!maria().data(ConversationListModel::IsUnreadRole).toBool());
        QCOMPARE(model.unreadCount(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(2).value<QList<int>>(),
            QList<int>({ ConversationListModel::IsUnreadRole }));

        // Kept on disk for this clerk; another clerk on the same PC has their own.
        ReadMarks again(file);
        again.setScope(QStringLiteral("http://hub|staff-1"));
        QVERIFY(!again.isUnread(QStringLiteral("c-maria"), soon));
        QVERIFY(again.isUnread(QStringLiteral("c-maria"), soon.addSecs(1)));
        ReadMarks colleague(file);
        colleague.setScope(QStringLiteral("http://hub|staff-2"));
        QVERIFY(colleague.isUnread(QStringLiteral("c-maria"), soon));
    }

    void quickSwitcherFindsGuestsRoomsWordsAndScreens()
    {
        ConversationListModel model;
        model.reset(fixtureItems(QStringLiteral("conversations.json")), 6);
        QuickSwitcherModel switcher;
        QAbstractItemModelTester tester(
            &switcher, QAbstractItemModelTester::FailureReportingMode::QtTest);
        switcher.setConversations(&model);
        switcher.setScreens({ QVariantMap { { "view", "inbox" }, { "title", "Inbox" } },
            QVariantMap { { "view", "tasks" }, { "title", "Tasks" } } });
        auto titles = [&switcher] {
            QStringList out;
            for (int row = 0; row < switcher.rowCount(); ++row)
                out << switcher.index(row).data(QuickSwitcherModel::TitleRole).toString();
            return out;
        };
        // Nothing typed: the screens, then the open conversations in inbox order.
        QCOMPARE(titles().mid(0, 3), QStringList({ "Inbox", "Tasks", "Lena Vogel" }));
        QVERIFY(!titles().contains(QStringLiteral("Ken Ito"))); // resolved

        switcher.setQuery(QStringLiteral("412"));
        QCOMPARE(titles(), QStringList({ "Maria Santos" }));
        QCOMPARE(switcher.get(0).value("kind").toString(), QStringLiteral("conversation"));
        QCOMPARE(switcher.get(0).value("key").toString(), QStringLiteral("c-maria"));
        switcher.setQuery(QStringLiteral("tom   manager"));
        QCOMPARE(titles(), QStringList({ "Tom Reed" }));
        switcher.setQuery(QStringLiteral("task"));
        QCOMPARE(titles(), QStringList({ "Tasks" }));
        QCOMPARE(switcher.get(0).value("key").toString(), QStringLiteral("tasks"));
        switcher.setQuery(QStringLiteral("ken"));
        QCOMPARE(switcher.rowCount(), 0);
        QVERIFY(switcher.get(0).isEmpty());
    }

    void snoozePresetsFollowTheClock()
    {
        const QDateTime morning(QDate(2026, 3, 16), QTime(10, 0));
        auto presets = SnoozePresets::at(morning);
        QCOMPARE(presets.size(), 3);
        QCOMPARE(presets.at(0).until, morning.addSecs(3600));
        QCOMPARE(presets.at(1).key, QStringLiteral("evening"));
        QCOMPARE(presets.at(1).until, QDateTime(QDate(2026, 3, 16), QTime(18, 0)));
        QCOMPARE(presets.at(2).until, QDateTime(QDate(2026, 3, 17), QTime(9, 0)));
        QVERIFY(presets.at(2).label.contains(QStringLiteral("09:00")));
        // Late in the afternoon "this evening" is not offered.
        presets = SnoozePresets::at(QDateTime(QDate(2026, 3, 16), QTime(17, 30)));
        QCOMPARE(presets.size(), 2);
        QCOMPARE(presets.at(1).key, QStringLiteral("tomorrow"));
    }
};

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
