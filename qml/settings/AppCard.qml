import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Components

// One app on the apps page: its name, whether it is on, what its service last said, and
// what to do next.
AbstractButton {
    id: card

    required property string appId
    required property string name
    required property string statusLabel
    required property string statusTone
    required property string healthText
    required property string healthTone
    required property string summary
    property bool selected: false

    objectName: "appCard_" + appId
    hoverEnabled: true
    implicitHeight: column.implicitHeight + 3 * Theme.unit
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1, %2").arg(name).arg(statusLabel)
    Accessible.description: healthText.length > 0 ? healthText : summary

    background: Rectangle {
        radius: Theme.radius
        color: card.selected ? Theme.selected : card.hovered ? Theme.hover : Theme.surface
        border.width: card.visualFocus || card.selected ? 2 : 1
        border.color: card.visualFocus || card.selected ? Theme.focusRing : Theme.divider
    }

    contentItem: Item {
        ColumnLayout {
            id: column
            x: 2 * Theme.unit
            y: Theme.unit + Theme.half
            width: card.width - 4 * Theme.unit
            spacing: Theme.half

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.unit
                Text {
                    Layout.fillWidth: true
                    text: card.name
                    color: Theme.text
                    font.pixelSize: Theme.titleSize
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Chip {
                    text: card.statusLabel
                    tone: card.statusTone
                    glyph: card.statusTone === "success" ? "\u2713" : ""
                }
            }
            Text {
                Layout.fillWidth: true
                visible: card.healthText.length > 0
                text: card.healthText
                color: Theme.toneForeground(card.healthTone)
                font.pixelSize: Theme.metaSize
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: card.summary
                color: Theme.textSecondary
                font.pixelSize: Theme.metaSize
                wrapMode: Text.WordWrap
            }
        }
    }
}
