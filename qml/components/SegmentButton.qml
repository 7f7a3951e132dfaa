import QtQuick
import QtQuick.Controls.Basic

// One tab of a filter row: a word and, where it helps, a count.
AbstractButton {
    id: control

    property int count: -1
    property string tone: "neutral"
    readonly property bool loud: tone === "attention" && count > 0

    checkable: true
    autoExclusive: true
    hoverEnabled: true
    implicitHeight: 28
    implicitWidth: contentItem.implicitWidth + Theme.unit + 2
    font.pixelSize: Theme.bodySize
    Accessible.name: count >= 0 ? qsTr("%1, %2").arg(text).arg(count) : text

    TextMetrics {
        id: countMetrics
        text: control.count
        font.pixelSize: 10
        font.weight: Font.DemiBold
    }

    contentItem: Row {
        spacing: 6
        leftPadding: Theme.unit + 2

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
            width: Math.max(16, countMetrics.advanceWidth + 8)
            radius: 8
            color: control.loud ? Theme.attentionStrong : control.checked ? Theme.accent : Theme.neutralSoft
            Text {
                anchors.centerIn: parent
                text: control.count
                color: control.loud ? Theme.textOnAttention : control.checked ? Theme.textOnAccent : Theme.textSecondary
                font.pixelSize: 10
                font.weight: Font.DemiBold
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
