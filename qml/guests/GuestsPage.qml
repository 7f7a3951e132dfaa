import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// Guests and reservations: today's arrivals, who is in house, today's departures or every
// guest, searchable; the chosen guest's profile beside the list.
Rectangle {
    id: page

    objectName: "guestsPage"
    color: Theme.window

    property string selectedGuestId

    //! Shows one guest's profile (the screenshot driver and the inbox use it too).
    function showGuest(guestId) {
        selectedGuestId = guestId
    }

    onVisibleChanged: if (visible) directory.reload()
    Component.onCompleted: if (visible) directory.reload()

    GuestDirectory {
        id: directory
        objectName: "guestDirectory"
        api: Desk.api
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: Math.min(440, Math.max(360, page.width * 0.36))
            color: Theme.surface

            ColumnLayout {
                anchors.fill: parent
                spacing: 0

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.margins: 2 * Theme.unit
                    Layout.bottomMargin: Theme.unit
                    spacing: Theme.unit

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Text {
                            text: qsTr("Guests")
                            color: Theme.text
                            font.pixelSize: Theme.headingSize
                            font.weight: Font.Bold
                            Accessible.role: Accessible.Heading
                        }
                        Text {
                            Layout.fillWidth: true
                            text: directory.dayText.length > 0
                                  ? qsTr("Today, %1 · %2 in house").arg(directory.dayText).arg(directory.inHouseCount)
                                  : " "
                            elide: Text.ElideRight
                            color: Theme.textMuted
                            font.pixelSize: Theme.metaSize
                        }
                    }

                    DeskTextField {
                        id: search
                        objectName: "guestSearch"
                        Layout.fillWidth: true
                        search: true
                        placeholderText: qsTr("Search name, phone, e-mail or room")
                        Accessible.name: qsTr("Search guests")
                        onTextEdited: directory.query = text
                    }

                    Flow {
                        Layout.fillWidth: true
                        spacing: 2
                        SegmentButton {
                            objectName: "showArrivals"
                            text: qsTr("Arrivals")
                            Accessible.name: qsTr("Arrivals today, %1").arg(count)
                            count: directory.arrivalsCount
                            checked: directory.show === GuestDirectory.Arrivals
                            onClicked: directory.show = GuestDirectory.Arrivals
                        }
                        SegmentButton {
                            objectName: "showInHouse"
                            text: qsTr("In house")
                            count: directory.inHouseCount
                            checked: directory.show === GuestDirectory.InHouse
                            onClicked: directory.show = GuestDirectory.InHouse
                        }
                        SegmentButton {
                            objectName: "showDepartures"
                            text: qsTr("Departures")
                            Accessible.name: qsTr("Departures today, %1").arg(count)
                            count: directory.departuresCount
                            checked: directory.show === GuestDirectory.Departures
                            onClicked: directory.show = GuestDirectory.Departures
                        }
                        SegmentButton {
                            objectName: "showAllGuests"
                            text: qsTr("All")
                            Accessible.name: qsTr("All guests, %1").arg(count)
                            count: directory.guestCount
                            checked: directory.show === GuestDirectory.All
                            onClicked: directory.show = GuestDirectory.All
                        }
                    }

                    Text {
                        Layout.fillWidth: true
                        visible: directory.error.length > 0
                        text: directory.error
                        wrapMode: Text.WordWrap
                        color: Theme.dangerText
                        font.pixelSize: Theme.metaSize
                    }
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 1
                    color: Theme.divider
                }

                ListView {
                    id: list
                    objectName: "guestList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: directory.model
                    boundsBehavior: Flickable.StopAtBounds
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    Accessible.name: qsTr("Guests")
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                    onAtYEndChanged: if (atYEnd && directory.hasMore) directory.loadMore()
                    Keys.onReturnPressed: page.showGuest(directory.model.guestIdAt(currentIndex))

                    delegate: GuestRow {
                        width: ListView.view.width
                        selected: model.guestId === page.selectedGuestId
                        keyboardCurrent: ListView.isCurrentItem && ListView.view.activeFocus
                        onClicked: page.showGuest(model.guestId)
                    }

                    EmptyState {
                        anchors.fill: parent
                        visible: list.count === 0 && directory.loaded && !directory.loading
                        glyph: "\u263A"
                        title: directory.emptyTitle
                        body: directory.emptyBody
                    }
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Theme.divider
        }

        GuestProfilePane {
            Layout.fillWidth: true
            Layout.fillHeight: true
            guestId: page.selectedGuestId
            onErased: directory.reload()
        }
    }
}
