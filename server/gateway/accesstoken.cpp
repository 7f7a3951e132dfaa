#include "gateway/accesstoken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <sodium.h>

namespace jack::gateway {

namespace {
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray sign(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256)
        .toBase64(kBase64);
}
} // namespace

QByteArray AccessToken::issue(
    const QByteArray &key, const QString &staffId, const QString &role, qint64 nowSeconds)
{
    const QByteArray header = QJsonDocument(QJsonObject { { "alg", "HS256" }, { "typ", "JWT" } })
                                  .toJson(QJsonDocument::Compact)
                                  .toBase64(kBase64);
    const QByteArray payload
        = QJsonDocument(QJsonObject { { "sub", staffId }, { "role", role }, { "type", "access" },
                            { "iat", nowSeconds }, { "exp", nowSeconds + kLifetimeSeconds } })
              .toJson(QJsonDocument::Compact)
              .toBase64(kBase64);
    const QByteArray signingInput = header + '.' + payload;
    return signingInput + '.' + sign(key, signingInput);
}

std::optional<AccessClaims> AccessToken::verify(
    const QByteArray &key, const QByteArray &token, qint64 nowSeconds)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray expected = sign(key, parts[0] + '.' + parts[1]);
    if (expected.size() != parts[2].size()
        || sodium_memcmp(expected.constData(), parts[2].constData(), expected.size()) != 0)
        return std::nullopt;
    const QJsonObject header
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], kBase64)).object();
    if (header.value(QLatin1String("alg")).toString() != QLatin1String("HS256"))
        return std::nullopt;
    const QJsonObject claims
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], kBase64)).object();
    if (claims.value(QLatin1String("type")).toString() != QLatin1String("access"))
        return std::nullopt;
    AccessClaims out;
    out.staffId = claims.value(QLatin1String("sub")).toString();
    out.role = claims.value(QLatin1String("role")).toString();
    out.issuedAt = qint64(claims.value(QLatin1String("iat")).toDouble());
    out.expiresAt = qint64(claims.value(QLatin1String("exp")).toDouble());
    if (out.staffId.isEmpty() || out.expiresAt <= nowSeconds)
        return std::nullopt;
    return out;
}

} // namespace jack::gateway
