// Guest memory, the parts without a database: the rule-based extractor in the six lexicon
// languages, the privacy filter, and the curator every extractor's facts go through (a
// model's JSON list included).
#include "ai/memory/factkey.h"
#include "ai/memory/memorycurator.h"
#include "ai/memory/privacyfilter.h"
#include "ai/memory/rulememoryextractor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace jack::ai;

Q_DECLARE_METATYPE(jack::ai::MemoryCategory)

namespace {

GuestUtterance says(const QString &text, const QString &intent = {}, double confidence = -1)
{
    GuestUtterance u;
    u.messageId = QStringLiteral("m1");
    u.text = text;
    u.intent = intent;
    u.intentConfidence = confidence;
    return u;
}

QString describe(const QList<MemoryFact> &facts)
{
    QStringList parts;
    for (const MemoryFact &f : facts)
        parts.append(QStringLiteral("%1: %2 (%3)")
                         .arg(MemoryCategories::name(f.category), f.fact)
                         .arg(f.confidence));
    return QStringLiteral("[") + parts.join(QStringLiteral("; ")) + QStringLiteral("]");
}

bool has(const QList<MemoryFact> &facts, MemoryCategory category, const QString &fact)
{
    return std::any_of(facts.begin(), facts.end(),
        [&](const MemoryFact &f) { return f.category == category && f.fact == fact; });
}

} // namespace

