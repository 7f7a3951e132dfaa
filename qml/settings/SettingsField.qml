import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Components

// One setting: its label, the input, a line of help and, in red with a sign, why the hub
// refused the value.
ColumnLayout {
    id: field

    property string label
    property string help
    property string error
    property string text
    property string placeholder
    property bool required: false
    property bool secret: false
    property bool multiline: false
    property bool readOnly: false
    property string inputName
    readonly property alias input: line
    signal edited(string text)

    spacing: Theme.half

    Text {
        Layout.fillWidth: true
        text: field.required ? qsTr("%1 (required)").arg(field.label) : field.label
        color: Theme.textSecondary
        font.pixelSize: Theme.metaSize
        font.weight: Font.DemiBold
        elide: Text.ElideRight
    }

    TextField {
        id: line
        objectName: field.multiline ? "" : field.inputName
        visible: !field.multiline
        Layout.fillWidth: true
        implicitHeight: 32
        text: field.text
        placeholderText: field.placeholder
        placeholderTextColor: Theme.textMuted
        echoMode: field.secret ? TextInput.Password : TextInput.Normal
        readOnly: field.readOnly
        font.pixelSize: Theme.bodySize
        color: Theme.text
        selectByMouse: true
        Accessible.name: field.label
        Accessible.description: field.error.length > 0 ? field.error : field.help
        background: Rectangle {
            radius: Theme.radius
            color: field.readOnly ? Theme.surfaceSunken : Theme.surface
            border.width: line.activeFocus || field.error.length > 0 ? 2 : 1
            border.color: field.error.length > 0 ? Theme.danger
                                                 : line.activeFocus ? Theme.focusRing : Theme.divider
        }
        onTextEdited: field.edited(text)
    }

    TextArea {
        id: area
        objectName: field.multiline ? field.inputName : ""
        visible: field.multiline
        Layout.fillWidth: true
        Layout.preferredHeight: 72
        text: field.text
        placeholderText: field.placeholder
        placeholderTextColor: Theme.textMuted
        readOnly: field.readOnly
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.bodySize
        color: Theme.text
        selectByMouse: true
        Accessible.name: field.label
        Accessible.description: field.error.length > 0 ? field.error : field.help
        background: Rectangle {
            radius: Theme.radius
            color: field.readOnly ? Theme.surfaceSunken : Theme.surface
            border.width: area.activeFocus || field.error.length > 0 ? 2 : 1
            border.color: field.error.length > 0 ? Theme.danger
                                                 : area.activeFocus ? Theme.focusRing : Theme.divider
        }
        onTextChanged: {
            if (activeFocus && text !== field.text)
                field.edited(text)
        }
    }

    Text {
        Layout.fillWidth: true
        visible: field.error.length > 0
        text: "\u26A0 " + field.error
        color: Theme.dangerText
        font.pixelSize: Theme.metaSize
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: field.error
    }
    Text {
        Layout.fillWidth: true
        visible: field.help.length > 0 && field.error.length === 0
        text: field.help
        color: Theme.textMuted
        font.pixelSize: Theme.metaSize
        wrapMode: Text.WordWrap
    }
}
