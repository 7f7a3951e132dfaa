#include "ai/knowledge/htmlpage.h"

#include <QSet>
#include <QStringList>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace jack::ai {

namespace {

// Long sections are cut: a knowledge entry is a fact, not a page.
constexpr qsizetype kMaxSectionChars = 6000;

QString name(const xmlNode *node)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(node->name)).toLower();
}

QString attribute(const xmlNode *node, const char *attr)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(attr));
    if (!value)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return text;
}

bool skipped(const xmlNode *node)
{
    static const QSet<QString> dropped { QStringLiteral("script"), QStringLiteral("style"),
        QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("nav"),
        QStringLiteral("footer"), QStringLiteral("form"), QStringLiteral("svg"),
        QStringLiteral("iframe"), QStringLiteral("head"), QStringLiteral("button"),
        QStringLiteral("select") };
    if (dropped.contains(name(node)))
        return true;
    const QString role = attribute(node, "role");
    return role == QLatin1String("navigation") || role == QLatin1String("contentinfo")
        || attribute(node, "aria-hidden") == QLatin1String("true");
}

bool isBlock(const QString &tag)
{
    static const QSet<QString> blocks { QStringLiteral("p"), QStringLiteral("div"),
        QStringLiteral("li"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("tr"),
        QStringLiteral("table"), QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("main"), QStringLiteral("blockquote"), QStringLiteral("pre"),
        QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("dd"), QStringLiteral("br"),
        QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("header"),
        QStringLiteral("aside"), QStringLiteral("address"), QStringLiteral("figcaption"),
        QStringLiteral("hr") };
    return blocks.contains(tag);
}

bool isSectionHeading(const QString &tag)
{
    return tag == QLatin1String("h1") || tag == QLatin1String("h2") || tag == QLatin1String("h3");
}

QString textOf(const xmlNode *node)
{
    xmlChar *content = xmlNodeGetContent(node);
    if (!content)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(content)).simplified();
    xmlFree(content);
    return text;
}

//! Walks the body, cutting it into sections at h1–h3.
class SectionWriter {
public:
    explicit SectionWriter(QString pageTitle)
        : m_pageTitle(std::move(pageTitle))
    {
        m_current.title = m_pageTitle;
    }

    void walk(const xmlNode *node)
    {
        for (const xmlNode *child = node; child; child = child->next) {
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
                m_line += QString::fromUtf8(reinterpret_cast<const char *>(child->content));
                continue;
            }
            if (child->type != XML_ELEMENT_NODE || skipped(child))
                continue;
            const QString tag = name(child);
            if (isSectionHeading(tag)) {
                flushLine();
                closeSection();
                const QString heading = textOf(child);
                m_current.title = heading.isEmpty() ? m_pageTitle : heading;
                m_current.anchor = attribute(child, "id");
                continue;
            }
            const bool block = isBlock(tag);
            if (block)
                flushLine();
            walk(child->children);
            if (block)
                flushLine();
            else if (tag == QLatin1String("td") || tag == QLatin1String("th"))
                m_line += u' ';
        }
    }

    QList<PageSection> finish()
    {
        flushLine();
        closeSection();
        return m_sections;
    }

private:
    void flushLine()
    {
        const QString line = m_line.simplified();
        m_line.clear();
        if (!line.isEmpty())
            m_paragraphs.append(line);
    }

    void closeSection()
    {
        QString content = m_paragraphs.join(u'\n');
        m_paragraphs.clear();
        if (content.size() > kMaxSectionChars)
            content = content.left(kMaxSectionChars);
        if (!content.trimmed().isEmpty()) {
            PageSection section = m_current;
            section.content = content;
            m_sections.append(section);
        }
        m_current = PageSection { m_pageTitle, {}, {} };
    }

    QString m_pageTitle;
    PageSection m_current;
    QString m_line;
    QStringList m_paragraphs;
    QList<PageSection> m_sections;
};

const xmlNode *findElement(const xmlNode *node, const char *tag)
{
    for (const xmlNode *n = node; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE
            && xmlStrcasecmp(n->name, reinterpret_cast<const xmlChar *>(tag)) == 0)
            return n;
        if (const xmlNode *found = findElement(n->children, tag))
            return found;
    }
    return nullptr;
}

void collectLinks(const xmlNode *node, const QUrl &base, QList<QUrl> &links, QSet<QUrl> &seen)
{
    for (const xmlNode *n = node; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrcasecmp(n->name, reinterpret_cast<const xmlChar *>("a")) == 0) {
            const QString href = attribute(n, "href").trimmed();
            if (!href.isEmpty()) {
                QUrl url = base.resolved(QUrl(href));
                url.setFragment({});
                if (url.isValid() && !seen.contains(url)) {
                    seen.insert(url);
                    links.append(url);
                }
            }
        }
        collectLinks(n->children, base, links, seen);
    }
}

} // namespace

HtmlPage HtmlPage::parse(const QByteArray &html, const QUrl &url, const QByteArray &charset)
{
    HtmlPage page;
    page.url = url;
    const QByteArray base = url.toString().toUtf8();
    htmlDocPtr doc = htmlReadMemory(html.constData(), int(html.size()), base.constData(),
        charset.isEmpty() ? nullptr : charset.constData(),
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    if (!doc)
        return page;
    const xmlNode *root = xmlDocGetRootElement(doc);
    if (const xmlNode *title = findElement(root, "title"))
        page.title = textOf(title);
    if (page.title.isEmpty())
        page.title = url.host();
    QSet<QUrl> seen;
    collectLinks(root, url, page.links, seen);
    const xmlNode *body = findElement(root, "body");
    SectionWriter writer(page.title);
    writer.walk(body ? body->children : root);
    page.sections = writer.finish();
    xmlFreeDoc(doc);
    return page;
}

} // namespace jack::ai
