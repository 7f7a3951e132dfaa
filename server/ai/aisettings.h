#pragma once
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace jack::ai {

//! Which AI answers the guests and which one embeds the knowledge (`settings` key "ai",
//! `GET/PUT /api/v1/settings/ai`). The offline engine is always there as the fallback.
struct AiSettings {
    static constexpr const char *key = "ai";

    QString provider = QStringLiteral("offline"); //!< offline | anthropic | openai | ollama
    QString embeddingProvider = QStringLiteral("none"); //!< none | openai | ollama
    //! With a language model: guest messages are translated into the hotel's language for
    //! staff, and staff replies into the guest's.
    bool translate = true;

    [[nodiscard]] QJsonObject toJson() const;
    //! The stored settings, defaults for what is not set.
    [[nodiscard]] static AiSettings load(const QSqlDatabase &db);
    //! Why a PUT field is unacceptable, empty when it is fine.
    [[nodiscard]] static QString check(const QString &field, const QJsonValue &value);
};

} // namespace jack::ai
