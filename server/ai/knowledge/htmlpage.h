#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace jack::ai {

//! A part of a web page under one heading (h1–h3), as plain text.
struct PageSection {
    QString title;
    QString content; //!< paragraphs separated by newlines
    QString anchor; //!< the heading's id, empty when it has none
};

//! A web page reduced to what can become knowledge: its sections and the links it holds.
struct HtmlPage {
    QUrl url;
    QString title; //!< <title>
    QList<PageSection> sections;
    QList<QUrl> links; //!< absolute, without fragment, in document order, each once

    //! Parses with libxml2's HTML parser (forgiving, no network). Scripts, styles, navigation,
    //! footers and forms are dropped; text before the first heading gets the page title.
    //! `charset` is the HTTP header's, empty to let the document (or UTF-8) decide.
    [[nodiscard]] static HtmlPage parse(
        const QByteArray &html, const QUrl &url, const QByteArray &charset = {});
};

} // namespace jack::ai
