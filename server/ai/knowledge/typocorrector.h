#pragma once
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace jack::ai {

//! Suggests the indexed spelling of a guest's misspelt word ("brekfast" -> "breakfast") from
//! the unstemmed vocabulary of the knowledge base (knowledge_words_vocab, fts5vocab).
class TypoCorrector {
public:
    explicit TypoCorrector(QSqlDatabase db);

    //! For each folded word that matches no entry: the closest vocabulary word with the same
    //! first letter within the allowed distance (1 from 5 letters, 2 from 8), the most
    //! frequent one on a tie. Words
    //! that match, that are too short, or have no close word give nothing. Never throws.
    [[nodiscard]] QStringList corrections(const QStringList &words) const;

    //! Optimal-string-alignment distance (a swap of neighbours counts 1), or `limit + 1` as
    //! soon as it is certain to exceed `limit`.
    [[nodiscard]] static int distance(const QString &a, const QString &b, int limit);
    //! The largest distance a word of this length may be corrected across (0: not at all).
    [[nodiscard]] static int allowedDistance(const QString &word);

private:
    [[nodiscard]] bool known(const QString &word) const;

    QSqlDatabase m_db;
};

} // namespace jack::ai
