#include "ai/memory/privacyfilter.h"

#include "ai/lexicon.h"

#include <QRegularExpression>

namespace jack::ai {

namespace {

// Folded (lowercase, no accents) phrases; a trailing '*' matches any word ending.
const QStringList kPaymentWords = {
    "credit card",
    "debit card",
    "card number",
    "card no",
    "cvv",
    "cvc",
    "security code",
    "expiry date",
    "tarjeta de credito",
    "tarjeta de debito",
    "numero de tarjeta",
    "carte de credit",
    "carte bancaire",
    "numero de carte",
    "kreditkarte*",
    "kartennummer",
    "ec karte",
    "cartao de credito",
    "cartao de debito",
    "numero do cartao",
    "carta di credito",
    "numero della carta",
    "bancomat",
};
const QStringList kBankWords = {
    "iban",
    "bic",
    "swift",
    "bank account",
    "account number",
    "routing number",
    "sort code",
    "cuenta bancaria",
    "numero de cuenta",
    "compte bancaire",
    "numero de compte",
    "bankverbindung",
    "kontonummer",
    "bankkonto",
    "conta bancaria",
    "numero da conta",
    "conto bancario",
    "numero di conto",
};
const QStringList kIdentityWords = {
    "passport*",
    "pasaporte*",
    "passeport*",
    "reisepass*",
    "passaport*",
    "dni",
    "nif",
    "id number",
    "id card",
    "identity card",
    "identity number",
    "identity document",
    "national id",
    "carte d identite",
    "numero d identite",
    "personalausweis*",
    "ausweis*",
    "carta d identita",
    "codice fiscale",
    "cpf",
    "rg",
    "cartao de cidadao",
    "bilhete de identidade",
    "documento de identidad",
    "documento d identita",
    "social security",
    "ssn",
    "driver s license",
    "drivers license",
    "driving licence",
    "driving license",
    "permis de conduire",
    "fuhrerschein*",
    "patente di guida",
    "carnet de conducir",
    "carta de conducao",
    "carteira de motorista",
    "visa number",
};
// Conditions, treatments and states of health that are diagnoses, not preferences.
const QStringList kHealthWords = {
    "diabet*",
    "cancer*",
    "cancro*",
    "krebs*",
    "tumor*",
    "tumour*",
    "leuk*mi*",
    "leucemi*",
    "chemo*",
    "quimio*",
    "depress*",
    "hiv",
    "aids",
    "sida",
    "epilep*",
    "asthma*",
    "asma",
    "asthme*",
    "alzheimer*",
    "parkinson*",
    "dementia*",
    "demencia*",
    "demence*",
    "demenz*",
    "demenza*",
    "autis*",
    "adhd",
    "tdah",
    "bipolar*",
    "schizo*",
    "esquizo*",
    "anorexi*",
    "anoressi*",
    "bulimi*",
    "hepatit*",
    "epatit*",
    "tubercul*",
    "sclero*",
    "esclero*",
    "arthrit*",
    "artrit*",
    "arthrose*",
    "artrose*",
    "insulin*",
    "dialys*",
    "dialis*",
    "diagnos*",
    "pregnan*",
    "embarazad*",
    "enceinte*",
    "grossesse*",
    "schwanger*",
    "gravida*",
    "gravidez*",
    "incinta*",
    "gravidanza*",
    "celiac*",
    "coeliac*",
    "celiaq*",
    "coeliaq*",
    "zoliakie*",
    "celiachi*",
    "heart disease",
    "heart condition",
    "cardiopat*",
    "herzkrank*",
    "herzerkrank*",
    "ptsd",
    "ocd",
    "mental illness",
    "mental health",
    "migrain*",
    "emicrani*",
    "jaqueca*",
    "stroke",
    "ictus",
    "avc",
    "schlaganfall*",
    "hypertension",
    "hipertension",
    "bluthochdruck",
    "disease*",
    "enfermedad*",
    "maladie*",
    "krankheit*",
    "erkrankung*",
    "doenca*",
    "malattia*",
    "disorder*",
    "trastorno*",
    "storung*",
    "disturbo*",
    "medication*",
    "medicament*",
    "medikament*",
    "medicamento*",
    "farmac*",
    "prescription*",
    "receta medica",
    "ordonnance",
    "surgery",
    "cirugia*",
    "operation",
    "chirurgie*",
    "chirurgia*",
    "cirurgia*",
};

//! " word word " with every non-letter/digit as a space, for whole-word matching.
QString words(const QString &text)
{
    const QString folded = Lexicon::fold(text);
    QString out(QStringLiteral(" "));
    for (QChar c : folded)
        out.append(c.isLetterOrNumber() ? c : QChar(u' '));
    return out.simplified().prepend(u' ').append(u' ');
}

//! A phrase of kXxxWords as a regular expression over words(); '*' ends a word prefix and
//! may also stand inside a word ("leuk*mi*").
QRegularExpression phrasePattern(const QStringList &phrases)
{
    QStringList alternatives;
    for (const QString &phrase : phrases) {
        QString re = QRegularExpression::escape(phrase);
        re.replace(QStringLiteral("\\*"), QStringLiteral("[a-z0-9]*"));
        alternatives.append(re);
    }
    return QRegularExpression(
        QStringLiteral(" (?:") + alternatives.join(u'|') + QStringLiteral(") "));
}

bool mentions(const QString &wordsText, const QRegularExpression &pattern)
{
    return pattern.match(wordsText).hasMatch();
}

int digitsIn(const QString &text)
{
    int n = 0;
    for (QChar c : text)
        n += c.isDigit() ? 1 : 0;
    return n;
}

} // namespace

PrivacyRisk PrivacyFilter::assess(const QString &text)
{
    static const QRegularExpression payment = phrasePattern(kPaymentWords);
    static const QRegularExpression bank = phrasePattern(kBankWords);
    static const QRegularExpression identity = phrasePattern(kIdentityWords);
    static const QRegularExpression health = phrasePattern(kHealthWords);
    // 13 to 19 digits, possibly grouped by spaces or dashes: a card number (ISO/IEC 7812).
    static const QRegularExpression cardNumber(
        QStringLiteral("(?<!\\d)(?:\\d[ -]?){12,18}\\d(?!\\d)"));
    // Two letters, two check digits, then 11 to 30 letters/digits, grouped or not (ISO 13616).
    static const QRegularExpression iban(
        QStringLiteral("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}\\b"));
    // A run of six or more digits (single spaces between them allowed) identifies a document,
    // an account or a phone: none of it belongs in a memory. Dates (2026-11-29, 29.11.2026)
    // are separated otherwise and pass.
    static const QRegularExpression longNumber(QStringLiteral("(?<!\\d)(?:\\d ?){5,}\\d"));

    // IBANs first: their digit groups would also pass for a card number.
    for (const QRegularExpressionMatch &m : iban.globalMatch(text.toUpper())) {
        if (digitsIn(m.captured()) >= 6)
            return PrivacyRisk::BankAccount;
    }
    for (const QRegularExpressionMatch &m : cardNumber.globalMatch(text)) {
        const int n = digitsIn(m.captured());
        if (n >= 13 && n <= 19)
            return PrivacyRisk::PaymentCard;
    }
    const QString w = words(text);
    if (mentions(w, payment))
        return PrivacyRisk::PaymentCard;
    if (mentions(w, bank))
        return PrivacyRisk::BankAccount;
    if (mentions(w, identity) || longNumber.match(text).hasMatch())
        return PrivacyRisk::IdentityNumber;
    if (mentions(w, health))
        return PrivacyRisk::HealthDiagnosis;
    return PrivacyRisk::None;
}

QString PrivacyFilter::describe(PrivacyRisk risk)
{
    switch (risk) {
    case PrivacyRisk::PaymentCard:
        return QStringLiteral("payment card details");
    case PrivacyRisk::BankAccount:
        return QStringLiteral("bank account details");
    case PrivacyRisk::IdentityNumber:
        return QStringLiteral("an identity document or another long number");
    case PrivacyRisk::HealthDiagnosis:
        return QStringLiteral("health data beyond an allergy or preference");
    case PrivacyRisk::None:
        break;
    }
    return {};
}

} // namespace jack::ai
