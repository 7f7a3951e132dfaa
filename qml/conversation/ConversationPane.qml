import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// The open conversation: who it is, what was said, and the clerk's reply and actions.
Rectangle {
    id: pane

    readonly property var conversation: Desk.currentConversation
    readonly property bool hasConversation: Desk.currentConversationId.length > 0
    property alias replyBox: reply
    property alias noteComposer: noteComposer
    // "reply" (to the guest) or "note" (internal); back to "reply" for each conversation.
    property alias composerMode: composerSwitch.mode
    // The guest panel shows the phone number; the header repeats it only when the panel is folded.
    property bool guestPanelShown: false

    objectName: "conversationPane"
    color: Theme.conversationBackground

    // A new conversation starts in reply mode (the notifier also fires for state changes).
    readonly property string shownConversationId: Desk.currentConversationId
    onShownConversationIdChanged: composerSwitch.mode = "reply"

    // For the self-test and screenshots: the create-task form for a text, and closing it all.
    function openTaskForm(text) {
        taskDialog.openFor(Desk.currentConversationId, String(text),
                           pane.conversation.displayName || "", "")
    }
    function closeOverlays() {
        taskDialog.close()
        cannedPicker.close()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: pane.hasConversation

        // Header: guest, where they are, and what the clerk can do.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            color: Theme.surface

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 2 * Theme.unit
                anchors.rightMargin: 2 * Theme.unit
                spacing: Theme.unit + Theme.half

                Avatar {
                    name: pane.conversation.displayName || ""
                    initials: pane.conversation.initials || ""
                    size: 40
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Text {
                        objectName: "conversationTitle"
                        Layout.fillWidth: true
                        text: pane.conversation.displayName || ""
                        elide: Text.ElideRight
                        color: Theme.text
                        font.pixelSize: Theme.titleSize
                        font.weight: Font.Bold
                        Accessible.role: Accessible.Heading
                    }
                    RowLayout {
                        spacing: 6
                        Chip {
                            text: pane.conversation.stateLabel || ""
                            tone: pane.conversation.stateTone || "neutral"
                            glyph: pane.conversation.needsPerson ? "!" : ""
                        }
                        Text {
                            Layout.fillWidth: true
                            text: {
                                const parts = []
                                if (pane.conversation.roomNumber)
                                    parts.push(qsTr("Room %1").arg(pane.conversation.roomNumber))
                                if (pane.conversation.channelLabel)
                                    parts.push(pane.conversation.channelLabel)
                                if (!pane.guestPanelShown && pane.conversation.guestPhone && pane.conversation.guestName)
                                    parts.push(pane.conversation.guestPhone)
                                return parts.join("  ·  ")
                            }
                            elide: Text.ElideRight
                            color: Theme.textSecondary
                            font.pixelSize: Theme.metaSize
                        }
                    }
                }
                SnoozeButton {
                    conversation: pane.conversation
                }
                DeskButton {
                    objectName: "assignToMeButton"
                    visible: Desk.canAssignToMe
                    text: qsTr("Assign to me")
                    variant: "quiet"
                    onClicked: Desk.assignToMe()
                }
                DeskButton {
                    objectName: "escalateButton"
                    visible: Desk.canEscalate
                    text: qsTr("Escalate")
                    glyph: "!"
                    variant: "attention"
                    onClicked: Desk.escalate()
                }
                DeskButton {
                    objectName: "resolveButton"
                    visible: Desk.canResolve
                    text: qsTr("Resolve")
                    glyph: "\u2713"
                    variant: "secondary"
                    onClicked: Desk.resolve()
                }
                DeskButton {
                    objectName: "reopenButton"
                    visible: Desk.canReopen
                    text: qsTr("Reopen")
                    variant: "secondary"
                    onClicked: Desk.reopen()
                }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }

        // Why a person is needed, in Jack's words.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? reasonText.implicitHeight + 2 * Theme.unit + 2 : 0
            visible: pane.conversation.needsPerson === true
            color: Theme.attentionSoft

            Rectangle {
                width: 3
                height: parent.height
                color: Theme.attentionStrong
            }
            Text {
                id: reasonText
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: 2 * Theme.unit
                anchors.rightMargin: 2 * Theme.unit
                wrapMode: Text.WordWrap
                color: Theme.attentionText
                font.pixelSize: Theme.bodySize
                text: pane.conversation.escalationReason
                      ? qsTr("Jack handed this to a person: %1").arg(pane.conversation.escalationReason)
                      : qsTr("This guest is waiting for a person. Reply below, or assign it to yourself.")
            }
        }

        ListView {
            id: messageList
            objectName: "messageList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Desk.messages
            spacing: 2
            topMargin: 2 * Theme.unit
            bottomMargin: 2 * Theme.unit
            boundsBehavior: Flickable.StopAtBounds
            Accessible.name: qsTr("Messages")
            // Bubbles differ in height, so the list only estimates its length; an attached
            // ScrollBar writes its clamped position back and, in Qt 6.4, can ping-pong with
            // that estimate forever. The indicator only reads. The cache keeps the estimate calm.
            cacheBuffer: 2000
            ScrollIndicator.vertical: ScrollIndicator {}

            delegate: MessageDelegate {
                width: ListView.view.width
                onShowLarge: (source, name) => imageViewer.show(source, name)
                onCreateTaskRequested: taskDialog.openFor(conversationId || Desk.currentConversationId,
                                                          content, senderLabel, intent)
            }

            // Keep the newest message in view, the way every messenger does, except when an
            // earlier page went in above what the clerk is reading.
            property bool keepPositionOnce: false
            property bool followed: false
            function followEnd() {
                if (keepPositionOnce) {
                    keepPositionOnce = false
                    return
                }
                positionViewAtEnd()
                followed = count > 0
            }
            onCountChanged: Qt.callLater(messageList.followEnd)
            // Nearing the top of a long timeline: the page before comes in above, ideally
            // before the clerk gets there.
            onContentYChanged: {
                if (followed && Desk.messages.hasEarlier && contentY - originY < 2 * height)
                    Desk.loadEarlierMessages()
            }
            Connections {
                target: Desk.messages
                function onRowsInserted(parent, first, last) {
                    if (first === 0 && last + 1 < Desk.messages.count) {
                        messageList.keepPositionOnce = true
                        // At the very top the list would show the new page; the message that
                        // was at the top stays there instead.
                        if (messageList.atYBeginning)
                            Qt.callLater(() => messageList.positionViewAtIndex(last + 1, ListView.Beginning))
                    }
                }
                function onConversationIdChanged() {
                    messageList.followed = false
                }
            }
            header: Item {
                width: ListView.view.width
                height: Desk.messages.hasEarlier ? earlierHint.implicitHeight + Theme.unit : 0
                Text {
                    id: earlierHint
                    anchors.horizontalCenter: parent.horizontalCenter
                    visible: Desk.messages.hasEarlier
                    text: qsTr("Loading earlier messages…")
                    color: Theme.textMuted
                    font.pixelSize: Theme.metaSize
                }
            }

            add: Transition {
                NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 160 }
            }

            BusyIndicator {
                anchors.centerIn: parent
                running: pane.hasConversation && !Desk.messages.loaded
                visible: running
            }
            EmptyState {
                anchors.fill: parent
                visible: Desk.messages.loaded && messageList.count === 0
                glyph: "\u2709"
                title: qsTr("No messages yet")
                body: qsTr("Write the first message below; it goes out on %1.")
                      .arg(pane.conversation.channelLabel || qsTr("the guest's channel"))
            }
        }

        ComposerSwitch {
            id: composerSwitch
            objectName: "composerSwitch"
            Layout.fillWidth: true
        }

        NoteComposer {
            id: noteComposer
            Layout.fillWidth: true
            visible: composerSwitch.mode === "note"
        }

        ReplyBox {
            id: reply
            Layout.fillWidth: true
            visible: composerSwitch.mode === "reply"
            guestName: pane.conversation.displayName || ""
            channelLabel: pane.conversation.channelLabel || ""
            channel: pane.conversation.channel || ""
            windowKnown: pane.conversation.windowKnown === true
            windowOpen: pane.conversation.windowOpen === true
            windowHint: pane.conversation.windowHint || ""
            languageLabel: pane.conversation.languageLabel || ""
            needsPerson: pane.conversation.needsPerson === true
        }
    }

    ImageViewer {
        id: imageViewer
    }

    CannedResponsePicker {
        id: cannedPicker
        editor: reply.editor
        conversationId: Desk.currentConversationId
    }

    CreateTaskDialog {
        id: taskDialog
    }

    MentionBanner {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: 2 * Theme.unit
        y: pane.hasConversation ? 64 + Theme.unit : 2 * Theme.unit
        z: 10
    }

    ExplanationPanel {}

    EmptyState {
        anchors.fill: parent
        visible: !pane.hasConversation
        glyph: "\u2709"
        title: Desk.conversations.needsYouCount === 1 ? qsTr("One guest needs you")
               : Desk.conversations.needsYouCount > 1 ? qsTr("%n guests need you", "", Desk.conversations.needsYouCount)
               : qsTr("No conversation open")
        actionText: Desk.conversations.needsYouCount > 0 ? qsTr("Open the longest waiting") : ""
        onActionTriggered: Desk.openNextNeedingPerson()
        body: Desk.conversations.needsYouCount === 1
              ? qsTr("The conversation is at the top of the inbox, marked “Needs you”.")
              : Desk.conversations.needsYouCount > 1
              ? qsTr("They are at the top of the inbox, marked “Needs you”, longest waiting first.")
              : Desk.conversations.jackHandlingCount === 0 ? qsTr("Pick a conversation on the left to read it and reply.")
              : Desk.conversations.jackHandlingCount === 1
                ? qsTr("Pick a conversation on the left to read it and reply. Jack is handling one conversation.")
                : qsTr("Pick a conversation on the left to read it and reply. Jack is handling %1 conversations.")
                  .arg(Desk.conversations.jackHandlingCount)
    }
}
