import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Components

// The one place a guest's data is erased: says what goes and what stays, and asks twice.
Popup {
    id: dialog

    property string guestName
    signal confirmed()

    width: 480
    modal: true
    focus: true
    padding: 3 * Theme.unit
    closePolicy: Popup.CloseOnEscape
    onOpened: understood.checked = false

    background: Rectangle {
        radius: Theme.radius + 2
        color: Theme.surface
        border.color: Theme.danger
        border.width: 1
    }

    contentItem: ColumnLayout {
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Erase the guest's data")
        spacing: Theme.unit + Theme.half

        Text {
            Layout.fillWidth: true
            text: qsTr("Erase all personal data of %1?").arg(dialog.guestName)
            wrapMode: Text.WordWrap
            color: Theme.dangerText
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Their name, phone number, e-mail, every message, photo and memory, and their reservations are deleted for good. Counts for statistics stay, without anything that names them. Do this only when the guest asked for it.")
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
            lineHeight: Theme.lineHeight
        }
        CheckBox {
            id: understood
            objectName: "eraseUnderstood"
            Layout.fillWidth: true
            text: qsTr("I understand this cannot be undone")
            font.pixelSize: Theme.bodySize
            Accessible.name: text
            contentItem: Text {
                leftPadding: understood.indicator.width + understood.spacing
                text: understood.text
                font: understood.font
                color: Theme.text
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.WordWrap
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.unit
            Item { Layout.fillWidth: true }
            DeskButton {
                text: qsTr("Keep the data")
                onClicked: dialog.close()
            }
            DeskButton {
                objectName: "confirmEraseButton"
                text: qsTr("Erase for good")
                variant: "danger"
                enabled: understood.checked
                onClicked: {
                    dialog.close()
                    dialog.confirmed()
                }
            }
        }
    }
}
