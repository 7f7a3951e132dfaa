#include "ai/knowledge/websitecrawler.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <algorithm>

namespace jack::ai {

namespace {
bool isWebScheme(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

// Links to files that are never HTML are not worth a request.
bool looksLikeFile(const QUrl &url)
{
    static const QStringList extensions { QStringLiteral(".pdf"), QStringLiteral(".jpg"),
        QStringLiteral(".jpeg"), QStringLiteral(".png"), QStringLiteral(".gif"),
        QStringLiteral(".webp"), QStringLiteral(".svg"), QStringLiteral(".css"),
        QStringLiteral(".js"), QStringLiteral(".zip"), QStringLiteral(".mp4"),
        QStringLiteral(".mp3"), QStringLiteral(".ics"), QStringLiteral(".doc"),
        QStringLiteral(".docx"), QStringLiteral(".xml"), QStringLiteral(".json") };
    const QString path = url.path().toLower();
    return std::any_of(extensions.cbegin(), extensions.cend(),
        [&path](const QString &e) { return path.endsWith(e); });
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3);
}
} // namespace

WebsiteCrawler::WebsiteCrawler(QNetworkAccessManager *network, CrawlLimits limits, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_limits(limits)
{
}

WebsiteCrawler::~WebsiteCrawler()
{
    m_done = true;
    if (m_reply)
        m_reply->abort();
}

QString WebsiteCrawler::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return QStringLiteral("url must be an absolute http or https address");
    if (!isWebScheme(url))
        return QStringLiteral("only http and https addresses can be imported");
    if (url.host().isEmpty())
        return QStringLiteral("url has no host");
    if (!url.userInfo().isEmpty())
        return QStringLiteral("url must not carry a user name or password");
    return {};
}

QUrl WebsiteCrawler::normalised(QUrl url)
{
    url.setFragment({});
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    return url;
}

bool WebsiteCrawler::sameSite(const QUrl &url) const
{
    return isWebScheme(url) && url.host().compare(m_host, Qt::CaseInsensitive) == 0;
}

void WebsiteCrawler::start(const QUrl &url)
{
    m_clock.start();
    const QUrl first = normalised(url);
    m_host = first.host();
    m_queue.append(first);
    m_seen.insert(first);
    fetchNext();
}

void WebsiteCrawler::skip(const QUrl &url, const QString &reason)
{
    if (m_first)
        m_startError = reason;
    m_skipped.append({ url, reason });
}

void WebsiteCrawler::fetchNext()
{
    if (m_done)
        return;
    const bool outOfTime = m_clock.elapsed() > m_limits.totalTimeoutMs;
    if (m_queue.isEmpty() || int(m_pages.size()) >= m_limits.maxPages || outOfTime) {
        if (outOfTime) {
            for (const QUrl &url : std::as_const(m_queue))
                m_skipped.append({ url, QStringLiteral("not fetched: import time limit reached") });
        }
        m_done = true;
        // Answer from the event loop: start() may not have returned yet.
        QTimer::singleShot(0, this, &WebsiteCrawler::finished);
        return;
    }
    m_url = m_queue.takeFirst();
    m_body.clear();
    m_abortReason.clear();
    QNetworkRequest request(m_url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_limits.maxRedirects);
    request.setTransferTimeout(m_limits.pageTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
        QStringLiteral("JackTheButler/%1 (knowledge import)").arg(QLatin1String(JACK_VERSION)));
    request.setRawHeader("Accept", "text/html,application/xhtml+xml");
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        if (sameSite(target)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        m_abortReason = QStringLiteral("redirect to another host (%1) refused").arg(target.host());
        reply->abort();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply]() {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status >= 300)
            return; // a redirect or an error page: decided when it finishes
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_limits.maxPageBytes) {
            m_abortReason
                = QStringLiteral("larger than %1 MB").arg(megabytes(m_limits.maxPageBytes));
            reply->abort();
            return;
        }
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString().toLower();
        if (!type.isEmpty() && !type.contains(QLatin1String("html"))) {
            m_abortReason = QStringLiteral("not an HTML page (%1)").arg(type.section(u';', 0, 0));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply]() {
        m_body += reply->readAll();
        if (m_body.size() > m_limits.maxPageBytes && m_abortReason.isEmpty()) {
            m_abortReason
                = QStringLiteral("larger than %1 MB").arg(megabytes(m_limits.maxPageBytes));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &WebsiteCrawler::onFinished);
}

void WebsiteCrawler::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_abortReason.isEmpty()) {
        skip(m_url, m_abortReason);
    } else if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError) {
        skip(m_url,
            QStringLiteral("no answer within %1 s")
                .arg(m_limits.pageTimeoutMs / 1000.0, 0, 'g', 3));
    } else if (reply->error() == QNetworkReply::TooManyRedirectsError) {
        skip(m_url, QStringLiteral("too many redirects"));
    } else if (status != 0 && (status < 200 || status >= 300)) {
        skip(m_url, QStringLiteral("HTTP %1").arg(status));
    } else if (reply->error() != QNetworkReply::NoError) {
        skip(m_url, reply->errorString());
    } else {
        m_body += reply->readAll();
        const QUrl finalUrl = normalised(reply->url());
        QByteArray charset;
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        const qsizetype at = type.indexOf(QLatin1String("charset="), 0, Qt::CaseInsensitive);
        if (at >= 0)
            charset = type.mid(at + 8).section(u';', 0, 0).trimmed().remove(u'"').toLatin1();
        HtmlPage page = HtmlPage::parse(m_body, finalUrl, charset);
        for (const QUrl &link : std::as_const(page.links)) {
            const QUrl next = normalised(link);
            if (sameSite(next) && !looksLikeFile(next) && !m_seen.contains(next)) {
                m_seen.insert(next);
                m_queue.append(next);
            }
        }
        m_seen.insert(finalUrl);
        m_pages.append(std::move(page));
    }
    m_body.clear();
    const bool startFailed = m_first && !m_startError.isEmpty();
    m_first = false;
    if (startFailed) {
        m_done = true;
        Q_EMIT finished();
        return;
    }
    fetchNext();
}

} // namespace jack::ai
