import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// One conversation in the inbox: who, how long ago, what they said, where, and its state.
// A conversation that needs a person gets an amber bar, a bold name and a "Needs you" chip;
// an emergency a red bar, a siren and an "Emergency" chip (pinned on top by the model). A blue
// dot marks guest messages this clerk has not seen; a snoozed one says until when.
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
    required property bool isUnread
    required property bool isEmergency
    required property bool isSnoozed
    required property string snoozeText

    property bool selected: false
    // Colleagues who have this conversation open (re-read whenever presence changes).
    readonly property var othersViewing: Desk.presence.revision >= 0
                                         ? Desk.presence.viewersOf(row.conversationId) : []
    property bool keyboardCurrent: false

    objectName: "conversationRow_" + conversationId
    implicitHeight: 84
    padding: 0
    hoverEnabled: true
    focusPolicy: Qt.NoFocus
    Accessible.name: {
        const parts = [displayName]
        if (isEmergency)
            parts.push(qsTr("emergency"))
        else if (needsPerson)
            parts.push(qsTr("needs you"))
        if (isUnread)
            parts.push(qsTr("unread"))
        if (isSnoozed)
            parts.push(qsTr("snoozed %1").arg(snoozeText))
        return parts.join(", ") + ": " + preview
    }

    background: Rectangle {
        color: row.selected ? Theme.selected : row.hovered ? Theme.hover
             : row.isEmergency ? Theme.dangerSoft
             : row.needsPerson ? Theme.attentionRow : Theme.surface

        Rectangle { // what needs a person stands out even in a long list
            visible: row.isEmergency || row.needsPerson || row.selected
            width: row.isEmergency ? 4 : 3
            height: parent.height
            color: row.isEmergency ? Theme.danger : row.needsPerson ? Theme.attentionStrong : Theme.accent
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
            Layout.preferredWidth: 0 // the row's width, never the width of its longest line
            Layout.rightMargin: 2 * Theme.unit
            Layout.alignment: Qt.AlignVCenter
            spacing: 3

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.unit
                Rectangle {
                    objectName: "unreadDot"
                    visible: row.isUnread
                    Layout.preferredWidth: 8
                    Layout.preferredHeight: 8
                    radius: 4
                    color: Theme.accent
                    Accessible.ignored: true
                }
                Text {
                    Layout.fillWidth: true
                    text: row.displayName
                    elide: Text.ElideRight
                    color: row.isFinished ? Theme.textSecondary : Theme.text
                    font.pixelSize: Theme.bodySize
                    font.weight: row.needsPerson || row.isUnread || row.isEmergency ? Font.Bold : Font.DemiBold
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
                    objectName: "emergencyChip"
                    visible: row.isEmergency
                    text: qsTr("Emergency")
                    tone: "danger"
                    strong: true
                    glyph: "\u26A0"
                }
                Chip {
                    visible: !row.isEmergency && !row.isSnoozed
                    text: row.stateLabel
                    tone: row.stateTone
                    glyph: row.needsPerson ? "!" : ""
                }
                Chip {
                    objectName: "snoozeChip"
                    visible: row.isSnoozed
                    // The clock glyph says "snoozed"; the words say until when (and the
                    // accessible name says both).
                    text: row.snoozeText
                    tone: "muted"
                    glyph: "\u25F7"
                }
                ChannelBadge {
                    shortName: row.channelShort
                    label: row.channelLabel
                }
                Text {
                    visible: row.roomNumber.length > 0
                    Layout.fillWidth: true
                    Layout.minimumWidth: 0
                    elide: Text.ElideRight
                    text: qsTr("Room %1").arg(row.roomNumber)
                    color: Theme.textSecondary
                    font.pixelSize: Theme.metaSize
                }
                Item {
                    Layout.fillWidth: true
                    visible: !othersText.visible
                }
                // A colleague has this conversation open: first names only, the row is narrow.
                Text {
                    id: othersText
                    objectName: "othersViewing"
                    Layout.fillWidth: true
                    visible: row.othersViewing.length > 0
                    text: row.othersViewing.length === 1
                          ? qsTr("%1 viewing").arg(row.othersViewing[0].split(" ")[0])
                          : qsTr("%n viewing", "", row.othersViewing.length)
                    horizontalAlignment: Text.AlignRight
                    color: Theme.textMuted
                    font.pixelSize: Theme.metaSize
                    font.italic: true
                    elide: Text.ElideRight
                    Accessible.name: qsTr("Also open at: %1").arg(row.othersViewing.join(", "))
                }
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
