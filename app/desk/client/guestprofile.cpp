#include "guestprofile.h"

#include "guestlistmodel.h"
#include "wording.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

namespace jack::desk {

namespace {
QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QString languageLabel(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QLocale locale(code);
    const QString name = locale.language() == QLocale::C ? code : locale.nativeLanguageName();
    return name.isEmpty() ? code : name.at(0).toUpper() + name.mid(1);
}

QString slug(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
        else if (c.isSpace() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    return out;
}
} // namespace

GuestProfile::GuestProfile(QObject *parent)
    : QObject(parent)
{
}

void GuestProfile::setApi(ApiClient *api)
{
    if (m_api == api)
        return;
    m_api = api;
    Q_EMIT apiChanged();
    reload();
}

void GuestProfile::setRole(const QString &role)
{
    if (m_role == role)
        return;
    m_role = role;
    Q_EMIT roleChanged();
}

void GuestProfile::setGuestId(const QString &guestId)
{
    if (m_guestId == guestId)
        return;
    m_guestId = guestId;
    m_guest.clear();
    m_reservations.clear();
    m_conversations.clear();
    m_memories.clear();
    setError({});
    Q_EMIT guestIdChanged();
    Q_EMIT loaded();
    Q_EMIT memoriesChanged();
    reload();
}

bool GuestProfile::canManageData() const
{
    return m_role == QLatin1String("manager") || m_role == QLatin1String("admin");
}

QString GuestProfile::dataRightsNote() const
{
    return canManageData() ? QString()
                           : tr("Only a manager or an admin can export or erase a guest's data. "
                                "Ask one if the guest makes a data request.");
}

QVariantList GuestProfile::memoryCategories()
{
    QVariantList list;
    for (const char *category : { "preference", "allergy", "habit", "occasion", "complaint" }) {
        const QString value = QString::fromLatin1(category);
        list.append(QVariantMap { { "value", value }, { "text", wording::memoryCategory(value) } });
    }
    return list;
}

void GuestProfile::reload()
{
    if (!m_api || m_guestId.isEmpty())
        return;
    ++m_serial;
    m_pending = 0;
    loadGuest();
    loadConversations();
    loadMemories();
    Q_EMIT loadingChanged();
}

void GuestProfile::finishedOne()
{
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT loadingChanged();
}

void GuestProfile::loadGuest()
{
    ++m_pending;
    const quint64 serial = m_serial;
    m_api->get(QStringLiteral("guests/%1").arg(m_guestId), {}, this,
        [this, serial](const ApiReply &reply) {
            if (serial != m_serial)
                return;
            finishedOne();
            if (!reply.ok()) {
                setError(plainError(reply, tr("this guest")));
                return;
            }
            const QJsonObject g = reply.object();
            const QString name = text(g, "name");
            const bool erased = !text(g, "erasedAt").isEmpty();
            m_guest = QVariantMap {
                { "id", text(g, "id") },
                { "name", name },
                { "initials", wording::initials(name) },
                { "phone", text(g, "phone") },
                { "email", text(g, "email") },
                { "language", text(g, "language") },
                { "languageLabel", languageLabel(text(g, "language")) },
                { "vip", g.value(QLatin1String("vip")).toBool() },
                { "erased", erased },
                { "sinceText",
                    QLocale().toString(
                        wording::parseTime(text(g, "createdAt")).toLocalTime().date(),
                        QLocale::LongFormat) },
            };
            m_reservations.clear();
            for (const QJsonValue &value : g.value(QLatin1String("reservations")).toArray()) {
                const QJsonObject r = value.toObject();
                const QString status = text(r, "status");
                m_reservations.append(QVariantMap {
                    { "id", text(r, "id") },
                    { "confirmationNumber", text(r, "confirmationNumber") },
                    { "roomNumber", text(r, "roomNumber") },
                    { "roomType", text(r, "roomType") },
                    { "stayText",
                        GuestListModel::stayText(
                            QDate::fromString(text(r, "arrivalDate"), Qt::ISODate),
                            QDate::fromString(text(r, "departureDate"), Qt::ISODate)) },
                    { "status", status },
                    { "statusLabel", GuestListModel::statusLabel(status) },
                    { "statusTone", GuestListModel::statusTone(status) },
                });
            }
            Q_EMIT loaded();
        });
}

void GuestProfile::loadConversations()
{
    ++m_pending;
    const quint64 serial = m_serial;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("50"));
    m_api->get(QStringLiteral("guests/%1/conversations").arg(m_guestId), query, this,
        [this, serial](const ApiReply &reply) {
            if (serial != m_serial)
                return;
            finishedOne();
            if (!reply.ok())
                return; // the guest's own answer says what went wrong
            m_conversations.clear();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const QJsonValue &value : reply.items()) {
                const QJsonObject c = value.toObject();
                const QString state = text(c, "state");
                const QDateTime last = wording::parseTime(text(c, "lastMessageAt"));
                QString preview = text(c, "lastGuestMessagePreview");
                if (preview.isEmpty())
                    preview = text(c, "lastMessagePreview");
                m_conversations.append(QVariantMap {
                    { "id", text(c, "id") },
                    { "channel", text(c, "channel") },
                    { "channelLabel", wording::channelLabel(text(c, "channel")) },
                    { "channelShort", wording::channelShort(text(c, "channel")) },
                    { "state", state },
                    { "stateLabel", wording::stateLabel(state) },
                    { "stateTone", wording::stateTone(state) },
                    { "preview", preview },
                    { "whenText", last.isValid() ? wording::dayLabel(last, now) : QString() },
                });
            }
            Q_EMIT loaded();
        });
}

