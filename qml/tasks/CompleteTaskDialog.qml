import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// "Done" on a task: an optional note for colleagues and, when the task came from a guest's
// conversation, whether to tell the guest (in their language) that it has been taken care of.
Popup {
    id: dialog

    property string taskId
    property string taskTitle
    property bool canTellGuest: false

    function ask(id, title, tellable) {
        taskId = id
        taskTitle = title
        canTellGuest = tellable
        note.text = ""
        tellGuest.checked = tellable
        open()
    }

    objectName: "completeTaskDialog"
    modal: true
    focus: true
    width: 440
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? (parent.height - height) / 3 : 0
    padding: 3 * Theme.unit
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onOpened: note.forceActiveFocus()

    background: Rectangle {
        radius: Theme.radius + 4
        color: Theme.surface
        border.width: 1
        border.color: Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: 2 * Theme.unit

        Text {
            Layout.fillWidth: true
            text: qsTr("Complete “%1”").arg(dialog.taskTitle)
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.weight: Font.Bold
            Accessible.role: Accessible.Heading
        }

        TextArea {
            id: note
            objectName: "completeTaskNote"
            Layout.fillWidth: true
            Layout.preferredHeight: 84
            placeholderText: qsTr("What was done? (optional, for colleagues)")
            placeholderTextColor: Theme.textMuted
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            Accessible.name: qsTr("Note")
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: tellGuest.enabled ? tellGuest : confirm
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surfaceSunken
                border.width: note.activeFocus ? 2 : 1
                border.color: note.activeFocus ? Theme.focusRing : Theme.divider
            }
        }

        CheckBox {
            id: tellGuest
            objectName: "completeTaskTellGuest"
            Layout.fillWidth: true
            enabled: dialog.canTellGuest
            text: qsTr("Tell the guest it is done (in their language)")
            font.pixelSize: Theme.bodySize
            Accessible.name: text
        }
        Text {
            Layout.fillWidth: true
            visible: !dialog.canTellGuest
            text: qsTr("This task did not come from a guest's conversation, so there is no one to tell.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.metaSize
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.unit
            Item { Layout.fillWidth: true }
            DeskButton {
                text: qsTr("Cancel")
                variant: "quiet"
                onClicked: dialog.close()
            }
            DeskButton {
                id: confirm
                objectName: "completeTaskConfirm"
                text: tellGuest.checked && tellGuest.enabled ? qsTr("Complete and tell the guest")
                                                             : qsTr("Complete")
                glyph: "\u2713"
                variant: "success"
                onClicked: {
                    Desk.completeTask(dialog.taskId, note.text, tellGuest.checked && tellGuest.enabled)
                    dialog.close()
                }
            }
        }
    }
}
