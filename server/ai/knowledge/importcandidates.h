#pragma once
#include "ai/knowledge/htmlpage.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace jack::ai {

//! A section of the hotel's website proposed as a knowledge entry, for staff to review.
struct ImportCandidate {
    QString title;
    QString content;
    QString category; //!< a guess: dining, amenity, policy, service, local_info…
    QString sourceUrl;
    QString duplicateOf; //!< the id of an existing entry saying the same, empty when none
    QString closestId; //!< the most similar existing entry, empty when nothing is similar
    double similarity = 0.0; //!< 0..1 word overlap with closestId

    [[nodiscard]] QJsonObject toJson() const;
};

//! Turns fetched pages into import candidates: one per section, repeated sections (a footer
//! text on every page) once, each compared with the existing entries and given a category.
class ImportCandidates {
public:
    //! From this similarity on, a candidate is flagged as a duplicate of an existing entry.
    static constexpr double kDuplicateSimilarity = 0.8;

    //! `db`: a read connection with the knowledge tables.
    [[nodiscard]] static QList<ImportCandidate> fromPages(
        const QList<HtmlPage> &pages, const QSqlDatabase &db);
    //! Word overlap (Jaccard over folded words) of two texts, 0..1.
    [[nodiscard]] static double similarity(const QString &a, const QString &b);
    //! The text as compared for exact duplicates: folded words, single spaces.
    [[nodiscard]] static QString normalised(const QString &text);
    //! The category a section most likely belongs to, from the offline engine's intent
    //! lexicon; "faq" when nothing fits better.
    [[nodiscard]] static QString guessCategory(const QString &title, const QString &content);
};

} // namespace jack::ai
