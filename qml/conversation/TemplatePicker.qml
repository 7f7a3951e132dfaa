import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// Outside WhatsApp's 24-hour window only an approved template reaches the guest: pick one,
// fill in its variables, send.
ColumnLayout {
    id: picker

    readonly property var templates: Desk.whatsAppTemplates
    readonly property var current: templates.length > 0 && choice.currentIndex >= 0
                                   ? templates[choice.currentIndex] : null
    readonly property int variableCount: current ? current.variables : 0

    function values() {
        const list = []
        for (let i = 0; i < fields.count; ++i)
            list.push(fields.itemAt(i).text)
        return list
    }

    spacing: Theme.half + 2

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.unit
        DeskComboBox {
            id: choice
            objectName: "templateChoice"
            Layout.fillWidth: true
            model: picker.templates
            displayText: picker.current ? qsTr("%1 (%2)").arg(picker.current.name).arg(picker.current.language)
                                        : qsTr("Choose a template")
            textRole: "name"
            Accessible.name: qsTr("Approved template")
        }
        DeskButton {
            objectName: "sendTemplateButton"
            text: qsTr("Send template")
            variant: "primary"
            enabled: picker.current !== null && picker.values().every(v => v.trim().length > 0)
            onClicked: {
                if (Desk.sendTemplate(picker.current.name, picker.current.language, picker.values())) {
                    for (let i = 0; i < fields.count; ++i)
                        fields.itemAt(i).clear()
                }
            }
        }
    }
    // A Column, not the layout, holds the Repeater: removing its items from a layout can crash 6.4.
    Column {
        Layout.fillWidth: true
        spacing: Theme.half
        visible: picker.variableCount > 0
        Repeater {
            id: fields
            model: picker.variableCount
            delegate: TextField {
                required property int index
                width: parent.width
                placeholderText: qsTr("Value for {{%1}}").arg(index + 1)
                font.pixelSize: Theme.bodySize
                selectByMouse: true
                Accessible.name: qsTr("Template value %1").arg(index + 1)
            }
        }
    }
}
