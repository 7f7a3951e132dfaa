import QtQuick
import QtQuick.Controls.Basic

// One tab of a filter row: a word and, where it helps, a count.
AbstractButton {
    id: control

    property int count: -1
    property string tone: "neutral"

    checkable: true
    autoExclusive: true
    hoverEnabled: true
    implicitHeight: 28
    implicitWidth: row.implicitWidth + 2 * Theme.unit + 4
    font.pixelSize: Theme.bodySize
    Accessible.name: count >= 0 ? qsTr("%1, %2").arg(text).arg(count) : text

    contentItem: Item {
        Row {
            id: row
            anchors.centerIn: parent
            spacing: 6

            Text {
                text: control.text
                color: control.checked ? Theme.accent : Theme.textSecondary
                font.pixelSize: control.font.pixelSize
                font.weight: control.checked ? Font.DemiBold : Font.Normal
                anchors.verticalCenter: parent.verticalCenter
            }
            Rectangle {
                visible: control.count >= 0
                anchors.verticalCenter: parent.verticalCenter
                height: 16
                width: Math.max(16, countText.implicitWidth + 8)
                radius: 8
                color: control.tone === "attention" && control.count > 0 ? Theme.attentionStrong
                       : control.checked ? Theme.accent : Theme.neutralSoft
                Text {
                    id: countText
                    anchors.centerIn: parent
                    text: control.count
                    color: (control.tone === "attention" && control.count > 0) ? Theme.text
                           : control.checked ? Theme.textOnAccent : Theme.textSecondary
                    font.pixelSize: 10
                    font.weight: Font.DemiBold
                }
            }
        }
    }

    background: Rectangle {
        radius: 14
        color: control.checked ? Theme.accentSoft : control.hovered ? Theme.hover : "transparent"
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.focusRing
    }
}
