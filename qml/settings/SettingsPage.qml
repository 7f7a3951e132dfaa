import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// Settings: a side list of sections (apps, staff and roles for admins, the hotel) and the
// chosen section. Each section is loaded only while shown, so it reads fresh data each time.
Rectangle {
    id: page

    objectName: "settingsPage"
    // apps | staff | hotel
    property string section: "apps"
    readonly property bool shown: Desk.view === "settings"
    readonly property bool isAdmin: Desk.session.role === "admin"

    color: Theme.window
    onIsAdminChanged: {
        if (!isAdmin && section === "staff")
            section = "apps"
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 220
            color: Theme.surface

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 2 * Theme.unit
                spacing: Theme.half

                Text {
                    Layout.bottomMargin: Theme.unit
                    text: qsTr("Settings")
                    color: Theme.text
                    font.pixelSize: Theme.headingSize
                    font.weight: Font.Bold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                SettingsSection {
                    objectName: "settingsApps"
                    Layout.fillWidth: true
                    text: qsTr("Apps")
                    detail: qsTr("Channels, AI, hotel systems")
                    checked: page.section === "apps"
                    onClicked: page.section = "apps"
                }
                SettingsSection {
                    objectName: "settingsStaff"
                    Layout.fillWidth: true
                    visible: page.isAdmin
                    text: qsTr("Staff and roles")
                    detail: qsTr("Who can sign in, and as what")
                    checked: page.section === "staff"
                    onClicked: page.section = "staff"
                }
                SettingsSection {
                    objectName: "settingsHotel"
                    Layout.fillWidth: true
                    text: qsTr("Hotel")
                    detail: qsTr("Profile, hours, languages")
                    checked: page.section === "hotel"
                    onClicked: page.section = "hotel"
                }
                Item { Layout.fillHeight: true }
                Text {
                    Layout.fillWidth: true
                    visible: !page.isAdmin
                    text: qsTr("You can look at these settings. Only an admin can change them.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.metaSize
                    wrapMode: Text.WordWrap
                }
            }
            Rectangle {
                anchors.right: parent.right
                width: 1
                height: parent.height
                color: Theme.divider
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: page.section === "staff" ? 1 : page.section === "hotel" ? 2 : 0

            Loader {
                active: page.shown && page.section === "apps"
                sourceComponent: AppsPage {}
            }
            Loader {
                active: page.shown && page.section === "staff" && page.isAdmin
                sourceComponent: StaffPage {}
            }
            Loader {
                active: page.shown && page.section === "hotel"
                sourceComponent: HotelPage {}
            }
        }
    }
}
