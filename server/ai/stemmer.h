#pragma once
#include <QString>

namespace jack::ai {

//! Snowball stemming (Debian libstemmer) of one folded word in one of the languages Jack has
//! lexicons for: "toallas" -> "toall", "Handtücher" (folded "handtucher") -> "handtuch".
class Stemmer {
public:
    //! The Snowball stem of the word in the language ("en", "es", "fr", "de", "pt", "it"); the
    //! word itself for any other language. Thread-safe: every thread keeps its own stemmers,
    //! since libstemmer's objects must not be shared between threads.
    [[nodiscard]] static QString stem(const QString &word, const QString &language);
    //! The language has a Snowball stemmer here.
    [[nodiscard]] static bool supports(const QString &language);
};

} // namespace jack::ai
