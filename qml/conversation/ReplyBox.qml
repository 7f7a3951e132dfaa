import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// Where the clerk writes. Ctrl+Enter sends; the bubble appears at once and never blocks typing.
// It says which channel the reply goes out on, counts SMS segments, and outside WhatsApp's
// 24-hour window offers the approved templates instead of free text. On WhatsApp the clerk can
// attach a photo or document; the text then goes with it as the caption. When the guest writes
// another language than the hotel's and a language model answers guests, the reply can be
// translated for the guest (both texts are kept).
Rectangle {
    id: box

    property string guestName
    property string channelLabel
    property string channel
    property bool windowKnown
    property bool windowOpen
    property string windowHint
    property string languageLabel
    property bool needsPerson
    property alias editor: input

    readonly property bool windowClosed: channel === "whatsapp" && windowKnown && !windowOpen
    // Only WhatsApp takes files from the desk, and only while a free reply can reach the guest.
    readonly property bool canAttach: channel === "whatsapp" && !windowClosed
    readonly property bool attached: canAttach && Desk.hasAttachment

    // Asks first (SendWarning) when a colleague is answering this guest; `anyway` skips that.
    function send(anyway) {
        const other = anyway === true ? "" : Desk.presence.otherReplier()
        if (other.length > 0 && (box.attached || input.text.trim().length > 0)) {
            sendWarning.ask(other)
            return
        }
        if (box.attached) {
            // The text stays in the box until the hub has the file (attachmentSent clears it).
            Desk.sendAttachment(input.text)
            return
        }
        if (Desk.sendReply(input.text))
            input.clear()
    }

    Connections {
        target: Desk
        // The copilot's reply goes into an empty box; what the clerk typed is never replaced.
        function onSuggestionChanged() {
            const reply = Desk.suggestion.reply || ""
            if (reply.length > 0 && input.text.trim().length === 0) {
                input.text = reply
                input.cursorPosition = input.length
                input.forceActiveFocus()
            }
        }
        function onAttachmentSent(caption) {
            if (input.text.trim() === caption)
                input.clear()
        }
    }

    SendWarning {
        id: sendWarning
        x: box.width - width - 2 * Theme.unit
        y: -height - Theme.unit
        onSendAnyway: box.send(true)
        onCancelled: input.forceActiveFocus()
    }

    FileDialog {
        id: fileDialog
        objectName: "attachDialog"
        title: box.guestName.length > 0 ? qsTr("Attach a file for %1").arg(box.guestName)
                                        : qsTr("Attach a file")
        nameFilters: [qsTr("Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)"),
                      qsTr("All files (*)")]
        onAccepted: Desk.attachFile(selectedFile)
    }

    implicitHeight: layout.implicitHeight + 2 * Theme.unit + Theme.half
    color: Theme.surface

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.divider
    }

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.unit + Theme.half
        anchors.leftMargin: 2 * Theme.unit
        anchors.rightMargin: 2 * Theme.unit
        spacing: Theme.half + 2

        // The hub refused the last reply for a reason the clerk must act on.
        Rectangle {
            objectName: "replyProblem"
            Layout.fillWidth: true
            visible: Desk.replyProblem.length > 0
            Layout.preferredHeight: visible ? problemRow.implicitHeight + Theme.unit : 0
            radius: Theme.radius
            color: Theme.dangerSoft
            RowLayout {
                id: problemRow
                anchors.fill: parent
                anchors.leftMargin: Theme.unit + Theme.half
                anchors.rightMargin: Theme.half
                Text {
                    Layout.fillWidth: true
                    text: Desk.replyProblem
                    wrapMode: Text.Wrap
                    color: Theme.dangerText
                    font.pixelSize: Theme.metaSize + 1
                }
                DeskButton {
                    text: qsTr("Dismiss")
                    variant: "quiet"
                    compact: true
                    onClicked: Desk.clearReplyProblem()
                }
            }
        }

        Text {
            objectName: "windowClosedNote"
            Layout.fillWidth: true
            visible: box.windowClosed
            text: Desk.whatsAppTemplates.length > 0
                  ? qsTr("The 24-hour WhatsApp window is closed — send an approved template.")
                  : qsTr("The 24-hour WhatsApp window is closed — only an approved template can reach the guest, and none is set up. Call the guest or wait until they write again.")
            wrapMode: Text.Wrap
            color: Theme.attentionText
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
        }

        TemplatePicker {
            Layout.fillWidth: true
            visible: box.windowClosed && Desk.whatsAppTemplates.length > 0
        }

        // For a conversation a person must answer: Jack summarises it and drafts a reply.
        Rectangle {
            objectName: "copilotBar"
            Layout.fillWidth: true
            visible: box.needsPerson && !box.windowClosed
            Layout.preferredHeight: visible ? copilotColumn.implicitHeight + Theme.unit : 0
            radius: Theme.radius
            color: Theme.infoSoft
            ColumnLayout {
                id: copilotColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: Theme.unit + Theme.half
                anchors.rightMargin: Theme.half
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        text: Desk.suggestion.loading ? qsTr("Jack is reading the conversation…")
                              : (Desk.suggestion.reply || "").length > 0
                                ? qsTr("Jack's draft is in the reply box: check it, change it, send it.")
                                : qsTr("Jack can summarise this conversation and draft a reply.")
                        wrapMode: Text.Wrap
                        color: Theme.info
                        font.pixelSize: Theme.metaSize + 1
                        font.weight: Font.DemiBold
                    }
                    DeskButton {
                        objectName: "suggestButton"
                        text: (Desk.suggestion.reply || "").length > 0 ? qsTr("Hide") : qsTr("Suggest a reply")
                        compact: true
                        variant: "quiet"
                        enabled: !Desk.suggestion.loading
                        onClicked: (Desk.suggestion.reply || "").length > 0 ? Desk.clearSuggestion()
                                                                             : Desk.requestSuggestion()
                    }
                }
                Text {
                    objectName: "copilotSummary"
                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.half
                    visible: (Desk.suggestion.summary || "").length > 0
                    text: Desk.suggestion.summary || ""
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 4
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: Theme.metaSize + 1
                }
            }
        }

        // The chosen file: name and size, ✕ to take it off again.
        Rectangle {
            objectName: "attachmentChip"
            visible: box.attached
            Layout.maximumWidth: parent.width
            // Layouts round widths down; the spare pixels keep a short name from eliding.
            Layout.preferredWidth: Math.ceil(chipRow.implicitWidth) + Theme.unit + Theme.half + 4
            Layout.preferredHeight: 28
            radius: 14
            color: Theme.surfaceSunken
            border.width: 1
            border.color: Theme.divider
            Accessible.role: Accessible.StaticText
            Accessible.name: Desk.attachmentSending ? qsTr("Sending %1").arg(Desk.attachmentLabel)
                                                    : qsTr("Attached: %1").arg(Desk.attachmentLabel)

            RowLayout {
                id: chipRow
                anchors.fill: parent
                anchors.leftMargin: Theme.unit
                anchors.rightMargin: Theme.half
                spacing: Theme.half

                PaperclipGlyph {
                    implicitWidth: 14
                    implicitHeight: 14
                    scale: 0.8
                }
                Text {
                    objectName: "attachmentLabel"
                    Layout.fillWidth: true
                    text: Desk.attachmentLabel
                    elide: Text.ElideMiddle
                    color: Theme.text
                    font.pixelSize: Theme.metaSize + 1
                }
                Text {
                    visible: Desk.attachmentSending
                    text: qsTr("sending…")
                    color: Theme.textMuted
                    font.pixelSize: Theme.metaSize + 1
                }
                AbstractButton {
                    id: removeAttachment
                    objectName: "removeAttachmentButton"
                    visible: !Desk.attachmentSending
                    implicitWidth: 22
                    implicitHeight: 22
                    hoverEnabled: true
                    Accessible.name: qsTr("Remove the file")
                    onClicked: Desk.clearAttachment()
                    contentItem: Text {
                        text: "\u2715"
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        color: removeAttachment.hovered ? Theme.text : Theme.textSecondary
                        font.pixelSize: Theme.metaSize
                    }
                    background: Rectangle {
                        radius: 11
                        color: removeAttachment.hovered ? Theme.hover : "transparent"
                        border.width: removeAttachment.visualFocus ? 2 : 0
                        border.color: Theme.focusRing
                    }
                }
            }
        }

        PresenceLine {
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.unit
            visible: !box.windowClosed

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(120, Math.max(40, input.implicitHeight + 2))
                radius: Theme.radius + 2
                color: Theme.surfaceSunken
                border.width: input.activeFocus ? 2 : 1
                border.color: input.activeFocus ? Theme.focusRing : Theme.divider

                ScrollView {
                    anchors.fill: parent
                    anchors.margins: 1
                    TextArea {
                        id: input
                        objectName: "replyInput"
                        placeholderText: box.attached ? qsTr("Add a caption (optional)…")
                                         : box.guestName.length > 0 ? qsTr("Reply to %1…").arg(box.guestName)
                                         : qsTr("Write a reply…")
                        placeholderTextColor: Theme.textMuted
                        wrapMode: TextEdit.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        selectByMouse: true
                        leftPadding: Theme.unit + Theme.half
                        rightPadding: Theme.unit + Theme.half
                        topPadding: 10
                        bottomPadding: 10
                        background: null
                        Accessible.name: qsTr("Reply")
                        onTextChanged: Desk.presence.replyTextChanged(text)
                        Keys.onPressed: (event) => {
                            if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                    && (event.modifiers & Qt.ControlModifier)) {
                                box.send()
                                event.accepted = true
                            }
                        }
                    }
                }
            }
            DeskButton {
                id: attachButton
                objectName: "attachButton"
                visible: box.canAttach
                Layout.alignment: Qt.AlignBottom
                Layout.preferredHeight: 40
                Layout.preferredWidth: 40
                minimumWidth: 40
                leftPadding: 0
                rightPadding: 0
                enabled: !Desk.attachmentSending
                Accessible.name: qsTr("Attach a file")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Attach a photo or document")
                contentItem: Item {
                    PaperclipGlyph {
                        anchors.centerIn: parent
                        color: attachButton.enabled ? Theme.textSecondary : Theme.textMuted
                    }
                }
                onClicked: fileDialog.open()
            }
            DeskButton {
                objectName: "sendButton"
                Layout.alignment: Qt.AlignBottom
                Layout.preferredHeight: 40
                text: qsTr("Send")
                variant: "primary"
                enabled: (input.text.trim().length > 0 || box.attached) && !Desk.attachmentSending
                onClicked: box.send()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.unit
            Text {
                objectName: "smsMeter"
                visible: box.channel === "sms" && input.text.length > 0
                text: smsMeter.summary
                color: smsMeter.tooLong ? Theme.attentionText : Theme.textSecondary
                font.pixelSize: Theme.metaSize
                font.weight: smsMeter.tooLong ? Font.DemiBold : Font.Normal
                Accessible.name: smsMeter.tooLong ? qsTr("%1, long message").arg(smsMeter.summary) : smsMeter.summary
            }
            Text {
                Layout.fillWidth: true
                visible: !box.windowClosed
                text: box.windowHint.length > 0 ? qsTr("Ctrl+Enter to send · %1").arg(box.windowHint)
                                                : qsTr("Ctrl+Enter to send")
                color: Theme.textMuted
                font.pixelSize: Theme.metaSize
                elide: Text.ElideRight
            }
            Item {
                Layout.fillWidth: true
                visible: box.windowClosed
            }
            CheckBox {
                id: translateBox
                objectName: "translateReply"
                visible: Desk.canTranslateReply && !box.windowClosed
                text: box.languageLabel.length > 0 ? qsTr("Translate into %1").arg(box.languageLabel)
                                                   : qsTr("Translate for the guest")
                checked: Desk.translateReplies
                onToggled: Desk.translateReplies = checked
                padding: 0
                spacing: Theme.half + 1
                font.pixelSize: Theme.metaSize
                Accessible.name: text
                indicator: Rectangle {
                    implicitWidth: 14
                    implicitHeight: 14
                    x: translateBox.leftPadding
                    y: (translateBox.height - height) / 2
                    radius: 3
                    color: translateBox.checked ? Theme.accent : Theme.surface
                    border.width: translateBox.visualFocus ? 2 : 1
                    border.color: translateBox.visualFocus ? Theme.focusRing
                                                          : translateBox.checked ? Theme.accent : Theme.textMuted
                    Text {
                        anchors.centerIn: parent
                        visible: translateBox.checked
                        text: "\u2713"
                        color: Theme.textOnAccent
                        font.pixelSize: 10
                        font.weight: Font.Bold
                    }
                }
                contentItem: Text {
                    leftPadding: translateBox.indicator.width + translateBox.spacing
                    text: translateBox.text
                    color: Theme.textSecondary
                    font: translateBox.font
                    verticalAlignment: Text.AlignVCenter
                }
            }
            Text {
                objectName: "replyingOn"
                visible: box.channelLabel.length > 0
                text: qsTr("Replying on %1").arg(box.channelLabel)
                color: Theme.textSecondary
                font.pixelSize: Theme.metaSize
                font.weight: Font.DemiBold
            }
        }
    }

    SmsMeter {
        id: smsMeter
        text: box.channel === "sms" ? input.text : ""
    }
}
