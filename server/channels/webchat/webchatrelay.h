#pragma once
#include <QJsonObject>
#include <QString>

namespace jack::channels {

//! Carries web chat replies from the channels thread to the guests' open sockets, which live
//! in the gateway thread. The gateway's guest socket hub implements it and attaches itself
//! under its hub's write queue, the one object both threads of a hub share.
class WebchatRelay {
public:
    virtual ~WebchatRelay() = default;

    //! Thread-safe: queues `message` (guest-facing shape) to every open socket of the
    //! conversation; a guest who is not on the chat finds it in the history on return.
    virtual void push(const QString &conversationId, const QJsonObject &message) = 0;

    static void attach(const void *hub, WebchatRelay *relay);
    //! After this returns no push reaches `relay` any more.
    static void detach(const void *hub, WebchatRelay *relay);
    //! False when no relay is attached for `hub` (the gateway is not serving the chat).
    static bool pushTo(const void *hub, const QString &conversationId, const QJsonObject &message);
    //! Where the hub serves the widget ("http://127.0.0.1:3000"), as the gateway bound it.
    static void setBaseUrl(const void *hub, const QString &url);
    [[nodiscard]] static QString baseUrl(const void *hub);
};

} // namespace jack::channels
