#include "wording.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <algorithm>

namespace jack::desk::wording {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Wording", text);
}

// "front_desk" → "Front desk": a readable fallback for values the desk has no words for yet.
QString humanise(const QString &value)
{
    QString text = value;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    text = text.trimmed();
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}
} // namespace

QString stateLabel(const QString &state)
{
    if (state == QLatin1String("escalated"))
        return tr("Needs you");
    if (state == QLatin1String("new"))
        return tr("New");
    if (state == QLatin1String("active"))
        return tr("Jack handling");
    if (state == QLatin1String("waiting"))
        return tr("Waiting on guest");
    if (state == QLatin1String("resolved"))
        return tr("Resolved");
    if (state == QLatin1String("closed"))
        return tr("Closed");
    return humanise(state);
}

QString stateTone(const QString &state)
{
    if (state == QLatin1String("escalated"))
        return QStringLiteral("attention");
    if (state == QLatin1String("new"))
        return QStringLiteral("info");
    if (state == QLatin1String("waiting") || state == QLatin1String("closed"))
        return QStringLiteral("muted");
    if (state == QLatin1String("resolved"))
        return QStringLiteral("success");
    return QStringLiteral("neutral");
}

bool needsPerson(const QString &state)
{
    return state == QLatin1String("escalated");
}

bool isFinished(const QString &state)
{
    return state == QLatin1String("resolved") || state == QLatin1String("closed");
}

QString channelLabel(const QString &channel)
{
    if (channel == QLatin1String("whatsapp"))
        return tr("WhatsApp");
    if (channel == QLatin1String("sms"))
        return tr("SMS");
    if (channel == QLatin1String("email"))
        return tr("Email");
    if (channel == QLatin1String("webchat"))
        return tr("Web chat");
    if (channel == QLatin1String("telegram"))
        return tr("Telegram");
    return humanise(channel);
}

QString memoryCategory(const QString &category)
{
    if (category == QLatin1String("allergy"))
        return tr("Allergy");
    if (category == QLatin1String("preference"))
        return tr("Preference");
    if (category == QLatin1String("habit"))
        return tr("Habit");
    if (category == QLatin1String("complaint"))
        return tr("Complaint");
    if (category == QLatin1String("occasion"))
        return tr("Occasion");
    return category;
}

QString channelShort(const QString &channel)
{
    if (channel == QLatin1String("whatsapp"))
        return QStringLiteral("WA");
    if (channel == QLatin1String("sms"))
        return QStringLiteral("SMS");
    if (channel == QLatin1String("email"))
        return QStringLiteral("@");
    if (channel == QLatin1String("webchat"))
        return QStringLiteral("WEB");
    if (channel == QLatin1String("telegram"))
        return QStringLiteral("TG");
    return channel.left(3).toUpper();
}

QString ageText(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, then.secsTo(now));
    if (seconds < 60)
        return tr("now");
    if (seconds < 3600)
        return tr("%1m").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1h").arg(seconds / 3600);
    return tr("%1d").arg(seconds / 86400);
}

QString openedText(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return {};
    if (then.secsTo(now) < 60)
        return tr("opened just now");
    return tr("opened %1 ago").arg(ageText(then, now));
}

QString timeText(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime().time(), QStringLiteral("HH:mm"));
}

QString dayLabel(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QDate day = when.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(day, QStringLiteral("ddd d MMM"));
}

int deliveryRank(const QString &status)
{
    if (status == QLatin1String("pending"))
        return 0;
    if (status == QLatin1String("sent"))
        return 1;
    if (status == QLatin1String("delivered"))
        return 2;
    if (status == QLatin1String("read"))
        return 3;
    return -1;
}

bool deliveryMayMove(const QString &current, const QString &incoming)
{
    if (current == incoming || current.isEmpty())
        return true;
    // A failed message that the hub retries comes back as pending or sent.
    if (current == QLatin1String("failed"))
        return true;
    // A late failure report never overrides delivered or read.
    if (incoming == QLatin1String("failed"))
        return deliveryRank(current) <= deliveryRank(QStringLiteral("sent"));
    return deliveryRank(incoming) > deliveryRank(current);
}

