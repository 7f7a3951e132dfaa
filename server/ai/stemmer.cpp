#include "ai/stemmer.h"

#include <libstemmer.h>

#include <array>
#include <memory>

namespace jack::ai {

namespace {

struct Algorithm {
    const char16_t *code;
    const char *name;
};

constexpr std::array<Algorithm, 6> algorithms { { { u"en", "english" }, { u"es", "spanish" },
    { u"fr", "french" }, { u"de", "german" }, { u"pt", "portuguese" }, { u"it", "italian" } } };

int indexOf(const QString &language)
{
    for (size_t i = 0; i < algorithms.size(); ++i) {
        if (language == QStringView(algorithms[i].code))
            return int(i);
    }
    return -1;
}

struct StemmerDeleter {
    void operator()(sb_stemmer *stemmer) const { sb_stemmer_delete(stemmer); }
};

//! One sb_stemmer per language, created on first use by the thread that owns this set.
class ThreadStemmers {
public:
    sb_stemmer *get(int index)
    {
        auto &slot = m_stemmers.at(size_t(index));
        if (!slot)
            slot.reset(sb_stemmer_new(algorithms.at(size_t(index)).name, "UTF_8"));
        return slot.get();
    }

private:
    std::array<std::unique_ptr<sb_stemmer, StemmerDeleter>, algorithms.size()> m_stemmers;
};

} // namespace

bool Stemmer::supports(const QString &language)
{
    return indexOf(language) >= 0;
}

QString Stemmer::stem(const QString &word, const QString &language)
{
    const int index = indexOf(language);
    if (index < 0 || word.isEmpty())
        return word;
    // sb_stemmer keeps its working buffer inside the object: one set per thread.
    thread_local ThreadStemmers stemmers;
    sb_stemmer *stemmer = stemmers.get(index);
    if (stemmer == nullptr) // out of memory; an unstemmed word still matches itself
        return word;
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(
        stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (stemmed == nullptr)
        return word;
    return QString::fromUtf8(
        reinterpret_cast<const char *>(stemmed), qsizetype(sb_stemmer_length(stemmer)));
}

} // namespace jack::ai
