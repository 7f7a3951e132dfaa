import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Components

// One conversation in the inbox: who, how long ago, what they said, where, and its state.
// A conversation that needs a person gets an amber bar, a bold name and a "Needs you" chip.
ItemDelegate {
    id: row

    required property int index
    required property string conversationId
    required property string displayName
    required property string initials
    required property string preview
    required property string ageText
    required property string roomNumber
    required property string channelShort
    required property string channelLabel
    required property string stateLabel
    required property string stateTone
    required property bool needsPerson
    required property bool isFinished
    required property bool isMine

    property bool selected: false
    property bool keyboardCurrent: false

    objectName: "conversationRow_" + conversationId
    implicitHeight: 84
    padding: 0
    hoverEnabled: true
    focusPolicy: Qt.NoFocus
    Accessible.name: needsPerson ? qsTr("%1, needs you: %2").arg(displayName).arg(preview)
                                 : qsTr("%1: %2").arg(displayName).arg(preview)

    background: Rectangle {
        color: row.selected ? Theme.selected : row.hovered ? Theme.hover
                                              : row.needsPerson ? Theme.attentionRow : Theme.surface

        Rectangle { // what needs a person stands out even in a long list
            visible: row.needsPerson || row.selected
            width: 3
            height: parent.height
            color: row.needsPerson ? Theme.attentionStrong : Theme.accent
        }
        Rectangle {
            anchors.bottom: parent.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.leftMargin: 2 * Theme.unit
            height: 1
            color: Theme.divider
        }
        Rectangle {
            anchors.fill: parent
            anchors.margins: 2
            visible: row.keyboardCurrent
            color: "transparent"
            radius: 4
            border.width: 2
            border.color: Theme.focusRing
        }
    }

    contentItem: RowLayout {
        spacing: Theme.unit + Theme.half

        Avatar {
            Layout.leftMargin: 2 * Theme.unit
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: Theme.unit + Theme.half
            name: row.displayName
            initials: row.initials
            size: 36
            opacity: row.isFinished ? 0.6 : 1
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.rightMargin: 2 * Theme.unit
            Layout.alignment: Qt.AlignVCenter
            spacing: 3

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.unit
                Text {
                    Layout.fillWidth: true
                    text: row.displayName
                    elide: Text.ElideRight
                    color: row.isFinished ? Theme.textSecondary : Theme.text
                    font.pixelSize: Theme.bodySize
                    font.weight: row.needsPerson ? Font.Bold : Font.DemiBold
                }
                Text {
                    text: row.ageText
                    color: row.needsPerson ? Theme.attentionText : Theme.textMuted
                    font.pixelSize: Theme.metaSize
                    font.weight: row.needsPerson ? Font.Bold : Font.Normal
                }
            }
            Text {
                Layout.fillWidth: true
                text: row.preview.length > 0 ? row.preview : qsTr("No messages yet")
                elide: Text.ElideRight
                maximumLineCount: 1
                color: row.needsPerson ? Theme.text : Theme.textSecondary
                font.pixelSize: Theme.bodySize
                font.weight: row.needsPerson ? Font.DemiBold : Font.Normal
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 2
                spacing: 6
                Chip {
                    text: row.stateLabel
                    tone: row.stateTone
                    glyph: row.needsPerson ? "!" : ""
                }
                ChannelBadge {
                    shortName: row.channelShort
                    label: row.channelLabel
                }
                Text {
                    visible: row.roomNumber.length > 0
                    text: qsTr("Room %1").arg(row.roomNumber)
                    color: Theme.textSecondary
                    font.pixelSize: Theme.metaSize
                }
                Item { Layout.fillWidth: true }
                Text {
                    visible: row.isMine
                    text: qsTr("Mine")
                    color: Theme.accent
                    font.pixelSize: Theme.metaSize
                    font.weight: Font.DemiBold
                }
            }
        }
    }
}
