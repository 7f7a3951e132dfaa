#include "ai/copilot/conversationsummary.h"

#include "core/channelname.h"
#include "core/clock.h"

namespace jack::ai {

namespace {
constexpr int kExcerpt = 80;

QString excerpt(const QString &text)
{
    QString simplified = text.simplified();
    if (simplified.size() > kExcerpt) {
        simplified.truncate(kExcerpt - 1);
        simplified.append(QChar(0x2026));
    }
    return simplified;
}

QString plural(qint64 n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QString::fromLatin1(n == 1 ? one : many));
}
} // namespace

QString ConversationSummary::languageName(const QString &code)
{
    static const QHash<QString, QString> names {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("es"), QStringLiteral("Spanish") },
        { QStringLiteral("fr"), QStringLiteral("French") },
        { QStringLiteral("de"), QStringLiteral("German") },
        { QStringLiteral("pt"), QStringLiteral("Portuguese") },
        { QStringLiteral("it"), QStringLiteral("Italian") },
    };
    return names.value(code, code);
}

QString ConversationSummary::duration(qint64 seconds)
{
    if (seconds < 60)
        return QStringLiteral("less than a minute");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return plural(minutes, "minute", "minutes");
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        const qint64 rest = minutes % 60;
        return rest == 0
            ? plural(hours, "hour", "hours")
            : plural(hours, "hour", "hours") + QLatin1Char(' ') + plural(rest, "minute", "minutes");
    }
    return plural(hours / 24, "day", "days");
}

QString ConversationSummary::write(const CopilotBrief &brief, const QDateTime &now)
{
    QStringList sentences;

    QStringList about;
    if (!brief.roomNumber.isEmpty())
        about.append(QStringLiteral("room %1").arg(brief.roomNumber));
    if (brief.vip)
        about.append(QStringLiteral("VIP"));
    QString who = brief.guestName.isEmpty() ? QStringLiteral("The guest") : brief.guestName;
    if (!about.isEmpty())
        who += QStringLiteral(" (%1)").arg(about.join(QStringLiteral(", ")));
    QString opening = QStringLiteral("%1 wrote on %2").arg(who, core::channelName(brief.channel));
    if (!brief.language.isEmpty())
        opening += QStringLiteral(" in %1").arg(languageName(brief.language));
    sentences.append(opening);

    QStringList asked;
    for (const BriefMessage &m : brief.guestMessages) {
        const QString text = excerpt(m.text);
        if (text.isEmpty())
            continue;
        asked.append(m.intent.isEmpty()
                ? QStringLiteral("\u201c%1\u201d").arg(text)
                : QStringLiteral("\u201c%1\u201d (%2)").arg(text, m.intent));
    }
    if (!asked.isEmpty()) {
        QString sentence = asked.size() == 1
            ? QStringLiteral("They asked: %1").arg(asked.first())
            : QStringLiteral("They asked, in order: %1").arg(asked.join(QStringLiteral("; then ")));
        if (brief.earlierGuestMessages > 0)
            sentence += QStringLiteral(" (after %1)")
                            .arg(plural(
                                brief.earlierGuestMessages, "earlier message", "earlier messages"));
        sentences.append(sentence);
    }

    if (brief.openTasks.isEmpty()) {
        sentences.append(QStringLiteral("No task is open for them"));
    } else {
        QStringList tasks;
        for (const BriefTask &t : brief.openTasks)
            tasks.append(QStringLiteral("%1 (%2, %3)").arg(t.description, t.department, t.status));
        sentences.append(QStringLiteral("Open tasks: %1").arg(tasks.join(QStringLiteral("; "))));
    }

    if (brief.state == QLatin1String("escalated"))
        sentences.append(brief.escalationReason.isEmpty()
                ? QStringLiteral("Escalated to staff")
                : QStringLiteral("Escalated because: %1").arg(brief.escalationReason));
    else if (!brief.state.isEmpty())
        sentences.append(QStringLiteral("The conversation is %1").arg(brief.state));

    if (!brief.waitingSince.isEmpty()) {
        const QDateTime since = core::Clock::fromIso(brief.waitingSince);
        if (since.isValid())
            sentences.append(QStringLiteral("They have waited %1 for a person to answer")
                                 .arg(duration(std::max<qint64>(0, since.secsTo(now)))));
    } else if (!brief.guestMessages.isEmpty()) {
        sentences.append(QStringLiteral("Staff answered their last message"));
    }

    if (!brief.memories.isEmpty())
        sentences.append(
            QStringLiteral("Remember: %1").arg(brief.memories.join(QStringLiteral("; "))));
    return sentences.join(QStringLiteral(". ")) + QLatin1Char('.');
}

} // namespace jack::ai
