import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// One guest in the directory: name, room, stay dates and where the stay stands.
ItemDelegate {
    id: row

    property bool selected: false
    property bool keyboardCurrent: false

    implicitHeight: 64
    padding: 0
    hoverEnabled: true
    Accessible.name: model.roomNumber.length > 0
                     ? qsTr("%1, room %2, %3").arg(model.name).arg(model.roomNumber).arg(model.statusLabel)
                     : model.name

    background: Rectangle {
        color: row.selected ? Theme.selected : row.hovered ? Theme.hover : Theme.surface
        border.width: row.keyboardCurrent ? 2 : 0
        border.color: Theme.focusRing
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    contentItem: RowLayout {
        spacing: Theme.unit + Theme.half

        Avatar {
            Layout.leftMargin: 2 * Theme.unit
            name: model.name
            initials: model.initials
            size: 36
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.half + 2
                Text {
                    Layout.fillWidth: true
                    text: model.name
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.weight: Font.DemiBold
                }
                Chip {
                    visible: model.vip
                    text: qsTr("VIP")
                    tone: "attention"
                }
            }
            Text {
                Layout.fillWidth: true
                text: model.stayText.length > 0
                      ? (model.roomType.length > 0 ? qsTr("%1 · %2").arg(model.stayText).arg(model.roomType) : model.stayText)
                      : (model.contact.length > 0 ? model.contact : qsTr("No stay on record"))
                elide: Text.ElideRight
                color: Theme.textSecondary
                font.pixelSize: Theme.metaSize
            }
        }

        ColumnLayout {
            Layout.rightMargin: 2 * Theme.unit
            spacing: 2
            Text {
                Layout.alignment: Qt.AlignRight
                visible: model.roomNumber.length > 0
                text: qsTr("Room %1").arg(model.roomNumber)
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
            Chip {
                Layout.alignment: Qt.AlignRight
                visible: model.status.length > 0
                text: model.statusLabel
                tone: model.statusTone
            }
        }
    }
}
