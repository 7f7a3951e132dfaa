#include "core/replyvariables.h"

#include <QRegularExpression>

namespace jack::core {

const QStringList &ReplyVariables::names()
{
    static const QStringList kNames { QStringLiteral("guest.name"),
        QStringLiteral("guest.firstName"), QStringLiteral("room"), QStringLiteral("hotel.name"),
        QStringLiteral("hotel.phone"), QStringLiteral("checkin.time"),
        QStringLiteral("checkout.time"), QStringLiteral("wifi.network"),
        QStringLiteral("wifi.password"), QStringLiteral("staff.name") };
    return kNames;
}

FilledText ReplyVariables::fill(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression variable(QStringLiteral("\\{([A-Za-z][A-Za-z0-9_.]*)\\}"));
    FilledText filled;
    qsizetype from = 0;
    auto it = variable.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        filled.text += QStringView(text).mid(from, match.capturedStart() - from);
        const QString name = match.captured(1);
        const QString value = values.value(name).trimmed();
        if (value.isEmpty()) {
            filled.text += match.captured(0);
            if (!filled.missing.contains(name))
                filled.missing.append(name);
        } else {
            filled.text += value;
        }
        from = match.capturedEnd();
    }
    filled.text += QStringView(text).mid(from);
    return filled;
}

QString ReplyVariables::labelledValue(const QString &text, const QString &label)
{
    const QRegularExpression pattern(QStringLiteral("\\b%1\\s*(?:is)?\\s*[:=]?\\s*([^\\s,;]+)")
                                         .arg(QRegularExpression::escape(label)),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    QString value = match.captured(1);
    while (value.endsWith(QLatin1Char('.')) || value.endsWith(QLatin1Char(')')))
        value.chop(1);
    return value;
}

} // namespace jack::core
