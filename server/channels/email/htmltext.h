#pragma once
#include <QString>

namespace jack::channels {

//! Plain text from an HTML-only mail (quoted <blockquote>s dropped), and the HTML part of our
//! replies from their text.
class HtmlText {
public:
    [[nodiscard]] static QString toText(const QString &html);
    //! The text escaped, paragraphs and line breaks kept, in a minimal HTML document.
    [[nodiscard]] static QString fromText(const QString &text);
};

} // namespace jack::channels
