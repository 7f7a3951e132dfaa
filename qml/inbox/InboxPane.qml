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

        // The rows take the column's width, never their own (long words in some languages
        // would otherwise widen the column past the pane).
        RowLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
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
            Text {
                objectName: "unreadSummary"
                Layout.leftMargin: Theme.half
                Layout.alignment: Qt.AlignBaseline
                visible: Desk.conversations.unreadCount > 0
                text: qsTr("%1 unread").arg(Desk.conversations.unreadCount)
                color: Theme.accent
                font.pixelSize: Theme.metaSize
                font.weight: Font.DemiBold
            }
            Item { Layout.fillWidth: true }
            DeskComboBox {
                id: channelBox
                objectName: "channelFilter"
                Layout.preferredWidth: 132
                implicitHeight: 28
                font.pixelSize: Theme.metaSize + 1
                textRole: "text"
                valueRole: "value"
                model: Desk.conversations.channelOptions
                onActivated: Desk.inbox.channel = currentValue
                Accessible.name: qsTr("Channel")
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
            // Room for the magnifier on either side: it is on the right when the desk is
            // mirrored (Arabic).
            leftPadding: Theme.unit + 20
            rightPadding: Theme.unit + 20
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
                    anchors.left: parent.left
                    anchors.leftMargin: Theme.unit + 2
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
            Layout.preferredWidth: 1
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
                objectName: "filterUnassigned"
                text: qsTr("Unassigned")
                count: Desk.conversations.unassignedCount
                checked: Desk.inbox.filter === InboxFilterModel.Unassigned
                onClicked: Desk.inbox.filter = InboxFilterModel.Unassigned
            }
            SegmentButton {
                objectName: "filterSnoozed"
                text: qsTr("Snoozed")
                count: Desk.conversations.snoozedCount
                checked: Desk.inbox.filter === InboxFilterModel.Snoozed
                onClicked: Desk.inbox.filter = InboxFilterModel.Snoozed
            }
            SegmentButton {
                objectName: "filterFinished"
                text: qsTr("Done")
                count: Desk.conversations.finishedCount
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
            // Two screens before the end of what is loaded, the next page is asked for.
            onContentYChanged: {
                if (contentHeight - (contentY - originY) - height < 2 * height)
                    Desk.conversations.loadMore()
            }
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

            footer: Item {
                width: list.width
                height: Desk.conversations.complete ? 0 : 40
                visible: !Desk.conversations.complete
                Text {
                    anchors.centerIn: parent
                    text: qsTr("Loading more conversations…")
                    color: Theme.textMuted
                    font.pixelSize: Theme.metaSize
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
                    if (Desk.inbox.channel.length > 0)
                        return qsTr("Nothing here on this channel")
                    switch (Desk.inbox.filter) {
                    case InboxFilterModel.Unassigned: return qsTr("Everything has someone on it")
                    case InboxFilterModel.Snoozed: return qsTr("Nothing snoozed")
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
                    if (Desk.inbox.channel.length > 0)
                        return qsTr("Choose “All channels” above to see every conversation.")
                    switch (Desk.inbox.filter) {
                    case InboxFilterModel.Unassigned:
                        return qsTr("Every open conversation is assigned to someone.")
                    case InboxFilterModel.Snoozed:
                        return qsTr("Snooze a conversation from its header to hide it until later. It comes back on time, or as soon as the guest writes.")
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
