#include "knowledgeentrymodel.h"

#include <QCoreApplication>
#include <algorithm>

namespace jack::desk {

KnowledgeEntry KnowledgeEntry::fromJson(const QJsonObject &o)
{
    KnowledgeEntry e;
    e.id = o.value(QLatin1String("id")).toString();
    e.category = o.value(QLatin1String("category")).toString();
    e.title = o.value(QLatin1String("title")).toString();
    e.content = o.value(QLatin1String("content")).toString();
    for (const QJsonValue &k : o.value(QLatin1String("keywords")).toArray())
        e.keywords.append(k.toString());
    e.language = o.value(QLatin1String("language")).toString();
    e.priority = o.value(QLatin1String("priority")).toInt();
    e.sourceUrl = o.value(QLatin1String("sourceUrl")).toString();
    return e;
}

bool KnowledgeEntry::matches(const QString &text) const
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!title.contains(word, Qt::CaseInsensitive)
            && !content.contains(word, Qt::CaseInsensitive)
            && !keywords.join(QLatin1Char(' ')).contains(word, Qt::CaseInsensitive)
            && !KnowledgeEntryModel::categoryLabel(category).contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

KnowledgeEntryModel::KnowledgeEntryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QString KnowledgeEntryModel::categoryLabel(const QString &category)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("amenity"), QT_TRANSLATE_NOOP("KnowledgeEntryModel", "Amenities") },
        { QStringLiteral("contact"), QT_TRANSLATE_NOOP("KnowledgeEntryModel", "Contact") },
        { QStringLiteral("dining"), QT_TRANSLATE_NOOP("KnowledgeEntryModel", "Dining") },
        { QStringLiteral("faq"), QT_TRANSLATE_NOOP("KnowledgeEntryModel", "Questions guests ask") },
        { QStringLiteral("local_info"), QT_TRANSLATE_NOOP("KnowledgeEntryModel", "Local info") },
        { QStringLiteral("policy"), QT_TRANSLATE_NOOP("KnowledgeEntryModel", "Policies") },
        { QStringLiteral("policies"), QT_TRANSLATE_NOOP("KnowledgeEntryModel", "Policies") },
        { QStringLiteral("room_type"), QT_TRANSLATE_NOOP("KnowledgeEntryModel", "Rooms") },
        { QStringLiteral("service"), QT_TRANSLATE_NOOP("KnowledgeEntryModel", "Services") },
    };
    const auto it = labels.constFind(category);
    if (it != labels.constEnd())
        return QCoreApplication::translate("KnowledgeEntryModel", it.value());
    QString label = category;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    return label.isEmpty() ? label : label.at(0).toUpper() + label.mid(1);
}

int KnowledgeEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

Qt::ItemFlags KnowledgeEntryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> KnowledgeEntryModel::roleNames() const
{
    return {
        { Qt::DisplayRole, "display" },
        { IdRole, "entryId" },
        { CategoryRole, "category" },
        { CategoryLabelRole, "categoryLabel" },
        { TitleRole, "title" },
        { ContentRole, "content" },
        { KeywordsRole, "keywords" },
        { KeywordsTextRole, "keywordsText" },
        { LanguageRole, "language" },
        { PriorityRole, "priority" },
        { SourceUrlRole, "sourceUrl" },
    };
}

