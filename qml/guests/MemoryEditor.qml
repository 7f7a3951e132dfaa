import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// Adds or changes one thing Jack remembers about the guest.
Popup {
    id: editor

    property GuestProfile profile
    property string memoryId
    property alias fact: factField.text
    property string category: "preference"

    function openFor(id, category, fact) {
        memoryId = id
        editor.category = category
        factField.text = fact
        categoryBox.currentIndex = Math.max(0, categoryBox.indexOfValue(category))
        profile.clearError()
        open()
        factField.forceActiveFocus()
    }
    function save() {
        if (factField.text.trim().length === 0)
            return
        saving = true
        if (memoryId.length > 0)
            profile.updateMemory(memoryId, category, factField.text)
        else
            profile.addMemory(category, factField.text)
    }
    property bool saving: false

    width: 440
    modal: true
    focus: true
    padding: 3 * Theme.unit
    closePolicy: Popup.CloseOnEscape

    Connections {
        target: editor.profile
        function onMemorySaved() {
            if (editor.saving) {
                editor.saving = false
                editor.close()
            }
        }
        function onErrorChanged() {
            if (editor.profile.error.length > 0)
                editor.saving = false
        }
    }

    background: Rectangle {
        radius: Theme.radius + 2
        color: Theme.surface
        border.color: Theme.divider
    }

    contentItem: ColumnLayout {
        Accessible.role: Accessible.Dialog
        Accessible.name: memoryId.length > 0 ? qsTr("Edit memory") : qsTr("Add a memory")
        spacing: Theme.unit + Theme.half

        Text {
            text: editor.memoryId.length > 0 ? qsTr("Edit memory") : qsTr("Add a memory")
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Jack uses this in later conversations. Never note card numbers, passport numbers or health details beyond an allergy.")
            wrapMode: Text.WordWrap
            color: Theme.textSecondary
            font.pixelSize: Theme.metaSize
        }
        DeskComboBox {
            id: categoryBox
            objectName: "memoryCategory"
            Layout.fillWidth: true
            model: editor.profile ? editor.profile.memoryCategories : []
            textRole: "text"
            valueRole: "value"
            Accessible.name: qsTr("Kind of memory")
            onActivated: editor.category = currentValue
        }
        DeskTextField {
            id: factField
            objectName: "memoryFact"
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. Prefers a high floor")
            Accessible.name: qsTr("What to remember")
            onAccepted: editor.save()
        }
        Text {
            Layout.fillWidth: true
            visible: editor.profile && editor.profile.error.length > 0
            text: editor.profile ? editor.profile.error : ""
            wrapMode: Text.WordWrap
            color: Theme.dangerText
            font.pixelSize: Theme.metaSize
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.unit
            Item { Layout.fillWidth: true }
            DeskButton {
                text: qsTr("Cancel")
                onClicked: editor.close()
            }
            DeskButton {
                objectName: "saveMemoryButton"
                text: qsTr("Save")
                variant: "primary"
                enabled: factField.text.trim().length > 0 && !editor.saving
                onClicked: editor.save()
            }
        }
    }
}