QString tickGlyph(const QString &status)
{
    if (status == QLatin1String("sent"))
        return QStringLiteral("\u2713");
    if (status == QLatin1String("delivered"))
        return QStringLiteral("\u2713\u2713");
    // Read: two filled ticks (the desk also draws them blue; the shape alone tells them apart).
    if (status == QLatin1String("read"))
        return QStringLiteral("\u2714\u2714");
    if (status == QLatin1String("failed"))
        return QStringLiteral("!");
    if (status == QLatin1String("pending") || status == QLatin1String("sending"))
        return QStringLiteral("\u25F7");
    return {};
}

QString deliveryText(const QString &status, const QString &error)
{
    if (status == QLatin1String("sending"))
        return tr("Sending…");
    if (status == QLatin1String("pending"))
        return error.isEmpty() ? tr("Waiting to go out")
                               : tr("Not sent yet, retrying: %1").arg(error);
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    if (status == QLatin1String("read"))
        return tr("Read");
    if (status == QLatin1String("failed")) {
        if (error.isEmpty())
            return tr("Not delivered");
        return tr("Not delivered: %1").arg(error);
    }
    return {};
}

QString deliveryText(const QString &status, const QString &error, int attempts)
{
    const QString text = deliveryText(status, error);
    if (status != QLatin1String("failed") || attempts < 2)
        return text;
    return tr("%1 (tried %2 times)").arg(text).arg(attempts);
}

QString mediaKindLabel(const QString &kind)
{
    if (kind == QLatin1String("image"))
        return tr("Photo");
    if (kind == QLatin1String("audio"))
        return tr("Voice message");
    if (kind == QLatin1String("video"))
        return tr("Video");
    if (kind == QLatin1String("document"))
        return tr("Document");
    if (kind == QLatin1String("sticker"))
        return tr("Sticker");
    return tr("File");
}

