import QtQuick
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
    signal showLarge(url source, string name)

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
            objectName: "channelDivider"
            visible: delegate.channelChanged && delegate.channelLabel.length > 0
            width: parent.width
            text: qsTr("Now on %1").arg(delegate.channelLabel)
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
}