void GuestProfile::loadMemories()
{
    ++m_pending;
    const quint64 serial = m_serial;
    m_api->get(QStringLiteral("guests/%1/memories").arg(m_guestId), {}, this,
        [this, serial](const ApiReply &reply) {
            if (serial != m_serial)
                return;
            finishedOne();
            if (!reply.ok())
                return;
            m_memories.clear();
            for (const QJsonValue &value : reply.items()) {
                const QJsonObject m = value.toObject();
                const QString origin = text(m, "origin");
                m_memories.append(QVariantMap {
                    { "id", text(m, "id") },
                    { "category", text(m, "category") },
                    { "categoryLabel", wording::memoryCategory(text(m, "category")) },
                    { "fact", text(m, "fact") },
                    { "originLabel",
                        origin == QLatin1String("staff") ? tr("Added by staff")
                                                         : tr("Heard by Jack") },
                });
            }
            Q_EMIT memoriesChanged();
        });
}

void GuestProfile::addMemory(const QString &category, const QString &fact)
{
    if (!m_api || m_guestId.isEmpty())
        return;
    setBusy(true);
    m_api->post(QStringLiteral("guests/%1/memories").arg(m_guestId),
        { { "category", category }, { "fact", fact.trimmed() } }, this,
        [this](const ApiReply &reply) { writeDone(reply, tr("the memory")); });
}

void GuestProfile::updateMemory(
    const QString &memoryId, const QString &category, const QString &fact)
{
    if (!m_api || m_guestId.isEmpty())
        return;
    setBusy(true);
    m_api->patch(QStringLiteral("guests/%1/memories/%2").arg(m_guestId, memoryId),
        { { "category", category }, { "fact", fact.trimmed() } }, this,
        [this](const ApiReply &reply) { writeDone(reply, tr("the memory")); });
}

void GuestProfile::deleteMemory(const QString &memoryId)
{
    if (!m_api || m_guestId.isEmpty())
        return;
    setBusy(true);
    m_api->remove(QStringLiteral("guests/%1/memories/%2").arg(m_guestId, memoryId), this,
        [this](const ApiReply &reply) { writeDone(reply, tr("the memory")); });
}

void GuestProfile::writeDone(const ApiReply &reply, const QString &what)
{
    setBusy(false);
    if (!reply.ok()) {
        setError(plainError(reply, what));
        return;
    }
    setError({});
    Q_EMIT memorySaved();
    ++m_serial;
    m_pending = 0;
    loadMemories();
}

QUrl GuestProfile::suggestedExportFile() const
{
    const QString name = slug(m_guest.value(QStringLiteral("name")).toString());
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QUrl::fromLocalFile(QDir(folder).filePath(
        QStringLiteral("guest-%1.json").arg(name.isEmpty() ? m_guestId : name)));
}

void GuestProfile::exportTo(const QUrl &file)
{
    if (!m_api || m_guestId.isEmpty())
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    setBusy(true);
    m_api->get(QStringLiteral("guests/%1/export").arg(m_guestId), {}, this,
        [this, path](const ApiReply &reply) {
            setBusy(false);
            if (!reply.ok()) {
                setError(plainError(reply, tr("the export")));
                return;
            }
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(reply.data) != reply.data.size()
                || !out.commit()) {
                setError(
                    tr("The export could not be saved to %1: %2").arg(path, out.errorString()));
                return;
            }
            setError({});
            Q_EMIT exported(path);
        });
}

void GuestProfile::erase()
{
    if (!m_api || m_guestId.isEmpty())
        return;
    setBusy(true);
    m_api->post(QStringLiteral("guests/%1/erase").arg(m_guestId), { { "confirm", true } }, this,
        [this](const ApiReply &reply) {
            setBusy(false);
            if (!reply.ok()) {
                setError(plainError(reply, tr("the erasure")));
                return;
            }
            setError({});
            Q_EMIT erased();
            reload();
        });
}

void GuestProfile::clearError()
{
    setError({});
}

QString GuestProfile::plainError(const ApiReply &reply, const QString &what) const
{
    if (reply.status == 0)
        return tr("The hub cannot be reached; %1 was not saved. Try again when it is back.")
            .arg(what);
    if (reply.status == 403)
        return tr("Your role may not change %1.").arg(what);
    if (reply.status == 404)
        return tr("This guest or memory no longer exists. The list was reloaded.");
    if (reply.status == 409)
        return reply.errorMessage.isEmpty()
            ? tr("That was refused: it conflicts with what the hub has.")
            : tr("Refused: %1.").arg(reply.errorMessage);
    if (reply.status == 400)
        return tr("Please check %1: %2.").arg(what, reply.errorMessage);
    return tr("The hub could not handle %1 (%2).").arg(what, reply.errorMessage);
}

void GuestProfile::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void GuestProfile::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace jack::desk
