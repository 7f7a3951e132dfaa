import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// One task as a card: what, for whom and where, how urgent, how long until it is due (amber
// near the time, red and "overdue" past it), and the next step as a button.
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
    required property bool canClaim
    required property bool isMine
    required property bool isOverdue
    required property bool isDueSoon
    required property string dueText
    required property string completionNote

    property bool keyboardCurrent: false

    //! The clerk chose "Done": the page asks for a note and whether to tell the guest.
    signal completeRequested(string id, string name, bool tellable)

    objectName: "task_" + taskId
    implicitHeight: layout.implicitHeight + 2 * Theme.unit + Theme.half
    radius: Theme.radius + 2
    color: isOverdue ? Theme.dangerSoft : Theme.surface
    border.width: keyboardCurrent ? 2 : 1
    border.color: keyboardCurrent ? Theme.focusRing : isOverdue ? Theme.danger : Theme.divider
    Accessible.role: Accessible.ListItem
    Accessible.name: dueText.length > 0
                     ? qsTr("%1, %2, %3, %4").arg(title).arg(departmentLabel).arg(statusLabel).arg(dueText)
                     : qsTr("%1, %2, %3").arg(title).arg(departmentLabel).arg(statusLabel)

    Rectangle { // urgency bar; the priority chip and the countdown say it in words
        visible: card.isOpen && (card.priorityRank >= 2 || card.isOverdue)
        x: 0
        width: 4
        height: parent.height
        radius: 2
        color: card.priorityRank >= 3 || card.isOverdue ? Theme.danger : Theme.attentionStrong
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
                    if (card.isMine)
                        parts.push(qsTr("yours"))
                    if (!card.isOpen && card.completionNote.length > 0)
                        parts.push(qsTr("Note: %1").arg(card.completionNote))
                    return parts.join("  ·  ")
                }
                elide: Text.ElideRight
                color: Theme.textSecondary
                font.pixelSize: Theme.metaSize
            }
        }

        Chip {
            objectName: "due_" + card.taskId
            visible: card.isOpen && card.dueText.length > 0
            text: card.dueText
            tone: card.isOverdue ? "danger" : card.isDueSoon ? "attention" : "neutral"
            strong: card.isOverdue
            glyph: card.isOverdue ? "!" : "\u25F7"
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
            visible: card.canClaim
            objectName: "claimTask_" + card.taskId
            compact: true
            text: qsTr("Take it")
            variant: "quiet"
            Accessible.name: qsTr("Assign this task to me")
            onClicked: Desk.claimTask(card.taskId)
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
            onClicked: card.completeRequested(card.taskId, card.title, card.conversationId.length > 0)
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
