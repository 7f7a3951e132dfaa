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
                        text: Desk.tasks.urgentCount > 0
                              ? qsTr("%1 open · %2 high priority").arg(Desk.tasks.openCount).arg(Desk.tasks.urgentCount)
                              : qsTr("%1 open").arg(Desk.tasks.openCount)
                        color: Theme.textMuted
                        font.pixelSize: Theme.metaSize
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
            }

            EmptyState {
                anchors.fill: parent
                visible: list.count === 0 && Desk.tasks.loaded
                glyph: "\u2713"
                title: Desk.taskBoard.show === TaskFilterModel.Done ? qsTr("No finished tasks yet")
                                                                   : qsTr("Nothing to do right now")
                body: Desk.taskBoard.show === TaskFilterModel.Done
                      ? qsTr("Tasks you mark as done are listed here.")
                      : qsTr("When a guest asks for something, Jack opens a task for the right department and it appears here.")
            }
        }
    }
}
