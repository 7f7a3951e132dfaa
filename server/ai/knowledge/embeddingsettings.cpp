#include "ai/knowledge/embeddingsettings.h"

#include "ai/aisettings.h"
#include "storage/appsettings.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>
#include <cmath>
#include <cstring>

namespace jack::ai {

EmbeddingSettings EmbeddingSettings::load(const QSqlDatabase &db, const ops::SecretStore &secrets)
{
    EmbeddingSettings s;
    s.provider = AiSettings::load(db).embeddingProvider;
    if (s.provider == QLatin1String("none"))
        return s;
    const storage::AppSettings app = storage::AppSettings::load(db, secrets, s.provider);
    s.appEnabled = app.enabled;
    s.config = LlmProviderConfig::fromSettings(app);
    return s;
}

QString EmbeddingSettings::entryText(
    const QString &title, const QString &keywordsJson, const QString &content)
{
    QStringList keywords;
    for (const QJsonValue &k : QJsonDocument::fromJson(keywordsJson.toUtf8()).array())
        keywords.append(k.toString());
    QString text = title;
    if (!keywords.isEmpty())
        text += QStringLiteral(" (") + keywords.join(QStringLiteral(", ")) + u')';
    return text + QStringLiteral("\n") + content;
}

QString EmbeddingSettings::textHash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QByteArray EmbeddingVector::toBlob(const QList<float> &vector)
{
    QByteArray blob(vector.size() * qsizetype(sizeof(float)), Qt::Uninitialized);
    qToLittleEndian<float>(vector.constData(), vector.size(), blob.data());
    return blob;
}

QList<float> EmbeddingVector::fromBlob(const QByteArray &blob)
{
    if (blob.size() % qsizetype(sizeof(float)) != 0)
        return {};
    QList<float> vector(blob.size() / qsizetype(sizeof(float)));
    qFromLittleEndian<float>(blob.constData(), vector.size(), vector.data());
    return vector;
}

double EmbeddingVector::cosine(const QList<float> &a, const QList<float> &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return 0.0;
    double dot = 0.0, na = 0.0, nb = 0.0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        dot += double(a.at(i)) * double(b.at(i));
        na += double(a.at(i)) * double(a.at(i));
        nb += double(b.at(i)) * double(b.at(i));
    }
    if (na <= 0.0 || nb <= 0.0)
        return 0.0;
    return dot / (std::sqrt(na) * std::sqrt(nb));
}

} // namespace jack::ai
