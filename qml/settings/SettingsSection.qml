import QtQuick
import QtQuick.Controls.Basic
import Jack.Components

// An entry of the settings side list.
AbstractButton {
    id: control

    property string detail

    implicitHeight: 48
    hoverEnabled: true
    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.description: detail

    background: Rectangle {
        radius: Theme.radius
        color: control.checked ? Theme.selected : control.hovered ? Theme.hover : "transparent"
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.focusRing
        Rectangle {
            visible: control.checked
            width: 3
            height: parent.height - 2 * Theme.unit
            radius: 2
            anchors.verticalCenter: parent.verticalCenter
            color: Theme.accent
        }
    }
    contentItem: Column {
        leftPadding: Theme.unit + Theme.half
        topPadding: Theme.half + 2
        spacing: 1
        Text {
            text: control.text
            color: control.checked ? Theme.accent : Theme.text
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
        }
        Text {
            width: control.width - 2 * Theme.unit
            text: control.detail
            color: Theme.textMuted
            font.pixelSize: Theme.metaSize
            elide: Text.ElideRight
        }
    }
}
