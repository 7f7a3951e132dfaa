import QtQuick

// Jack's little robot mark, drawn rather than taken from a font so every PC shows it.
Item {
    id: mark

    property color color: Theme.jackLabel
    property int size: 12
    property color eyeColor: Theme.surface

    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true

    Rectangle { // antenna
        width: Math.max(1, mark.size / 10)
        height: mark.size * 0.22
        color: mark.color
        anchors.horizontalCenter: parent.horizontalCenter
        y: 0
    }
    Rectangle { // head
        y: mark.size * 0.2
        width: mark.size
        height: mark.size * 0.8
        radius: mark.size * 0.22
        color: mark.color

        Row {
            anchors.centerIn: parent
            spacing: mark.size * 0.2
            Rectangle { // eyes
                width: mark.size * 0.2
                height: width
                radius: width / 2
                color: mark.eyeColor
            }
            Rectangle {
                width: mark.size * 0.2
                height: width
                radius: width / 2
                color: mark.eyeColor
            }
        }
    }
}
