import QtQuick
import Jack.Desk
import Jack.Components

// A thin line while the live feed is down; the desk keeps showing what it has.
Rectangle {
    id: banner

    objectName: "connectionBanner"
    visible: Desk.feed.reconnecting
    implicitHeight: visible ? 28 : 0
    color: Theme.attentionSoft
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.attentionStrong
    }
    Text {
        id: label
        anchors.centerIn: parent
        text: qsTr("Reconnecting… You can keep working; new messages appear as soon as Jack is back.")
        color: Theme.attentionText
        font.pixelSize: Theme.metaSize
        font.weight: Font.DemiBold
    }
}
