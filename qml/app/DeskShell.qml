import QtQuick
import QtQuick.Layouts
import Jack.Desk
import Jack.Components
import Jack.Tasks
import Jack.Settings
import Jack.Health
import Jack.Inbox
import Jack.Guests
import Jack.Knowledge

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
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: Desk.view = "guests"
    }
    Shortcut {
        sequence: "Ctrl+4"
        onActivated: Desk.view = "knowledge"
    }
    Shortcut {
        sequence: "Ctrl+5"
        onActivated: Desk.view = "settings"
    }
    Shortcut {
        sequence: "Ctrl+9"
        onActivated: Desk.view = "health"
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
    // Ctrl+K: the quick switcher (guests, rooms, messages and screens).
    Shortcut {
        sequence: "Ctrl+K"
        onActivated: quickSwitcher.open()
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

            EmergencyBanner {
                Layout.fillWidth: true
            }
            ConnectionBanner {
                Layout.fillWidth: true
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                // One page per Desk.view; unknown views show the inbox.
                readonly property var pages: ["inbox", "tasks", "guests", "knowledge", "settings",
                    "health"]
                currentIndex: Math.max(0, pages.indexOf(Desk.view))

                InboxWorkspace {
                    id: workspace
                }
                TasksPage {}
                GuestsPage {}
                KnowledgePage {}
                SettingsPage {}
                // Charts are built only once the screen is first opened.
                Loader {
                    id: healthLoader
                    objectName: "healthLoader"
                    active: Desk.view === "health"
                    sourceComponent: HealthPage {}
                }
            }
        }
    }

    QuickSwitcher {
        id: quickSwitcher
        parent: shell
        screens: [
            { view: "inbox", title: qsTr("Inbox") },
            { view: "tasks", title: qsTr("Tasks") },
            { view: "guests", title: qsTr("Guests") },
            { view: "knowledge", title: qsTr("Knowledge") },
            { view: "settings", title: qsTr("Settings") },
            { view: "health", title: qsTr("Health") }
        ]
    }

    NoticeBar {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 3 * Theme.unit
    }
}
