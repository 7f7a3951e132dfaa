import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// One task as a card: what, for whom and where, how urgent, and the next step as a button.
Rectangle {
    id: card

    required property int index
    required property string taskId
    required property string conversationId
    required property string title
    required property string typeLabel
    required property string departmentLabel
    required property string priority
    required property string priorityLabel
    required property int priorityRank
    required property string statusLabel
    required property string status
    required property string roomNumber
    required property string guestName
    required property string itemsText
    required property string description
    required property string openedText
    required property bool isOpen
    required property bool canStart
    required property bool canComplete
    required property bool canCancel
    required property bool canReopen

    property bool keyboardCurrent: false

    objectName: "task_" + taskId
    implicitHeight: layout.implicitHeight + 2 * Theme.unit + Theme.half
    radius: Theme.radius + 2
    color: Theme.surface
    border.width: keyboardCurrent ? 2 : 1
    border.color: keyboardCurrent ? Theme.focusRing : Theme.divider
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, %3").arg(title).arg(departmentLabel).arg(statusLabel)

    Rectangle { // urgency bar; the priority chip says it in words
        visible: card.isOpen && card.priorityRank >= 2
        x: 0
        width: 4
        height: parent.height
        radius: 2
        color: card.priorityRank >= 3 ? Theme.danger : Theme.attentionStrong
    }

    RowLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: 2 * Theme.unit
        anchors.rightMargin: 2 * Theme.unit
        spacing: 2 * Theme.unit

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 3

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.unit
                Text {
                    Layout.fillWidth: true
                    text: card.title
                    elide: Text.ElideRight
                    color: card.isOpen ? Theme.text : Theme.textSecondary
                    font.pixelSize: Theme.bodySize
                    font.weight: Font.DemiBold
                    font.strikeout: card.status === "cancelled"
                }
            }
            Text {
                Layout.fillWidth: true
                text: {
                    const parts = [card.departmentLabel]
                    if (card.roomNumber.length > 0)
                        parts.push(qsTr("Room %1").arg(card.roomNumber))
                    if (card.guestName.length > 0)
                        parts.push(card.guestName)
                    if (card.itemsText.length > 0 && card.itemsText.toLowerCase() !== card.title.toLowerCase())
                        parts.push(card.itemsText)
                    parts.push(card.openedText)
                    return parts.join("  ·  ")
                }
                elide: Text.ElideRight
                color: Theme.textSecondary
                font.pixelSize: Theme.metaSize
            }
        }

        Chip {
            visible: card.isOpen && card.priorityRank !== 1
            text: card.priorityLabel
            tone: card.priorityRank >= 3 ? "danger" : card.priorityRank === 2 ? "attention" : "muted"
            glyph: card.priorityRank >= 2 ? "!" : ""
        }
        Chip {
            text: card.statusLabel
            tone: card.status === "in_progress" ? "info" : card.status === "completed" ? "success"
                  : card.status === "cancelled" ? "muted" : "neutral"
            glyph: card.status === "completed" ? "\u2713" : ""
        }
        DeskButton {
            visible: card.canStart
            objectName: "startTask_" + card.taskId
            compact: true
            text: qsTr("Start")
            variant: "secondary"
            onClicked: Desk.startTask(card.taskId)
        }
        DeskButton {
            visible: card.canComplete
            objectName: "completeTask_" + card.taskId
            compact: true
            glyph: "\u2713"
            text: qsTr("Done")
            variant: "success"
            onClicked: Desk.completeTask(card.taskId)
        }
        DeskButton {
            visible: card.canReopen
            compact: true
            text: qsTr("Reopen")
            variant: "quiet"
            onClicked: Desk.reopenTask(card.taskId)
        }
        DeskButton {
            id: moreButton
            visible: card.canCancel || card.conversationId.length > 0
            compact: true
            minimumWidth: 32
            leftPadding: Theme.unit
            text: "\u22EF"
            variant: "quiet"
            Accessible.name: qsTr("More actions")
            onClicked: moreMenu.open()

            Menu {
                id: moreMenu
                y: moreButton.height
                MenuItem {
                    text: qsTr("Open conversation")
                    enabled: card.conversationId.length > 0
                    onTriggered: {
                        Desk.view = "inbox"
                        Desk.openConversation(card.conversationId)
                    }
                }
                MenuItem {
                    text: qsTr("Cancel task")
                    enabled: card.canCancel
                    onTriggered: Desk.cancelTask(card.taskId)
                }
            }
        }
    }
}
