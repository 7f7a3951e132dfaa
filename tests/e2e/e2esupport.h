#pragma once

#include "fakegraphapi.h"
#include "jackserverprocess.h"
#include "jsonhttpclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

//! Reading a hub's state over its public HTTP API, shared by the end-to-end suites.
namespace E2e {

//! A fresh plausible mobile number as WhatsApp sends it (digits, no '+'), unique per run.
[[nodiscard]] QString newGuestPhone();
[[nodiscard]] QString digitsOf(const QString &text);

//! Starts the fake Graph API, a hub (--demo) with an admin, and points the hub's WhatsApp
//! app at the fake. On failure returns false and leaves the reason in `why`.
[[nodiscard]] bool startHubWithWhatsApp(
    JackServerProcess &hub, FakeGraphApi &graph, QByteArray *why);

//! GET /api/v1/conversations (up to 500).
[[nodiscard]] QJsonArray conversations(JsonHttpClient &api);
//! The guest's conversations, matched by phone digits.
[[nodiscard]] QJsonArray conversationsOfGuest(JsonHttpClient &api, const QString &phone);
[[nodiscard]] QString conversationIdOfGuest(JsonHttpClient &api, const QString &phone);
//! GET /api/v1/conversations/{id}/messages (up to 500).
[[nodiscard]] QJsonArray messages(JsonHttpClient &api, const QString &conversationId);
//! Every message of every conversation of the guest.
[[nodiscard]] QJsonArray messagesOfGuest(JsonHttpClient &api, const QString &phone);
//! GET /api/v1/tasks (up to 500).
[[nodiscard]] QJsonArray tasks(JsonHttpClient &api);

using Predicate = std::function<bool(const QJsonObject &)>;
[[nodiscard]] QJsonObject first(const QJsonArray &items, const Predicate &predicate);
[[nodiscard]] int count(const QJsonArray &items, const Predicate &predicate);
[[nodiscard]] Predicate fieldIs(const QString &key, const QString &value);

//! The message as the API shows it, found by channelMessageId.
[[nodiscard]] QJsonObject messageByChannelId(
    JsonHttpClient &api, const QString &phone, const QString &channelMessageId);

//! Polls until the message with this provider id is stored (empty when the deadline passed).
[[nodiscard]] QJsonObject waitForMessageByChannelId(
    JsonHttpClient &api, const QString &phone, const QString &channelMessageId, int timeoutMs);

//! For failure texts.
[[nodiscard]] QByteArray compact(const QJsonValue &value);

} // namespace E2e
