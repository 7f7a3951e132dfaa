import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// The task board: what each department has to do, most urgent and oldest first.
Rectangle {
    id: page

    color: Theme.window

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            color: Theme.surface

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 3 * Theme.unit
                anchors.rightMargin: 3 * Theme.unit
                spacing: 2 * Theme.unit

                ColumnLayout {
                    spacing: 0
                    Text {
                        text: qsTr("Tasks")
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.weight: Font.Bold
                        Accessible.role: Accessible.Heading
                    }
                    Text {
                        objectName: "taskSummary"
                        text: {
                            const parts = [qsTr("%1 open").arg(Desk.tasks.openCount)]
                            if (Desk.tasks.overdueCount > 0)
                                parts.push(qsTr("%1 overdue").arg(Desk.tasks.overdueCount))
                            if (Desk.tasks.urgentCount > 0)
                                parts.push(qsTr("%1 high priority").arg(Desk.tasks.urgentCount))
                            return parts.join(" · ")
                        }
                        color: Desk.tasks.overdueCount > 0 ? Theme.dangerText : Theme.textMuted
                        font.pixelSize: Theme.metaSize
                        font.weight: Desk.tasks.overdueCount > 0 ? Font.DemiBold : Font.Normal
                    }
                }
                Item { Layout.fillWidth: true }
                Row {
                    spacing: 2
                    SegmentButton {
                        objectName: "showOpenTasks"
                        text: qsTr("Open")
                        count: Desk.tasks.openCount
                        checked: Desk.taskBoard.show === TaskFilterModel.Open
                        onClicked: Desk.taskBoard.show = TaskFilterModel.Open
                    }
                    SegmentButton {
                        objectName: "showDoneTasks"
                        text: qsTr("Done")
                        checked: Desk.taskBoard.show === TaskFilterModel.Done
                        onClicked: Desk.taskBoard.show = TaskFilterModel.Done
                    }
                    SegmentButton {
                        objectName: "showAllTasks"
                        text: qsTr("All")
                        checked: Desk.taskBoard.show === TaskFilterModel.All
                        onClicked: Desk.taskBoard.show = TaskFilterModel.All
                    }
                }
                DeskComboBox {
                    id: priorityBox
                    objectName: "priorityFilter"
                    Layout.preferredWidth: 160
                    textRole: "text"
                    valueRole: "value"
                    model: [
                        { value: "", text: qsTr("All priorities") },
                        { value: "urgent", text: qsTr("Urgent") },
                        { value: "high", text: qsTr("High") },
                        { value: "standard", text: qsTr("Standard") },
                        { value: "low", text: qsTr("Low") }
                    ]
                    onActivated: Desk.taskBoard.priority = currentValue
                    Accessible.name: qsTr("Priority")
                }
                DeskComboBox {
                    id: departmentBox
                    objectName: "departmentFilter"
                    Layout.preferredWidth: 200
                    textRole: "text"
                    valueRole: "value"
                    model: Desk.tasks.departmentOptions
                    onActivated: Desk.taskBoard.department = currentValue
                    Accessible.name: qsTr("Department")
                }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }

        ListView {
            id: list
            objectName: "taskList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Desk.taskBoard
            spacing: Theme.unit
            topMargin: 2 * Theme.unit
            bottomMargin: 2 * Theme.unit
            boundsBehavior: Flickable.StopAtBounds
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.name: qsTr("Tasks")
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

            delegate: TaskRow {
                x: 3 * Theme.unit
                width: ListView.view.width - 6 * Theme.unit
                keyboardCurrent: ListView.isCurrentItem && ListView.view.activeFocus
                onCompleteRequested: (id, name, tellable) => completeDialog.ask(id, name, tellable)
            }

            EmptyState {
                anchors.fill: parent
                visible: list.count === 0 && Desk.tasks.loaded
                glyph: "\u2713"
                title: Desk.taskBoard.priority.length > 0 || Desk.taskBoard.department.length > 0
                       ? qsTr("No tasks match these filters")
                       : Desk.taskBoard.show === TaskFilterModel.Done ? qsTr("No finished tasks yet")
                                                                       : qsTr("Nothing to do right now")
                body: Desk.taskBoard.priority.length > 0 || Desk.taskBoard.department.length > 0
                      ? qsTr("Choose “All priorities” and “All departments” to see every task.")
                      : Desk.taskBoard.show === TaskFilterModel.Done
                      ? qsTr("Tasks you mark as done are listed here.")
                      : qsTr("When a guest asks for something, Jack opens a task for the right department and it appears here.")
            }
        }
    }

    CompleteTaskDialog {
        id: completeDialog
        parent: page
    }
}
