import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// The narrow dark rail on the left: where to go, with counts that matter.
Rectangle {
    id: rail

    color: Theme.rail

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 2 * Theme.unit
        anchors.bottomMargin: 2 * Theme.unit
        spacing: Theme.unit

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: Theme.unit
            width: 40
            height: 40
            radius: 10
            color: Theme.accent
            Accessible.name: qsTr("Jack The Butler")
            JackMark {
                anchors.centerIn: parent
                size: 20
                color: "#ffffff"
            }
        }

        RailButton {
            objectName: "railInbox"
            Layout.alignment: Qt.AlignHCenter
            glyph: "\u2709"
            text: qsTr("Inbox")
            badge: Desk.conversations.needsYouCount
            badgeTone: "attention"
            checked: Desk.view === "inbox"
            onClicked: Desk.view = "inbox"
        }
        RailButton {
            objectName: "railTasks"
            Layout.alignment: Qt.AlignHCenter
            glyph: "\u2611"
            text: qsTr("Tasks")
            badge: Desk.tasks.openCount
            checked: Desk.view === "tasks"
            onClicked: Desk.view = "tasks"
        }

        Item { Layout.fillHeight: true }

        AbstractButton {
            id: userButton
            objectName: "userMenuButton"
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 40
            implicitHeight: 40
            hoverEnabled: true
            Accessible.name: qsTr("Signed in as %1").arg(Desk.session.userName)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Signed in as %1").arg(Desk.session.userName)
            ToolTip.delay: 400
            onClicked: userMenu.open()
            contentItem: Avatar {
                name: Desk.session.userName
                initials: Desk.session.initials
                size: 36
            }
            background: Rectangle {
                radius: 20
                color: "transparent"
                border.width: userButton.visualFocus ? 2 : 0
                border.color: "#ffffff"
            }

            Menu {
                id: userMenu
                x: userButton.width + Theme.unit
                y: userButton.height - implicitHeight
                MenuItem {
                    text: Desk.session.userName
                    enabled: false
                }
                MenuItem {
                    text: qsTr("Reload")
                    onTriggered: Desk.reload()
                }
                MenuItem {
                    text: qsTr("Sign out")
                    onTriggered: Desk.session.logout()
                }
            }
        }
    }
}
