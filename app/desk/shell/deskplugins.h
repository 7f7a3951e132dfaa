#pragma once
// The dashboard's static QML modules. Include in exactly one file of every executable that
// loads the dashboard (jack-desk and the QML tests): static plugins register only when imported.
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(JackDeskPlugin)
Q_IMPORT_QML_PLUGIN(JackComponentsPlugin)
Q_IMPORT_QML_PLUGIN(JackInboxPlugin)
Q_IMPORT_QML_PLUGIN(JackConversationPlugin)
Q_IMPORT_QML_PLUGIN(JackTasksPlugin)
Q_IMPORT_QML_PLUGIN(JackSettingsPlugin)
Q_IMPORT_QML_PLUGIN(JackSetupPlugin)
Q_IMPORT_QML_PLUGIN(JackHealthPlugin)
Q_IMPORT_QML_PLUGIN(JackGuestsPlugin)
Q_IMPORT_QML_PLUGIN(JackKnowledgePlugin)
Q_IMPORT_QML_PLUGIN(JackAppPlugin)
