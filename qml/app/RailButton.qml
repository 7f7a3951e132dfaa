import QtQuick
import QtQuick.Controls.Basic
import Jack.Components

// A destination on the rail: a glyph, its name under it, and a count badge.
AbstractButton {
    id: control

    property string glyph
    property int badge: 0
    property string badgeTone: "accent"
    readonly property string badgeText: badge > 99 ? "99+" : String(badge)

    implicitWidth: 60
    implicitHeight: 56
    hoverEnabled: true
    Accessible.role: Accessible.PageTab
    Accessible.name: badge > 0 ? qsTr("%1 (%2)").arg(text).arg(badge) : text

    TextMetrics {
        id: badgeMetrics
        text: control.badgeText
        font.pixelSize: 10
        font.weight: Font.Bold
    }

    background: Rectangle {
        radius: 10
        color: control.checked ? Theme.railSelected : control.hovered ? Theme.railHover : "transparent"
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.railTextSelected
        Rectangle {
            visible: control.checked
            // On the window's edge: the left, or the right when the desk is mirrored.
            x: control.mirrored ? parent.width + 3 : -6
            width: 3
            height: 24
            radius: 2
            anchors.verticalCenter: parent.verticalCenter
            color: Theme.accent
        }
    }

    contentItem: Item {
        Column {
            anchors.horizontalCenter: parent.horizontalCenter
            y: 8
            spacing: 1
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: control.glyph
                color: control.checked ? Theme.railTextSelected : Theme.railText
                font.pixelSize: 20
            }
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: control.text
                color: control.checked ? Theme.railTextSelected : Theme.railText
                font.pixelSize: Theme.metaSize
                font.weight: control.checked ? Font.DemiBold : Font.Normal
            }
        }
        Rectangle {
            visible: control.badge > 0
            x: control.mirrored ? parent.width / 2 - 4 - width : parent.width / 2 + 4
            y: 3
            height: 18
            width: Math.max(18, badgeMetrics.advanceWidth + 10)
            radius: 9
            color: control.badgeTone === "attention" ? Theme.attentionStrong : Theme.accent
            border.width: 2
            border.color: Theme.rail
            Text {
                anchors.centerIn: parent
                text: control.badgeText
                color: control.badgeTone === "attention" ? Theme.textOnAttention : Theme.textOnAccent
                font.pixelSize: 10
                font.weight: Font.Bold
            }
        }
    }
}
