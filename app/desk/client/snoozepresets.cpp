#include "snoozepresets.h"

#include <QLocale>

namespace jack::desk {

namespace {
constexpr int eveningHour = 18;
constexpr int morningHour = 9;

QString clock(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().time(), QStringLiteral("HH:mm"));
}
} // namespace

SnoozePresets::SnoozePresets(QObject *parent)
    : QObject(parent)
{
}

QList<SnoozePresets::Preset> SnoozePresets::at(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    QList<Preset> presets;
    const QDateTime hour = local.addSecs(3600);
    presets.append({ QStringLiteral("hour"), tr("In 1 hour · %1").arg(clock(hour)), hour });
    // "This evening" only while the evening is more than an hour away.
    const QDateTime evening(local.date(), QTime(eveningHour, 0));
    if (local.secsTo(evening) > 3600)
        presets.append(
            { QStringLiteral("evening"), tr("This evening · %1").arg(clock(evening)), evening });
    const QDateTime tomorrow(local.date().addDays(1), QTime(morningHour, 0));
    presets.append(
        { QStringLiteral("tomorrow"), tr("Tomorrow · %1").arg(clock(tomorrow)), tomorrow });
    return presets;
}

QVariantList SnoozePresets::presets() const
{
    QVariantList out;
    const auto list = at(QDateTime::currentDateTime());
    for (const Preset &preset : list)
        out.append(QVariantMap { { QStringLiteral("key"), preset.key },
            { QStringLiteral("label"), preset.label }, { QStringLiteral("until"), preset.until } });
    return out;
}

} // namespace jack::desk
