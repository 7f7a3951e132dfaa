import QtQuick
import QtQuick.Controls.Basic
import Jack.Desk
import Jack.Components

// One row of the message list: a day line where a day starts, a "now on SMS" line where the
// guest's timeline moves to another channel, then a bubble or a system line.
Item {
    id: delegate

    required property int index
    required property string messageId
    required property string localId
    required property string content
    required property string senderLabel
    required property string timeText
    required property string dayLabel
    required property string tick
    required property string deliveryText
    required property string deliveryError
    required property bool isGuest
    required property bool isJack
    required property bool isStaff
    required property bool isSystem
    required property bool isOutgoing
    required property bool isRead
    required property bool isFailed
    required property bool isSending
    required property bool canRetry
    required property bool startsGroup
    required property string channelShort
    required property string channelLabel
    required property bool channelChanged
    required property string pendingNote
    required property var media
    required property string translation
    required property bool canExplain
    required property bool isNote
    required property bool mentionsMe
    required property string intent
    required property string conversationId
    signal showLarge(url source, string name)
    // "Create task" from this message (hover button or right-click).
    signal createTaskRequested()

    objectName: "message_" + (messageId.length > 0 ? messageId : localId)
    implicitHeight: column.implicitHeight

    Column {
        id: column
        width: parent.width
        spacing: 0

        // Rare parts load only where they show: a long timeline creates many rows as it
        // scrolls, and each must be cheap (docs/PERFORMANCE.md).
        Loader {
            active: delegate.dayLabel.length > 0
            visible: active
            width: parent.width
            sourceComponent: Item {
                height: 40
                Rectangle {
                    anchors.centerIn: parent
                    width: dayText.implicitWidth + 2 * Theme.unit + Theme.half
                    height: 22
                    radius: 11
                    color: Theme.surface
                    border.color: Theme.divider
                    Text {
                        id: dayText
                        anchors.centerIn: parent
                        text: delegate.dayLabel
                        color: Theme.textSecondary
                        font.pixelSize: Theme.metaSize
                        font.weight: Font.DemiBold
                    }
                }
            }
        }

        Loader {
            active: delegate.channelChanged && delegate.channelLabel.length > 0
            visible: active
            width: parent.width
            sourceComponent: SystemLine {
                objectName: "channelDivider"
                text: qsTr("Now on %1").arg(delegate.channelLabel)
            }
        }

        Loader {
            active: delegate.isSystem
            visible: active
            width: parent.width
            sourceComponent: SystemLine {
                text: delegate.content
                timeText: delegate.timeText
            }
        }

        Loader {
            active: delegate.isNote
            visible: active
            width: parent.width
            sourceComponent: NoteBubble {
                noteId: delegate.messageId
                content: delegate.content
                authorName: delegate.senderLabel
                timeText: delegate.timeText
                mentionsMe: delegate.mentionsMe
            }
        }

        MessageBubble {
            visible: !delegate.isSystem && !delegate.isNote
            width: parent.width
            content: delegate.content
            senderLabel: delegate.senderLabel
            timeText: delegate.timeText
            tick: delegate.tick
            deliveryText: delegate.deliveryText
            isJack: delegate.isJack
            isStaff: delegate.isStaff
            isOutgoing: delegate.isOutgoing
            isRead: delegate.isRead
            isFailed: delegate.isFailed
            isSending: delegate.isSending
            canRetry: delegate.canRetry
            showLabel: delegate.startsGroup || delegate.channelChanged
            messageId: delegate.messageId.length > 0 ? delegate.messageId : delegate.localId
            channelShort: delegate.isSystem ? "" : delegate.channelShort
            channelLabel: delegate.channelLabel
            pendingNote: delegate.pendingNote
            media: delegate.media
            translation: delegate.translation
            canExplain: delegate.canExplain
            onShowLarge: (source, name) => delegate.showLarge(source, name)
            onRetryRequested: Desk.retryMessage(delegate.localId, delegate.messageId)
            onExplainRequested: Desk.explainMessage(delegate.messageId)
        }
    }

    // A task from any stored message: a small button while the pointer is over the row, and
    // the same action on right-click (keyboard users find it in the guest panel's Create task).
    readonly property bool canMakeTask: messageId.length > 0 && !isSystem
    HoverHandler {
        id: rowHover
    }
    // The menu and the button are made only when needed: every row of a long timeline must
    // stay cheap (docs/PERFORMANCE.md).
    // The loaded button is under the pointer or has the keyboard focus: keep it.
    property bool taskButtonHeld: false
    TapHandler {
        acceptedButtons: Qt.RightButton
        enabled: delegate.canMakeTask
        onTapped: {
            menuLoader.active = true
            menuLoader.item.popup()
        }
    }
    Loader {
        id: menuLoader
        // Inside the Menu, `delegate` is the Menu's own property: the row is reached from here.
        signal taskRequested()
        active: false
        onTaskRequested: delegate.createTaskRequested()
        sourceComponent: Menu {
            MenuItem {
                objectName: "createTaskMenuItem"
                text: qsTr("Create task from this message…")
                onTriggered: menuLoader.taskRequested()
            }
        }
    }
    Loader {
        active: delegate.canMakeTask && !delegate.isNote
                && (rowHover.hovered || delegate.taskButtonHeld)
        anchors.top: parent.top
        anchors.topMargin: delegate.dayLabel.length > 0 ? 44 : Theme.half
        // On the side the bubble leaves free.
        anchors.left: delegate.isOutgoing ? parent.left : undefined
        anchors.right: delegate.isOutgoing ? undefined : parent.right
        anchors.leftMargin: Theme.unit
        anchors.rightMargin: Theme.unit
        sourceComponent: DeskButton {
            objectName: "createTaskButton_" + delegate.messageId
            text: qsTr("+ Task")
            compact: true
            variant: "secondary"
            Accessible.name: qsTr("Create a task from this message")
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("Create a task from this message")
            onHoveredChanged: delegate.taskButtonHeld = hovered || visualFocus
            onVisualFocusChanged: delegate.taskButtonHeld = hovered || visualFocus
            Component.onDestruction: delegate.taskButtonHeld = false
            onClicked: delegate.createTaskRequested()
        }
    }
}
