#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jack::ai {

//! What kind of thing a guest memory is.
enum class MemoryCategory { Preference, Allergy, Habit, Complaint, Occasion };

//! Names of the categories as stored and served ("preference", "allergy"…).
class MemoryCategories {
public:
    [[nodiscard]] static QString name(MemoryCategory category);
    [[nodiscard]] static std::optional<MemoryCategory> parse(const QString &name);
    [[nodiscard]] static QStringList names();
};

//! A fact worth remembering about a guest, as an extractor (rules or a model) proposes it.
struct MemoryFact {
    MemoryCategory category = MemoryCategory::Preference;
    QString fact; //!< short staff-facing text, e.g. "Allergic to nuts"
    double confidence = 0.5; //!< 0..1

    [[nodiscard]] QJsonObject toJson() const;
    //! A model's answer `[{"category","fact","confidence"}, …]`: entries that are not objects,
    //! name no known category or carry no text are skipped (and described in `problems`);
    //! a missing confidence counts as 0.5. Privacy and dedup come after, in MemoryCurator.
    [[nodiscard]] static QList<MemoryFact> listFromJson(
        const QJsonArray &items, QStringList *problems = nullptr);
};

//! A guest message of a conversation, as the extractors read it.
struct GuestUtterance {
    QString messageId;
    QString text;
    QString intent; //!< the pipeline's classification, e.g. "feedback.complaint"
    QString language; //!< when known
    double intentConfidence = -1;
};

} // namespace jack::ai
