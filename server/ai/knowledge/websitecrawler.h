#pragma once
#include "ai/knowledge/htmlpage.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace jack::ai {

//! How far a website import may go.
struct CrawlLimits {
    int maxPages = 5;
    qint64 maxPageBytes = 2 * 1024 * 1024;
    int pageTimeoutMs = 10000;
    int totalTimeoutMs = 45000;
    int maxRedirects = 3;
};

//! A page the crawler did not use, and why ("larger than 2 MB", "HTTP 404"…).
struct SkippedPage {
    QUrl url;
    QString reason;
};

//! Fetches a hotel's pages for the knowledge import: the start page, then pages of the same
//! host it links to (breadth first) up to the limits. http and https only; redirects are
//! followed only within the host; pages over the size limit, of another type than HTML or
//! slower than the time limit are skipped. Asynchronous, one request at a time.
class WebsiteCrawler : public QObject {
    Q_OBJECT
public:
    WebsiteCrawler(QNetworkAccessManager *network, CrawlLimits limits, QObject *parent = nullptr);
    ~WebsiteCrawler() override;

    //! Why the URL cannot be the start of an import; empty when it can.
    [[nodiscard]] static QString checkUrl(const QUrl &url);

    void start(const QUrl &url);
    [[nodiscard]] const QList<HtmlPage> &pages() const { return m_pages; }
    [[nodiscard]] const QList<SkippedPage> &skipped() const { return m_skipped; }
    //! Why the start page failed (then there are no pages); empty otherwise.
    [[nodiscard]] QString startError() const { return m_startError; }

Q_SIGNALS:
    void finished();

private:
    void fetchNext();
    void onFinished();
    void skip(const QUrl &url, const QString &reason);
    [[nodiscard]] bool sameSite(const QUrl &url) const;
    [[nodiscard]] static QUrl normalised(QUrl url);

    QNetworkAccessManager *m_network;
    CrawlLimits m_limits;
    QString m_host;
    QList<QUrl> m_queue;
    QSet<QUrl> m_seen;
    QList<HtmlPage> m_pages;
    QList<SkippedPage> m_skipped;
    QString m_startError;
    QElapsedTimer m_clock;
    bool m_first = true;
    bool m_done = false;

    // The request in flight.
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    QByteArray m_body;
    QString m_abortReason;
};

} // namespace jack::ai
