import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// Staff and roles (admins only): everyone who can sign in, and a panel to add someone or
// change an account.
Item {
    id: page

    objectName: "staffPage"
    // The account open in the panel; "new" while adding someone; empty for none.
    property string openStaffId
    readonly property alias directory: staffDirectory

    StaffDirectory {
        id: staffDirectory
        api: Desk.api
        selfId: Desk.session.userId
        Component.onCompleted: reload()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 3 * Theme.unit
                Layout.bottomMargin: 2 * Theme.unit
                spacing: 2 * Theme.unit
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Text {
                        text: qsTr("Staff and roles")
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.weight: Font.Bold
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Staff answer guests and handle tasks. Managers also edit the knowledge base and test apps. Admins change every setting.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.metaSize
                        wrapMode: Text.WordWrap
                    }
                }
                DeskButton {
                    objectName: "addStaff"
                    variant: "primary"
                    glyph: "+"
                    text: qsTr("Add someone")
                    onClicked: {
                        staffDirectory.clearErrors()
                        page.openStaffId = "new"
                    }
                }
            }

            ListView {
                id: list
                objectName: "staffList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: staffDirectory
                spacing: Theme.unit
                bottomMargin: 2 * Theme.unit
                boundsBehavior: Flickable.StopAtBounds
                Accessible.name: qsTr("Staff")
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                delegate: StaffRow {
                    x: 3 * Theme.unit
                    width: ListView.view.width - 5 * Theme.unit
                    selected: staffId === page.openStaffId
                    onClicked: {
                        staffDirectory.clearErrors()
                        page.openStaffId = staffId
                    }
                }

                EmptyState {
                    anchors.fill: parent
                    visible: list.count === 0 && (staffDirectory.loaded || staffDirectory.error.length > 0)
                    glyph: "\u263A"
                    title: staffDirectory.error.length > 0 ? qsTr("The staff list could not be loaded") : qsTr("Nobody here yet")
                    body: staffDirectory.error.length > 0 ? staffDirectory.error : qsTr("Add the people who work at the desk so each signs in with their own account.")
                    actionText: staffDirectory.error.length > 0 ? qsTr("Try again") : ""
                    onActionTriggered: staffDirectory.reload()
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Theme.divider
        }

        StaffEditor {
            Layout.fillHeight: true
            Layout.preferredWidth: 420
            directory: staffDirectory
            staffId: page.openStaffId
            onClosed: page.openStaffId = ""
            onCreated: id => page.openStaffId = id
        }
    }
}
