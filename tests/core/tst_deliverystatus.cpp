#include "core/deliverystatus.h"

#include <QTest>

using jack::core::DeliveryStatus;

class TestDeliveryStatus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void order_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("incoming");
        QTest::addColumn<bool>("moves");
        QTest::newRow("pending->sent") << "pending"
                                       << "sent" << true;
        QTest::newRow("sent->delivered") << "sent"
                                         << "delivered" << true;
        QTest::newRow("delivered->read") << "delivered"
                                         << "read" << true;
        QTest::newRow("sent->read skips") << "sent"
                                          << "read" << true;
        QTest::newRow("read->delivered never") << "read"
                                               << "delivered" << false;
        QTest::newRow("delivered->sent never") << "delivered"
                                               << "sent" << false;
        QTest::newRow("same twice") << "delivered"
                                    << "delivered" << false;
        QTest::newRow("sent->failed") << "sent"
                                      << "failed" << true;
        QTest::newRow("pending->failed") << "pending"
                                         << "failed" << true;
        QTest::newRow("read->failed is stale") << "read"
                                               << "failed" << false;
        QTest::newRow("failed is final") << "failed"
                                         << "delivered" << false;
        QTest::newRow("unknown status") << "sent"
                                        << "bounced" << false;
    }
    void order()
    {
        QFETCH(QString, current);
        QFETCH(QString, incoming);
        QFETCH(bool, moves);
        QCOMPARE(DeliveryStatus::canMove(current, incoming), moves);
    }
};

QTEST_APPLESS_MAIN(TestDeliveryStatus)
#include "tst_deliverystatus.moc"
