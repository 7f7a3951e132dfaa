import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// The apps: one card per channel, AI provider and hotel system; the chosen one's settings
// on the right.
Item {
    id: page

    objectName: "appsPage"
    property string openAppId
    readonly property alias catalog: appCatalog
    readonly property bool canEdit: Desk.session.role === "admin"
    readonly property bool canTest: Desk.session.role === "admin" || Desk.session.role === "manager"

    AppCatalogModel {
        id: appCatalog
        api: Desk.api
        feed: Desk.feed
        Component.onCompleted: reload()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: false
            Layout.preferredWidth: 440
            spacing: 0

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: false
                Layout.preferredHeight: header.implicitHeight + 4 * Theme.unit
                ColumnLayout {
                    id: header
                    x: 3 * Theme.unit
                    y: 3 * Theme.unit
                    width: parent.width - 5 * Theme.unit
                    spacing: 2
                    Text {
                        text: qsTr("Apps")
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.weight: Font.Bold
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("How guests reach the hotel, which AI helps Jack, and the hotel's own systems.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.metaSize
                        wrapMode: Text.WordWrap
                    }
                }
            }

            ListView {
                id: list
                objectName: "appList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: appCatalog
                spacing: Theme.unit
                bottomMargin: 2 * Theme.unit
                boundsBehavior: Flickable.StopAtBounds
                Accessible.name: qsTr("Apps")
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                section.property: "categoryLabel"
                section.delegate: SectionLabel {
                    required property string section
                    x: 3 * Theme.unit
                    topPadding: Theme.unit
                    bottomPadding: Theme.half
                    text: section
                }
                delegate: AppCard {
                    x: 3 * Theme.unit
                    width: ListView.view.width - 5 * Theme.unit
                    selected: appId === page.openAppId
                    onClicked: page.openAppId = appId
                }

                EmptyState {
                    anchors.fill: parent
                    visible: list.count === 0 && (appCatalog.loaded || appCatalog.error.length > 0)
                    glyph: "\u26A0"
                    title: qsTr("The apps could not be loaded")
                    body: appCatalog.error.length > 0 ? appCatalog.error : qsTr("The hub sent no apps.")
                    actionText: qsTr("Try again")
                    onActionTriggered: appCatalog.reload()
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Theme.divider
        }

        AppConfigPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            catalog: appCatalog
            appId: page.openAppId
            canEdit: page.canEdit
            canTest: page.canTest
        }
    }
}
