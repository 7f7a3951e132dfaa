#include "knowledgebook.h"

#include "livefeed.h"

#include <algorithm>

namespace jack::desk {

namespace {
//! Categories a new hotel starts from, offered in the editor even before they are used.
const QStringList kUsualCategories { QStringLiteral("amenity"), QStringLiteral("contact"),
    QStringLiteral("dining"), QStringLiteral("faq"), QStringLiteral("local_info"),
    QStringLiteral("policy"), QStringLiteral("room_type"), QStringLiteral("service") };
} // namespace

KnowledgeBook::KnowledgeBook(QObject *parent)
    : QObject(parent)
    , m_entries(new KnowledgeEntryModel(this))
{
    connect(m_entries, &KnowledgeEntryModel::categoriesChanged, this,
        &KnowledgeBook::categoriesChanged);
}

void KnowledgeBook::setApi(ApiClient *api)
{
    if (m_api == api)
        return;
    m_api = api;
    Q_EMIT apiChanged(); // the page calls reload() once it is shown
}

void KnowledgeBook::setFeed(LiveFeed *feed)
{
    if (m_feed == feed)
        return;
    disconnect(m_feedConnection);
    m_feed = feed;
    if (feed)
        m_feedConnection = connect(feed, &LiveFeed::changeReceived, this, &KnowledgeBook::onChange);
    Q_EMIT feedChanged();
}

void KnowledgeBook::setRole(const QString &role)
{
    if (m_role == role)
        return;
    m_role = role;
    Q_EMIT roleChanged();
}

bool KnowledgeBook::canEdit() const
{
    return m_role == QLatin1String("manager") || m_role == QLatin1String("admin");
}

QVariantList KnowledgeBook::categoryOptions() const
{
    QVariantList options { QVariantMap {
        { "value", QString() }, { "text", tr("All categories") } } };
    for (const QString &category : m_entries->categories())
        options.append(QVariantMap {
            { "value", category }, { "text", KnowledgeEntryModel::categoryLabel(category) } });
    return options;
}

QVariantList KnowledgeBook::editorCategories() const
{
    QStringList all = m_entries->categories();
    for (const QString &usual : kUsualCategories) {
        if (!all.contains(usual)
            && !(usual == QLatin1String("policy") && all.contains(QStringLiteral("policies"))))
            all.append(usual);
    }
    std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) {
        return KnowledgeEntryModel::categoryLabel(a).localeAwareCompare(
                   KnowledgeEntryModel::categoryLabel(b))
            < 0;
    });
    QVariantList options;
    for (const QString &category : all)
        options.append(QVariantMap {
            { "value", category }, { "text", KnowledgeEntryModel::categoryLabel(category) } });
    return options;
}

void KnowledgeBook::reload()
{
    if (!m_api)
        return;
    m_loading = true;
    Q_EMIT loadingChanged();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    m_api->get(QStringLiteral("knowledge"), query, this, [this](const ApiReply &reply) {
        m_loading = false;
        if (!reply.ok()) {
            setError(reply.status == 0
                    ? tr("The hub cannot be reached. The knowledge base will load when it is back.")
                    : tr("The hub could not load the knowledge base (%1).")
                          .arg(reply.errorMessage));
            Q_EMIT loadingChanged();
            return;
        }
        m_entries->reset(reply.items());
        m_loaded = true;
        setError({});
        Q_EMIT loadingChanged();
    });
}

QStringList KnowledgeBook::splitKeywords(const QString &text)
{
    QStringList keywords;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString keyword = part.simplified();
        if (!keyword.isEmpty() && !keywords.contains(keyword, Qt::CaseInsensitive))
            keywords.append(keyword);
    }
    return keywords;
}

void KnowledgeBook::save(const QVariantMap &entry)
{
    if (!m_api || !canEdit())
        return;
    const QString id = entry.value(QStringLiteral("id")).toString();
    QJsonObject body {
        { "title", entry.value(QStringLiteral("title")).toString().trimmed() },
        { "category", entry.value(QStringLiteral("category")).toString().trimmed() },
        { "content", entry.value(QStringLiteral("content")).toString().trimmed() },
        { "keywords",
            QJsonArray::fromStringList(
                splitKeywords(entry.value(QStringLiteral("keywordsText")).toString())) },
        { "priority", entry.value(QStringLiteral("priority")).toInt() },
    };
    for (const char *field : { "title", "category", "content" }) {
        if (body.value(QLatin1String(field)).toString().isEmpty()) {
            setError(tr("Give the entry a title, a category and the text Jack may tell guests."));
            return;
        }
    }
    setSaving(true);
    auto done = [this](const ApiReply &reply) {
        setSaving(false);
        if (!reply.ok()) {
            setError(plainError(reply));
            return;
        }
        setError({});
        m_entries->upsert(reply.object());
        Q_EMIT saved(reply.object().value(QLatin1String("id")).toString());
    };
    if (id.isEmpty())
        m_api->post(QStringLiteral("knowledge"), body, this, done);
    else
        m_api->patch(QStringLiteral("knowledge/%1").arg(id), body, this, done);
}

void KnowledgeBook::remove(const QString &id)
{
    if (!m_api || !canEdit() || id.isEmpty())
        return;
    setSaving(true);
    m_api->remove(QStringLiteral("knowledge/%1").arg(id), this, [this, id](const ApiReply &reply) {
        setSaving(false);
        if (!reply.ok() && reply.status != 404) {
            setError(plainError(reply));
            return;
        }
        setError({});
        m_entries->remove(id);
        Q_EMIT removed(id);
    });
}

void KnowledgeBook::clearError()
{
    setError({});
}

void KnowledgeBook::onChange(const QString &type, const QJsonObject &payload)
{
    if (type == QLatin1String("knowledge:created") || type == QLatin1String("knowledge:updated"))
        m_entries->upsert(payload);
    else if (type == QLatin1String("knowledge:deleted"))
        m_entries->remove(payload.value(QLatin1String("id")).toString());
}

QString KnowledgeBook::plainError(const ApiReply &reply) const
{
    if (reply.status == 0)
        return tr("The hub cannot be reached; nothing was saved. Try again when it is back.");
    if (reply.status == 403)
        return tr("Only a manager or an admin can change the knowledge base.");
    if (reply.status == 404)
        return tr("This entry was deleted meanwhile.");
    if (reply.status == 400)
        return tr("The hub refused the entry: %1.").arg(reply.errorMessage);
    return tr("The hub could not save the entry (%1).").arg(reply.errorMessage);
}

void KnowledgeBook::setSaving(bool saving)
{
    if (m_saving == saving)
        return;
    m_saving = saving;
    Q_EMIT savingChanged();
}

void KnowledgeBook::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace jack::desk
