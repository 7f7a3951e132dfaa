import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Components

// A selectable card with a title and a sentence (the AI choices).
AbstractButton {
    id: card

    property string title
    property string body
    property string badge

    checkable: true
    autoExclusive: true
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    implicitHeight: content.implicitHeight + 2 * Theme.unit + Theme.half
    Accessible.role: Accessible.RadioButton
    Accessible.name: title
    Accessible.description: body

    background: Rectangle {
        radius: Theme.radius + 2
        color: card.checked ? Theme.accentSoft : card.hovered ? Theme.hover : Theme.surface
        border.width: card.checked || card.visualFocus ? 2 : 1
        border.color: card.checked || card.visualFocus ? Theme.accent : Theme.divider
    }
    contentItem: Item {
        implicitHeight: content.implicitHeight
        RowLayout {
            id: content
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.leftMargin: 1.5 * Theme.unit
            anchors.rightMargin: 1.5 * Theme.unit
            anchors.verticalCenter: parent.verticalCenter
            spacing: 1.5 * Theme.unit

            Rectangle {
                implicitWidth: 18
                implicitHeight: 18
                radius: 9
                color: Theme.surface
                border.width: 2
                border.color: card.checked ? Theme.accent : Theme.textMuted
                Rectangle {
                    anchors.centerIn: parent
                    width: 8
                    height: 8
                    radius: 4
                    color: Theme.accent
                    visible: card.checked
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                RowLayout {
                    spacing: Theme.unit
                    Text {
                        text: card.title
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        font.weight: Font.DemiBold
                    }
                    Chip {
                        visible: card.badge.length > 0
                        text: card.badge
                        tone: "success"
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: card.body
                    color: Theme.textSecondary
                    font.pixelSize: Theme.metaSize
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
