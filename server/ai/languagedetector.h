#pragma once
#include <QString>

namespace jack::ai {

//! Guesses the language a guest wrote in, locally: CLD2 for sentences, the lexicons (function
//! words, hotel words, letters such as ñ, ß or ã) for short messages CLD2 cannot judge.
class LanguageDetector {
public:
    //! An ISO 639-1 code ("de", "zh"): any language CLD2 knows, though only those of
    //! Lexicon::languageCodes() have lexicons; the fallback when the text gives too little
    //! evidence.
    [[nodiscard]] static QString detect(
        const QString &text, const QString &fallback = QStringLiteral("en"));
};

} // namespace jack::ai
