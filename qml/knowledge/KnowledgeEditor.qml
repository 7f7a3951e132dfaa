import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// One entry: read it, or (managers) change, create or delete it.
Rectangle {
    id: editor

    property KnowledgeBook book
    property string entryId
    property bool creating: false
    readonly property bool showing: creating || entryId.length > 0
    readonly property bool editable: book && book.canEdit
    property var entry: ({})
    signal cancelled()

    color: Theme.window

    function load() {
        entry = entryId.length > 0 && book ? book.entries.entry(entryId) : ({})
        titleField.text = entry.title || ""
        contentArea.text = entry.content || ""
        keywordsField.text = entry.keywordsText || ""
        priorityField.text = String(entry.priority || 0)
        const category = entry.category || "faq"
        categoryBox.currentIndex = Math.max(0, categoryBox.indexOfValue(category))
        if (book)
            book.clearError()
    }
    function save() {
        book.save({
            "id": creating ? "" : entryId,
            "title": titleField.text,
            "category": categoryBox.currentValue,
            "content": contentArea.text,
            "keywordsText": keywordsField.text,
            "priority": parseInt(priorityField.text) || 0
        })
    }

    onEntryIdChanged: load()
    onCreatingChanged: load()
    Connections {
        target: editor.book
        function onCategoriesChanged() {
            categoryBox.currentIndex = Math.max(0, categoryBox.indexOfValue(editor.entry.category || "faq"))
        }
    }

    EmptyState {
        anchors.fill: parent
        visible: !editor.showing
        glyph: "\u2139"
        title: editor.editable ? qsTr("Pick an entry to read or change it") : qsTr("Pick an entry to read it")
        body: editor.editable ? qsTr("Or add a new one. Jack answers guests only from what is written here.")
                              : qsTr("Jack answers guests only from what is written here. Use “Test a question” to see what he would say.")
    }

    Popup {
        id: deleteConfirm
        objectName: "deleteEntryConfirm"
        anchors.centerIn: parent
        width: 400
        modal: true
        padding: 3 * Theme.unit
        background: Rectangle {
            radius: Theme.radius + 2
            color: Theme.surface
            border.color: Theme.divider
        }
        contentItem: ColumnLayout {
            Accessible.role: Accessible.Dialog
            Accessible.name: qsTr("Delete the entry")
            spacing: Theme.unit + Theme.half
            Text {
                Layout.fillWidth: true
                text: qsTr("Delete “%1”?").arg(editor.entry.title || "")
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Jack will no longer answer from it. This cannot be undone.")
                wrapMode: Text.WordWrap
                color: Theme.textSecondary
                font.pixelSize: Theme.bodySize
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                DeskButton {
                    text: qsTr("Keep it")
                    onClicked: deleteConfirm.close()
                }
                DeskButton {
                    text: qsTr("Delete")
                    variant: "danger"
                    onClicked: {
                        deleteConfirm.close()
                        editor.book.remove(editor.entryId)
                    }
                }
            }
        }
    }

    Flickable {
        id: scroller
        anchors.fill: parent
        visible: editor.showing
        contentHeight: form.implicitHeight + 6 * Theme.unit
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

        ColumnLayout {
            id: form
            x: 3 * Theme.unit
            y: 3 * Theme.unit
            width: Math.min(scroller.width - 6 * Theme.unit, 760)
            spacing: Theme.unit

            Text {
                text: editor.creating ? qsTr("New entry") : (editor.entry.title || "")
                Layout.fillWidth: true
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.weight: Font.Bold
                Accessible.role: Accessible.Heading
            }
            Text {
                Layout.fillWidth: true
                visible: !editor.editable
                text: qsTr("You can read the knowledge base. Only a manager or an admin can change it.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.metaSize
            }

            SectionLabel {
                Layout.topMargin: Theme.unit
                text: qsTr("Title")
            }
            DeskTextField {
                id: titleField
                objectName: "entryTitle"
                Layout.fillWidth: true
                readOnly: !editor.editable
                placeholderText: qsTr("e.g. Breakfast times")
                Accessible.name: qsTr("Title")
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.unit
                spacing: 2 * Theme.unit
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.unit
                    SectionLabel { text: qsTr("Category") }
                    DeskComboBox {
                        id: categoryBox
                        objectName: "entryCategory"
                        Layout.fillWidth: true
                        enabled: editor.editable
                        model: editor.book ? editor.book.editorCategories : []
                        textRole: "text"
                        valueRole: "value"
                        Accessible.name: qsTr("Category")
                    }
                }
                ColumnLayout {
                    Layout.preferredWidth: 140
                    spacing: Theme.unit
                    SectionLabel { text: qsTr("Priority") }
                    DeskTextField {
                        id: priorityField
                        objectName: "entryPriority"
                        Layout.fillWidth: true
                        readOnly: !editor.editable
                        validator: IntValidator { bottom: -100; top: 100 }
                        Accessible.name: qsTr("Priority: higher wins when entries overlap")
                        ToolTip.visible: activeFocus
                        ToolTip.text: qsTr("Higher wins when two entries answer the same question")
                    }
                }
            }

            SectionLabel {
                Layout.topMargin: Theme.unit
                text: qsTr("What Jack may tell guests")
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(140, Math.min(260, contentArea.implicitHeight + 2))
                TextArea {
                    id: contentArea
                    objectName: "entryContent"
                    readOnly: !editor.editable
                    wrapMode: TextEdit.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    selectByMouse: true
                    selectedTextColor: Theme.textOnAccent
                    selectionColor: Theme.accent
                    placeholderText: qsTr("Write it as you would tell a guest: times, prices, where to go.")
                    placeholderTextColor: Theme.textMuted
                    padding: Theme.unit + Theme.half
                    Accessible.name: qsTr("What Jack may tell guests")
                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.surfaceSunken
                        border.width: contentArea.activeFocus ? 2 : 1
                        border.color: contentArea.activeFocus ? Theme.focusRing : Theme.divider
                    }
                }
            }

            SectionLabel {
                Layout.topMargin: Theme.unit
                text: qsTr("Keywords")
            }
            DeskTextField {
                id: keywordsField
                objectName: "entryKeywords"
                Layout.fillWidth: true
                readOnly: !editor.editable
                placeholderText: qsTr("Words guests use, separated by commas: wifi, internet, password")
                Accessible.name: qsTr("Keywords")
            }
            Text {
                Layout.fillWidth: true
                visible: (editor.entry.sourceUrl || "").length > 0 && !editor.creating
                text: qsTr("Imported from %1").arg(editor.entry.sourceUrl || "")
                elide: Text.ElideMiddle
                color: Theme.textMuted
                font.pixelSize: Theme.metaSize
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.unit
                visible: editor.book && editor.book.error.length > 0
                implicitHeight: errorText.implicitHeight + 2 * Theme.unit
                radius: Theme.radius
                color: Theme.dangerSoft
                Text {
                    id: errorText
                    anchors.fill: parent
                    anchors.margins: Theme.unit
                    text: editor.book ? editor.book.error : ""
                    wrapMode: Text.WordWrap
                    color: Theme.dangerText
                    font.pixelSize: Theme.bodySize
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.unit
                visible: editor.editable
                spacing: Theme.unit
                DeskButton {
                    objectName: "saveEntryButton"
                    text: editor.creating ? qsTr("Add entry") : qsTr("Save changes")
                    variant: "primary"
                    enabled: editor.book && !editor.book.saving && titleField.text.trim().length > 0
                             && contentArea.text.trim().length > 0
                    onClicked: editor.save()
                }
                DeskButton {
                    visible: editor.creating
                    text: qsTr("Cancel")
                    onClicked: editor.cancelled()
                }
                Item { Layout.fillWidth: true }
                DeskButton {
                    objectName: "deleteEntryButton"
                    visible: !editor.creating
                    text: qsTr("Delete…")
                    variant: "danger"
                    enabled: editor.book && !editor.book.saving
                    onClicked: deleteConfirm.open()
                }
            }
        }
    }
}