QVariant KnowledgeEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KnowledgeEntry &e = m_all[size_t(m_shown[size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.title;
    case IdRole:
        return e.id;
    case CategoryRole:
        return e.category;
    case CategoryLabelRole:
        return categoryLabel(e.category);
    case ContentRole:
        return e.content;
    case KeywordsRole:
        return e.keywords;
    case KeywordsTextRole:
        return e.keywords.join(QStringLiteral(", "));
    case LanguageRole:
        return e.language;
    case PriorityRole:
        return e.priority;
    case SourceUrlRole:
        return e.sourceUrl;
    default:
        return {};
    }
}

bool KnowledgeEntryModel::before(const KnowledgeEntry &a, const KnowledgeEntry &b)
{
    const int byCategory = categoryLabel(a.category).localeAwareCompare(categoryLabel(b.category));
    if (byCategory != 0)
        return byCategory < 0;
    if (a.priority != b.priority)
        return a.priority > b.priority;
    const int byTitle = a.title.localeAwareCompare(b.title);
    return byTitle != 0 ? byTitle < 0 : a.id < b.id;
}

void KnowledgeEntryModel::reset(const QJsonArray &entries)
{
    beginResetModel();
    m_all.clear();
    for (const QJsonValue &value : entries)
        m_all.push_back(KnowledgeEntry::fromJson(value.toObject()));
    std::sort(m_all.begin(), m_all.end(), before);
    m_shown.clear();
    for (int i = 0; i < int(m_all.size()); ++i) {
        const KnowledgeEntry &e = m_all[size_t(i)];
        if ((m_category.isEmpty() || e.category == m_category) && e.matches(m_filterText))
            m_shown.push_back(i);
    }
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT categoriesChanged();
}

void KnowledgeEntryModel::refilter()
{
    // A reset keeps it simple: filtering changes many rows at once.
    beginResetModel();
    m_shown.clear();
    for (int i = 0; i < int(m_all.size()); ++i) {
        const KnowledgeEntry &e = m_all[size_t(i)];
        if ((m_category.isEmpty() || e.category == m_category) && e.matches(m_filterText))
            m_shown.push_back(i);
    }
    endResetModel();
    Q_EMIT countChanged();
}

void KnowledgeEntryModel::upsert(const QJsonObject &entry)
{
    const KnowledgeEntry e = KnowledgeEntry::fromJson(entry);
    if (e.id.isEmpty())
        return;
    if (entry.value(QLatin1String("archived")).toBool()) {
        remove(e.id);
        return;
    }
    const QStringList categoriesBefore = categories();
    auto it = std::find_if(
        m_all.begin(), m_all.end(), [&](const KnowledgeEntry &x) { return x.id == e.id; });
    if (it != m_all.end())
        *it = e;
    else
        m_all.push_back(e);
    std::sort(m_all.begin(), m_all.end(), before);
    refilter();
    if (categories() != categoriesBefore)
        Q_EMIT categoriesChanged();
}

void KnowledgeEntryModel::remove(const QString &id)
{
    auto it = std::find_if(
        m_all.begin(), m_all.end(), [&](const KnowledgeEntry &x) { return x.id == id; });
    if (it == m_all.end())
        return;
    const QStringList categoriesBefore = categories();
    m_all.erase(it);
    refilter();
    if (categories() != categoriesBefore)
        Q_EMIT categoriesChanged();
}

void KnowledgeEntryModel::setCategory(const QString &category)
{
    if (m_category == category)
        return;
    m_category = category;
    refilter();
    Q_EMIT filterChanged();
}

void KnowledgeEntryModel::setFilterText(const QString &text)
{
    if (m_filterText == text)
        return;
    m_filterText = text;
    refilter();
    Q_EMIT filterChanged();
}

QStringList KnowledgeEntryModel::categories() const
{
    QStringList list;
    for (const KnowledgeEntry &e : m_all) {
        if (!list.contains(e.category))
            list.append(e.category);
    }
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        return categoryLabel(a).localeAwareCompare(categoryLabel(b)) < 0;
    });
    return list;
}

QVariantMap KnowledgeEntryModel::toMap(const KnowledgeEntry &e)
{
    return { { "id", e.id }, { "category", e.category },
        { "categoryLabel", categoryLabel(e.category) }, { "title", e.title },
        { "content", e.content }, { "keywords", e.keywords },
        { "keywordsText", e.keywords.join(QStringLiteral(", ")) }, { "language", e.language },
        { "priority", e.priority }, { "sourceUrl", e.sourceUrl } };
}

QVariantMap KnowledgeEntryModel::entryAt(int row) const
{
    if (row < 0 || row >= count())
        return {};
    return toMap(m_all[size_t(m_shown[size_t(row)])]);
}

QVariantMap KnowledgeEntryModel::entry(const QString &id) const
{
    for (const KnowledgeEntry &e : m_all) {
        if (e.id == id)
            return toMap(e);
    }
    return {};
}

int KnowledgeEntryModel::indexOf(const QString &id) const
{
    for (int row = 0; row < count(); ++row) {
        if (m_all[size_t(m_shown[size_t(row)])].id == id)
            return row;
    }
    return -1;
}

} // namespace jack::desk
