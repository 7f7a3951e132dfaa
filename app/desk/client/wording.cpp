#include "wording.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <algorithm>

namespace jack::desk::wording {

namespace {
// The context "Wording" for lupdate and at run time: a local Wording::tr() in a namespace would be
// filed by lupdate under the namespace's name and never found.
struct Wording {
    Q_DECLARE_TR_FUNCTIONS(Wording)
};

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
        return Wording::tr("Needs you");
    if (state == QLatin1String("new"))
        return Wording::tr("New");
    if (state == QLatin1String("active"))
        return Wording::tr("Jack handling");
    if (state == QLatin1String("waiting"))
        return Wording::tr("Waiting on guest");
    if (state == QLatin1String("resolved"))
        return Wording::tr("Resolved");
    if (state == QLatin1String("closed"))
        return Wording::tr("Closed");
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
        return Wording::tr("WhatsApp");
    if (channel == QLatin1String("sms"))
        return Wording::tr("SMS");
    if (channel == QLatin1String("email"))
        return Wording::tr("Email");
    if (channel == QLatin1String("webchat"))
        return Wording::tr("Web chat");
    if (channel == QLatin1String("telegram"))
        return Wording::tr("Telegram");
    return humanise(channel);
}

QString memoryCategory(const QString &category)
{
    if (category == QLatin1String("allergy"))
        return Wording::tr("Allergy");
    if (category == QLatin1String("preference"))
        return Wording::tr("Preference");
    if (category == QLatin1String("habit"))
        return Wording::tr("Habit");
    if (category == QLatin1String("complaint"))
        return Wording::tr("Complaint");
    if (category == QLatin1String("occasion"))
        return Wording::tr("Occasion");
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
        return Wording::tr("now");
    if (seconds < 3600)
        return Wording::tr("%1m").arg(seconds / 60);
    if (seconds < 86400)
        return Wording::tr("%1h").arg(seconds / 3600);
    return Wording::tr("%1d").arg(seconds / 86400);
}

QString snoozeText(const QDateTime &until, const QDateTime &now)
{
    if (!until.isValid())
        return {};
    const QDateTime local = until.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    if (local.date() == today)
        return Wording::tr("until %1").arg(time);
    if (local.date() == today.addDays(1))
        return Wording::tr("until tomorrow %1").arg(time);
    return Wording::tr("until %1 %2")
        .arg(QLocale().toString(local.date(), QStringLiteral("ddd d MMM")), time);
}

QString dueText(const QDateTime &due, const QDateTime &now)
{
    if (!due.isValid())
        return {};
    const qint64 seconds = now.secsTo(due);
    if (seconds < 0)
        return Wording::tr("overdue %1").arg(ageText(due, now));
    if (seconds < 60)
        return Wording::tr("due now");
    return Wording::tr("due in %1").arg(ageText(now, due));
}

QString openedText(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return {};
    if (then.secsTo(now) < 60)
        return Wording::tr("opened just now");
    return Wording::tr("opened %1 ago").arg(ageText(then, now));
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
        return Wording::tr("Today");
    if (day == today.addDays(-1))
        return Wording::tr("Yesterday");
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
        return Wording::tr("Sending…");
    if (status == QLatin1String("pending"))
        return error.isEmpty() ? Wording::tr("Waiting to go out")
                               : Wording::tr("Not sent yet, retrying: %1").arg(error);
    if (status == QLatin1String("sent"))
        return Wording::tr("Sent");
    if (status == QLatin1String("delivered"))
        return Wording::tr("Delivered");
    if (status == QLatin1String("read"))
        return Wording::tr("Read");
    if (status == QLatin1String("failed")) {
        if (error.isEmpty())
            return Wording::tr("Not delivered");
        return Wording::tr("Not delivered: %1").arg(error);
    }
    return {};
}

QString deliveryText(const QString &status, const QString &error, int attempts)
{
    const QString text = deliveryText(status, error);
    if (status != QLatin1String("failed") || attempts < 2)
        return text;
    return Wording::tr("%1 (tried %2 times)").arg(text).arg(attempts);
}

QString mediaKindLabel(const QString &kind)
{
    if (kind == QLatin1String("image"))
        return Wording::tr("Photo");
    if (kind == QLatin1String("audio"))
        return Wording::tr("Voice message");
    if (kind == QLatin1String("video"))
        return Wording::tr("Video");
    if (kind == QLatin1String("document"))
        return Wording::tr("Document");
    if (kind == QLatin1String("sticker"))
        return Wording::tr("Sticker");
    return Wording::tr("File");
}

QString sizeText(qint64 bytes)
{
    if (bytes <= 0)
        return {};
    if (bytes < 1024)
        return Wording::tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return Wording::tr("%1 KB").arg(qMax<qint64>(1, (bytes + 512) / 1024));
    return Wording::tr("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
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
            return Wording::tr(entry.label);
    }
    if (intent.startsWith(QLatin1String("inquiry.")))
        return Wording::tr("Question: %1")
            .arg(humanise(intent.mid(8)).replace(QLatin1Char('.'), QLatin1Char(' ')));
    return humanise(intent.section(QLatin1Char('.'), -1));
}

QString departmentLabel(const QString &department)
{
    if (department == QLatin1String("housekeeping"))
        return Wording::tr("Housekeeping");
    if (department == QLatin1String("maintenance"))
        return Wording::tr("Maintenance");
    if (department == QLatin1String("front_desk") || department == QLatin1String("front-desk")
        || department == QLatin1String("frontdesk"))
        return Wording::tr("Front desk");
    if (department == QLatin1String("concierge"))
        return Wording::tr("Concierge");
    if (department == QLatin1String("room_service") || department == QLatin1String("food_beverage")
        || department == QLatin1String("fnb"))
        return Wording::tr("Room service");
    if (department.isEmpty())
        return Wording::tr("Unassigned");
    return humanise(department);
}

QString taskTypeLabel(const QString &type)
{
    if (type == QLatin1String("housekeeping"))
        return Wording::tr("Housekeeping request");
    if (type == QLatin1String("maintenance"))
        return Wording::tr("Repair");
    if (type == QLatin1String("room_service"))
        return Wording::tr("Room service");
    if (type == QLatin1String("concierge"))
        return Wording::tr("Concierge request");
    if (type == QLatin1String("escalation"))
        return Wording::tr("Call back the guest");
    return humanise(type);
}

QString priorityLabel(const QString &priority)
{
    if (priority == QLatin1String("urgent"))
        return Wording::tr("Urgent");
    if (priority == QLatin1String("high"))
        return Wording::tr("High");
    if (priority == QLatin1String("low"))
        return Wording::tr("Low");
    return Wording::tr("Normal");
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
        return Wording::tr("To do");
    if (status == QLatin1String("in_progress"))
        return Wording::tr("In progress");
    if (status == QLatin1String("completed"))
        return Wording::tr("Done");
    if (status == QLatin1String("cancelled"))
        return Wording::tr("Cancelled");
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
