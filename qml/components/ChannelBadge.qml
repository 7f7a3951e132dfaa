import QtQuick

// Where the guest wrote from, as a short word in a box ("WA", "SMS", "@", "WEB", "TG").
Rectangle {
    id: badge

    property string shortName
    property string label
    property bool compact: false

    implicitWidth: Math.max(compact ? 18 : 22, caption.implicitWidth + (compact ? Theme.half + 2 : Theme.unit))
    implicitHeight: compact ? 13 : 16
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
        font.pixelSize: badge.compact ? 8 : 10
        font.weight: Font.DemiBold
        font.letterSpacing: 0.3
    }
}
