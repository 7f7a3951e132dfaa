#include "gateway/staffpresence.h"

#include <QJsonArray>
#include <QMap>
#include <algorithm>

namespace jack::gateway {

namespace {
constexpr int kTypingExpiryMs = 6000;

QJsonObject person(const QString &staffId, const QString &name)
{
    return { { "staffId", staffId }, { "name", name } };
}
} // namespace

int StaffPresence::defaultTypingExpiryMs()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("JACK_PRESENCE_TYPING_MS", &ok);
    return ok && fromEnv > 0 ? fromEnv : kTypingExpiryMs;
}

StaffPresence::StaffPresence(int typingExpiryMs, QObject *parent)
    : QObject(parent)
    , m_typingExpiryMs(typingExpiryMs)
{
}

StaffPresence::~StaffPresence() = default;

void StaffPresence::set(quintptr socket, const QString &staffId, const QString &name,
    const QString &conversationId, State state)
{
    const bool typing = state == State::Typing && !conversationId.isEmpty();
    auto it = m_entries.find(socket);
    const QString before = it == m_entries.end() ? QString() : it->conversationId;
    const QJsonObject beforeLists = before.isEmpty() ? QJsonObject() : lists(before);
    const QJsonObject targetLists = conversationId.isEmpty() || conversationId == before
        ? QJsonObject()
        : lists(conversationId);

    if (conversationId.isEmpty() && !typing) {
        if (it != m_entries.end()) {
            delete it->expiry;
            m_entries.erase(it);
        }
    } else {
        if (it == m_entries.end())
            it = m_entries.insert(socket, Entry {});
        it->staffId = staffId;
        it->name = name;
        it->conversationId = conversationId;
        it->typing = typing;
        if (typing) {
            if (!it->expiry) {
                it->expiry = new QTimer(this);
                it->expiry->setSingleShot(true);
                connect(it->expiry, &QTimer::timeout, this, [this, socket]() {
                    auto entry = m_entries.find(socket);
                    if (entry == m_entries.end() || !entry->typing)
                        return;
                    const QString id = entry->conversationId;
                    const QJsonObject was = lists(id);
                    entry->typing = false;
                    if (lists(id) != was)
                        Q_EMIT changed({ id });
                });
            }
            it->expiry->start(m_typingExpiryMs); // a renewal pushes the lapse back
        } else if (it->expiry) {
            it->expiry->stop();
        }
    }

    QStringList touched;
    if (!before.isEmpty() && lists(before) != beforeLists)
        touched.append(before);
    if (!conversationId.isEmpty() && conversationId != before
        && lists(conversationId) != targetLists)
        touched.append(conversationId);
    if (!touched.isEmpty())
        Q_EMIT changed(touched);
}

void StaffPresence::remove(quintptr socket)
{
    const auto it = m_entries.find(socket);
    if (it == m_entries.end())
        return;
    const QString id = it->conversationId;
    const QJsonObject was = lists(id);
    delete it->expiry;
    m_entries.erase(it);
    if (lists(id) != was)
        Q_EMIT changed({ id });
}

QJsonObject StaffPresence::lists(const QString &conversationId) const
{
    // staff id -> (name, typing); a member with two sockets on it counts once.
    QMap<QString, std::pair<QString, bool>> people;
    for (const Entry &entry : m_entries) {
        if (entry.conversationId != conversationId)
            continue;
        auto &slot = people[entry.staffId];
        slot.first = entry.name;
        slot.second = slot.second || entry.typing;
    }
    QList<std::pair<QString, QString>> ordered; // (name, staff id)
    for (auto it = people.cbegin(); it != people.cend(); ++it)
        ordered.append({ it.value().first, it.key() });
    std::sort(ordered.begin(), ordered.end());
    QJsonArray viewing;
    QJsonArray typing;
    for (const auto &[name, staffId] : ordered) {
        viewing.append(person(staffId, name));
        if (people.value(staffId).second)
            typing.append(person(staffId, name));
    }
    return { { "viewing", viewing }, { "typing", typing } };
}

QJsonObject StaffPresence::conversation(const QString &conversationId) const
{
    QJsonObject result = lists(conversationId);
    result.insert(QStringLiteral("conversationId"), conversationId);
    return result;
}

QStringList StaffPresence::conversationIds() const
{
    QStringList ids;
    for (const Entry &entry : m_entries) {
        if (!ids.contains(entry.conversationId))
            ids.append(entry.conversationId);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace jack::gateway
