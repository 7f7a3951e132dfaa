#pragma once
#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace jack::desk {

//! One knowledge entry proposed from the hotel's website, as the admin reviews it.
struct ImportCandidate {
    QString title;
    QString content;
    QString category;
    QString sourceUrl;
    QString duplicateOf; // id of an existing entry with (nearly) the same text, or empty
    double similarity = 0;
    bool keep = true;

    [[nodiscard]] static ImportCandidate fromJson(const QJsonObject &object);
    [[nodiscard]] QJsonObject toEntry() const;
};

//! The import wizard's review list: untick what should not be imported, fix titles and
//! categories. Editable through setData (QML: `model.keep = false`).
class ImportCandidateModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ImportCandidateModel belongs to KnowledgeImport")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int keptCount READ keptCount NOTIFY keptCountChanged)

public:
    enum Roles {
        TitleRole = Qt::UserRole + 1,
        ContentRole,
        CategoryRole,
        SourceUrlRole,
        KeepRole,
        DuplicateRole,
        NoteRole,
    };
    Q_ENUM(Roles)

    explicit ImportCandidateModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    //! Candidates of POST /knowledge/import/preview; likely duplicates start unticked.
    void reset(const QJsonArray &candidates);
    void clear();
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int keptCount() const;
    //! The ticked candidates as POST /knowledge/import wants them.
    [[nodiscard]] QJsonArray keptEntries() const;
    Q_INVOKABLE void setAllKept(bool keep);

Q_SIGNALS:
    void countChanged();
    void keptCountChanged();

private:
    std::vector<ImportCandidate> m_rows;
};

} // namespace jack::desk
