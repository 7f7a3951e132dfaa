#include "channels/email/emailparser.h"

#include "channels/email/htmltext.h"
#include "channels/email/vmimesupport.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace jack::channels {

namespace {

QString utf8(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

//! A header's value as text (encoded words decoded), empty when absent.
QString headerText(const vmime::shared_ptr<vmime::header> &header, const char *name)
{
    const auto field = header->findField(name);
    if (!field || !field->getValue())
        return {};
    if (auto text = vmime::dynamicCast<const vmime::text>(field->getValue()))
        return utf8(text->getConvertedText(vmime::charsets::UTF_8)).trimmed();
    return utf8(field->getValue()->generate()).simplified();
}

//! A decoded body part converted to UTF-8.
QString decoded(
    const vmime::shared_ptr<const vmime::contentHandler> &content, const vmime::charset &charset)
{
    if (!content)
        return {};
    std::string bytes;
    vmime::utility::outputStreamStringAdapter out(bytes);
    content->extract(out);
    std::string converted;
    try {
        vmime::charset::convert(bytes, converted, charset, vmime::charsets::UTF_8);
    } catch (const vmime::exception &) {
        converted = bytes; // an unknown charset: keep what we have
    }
    return utf8(converted);
}

bool isAutomatic(const vmime::shared_ptr<vmime::header> &header, const QString &fromAddress)
{
    const QString autoSubmitted = headerText(header, "Auto-Submitted").toLower();
    if (!autoSubmitted.isEmpty() && autoSubmitted != QLatin1String("no"))
        return true;
    const QString precedence = headerText(header, "Precedence").toLower();
    if (precedence == QLatin1String("bulk") || precedence == QLatin1String("auto_reply")
        || precedence == QLatin1String("junk") || precedence == QLatin1String("list"))
        return true;
    if (!headerText(header, "X-Autoreply").isEmpty()
        || !headerText(header, "X-Autorespond").isEmpty()
        || !headerText(header, "List-Id").isEmpty())
        return true;
    const QString local = fromAddress.section(QLatin1Char('@'), 0, 0);
    if (local == QLatin1String("mailer-daemon") || local == QLatin1String("postmaster")
        || local.startsWith(QLatin1String("no-reply"))
        || local.startsWith(QLatin1String("noreply")))
        return true;
    const QString type = headerText(header, "Content-Type").toLower();
    return type.startsWith(QLatin1String("multipart/report"));
}

} // namespace

QStringList EmailParser::messageIds(const QString &headerValue)
{
    static const QRegularExpression id(QStringLiteral("<[^<>\\s]+>"));
    QStringList ids;
    auto it = id.globalMatch(headerValue);
    while (it.hasNext())
        ids.append(it.next().captured(0));
    return ids;
}

ParsedEmail EmailParser::parse(const QByteArray &raw)
{
    ensureVmimeReady();
    ParsedEmail mail;
    auto message = vmime::make_shared<vmime::message>();
    message->parse(vmime::string(raw.constData(), size_t(raw.size())));
    const auto header = message->getHeader();

    const QStringList ids = messageIds(headerText(header, "Message-ID"));
    // Without a Message-ID the bytes name the mail, so fetching it twice still finds one row.
    mail.messageId = ids.isEmpty()
        ? QStringLiteral("<%1@jack.missing-id>")
              .arg(QString::fromLatin1(
                  QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex().left(32)))
        : ids.first();
    const QStringList replyTo = messageIds(headerText(header, "In-Reply-To"));
    mail.inReplyTo = replyTo.isEmpty() ? QString() : replyTo.first();
    mail.references = messageIds(headerText(header, "References"));
    mail.subject = headerText(header, "Subject");

    if (const auto from = header->findField("From")) {
        if (auto box = vmime::dynamicCast<const vmime::mailbox>(from->getValue())) {
            mail.fromAddress = utf8(box->getEmail().toString()).trimmed().toLower();
            mail.fromName = utf8(box->getName().getConvertedText(vmime::charsets::UTF_8)).trimmed();
        }
    }
    mail.automatic = isAutomatic(header, mail.fromAddress);

    vmime::messageParser parser(message);
    QString plain;
    QString html;
    for (size_t i = 0; i < parser.getTextPartCount(); ++i) {
        const auto part = parser.getTextPartAt(i);
        const vmime::mediaType type = part->getType();
        if (type.getSubType() == vmime::mediaTypes::TEXT_HTML) {
            auto htmlPart = vmime::dynamicCast<const vmime::htmlTextPart>(part);
            if (htmlPart && plain.isEmpty())
                plain = decoded(htmlPart->getPlainText(), part->getCharset());
            if (html.isEmpty())
                html = decoded(part->getText(), part->getCharset());
        } else if (plain.isEmpty()) {
            plain = decoded(part->getText(), part->getCharset());
        }
    }
    mail.text = !plain.trimmed().isEmpty() ? plain : HtmlText::toText(html);
    mail.text.replace(QLatin1String("\r\n"), QLatin1String("\n"));

    for (size_t i = 0; i < parser.getAttachmentCount(); ++i) {
        const auto attachment = parser.getAttachmentAt(i);
        EmailAttachment file;
        file.fileName = utf8(attachment->getName().getConvertedText(vmime::charsets::UTF_8));
        file.mimeType = utf8(attachment->getType().generate()).toLower();
        std::string bytes;
        vmime::utility::outputStreamStringAdapter out(bytes);
        attachment->getData()->extract(out);
        file.bytes = QByteArray(bytes.data(), qsizetype(bytes.size()));
        file.size = file.bytes.size();
        if (!file.bytes.isEmpty())
            mail.attachments.append(file);
    }
    return mail;
}

} // namespace jack::channels
