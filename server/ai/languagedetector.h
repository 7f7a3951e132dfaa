#pragma once
#include <QString>

namespace jack::ai {

//! Guesses which of the lexicon languages a guest wrote in, from function words, lexicon words
//! and letters such as ñ, ß or ã.
class LanguageDetector {
public:
    //! A code of Lexicon::languageCodes(); the fallback when the text gives too little evidence.
    [[nodiscard]] static QString detect(
        const QString &text, const QString &fallback = QStringLiteral("en"));
};

} // namespace jack::ai
