import QtQuick
import QtQuick.Layouts
import Jack.Desk
import Jack.Components
import Jack.Tasks

// The signed-in desk: navigation rail, then the inbox workspace or the task board.
Item {
    id: shell

    objectName: "deskShell"

    Shortcut {
        sequence: "Ctrl+1"
        onActivated: Desk.view = "inbox"
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: Desk.view = "tasks"
    }
    // Alt+Up/Down walk the inbox as filtered; Esc leaves the conversation for the inbox.
    Shortcut {
        sequence: "Alt+Down"
        onActivated: {
            Desk.view = "inbox"
            Desk.openAdjacent(1)
        }
    }
    Shortcut {
        sequence: "Alt+Up"
        onActivated: {
            Desk.view = "inbox"
            Desk.openAdjacent(-1)
        }
    }
    Shortcut {
        sequence: "Esc"
        enabled: Desk.view === "inbox" && Desk.currentConversationId.length > 0
        onActivated: Desk.closeConversation()
    }
    Shortcut {
        sequence: "Ctrl+F"
        onActivated: {
            Desk.view = "inbox"
            workspace.focusSearch()
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationRail {
            Layout.fillHeight: true
            Layout.preferredWidth: 72
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ConnectionBanner {
                Layout.fillWidth: true
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: Desk.view === "tasks" ? 1 : 0

                InboxWorkspace {
                    id: workspace
                }
                TasksPage {}
            }
        }
    }

    NoticeBar {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 3 * Theme.unit
    }
}
