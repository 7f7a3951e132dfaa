import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQml.Models
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
                color: Theme.textOnAccent
                eyeColor: Theme.accent
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
        RailButton {
            objectName: "railGuests"
            Layout.alignment: Qt.AlignHCenter
            glyph: "\u263A"
            text: qsTr("Guests")
            checked: Desk.view === "guests"
            onClicked: Desk.view = "guests"
        }
        RailButton {
            objectName: "railKnowledge"
            Layout.alignment: Qt.AlignHCenter
            glyph: "\u2139"
            text: qsTr("Knowledge")
            checked: Desk.view === "knowledge"
            onClicked: Desk.view = "knowledge"
        }
        RailButton {
            objectName: "railHealth"
            Layout.alignment: Qt.AlignHCenter
            glyph: "\u2665"
            text: qsTr("Health")
            checked: Desk.view === "health"
            onClicked: Desk.view = "health"
        }

        Item { Layout.fillHeight: true }

        RailButton {
            objectName: "railSettings"
            Layout.alignment: Qt.AlignHCenter
            glyph: "\u2699"
            text: qsTr("Settings")
            checked: Desk.view === "settings"
            onClicked: Desk.view = "settings"
        }

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
                border.color: Theme.railTextSelected
            }

            Menu {
                id: userMenu
                objectName: "userMenu"
                // Beside the rail, not over it: right of it, or left of it when mirrored.
                x: userButton.mirrored ? -userButton.x - implicitWidth : rail.width - userButton.x
                y: userButton.height - implicitHeight
                MenuItem {
                    text: Desk.session.userName
                    enabled: false
                }
                MenuItem {
                    text: qsTr("Reload")
                    onTriggered: Desk.reload()
                }
                // Appearance and alerts, remembered for this user on this PC.
                MenuSeparator {}
                Menu {
                    objectName: "themeMenu"
                    title: qsTr("Theme")
                    ButtonGroup { id: themeGroup }
                    MenuItem {
                        objectName: "theme_light"
                        text: qsTr("Light")
                        checkable: true
                        checked: Preferences.theme === "light"
                        ButtonGroup.group: themeGroup
                        onTriggered: Preferences.theme = "light"
                    }
                    MenuItem {
                        objectName: "theme_dark"
                        text: qsTr("Dark")
                        checkable: true
                        checked: Preferences.theme === "dark"
                        ButtonGroup.group: themeGroup
                        onTriggered: Preferences.theme = "dark"
                    }
                    MenuItem {
                        objectName: "theme_system"
                        text: qsTr("Same as the desktop")
                        checkable: true
                        checked: Preferences.theme === "system"
                        ButtonGroup.group: themeGroup
                        onTriggered: Preferences.theme = "system"
                    }
                }
                MenuItem {
                    objectName: "soundToggle"
                    text: qsTr("Alert sound")
                    checkable: true
                    checked: Preferences.soundEnabled
                    onTriggered: Preferences.soundEnabled = checked
                }
                Menu {
                    objectName: "volumeMenu"
                    title: qsTr("Alert volume")
                    ButtonGroup { id: volumeGroup }
                    MenuItem {
                        objectName: "volume_quiet"
                        text: qsTr("Quiet")
                        checkable: true
                        checked: Math.abs(Preferences.soundVolume - 0.4) < 0.15
                        ButtonGroup.group: volumeGroup
                        onTriggered: Preferences.soundVolume = 0.4
                    }
                    MenuItem {
                        objectName: "volume_normal"
                        text: qsTr("Normal")
                        checkable: true
                        checked: Math.abs(Preferences.soundVolume - 0.7) < 0.15
                        ButtonGroup.group: volumeGroup
                        onTriggered: Preferences.soundVolume = 0.7
                    }
                    MenuItem {
                        objectName: "volume_loud"
                        text: qsTr("Loud")
                        checkable: true
                        checked: Math.abs(Preferences.soundVolume - 1.0) < 0.15
                        ButtonGroup.group: volumeGroup
                        onTriggered: Preferences.soundVolume = 1.0
                    }
                }
                MenuSeparator {}
                Menu {
                    id: languageMenu
                    objectName: "languageMenu"
                    title: qsTr("Language")
                    // Each language in its own name, so a clerk finds theirs in any language.
                    Instantiator {
                        model: LanguageSwitcher.languages
                        delegate: MenuItem {
                            required property var modelData
                            objectName: "language_" + modelData.code
                            text: modelData.name
                            checkable: true
                            checked: LanguageSwitcher.language === modelData.code
                            Accessible.name: modelData.name
                            onTriggered: LanguageSwitcher.language = modelData.code
                        }
                        onObjectAdded: (index, object) => languageMenu.insertItem(index, object)
                        onObjectRemoved: (index, object) => languageMenu.removeItem(object)
                    }
                }
                MenuItem {
                    text: qsTr("Sign out")
                    onTriggered: Desk.session.logout()
                }
            }
        }
    }
}
