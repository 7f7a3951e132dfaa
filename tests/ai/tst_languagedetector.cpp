#include "ai/languagedetector.h"

#include <QMap>
#include <QTest>

using jack::ai::LanguageDetector;

namespace {

struct Sample {
    const char *language;
    const char *text;
};

// Guest messages as they arrive: long and short, with typos, hotel words in English and no
// accents. The short ones are where CLD2 alone is weak and the lexicons have to carry it.
const Sample samples[] = {
    { "en",
        "Hi, could you please send someone to fix the air conditioning in room 412? It has "
        "been blowing warm air all night." },
    { "en", "What time does breakfast start tomorrow morning?" },
    { "en", "thanks!" },
    { "en", "need more towels pls" },
    { "en", "We would like to book a table for two at the restaurant tonight." },
    { "en", "Is there a shuttle to the airport early in the morning?" },
    { "en", "late checkout possible?" },
    { "es", "Hola, ¿podrían traernos dos almohadas más a la habitación, por favor?" },
    { "es", "hola" },
    { "es", "¿A qué hora cierra la piscina?" },
    { "es", "El aire acondicionado no funciona y hace muchísimo calor en la habitación." },
    { "es", "gracias por todo" },
    { "es", "Necesito un taxi para mañana a las seis de la mañana para ir al aeropuerto." },
    { "es", "quiero cancelar mi reserva" },
    { "fr", "Bonjour, pourriez-vous nous réserver une table pour quatre personnes ce soir ?" },
    { "fr", "merci" },
    { "fr", "Le chauffage de notre chambre ne marche pas, il fait très froid." },
    { "fr", "à quelle heure est le petit déjeuner ?" },
    { "fr", "Est-ce que je peux laisser mes bagages à la réception après le départ ?" },
    { "fr", "serviettes svp" },
    { "fr", "Nous arrivons vers minuit, est-ce que la réception est ouverte ?" },
    { "de", "Guten Abend, könnten Sie uns bitte zwei zusätzliche Handtücher aufs Zimmer bringen?" },
    { "de", "danke" },
    { "de", "Handtücher bitte" },
    { "de", "Wann gibt es Frühstück?" },
    { "de", "Die Dusche in unserem Badezimmer ist kaputt und das Wasser läuft nicht ab." },
    { "de", "Wir möchten gerne einen Tisch für heute Abend im Restaurant reservieren." },
    { "de", "wie ist das WLAN Passwort" },
    { "pt", "Olá, gostaria de saber se é possível fazer o check-out mais tarde amanhã." },
    { "pt", "obrigado" },
    { "pt", "O chuveiro não está funcionando, podem mandar alguém?" },
    { "pt", "Qual é a senha do wifi?" },
    { "pt", "Precisamos de mais toalhas no quarto, por favor." },
    { "pt", "A que horas é servido o pequeno-almoço?" },
    { "pt", "obrigada pela ajuda" },
    { "it", "Buongiorno, vorrei prenotare un tavolo per due persone per stasera alle otto." },
    { "it", "grazie mille" },
    { "it", "L'aria condizionata della nostra camera non funziona, potete mandare qualcuno?" },
    { "it", "A che ora è la colazione?" },
    { "it", "Possiamo lasciare le valigie in albergo dopo il check-out?" },
    { "it", "buonasera, avete un parcheggio?" },
    { "nl",
        "Goedemiddag, zouden jullie alstublieft extra handdoeken naar onze kamer kunnen "
        "brengen? Alvast bedankt." },
    { "nl", "Hoe laat begint het ontbijt morgenochtend en tot hoe laat kunnen we daar terecht?" },
    { "nl", "De verwarming in onze kamer doet het niet en het is erg koud vannacht." },
    { "ar", "مرحبا، هل يمكنكم إرسال مناشف إضافية إلى غرفتي من فضلكم؟" },
    { "ar", "شكرا جزيلا" },
    { "ja", "タオルをもう二枚お願いします" },
    { "ko", "수건 좀 더 주세요" },
    { "ar", "متى يبدأ الإفطار صباح الغد؟" },
    { "zh", "你好，请问早餐几点开始？我们房间的空调坏了，可以派人来修一下吗？" },
    { "zh", "请问无线网络的密码是多少？" },
    { "zh", "谢谢你们的帮助，我们住得很愉快" },
    { "zh", "谢谢" },
    { "ru", "Здравствуйте, не могли бы вы принести нам ещё два полотенца в номер?" },
    { "ru", "спасибо большое" },
    { "ru", "спасибо" },
    { "ru", "Во сколько начинается завтрак и до которого часа он работает?" },
};

} // namespace

