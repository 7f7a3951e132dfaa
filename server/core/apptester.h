#pragma once
#include <QObject>
#include <QString>
#include <functional>

namespace jack::core {

//! Runs an app's "test connection" (a real, minimal call to its provider with the saved
//! settings) in the thread of the service that owns the app. `done` is called in the thread of
//! `replyContext`.
class AppTester {
public:
    using Done = std::function<void(bool ok, const QString &message, qint64 latencyMs)>;
    virtual ~AppTester() = default;
    //! False when no service knows `appId` (done is then not called).
    virtual bool testApp(const QString &appId, QObject *replyContext, Done done) = 0;

    //! How a result is reported from the owning service's thread.
    using Report = std::function<void(bool ok, const QString &message)>;
    //! Runs `test` in `owner`'s thread and hands its report, with the time it took, to `done`
    //! in `replyContext`'s thread (unless that object is gone by then).
    static void runTimed(QObject *owner, QObject *replyContext, Done done,
        std::function<void(const Report &report)> test);
};

} // namespace jack::core
