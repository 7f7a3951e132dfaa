#include "storage/knowledgestore.h"

#include "core/clock.h"
#include "core/ids.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jack::storage {

namespace {
const QString kSelect
    = QStringLiteral("SELECT id, category, title, content, keywords, language, "
                     "priority, archived, created_at, updated_at, source_url FROM knowledge");

QJsonObject entryJson(const SqlQuery &q)
{
    return { { "id", q.value(0).toString() }, { "category", q.value(1).toString() },
        { "title", q.value(2).toString() }, { "content", q.value(3).toString() },
        { "keywords", QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array() },
        { "language", q.value(5).toString() }, { "priority", q.value(6).toInt() },
        { "archived", q.value(7).toBool() }, { "createdAt", q.value(8).toString() },
        { "updatedAt", q.value(9).toString() },
        { "sourceUrl", q.value(10).isNull() ? QJsonValue() : QJsonValue(q.value(10).toString()) } };
}

QString keywordsText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}
} // namespace

QString KnowledgeStore::insert(const QJsonObject &f)
{
    const QString id = core::Ids::make();
    const QString now = core::Clock::nowIso();
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO knowledge (id, category, title, content, keywords, "
                       "language, priority, archived, created_at, updated_at, source_url) VALUES "
                       "(?,?,?,?,?,?,?,0,?,?,?)"))
        .bind(id)
        .bind(f.value(QLatin1String("category")).toString())
        .bind(f.value(QLatin1String("title")).toString())
        .bind(f.value(QLatin1String("content")).toString())
        .bind(keywordsText(f.value(QLatin1String("keywords"))))
        .bind(f.value(QLatin1String("language")).toString(QStringLiteral("en")))
        .bind(f.value(QLatin1String("priority")).toInt(0))
        .bind(now)
        .bind(now)
        .bind(f.value(QLatin1String("sourceUrl")).isString()
                ? QVariant(f.value(QLatin1String("sourceUrl")).toString())
                : QVariant(QMetaType::fromType<QString>()))
        .exec();
    return id;
}

void KnowledgeStore::update(const QString &id, const QJsonObject &f)
{
    const QString now = core::Clock::nowIso();
    auto set = [&](const QString &column, const QVariant &value) {
        SqlQuery(m_db,
            QStringLiteral("UPDATE knowledge SET ") + column
                + QStringLiteral(" = ?, updated_at = ? WHERE id = ?"))
            .bind(value)
            .bind(now)
            .bind(id)
            .exec();
    };
    for (const char *field : { "category", "title", "content", "language" }) {
        if (f.contains(QLatin1String(field)))
            set(QString::fromLatin1(field), f.value(QLatin1String(field)).toString());
    }
    if (f.contains(QLatin1String("keywords")))
        set(QStringLiteral("keywords"), keywordsText(f.value(QLatin1String("keywords"))));
    if (f.contains(QLatin1String("priority")))
        set(QStringLiteral("priority"), f.value(QLatin1String("priority")).toInt());
    if (f.contains(QLatin1String("sourceUrl"))) {
        const QJsonValue url = f.value(QLatin1String("sourceUrl"));
        set(QStringLiteral("source_url"),
            url.isString() ? QVariant(url.toString()) : QVariant(QMetaType::fromType<QString>()));
    }
    if (f.contains(QLatin1String("archived")))
        set(QStringLiteral("archived"), f.value(QLatin1String("archived")).toBool() ? 1 : 0);
}

void KnowledgeStore::remove(const QString &id)
{
    SqlQuery(m_db, QStringLiteral("DELETE FROM knowledge WHERE id = ?")).bind(id).exec();
}

QJsonObject KnowledgeStore::get(const QString &id) const
{
    SqlQuery q(m_db, kSelect + QStringLiteral(" WHERE id = ?"));
    q.bind(id).exec();
    return q.next() ? entryJson(q) : QJsonObject();
}

ListPage KnowledgeStore::list(
    const QString &category, bool includeArchived, int limit, int offset) const
{
    QString where = QStringLiteral(" WHERE 1=1");
    if (!includeArchived)
        where += QStringLiteral(" AND archived = 0");
    if (!category.isEmpty())
        where += QStringLiteral(" AND category = :category");
    ListPage page;
    page.limit = limit;
    page.offset = offset;
    SqlQuery count(m_db, QStringLiteral("SELECT COUNT(*) FROM knowledge") + where);
    if (!category.isEmpty())
        count.bind(QStringLiteral(":category"), category);
    count.exec();
    page.total = count.next() ? count.value(0).toInt() : 0;
    SqlQuery q(m_db,
        kSelect + where
            + QStringLiteral(" ORDER BY priority DESC, title LIMIT :limit OFFSET :offset"));
    if (!category.isEmpty())
        q.bind(QStringLiteral(":category"), category);
    q.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset).exec();
    while (q.next())
        page.items.append(entryJson(q));
    return page;
}

void KnowledgeStore::reindex()
{
    SqlQuery(m_db, QStringLiteral("INSERT INTO knowledge_fts(knowledge_fts) VALUES ('rebuild')"))
        .exec();
    SqlQuery(
        m_db, QStringLiteral("INSERT INTO knowledge_words(knowledge_words) VALUES ('rebuild')"))
        .exec();
}

int KnowledgeStore::count() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM knowledge"));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace jack::storage
