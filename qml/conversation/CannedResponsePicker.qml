import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// The "/" list of canned responses for a reply box. Typing "/" at the start of the reply or
// after a space opens it with the search field focused: type to narrow, arrows to move, Enter to
// insert (the "/" is replaced by the response, filled in for this guest by the hub), Esc to
// close and keep typing. Variables the hub could not fill stay visible, and the first one is
// selected so the clerk can type over it.
Popup {
    id: picker

    // The reply box's TextArea.
    property Item editor
    property string conversationId
    // Where the "/" that opened the picker is in the editor's text.
    property int slashAt: -1
    property int previousLength: 0

    function openAt(position) {
        picker.slashAt = position
        Desk.cannedResponses.search = ""
        Desk.cannedResponses.load(picker.conversationId)
        search.text = ""
        list.currentIndex = 0
        picker.open()
        search.forceActiveFocus()
    }
    function insert(row) {
        const text = Desk.cannedResponses.textAt(row)
        if (text.length === 0 || !picker.editor)
            return
        const at = picker.slashAt
        const ed = picker.editor
        picker.close()
        if (at >= 0 && at < ed.length && ed.getText(at, at + 1) === "/")
            ed.remove(at, at + 1)
        const start = Math.max(0, Math.min(at, ed.length))
        ed.insert(start, text)
        ed.forceActiveFocus()
        // The first variable left to fill is selected; else the cursor goes after the text.
        const open = text.search(/\{[A-Za-z][A-Za-z0-9_.]*\}/)
        if (open >= 0) {
            const close = text.indexOf("}", open)
            ed.select(start + open, start + close + 1)
        } else {
            ed.cursorPosition = start + text.length
        }
    }

    Connections {
        target: picker.editor
        ignoreUnknownSignals: true
        // One character typed: was it a "/" that starts a word?
        function onTextChanged() {
            const ed = picker.editor
            const grew = ed.length === picker.previousLength + 1
            picker.previousLength = ed.length
            if (!grew || picker.opened)
                return
            const at = ed.cursorPosition > 0 ? ed.cursorPosition - 1 : ed.length - 1
            if (ed.getText(at, at + 1) !== "/")
                return
            if (at > 0 && !/\s/.test(ed.getText(at - 1, at)))
                return
            picker.openAt(at)
        }
    }

    parent: editor
    objectName: "cannedPicker"
    x: 0
    y: -height - Theme.unit
    width: Math.min(560, editor ? Math.max(360, editor.width) : 480)
    height: Math.min(380, column.implicitHeight + 2 * padding)
    padding: Theme.unit
    modal: false
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onClosed: if (picker.editor) picker.editor.forceActiveFocus()

    background: Rectangle {
        radius: Theme.radius + 2
        color: Theme.surface
        border.color: Theme.divider
    }

    contentItem: ColumnLayout {
        id: column
        spacing: Theme.half + 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.unit
            Text {
                text: qsTr("Canned responses")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("↑↓ to choose · Enter to insert · Esc to close")
                color: Theme.textMuted
                font.pixelSize: Theme.metaSize
                horizontalAlignment: Text.AlignRight
                elide: Text.ElideRight
            }
        }
        TextField {
            id: search
            objectName: "cannedSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search canned responses…")
            font.pixelSize: Theme.bodySize
            selectByMouse: true
            Accessible.name: qsTr("Search canned responses")
            onTextChanged: {
                Desk.cannedResponses.search = text
                list.currentIndex = 0
            }
            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_Down) {
                    list.incrementCurrentIndex()
                    event.accepted = true
                } else if (event.key === Qt.Key_Up) {
                    list.decrementCurrentIndex()
                    event.accepted = true
                } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    picker.insert(list.currentIndex)
                    event.accepted = true
                } else if (event.key === Qt.Key_Escape) {
                    picker.close()
                    event.accepted = true
                }
            }
        }
        ListView {
            id: list
            objectName: "cannedList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 260)
            clip: true
            model: Desk.cannedResponses
            keyNavigationWraps: true
            highlightMoveDuration: 0
            Accessible.name: qsTr("Canned responses")
            ScrollIndicator.vertical: ScrollIndicator {}
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string title
                required property string category
                required property string filledText
                required property var missing
                required property bool hasMissing
                objectName: "canned_" + title
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                padding: Theme.unit
                Accessible.name: qsTr("%1: %2").arg(title).arg(filledText)
                onClicked: picker.insert(index)
                background: Rectangle {
                    radius: Theme.radius
                    color: row.highlighted ? Theme.selected : row.hovered ? Theme.hover : "transparent"
                }
                contentItem: ColumnLayout {
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.unit
                        Text {
                            text: row.title
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            font.weight: Font.DemiBold
                        }
                        Text {
                            Layout.fillWidth: true
                            text: row.category
                            color: Theme.textMuted
                            font.pixelSize: Theme.metaSize
                            elide: Text.ElideRight
                        }
                        Chip {
                            visible: row.hasMissing
                            tone: "attention"
                            text: row.missing.length === 1 ? qsTr("fill in %1").arg("{" + row.missing[0] + "}")
                                                           : qsTr("%n to fill in", "", row.missing.length)
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.filledText
                        color: Theme.textSecondary
                        font.pixelSize: Theme.metaSize + 1
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                }
            }
        }
        Text {
            objectName: "cannedEmpty"
            Layout.fillWidth: true
            visible: !Desk.cannedResponses.loading && Desk.cannedResponses.count === 0
            text: Desk.cannedResponses.error.length > 0 ? Desk.cannedResponses.error
                  : search.text.length > 0 ? qsTr("No canned response matches “%1”. Press Esc and write the reply yourself.").arg(search.text)
                  : qsTr("No canned responses yet. A manager can add them for the whole team.")
            color: Desk.cannedResponses.error.length > 0 ? Theme.dangerText : Theme.textMuted
            font.pixelSize: Theme.metaSize + 1
            wrapMode: Text.Wrap
        }
    }
}
