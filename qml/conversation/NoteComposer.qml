import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// Writes an internal note: amber, with a plain warning that the guest never sees it. Typing "@"
// offers colleagues by name (arrows, Enter or Tab to pick, Esc to close); the hub is told whom
// the note mentions and their desks mark it. Ctrl+Enter saves.
Rectangle {
    id: composer

    property alias editor: noteInput
    // Where the "@" being completed starts, or -1.
    property int mentionStart: -1
    property var suggestions: []

    function save() {
        Desk.notes.addNote(noteInput.text)
    }

    // The "@word" before the cursor, if the clerk is naming someone.
    function updateMention() {
        const before = noteInput.text.substring(0, noteInput.cursorPosition)
        const at = before.lastIndexOf("@")
        if (at < 0 || (at > 0 && !/\s/.test(before.charAt(at - 1)))) {
            closeMentions()
            return
        }
        const query = before.substring(at + 1)
        // A name has at most a first and a last word here; a line break ends it.
        if (/\n/.test(query) || query.split(" ").length > 2) {
            closeMentions()
            return
        }
        const found = Desk.notes.staffMatching(query, 6)
        if (found.length === 0) {
            closeMentions()
            return
        }
        composer.mentionStart = at
        composer.suggestions = found
        mentionList.currentIndex = 0
        mentionPopup.open()
    }
    function closeMentions() {
        composer.mentionStart = -1
        mentionPopup.close()
    }
    function pickMention(index) {
        if (composer.mentionStart < 0 || index < 0 || index >= composer.suggestions.length)
            return
        const name = composer.suggestions[index].name
        const start = composer.mentionStart
        const end = noteInput.cursorPosition
        noteInput.remove(start, end)
        noteInput.insert(start, "@" + name + " ")
        noteInput.cursorPosition = start + name.length + 2
        closeMentions()
        noteInput.forceActiveFocus()
    }

    implicitHeight: layout.implicitHeight + 2 * Theme.unit
    color: Theme.attentionRow

    Connections {
        target: Desk.notes
        function onNoteAdded() {
            noteInput.clear()
        }
    }

    Rectangle {
        width: parent.width
        height: 2
        color: Theme.attentionStrong
    }

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.unit + Theme.half
        anchors.leftMargin: 2 * Theme.unit
        anchors.rightMargin: 2 * Theme.unit
        spacing: Theme.half + 2

        Text {
            objectName: "noteWarning"
            Layout.fillWidth: true
            text: qsTr("Internal note: only staff see it. Nothing here is sent to the guest.")
            wrapMode: Text.Wrap
            color: Theme.attentionText
            font.pixelSize: Theme.metaSize + 1
            font.weight: Font.DemiBold
        }

        Rectangle {
            objectName: "noteError"
            Layout.fillWidth: true
            visible: Desk.notes.error.length > 0
            Layout.preferredHeight: visible ? errorRow.implicitHeight + Theme.unit : 0
            radius: Theme.radius
            color: Theme.dangerSoft
            RowLayout {
                id: errorRow
                anchors.fill: parent
                anchors.leftMargin: Theme.unit + Theme.half
                anchors.rightMargin: Theme.half
                Text {
                    Layout.fillWidth: true
                    text: Desk.notes.error
                    wrapMode: Text.Wrap
                    color: Theme.dangerText
                    font.pixelSize: Theme.metaSize + 1
                }
                DeskButton {
                    text: qsTr("Dismiss")
                    variant: "quiet"
                    compact: true
                    onClicked: Desk.notes.clearError()
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.unit

            Rectangle {
                id: field
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(120, Math.max(40, noteInput.implicitHeight + 2))
                radius: Theme.radius + 2
                color: Theme.surface
                border.width: noteInput.activeFocus ? 2 : 1
                border.color: noteInput.activeFocus ? Theme.focusRing : Theme.attentionStrong

                ScrollView {
                    anchors.fill: parent
                    anchors.margins: 1
                    TextArea {
                        id: noteInput
                        objectName: "noteInput"
                        placeholderText: qsTr("Note for your colleagues… type @ to mention someone")
                        placeholderTextColor: Theme.textMuted
                        wrapMode: TextEdit.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        selectByMouse: true
                        leftPadding: Theme.unit + Theme.half
                        rightPadding: Theme.unit + Theme.half
                        topPadding: 10
                        bottomPadding: 10
                        background: null
                        Accessible.name: qsTr("Internal note")
                        onTextChanged: composer.updateMention()
                        onCursorPositionChanged: composer.updateMention()
                        Keys.onPressed: (event) => {
                            if (mentionPopup.opened) {
                                if (event.key === Qt.Key_Down) {
                                    mentionList.incrementCurrentIndex()
                                    event.accepted = true
                                } else if (event.key === Qt.Key_Up) {
                                    mentionList.decrementCurrentIndex()
                                    event.accepted = true
                                } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter
                                           || event.key === Qt.Key_Tab) {
                                    composer.pickMention(mentionList.currentIndex)
                                    event.accepted = true
                                } else if (event.key === Qt.Key_Escape) {
                                    composer.closeMentions()
                                    event.accepted = true
                                }
                                return
                            }
                            if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                    && (event.modifiers & Qt.ControlModifier)) {
                                composer.save()
                                event.accepted = true
                            }
                        }
                    }
                }
            }
            DeskButton {
                objectName: "addNoteButton"
                Layout.alignment: Qt.AlignBottom
                Layout.preferredHeight: 40
                text: Desk.notes.busy ? qsTr("Saving…") : qsTr("Add note")
                variant: "attention"
                enabled: noteInput.text.trim().length > 0 && !Desk.notes.busy
                Accessible.name: qsTr("Add the internal note")
                onClicked: composer.save()
            }
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Ctrl+Enter to save · @ to mention a colleague, who is told")
            color: Theme.textMuted
            font.pixelSize: Theme.metaSize
            elide: Text.ElideRight
        }
    }

    Popup {
        id: mentionPopup
        objectName: "mentionPopup"
        // Beside the Reply/Note switch rather than over it.
        x: Math.min(layout.x + 240, composer.width - width - Theme.unit)
        y: layout.y + field.y - height - Theme.half
        width: 260
        height: Math.min(mentionList.contentHeight, 6 * 36) + 2 * padding
        padding: Theme.half
        focus: false
        closePolicy: Popup.CloseOnPressOutside
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.divider
        }
        contentItem: ListView {
            id: mentionList
            objectName: "mentionList"
            clip: true
            model: composer.suggestions
            keyNavigationWraps: true
            Accessible.name: qsTr("Colleagues to mention")
            delegate: ItemDelegate {
                id: person
                required property var modelData
                required property int index
                width: ListView.view.width
                height: 36
                highlighted: ListView.isCurrentItem
                Accessible.name: qsTr("Mention %1").arg(modelData.name)
                onClicked: composer.pickMention(index)
                background: Rectangle {
                    radius: Theme.radius
                    color: person.highlighted ? Theme.selected : person.hovered ? Theme.hover : "transparent"
                }
                contentItem: RowLayout {
                    spacing: Theme.unit
                    Avatar {
                        name: person.modelData.name
                        initials: person.modelData.name.split(" ").filter(w => w.length > 0)
                                  .slice(0, 2).map(w => w.charAt(0)).join("").toUpperCase()
                        size: 24
                    }
                    Text {
                        Layout.fillWidth: true
                        text: person.modelData.name
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        elide: Text.ElideRight
                    }
                    Text {
                        visible: (person.modelData.departmentLabel || "").length > 0
                        text: person.modelData.departmentLabel || ""
                        color: Theme.textMuted
                        font.pixelSize: Theme.metaSize
                    }
                }
            }
        }
    }
}
