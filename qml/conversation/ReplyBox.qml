import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// Where the clerk writes. Ctrl+Enter sends; the bubble appears at once and never blocks typing.
Rectangle {
    id: box

    property string guestName
    property string channelLabel
    property alias editor: input

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

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.unit

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
        Text {
            Layout.fillWidth: true
            text: box.channelLabel.length > 0 ? qsTr("Ctrl+Enter to send · goes to the guest on %1").arg(box.channelLabel)
                                             : qsTr("Ctrl+Enter to send")
            color: Theme.textMuted
            font.pixelSize: Theme.metaSize
            elide: Text.ElideRight
        }
    }
}
