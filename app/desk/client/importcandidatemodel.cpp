#include "importcandidatemodel.h"

#include <QCoreApplication>
#include <algorithm>

namespace jack::desk {

ImportCandidate ImportCandidate::fromJson(const QJsonObject &o)
{
    ImportCandidate c;
    c.title = o.value(QLatin1String("title")).toString();
    c.content = o.value(QLatin1String("content")).toString();
    c.category = o.value(QLatin1String("category")).toString();
    c.sourceUrl = o.value(QLatin1String("sourceUrl")).toString();
    c.duplicateOf = o.value(QLatin1String("duplicateOf")).toString();
    c.similarity = o.value(QLatin1String("similarity")).toDouble();
    c.keep = c.duplicateOf.isEmpty();
    return c;
}

QJsonObject ImportCandidate::toEntry() const
{
    QJsonObject entry { { "title", title.trimmed() }, { "content", content },
        { "category", category.trimmed() } };
    if (!sourceUrl.isEmpty())
        entry.insert(QStringLiteral("sourceUrl"), sourceUrl);
    return entry;
}

ImportCandidateModel::ImportCandidateModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ImportCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

Qt::ItemFlags ImportCandidateModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ImportCandidateModel::roleNames() const
{
    return {
        { Qt::DisplayRole, "display" },
        { TitleRole, "title" },
        { ContentRole, "content" },
        { CategoryRole, "category" },
        { SourceUrlRole, "sourceUrl" },
        { KeepRole, "keep" },
        { DuplicateRole, "duplicate" },
        { NoteRole, "note" },
    };
}

QVariant ImportCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportCandidate &c = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return c.title;
    case ContentRole:
        return c.content;
    case CategoryRole:
        return c.category;
    case SourceUrlRole:
        return c.sourceUrl;
    case KeepRole:
        return c.keep;
    case DuplicateRole:
        return !c.duplicateOf.isEmpty();
    case NoteRole:
        return c.duplicateOf.isEmpty()
            ? QString()
            : QCoreApplication::translate("ImportCandidateModel",
                "Jack already knows this (%1% the same): left out unless you tick it.")
                  .arg(qRound(c.similarity * 100));
    default:
        return {};
    }
}

bool ImportCandidateModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ImportCandidate &c = m_rows[size_t(index.row())];
    switch (role) {
    case KeepRole:
        if (c.keep == value.toBool())
            return true;
        c.keep = value.toBool();
        Q_EMIT dataChanged(index, index, { KeepRole });
        Q_EMIT keptCountChanged();
        return true;
    case TitleRole:
        if (value.toString().trimmed().isEmpty())
            return false; // the hub would refuse an entry without a title
        c.title = value.toString();
        Q_EMIT dataChanged(index, index, { Qt::DisplayRole, TitleRole });
        return true;
    case CategoryRole:
        if (value.toString().trimmed().isEmpty())
            return false;
        c.category = value.toString().trimmed();
        Q_EMIT dataChanged(index, index, { CategoryRole });
        return true;
    default:
        return false;
    }
}

void ImportCandidateModel::reset(const QJsonArray &candidates)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &value : candidates)
        m_rows.push_back(ImportCandidate::fromJson(value.toObject()));
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT keptCountChanged();
}

void ImportCandidateModel::clear()
{
    reset({});
}

int ImportCandidateModel::keptCount() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](const ImportCandidate &c) { return c.keep; }));
}

QJsonArray ImportCandidateModel::keptEntries() const
{
    QJsonArray entries;
    for (const ImportCandidate &c : m_rows) {
        if (c.keep)
            entries.append(c.toEntry());
    }
    return entries;
}

void ImportCandidateModel::setAllKept(bool keep)
{
    if (m_rows.empty())
        return;
    for (ImportCandidate &c : m_rows)
        c.keep = keep;
    Q_EMIT dataChanged(index(0), index(count() - 1), { KeepRole });
    Q_EMIT keptCountChanged();
}

} // namespace jack::desk
