#include "readmarks.h"

#include <QCryptographicHash>
#include <QSettings>
#include <memory>

namespace jack::desk {

namespace {
const QString sinceKey = QStringLiteral("_since");

std::unique_ptr<QSettings> open(const QString &file)
{
    return file.isEmpty() ? std::make_unique<QSettings>()
                          : std::make_unique<QSettings>(file, QSettings::IniFormat);
}
} // namespace

ReadMarks::ReadMarks(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_file(settingsFile)
{
}

QString ReadMarks::group() const
{
    // A hub URL holds characters QSettings keys must not: the group is a digest of the scope.
    return QStringLiteral("readMarks/")
        + QString::fromLatin1(
            QCryptographicHash::hash(m_scope.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

void ReadMarks::setScope(const QString &scope)
{
    if (m_scope == scope)
        return;
    m_scope = scope;
    m_marks.clear();
    m_since = {};
    if (!m_scope.isEmpty()) {
        auto settings = open(m_file);
        settings->beginGroup(group());
        const QStringList keys = settings->childKeys();
        for (const QString &key : keys) {
            const QDateTime time
                = QDateTime::fromString(settings->value(key).toString(), Qt::ISODateWithMs);
            if (key == sinceKey)
                m_since = time;
            else if (time.isValid())
                m_marks.insert(key, time);
        }
        if (!m_since.isValid()) {
            m_since = QDateTime::currentDateTimeUtc();
            settings->setValue(sinceKey, m_since.toString(Qt::ISODateWithMs));
        }
    }
    Q_EMIT changed({});
}

bool ReadMarks::isUnread(const QString &conversationId, const QDateTime &lastGuest) const
{
    if (m_scope.isEmpty() || !lastGuest.isValid())
        return false;
    const QDateTime seen = m_marks.value(conversationId, m_since);
    return !seen.isValid() || lastGuest > seen;
}

void ReadMarks::markRead(const QString &conversationId, const QDateTime &upTo)
{
    if (m_scope.isEmpty() || conversationId.isEmpty() || !upTo.isValid())
        return;
    const auto known = m_marks.constFind(conversationId);
    if (known != m_marks.cend() && known.value() >= upTo)
        return;
    m_marks.insert(conversationId, upTo);
    auto settings = open(m_file);
    settings->beginGroup(group());
    settings->setValue(conversationId, upTo.toUTC().toString(Qt::ISODateWithMs));
    Q_EMIT changed(conversationId);
}

} // namespace jack::desk
