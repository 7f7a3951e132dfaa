#include "channels/email/imapsession.h"

#include "channels/email/certificatecheck.h"

#include <libetpan/libetpan.h>

#include <QMutexLocker>

namespace jack::channels {

namespace {
constexpr int timeoutSeconds = 30;

QList<quint32> uidList(clist *result)
{
    QList<quint32> uids;
    for (clistiter *it = clist_begin(result); it; it = clist_next(it))
        uids.append(*static_cast<uint32_t *>(clist_content(it)));
    std::sort(uids.begin(), uids.end());
    return uids;
}
} // namespace

ImapSession::ImapSession(MailServer server)
    : m_server(std::move(server))
{
}

ImapSession::~ImapSession()
{
    close();
}

QString ImapSession::failure(const QString &what, int code)
{
    const QString side = QStringLiteral("IMAP server %1").arg(m_server.label());
    QString serverText;
    if (m_imap && m_imap->imap_response)
        serverText = QString::fromUtf8(m_imap->imap_response).simplified();
    QString reason;
    switch (code) {
    case MAILIMAP_ERROR_LOGIN:
        m_loginRefused = true;
        reason = QStringLiteral("cannot log in to %1: authentication failed").arg(side);
        break;
    case MAILIMAP_ERROR_CONNECTION_REFUSED:
        reason = QStringLiteral("cannot connect to %1: connection refused").arg(side);
        break;
    case MAILIMAP_ERROR_STREAM:
        reason = QStringLiteral("lost the connection to %1 while trying to %2").arg(side, what);
        break;
    case MAILIMAP_ERROR_SSL:
        reason = QStringLiteral("cannot connect securely to %1 (TLS failed)").arg(side);
        break;
    default:
        reason = QStringLiteral("%1 refused to %2").arg(side, what);
    }
    if (!serverText.isEmpty() && code != MAILIMAP_ERROR_STREAM)
        reason += QStringLiteral(" (%1)").arg(serverText.left(200));
    return reason;
}

QString ImapSession::open(const QString &mailbox)
{
    close();
    m_loginRefused = false;
    mailimap *imap = mailimap_new(0, nullptr);
    mailimap_set_timeout(imap, timeoutSeconds);
    {
        QMutexLocker lock(&m_streamMutex);
        m_imap = imap;
    }
    const QByteArray host = m_server.host.toUtf8();
    const auto port = uint16_t(m_server.port);
    int r = m_server.security == QLatin1String("tls")
        ? mailimap_ssl_connect(imap, host.constData(), port)
        : mailimap_socket_connect(imap, host.constData(), port);
    if (r != MAILIMAP_NO_ERROR_AUTHENTICATED && r != MAILIMAP_NO_ERROR_NON_AUTHENTICATED) {
        const QString why = r == MAILIMAP_ERROR_CONNECTION_REFUSED || r == MAILIMAP_ERROR_STREAM
            ? QStringLiteral("cannot connect to IMAP server %1").arg(m_server.label())
            : failure(QStringLiteral("connect"), r);
        close();
        return why;
    }
    if (m_server.security == QLatin1String("starttls")) {
        r = mailimap_socket_starttls(imap);
        if (r != MAILIMAP_NO_ERROR) {
            const QString why = failure(QStringLiteral("start TLS"), r);
            close();
            return why;
        }
    }
    if (m_server.security != QLatin1String("none") && m_server.tlsVerify) {
        QList<QByteArray> der;
        if (carray *chain = mailstream_get_certificate_chain(imap->imap_stream)) {
            for (unsigned int i = 0; i < carray_count(chain); ++i) {
                auto *s = static_cast<MMAPString *>(carray_get(chain, i));
                der.append(QByteArray(s->str, qsizetype(s->len)));
            }
            mailstream_certificate_chain_free(chain);
        }
        const QString problem = CertificateCheck::problem(der, m_server.host);
        if (!problem.isEmpty()) {
            close();
            return QStringLiteral("cannot connect securely to IMAP server %1: %2")
                .arg(m_server.label(), problem);
        }
    }
    r = mailimap_login(
        imap, m_server.username.toUtf8().constData(), m_server.password.toUtf8().constData());
    if (r != MAILIMAP_NO_ERROR) {
        const QString why = failure(QStringLiteral("log in"), r);
        close();
        return why;
    }
    if (!imap->imap_connection_info || !imap->imap_connection_info->imap_capability) {
        struct mailimap_capability_data *caps = nullptr;
        if (mailimap_capability(imap, &caps) == MAILIMAP_NO_ERROR && caps)
            mailimap_capability_data_free(caps);
    }
    m_canIdle = mailimap_has_idle(imap);
    r = mailimap_select(imap, mailbox.toUtf8().constData());
    if (r != MAILIMAP_NO_ERROR || !imap->imap_selection_info) {
        const QString why = failure(QStringLiteral("open the mailbox \"%1\"").arg(mailbox), r);
        close();
        return why;
    }
    m_uidValidity = imap->imap_selection_info->sel_uidvalidity;
    m_uidNext = imap->imap_selection_info->sel_uidnext;
    QMutexLocker lock(&m_streamMutex);
    m_idleReady = mailstream_setup_idle(imap->imap_stream) == 0;
    return {};
}

QString ImapSession::uidsAfter(quint32 after, QList<quint32> *uids)
{
    uids->clear();
    struct mailimap_set *set = mailimap_set_new_interval(after + 1, 0);
    struct mailimap_search_key *key = mailimap_search_key_new_uid(set);
    clist *result = nullptr;
    const int r = mailimap_uid_search(m_imap, nullptr, key, &result);
    mailimap_search_key_free(key);
    if (r != MAILIMAP_NO_ERROR)
        return failure(QStringLiteral("search for new mail"), r);
    // "n:*" always matches the newest mail, even when its UID is below n (RFC 3501 6.4.8).
    for (quint32 uid : uidList(result)) {
        if (uid > after)
            uids->append(uid);
    }
    mailimap_search_result_free(result);
    return {};
}

QString ImapSession::uidsSince(const QDate &day, QList<quint32> *uids)
{
    uids->clear();
    struct mailimap_search_key *key
        = mailimap_search_key_new_since(mailimap_date_new(day.day(), day.month(), day.year()));
    clist *result = nullptr;
    const int r = mailimap_uid_search(m_imap, nullptr, key, &result);
    mailimap_search_key_free(key);
    if (r != MAILIMAP_NO_ERROR)
        return failure(QStringLiteral("search for recent mail"), r);
    *uids = uidList(result);
    mailimap_search_result_free(result);
    return {};
}

QString ImapSession::fetch(quint32 uid, QByteArray *raw)
{
    raw->clear();
    struct mailimap_set *set = mailimap_set_new_single(uid);
    struct mailimap_fetch_type *type = mailimap_fetch_type_new_fetch_att_list_empty();
    mailimap_fetch_type_new_fetch_att_list_add(type, mailimap_fetch_att_new_uid());
    mailimap_fetch_type_new_fetch_att_list_add(
        type, mailimap_fetch_att_new_body_peek_section(mailimap_section_new(nullptr)));
    clist *fetched = nullptr;
    const int r = mailimap_uid_fetch(m_imap, set, type, &fetched);
    mailimap_fetch_type_free(type);
    mailimap_set_free(set);
    if (r != MAILIMAP_NO_ERROR)
        return failure(QStringLiteral("fetch mail %1").arg(uid), r);
    bool found = false;
    for (clistiter *it = clist_begin(fetched); it; it = clist_next(it)) {
        auto *att = static_cast<struct mailimap_msg_att *>(clist_content(it));
        quint32 gotUid = 0;
        QByteArray body;
        bool hasBody = false;
        for (clistiter *i = clist_begin(att->att_list); i; i = clist_next(i)) {
            auto *item = static_cast<struct mailimap_msg_att_item *>(clist_content(i));
            if (item->att_type != MAILIMAP_MSG_ATT_ITEM_STATIC)
                continue;
            struct mailimap_msg_att_static *s = item->att_data.att_static;
            if (s->att_type == MAILIMAP_MSG_ATT_UID) {
                gotUid = s->att_data.att_uid;
            } else if (s->att_type == MAILIMAP_MSG_ATT_BODY_SECTION) {
                body = QByteArray(s->att_data.att_body_section->sec_body_part,
                    qsizetype(s->att_data.att_body_section->sec_length));
                hasBody = true;
            }
        }
        if (gotUid == uid && hasBody) {
            *raw = body;
            found = true;
        }
    }
    mailimap_fetch_list_free(fetched);
    return found ? QString() : QStringLiteral("mail %1 is no longer in the mailbox").arg(uid);
}

QString ImapSession::noop()
{
    const int r = mailimap_noop(m_imap);
    return r == MAILIMAP_NO_ERROR ? QString() : failure(QStringLiteral("answer NOOP"), r);
}

ImapSession::Wake ImapSession::idle(int seconds, QString *error)
{
    // Only EXISTS/RECENT reported from here on count as news.
    if (m_imap->imap_selection_info) {
        m_imap->imap_selection_info->sel_has_exists = 0;
        m_imap->imap_selection_info->sel_has_recent = 0;
    }
    int r = mailimap_idle(m_imap);
    if (r != MAILIMAP_NO_ERROR) {
        *error = failure(QStringLiteral("start IDLE"), r);
        return Wake::Failed;
    }
    Wake wake = Wake::NewMail;
    // News that came with IDLE's continuation is already read into libetpan's buffers; the
    // socket would stay quiet about it.
    const mailimap_selection_info *info = m_imap->imap_selection_info;
    const bool alreadyHere = (info && (info->sel_has_exists || info->sel_has_recent))
        || m_imap->imap_stream->read_buffer_len > 0;
    const int waited = alreadyHere ? MAILSTREAM_IDLE_HASDATA
                                   : mailstream_wait_idle(m_imap->imap_stream, seconds);
    switch (waited) {
    case MAILSTREAM_IDLE_HASDATA:
        wake = Wake::NewMail;
        break;
    case MAILSTREAM_IDLE_TIMEOUT:
        wake = Wake::Timeout;
        break;
    case MAILSTREAM_IDLE_INTERRUPTED:
        wake = Wake::Interrupted;
        break;
    default:
        *error = QStringLiteral("lost the connection to IMAP server %1 while waiting for mail")
                     .arg(m_server.label());
        return Wake::Failed;
    }
    r = mailimap_idle_done(m_imap);
    if (r != MAILIMAP_NO_ERROR) {
        *error = failure(QStringLiteral("end IDLE"), r);
        return Wake::Failed;
    }
    return wake;
}

void ImapSession::interrupt()
{
    QMutexLocker lock(&m_streamMutex);
    if (m_imap && m_imap->imap_stream && m_idleReady)
        mailstream_interrupt_idle(m_imap->imap_stream);
}

void ImapSession::close()
{
    mailimap *imap = nullptr;
    bool idleReady = false;
    {
        QMutexLocker lock(&m_streamMutex);
        imap = m_imap;
        idleReady = m_idleReady;
        m_imap = nullptr;
        m_idleReady = false;
    }
    if (!imap)
        return;
    if (imap->imap_stream) {
        if (idleReady)
            mailstream_unsetup_idle(imap->imap_stream);
        // A polite LOGOUT only when the line is still up; its timeout bounds the wait.
        mailimap_set_timeout(imap, 5);
        mailimap_logout(imap);
    }
    mailimap_free(imap);
}

} // namespace jack::channels
