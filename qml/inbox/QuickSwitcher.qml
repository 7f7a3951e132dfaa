import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// Ctrl+K: type a few letters of a guest's name, a room or words they wrote (or a screen's
// name), Up/Down to choose, Enter to go there, Esc to close. Keyboard only; the mouse works too.
Popup {
    id: switcher

    // The screens to offer, [{view, title}]; the shell passes its own list.
    property var screens: []

    objectName: "quickSwitcher"
    modal: true
    focus: true
    // As tall as the results need (up to about seven rows), so one match is not lost in space.
    readonly property int rowHeight: 52
    width: Math.min(560, (parent ? parent.width : 560) - 8 * Theme.unit)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(6 * Theme.unit, parent.height * 0.12) : 0
    padding: 0
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    function go(row) {
        const target = results.get(row)
        if (!target.kind)
            return
        if (target.kind === "screen") {
            Desk.view = target.key
        } else {
            Desk.view = "inbox"
            Desk.openConversation(target.key)
        }
        close()
    }

    onAboutToShow: {
        query.text = ""
        results.query = ""
        results.refresh()
        list.currentIndex = results.count > 0 ? 0 : -1
    }
    onOpened: query.forceActiveFocus()

    QuickSwitcherModel {
        id: results
        conversations: Desk.conversations
        screens: switcher.screens
        onQueryChanged: list.currentIndex = count > 0 ? 0 : -1
    }

    background: Rectangle {
        radius: Theme.radius + 4
        color: Theme.surface
        border.width: 1
        border.color: Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: 0

        TextField {
            id: query
            objectName: "quickSwitcherInput"
            Layout.fillWidth: true
            Layout.margins: Theme.unit + Theme.half
            implicitHeight: 40
            leftPadding: Theme.unit + 22
            placeholderText: qsTr("Go to a guest, room, message or screen…")
            placeholderTextColor: Theme.textMuted
            color: Theme.text
            font.pixelSize: Theme.titleSize
            selectByMouse: true
            Accessible.name: qsTr("Quick switcher: type to search")
            onTextEdited: results.query = text
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surfaceSunken
                border.width: 2
                border.color: Theme.focusRing
                SearchGlyph {
                    x: Theme.unit + 2
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
            Keys.onDownPressed: list.currentIndex = Math.min(list.count - 1, list.currentIndex + 1)
            Keys.onUpPressed: list.currentIndex = Math.max(0, list.currentIndex - 1)
            Keys.onReturnPressed: switcher.go(list.currentIndex)
            Keys.onEnterPressed: switcher.go(list.currentIndex)
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: Theme.divider
        }

        ListView {
            id: list
            objectName: "quickSwitcherList"
            Layout.fillWidth: true
            Layout.preferredHeight: count === 0
                                    ? 4 * switcher.rowHeight
                                    : Math.min(count, 6.5) * switcher.rowHeight
            clip: true
            model: results
            currentIndex: -1
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            Accessible.name: qsTr("Results")
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

            delegate: ItemDelegate {
                id: result
                required property int index
                required property string kind
                required property string title
                required property string subtitle
                required property bool needsPerson
                required property bool isEmergency

                width: ListView.view.width
                implicitHeight: switcher.rowHeight
                focusPolicy: Qt.NoFocus
                Accessible.name: kind === "screen" ? qsTr("Screen: %1").arg(title)
                                                    : qsTr("%1, %2").arg(title).arg(subtitle)
                onClicked: switcher.go(index)

                background: Rectangle {
                    color: result.ListView.isCurrentItem ? Theme.selected
                         : result.hovered ? Theme.hover : "transparent"
                    Rectangle {
                        visible: result.ListView.isCurrentItem
                        width: 3
                        height: parent.height
                        color: Theme.accent
                    }
                }
                contentItem: RowLayout {
                    spacing: Theme.unit + Theme.half
                    Rectangle {
                        Layout.leftMargin: Theme.unit + Theme.half
                        Layout.preferredWidth: 28
                        Layout.preferredHeight: 28
                        radius: result.kind === "screen" ? Theme.radius : 14
                        color: result.isEmergency ? Theme.dangerSoft
                             : result.needsPerson ? Theme.attentionSoft : Theme.neutralSoft
                        Text {
                            anchors.centerIn: parent
                            text: result.kind === "screen" ? "\u2192"
                                : result.isEmergency ? "\u26A0" : result.needsPerson ? "!" : result.title.charAt(0)
                            color: result.isEmergency ? Theme.dangerText
                                 : result.needsPerson ? Theme.attentionText : Theme.textSecondary
                            font.pixelSize: Theme.bodySize
                            font.weight: Font.Bold
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.rightMargin: Theme.unit + Theme.half
                        spacing: 2
                        Text {
                            Layout.fillWidth: true
                            text: result.title
                            elide: Text.ElideRight
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            font.weight: Font.DemiBold
                        }
                        Text {
                            Layout.fillWidth: true
                            text: result.kind === "screen" ? qsTr("Screen") : result.subtitle
                            elide: Text.ElideRight
                            color: Theme.textSecondary
                            font.pixelSize: Theme.metaSize
                        }
                    }
                }
            }

            EmptyState {
                anchors.fill: parent
                visible: list.count === 0
                glyph: "?"
                title: qsTr("Nothing matches “%1”").arg(query.text)
                body: qsTr("Try a guest's name, a room number or a word from the message. Only open conversations are searched.")
            }
        }

        Text {
            Layout.fillWidth: true
            Layout.margins: Theme.unit
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("↑ ↓ to choose · Enter to open · Esc to close")
            color: Theme.textMuted
            font.pixelSize: Theme.metaSize
        }
    }
}
