#include "core/apptester.h"

#include <QElapsedTimer>
#include <QPointer>
#include <memory>

namespace jack::core {

void AppTester::runTimed(QObject *owner, QObject *replyContext, Done done,
    std::function<void(const Report &report)> test)
{
    QPointer<QObject> guard(replyContext);
    QMetaObject::invokeMethod(owner, [guard, done, test]() {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        test([guard, done, timer](bool ok, const QString &message) {
            const qint64 latency = timer->elapsed();
            if (guard)
                QMetaObject::invokeMethod(
                    guard.data(), [done, ok, message, latency]() { done(ok, message, latency); });
        });
    });
}

} // namespace jack::core
