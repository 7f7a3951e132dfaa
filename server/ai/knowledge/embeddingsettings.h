#pragma once
#include "ai/providers/llmprovider.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace jack::ops {
class SecretStore;
}

namespace jack::ai {

//! Which provider and model embed the knowledge (AI setting embeddingProvider plus that
//! provider app's settings), and how an entry becomes the text that is embedded.
struct EmbeddingSettings {
    QString provider = QStringLiteral("none"); //!< none | openai | ollama
    LlmProviderConfig config;
    bool appEnabled = false;

    //! True when a provider is chosen, its app is enabled and it names an embedding model.
    [[nodiscard]] bool enabled() const
    {
        return provider != QLatin1String("none") && appEnabled && !config.embeddingModel.isEmpty();
    }
    [[nodiscard]] QString model() const { return config.embeddingModel; }

    [[nodiscard]] static EmbeddingSettings load(
        const QSqlDatabase &db, const ops::SecretStore &secrets);
    //! What is embedded for an entry: its title, keywords and content.
    [[nodiscard]] static QString entryText(
        const QString &title, const QString &keywordsJson, const QString &content);
    //! SHA-256 (hex) of the text: a stored vector is stale when its hash differs.
    [[nodiscard]] static QString textHash(const QString &text);
};

//! Vectors as stored (float32, little-endian) and compared (cosine).
class EmbeddingVector {
public:
    [[nodiscard]] static QByteArray toBlob(const QList<float> &vector);
    //! Empty when the blob is not a whole number of floats.
    [[nodiscard]] static QList<float> fromBlob(const QByteArray &blob);
    //! Cosine similarity; 0 when a vector is zero or the sizes differ.
    [[nodiscard]] static double cosine(const QList<float> &a, const QList<float> &b);
};

} // namespace jack::ai
