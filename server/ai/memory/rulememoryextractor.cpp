#include "ai/memory/rulememoryextractor.h"

#include "ai/lexicon.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace jack::ai {

namespace {

constexpr double kExplicitAllergy = 0.9;
constexpr double kStatedPreference = 0.85;
constexpr double kHabit = 0.75;
constexpr double kOccasion = 0.75;
constexpr double kMentionedWish = 0.6;
constexpr double kComplaint = 0.7;
constexpr int kMaxObjectWords = 5;
constexpr int kComplaintExcerpt = 100;

//! How objects are cut out of a sentence in one language.
struct LanguageWords {
    QSet<QString> articles; //!< dropped at the start of an object ("the", "al", "l")
    QSet<QString> conjunctions; //!< separate objects ("nuts and shellfish")
    QSet<QString> stops; //!< end the object ("… nuts in my food", "… nuts, please")
};

QSet<QString> set(std::initializer_list<const char *> words)
{
    QSet<QString> s;
    for (const char *w : words)
        s.insert(QString::fromUtf8(w));
    return s;
}

// Folded forms (lowercase, no accents).
const LanguageWords &english()
{
    static const LanguageWords w { set({ "a", "an", "the", "some", "any", "all" }),
        set({ "and", "or", "plus" }),
        set({ "but", "so", "please", "because", "which", "that", "when", "if", "thanks", "thank",
            "in", "with", "for", "at", "on", "every", "during", "while", "we", "i", "my", "our",
            "as", "instead" }) };
    return w;
}
const LanguageWords &spanish()
{
    static const LanguageWords w {
        set({ "el", "la", "los", "las", "un", "una", "unos", "unas", "al", "a", "del", "de" }),
        set({ "y", "e", "o", "u" }),
        set({ "pero", "porque", "por", "cuando", "si", "que", "gracias", "en", "con", "para",
            "cada", "durante", "mientras", "como", "asi", "pues", "desde" })
    };
    return w;
}
const LanguageWords &french()
{
    static const LanguageWords w {
        set({ "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "a" }),
        set({ "et", "ou" }),
        set({ "mais", "parce", "car", "donc", "quand", "si", "que", "qui", "merci", "svp", "s",
            "dans", "avec", "pour", "chaque", "pendant", "comme" })
    };
    return w;
}
const LanguageWords &german()
{
    static const LanguageWords w { set({ "der", "die", "das", "den", "dem", "des", "ein", "eine",
                                       "einen", "einem", "einer", "gegen", "auf" }),
        set({ "und", "oder", "sowie" }),
        set({ "aber", "weil", "denn", "bitte", "wenn", "dass", "danke", "in", "im", "mit", "fur",
            "jeden", "jede", "jedes", "zum", "zur", "wahrend", "als", "wie" }) };
    return w;
}
const LanguageWords &portuguese()
{
    static const LanguageWords w { set({ "o", "a", "os", "as", "um", "uma", "uns", "umas", "ao",
                                       "aos", "do", "da", "dos", "das", "de" }),
        set({ "e", "ou" }),
        set({ "mas", "porque", "por", "quando", "se", "que", "obrigado", "obrigada", "em", "no",
            "na", "nos", "nas", "com", "para", "cada", "durante", "como" }) };
    return w;
}
const LanguageWords &italian()
{
    static const LanguageWords w { set({ "il", "lo", "la", "i", "gli", "le", "l", "un", "una",
                                       "uno", "al", "alla", "allo", "ai", "agli", "alle", "all",
                                       "del", "della", "dei", "degli", "delle", "di", "a" }),
        set({ "e", "ed", "o", "oppure" }),
        set({ "ma", "perche", "quando", "se", "che", "grazie", "in", "nel", "nella", "con", "per",
            "ogni", "durante", "come", "pero" }) };
    return w;
}

//! Foods, drinks and things guests are allergic to or ask for, named in English.
const QHash<QString, QString> &englishNames()
{
    static const QHash<QString, QString> names = []() {
        QHash<QString, QString> n;
        auto add = [&n](const char *english, std::initializer_list<const char *> forms) {
            for (const char *f : forms)
                n.insert(QString::fromUtf8(f), QString::fromUtf8(english));
        };
        add("nuts",
            { "nuts", "nut", "tree nuts", "frutos secos", "nueces", "nuez", "noix",
                "fruits a coque", "nusse", "nuss", "nussen", "baumnusse", "nozes", "noz",
                "frutos de casca rija", "frutta secca", "frutta a guscio", "noci" });
        add("peanuts",
            { "peanuts", "peanut", "cacahuetes", "cacahuete", "mani", "cacahuates", "arachides",
                "arachide", "cacahouetes", "erdnusse", "erdnuss", "amendoim", "amendoins",
                "arachidi" });
        add("shellfish",
            { "shellfish", "seafood", "marisco", "mariscos", "fruits de mer", "crustaces",
                "meeresfruchte", "schalentiere", "frutos do mar", "frutti di mare", "crostacei" });
        add("fish",
            { "fish", "pescado", "pescados", "poisson", "poissons", "fisch", "peixe", "pesce" });
        add("milk", { "milk", "leche", "lait", "milch", "leite", "latte" });
        add("dairy",
            { "dairy", "lacteos", "produits laitiers", "milchprodukte", "laticinios",
                "latticini" });
        add("lactose", { "lactose", "lactosa", "laktose", "lattosio" });
        add("gluten", { "gluten", "glutine" });
        add("eggs",
            { "eggs", "egg", "huevo", "huevos", "oeufs", "oeuf", "eier", "ei", "ovos", "ovo",
                "uova", "uovo" });
        add("soy", { "soy", "soya", "soja", "soia" });
        add("sesame", { "sesame", "sesamo", "sesam" });
        add("wheat", { "wheat", "trigo", "ble", "weizen", "grano", "frumento" });
        add("strawberries",
            { "strawberries", "fresas", "fraises", "erdbeeren", "morangos", "fragole" });
        add("penicillin", { "penicillin", "penicilina", "penicilline", "penicillina" });
        add("latex", { "latex", "lattice" });
        add("feathers", { "feathers", "plumas", "plumes", "federn", "penas", "piume" });
        add("cats", { "cats", "gatos", "chats", "katzen", "gatti" });
        add("dogs", { "dogs", "perros", "chiens", "hunde", "caes", "cani" });
        add("dust", { "dust", "polvo", "poussiere", "staub", "polvere" });
        add("bee stings", { "bees", "abejas", "abeilles", "bienen", "abelhas", "api" });
        add("oat milk",
            { "oat milk", "leche de avena", "lait d avoine", "hafermilch", "leite de aveia",
                "latte d avena", "latte di avena" });
        add("soy milk",
            { "soy milk", "soya milk", "leche de soja", "lait de soja", "sojamilch",
                "leite de soja", "latte di soia" });
        add("almond milk",
            { "almond milk", "leche de almendras", "lait d amande", "mandelmilch",
                "leite de amendoa", "latte di mandorla" });
        add("decaf coffee",
            { "decaf", "decaf coffee", "descafeinado", "cafe descafeinado", "deca",
                "cafe decafeine", "entkoffeinierten kaffee", "koffeinfreien kaffee", "decaffeinato",
                "caffe decaffeinato" });
        add("green tea",
            { "green tea", "te verde", "the vert", "grunen tee", "gruner tee", "cha verde" });
        add("sparkling water",
            { "sparkling water", "agua con gas", "eau gazeuse", "sprudelwasser", "agua com gas",
                "acqua frizzante", "acqua gassata" });
        add("still water",
            { "still water", "agua sin gas", "eau plate", "stilles wasser", "agua sem gas",
                "acqua naturale" });
        return n;
    }();
    return names;
}

//! Words that cannot be what a guest is allergic to or prefers.
const QSet<QString> &emptyObjects()
{
    static const QSet<QString> words = set({ "anything", "nothing", "something", "food", "severe",
        "serious", "bad", "mild", "known", "no", "any", "some", "my", "an", "a", "the", "nada",
        "algo", "rien", "quelque", "nichts", "etwas", "niente", "nulla", "qualcosa", "alguma",
        "coisa", "it", "that", "this", "eso", "esto", "ca", "cela", "das", "isso", "questo", "very",
        "quite", "really", "extremely", "highly", "also", "seriously", "severely", "not", "are",
        "was", "were", "being", "been", "she", "he", "they", "you", "who", "am", "is", "have",
        "has", "eine", "einer", "meine", "seine", "ihre", "une", "um", "uma" });
    return words;
}

//! Words that, just before "allergic", turn the sentence around ("I'm not allergic to…").
const QSet<QString> &negations()
{
    static const QSet<QString> words = set({ "not", "no", "never", "nicht", "kein", "keine", "nie",
        "pas", "jamais", "nao", "non", "nunca", "mai", "isn", "aren", "t" });
    return words;
}

//! A message folded for matching, with the way back to the guest's own characters.
class FoldedText {
public:
    explicit FoldedText(QString text)
        : m_original(std::move(text))
    {
        m_original.replace(QChar(0x2019), QLatin1Char('\''));
        for (int i = 0; i < m_original.size(); ++i) {
            for (QChar c : Lexicon::fold(QString(m_original.at(i)))) {
                m_folded.append(c);
                m_origin.append(i);
            }
        }
    }
    [[nodiscard]] const QString &folded() const { return m_folded; }
    //! The guest's characters behind folded()[start, start + length).
    [[nodiscard]] QString original(int start, int length) const
    {
        if (length <= 0 || start < 0 || start + length > m_origin.size())
            return {};
        const int from = m_origin.at(start);
        const int to = m_origin.at(start + length - 1) + 1;
        return m_original.mid(from, to - from);
    }

private:
    QString m_original;
    QString m_folded;
    QList<int> m_origin;
};

QString foldedKey(const QString &text)
{
    QString key;
    for (QChar c : Lexicon::fold(text))
        key.append(c.isLetterOrNumber() ? c : QChar(u' '));
    return key.simplified();
}

//! A room or service wish with its fixed English fact, found anywhere in a message or in
//! the object of "we prefer …".
struct Wish {
    QString fact;
    QRegularExpression pattern; // over folded text
};

QRegularExpression folded(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

const QList<Wish> &wishes()
{
    static const QList<Wish> list = {
        { QStringLiteral("Prefers feather-free pillows"),
            folded(QStringLiteral(
                "feather[- ]?free|no feathers?\\b|without feathers|non[- ]feather|"
                "hypoallergenic pillows?|foam pillows?|(?:almohadas?|cojines?) sin plumas|"
                "sin plumas|oreillers? sans plumes|sans plumes|oreillers? synthetiques?|"
                "federfreie?[nrs]? (?:kopf)?kissen|kissen ohne federn|ohne federn|"
                "(?:travesseiros?|almofadas?) sem penas|sem penas|cuscini? senza piume|"
                "senza piume|cuscini? anallergici")) },
        { QStringLiteral("Prefers a quiet room"),
            folded(QStringLiteral(
                "quiet(?:er)? room|quiet side|room away from (?:the )?(?:noise|street)|"
                "habitacion (?:tranquila|silenciosa)|chambre (?:calme|tranquille|silencieuse)|"
                "ruhiges?n? zimmer|ruhige lage|quarto (?:calmo|silencioso|tranquilo|sossegado)|"
                "camera (?:tranquilla|silenziosa)")) },
        { QStringLiteral("Prefers a high floor"),
            folded(QStringLiteral("high(?:er)? floor|top floor|upper floor|piso alto|"
                                  "planta alta|etage eleve|dernier etage|hohen? (?:etage|stock)|"
                                  "oberen? (?:etage|stock)|andar alto|piano alto")) },
        { QStringLiteral("Prefers a low floor"),
            folded(QStringLiteral("low(?:er)? floor|ground floor|piso bajo|planta baja|"
                                  "rez[- ]de[- ]chaussee|etage bas|erdgeschoss|andar baixo|"
                                  "res[- ]do[- ]chao|piano terra|piano basso")) },
        { QStringLiteral("Prefers twin beds"),
            folded(QStringLiteral("twin beds?|separate beds|two single beds|camas separadas|"
                                  "dos camas individuales|lits jumeaux|lits separes|"
                                  "getrennte betten|zwei einzelbetten|duas camas de solteiro|"
                                  "letti separati|due letti singoli")) },
    };
    return list;
}

//! A special occasion with its English fact. Earlier entries win over later ones of the same
//! `group`: Portuguese "meu aniversário" is a birthday, Spanish "aniversario" an anniversary,
//! French "anniversaire" a birthday unless "de mariage".
struct Occasion {
    QString fact;
    int group;
    QRegularExpression pattern; // over folded text
};

const QList<Occasion> &occasions()
{
    const QString birthday = QStringLiteral("Celebrating a birthday");
    const QString anniversary = QStringLiteral("Celebrating a wedding anniversary");
    static const QList<Occasion> list = {
        { birthday, 1,
            folded(QStringLiteral("\\b(?:meu|minha|seu|teu|nosso|nossa) aniversario\\b(?! de "
                                  "casamento)")) },
        { anniversary, 1,
            folded(QStringLiteral("\\banniversary\\b|\\baniversario\\b|anniversaire de mariage|"
                                  "hochzeitstag|\\bjahrestag|\\bbodas de|\\banniversario\\b")) },
        { birthday, 1,
            folded(QStringLiteral("\\bbirthday|\\bcumpleanos\\b|\\banniversaire\\b|"
                                  "\\bgeburtstag|\\bcompleanno\\b")) },
        { QStringLiteral("On honeymoon"), 2,
            folded(QStringLiteral("honeymoon|luna de miel|lune de miel|voyage de noces|"
                                  "flitterwochen|hochzeitsreise|lua de mel|luna di miele|"
                                  "viaggio di nozze")) },
    };
    return list;
}

//! A sentence rule whose object (group "obj") becomes the fact through `factTemplate`.
struct PhraseRule {
    MemoryCategory category;
    QString factTemplate; // %1 = the object
    double confidence;
    const LanguageWords *words;
    QRegularExpression pattern; // over folded text
    bool negatable = false; // "not allergic to …" says the opposite
};

// The object runs to the end of the clause; objectOf() trims it.
const QString kObject = QStringLiteral("(?<obj>[^.;:!?\\n()]{1,80})");
const QString kWord = QStringLiteral("(?<obj>[a-z]{3,})");

const QList<PhraseRule> &phraseRules()
{
    static const QList<PhraseRule> rules = []() {
        QList<PhraseRule> r;
        auto allergy = [&r](const LanguageWords &w, const QString &pattern,
                           const QString &factTemplate = QStringLiteral("Allergic to %1")) {
            r.append({ MemoryCategory::Allergy, factTemplate, kExplicitAllergy, &w, folded(pattern),
                true });
        };
        auto rule = [&r](MemoryCategory category, const QString &factTemplate, double confidence,
                        const LanguageWords &w, const QString &pattern) {
            r.append({ category, factTemplate, confidence, &w, folded(pattern) });
        };
        const QString intolerant = QStringLiteral("Intolerant to %1");
        // English
        allergy(english(), QStringLiteral("\\ballergic to ") + kObject);
        allergy(english(), QStringLiteral("\\ballerg(?:y|ies) to ") + kObject);
        allergy(
            english(), QStringLiteral("\\b") + kWord + QStringLiteral("[ -]allerg(?:y|ies)\\b"));
        allergy(english(), QStringLiteral("\\bintolerant to ") + kObject, intolerant);
        allergy(english(),
            QStringLiteral("\\b") + kWord + QStringLiteral("[ -]intoleran(?:t|ce)\\b"), intolerant);
        // Spanish
        allergy(spanish(), QStringLiteral("\\balergic[oa]s? (?:a |al )?") + kObject);
        allergy(spanish(), QStringLiteral("\\balergia (?:a |al |de )") + kObject);
        allergy(spanish(), QStringLiteral("\\bintolerantes? (?:a |al )") + kObject, intolerant);
        allergy(spanish(), QStringLiteral("\\bintolerancia (?:a |al )") + kObject, intolerant);
        // French
        allergy(french(), QStringLiteral("\\ballergiques? (?:a |au |aux |a l')") + kObject);
        allergy(french(), QStringLiteral("\\ballergie (?:a |au |aux |a l')") + kObject);
        allergy(french(), QStringLiteral("\\bintolerante?s? (?:a |au |aux |a l')") + kObject,
            intolerant);
        // German: "allergisch gegen Nüsse", "Nussallergie", "Laktoseintoleranz"
        allergy(german(), QStringLiteral("\\ballergisch (?:gegen|auf) ") + kObject);
        allergy(german(), QStringLiteral("\\ballergie (?:gegen|auf) ") + kObject);
        allergy(german(), QStringLiteral("\\b") + kWord + QStringLiteral("-?allergie\\b"));
        allergy(german(),
            QStringLiteral("\\b") + kWord + QStringLiteral("-?(?:intoleranz|unvertraglichkeit)\\b"),
            intolerant);
        // Portuguese
        allergy(portuguese(), QStringLiteral("\\balergic[oa]s? (?:a |ao |aos |as )?") + kObject);
        allergy(portuguese(), QStringLiteral("\\balergia (?:a |ao |aos |as |de |a )") + kObject);
        allergy(portuguese(), QStringLiteral("\\bintolerancia (?:a |ao |aos |as )") + kObject,
            intolerant);
        // Italian
        allergy(italian(),
            QStringLiteral("\\ballergic[oaie] (?:a |al |alla |allo |ai |agli |alle |all')")
                + kObject);
        allergy(italian(),
            QStringLiteral("\\ballergia (?:a |al |alla |allo |ai |agli |alle |all')") + kObject);
        allergy(italian(),
            QStringLiteral("\\bintolleran(?:te|ti|za) (?:a |al |alla |ai |alle )") + kObject,
            intolerant);

        const QString prefers = QStringLiteral("Prefers %1");
        const auto P = MemoryCategory::Preference;
        rule(P, prefers, kStatedPreference, english(),
            QStringLiteral("\\b(?:we|i)(?: would|'d| always| really)? prefers? ") + kObject);
        rule(P, prefers, kStatedPreference, english(),
            QStringLiteral("\\b(?:our|my) preference is (?:for )?") + kObject);
        rule(P, prefers, kStatedPreference, spanish(),
            QStringLiteral("\\bprefer(?:imos|iriamos|iero|iria) ") + kObject);
        rule(P, prefers, kStatedPreference, french(),
            QStringLiteral("\\bprefer(?:ons|erions|erais|e) ") + kObject);
        rule(P, prefers, kStatedPreference, german(),
            QStringLiteral("\\b(?:bevorzugen|bevorzuge|hatten lieber|hatte lieber|mochten "
                           "lieber|mochte lieber) ")
                + kObject);
        rule(P, prefers, kStatedPreference, portuguese(),
            QStringLiteral("\\b(?:prefiro|preferimos|preferiamos|preferiria) ") + kObject);
        rule(P, prefers, kStatedPreference, italian(),
            QStringLiteral("\\bprefer(?:iamo|isco|iremmo|irei) ") + kObject);

        const QString always = QStringLiteral("Always has %1");
        const QString usually = QStringLiteral("Usually has %1");
        const auto H = MemoryCategory::Habit;
        const QString enVerb = QStringLiteral("(?:have|drink|take|eat|order|get|ask for) ");
        rule(
            H, always, kHabit, english(), QStringLiteral("\\b(?:i|we) always ") + enVerb + kObject);
        rule(H, usually, kHabit, english(),
            QStringLiteral("\\b(?:i|we) (?:usually|normally|generally) ") + enVerb + kObject);
        rule(H, usually, kHabit, english(),
            QStringLiteral("\\bevery (?:morning|day|evening|night),? (?:i|we) ") + enVerb
                + kObject);
        const QString esVerb = QStringLiteral(
            "(?:tomo|tomamos|bebo|bebemos|pido|pedimos|desayuno|desayunamos|como|comemos) ");
        rule(H, always, kHabit, spanish(), QStringLiteral("\\bsiempre ") + esVerb + kObject);
        rule(H, usually, kHabit, spanish(),
            QStringLiteral("\\b(?:normalmente|habitualmente|por lo general) ") + esVerb + kObject);
        rule(H, usually, kHabit, spanish(),
            QStringLiteral("\\b(?:suelo|solemos) (?:tomar|beber|pedir|desayunar) ") + kObject);
        const QString frVerb
            = QStringLiteral("(?:prends|prenons|bois|buvons|commande|commandons|mange|mangeons) ");
        rule(H, always, kHabit, french(),
            QStringLiteral("\\b(?:je|nous) ") + frVerb + QStringLiteral("toujours ") + kObject);
        rule(H, usually, kHabit, french(),
            QStringLiteral("\\b(?:d'habitude|habituellement|normalement),? (?:je|nous) ") + frVerb
                + kObject);
        const QString deVerb
            = QStringLiteral("(?:trinke|trinken|nehme|nehmen|esse|essen|bestelle|bestellen) ");
        rule(H, always, kHabit, german(),
            QStringLiteral("\\b(?:ich|wir) ") + deVerb + QStringLiteral("immer ") + kObject);
        rule(H, usually, kHabit, german(),
            QStringLiteral("\\b(?:ich|wir) ") + deVerb
                + QStringLiteral("(?:normalerweise|meistens|gewohnlich) ") + kObject);
        const QString ptVerb
            = QStringLiteral("(?:tomo|tomamos|bebo|bebemos|peco|pedimos|como|comemos) ");
        rule(H, always, kHabit, portuguese(),
            QStringLiteral("\\b(?:eu |nos )?sempre ") + ptVerb + kObject);
        rule(H, usually, kHabit, portuguese(),
            QStringLiteral("\\b(?:normalmente|geralmente) ") + ptVerb + kObject);
        rule(H, usually, kHabit, portuguese(),
            QStringLiteral("\\b(?:costumo|costumamos) (?:tomar|beber|pedir|comer) ") + kObject);
        const QString itVerb
            = QStringLiteral("(?:prendo|prendiamo|bevo|beviamo|ordino|ordiniamo|mangio|mangiamo) ");
        rule(H, always, kHabit, italian(),
            QStringLiteral("\\b") + itVerb + QStringLiteral("sempre ") + kObject);
        rule(H, always, kHabit, italian(), QStringLiteral("\\bsempre ") + itVerb + kObject);
        rule(H, usually, kHabit, italian(),
            QStringLiteral("\\b(?:di solito|solitamente|normalmente) ") + itVerb + kObject);
        return r;
    }();
    return rules;
}

//! The words before `position` in folded text, nearest last.
QStringList wordsBefore(const QString &text, int position, int count)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    QStringList words = text.left(position).split(separators, Qt::SkipEmptyParts);
    return words.mid(std::max<qsizetype>(0, words.size() - count));
}

//! The things an object phrase names: cut at the first stop word, split at conjunctions and
//! commas, leading articles dropped, well-known ones named in English.
QStringList objectsOf(const QString &phrase, const LanguageWords &language)
{
    QStringList objects;
    QStringList current;
    auto flush = [&]() {
        while (!current.isEmpty()) {
            const QString first = foldedKey(current.first());
            // "l'arachide", "all'uovo": the article is glued on with an apostrophe.
            const qsizetype apostrophe = current.first().indexOf(QLatin1Char('\''));
            if (apostrophe > 0 && apostrophe < current.first().size() - 1
                && language.articles.contains(foldedKey(current.first().left(apostrophe)))) {
                current.first().remove(0, apostrophe + 1);
                continue;
            }
            if (!language.articles.contains(first))
                break;
            current.removeFirst();
        }
        if (!current.isEmpty() && current.size() <= kMaxObjectWords) {
            const QString text = current.join(QLatin1Char(' ')).toLower();
            const QString key = foldedKey(text);
            if (!key.isEmpty() && !emptyObjects().contains(key))
                objects.append(englishNames().value(key, text));
        }
        current.clear();
    };
    static const QRegularExpression tokens(QStringLiteral("[^\\s,/&+]+|[,/&+]"));
    for (const QRegularExpressionMatch &m : tokens.globalMatch(phrase)) {
        QString word = m.captured();
        if (word == QLatin1String(",") || word == QLatin1String("/") || word == QLatin1String("&")
            || word == QLatin1String("+")) {
            flush();
            continue;
        }
        // Quotes and trailing punctuation are not part of the word.
        while (!word.isEmpty() && !word.back().isLetterOrNumber())
            word.chop(1);
        while (!word.isEmpty() && !word.front().isLetterOrNumber())
            word.remove(0, 1);
        if (word.isEmpty())
            continue;
        const QString key = foldedKey(word);
        if (language.stops.contains(key))
            break;
        if (language.conjunctions.contains(key)) {
            flush();
            continue;
        }
        current.append(word);
    }
    flush();
    return objects;
}

void addFact(
    QList<MemoryFact> &facts, MemoryCategory category, const QString &text, double confidence)
{
    for (MemoryFact &f : facts) {
        if (foldedKey(f.fact) == foldedKey(text)) {
            f.confidence = std::max(f.confidence, confidence);
            return;
        }
    }
    facts.append({ category, text, confidence });
}

//! A fixed fact when the object names a known wish ("a quiet room" -> "Prefers a quiet room").
QString wishIn(const QString &foldedObject)
{
    for (const Wish &w : wishes()) {
        if (w.pattern.match(foldedObject).hasMatch())
            return w.fact;
    }
    return {};
}

QString excerpt(const QString &text)
{
    QString simplified = text.simplified();
    if (simplified.size() > kComplaintExcerpt) {
        simplified.truncate(kComplaintExcerpt - 1);
        simplified.append(QChar(0x2026));
    }
    return simplified;
}

} // namespace

void RuleMemoryExtractor::extract(const QList<GuestUtterance> &utterances, Done done)
{
    done(facts(utterances));
}

QList<MemoryFact> RuleMemoryExtractor::facts(const QList<GuestUtterance> &utterances) const
{
    QList<MemoryFact> all;
    for (const GuestUtterance &u : utterances) {
        for (const MemoryFact &f : factsIn(u))
            addFact(all, f.category, f.fact, f.confidence);
    }
    return all;
}

QList<MemoryFact> RuleMemoryExtractor::factsIn(const GuestUtterance &utterance) const
{
    QList<MemoryFact> facts;
    const FoldedText text(utterance.text);
    const QString &f = text.folded();

    for (const PhraseRule &rule : phraseRules()) {
        for (const QRegularExpressionMatch &m : rule.pattern.globalMatch(f)) {
            if (rule.negatable) {
                bool negated = false;
                for (const QString &w : wordsBefore(f, int(m.capturedStart()), 3))
                    negated = negated || negations().contains(w);
                if (negated)
                    continue;
            }
            const int start = int(m.capturedStart(QStringLiteral("obj")));
            const int length = int(m.capturedLength(QStringLiteral("obj")));
            const QString phrase = text.original(start, length);
            if (rule.category == MemoryCategory::Preference) {
                const QString wish = wishIn(m.captured(QStringLiteral("obj")));
                if (!wish.isEmpty()) {
                    addFact(facts, rule.category, wish, rule.confidence);
                    continue;
                }
            }
            for (const QString &object : objectsOf(phrase, *rule.words))
                addFact(facts, rule.category, rule.factTemplate.arg(object), rule.confidence);
        }
    }
    for (const Wish &w : wishes()) {
        if (w.pattern.match(f).hasMatch())
            addFact(facts, MemoryCategory::Preference, w.fact, kMentionedWish);
    }
    QSet<int> occasionGroups;
    for (const Occasion &o : occasions()) {
        if (!occasionGroups.contains(o.group) && o.pattern.match(f).hasMatch()) {
            occasionGroups.insert(o.group);
            addFact(facts, MemoryCategory::Occasion, o.fact, kOccasion);
        }
    }
    if (utterance.intent == QLatin1String("feedback.complaint")) {
        const double confidence = utterance.intentConfidence >= 0
            ? std::max(0.5, utterance.intentConfidence)
            : kComplaint;
        addFact(facts, MemoryCategory::Complaint,
            QStringLiteral("Complained: \u201c%1\u201d").arg(excerpt(utterance.text)),
            std::min(confidence, 0.95));
    }
    return facts;
}

} // namespace jack::ai
