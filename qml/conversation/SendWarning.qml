import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// Asked before a reply goes out while a colleague is answering the same guest (typing now, or
// replied less than 30 s ago): "Ana is replying to this guest. Send anyway?" Cancel has the
// focus; Tab reaches Send anyway, Enter or Space presses, Esc cancels.
Popup {
    id: warning

    property string name
    property bool replying: true
    property bool sent: false
    signal sendAnyway()
    signal cancelled()

    function ask(who) {
        warning.name = who
        warning.sent = false
        warning.replying = Desk.presence.typing.indexOf(who) >= 0
        warning.open()
        cancelButton.forceActiveFocus()
    }

    objectName: "sendWarning"
    modal: true
    focus: true
    width: Math.min(440, parent ? parent.width - 4 * Theme.unit : 440)
    padding: 2 * Theme.unit
    closePolicy: Popup.CloseOnEscape
    onClosed: if (!sent) warning.cancelled()

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.attentionStrong
    }

    contentItem: ColumnLayout {
        spacing: Theme.unit + Theme.half
        Text {
            objectName: "sendWarningText"
            Layout.fillWidth: true
            text: warning.replying ? qsTr("%1 is replying to this guest. Send anyway?").arg(warning.name)
                                   : qsTr("%1 replied to this guest a moment ago. Send anyway?").arg(warning.name)
            wrapMode: Text.Wrap
            color: Theme.attentionText
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.unit
            DeskButton {
                id: cancelButton
                objectName: "sendWarningCancel"
                text: qsTr("Cancel")
                variant: "secondary"
                Accessible.name: qsTr("Cancel, do not send")
                KeyNavigation.tab: sendButton
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: warning.close()
            }
            DeskButton {
                id: sendButton
                objectName: "sendAnywayButton"
                text: qsTr("Send anyway")
                variant: "primary"
                Accessible.name: qsTr("Send anyway")
                KeyNavigation.tab: cancelButton
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: {
                    warning.sent = true
                    warning.close()
                    warning.sendAnyway()
                }
            }
        }
    }
}
