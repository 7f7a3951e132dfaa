import QtQuick
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// A short message when something the clerk asked for did not work; it fades after a while.
Rectangle {
    id: bar

    visible: Desk.notice.length > 0
    width: Math.min(560, row.implicitWidth + 4 * Theme.unit)
    height: 40
    radius: Theme.radius + 2
    color: Theme.text
    Accessible.role: Accessible.AlertMessage
    Accessible.name: Desk.notice

    Timer {
        running: bar.visible
        interval: 6000
        onTriggered: Desk.clearNotice()
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 2 * Theme.unit
        anchors.rightMargin: Theme.unit
        spacing: Theme.unit
        Text {
            Layout.fillWidth: true
            text: Desk.notice
            elide: Text.ElideRight
            color: Theme.surface
            font.pixelSize: Theme.bodySize
        }
        DeskButton {
            text: qsTr("Dismiss")
            compact: true
            // A light button on the dark bar (a dark one on the light bar of the dark theme):
            // the accent-coloured quiet button had too little contrast here.
            variant: "secondary"
            onClicked: Desk.clearNotice()
        }
    }
}
