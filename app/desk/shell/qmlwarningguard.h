#pragma once
#include <QStringList>

namespace jack::desk {

//! Counts the QML and JavaScript warnings of the process (binding errors, failed loads,
//! undefined properties) while it lives; every message still reaches the previous handler.
//! The self-test and the QML smoke test fail when the count is not zero.
class QmlWarningGuard {
public:
    QmlWarningGuard();
    ~QmlWarningGuard();
    QmlWarningGuard(const QmlWarningGuard &) = delete;
    QmlWarningGuard &operator=(const QmlWarningGuard &) = delete;

    [[nodiscard]] static int count();
    [[nodiscard]] static QStringList warnings();
    static void reset();
};

} // namespace jack::desk
