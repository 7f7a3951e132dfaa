import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Components

// One labelled text box of the wizard; turns red when the hub named its field.
ColumnLayout {
    id: field

    property alias label: caption.text
    property alias text: box.text
    property alias placeholderText: box.placeholderText
    property alias echoMode: box.echoMode
    property alias inputMethodHints: box.inputMethodHints
    property alias input: box
    property string hint
    property bool invalid: false
    signal accepted()

    spacing: Theme.half

    Text {
        id: caption
        color: Theme.textSecondary
        font.pixelSize: Theme.metaSize
        font.weight: Font.DemiBold
    }
    TextField {
        id: box
        Layout.fillWidth: true
        implicitHeight: 36
        font.pixelSize: Theme.bodySize
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        selectByMouse: true
        Accessible.name: field.label
        Accessible.description: field.hint
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surfaceSunken
            border.width: box.activeFocus || field.invalid ? 2 : 1
            border.color: field.invalid ? Theme.danger
                                        : box.activeFocus ? Theme.focusRing : Theme.divider
        }
        onAccepted: field.accepted()
    }
    Text {
        Layout.fillWidth: true
        visible: field.hint.length > 0
        text: field.hint
        color: Theme.textMuted
        font.pixelSize: Theme.metaSize
        wrapMode: Text.WordWrap
    }
}
