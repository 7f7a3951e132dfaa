import QtQuick
import QtQuick.Controls.Basic
import Jack.Components

// A message: the guest on the left, Jack and staff on the right. Jack's bubbles carry his mark,
// his name and a violet tint; staff bubbles a name and a blue tint. Outgoing messages end with
// delivery ticks: ◷ queued or sending, ✓ sent, ✓✓ delivered, blue ✓✓ read, "!" failed with the
// reason, the attempts and Retry. Each bubble names its channel; files show above the text.
// A message translated for staff shows the translation under the bubble; messages the AI
// pipeline handled offer "Why?", which opens its record.
Item {
    id: bubble

    property string content
    property string senderLabel
    property string timeText
    property string tick
    property string deliveryText
    property bool isJack
    property bool isStaff
    property bool isOutgoing
    property bool isRead
    property bool isFailed
    property bool isSending
    property bool canRetry
    property bool showLabel
    property string messageId
    property string channelShort
    property string channelLabel
    property string pendingNote
    property var media: []
    property string translation
    property bool canExplain
    signal retryRequested()
    signal explainRequested()
    signal showLarge(url source, string name)

    readonly property int sideMargin: 3 * Theme.unit
    readonly property int maxBubbleWidth: Math.max(160, Math.min(560, width * 0.72))
    readonly property int innerPadding: Theme.unit + Theme.half

    implicitHeight: column.implicitHeight + (showLabel ? Theme.unit : 2)
    height: visible ? implicitHeight : 0

    // Measures the text unwrapped, so short messages get snug bubbles.
    Text {
        id: measure
        visible: false
        text: bubble.content
        font.pixelSize: Theme.bodySize
    }

    Column {
        id: column
        y: bubble.showLabel ? Theme.unit : 2
        spacing: 3
        anchors.right: bubble.isOutgoing ? parent.right : undefined
        anchors.left: bubble.isOutgoing ? undefined : parent.left
        anchors.rightMargin: bubble.sideMargin
        anchors.leftMargin: bubble.sideMargin

        Row {
            visible: bubble.showLabel
            spacing: Theme.half + 1
            anchors.right: bubble.isOutgoing ? parent.right : undefined
            JackMark {
                visible: bubble.isJack
                size: 11
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                text: bubble.senderLabel
                color: bubble.isJack ? Theme.jackLabel : bubble.isStaff ? Theme.staffLabel : Theme.textSecondary
                font.pixelSize: Theme.metaSize
                font.weight: Font.DemiBold
            }
        }

        Rectangle {
            id: body
            anchors.right: bubble.isOutgoing ? parent.right : undefined
            width: Math.min(bubble.maxBubbleWidth,
                            Math.max(bubble.content.length > 0 ? measure.implicitWidth : 0,
                                     meta.implicitWidth, files.implicitWidth) + 2 * bubble.innerPadding + 1)
            height: files.height + (text.visible ? text.height : 0) + meta.implicitHeight
                    + 2 * bubble.innerPadding - 2
            radius: Theme.bubbleRadius
            color: bubble.isJack ? Theme.jackBubble : bubble.isStaff ? Theme.staffBubble : Theme.guestBubble
            border.width: bubble.isFailed ? 1.5 : bubble.isOutgoing ? 0 : 1
            border.color: bubble.isFailed ? Theme.danger : Theme.guestBorder
            opacity: bubble.isSending ? 0.75 : 1

            Column {
                id: files
                x: bubble.innerPadding
                y: bubble.innerPadding
                spacing: Theme.half
                height: bubble.media.length > 0 ? implicitHeight + Theme.half : 0
                Repeater {
                    model: bubble.media
                    delegate: MediaAttachment {
                        required property var modelData
                        item: modelData
                        maxWidth: Math.min(260, bubble.maxBubbleWidth - 2 * bubble.innerPadding - 1)
                        onShowLarge: (source, name) => bubble.showLarge(source, name)
                    }
                }
            }
            Text {
                id: text
                x: bubble.innerPadding
                y: files.y + files.height - (bubble.media.length > 0 ? 0 : 1)
                width: parent.width - 2 * bubble.innerPadding
                visible: bubble.content.length > 0
                // No binding on height: reading a wrapped, right-aligned (mirrored) Text's
                // implicitHeight in one makes Qt 6.4 lay it out again and report a loop.
                text: bubble.content
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.bodySize
                lineHeight: Theme.lineHeight
            }
            Row {
                id: meta
                anchors.right: parent.right
                anchors.rightMargin: bubble.innerPadding
                anchors.top: text.bottom
                anchors.topMargin: text.visible ? 0 : -text.height
                spacing: Theme.half
                ChannelBadge {
                    visible: bubble.channelShort.length > 0
                    anchors.verticalCenter: parent.verticalCenter
                    shortName: bubble.channelShort
                    label: qsTr("on %1").arg(bubble.channelLabel)
                    compact: true
                }
                Text {
                    objectName: "explain_" + bubble.messageId
                    visible: bubble.canExplain
                    text: qsTr("Why?")
                    color: Theme.jackLabel
                    font.pixelSize: Theme.metaSize
                    font.weight: Font.DemiBold
                    font.underline: explainHover.hovered
                    Accessible.role: Accessible.Button
                    Accessible.name: bubble.isJack ? qsTr("Why did Jack say this?")
                                                   : qsTr("How Jack read this message")
                    Accessible.onPressAction: bubble.explainRequested()
                    HoverHandler {
                        id: explainHover
                        cursorShape: Qt.PointingHandCursor
                    }
                    TapHandler { onTapped: bubble.explainRequested() }
                }
                Text {
                    text: bubble.timeText
                    color: Theme.textMuted
                    font.pixelSize: Theme.metaSize
                }
                Text {
                    visible: bubble.tick.length > 0
                    text: bubble.tick
                    color: bubble.isFailed ? Theme.danger : bubble.isRead ? Theme.tickRead : Theme.tick
                    font.pixelSize: 12
                    font.weight: bubble.isFailed ? Font.Black : Font.Normal
                    Accessible.role: Accessible.StaticText
                    Accessible.name: bubble.deliveryText

                    HoverHandler { id: tickHover }
                    ToolTip.visible: tickHover.hovered && bubble.deliveryText.length > 0
                    ToolTip.text: bubble.deliveryText
                    ToolTip.delay: 300
                }
            }
        }

        Text {
            objectName: "translation_" + bubble.messageId
            visible: bubble.translation.length > 0
            anchors.right: bubble.isOutgoing ? parent.right : undefined
            width: Math.min(implicitWidth, bubble.maxBubbleWidth)
            text: qsTr("Translated: %1").arg(bubble.translation)
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            horizontalAlignment: bubble.isOutgoing ? Text.AlignRight : Text.AlignLeft
            color: Theme.textSecondary
            font.pixelSize: Theme.metaSize + 1
            font.italic: true
        }

        Text {
            objectName: "pendingNote_" + bubble.messageId
            visible: bubble.pendingNote.length > 0 && !bubble.isFailed
            anchors.right: bubble.isOutgoing ? parent.right : undefined
            width: Math.min(implicitWidth, bubble.maxBubbleWidth)
            text: bubble.pendingNote
            wrapMode: Text.Wrap
            horizontalAlignment: bubble.isOutgoing ? Text.AlignRight : Text.AlignLeft
            color: Theme.textMuted
            font.pixelSize: Theme.metaSize
            font.italic: true
        }

        // Only a failed message has a reason and Retry: loaded for those alone.
        Loader {
            active: bubble.isFailed
            visible: active
            anchors.right: bubble.isOutgoing ? parent.right : undefined
            sourceComponent: Row {
                spacing: Theme.unit
                Text {
                    objectName: "failureReason_" + bubble.messageId
                    text: "! " + bubble.deliveryText
                    color: Theme.dangerText
                    font.pixelSize: Theme.metaSize
                    font.weight: Font.DemiBold
                    width: Math.min(implicitWidth, bubble.maxBubbleWidth - 80)
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    anchors.verticalCenter: parent.verticalCenter
                }
                DeskButton {
                    objectName: "retryButton_" + bubble.messageId
                    visible: bubble.canRetry
                    text: qsTr("Retry")
                    variant: "danger"
                    compact: true
                    Accessible.name: qsTr("Send this message again")
                    onClicked: bubble.retryRequested()
                }
            }
        }
    }
}
