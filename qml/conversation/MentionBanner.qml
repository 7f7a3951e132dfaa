import QtQuick
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// "Sam mentioned you" for a note in a conversation the clerk has not open: who, for which
// guest, the note's first line, and a button that opens the conversation.
Rectangle {
    id: banner

    readonly property var mention: Desk.notes.mentions.length > 0 ? Desk.notes.mentions[0] : null

    objectName: "mentionBanner"
    visible: mention !== null
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.unit : 0
    radius: Theme.radius
    color: Theme.attentionSoft
    border.color: Theme.attentionStrong
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.unit + Theme.half
        anchors.rightMargin: Theme.half
        spacing: Theme.unit
        Text {
            text: "@"
            color: Theme.attentionText
            font.pixelSize: Theme.titleSize
            font.weight: Font.Bold
        }
        Text {
            id: message
            Layout.fillWidth: true
            text: !banner.mention ? ""
                  : banner.mention.guestName.length > 0
                    ? qsTr("%1 mentioned you in %2's conversation: “%3”").arg(banner.mention.authorName)
                      .arg(banner.mention.guestName).arg(banner.mention.content)
                    : qsTr("%1 mentioned you in a note: “%2”").arg(banner.mention.authorName)
                      .arg(banner.mention.content)
            color: Theme.attentionText
            font.pixelSize: Theme.bodySize
            elide: Text.ElideRight
            maximumLineCount: 1
        }
        DeskButton {
            objectName: "openMentionButton"
            text: qsTr("Open")
            variant: "attention"
            compact: true
            onClicked: {
                Desk.view = "inbox"
                Desk.openConversation(banner.mention.conversationId)
            }
        }
        DeskButton {
            text: qsTr("Dismiss")
            variant: "quiet"
            compact: true
            Accessible.name: qsTr("Dismiss the mention")
            onClicked: Desk.notes.dismissMention(banner.mention.noteId)
        }
    }
}
