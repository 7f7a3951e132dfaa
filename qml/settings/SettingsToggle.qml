import QtQuick
import QtQuick.Controls.Basic
import Jack.Components

// An on/off switch in the desk's colours, with its words beside it ("On" / "Off").
AbstractButton {
    id: control

    property string onText: qsTr("On")
    property string offText: qsTr("Off")

    checkable: true
    hoverEnabled: true
    implicitHeight: 28
    implicitWidth: track.width + Theme.unit + caption.implicitWidth
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checked: checked

    contentItem: Item {
        Rectangle {
            id: track
            width: 40
            height: 22
            radius: 11
            anchors.verticalCenter: parent.verticalCenter
            color: !control.enabled ? Theme.neutralSoft : control.checked ? Theme.success : Theme.divider
            border.width: control.visualFocus ? 2 : 0
            border.color: Theme.focusRing
            Rectangle {
                width: 18
                height: 18
                radius: 9
                y: 2
                x: control.checked ? parent.width - width - 2 : 2
                color: Theme.surface
            }
        }
        Text {
            id: caption
            anchors.left: track.right
            anchors.leftMargin: Theme.unit
            anchors.verticalCenter: parent.verticalCenter
            text: control.checked ? control.onText : control.offText
            color: control.enabled ? Theme.text : Theme.textMuted
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
        }
    }
    background: Item {}
}
