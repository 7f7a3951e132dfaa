#include "core/conversationstate.h"
#include "core/phonenumber.h"

#include <QTest>

using namespace jack::core;
using S = ConversationState;
using E = ConversationEvent;
Q_DECLARE_METATYPE(jack::core::ConversationState)
Q_DECLARE_METATYPE(jack::core::ConversationEvent)

class TestConversationState : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void transitions_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<E>("event");
        QTest::addColumn<int>("to"); // -1: not allowed
        QTest::newRow("new guest message") << S::New << E::GuestMessage << int(S::Active);
        QTest::newRow("resolved reopened by guest")
            << S::Resolved << E::GuestMessage << int(S::Active);
        QTest::newRow("closed reopened by guest") << S::Closed << E::GuestMessage << int(S::Active);
        QTest::newRow("escalated stays with staff")
            << S::Escalated << E::GuestMessage << int(S::Escalated);
        QTest::newRow("ai answers active") << S::Active << E::AiReplied << int(S::Waiting);
        QTest::newRow("ai never un-escalates") << S::Escalated << E::AiReplied << int(S::Escalated);
        QTest::newRow("ai cannot answer resolved") << S::Resolved << E::AiReplied << -1;
        QTest::newRow("staff reply waits for guest")
            << S::Active << E::StaffReplied << int(S::Waiting);
        QTest::newRow("staff reply keeps escalation")
            << S::Escalated << E::StaffReplied << int(S::Escalated);
        QTest::newRow("no staff reply when closed") << S::Closed << E::StaffReplied << -1;
        QTest::newRow("escalate waiting") << S::Waiting << E::Escalate << int(S::Escalated);
        QTest::newRow("cannot escalate closed") << S::Closed << E::Escalate << -1;
        QTest::newRow("resolve escalated") << S::Escalated << E::Resolve << int(S::Resolved);
        QTest::newRow("close anything") << S::Active << E::Close << int(S::Closed);
        QTest::newRow("reopen resolved") << S::Resolved << E::Reopen << int(S::Active);
        QTest::newRow("reopen active is meaningless") << S::Active << E::Reopen << -1;
    }
    void transitions()
    {
        QFETCH(S, from);
        QFETCH(E, event);
        QFETCH(int, to);
        const auto next = ConversationStateMachine::next(from, event);
        if (to < 0)
            QVERIFY(!next.has_value());
        else
            QCOMPARE(int(next.value()), to);
    }

    void staffMaySet()
    {
        QVERIFY(ConversationStateMachine::canSet(S::Waiting, S::Escalated));
        QVERIFY(ConversationStateMachine::canSet(S::Escalated, S::Resolved));
        QVERIFY(!ConversationStateMachine::canSet(S::Active, S::New));
        QVERIFY(!ConversationStateMachine::canSet(S::Closed, S::Escalated));
        QVERIFY(!ConversationStateMachine::canSet(S::Closed, S::Resolved));
    }

    void namesRoundTrip()
    {
        for (S s : { S::New, S::Active, S::Waiting, S::Escalated, S::Resolved, S::Closed })
            QCOMPARE(ConversationStateMachine::parse(ConversationStateMachine::name(s)).value(), s);
        QVERIFY(!ConversationStateMachine::parse(QStringLiteral("open")).has_value());
        QVERIFY(ConversationStateMachine::isOpen(S::Escalated));
        QVERIFY(!ConversationStateMachine::isOpen(S::Resolved));
    }

    void phoneNormalisation()
    {
        QCOMPARE(PhoneNumber::normalise(QStringLiteral("+351 912-345-678")),
            QStringLiteral("+351912345678"));
        QCOMPARE(PhoneNumber::normalise(QStringLiteral("00351912345678")),
            QStringLiteral("+351912345678"));
        QCOMPARE(PhoneNumber::normalise(QStringLiteral("+351912345678")),
            QStringLiteral("+351912345678"));
        QVERIFY(PhoneNumber::normalise(QStringLiteral("12")).isEmpty());
        QVERIFY(PhoneNumber::normalise(QStringLiteral("call me")).isEmpty());
        QCOMPARE(PhoneNumber::whatsAppDigits(QStringLiteral("+351912345678")),
            QStringLiteral("351912345678"));
    }
};

QTEST_APPLESS_MAIN(TestConversationState)
#include "tst_conversationstate.moc"