QString sizeText(qint64 bytes)
{
    if (bytes <= 0)
        return {};
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(qMax<qint64>(1, (bytes + 512) / 1024));
    return tr("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

QString initials(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("?");
    if (trimmed.front() == QLatin1Char('+') || trimmed.front().isDigit())
        return QStringLiteral("#");
    const QStringList parts = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString result = parts.front().left(1).toUpper();
    if (parts.size() > 1)
        result += parts.back().left(1).toUpper();
    return result;
}

QString intentLabel(const QString &intent)
{
    static const struct {
        const char *intent;
        const char *label;
    } known[] = {
        { "request.housekeeping.towels", QT_TRANSLATE_NOOP("Wording", "Towels") },
        { "request.housekeeping.cleaning", QT_TRANSLATE_NOOP("Wording", "Room cleaning") },
        { "request.housekeeping.amenities", QT_TRANSLATE_NOOP("Wording", "Amenities") },
        { "request.laundry", QT_TRANSLATE_NOOP("Wording", "Laundry") },
        { "request.dnd", QT_TRANSLATE_NOOP("Wording", "Do not disturb") },
        { "request.maintenance", QT_TRANSLATE_NOOP("Wording", "Something broken") },
        { "request.maintenance.wifi", QT_TRANSLATE_NOOP("Wording", "Wi-Fi not working") },
        { "request.room_service", QT_TRANSLATE_NOOP("Wording", "Room service") },
        { "request.concierge", QT_TRANSLATE_NOOP("Wording", "Concierge") },
        { "request.transport", QT_TRANSLATE_NOOP("Wording", "Transport") },
        { "request.special_occasion", QT_TRANSLATE_NOOP("Wording", "Special occasion") },
        { "request.wakeup", QT_TRANSLATE_NOOP("Wording", "Wake-up call") },
        { "request.luggage", QT_TRANSLATE_NOOP("Wording", "Luggage") },
        { "request.room_change", QT_TRANSLATE_NOOP("Wording", "Room change") },
        { "request.lost_found", QT_TRANSLATE_NOOP("Wording", "Lost and found") },
        { "request.security", QT_TRANSLATE_NOOP("Wording", "Locked out / key card") },
        { "request.noise", QT_TRANSLATE_NOOP("Wording", "Noise") },
        { "request.reservation.modify", QT_TRANSLATE_NOOP("Wording", "Change booking") },
        { "request.reservation.cancel", QT_TRANSLATE_NOOP("Wording", "Cancel booking") },
        { "request.checkout.late", QT_TRANSLATE_NOOP("Wording", "Late check-out") },
        { "request.checkin.early", QT_TRANSLATE_NOOP("Wording", "Early check-in") },
        { "request.billing.receipt", QT_TRANSLATE_NOOP("Wording", "Receipt") },
        { "request.human", QT_TRANSLATE_NOOP("Wording", "Wants a person") },
        { "feedback.complaint", QT_TRANSLATE_NOOP("Wording", "Complaint") },
        { "feedback.compliment", QT_TRANSLATE_NOOP("Wording", "Compliment") },
        { "emergency", QT_TRANSLATE_NOOP("Wording", "Emergency") },
        { "greeting", QT_TRANSLATE_NOOP("Wording", "Greeting") },
        { "farewell", QT_TRANSLATE_NOOP("Wording", "Farewell") },
        { "unknown", QT_TRANSLATE_NOOP("Wording", "Unclear request") },
    };
    if (intent.isEmpty())
        return {};
    for (const auto &entry : known) {
        if (intent == QLatin1String(entry.intent))
            return tr(entry.label);
    }
    if (intent.startsWith(QLatin1String("inquiry.")))
        return tr("Question: %1")
            .arg(humanise(intent.mid(8)).replace(QLatin1Char('.'), QLatin1Char(' ')));
    return humanise(intent.section(QLatin1Char('.'), -1));
}

QString departmentLabel(const QString &department)
{
    if (department == QLatin1String("housekeeping"))
        return tr("Housekeeping");
    if (department == QLatin1String("maintenance"))
        return tr("Maintenance");
    if (department == QLatin1String("front_desk") || department == QLatin1String("front-desk")
        || department == QLatin1String("frontdesk"))
        return tr("Front desk");
    if (department == QLatin1String("concierge"))
        return tr("Concierge");
    if (department == QLatin1String("room_service") || department == QLatin1String("food_beverage")
        || department == QLatin1String("fnb"))
        return tr("Room service");
    if (department.isEmpty())
        return tr("Unassigned");
    return humanise(department);
}

QString taskTypeLabel(const QString &type)
{
    if (type == QLatin1String("housekeeping"))
        return tr("Housekeeping request");
    if (type == QLatin1String("maintenance"))
        return tr("Repair");
    if (type == QLatin1String("room_service"))
        return tr("Room service");
    if (type == QLatin1String("concierge"))
        return tr("Concierge request");
    if (type == QLatin1String("escalation"))
        return tr("Call back the guest");
    return humanise(type);
}

QString priorityLabel(const QString &priority)
{
    if (priority == QLatin1String("urgent"))
        return tr("Urgent");
    if (priority == QLatin1String("high"))
        return tr("High");
    if (priority == QLatin1String("low"))
        return tr("Low");
    return tr("Normal");
}

int priorityRank(const QString &priority)
{
    if (priority == QLatin1String("urgent"))
        return 3;
    if (priority == QLatin1String("high"))
        return 2;
    if (priority == QLatin1String("low"))
        return 0;
    return 1;
}

QString taskStatusLabel(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("To do");
    if (status == QLatin1String("in_progress"))
        return tr("In progress");
    if (status == QLatin1String("completed"))
        return tr("Done");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return humanise(status);
}

bool taskIsOpen(const QString &status)
{
    return status == QLatin1String("pending") || status == QLatin1String("in_progress");
}

QDateTime parseTime(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(iso, Qt::ISODate);
    return time;
}

} // namespace jack::desk::wording
