#pragma once
#include <QObject>
#include <QString>
#include <functional>

namespace jack::core {

//! Translates a staff member's reply for the guest with the hotel's language model, in the
//! AI thread. `done` is called exactly once, in the thread of `replyContext`.
class Translator {
public:
    using Done = std::function<void(bool ok, const QString &text, const QString &error)>;
    virtual ~Translator() = default;
    virtual void translate(const QString &text, const QString &from, const QString &to,
        QObject *replyContext, Done done)
        = 0;
};

} // namespace jack::core
