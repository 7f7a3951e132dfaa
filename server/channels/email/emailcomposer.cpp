#include "channels/email/emailcomposer.h"

#include "channels/email/htmltext.h"
#include "channels/email/vmimesupport.h"

namespace jack::channels {

QByteArray EmailComposer::compose(const OutgoingEmail &mail)
{
    ensureVmimeReady();
    const vmime::charset utf8 = vmime::charsets::UTF_8;
    vmime::messageBuilder builder;
    // One word for the whole name: vmime splits a mixed name into separately encoded words and
    // drops the space between them (RFC 2047 ignores whitespace between encoded words).
    vmime::text name;
    name.appendWord(vmime::make_shared<vmime::word>(mail.fromName.toStdString(), utf8));
    builder.setExpeditor(vmime::mailbox(name, vmime::emailAddress(mail.fromAddress.toStdString())));
    builder.getRecipients().appendAddress(
        vmime::make_shared<vmime::mailbox>(vmime::emailAddress(mail.to.toStdString())));
    // newFromString splits the subject into words and marks the non-ASCII ones, which vmime
    // writes as RFC 2047 encoded words.
    builder.setSubject(*vmime::text::newFromString(mail.subject.toStdString(), utf8));
    builder.constructTextPart(
        vmime::mediaType(vmime::mediaTypes::TEXT, vmime::mediaTypes::TEXT_HTML));
    auto part = vmime::dynamicCast<vmime::htmlTextPart>(builder.getTextPart());
    part->setCharset(utf8);
    part->setText(vmime::make_shared<vmime::stringContentHandler>(
        HtmlText::fromText(mail.text).toStdString()));
    part->setPlainText(vmime::make_shared<vmime::stringContentHandler>(mail.text.toStdString()));

    auto message = builder.construct();
    auto header = message->getHeader();
    header->MessageId()->setValue(mail.messageId.toStdString());
    if (!mail.inReplyTo.isEmpty())
        header->InReplyTo()->setValue(mail.inReplyTo.toStdString());
    if (!mail.references.isEmpty())
        header->References()->setValue(mail.references.join(QLatin1Char(' ')).toStdString());
    const std::string bytes = message->generate();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

} // namespace jack::channels
