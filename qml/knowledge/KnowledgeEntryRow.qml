import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Components

// One entry in the list: its title and the start of what Jack may say.
ItemDelegate {
    id: row

    property bool selected: false
    property bool keyboardCurrent: false

    implicitHeight: 52
    padding: 0
    hoverEnabled: true
    Accessible.name: model.title

    background: Rectangle {
        color: row.selected ? Theme.selected : row.hovered ? Theme.hover : Theme.surface
        border.width: row.keyboardCurrent ? 2 : 0
        border.color: Theme.focusRing
    }

    contentItem: Item {
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.leftMargin: 2 * Theme.unit
            anchors.rightMargin: 2 * Theme.unit
            anchors.verticalCenter: parent.verticalCenter
            spacing: 2
            Text {
                Layout.fillWidth: true
                text: model.title
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
            Text {
                Layout.fillWidth: true
                text: model.content.replace(/\s+/g, " ")
                elide: Text.ElideRight
                maximumLineCount: 1
                color: Theme.textSecondary
                font.pixelSize: Theme.metaSize
            }
        }
    }
}
