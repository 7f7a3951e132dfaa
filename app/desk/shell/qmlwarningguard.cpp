#include "qmlwarningguard.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtGlobal>
#include <cstdio>

namespace jack::desk {

namespace {
QMutex s_mutex;
QStringList s_warnings;
QtMessageHandler s_previous = nullptr;

bool isQmlMessage(const QMessageLogContext &context, const QString &message)
{
    const QLatin1String category(context.category ? context.category : "");
    if (category == QLatin1String("qml") || category == QLatin1String("js")
        || category.startsWith(QLatin1String("qt.qml"))
        || category.startsWith(QLatin1String("qt.quick")))
        return true;
    const QLatin1String file(context.file ? context.file : "");
    if (file.endsWith(QLatin1String(".qml")) || file.endsWith(QLatin1String(".js")))
        return true;
    return message.contains(QLatin1String(".qml:"))
        || message.contains(QLatin1String("qrc:/qt/qml"))
        || message.contains(QLatin1String("QQmlApplicationEngine"))
        || message.contains(QLatin1String("QQmlComponent"));
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && isQmlMessage(context, message)) {
        QMutexLocker lock(&s_mutex);
        s_warnings.append(message);
    }
    if (s_previous) {
        s_previous(type, context, message);
    } else {
        const QString line = qFormatLogMessage(type, context, message);
        fprintf(stderr, "%s\n", qPrintable(line));
        fflush(stderr);
    }
}
} // namespace

QmlWarningGuard::QmlWarningGuard()
{
    s_previous = qInstallMessageHandler(handler);
}

QmlWarningGuard::~QmlWarningGuard()
{
    qInstallMessageHandler(s_previous);
    s_previous = nullptr;
}

int QmlWarningGuard::count()
{
    QMutexLocker lock(&s_mutex);
    return int(s_warnings.size());
}

QStringList QmlWarningGuard::warnings()
{
    QMutexLocker lock(&s_mutex);
    return s_warnings;
}

void QmlWarningGuard::reset()
{
    QMutexLocker lock(&s_mutex);
    s_warnings.clear();
}

} // namespace jack::desk
