import QtQuick
import Jack.Desk
import Jack.Components

// One row of the message list: a day line where a day starts, then a bubble or a system line.
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

    objectName: "message_" + (messageId.length > 0 ? messageId : localId)
    implicitHeight: column.implicitHeight

    Column {
        id: column
        width: parent.width
        spacing: 0

        Item {
            visible: delegate.dayLabel.length > 0
            width: parent.width
            height: visible ? 40 : 0
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

        SystemLine {
            visible: delegate.isSystem
            width: parent.width
            text: delegate.content
            timeText: delegate.timeText
        }

        MessageBubble {
            visible: !delegate.isSystem
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
            showLabel: delegate.startsGroup
            onRetryRequested: Desk.retryMessage(delegate.localId, delegate.messageId)
        }
    }
}
