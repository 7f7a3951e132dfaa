#pragma once
#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace jack::desk {

//! One fact of the knowledge base.
struct KnowledgeEntry {
    QString id;
    QString category;
    QString title;
    QString content;
    QStringList keywords;
    QString language;
    int priority = 0;
    QString sourceUrl;

    [[nodiscard]] static KnowledgeEntry fromJson(const QJsonObject &object);
    [[nodiscard]] bool matches(const QString &text) const;
};

//! The knowledge base's entries grouped by category (then priority, then title), narrowed to
//! one category and/or a text the clerk typed.
class KnowledgeEntryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("KnowledgeEntryModel belongs to KnowledgeBook")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filterChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        CategoryRole,
        CategoryLabelRole,
        TitleRole,
        ContentRole,
        KeywordsRole,
        KeywordsTextRole,
        LanguageRole,
        PriorityRole,
        SourceUrlRole,
    };
    Q_ENUM(Roles)

    explicit KnowledgeEntryModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    void reset(const QJsonArray &entries);
    //! knowledge:created / knowledge:updated, or the answer to a save.
    void upsert(const QJsonObject &entry);
    void remove(const QString &id);

    [[nodiscard]] int count() const { return int(m_shown.size()); }
    [[nodiscard]] int totalCount() const { return int(m_all.size()); }
    [[nodiscard]] QString category() const { return m_category; }
    void setCategory(const QString &category);
    [[nodiscard]] QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    //! Every category in use, sorted by its label.
    [[nodiscard]] QStringList categories() const;
    //! The entry shown at `row` as a map (the editor's starting point); empty when none.
    Q_INVOKABLE QVariantMap entryAt(int row) const;
    Q_INVOKABLE QVariantMap entry(const QString &id) const;
    Q_INVOKABLE int indexOf(const QString &id) const;

    //! "Policies", "Local info", … for a category name ("local_info").
    [[nodiscard]] static QString categoryLabel(const QString &category);

Q_SIGNALS:
    void countChanged();
    void filterChanged();
    void categoriesChanged();

private:
    void refilter();
    [[nodiscard]] static bool before(const KnowledgeEntry &a, const KnowledgeEntry &b);
    [[nodiscard]] static QVariantMap toMap(const KnowledgeEntry &entry);

    std::vector<KnowledgeEntry> m_all; // sorted
    std::vector<int> m_shown; // indexes into m_all
    QString m_category;
    QString m_filterText;
};

} // namespace jack::desk
