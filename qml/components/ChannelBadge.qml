import QtQuick

// Where the guest wrote from, as a short word in a box ("WA", "SMS", "@", "WEB").
Rectangle {
    id: badge

    property string shortName
    property string label

    implicitWidth: Math.max(22, caption.implicitWidth + Theme.unit)
    implicitHeight: 16
    radius: 4
    color: "transparent"
    border.color: Theme.divider
    border.width: 1
    Accessible.role: Accessible.StaticText
    Accessible.name: label

    Text {
        id: caption
        anchors.centerIn: parent
        text: badge.shortName
        color: Theme.textSecondary
        font.pixelSize: 10
        font.weight: Font.DemiBold
        font.letterSpacing: 0.3
    }
}
