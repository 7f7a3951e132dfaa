#include "ai/memory/memoryfact.h"

namespace jack::ai {

namespace {
struct CategoryName {
    MemoryCategory category;
    const char *name;
};
constexpr CategoryName kCategories[] = {
    { MemoryCategory::Preference, "preference" },
    { MemoryCategory::Allergy, "allergy" },
    { MemoryCategory::Habit, "habit" },
    { MemoryCategory::Complaint, "complaint" },
    { MemoryCategory::Occasion, "occasion" },
};
} // namespace

QString MemoryCategories::name(MemoryCategory category)
{
    for (const CategoryName &c : kCategories) {
        if (c.category == category)
            return QString::fromLatin1(c.name);
    }
    return {};
}

std::optional<MemoryCategory> MemoryCategories::parse(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    for (const CategoryName &c : kCategories) {
        if (wanted == QLatin1String(c.name))
            return c.category;
    }
    return std::nullopt;
}

QStringList MemoryCategories::names()
{
    QStringList names;
    for (const CategoryName &c : kCategories)
        names.append(QString::fromLatin1(c.name));
    return names;
}

QJsonObject MemoryFact::toJson() const
{
    return { { "category", MemoryCategories::name(category) }, { "fact", fact },
        { "confidence", confidence } };
}

QList<MemoryFact> MemoryFact::listFromJson(const QJsonArray &items, QStringList *problems)
{
    QList<MemoryFact> facts;
    auto reject = [problems](int index, const QString &why) {
        if (problems)
            problems->append(QStringLiteral("item %1: %2").arg(index).arg(why));
    };
    for (int i = 0; i < items.size(); ++i) {
        if (!items[i].isObject()) {
            reject(i, QStringLiteral("not an object"));
            continue;
        }
        const QJsonObject item = items[i].toObject();
        const auto category
            = MemoryCategories::parse(item.value(QLatin1String("category")).toString());
        if (!category) {
            reject(i, QStringLiteral("unknown category"));
            continue;
        }
        const QString fact = item.value(QLatin1String("fact")).toString().simplified();
        if (fact.isEmpty()) {
            reject(i, QStringLiteral("no fact"));
            continue;
        }
        const QJsonValue confidence = item.value(QLatin1String("confidence"));
        facts.append({ *category, fact, confidence.isDouble() ? confidence.toDouble() : 0.5 });
    }
    return facts;
}

} // namespace jack::ai
