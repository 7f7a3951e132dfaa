import QtQuick
import QtQuick.Layouts
import Jack.Desk
import Jack.Components
import Jack.Inbox
import Jack.Conversation

// Inbox, open conversation and guest panel side by side. The guest panel folds away below
// 1280 px so the conversation keeps room to breathe.
Item {
    id: workspace

    function focusSearch() {
        inbox.searchField.forceActiveFocus()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        InboxPane {
            id: inbox
            Layout.fillHeight: true
            Layout.preferredWidth: 352
        }
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Theme.divider
        }
        ConversationPane {
            Layout.fillWidth: true
            Layout.fillHeight: true
            guestPanelShown: guestPanel.visible
        }
        GuestPanel {
            id: guestPanel
            Layout.fillHeight: true
            Layout.preferredWidth: 272
            visible: Desk.currentConversationId.length > 0 && workspace.Window.width >= 1280
        }
    }
}
