import QtQuick

// A round badge with a guest's or clerk's initials.
Rectangle {
    id: avatar

    property string name
    property string initials
    property int size: 32

    implicitWidth: size
    implicitHeight: size
    width: size
    height: size
    radius: size / 2
    color: Theme.avatarColor(name)
    Accessible.ignored: true

    Text {
        anchors.centerIn: parent
        text: avatar.initials
        color: "#ffffff"
        font.pixelSize: Math.round(avatar.size * 0.38)
        font.weight: Font.DemiBold
    }
}
