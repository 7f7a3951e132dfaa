import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// Where the clerk writes. Ctrl+Enter sends; the bubble appears at once and never blocks typing.
// It says which channel the reply goes out on, counts SMS segments, and outside WhatsApp's
// 24-hour window offers the approved templates instead of free text.
Rectangle {
    id: box

    property string guestName
    property string channelLabel
    property string channel
    property bool windowKnown
    property bool windowOpen
    property string windowHint
    property alias editor: input

    readonly property bool windowClosed: channel === "whatsapp" && windowKnown && !windowOpen

    function send() {
        if (Desk.sendReply(input.text))
            input.clear()
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
                        placeholderText: box.guestName.length > 0 ? qsTr("Reply to %1…").arg(box.guestName)
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
                objectName: "sendButton"
                Layout.alignment: Qt.AlignBottom
                Layout.preferredHeight: 40
                text: qsTr("Send")
                variant: "primary"
                enabled: input.text.trim().length > 0
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
