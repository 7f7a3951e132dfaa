import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// The settings of one app: on/off, its fields as its schema describes them, Save, and a test
// of the saved settings against the provider.
Rectangle {
    id: panel

    objectName: "appConfigPanel"
    property AppCatalogModel catalog
    property string appId
    property bool canEdit: false
    property bool canTest: false
    readonly property alias form: appForm

    color: Theme.surface

    AppConfigForm {
        id: appForm
        api: Desk.api
        catalog: panel.catalog
        appId: panel.appId
    }

    EmptyState {
        anchors.fill: parent
        visible: panel.appId.length === 0
        glyph: "\u2699"
        title: qsTr("Choose an app")
        body: panel.canEdit ? qsTr("Pick a channel, an AI provider or a hotel system on the left to set it up and test it.")
                            : qsTr("Pick an app on the left to see how it is set up.")
    }

    ColumnLayout {
        anchors.fill: parent
        visible: panel.appId.length > 0
        spacing: 0

        // Name, on/off and the connection test.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: 3 * Theme.unit
            Layout.bottomMargin: 2 * Theme.unit
            spacing: Theme.unit

            RowLayout {
                Layout.fillWidth: true
                spacing: 2 * Theme.unit
                Text {
                    Layout.fillWidth: true
                    text: appForm.name
                    color: Theme.text
                    font.pixelSize: Theme.headingSize
                    font.weight: Font.Bold
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                SettingsToggle {
                    objectName: "appEnabled"
                    visible: !appForm.builtIn
                    enabled: panel.canEdit && !appForm.busy
                    text: qsTr("Use %1").arg(appForm.name)
                    checked: appForm.enabled
                    onToggled: appForm.enabled = checked
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: panel.canTest
                spacing: Theme.unit
                DeskButton {
                    objectName: "testConnection"
                    text: appForm.testing ? qsTr("Testing…") : qsTr("Test connection")
                    glyph: "\u21C4"
                    enabled: !appForm.testing
                    onClicked: appForm.test()
                }
                Text {
                    Layout.fillWidth: true
                    visible: appForm.dirty && appForm.testResult.message === undefined
                    text: qsTr("The test uses the saved settings: save your changes first.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.metaSize
                    wrapMode: Text.WordWrap
                }
            }
            Rectangle {
                objectName: "testResult"
                Layout.fillWidth: true
                visible: appForm.testResult.message !== undefined
                implicitHeight: resultText.implicitHeight + 2 * Theme.unit
                radius: Theme.radius
                color: appForm.testResult.ok ? Theme.successSoft : Theme.dangerSoft
                Accessible.role: Accessible.AlertMessage
                Accessible.name: resultText.text
                Text {
                    id: resultText
                    objectName: "testResultText"
                    anchors.fill: parent
                    anchors.margins: Theme.unit
                    verticalAlignment: Text.AlignVCenter
                    text: appForm.testResult.message === undefined ? ""
                          : appForm.testResult.ok
                            ? (appForm.testResult.latencyMs > 0
                               ? qsTr("\u2713 Connected in %1 ms. %2").arg(appForm.testResult.latencyMs).arg(appForm.testResult.message)
                               : qsTr("\u2713 %1").arg(appForm.testResult.message))
                            : qsTr("\u2717 Not working: %1").arg(appForm.testResult.message)
                    color: appForm.testResult.ok ? Theme.successText : Theme.dangerText
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.WordWrap
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: Theme.divider
        }

        ScrollView {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: availableWidth

            ColumnLayout {
                width: scroller.availableWidth
                spacing: 2 * Theme.unit

                Item { Layout.preferredHeight: Theme.unit }

                Text {
                    Layout.fillWidth: true
                    Layout.leftMargin: 3 * Theme.unit
                    Layout.rightMargin: 3 * Theme.unit
                    visible: appForm.fields.length === 0
                    text: appForm.builtIn ? qsTr("Jack's built-in engine needs no settings. It answers guests whenever no other AI provider is switched on.")
                                       : qsTr("This app has no settings.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.WordWrap
                }

                Repeater {
                    model: appForm.fields
                    delegate: Loader {
                        id: fieldLoader
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.leftMargin: 3 * Theme.unit
                        Layout.rightMargin: 3 * Theme.unit
                        sourceComponent: modelData.type === "select" ? selectField
                                       : modelData.type === "boolean" ? booleanField : textField

                        Component {
                            id: textField
                            SettingsField {
                                inputName: "appField_" + fieldLoader.modelData.key
                                label: fieldLoader.modelData.label
                                required: fieldLoader.modelData.required
                                secret: fieldLoader.modelData.secret
                                multiline: fieldLoader.modelData.type === "text"
                                help: fieldLoader.modelData.help
                                placeholder: fieldLoader.modelData.placeholder
                                text: appForm.values[fieldLoader.modelData.key] || ""
                                error: appForm.errors[fieldLoader.modelData.key] || ""
                                readOnly: !panel.canEdit
                                onEdited: text => appForm.setValue(fieldLoader.modelData.key, text)
                            }
                        }
                        Component {
                            id: selectField
                            ColumnLayout {
                                spacing: Theme.half
                                Text {
                                    text: fieldLoader.modelData.label
                                    color: Theme.textSecondary
                                    font.pixelSize: Theme.metaSize
                                    font.weight: Font.DemiBold
                                }
                                DeskComboBox {
                                    objectName: "appField_" + fieldLoader.modelData.key
                                    Layout.fillWidth: true
                                    enabled: panel.canEdit
                                    model: fieldLoader.modelData.options
                                    currentIndex: Math.max(0, fieldLoader.modelData.options.indexOf(
                                        appForm.values[fieldLoader.modelData.key] || fieldLoader.modelData["default"] || ""))
                                    Accessible.name: fieldLoader.modelData.label
                                    onActivated: index => appForm.setValue(fieldLoader.modelData.key, fieldLoader.modelData.options[index])
                                }
                                Text {
                                    Layout.fillWidth: true
                                    visible: text.length > 0
                                    text: appForm.errors[fieldLoader.modelData.key] || fieldLoader.modelData.help
                                    color: appForm.errors[fieldLoader.modelData.key] ? Theme.dangerText : Theme.textMuted
                                    font.pixelSize: Theme.metaSize
                                    wrapMode: Text.WordWrap
                                }
                            }
                        }
                        Component {
                            id: booleanField
                            SettingsToggle {
                                objectName: "appField_" + fieldLoader.modelData.key
                                enabled: panel.canEdit
                                text: fieldLoader.modelData.label
                                onText: fieldLoader.modelData.label
                                offText: fieldLoader.modelData.label
                                checked: (appForm.values[fieldLoader.modelData.key] || fieldLoader.modelData["default"] || "") === "true"
                                onToggled: appForm.setValue(fieldLoader.modelData.key, checked)
                            }
                        }
                    }
                }

                Item { Layout.preferredHeight: Theme.unit }
            }
        }

        // Save, and what happened.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: Theme.divider
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 2 * Theme.unit
            Layout.leftMargin: 3 * Theme.unit
            Layout.rightMargin: 3 * Theme.unit
            spacing: 2 * Theme.unit

            Text {
                Layout.fillWidth: true
                text: appForm.error.length > 0 ? "\u26A0 " + appForm.error
                      : appForm.savedMessage.length > 0 ? "\u2713 " + appForm.savedMessage
                      : !panel.canEdit ? qsTr("Only an admin can change these settings.")
                      : appForm.dirty ? qsTr("You have changes that are not saved yet.")
                      : qsTr("Secret values are never shown again; leave them empty to keep them.")
                color: appForm.error.length > 0 ? Theme.dangerText
                       : appForm.savedMessage.length > 0 ? Theme.successText : Theme.textMuted
                font.pixelSize: Theme.metaSize
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            DeskButton {
                objectName: "appSave"
                visible: panel.canEdit && !appForm.builtIn
                variant: "primary"
                text: appForm.busy ? qsTr("Saving…") : qsTr("Save")
                enabled: appForm.dirty && !appForm.busy
                onClicked: appForm.save()
            }
        }
    }
}