class TestLanguageDetector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accuracy();
    void germanParagraphWithEnglishHotelWords();
    void unknownTextGivesTheHotelDefault();
    void oneToOneCodes();
};

void TestLanguageDetector::accuracy()
{
    QMap<QString, QPair<int, int>> perLanguage; // correct, total
    int correct = 0;
    int total = 0;
    for (const Sample &sample : samples) {
        const QString expected = QString::fromLatin1(sample.language);
        const QString text = QString::fromUtf8(sample.text);
        const QString got = LanguageDetector::detect(text);
        ++total;
        ++perLanguage[expected].second;
        if (got == expected) {
            ++correct;
            ++perLanguage[expected].first;
        } else {
            qInfo("  language miss expected %s, got %s: %s", qPrintable(expected), qPrintable(got),
                qPrintable(text));
        }
    }
    const double rate = double(correct) / double(total);
    qInfo("language detection %.1f%% (%d/%d)", 100.0 * rate, correct, total);
    for (auto it = perLanguage.cbegin(); it != perLanguage.cend(); ++it)
        qInfo("  %s: %d/%d", qPrintable(it.key()), it.value().first, it.value().second);
    QVERIFY(total >= 40);
    QVERIFY2(rate >= 0.90, "language detection accuracy below 90%");
}

void TestLanguageDetector::germanParagraphWithEnglishHotelWords()
{
    const QString text = QString::fromUtf8(
        "Guten Tag, wir sind gestern Abend angekommen und das Zimmer ist wirklich sehr schön. "
        "Leider funktioniert der Room Service nicht, niemand nimmt das Telefon ab. Könnten Sie "
        "uns bitte sagen, bis wann man heute Abend noch etwas zu essen bestellen kann?");
    QCOMPARE(LanguageDetector::detect(text), QStringLiteral("de"));
    QCOMPARE(LanguageDetector::detect(text, QStringLiteral("en")), QStringLiteral("de"));
}

void TestLanguageDetector::unknownTextGivesTheHotelDefault()
{
    QCOMPARE(LanguageDetector::detect(QString()), QStringLiteral("en"));
    QCOMPARE(LanguageDetector::detect(QStringLiteral("412"), QStringLiteral("es")),
        QStringLiteral("es"));
    QCOMPARE(LanguageDetector::detect(QStringLiteral("???"), QStringLiteral("fr")),
        QStringLiteral("fr"));
    QCOMPARE(LanguageDetector::detect(QStringLiteral(":) 👍"), QStringLiteral("de")),
        QStringLiteral("de"));
}

void TestLanguageDetector::oneToOneCodes()
{
    // CLD2 says "zh-Hant" and "iw"; callers get ISO 639-1.
    QCOMPARE(LanguageDetector::detect(
                 QString::fromUtf8("請問早餐幾點開始？我們的房間需要更多毛巾，謝謝。")),
        QStringLiteral("zh"));
    QCOMPARE(LanguageDetector::detect(QString::fromUtf8(
                 "שלום, אפשר בבקשה לקבל עוד מגבות לחדר שלנו? תודה רבה על העזרה.")),
        QStringLiteral("he"));
}

QTEST_APPLESS_MAIN(TestLanguageDetector)
#include "tst_languagedetector.moc"