class TestMemoryExtraction : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void extractsFactsInEachLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<MemoryCategory>("category");
        QTest::addColumn<QString>("fact");
        const auto A = MemoryCategory::Allergy;
        const auto P = MemoryCategory::Preference;
        const auto H = MemoryCategory::Habit;
        const auto O = MemoryCategory::Occasion;

        // English
        QTest::newRow("en allergy") << "Hi, I'm allergic to nuts." << A << "Allergic to nuts";
        QTest::newRow("en allergy noun")
            << "My husband has a peanut allergy" << A << "Allergic to peanuts";
        QTest::newRow("en intolerance")
            << "I am lactose intolerant" << A << "Intolerant to lactose";
        QTest::newRow("en preference")
            << "We prefer a quiet room, thanks" << P << "Prefers a quiet room";
        QTest::newRow("en pillows")
            << "Could we have feather-free pillows?" << P << "Prefers feather-free pillows";
        QTest::newRow("en habit") << "I always have oat milk in my coffee" << H
                                  << "Always has oat milk";
        QTest::newRow("en occasion")
            << "It's our anniversary on Friday!" << O << "Celebrating a wedding anniversary";
        QTest::newRow("en honeymoon") << "We are on our honeymoon" << O << "On honeymoon";
        // Spanish
        QTest::newRow("es allergy")
            << "Hola, soy alérgico al marisco" << A << "Allergic to shellfish";
        QTest::newRow("es allergy unknown") << "Soy alérgica a la piña" << A << "Allergic to piña";
        QTest::newRow("es preference")
            << "Preferimos una habitación tranquila" << P << "Prefers a quiet room";
        QTest::newRow("es habit") << "Siempre tomo leche de avena" << H << "Always has oat milk";
        QTest::newRow("es occasion")
            << "Es nuestro aniversario de boda" << O << "Celebrating a wedding anniversary";
        // French
        QTest::newRow("fr allergy") << "Je suis allergique aux noix" << A << "Allergic to nuts";
        QTest::newRow("fr allergy elided")
            << "Mon fils est allergique à l’arachide" << A << "Allergic to peanuts";
        QTest::newRow("fr pillows")
            << "Des oreillers sans plumes, s'il vous plaît" << P << "Prefers feather-free pillows";
        QTest::newRow("fr habit") << "Je prends toujours du lait d'avoine" << H
                                  << "Always has oat milk";
        QTest::newRow("fr birthday")
            << "C'est mon anniversaire demain" << O << "Celebrating a birthday";
        // German
        QTest::newRow("de allergy") << "Ich bin allergisch gegen Nüsse" << A << "Allergic to nuts";
        QTest::newRow("de compound")
            << "Ich habe eine Erdnussallergie" << A << "Allergic to peanuts";
        QTest::newRow("de preference")
            << "Wir bevorzugen ein ruhiges Zimmer" << P << "Prefers a quiet room";
        QTest::newRow("de habit") << "Ich trinke immer Hafermilch" << H << "Always has oat milk";
        QTest::newRow("de occasion")
            << "Wir feiern unseren Hochzeitstag" << O << "Celebrating a wedding anniversary";
        // Portuguese
        QTest::newRow("pt allergy")
            << "Sou alérgica a frutos do mar" << A << "Allergic to shellfish";
        QTest::newRow("pt preference")
            << "Prefiro um quarto silencioso" << P << "Prefers a quiet room";
        QTest::newRow("pt pillows")
            << "Travesseiros sem penas, por favor" << P << "Prefers feather-free pillows";
        QTest::newRow("pt birthday")
            << "É o meu aniversário amanhã" << O << "Celebrating a birthday";
        // Italian
        QTest::newRow("it allergy")
            << "Sono allergico ai frutti di mare" << A << "Allergic to shellfish";
        QTest::newRow("it preference")
            << "Preferiamo una camera tranquilla" << P << "Prefers a quiet room";
        QTest::newRow("it habit") << "Bevo sempre latte di mandorla" << H
                                  << "Always has almond milk";
        QTest::newRow("it occasion") << "Siamo in luna di miele" << O << "On honeymoon";
    }

    void extractsFactsInEachLanguage()
    {
        QFETCH(QString, text);
        QFETCH(MemoryCategory, category);
        QFETCH(QString, fact);
        const QList<MemoryFact> facts = RuleMemoryExtractor().facts({ says(text) });
        QVERIFY2(has(facts, category, fact), qPrintable(describe(facts)));
        for (const MemoryFact &f : facts)
            QVERIFY2(f.confidence > 0 && f.confidence <= 1, qPrintable(describe(facts)));
    }

    void splitsListsAndKeepsOneFactPerThing()
    {
        const QList<MemoryFact> facts = RuleMemoryExtractor().facts(
            { says("I'm allergic to nuts and shellfish, and we prefer a quiet room."),
                says("Just to repeat: allergic to NUTS!") });
        QVERIFY2(
            has(facts, MemoryCategory::Allergy, "Allergic to nuts"), qPrintable(describe(facts)));
        QVERIFY2(has(facts, MemoryCategory::Allergy, "Allergic to shellfish"),
            qPrintable(describe(facts)));
        QVERIFY2(has(facts, MemoryCategory::Preference, "Prefers a quiet room"),
            qPrintable(describe(facts)));
        QCOMPARE(
            int(std::count_if(facts.begin(), facts.end(),
                [](const MemoryFact &f) { return f.fact == QLatin1String("Allergic to nuts"); })),
            1);
    }

    void ignoresNegationsAndSmallTalk()
    {
        RuleMemoryExtractor rules;
        QVERIFY(rules.facts({ says("I'm not allergic to anything") }).isEmpty());
        QVERIFY(rules.facts({ says("No soy alérgico a nada") }).isEmpty());
        QVERIFY(rules.facts({ says("What time is breakfast?") }).isEmpty());
        QVERIFY(rules.facts({ says("Can I have two towels please") }).isEmpty());
    }

    void remembersComplaintsTheClassifierFound()
    {
        const QString text = QStringLiteral("The room was dirty and nobody came to clean it");
        QVERIFY(RuleMemoryExtractor().facts({ says(text, "request.housekeeping") }).isEmpty());
        const QList<MemoryFact> facts
            = RuleMemoryExtractor().facts({ says(text, "feedback.complaint", 0.82) });
        QCOMPARE(facts.size(), 1);
        QCOMPARE(facts.first().category, MemoryCategory::Complaint);
        QVERIFY(facts.first().fact.contains(text));
        QCOMPARE(facts.first().confidence, 0.82);
    }

    void extractorAnswersThroughTheInterface()
    {
        RuleMemoryExtractor rules;
        MemoryExtractor &extractor = rules;
        QCOMPARE(extractor.origin(), QStringLiteral("rules"));
        QList<MemoryFact> got;
        int calls = 0;
        extractor.extract({ says("soy alérgico al marisco") }, [&](const QList<MemoryFact> &f) {
            got = f;
            ++calls;
        });
        QCOMPARE(calls, 1);
        QVERIFY(has(got, MemoryCategory::Allergy, "Allergic to shellfish"));
    }

    void privacyFilterDropsPaymentIdentityAndDiagnoses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("risk");
        const int card = int(PrivacyRisk::PaymentCard), bank = int(PrivacyRisk::BankAccount),
                  id = int(PrivacyRisk::IdentityNumber), health = int(PrivacyRisk::HealthDiagnosis),
                  none = int(PrivacyRisk::None);
        QTest::newRow("card spaced") << "Pays with 4111 1111 1111 1111" << card;
        QTest::newRow("card dashed") << "card 5500-0000-0000-0004 exp 12/27" << card;
        QTest::newRow("card words") << "Keeps the credit card on file" << card;
        QTest::newRow("iban") << "Refund to DE89 3704 0044 0532 0130 00" << bank;
        QTest::newRow("iban compact") << "IBAN ES9121000418450200051332" << bank;
        QTest::newRow("passport") << "Passport number X1234567" << id;
        QTest::newRow("pasaporte") << "Mi pasaporte es AB123456" << id;
        QTest::newRow("dni") << "DNI 12345678Z" << id;
        QTest::newRow("long number") << "Call me on +34 612 345 678" << id;
        QTest::newRow("diabetes") << "I have diabetes" << health;
        QTest::newRow("cancer") << "Recovering from cancer" << health;
        QTest::newRow("depression") << "I have depression" << health;
        QTest::newRow("es diabetes") << "Tengo diabetes" << health;
        QTest::newRow("de depression") << "Ich habe Depressionen" << health;
        QTest::newRow("fr pregnant") << "Je suis enceinte" << health;
        QTest::newRow("celiac") << "Has coeliac disease" << health;
        QTest::newRow("allergy") << "Allergic to peanuts" << none;
        QTest::newRow("intolerance") << "Intolerant to lactose" << none;
        QTest::newRow("penicillin") << "Allergic to penicillin" << none;
        QTest::newRow("room") << "Prefers room 412 on a high floor" << none;
        QTest::newRow("date") << "Anniversary on 2026-11-29" << none;
    }

    void privacyFilterDropsPaymentIdentityAndDiagnoses()
    {
        QFETCH(QString, text);
        QFETCH(int, risk);
        QCOMPARE(int(PrivacyFilter::assess(text)), risk);
    }

    void curatorGatesAModelsJsonLikeRules()
    {
        // What an LLM extractor would hand over, including what it must not.
        const QJsonArray modelAnswer = QJsonDocument::fromJson(R"([
            {"category": "allergy", "fact": "Allergic to peanuts", "confidence": 0.95},
            {"category": "allergy", "fact": "  allergic to PEANUTS! ", "confidence": 0.7},
            {"category": "preference", "fact": "Has diabetes", "confidence": 0.9},
            {"category": "habit", "fact": "Pays with 4111 1111 1111 1111", "confidence": 0.9},
            {"category": "preference", "fact": "Passport X1234567", "confidence": 0.9},
            {"category": "mood", "fact": "Grumpy", "confidence": 0.9},
            {"category": "habit", "fact": "   ", "confidence": 0.9},
            "not an object",
            {"category": "occasion", "fact": "Celebrating a birthday", "confidence": 7},
            {"category": "preference", "fact": "Prefers a quiet room"}
        ])")
                                           .array();
        QStringList problems;
        const QList<MemoryFact> parsed = MemoryFact::listFromJson(modelAnswer, &problems);
        QCOMPARE(parsed.size(), 7);
        QCOMPARE(problems.size(), 3); // unknown category, empty fact, not an object
        const QList<MemoryFact> kept = MemoryCurator::curate(parsed);
        QVERIFY2(kept.size() == 3, qPrintable(describe(kept)));
        QCOMPARE(kept[0].fact, QStringLiteral("Allergic to peanuts"));
        QCOMPARE(kept[0].confidence, 0.95);
        QCOMPARE(kept[1].fact, QStringLiteral("Celebrating a birthday"));
        QCOMPARE(kept[1].confidence, 1.0); // clamped
        QCOMPARE(kept[2].fact, QStringLiteral("Prefers a quiet room"));
        QCOMPARE(kept[2].confidence, 0.5); // none given

        // The same gate answers staff input with a reason.
        QVERIFY(MemoryCurator::problem({ MemoryCategory::Preference, "I have cancer", 1 })
                    .contains(QLatin1String("health")));
        QVERIFY(!MemoryCurator::problem({ MemoryCategory::Preference, "", 1 }).isEmpty());
        QVERIFY(!MemoryCurator::problem({ MemoryCategory::Preference, QString(201, u'x'), 1 })
                     .isEmpty());
        QVERIFY(
            MemoryCurator::problem({ MemoryCategory::Allergy, "Allergic to nuts", 1 }).isEmpty());
    }

    void factKeysIgnoreCaseAccentsAndPunctuation()
    {
        QCOMPARE(FactKey::of("Allergic to nuts!"), FactKey::of("  allergic to   NUTS"));
        QCOMPARE(FactKey::of("Alérgico a la piña"), QStringLiteral("alergico a la pina"));
        QVERIFY(FactKey::of("Allergic to nuts") != FactKey::of("Allergic to peanuts"));
        QVERIFY(MemoryCategories::parse("Allergy"));
        QCOMPARE(*MemoryCategories::parse("Allergy"), MemoryCategory::Allergy);
        QVERIFY(!MemoryCategories::parse("mood"));
    }
};

QTEST_GUILESS_MAIN(TestMemoryExtraction)
#include "tst_memoryextraction.moc"
