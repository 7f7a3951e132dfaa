// core::SmsSegments: GSM-7/UCS-2 detection, segment packing at the 160/153 and 70/67 limits,
// and shortening to a segment budget.
#include "core/smssegments.h"

#include <QRegularExpression>
#include <QTest>

using jack::core::SmsSegments;

class TestSmsSegments : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void measure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("characters");
        QTest::addColumn<int>("segments");
        QTest::addColumn<int>("remaining");

        const QString euro = QString(QChar(0x20AC));
        const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // 😀, a surrogate pair
        QTest::newRow("empty") << QString() << "GSM-7" << 0 << 0 << 160;
        QTest::newRow("hello") << "Hello"
                               << "GSM-7" << 5 << 1 << 155;
        QTest::newRow("160 a") << QString(160, 'a') << "GSM-7" << 160 << 1 << 0;
        QTest::newRow("161 a") << QString(161, 'a') << "GSM-7" << 161 << 2 << 145;
        QTest::newRow("306 a") << QString(306, 'a') << "GSM-7" << 306 << 2 << 0;
        QTest::newRow("307 a") << QString(307, 'a') << "GSM-7" << 307 << 3 << 152;
        QTest::newRow("459 a") << QString(459, 'a') << "GSM-7" << 459 << 3 << 0;
        QTest::newRow("GSM accents")
            << QString::fromUtf8("àéèìòùÄÖÑÜäöñüßÉÇ¿¡£¥§") << "GSM-7" << 22 << 1 << 138;
        QTest::newRow("Greek capitals")
            << QString::fromUtf8("ΔΦΓΛΩΠΨΣΘΞ") << "GSM-7" << 10 << 1 << 150;
        QTest::newRow("euro counts 2") << euro << "GSM-7" << 2 << 1 << 158;
        QTest::newRow("extension chars")
            << QStringLiteral("[]{}\\~^|") + euro << "GSM-7" << 18 << 1 << 142;
        QTest::newRow("80 euros = 160") << QString(80, QChar(0x20AC)) << "GSM-7" << 160 << 1 << 0;
        QTest::newRow("159 a + euro = 161")
            << QString(159, 'a') + euro << "GSM-7" << 161 << 2 << 145;
        // An escape pair is never split: the euro after 152 septets starts segment two.
        QTest::newRow("euro at the boundary")
            << QString(152, 'a') + euro + QString(10, 'b') << "GSM-7" << 164 << 2 << 141;
        QTest::newRow("lowercase c cedilla is UCS-2")
            << QString::fromUtf8("ç") << "UCS-2" << 1 << 1 << 69;
        QTest::newRow("emoji") << emoji << "UCS-2" << 2 << 1 << 68;
        QTest::newRow("70 UCS-2") << QString(69, 'a') + QString::fromUtf8("ç") << "UCS-2" << 70 << 1
                                  << 0;
        QTest::newRow("71 UCS-2") << QString(70, 'a') + QString::fromUtf8("ç") << "UCS-2" << 71 << 2
                                  << 63;
        QTest::newRow("134 UCS-2")
            << QString(133, 'a') + QString::fromUtf8("ç") << "UCS-2" << 134 << 2 << 0;
        QTest::newRow("135 UCS-2")
            << QString(134, 'a') + QString::fromUtf8("ç") << "UCS-2" << 135 << 3 << 66;
        // A surrogate pair is never split either.
        QTest::newRow("emoji at the boundary")
            << QString(66, 'a') + emoji + QString(4, 'b') << "UCS-2" << 72 << 2 << 61;
        QTest::newRow("Chinese") << QString::fromUtf8("您好，欢迎光临") << "UCS-2" << 7 << 1 << 63;
        QTest::newRow("curly quote") << QString::fromUtf8("It’s") << "UCS-2" << 4 << 1 << 66;
    }

    void measure()
    {
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QFETCH(int, characters);
        QFETCH(int, segments);
        QFETCH(int, remaining);
        const auto m = SmsSegments::measure(text);
        QCOMPARE(m.encoding, encoding);
        QCOMPARE(m.characters, characters);
        QCOMPARE(m.segments, segments);
        QCOMPARE(m.remainingInSegment, remaining);
    }

    void gsmTableIsComplete()
    {
        // 128 code points minus ESC in the basic table, 10 in the extension table.
        int count = 0;
        for (int u = 0; u < 0x10000; ++u) {
            if (SmsSegments::isGsm(QChar(u)))
                ++count;
        }
        QCOMPARE(count, 127 + 10);
        QVERIFY(!SmsSegments::isGsm(QChar(0x1B)));
        QVERIFY(!SmsSegments::isGsm(QChar(0x2026))); // …
    }

    void fitLeavesShortTextAlone()
    {
        const QString text = QStringLiteral("Breakfast is served from 7 to 10.");
        QCOMPARE(SmsSegments::fitToBudget(text, 1), text);
        QCOMPARE(SmsSegments::fitToBudget(QString(400, 'a'), 0), QString(400, 'a'));
        QCOMPARE(SmsSegments::fitToBudget(QString(306, 'a'), 2), QString(306, 'a'));
    }

    void fitCutsAtSentence()
    {
        QString text;
        for (int i = 0; i < 12; ++i)
            text += QStringLiteral("Sentence number %1 is here. ").arg(i);
        text = text.trimmed(); // 12 * 28 - 1 characters = 3 segments
        QCOMPARE(SmsSegments::measure(text).segments, 3);
        const QString fitted = SmsSegments::fitToBudget(text, 1);
        QVERIFY2(SmsSegments::measure(fitted).segments <= 1, qPrintable(fitted));
        QVERIFY2(fitted.endsWith(QStringLiteral("is here.")), qPrintable(fitted));
        QVERIFY(text.startsWith(fitted));
        QVERIFY(fitted.size() > 100); // no more than needed was cut
    }

    void fitCutsAtWordWithDots()
    {
        QString text;
        for (int i = 0; i < 60; ++i)
            text += QStringLiteral("word%1 ").arg(i % 10);
        const QString fitted = SmsSegments::fitToBudget(text, 1);
        QVERIFY2(SmsSegments::measure(fitted).segments == 1, qPrintable(fitted));
        QCOMPARE(SmsSegments::measure(fitted).encoding, QStringLiteral("GSM-7"));
        QVERIFY2(fitted.endsWith(QStringLiteral("...")), qPrintable(fitted));
        const QString kept = fitted.chopped(3);
        QVERIFY2(QRegularExpression(QStringLiteral("word\\d$")).match(kept).hasMatch(),
            qPrintable(kept));
        QVERIFY(text.startsWith(kept));
        QVERIFY(fitted.size() >= 150);
    }

    void fitUcs2UsesEllipsisAndKeepsPairs()
    {
        const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
        QString text;
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("ok") + emoji;
        const QString fitted = SmsSegments::fitToBudget(text, 2);
        QCOMPARE(SmsSegments::measure(fitted).encoding, QStringLiteral("UCS-2"));
        QVERIFY2(SmsSegments::measure(fitted).segments <= 2, qPrintable(fitted));
        QVERIFY(fitted.endsWith(QChar(0x2026)));
        const QString kept = fitted.chopped(1);
        QVERIFY(!kept.back().isHighSurrogate());
        QVERIFY(text.startsWith(kept));
    }

    void fitHardCutsOneLongWord()
    {
        const QString fitted = SmsSegments::fitToBudget(QString(500, 'x'), 2);
        QCOMPARE(fitted, QString(303, 'x') + QStringLiteral("..."));
        QCOMPARE(SmsSegments::measure(fitted).segments, 2);
    }
};

QTEST_GUILESS_MAIN(TestSmsSegments)
#include "tst_smssegments.moc"
