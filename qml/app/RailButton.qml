import QtQuick
import QtQuick.Controls.Basic
import Jack.Components

// A destination on the rail: a glyph, its name under it, and a count badge.
AbstractButton {
    id: control

    property string glyph
    property int badge: 0
    property string badgeTone: "accent"

    implicitWidth: 60
    implicitHeight: 56
    hoverEnabled: true
    checkable: false
    Accessible.role: Accessible.PageTab
    Accessible.name: badge > 0 ? qsTr("%1 (%2)").arg(text).arg(badge) : text

    background: Rectangle {
        radius: 10
        color: control.checked ? Theme.railSelected : control.hovered ? Theme.railHover : "transparent"
        border.width: control.visualFocus ? 2 : 0
        border.color: "#ffffff"
        Rectangle {
            visible: control.checked
            x: -6
            width: 3
            height: 24
            radius: 2
            anchors.verticalCenter: parent.verticalCenter
            color: Theme.accent
        }
    }

    contentItem: Item {
        Text {
            id: icon
            anchors.horizontalCenter: parent.horizontalCenter
            y: 8
            text: control.glyph
            color: control.checked ? Theme.railTextSelected : Theme.railText
            font.pixelSize: 20
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.top: icon.bottom
            anchors.topMargin: 1
            text: control.text
            color: control.checked ? Theme.railTextSelected : Theme.railText
            font.pixelSize: Theme.metaSize
            font.weight: control.checked ? Font.DemiBold : Font.Normal
        }
        Rectangle {
            visible: control.badge > 0
            x: parent.width / 2 + 4
            y: 3
            height: 18
            width: Math.max(18, badgeText.implicitWidth + 10)
            radius: 9
            color: control.badgeTone === "attention" ? Theme.attentionStrong : Theme.accent
            border.width: 2
            border.color: Theme.rail
            Text {
                id: badgeText
                anchors.centerIn: parent
                text: control.badge > 99 ? "99+" : control.badge
                color: control.badgeTone === "attention" ? Theme.text : "#ffffff"
                font.pixelSize: 10
                font.weight: Font.Bold
            }
        }
    }
}
