import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// The inbox column: who needs a person first, then everyone else by latest news.
Rectangle {
    id: pane

    color: Theme.surface
    property alias searchField: search

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 2 * Theme.unit
            Layout.leftMargin: 2 * Theme.unit
            Layout.rightMargin: 2 * Theme.unit
            spacing: Theme.unit

            Text {
                text: qsTr("Inbox")
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.weight: Font.Bold
                Accessible.role: Accessible.Heading
            }
            Item { Layout.fillWidth: true }
            Text {
                text: qsTr("%1 open").arg(Desk.conversations.openCount)
                color: Theme.textMuted
                font.pixelSize: Theme.metaSize
            }
        }

        TextField {
            id: search
            objectName: "inboxSearch"
            Layout.fillWidth: true
            Layout.topMargin: Theme.unit + Theme.half
            Layout.leftMargin: 2 * Theme.unit
            Layout.rightMargin: 2 * Theme.unit
            implicitHeight: 32
            leftPadding: Theme.unit + 20
            placeholderText: qsTr("Search name, room or message")
            placeholderTextColor: Theme.textMuted
            color: Theme.text
            font.pixelSize: Theme.bodySize
            selectByMouse: true
            text: Desk.inbox.search
            onTextEdited: Desk.inbox.search = text
            Accessible.name: qsTr("Search the inbox")
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surfaceSunken
                border.width: search.activeFocus ? 2 : 1
                border.color: search.activeFocus ? Theme.focusRing : Theme.divider
                SearchGlyph {
                    x: Theme.unit + 2
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
            Keys.onEscapePressed: {
                text = ""
                Desk.inbox.search = ""
            }
        }

        Flow {
            Layout.fillWidth: true
            Layout.topMargin: Theme.unit + Theme.half
            Layout.leftMargin: Theme.unit + Theme.half
            Layout.rightMargin: Theme.unit
            Layout.bottomMargin: Theme.unit
            spacing: 2

            SegmentButton {
                objectName: "filterOpen"
                text: qsTr("Open")
                count: Desk.conversations.openCount
                checked: Desk.inbox.filter === InboxFilterModel.Open
                onClicked: Desk.inbox.filter = InboxFilterModel.Open
            }
            SegmentButton {
                objectName: "filterNeedsYou"
                text: qsTr("Needs you")
                tone: "attention"
                count: Desk.conversations.needsYouCount
                checked: Desk.inbox.filter === InboxFilterModel.NeedsYou
                onClicked: Desk.inbox.filter = InboxFilterModel.NeedsYou
            }
            SegmentButton {
                objectName: "filterMine"
                text: qsTr("Mine")
                count: Desk.conversations.mineCount
                checked: Desk.inbox.filter === InboxFilterModel.Mine
                onClicked: Desk.inbox.filter = InboxFilterModel.Mine
            }
            SegmentButton {
                objectName: "filterFinished"
                text: qsTr("Done")
                checked: Desk.inbox.filter === InboxFilterModel.Finished
                onClicked: Desk.inbox.filter = InboxFilterModel.Finished
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: Theme.divider
        }

        ListView {
            id: list
            objectName: "inboxList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Desk.inbox
            activeFocusOnTab: true
            keyNavigationEnabled: true
            currentIndex: -1
            boundsBehavior: Flickable.StopAtBounds
            Accessible.name: qsTr("Conversations")
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

            delegate: ConversationRow {
                id: rowDelegate
                width: ListView.view.width
                selected: Desk.currentConversationId === rowDelegate.conversationId
                keyboardCurrent: ListView.isCurrentItem && ListView.view.activeFocus
                onClicked: {
                    rowDelegate.ListView.view.currentIndex = rowDelegate.index
                    Desk.openConversation(rowDelegate.conversationId)
                }
            }

            Keys.onReturnPressed: Desk.openConversation(Desk.inbox.idAt(currentIndex))
            Keys.onEnterPressed: Desk.openConversation(Desk.inbox.idAt(currentIndex))

            EmptyState {
                anchors.fill: parent
                anchors.margins: 2 * Theme.unit
                visible: list.count === 0 && Desk.conversations.loaded
                glyph: Desk.inbox.search.length > 0 ? "?" : "\u2713"
                title: {
                    if (Desk.inbox.search.length > 0)
                        return qsTr("Nothing matches “%1”").arg(Desk.inbox.search)
                    switch (Desk.inbox.filter) {
                    case InboxFilterModel.NeedsYou: return qsTr("No guests waiting for you")
                    case InboxFilterModel.Mine: return qsTr("Nothing assigned to you")
                    case InboxFilterModel.Finished: return qsTr("Nothing resolved yet")
                    default: return Desk.conversations.count === 0 ? qsTr("No conversations yet")
                                                                    : qsTr("All quiet")
                    }
                }
                body: {
                    if (Desk.inbox.search.length > 0)
                        return qsTr("Try a guest's name, a room number or a word from the message.")
                    switch (Desk.inbox.filter) {
                    case InboxFilterModel.NeedsYou:
                        if (Desk.conversations.jackHandlingCount === 1)
                            return qsTr("Jack is handling one conversation. Anything he hands over shows up here.")
                        return qsTr("Jack is handling %1 conversations. Anything he hands over shows up here.")
                            .arg(Desk.conversations.jackHandlingCount)
                    case InboxFilterModel.Mine:
                        return qsTr("Open a conversation and choose “Assign to me” to keep it on this list.")
                    case InboxFilterModel.Finished:
                        return qsTr("Conversations you or Jack resolve move here.")
                    default:
                        return Desk.conversations.count === 0
                            ? qsTr("When a guest writes on WhatsApp, SMS, email or the web chat, the conversation appears here.")
                            : qsTr("Every open conversation is resolved. New messages from guests appear here.")
                    }
                }
            }
        }
    }
}
