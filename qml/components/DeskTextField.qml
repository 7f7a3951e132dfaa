import QtQuick
import QtQuick.Controls.Basic

// A one-line field that matches the desk: sunken, thin border, visible focus; with `search`
// it shows the magnifier and Esc clears it.
TextField {
    id: field

    property bool search: false

    implicitHeight: 32
    leftPadding: search ? Theme.unit + 20 : Theme.unit + Theme.half
    rightPadding: Theme.unit
    placeholderTextColor: Theme.textMuted
    color: Theme.text
    font.pixelSize: Theme.bodySize
    selectByMouse: true
    selectedTextColor: Theme.textOnAccent
    selectionColor: Theme.accent
    Accessible.name: placeholderText
    background: Rectangle {
        radius: Theme.radius
        color: field.enabled ? Theme.surfaceSunken : Theme.neutralSoft
        border.width: field.activeFocus ? 2 : 1
        border.color: field.activeFocus ? Theme.focusRing : Theme.divider
        SearchGlyph {
            visible: field.search
            x: Theme.unit + 2
            anchors.verticalCenter: parent.verticalCenter
        }
    }
    Keys.onEscapePressed: function (event) {
        if (field.search && field.text.length > 0) {
            field.clear()
            field.textEdited()
            event.accepted = true
        } else {
            event.accepted = false
        }
    }
}
