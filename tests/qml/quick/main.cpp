// Qt Quick Test runner for the dashboard's QML logic (tst_*.qml in this folder): the palette,
// the small components and the rows, each loaded from the dashboard's own static modules.
#include "dashboard.h"
#include "deskplugins.h"

#include <QObject>
#include <QQmlEngine>
#include <QtQuickTest>

class DeskQuickSetup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable() { jack::desk::prepareQuickStyle(); }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(deskquick, DeskQuickSetup)

#include "main.moc"
