#include "e2esupport.h"

#include <QDeadlineTimer>
#include <QTest>

#include <QJsonDocument>
#include <QRandomGenerator>

namespace E2e {

QString newGuestPhone()
{
    static int counter = 0;
    // German mobile range; 13 digits in all. The random block keeps numbers apart across
    // suites that share nothing but the wall clock.
    static const quint32 runBlock = QRandomGenerator::global()->bounded(100000u);
    return QStringLiteral("49151%1%2")
        .arg(runBlock, 5, 10, QLatin1Char('0'))
        .arg(++counter, 3, 10, QLatin1Char('0'));
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

bool startHubWithWhatsApp(JackServerProcess &hub, FakeGraphApi &graph, QByteArray *why)
{
    if (!graph.start()) {
        *why = "the fake Graph API could not listen";
        return false;
    }
    if (!hub.start()) {
        *why = "jack-server did not start: " + hub.errorString().toUtf8();
        return false;
    }
    const HttpReply reply = hub.configureWhatsApp(graph.account(), graph.baseUrl());
    if (reply.status != 200) {
        *why = "configuring WhatsApp failed: " + reply.describe();
        return false;
    }
    return true;
}

QJsonArray conversations(JsonHttpClient &api)
{
    return api.get(QStringLiteral("/api/v1/conversations?limit=500")).items();
}

QJsonArray conversationsOfGuest(JsonHttpClient &api, const QString &phone)
{
    QJsonArray result;
    const QString wanted = digitsOf(phone);
    for (const QJsonValue &value : conversations(api)) {
        if (digitsOf(value.toObject().value(QStringLiteral("guestPhone")).toString()) == wanted)
            result.append(value);
    }
    return result;
}

QString conversationIdOfGuest(JsonHttpClient &api, const QString &phone)
{
    const QJsonArray list = conversationsOfGuest(api, phone);
    return list.isEmpty() ? QString()
                          : list.first().toObject().value(QStringLiteral("id")).toString();
}

QJsonArray messages(JsonHttpClient &api, const QString &conversationId)
{
    return api
        .get(QStringLiteral("/api/v1/conversations/%1/messages?limit=500").arg(conversationId))
        .items();
}

QJsonArray messagesOfGuest(JsonHttpClient &api, const QString &phone)
{
    QJsonArray result;
    for (const QJsonValue &conversation : conversationsOfGuest(api, phone)) {
        const QString id = conversation.toObject().value(QStringLiteral("id")).toString();
        for (const QJsonValue &message : messages(api, id))
            result.append(message);
    }
    return result;
}

QJsonArray tasks(JsonHttpClient &api)
{
    return api.get(QStringLiteral("/api/v1/tasks?limit=500")).items();
}

QJsonObject first(const QJsonArray &items, const Predicate &predicate)
{
    for (const QJsonValue &value : items) {
        if (predicate(value.toObject()))
            return value.toObject();
    }
    return {};
}

int count(const QJsonArray &items, const Predicate &predicate)
{
    int n = 0;
    for (const QJsonValue &value : items) {
        if (predicate(value.toObject()))
            ++n;
    }
    return n;
}

Predicate fieldIs(const QString &key, const QString &value)
{
    return [key, value](const QJsonObject &o) { return o.value(key).toString() == value; };
}

QJsonObject messageByChannelId(
    JsonHttpClient &api, const QString &phone, const QString &channelMessageId)
{
    return first(
        messagesOfGuest(api, phone), fieldIs(QStringLiteral("channelMessageId"), channelMessageId));
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return value.toVariant().toString().toUtf8();
}

QJsonObject waitForMessageByChannelId(
    JsonHttpClient &api, const QString &phone, const QString &channelMessageId, int timeoutMs)
{
    QJsonObject message;
    QDeadlineTimer deadline(timeoutMs);
    do {
        message = messageByChannelId(api, phone, channelMessageId);
        if (!message.isEmpty())
            break;
        QTest::qWait(50);
    } while (!deadline.hasExpired());
    return message;
}

} // namespace E2e
