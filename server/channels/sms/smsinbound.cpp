#include "channels/sms/smsinbound.h"

#include "channels/sms/twilioerrors.h"
#include "core/phonenumber.h"

#include <QHash>
#include <algorithm>

namespace jack::channels {

namespace {
// Twilio allows 10 media per MMS; more in a form is not Twilio's doing.
constexpr int kMaxMedia = 10;

QString label(const QString &kind, int count)
{
    static const QHash<QString, QPair<QString, QString>> names {
        { QStringLiteral("image"), { QStringLiteral("photo"), QStringLiteral("photos") } },
        { QStringLiteral("audio"), { QStringLiteral("audio"), QStringLiteral("audio files") } },
        { QStringLiteral("video"), { QStringLiteral("video"), QStringLiteral("videos") } },
        { QStringLiteral("document"), { QStringLiteral("document"), QStringLiteral("documents") } },
    };
    const auto n = names.value(kind, { QStringLiteral("file"), QStringLiteral("files") });
    return count == 1 ? n.first : QStringLiteral("%1 %2").arg(count).arg(n.second);
}
} // namespace

QString SmsInbound::kindOf(const QString &mimeType)
{
    const QString mime = mimeType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (mime.startsWith(QLatin1String("image/")))
        return QStringLiteral("image");
    if (mime.startsWith(QLatin1String("audio/")))
        return QStringLiteral("audio");
    if (mime.startsWith(QLatin1String("video/")))
        return QStringLiteral("video");
    if (mime.startsWith(QLatin1String("application/")) || mime.startsWith(QLatin1String("text/")))
        return QStringLiteral("document");
    return QStringLiteral("file");
}

QString SmsInbound::describeMedia(const QList<InboundMedia> &media)
{
    if (media.isEmpty())
        return {};
    // Counted per kind, in the order the kinds first appear.
    QStringList kinds;
    QHash<QString, int> counts;
    for (const InboundMedia &m : media) {
        if (!counts.contains(m.kind))
            kinds.append(m.kind);
        ++counts[m.kind];
    }
    QStringList parts;
    for (const QString &kind : kinds)
        parts.append(label(kind, counts.value(kind)));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

std::optional<InboundMessage> SmsInbound::message(const TwilioForm &form, QString *error)
{
    InboundMessage in;
    in.channel = QStringLiteral("sms");
    in.addressKind = AddressKind::Phone;
    in.channelMessageId = form.value(QStringLiteral("MessageSid"));
    if (in.channelMessageId.isEmpty())
        in.channelMessageId = form.value(QStringLiteral("SmsMessageSid")); // older accounts
    if (in.channelMessageId.isEmpty()) {
        *error = QStringLiteral("MessageSid is missing");
        return std::nullopt;
    }
    in.address = core::PhoneNumber::normalise(form.value(QStringLiteral("From")));
    if (in.address.isEmpty()) {
        *error = QStringLiteral("From is not a phone number");
        return std::nullopt;
    }
    const int numMedia = std::clamp(form.value(QStringLiteral("NumMedia")).toInt(), 0, kMaxMedia);
    for (int i = 0; i < numMedia; ++i) {
        InboundMedia m;
        m.source = form.value(QStringLiteral("MediaUrl%1").arg(i));
        if (m.source.isEmpty())
            continue;
        m.mimeType = form.value(QStringLiteral("MediaContentType%1").arg(i));
        m.kind = kindOf(m.mimeType);
        in.media.append(m);
    }
    const QString body = form.value(QStringLiteral("Body"));
    in.text = body.isEmpty() ? describeMedia(in.media) : body;
    in.contentType = in.media.isEmpty() ? QStringLiteral("text") : in.media.first().kind;
    if (!body.isEmpty() && !in.media.isEmpty())
        in.contentType = QStringLiteral("text");
    // The hotel number the guest wrote to: hotels with several numbers see which one.
    const QString to = form.value(QStringLiteral("To"));
    if (!to.isEmpty())
        in.meta.insert(QStringLiteral("to"), to);
    return in;
}

std::optional<SmsStatus> SmsInbound::status(const TwilioForm &form, QString *error)
{
    SmsStatus s;
    s.messageSid = form.value(QStringLiteral("MessageSid"));
    if (s.messageSid.isEmpty())
        s.messageSid = form.value(QStringLiteral("SmsSid"));
    const QString twilio = form.value(QStringLiteral("MessageStatus")).isEmpty()
        ? form.value(QStringLiteral("SmsStatus")).toLower()
        : form.value(QStringLiteral("MessageStatus")).toLower();
    if (s.messageSid.isEmpty() || twilio.isEmpty()) {
        *error = s.messageSid.isEmpty() ? QStringLiteral("MessageSid is missing")
                                        : QStringLiteral("MessageStatus is missing");
        return std::nullopt;
    }
    // queued, accepted, scheduled and sending happen before "sent": the outbox already knows.
    if (twilio == QLatin1String("sent") || twilio == QLatin1String("delivered")
        || twilio == QLatin1String("read")) {
        s.status = twilio;
    } else if (twilio == QLatin1String("undelivered") || twilio == QLatin1String("failed")) {
        s.status = QStringLiteral("failed");
        s.error = TwilioErrors::describeOrGeneric(form.value(QStringLiteral("ErrorCode")).toInt(),
            form.value(QStringLiteral("ErrorMessage")));
    }
    return s;
}

} // namespace jack::channels
