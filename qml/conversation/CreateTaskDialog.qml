import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// "Create task" from a message: department, priority and a description taken from the message,
// all editable. The task is linked to the conversation, so it shows with the guest's open tasks.
Popup {
    id: dialog

    property string conversationId
    property string quote
    property string quoteSender

    // Opens the form for a message; the department is guessed from what Jack understood.
    function openFor(conversationId, text, sender, intent) {
        dialog.conversationId = conversationId
        dialog.quote = text
        dialog.quoteSender = sender
        description.text = creator.descriptionFor(text)
        let department = "front_desk"
        for (const d of creator.departments) {
            if ((intent || "").indexOf(d.value) >= 0)
                department = d.value
        }
        departmentBox.currentIndex = creator.departments.findIndex(d => d.value === department)
        priorityBox.currentIndex = creator.priorities.findIndex(p => p.value === "standard")
        creator.clearError()
        dialog.open()
        description.forceActiveFocus()
    }

    TaskCreator {
        id: creator
        api: Desk.api
        onCreated: dialog.close()
    }

    objectName: "createTaskDialog"
    // Centred over the conversation pane it belongs to.
    width: Math.min(480, parent ? parent.width - 4 * Theme.unit : 480)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(Theme.unit, (parent.height - height) / 2) : 0
    modal: true
    focus: true
    padding: 2 * Theme.unit
    closePolicy: Popup.CloseOnEscape
    background: Rectangle {
        radius: Theme.radius + 2
        color: Theme.surface
        border.color: Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: Theme.unit

        Text {
            text: qsTr("Create a task")
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.weight: Font.Bold
            Accessible.role: Accessible.Heading
        }
        Text {
            Layout.fillWidth: true
            visible: dialog.quote.length > 0
            text: qsTr("From %1's message: “%2”").arg(dialog.quoteSender).arg(dialog.quote)
            color: Theme.textSecondary
            font.pixelSize: Theme.metaSize + 1
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.unit
            rowSpacing: Theme.half
            Text {
                text: qsTr("Department")
                color: Theme.textSecondary
                font.pixelSize: Theme.metaSize + 1
            }
            Text {
                text: qsTr("Priority")
                color: Theme.textSecondary
                font.pixelSize: Theme.metaSize + 1
            }
            DeskComboBox {
                id: departmentBox
                objectName: "taskDepartment"
                Layout.fillWidth: true
                model: creator.departments
                textRole: "label"
                valueRole: "value"
                Accessible.name: qsTr("Department")
            }
            DeskComboBox {
                id: priorityBox
                objectName: "taskPriority"
                Layout.fillWidth: true
                model: creator.priorities
                textRole: "label"
                valueRole: "value"
                Accessible.name: qsTr("Priority")
            }
        }
        Text {
            text: qsTr("What needs doing")
            color: Theme.textSecondary
            font.pixelSize: Theme.metaSize + 1
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 88
            radius: Theme.radius
            color: Theme.surfaceSunken
            border.width: description.activeFocus ? 2 : 1
            border.color: description.activeFocus ? Theme.focusRing : Theme.divider
            ScrollView {
                anchors.fill: parent
                anchors.margins: 1
                TextArea {
                    id: description
                    objectName: "taskDescription"
                    wrapMode: TextEdit.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    selectByMouse: true
                    background: null
                    Accessible.name: qsTr("Task description")
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: creator.error.length > 0
            text: creator.error
            color: Theme.dangerText
            font.pixelSize: Theme.metaSize + 1
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            DeskButton {
                text: qsTr("Cancel")
                variant: "quiet"
                onClicked: dialog.close()
            }
            DeskButton {
                objectName: "createTaskSubmit"
                text: creator.busy ? qsTr("Creating…") : qsTr("Create task")
                variant: "primary"
                enabled: !creator.busy && description.text.trim().length > 0 && departmentBox.currentIndex >= 0
                onClicked: creator.create(dialog.conversationId, departmentBox.currentValue,
                                          priorityBox.currentValue, description.text)
            }
        }
    }
}
