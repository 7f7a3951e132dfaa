import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// The hotel's profile: who it is, how to reach it, when the desk is staffed and what Jack
// says outside those hours, its languages and the address the internet reaches the hub at.
Item {
    id: page

    objectName: "hotelPage"
    readonly property alias form: hotelForm
    readonly property bool canEdit: Desk.session.role === "admin"

    HotelSettingsForm {
        id: hotelForm
        api: Desk.api
    }

    // A field of the form; ids of this file are not visible inside, hence `settings`.
    component Field: SettingsField {
        id: hotelField
        required property string key
        required property HotelSettingsForm settings
        required property bool editable
        Layout.fillWidth: true
        inputName: "hotel_" + key
        text: settings.values[key] || ""
        error: settings.errors[key] || ""
        readOnly: !editable
        onEdited: text => hotelField.settings.setValue(hotelField.key, text)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 72
            color: Theme.surface
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 3 * Theme.unit
                anchors.rightMargin: 3 * Theme.unit
                spacing: 2 * Theme.unit
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Text {
                        text: qsTr("Hotel")
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.weight: Font.Bold
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Text {
                        Layout.fillWidth: true
                        text: hotelForm.error.length > 0 ? "\u26A0 " + hotelForm.error
                              : hotelForm.savedMessage.length > 0 ? "\u2713 " + hotelForm.savedMessage
                              : !page.canEdit ? qsTr("Only an admin can change the hotel's settings.")
                              : hotelForm.dirty ? qsTr("You have changes that are not saved yet.")
                              : qsTr("Jack uses these details when it answers guests.")
                        color: hotelForm.error.length > 0 ? Theme.dangerText
                               : hotelForm.savedMessage.length > 0 ? Theme.successText : Theme.textMuted
                        font.pixelSize: Theme.metaSize
                        elide: Text.ElideRight
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
                DeskButton {
                    objectName: "hotelSave"
                    visible: page.canEdit
                    variant: "primary"
                    text: hotelForm.busy ? qsTr("Saving…") : qsTr("Save")
                    enabled: hotelForm.dirty && !hotelForm.busy
                    onClicked: hotelForm.save()
                }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }

        ScrollView {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: availableWidth

            GridLayout {
                x: 3 * Theme.unit
                width: Math.min(scroller.availableWidth - 6 * Theme.unit, 960)
                columns: 2
                columnSpacing: 3 * Theme.unit
                rowSpacing: 2 * Theme.unit

                Item { Layout.columnSpan: 2; Layout.preferredHeight: Theme.unit }

                SectionLabel { Layout.columnSpan: 2; text: qsTr("Profile") }
                Field {
                    settings: hotelForm
                    editable: page.canEdit
                    key: "name"
                    label: qsTr("Hotel name")
                    required: true
                    placeholder: qsTr("Harbourview Hotel")
                }
                Field {
                    settings: hotelForm
                    editable: page.canEdit
                    key: "website"
                    label: qsTr("Website")
                    placeholder: qsTr("https://www.example-hotel.com")
                }
                Field {
                    settings: hotelForm
                    editable: page.canEdit
                    key: "phone"
                    label: qsTr("Phone")
                    placeholder: qsTr("+351 21 000 0000")
                }
                Field {
                    settings: hotelForm
                    editable: page.canEdit
                    key: "email"
                    label: qsTr("E-mail")
                    placeholder: qsTr("frontdesk@example-hotel.com")
                }
                Field {
                    settings: hotelForm
                    editable: page.canEdit
                    Layout.columnSpan: 2
                    key: "address"
                    label: qsTr("Address")
                    multiline: true
                    placeholder: qsTr("Street, postcode, city, country")
                }

                SectionLabel { Layout.columnSpan: 2; Layout.topMargin: Theme.unit; text: qsTr("Times") }
                Field {
                    settings: hotelForm
                    editable: page.canEdit
                    key: "timezone"
                    label: qsTr("Time zone")
                    placeholder: qsTr("Europe/Lisbon")
                    help: qsTr("The hotel's time zone, as a place name such as Europe/Lisbon.")
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: 2 * Theme.unit
                    Field {
                        settings: hotelForm
                        editable: page.canEdit
                        key: "checkInTime"
                        label: qsTr("Check-in from")
                        placeholder: qsTr("15:00")
                    }
                    Field {
                        settings: hotelForm
                        editable: page.canEdit
                        key: "checkOutTime"
                        label: qsTr("Check-out by")
                        placeholder: qsTr("11:00")
                    }
                }

                SectionLabel { Layout.columnSpan: 2; Layout.topMargin: Theme.unit; text: qsTr("Business hours") }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.half
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 2 * Theme.unit
                        Field {
                            settings: hotelForm
                            editable: page.canEdit
                            key: "opensAt"
                            label: qsTr("Desk opens")
                            placeholder: qsTr("08:00")
                            error: hotelForm.errors.businessHours || ""
                        }
                        Field {
                            settings: hotelForm
                            editable: page.canEdit
                            key: "closesAt"
                            label: qsTr("Desk closes")
                            placeholder: qsTr("22:00")
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Leave both empty when someone is at the desk around the clock.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.metaSize
                        wrapMode: Text.WordWrap
                    }
                }
                Field {
                    settings: hotelForm
                    editable: page.canEdit
                    key: "outOfHoursReply"
                    label: qsTr("Reply outside business hours")
                    multiline: true
                    placeholder: qsTr("Thank you for your message. Our team is back at 8:00 and will answer you then.")
                    help: qsTr("Kept with the hotel's settings for now; Jack does not send it on its own yet.")
                }

                SectionLabel { Layout.columnSpan: 2; Layout.topMargin: Theme.unit; text: qsTr("Languages and address") }
                Field {
                    settings: hotelForm
                    editable: page.canEdit
                    key: "languages"
                    label: qsTr("Languages")
                    placeholder: qsTr("en, pt, es")
                    help: qsTr("Two-letter codes, the hotel's own language first. Staff read translations into it.")
                }
                Field {
                    settings: hotelForm
                    editable: page.canEdit
                    key: "publicBaseUrl"
                    label: qsTr("Public address of this hub")
                    placeholder: qsTr("https://jack.example-hotel.com")
                    help: qsTr("Where WhatsApp, Twilio and other providers reach the hub. Leave empty while nothing outside needs it.")
                }
                Item { Layout.columnSpan: 2; Layout.preferredHeight: 2 * Theme.unit }
            }
        }
    }
}
