#pragma once
#include <QDateTime>
#include <QString>

//! How the desk names and ranks things it shows: state chips, channels, delivery ticks, ages.
//! Kept in C++ so the model tests can check the decisions the clerk relies on.
namespace jack::desk::wording {

//! "Needs you" / "New" / "Jack handling" / "Waiting on guest" / "Resolved" / "Closed".
[[nodiscard]] QString stateLabel(const QString &state);
//! attention | info | neutral | muted | success: how loud a state chip is drawn.
[[nodiscard]] QString stateTone(const QString &state);
//! Whether a conversation in this state waits for a person at the desk.
[[nodiscard]] bool needsPerson(const QString &state);
//! Whether a conversation in this state is over (resolved or closed).
[[nodiscard]] bool isFinished(const QString &state);

//! "WhatsApp", "SMS", "Email", "Web chat", "Telegram".
[[nodiscard]] QString channelLabel(const QString &channel);
//! Two or three letters for the channel badge: "WA", "SMS", "@", "WEB", "TG".
[[nodiscard]] QString channelShort(const QString &channel);

//! "Allergy", "Preference", "Habit", "Complaint", "Occasion" for a guest memory's category.
[[nodiscard]] QString memoryCategory(const QString &category);

//! Compact age like a phone's inbox: "now", "4m", "2h", "3d".
[[nodiscard]] QString ageText(const QDateTime &then, const QDateTime &now);
//! "opened just now" / "opened 7m ago", for a task.
[[nodiscard]] QString openedText(const QDateTime &then, const QDateTime &now);
//! Clock time for a message, in the desk's locale.
[[nodiscard]] QString timeText(const QDateTime &when);
//! "Today", "Yesterday" or a date, for the line that starts a day in a conversation.
[[nodiscard]] QString dayLabel(const QDateTime &when, const QDateTime &now);

//! "until 18:00", "until tomorrow 09:00", "until Mon 09:00"; empty when not snoozed.
[[nodiscard]] QString snoozeText(const QDateTime &until, const QDateTime &now);
//! A task's due time against the clock: "due in 12m", "due in 2h", "overdue 5m".
[[nodiscard]] QString dueText(const QDateTime &due, const QDateTime &now);

//! Forward rank of a delivery status: pending 0, sent 1, delivered 2, read 3; unknown -1.
[[nodiscard]] int deliveryRank(const QString &status);
//! Whether a message at `current` may take the status `incoming` (stale reports are ignored).
[[nodiscard]] bool deliveryMayMove(const QString &current, const QString &incoming);
//! The tick glyph: "✓" sent, "✓✓" delivered, "✔✔" read, "!" failed, "◷" waiting to go out.
[[nodiscard]] QString tickGlyph(const QString &status);
//! Spoken / tooltip form of a delivery status: "Sent", "Read", "Not delivered: …".
[[nodiscard]] QString deliveryText(const QString &status, const QString &error);

//! deliveryText() plus how often the hub tried, for a failed message: "… (tried 5 times)".
[[nodiscard]] QString deliveryText(const QString &status, const QString &error, int attempts);
//! "Photo", "Voice message", "Video", "Document", "Sticker", "File".
[[nodiscard]] QString mediaKindLabel(const QString &kind);
//! "812 B", "34 KB", "2.4 MB"; empty for an unknown size.
[[nodiscard]] QString sizeText(qint64 bytes);

//! Initials for an avatar: "Maria Santos" → "MS", "+351 912…" → "#".
[[nodiscard]] QString initials(const QString &name);

//! What the guest is about, from the intent taxonomy: "request.housekeeping.towels" → "Towels".
[[nodiscard]] QString intentLabel(const QString &intent);

//! Human words for task fields.
[[nodiscard]] QString departmentLabel(const QString &department);
[[nodiscard]] QString taskTypeLabel(const QString &type);
[[nodiscard]] QString priorityLabel(const QString &priority);
//! urgent 3, high 2, normal/medium 1, low 0.
[[nodiscard]] int priorityRank(const QString &priority);
[[nodiscard]] QString taskStatusLabel(const QString &status);
[[nodiscard]] bool taskIsOpen(const QString &status);

//! ISO-8601 as the hub writes it, with or without milliseconds.
[[nodiscard]] QDateTime parseTime(const QString &iso);

} // namespace jack::desk::wording
