#include "ai/memory/factkey.h"

#include "ai/lexicon.h"

namespace jack::ai {

QString FactKey::of(const QString &fact)
{
    const QString folded = Lexicon::fold(fact);
    QString key;
    key.reserve(folded.size());
    for (QChar c : folded)
        key.append(c.isLetterOrNumber() ? c : QChar(u' '));
    return key.simplified();
}

} // namespace jack::ai
