#include "channels/webchat/webchatconfig.h"

#include "storage/appsettings.h"
#include "storage/settingsstore.h"

#include <QRegularExpression>
#include <QUrl>

namespace jack::channels {

WebchatConfig WebchatConfig::load(const QSqlDatabase &db, const ops::SecretStore &secrets)
{
    const storage::AppSettings app
        = storage::AppSettings::load(db, secrets, QStringLiteral("webchat"));
    WebchatConfig c;
    c.enabled = app.enabled;
    c.title = app.value(QStringLiteral("title")).trimmed();
    if (c.title.isEmpty())
        c.title = storage::SettingsStore(db)
                      .json(QString::fromLatin1(storage::HotelSettings::key))
                      .value(QLatin1String("name"))
                      .toString()
                      .trimmed();
    c.greeting = app.value(QStringLiteral("greeting")).trimmed();
    // The colour ends up in the widget's CSS: only a plain hex colour is let through.
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{3,8}$"));
    const QString colour = app.value(QStringLiteral("primaryColor")).trimmed();
    if (hex.match(colour).hasMatch())
        c.primaryColor = colour;
    const QStringList lines
        = app.value(QStringLiteral("allowedOrigins"))
              .split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString origin = normaliseOrigin(line);
        if (!origin.isEmpty() && !c.allowedOrigins.contains(origin))
            c.allowedOrigins.append(origin);
    }
    c.maxMessageLength = std::max(1, app.integer(QStringLiteral("maxMessageLength"), 2000));
    c.messagesPerMinute = std::max(1, app.integer(QStringLiteral("messagesPerMinute"), 20));
    return c;
}

QJsonObject WebchatConfig::publicJson() const
{
    return { { "enabled", enabled }, { "title", title }, { "greeting", greeting },
        { "primaryColor", primaryColor }, { "maxMessageLength", maxMessageLength } };
}

QString WebchatConfig::normaliseOrigin(const QString &origin)
{
    QString o = origin.trimmed().toLower();
    while (o.endsWith(QLatin1Char('/')))
        o.chop(1);
    return o;
}

bool WebchatConfig::allowsOrigin(const QString &origin, const QString &host, QString *why) const
{
    const QString o = normaliseOrigin(origin);
    if (o.isEmpty())
        return true;
    // Same origin: the page was served by this hub (the scheme does not matter here, the
    // browser already tied it to the host it connected to).
    const QUrl url(o);
    const QString authority
        = url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
    if (!host.isEmpty() && authority == host.trimmed().toLower())
        return true;
    if (allowedOrigins.contains(o))
        return true;
    if (why) {
        *why = allowedOrigins.isEmpty()
            ? QStringLiteral("origin %1 refused: the web chat app lists no allowed origins, so "
                             "only pages served by the hub itself may use it")
                  .arg(o)
            : QStringLiteral("origin %1 refused: it is not among the web chat app's allowed "
                             "origins")
                  .arg(o);
    }
    return false;
}

} // namespace jack::channels
