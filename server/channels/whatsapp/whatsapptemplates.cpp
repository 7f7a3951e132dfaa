#include "channels/whatsapp/whatsapptemplates.h"

namespace jack::channels {

QString WhatsAppTemplate::render(const QStringList &values) const
{
    QString text;
    if (!body.isEmpty()) {
        text = body;
        // From the highest number down, so {{1}} does not eat the start of {{12}}.
        for (qsizetype i = values.size(); i >= 1; --i)
            text.replace(QStringLiteral("{{%1}}").arg(i), values.at(i - 1));
    } else {
        text = values.join(QStringLiteral(" · "));
    }
    const QString label = QStringLiteral("[template %1]").arg(name);
    return text.isEmpty() ? label : label + QLatin1Char(' ') + text;
}

QJsonObject WhatsAppTemplate::toJson() const
{
    return { { "name", name }, { "language", language }, { "variables", variables },
        { "body", body.isEmpty() ? QJsonValue() : QJsonValue(body) } };
}

QList<WhatsAppTemplate> WhatsAppTemplates::parse(const QString &setting)
{
    QList<WhatsAppTemplate> out;
    for (const QString &raw : setting.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        // The body may itself contain '|': only the first three separators count.
        const QStringList parts = line.split(QLatin1Char('|'));
        WhatsAppTemplate t;
        t.name = parts.value(0).trimmed();
        t.language = parts.value(1).trimmed();
        bool ok = true;
        t.variables = parts.size() > 2 ? parts.at(2).trimmed().toInt(&ok) : 0;
        if (parts.size() > 3)
            t.body = parts.mid(3).join(QLatin1Char('|')).trimmed();
        if (t.name.isEmpty() || !ok || t.variables < 0)
            continue;
        if (t.language.isEmpty())
            t.language = QStringLiteral("en");
        out.append(t);
    }
    return out;
}

std::optional<WhatsAppTemplate> WhatsAppTemplates::find(
    const QList<WhatsAppTemplate> &templates, const QString &name, const QString &language)
{
    for (const WhatsAppTemplate &t : templates) {
        if (t.name == name && (language.isEmpty() || t.language == language))
            return t;
    }
    return std::nullopt;
}

QJsonObject WhatsAppTemplates::graphTemplate(
    const QString &name, const QString &language, const QStringList &values)
{
    QJsonObject t { { "name", name }, { "language", QJsonObject { { "code", language } } } };
    if (!values.isEmpty()) {
        QJsonArray parameters;
        for (const QString &v : values)
            parameters.append(QJsonObject { { "type", "text" }, { "text", v } });
        t.insert(QStringLiteral("components"),
            QJsonArray { QJsonObject { { "type", "body" }, { "parameters", parameters } } });
    }
    return t;
}

} // namespace jack::channels
