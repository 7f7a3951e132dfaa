// Canned-response variables: what is known is filled, what is not stays visible for the clerk.
#include "core/replyvariables.h"

#include <QTest>

using jack::core::ReplyVariables;

class TestReplyVariables : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fillsKnownValues()
    {
        const auto filled = ReplyVariables::fill(
            QStringLiteral("Hello {guest.name}, welcome to {hotel.name}! Room {room} is ready."),
            { { "guest.name", "Maria Santos" }, { "hotel.name", "Harbour View Hotel" },
                { "room", "412" } });
        QCOMPARE(filled.text,
            QStringLiteral(
                "Hello Maria Santos, welcome to Harbour View Hotel! Room 412 is ready."));
        QVERIFY(filled.missing.isEmpty());
    }

    void leavesUnknownAndEmptyVisible()
    {
        const auto filled = ReplyVariables::fill(
            QStringLiteral("The password is {wifi.password}; ask {concierge.name} or {room}. "
                           "{wifi.password} again."),
            { { "room", "  " }, { "guest.name", "Ana" } });
        QCOMPARE(filled.text,
            QStringLiteral("The password is {wifi.password}; ask {concierge.name} or {room}. "
                           "{wifi.password} again."));
        QCOMPARE(filled.missing, QStringList({ "wifi.password", "concierge.name", "room" }));
    }

    void leavesOtherBracesAlone()
    {
        const QString text = QStringLiteral("Price {} or { guest.name } or {1abc} stays.");
        const auto filled = ReplyVariables::fill(text, { { "guest.name", "Ana" } });
        QCOMPARE(filled.text, text);
        QVERIFY(filled.missing.isEmpty());
    }

    void valuesAreNotReadAsVariables()
    {
        // A guest called "{room}" must not pull the room number into the text.
        const auto filled = ReplyVariables::fill(
            QStringLiteral("Dear {guest.name}"), { { "guest.name", "{room}" }, { "room", "412" } });
        QCOMPARE(filled.text, QStringLiteral("Dear {room}"));
    }

    void readsLabelledValuesFromKnowledge()
    {
        const QString wifi = QStringLiteral(
            "Free Wi-Fi throughout the hotel. Network: HarbourView-Guest, password: seagull2026.");
        QCOMPARE(ReplyVariables::labelledValue(wifi, QStringLiteral("password")),
            QStringLiteral("seagull2026"));
        QCOMPARE(ReplyVariables::labelledValue(wifi, QStringLiteral("network")),
            QStringLiteral("HarbourView-Guest"));
        QCOMPARE(ReplyVariables::labelledValue(
                     QStringLiteral("The password is sunny."), QStringLiteral("password")),
            QStringLiteral("sunny"));
        QVERIFY(ReplyVariables::labelledValue(
            QStringLiteral("No codes here."), QStringLiteral("password"))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReplyVariables)
#include "tst_replyvariables.moc"
