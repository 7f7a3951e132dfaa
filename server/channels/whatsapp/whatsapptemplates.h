#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jack::channels {

//! One message template approved by Meta, as the hotel listed it in the WhatsApp settings.
struct WhatsAppTemplate {
    QString name;
    QString language; // Meta's language code: en, en_US, pt_BR…
    int variables = 0; // {{1}}…{{n}} in the body
    QString body; // optional text with {{n}} placeholders, so staff see what went out

    //! What is stored and shown: "[template room_ready] Your room 412 is ready".
    [[nodiscard]] QString render(const QStringList &values) const;
    [[nodiscard]] QJsonObject toJson() const;
};

//! The `templates` setting of the whatsapp app: one template per line,
//! "name|language|number of variables|body text (optional)"; blank lines and lines starting
//! with '#' are ignored.
class WhatsAppTemplates {
public:
    [[nodiscard]] static QList<WhatsAppTemplate> parse(const QString &setting);
    //! The template with that name, in `language` when given (else the first listed).
    [[nodiscard]] static std::optional<WhatsAppTemplate> find(
        const QList<WhatsAppTemplate> &templates, const QString &name, const QString &language);
    //! Graph API's `template` object: name, language.code and the body parameters.
    //! https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-message-templates
    [[nodiscard]] static QJsonObject graphTemplate(
        const QString &name, const QString &language, const QStringList &values);
};

} // namespace jack::channels
