#include "channels/email/emailthreads.h"

#include "channels/email/emailparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace jack::channels {

namespace {
constexpr int maxReferences = 20; // long threads: keep the first and the newest ids
}

QString EmailThreads::conversationFor(const QSqlDatabase &db, const ParsedEmail &mail)
{
    QStringList candidates;
    if (!mail.inReplyTo.isEmpty())
        candidates.append(mail.inReplyTo);
    for (auto it = mail.references.crbegin(); it != mail.references.crend(); ++it) {
        if (!candidates.contains(*it))
            candidates.append(*it);
    }
    QSqlQuery q(db);
    // The expression and WHERE clause match the partial index of migration 006.
    q.prepare(QStringLiteral("SELECT conversation_id FROM messages WHERE channel = 'email' AND "
                             "json_extract(meta, '$.messageId') = ? ORDER BY created_at DESC "
                             "LIMIT 1"));
    for (const QString &id : std::as_const(candidates)) {
        q.addBindValue(id);
        if (q.exec() && q.next())
            return q.value(0).toString();
    }
    return {};
}

EmailThreads::ReplyContext EmailThreads::replyContext(
    const QSqlDatabase &db, const QString &conversationId, const QString &hotelName)
{
    ReplyContext context;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT meta FROM messages WHERE conversation_id = ? AND channel = "
                             "'email' AND json_extract(meta, '$.messageId') IS NOT NULL ORDER BY "
                             "created_at DESC, rowid DESC LIMIT 1"));
    q.addBindValue(conversationId);
    QJsonObject meta;
    if (q.exec() && q.next())
        meta = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    const QString parent = meta.value(QLatin1String("messageId")).toString();
    if (!parent.isEmpty()) {
        context.inReplyTo = parent;
        context.references
            = EmailParser::messageIds(meta.value(QLatin1String("references")).toString());
        context.references.removeAll(parent);
        context.references.append(parent);
        if (context.references.size() > maxReferences)
            context.references = context.references.mid(0, 1)
                + context.references.mid(context.references.size() - (maxReferences - 1));
    }
    context.subject = replySubject(meta.value(QLatin1String("subject")).toString(), hotelName);
    return context;
}

QString EmailThreads::replySubject(const QString &subject, const QString &hotelName)
{
    const QString s = subject.simplified();
    if (s.isEmpty()) {
        return hotelName.isEmpty() ? QStringLiteral("A message from your hotel")
                                   : QStringLiteral("A message from %1").arg(hotelName);
    }
    static const QRegularExpression prefixed(
        QStringLiteral("^(re|aw|sv|antw|réf|rif)\\s*:"), QRegularExpression::CaseInsensitiveOption);
    return prefixed.match(s).hasMatch() ? s : QStringLiteral("Re: ") + s;
}

} // namespace jack::channels
