import QtQuick
import QtQuick.Layouts
import Jack.Components

// One step in the wizard's progress row: a number (or ✓ once done) and its name.
RowLayout {
    id: marker

    property int number
    property string title
    property bool current: false
    property bool done: false

    spacing: Theme.unit
    Accessible.role: Accessible.StaticText
    Accessible.name: done ? qsTr("Step %1, %2, done").arg(number).arg(title)
                          : current ? qsTr("Step %1, %2, current").arg(number).arg(title)
                                    : qsTr("Step %1, %2").arg(number).arg(title)

    Rectangle {
        implicitWidth: 24
        implicitHeight: 24
        radius: 12
        color: marker.current ? Theme.accent : marker.done ? Theme.successSoft : Theme.neutralSoft
        Text {
            anchors.centerIn: parent
            text: marker.done ? "\u2713" : marker.number
            color: marker.current ? Theme.textOnAccent : marker.done ? Theme.successText : Theme.textSecondary
            font.pixelSize: Theme.metaSize
            font.weight: Font.Bold
        }
    }
    Text {
        text: marker.title
        color: marker.current ? Theme.text : Theme.textSecondary
        font.pixelSize: Theme.bodySize
        font.weight: marker.current ? Font.DemiBold : Font.Normal
    }
}
