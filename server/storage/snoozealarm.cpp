#include "storage/snoozealarm.h"

#include "core/clock.h"
#include "ops/logging.h"
#include "storage/conversationstore.h"
#include "storage/writequeue.h"

#include <QJsonObject>
#include <algorithm>

namespace jack::storage {

namespace {
// Looks again at least this often, so a wall-clock jump delays a wake-up by an hour at most.
constexpr qint64 kMaxWaitMs = 60 * 60 * 1000;
} // namespace

SnoozeAlarm::SnoozeAlarm(WriteQueue *writer, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SnoozeAlarm::wakeDue);
}

void SnoozeAlarm::start()
{
    m_running = true;
    wakeDue();
}

void SnoozeAlarm::stop()
{
    m_running = false;
    m_timer.stop();
}

void SnoozeAlarm::onChange(const core::Change &change)
{
    if (!m_running || change.type != QLatin1String("conversation:updated"))
        return;
    const QString until = change.payload.value(QLatin1String("snoozedUntil")).toString();
    if (until.isEmpty())
        return;
    const QDateTime at = core::Clock::fromIso(until);
    if (at.isValid() && (!m_armedFor.isValid() || at < m_armedFor))
        arm(at);
}

void SnoozeAlarm::wakeDue()
{
    if (!m_running || m_busy)
        return;
    m_busy = true;
    m_timer.stop();
    m_armedFor = {};
    m_writer->submit(
        [](WriteTx &tx) -> QJsonValue {
            ConversationStore conversations(tx.db());
            const QStringList due = conversations.snoozeDue(core::Clock::nowIso());
            for (const QString &id : due) {
                conversations.setSnoozedUntil(id, {});
                tx.recordChange(QStringLiteral("conversation:updated"), id, conversations.get(id));
            }
            return QJsonObject { { "woken", int(due.size()) },
                { "next", conversations.nextSnoozeEnd() } };
        },
        this,
        [this](const WriteResult &result) {
            m_busy = false;
            if (!m_running)
                return;
            if (!result.ok) {
                ops::Logging::get("storage")->warn(
                    "snooze wake-up failed: {}", result.message.toStdString());
                arm(core::Clock::now().addSecs(60));
                return;
            }
            const QJsonObject answer = result.value.toObject();
            const int woken = answer.value(QLatin1String("woken")).toInt();
            if (woken > 0)
                ops::Logging::get("storage")->info("woke {} snoozed conversation(s)", woken);
            const QString next = answer.value(QLatin1String("next")).toString();
            const QDateTime at = next.isEmpty() ? QDateTime() : core::Clock::fromIso(next);
            // A snooze set while this job ran may have asked for an earlier time.
            QDateTime target = core::Clock::now().addMSecs(kMaxWaitMs);
            if (at.isValid() && at < target)
                target = at;
            if (m_armedFor.isValid() && m_armedFor < target)
                target = m_armedFor;
            arm(target);
            Q_EMIT woke(woken);
        },
        WriteQueue::Lane::Background);
}

void SnoozeAlarm::arm(const QDateTime &at)
{
    if (!m_running)
        return;
    m_armedFor = at;
    if (m_busy)
        return; // the running pass arms the timer when it ends
    const qint64 wait = std::clamp<qint64>(core::Clock::now().msecsTo(at), 0, kMaxWaitMs);
    m_timer.start(int(wait));
}

} // namespace jack::storage
