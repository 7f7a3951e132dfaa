import QtQuick
import QtQuick.Controls.Basic
import Jack.Components

// An internal note in the timeline: staff only, never sent to the guest. It spans the middle of
// the list (neither the guest's side nor the reply side), on an amber card with a bar, says
// "Internal note" and who wrote it, and marks the notes that mention the signed-in clerk.
Item {
    id: note

    property string noteId
    property string content
    property string authorName
    property string timeText
    property bool mentionsMe

    readonly property int cardWidth: Math.max(220, Math.min(620, width - 8 * Theme.unit))

    implicitHeight: card.height + Theme.unit
    height: visible ? implicitHeight : 0

    Rectangle {
        id: card
        objectName: "note_" + note.noteId
        anchors.horizontalCenter: parent.horizontalCenter
        y: Theme.half
        width: note.cardWidth
        height: column.implicitHeight + 2 * Theme.unit
        radius: Theme.radius
        color: Theme.attentionRow
        border.width: note.mentionsMe ? 2 : 1
        border.color: note.mentionsMe ? Theme.attentionStrong : Theme.attentionSoft
        Accessible.role: Accessible.StaticText
        Accessible.name: note.mentionsMe
                         ? qsTr("Internal note by %1, mentions you: %2").arg(note.authorName).arg(note.content)
                         : qsTr("Internal note by %1: %2").arg(note.authorName).arg(note.content)

        Rectangle {
            width: 3
            height: parent.height - 2 * parent.border.width
            x: parent.border.width
            y: parent.border.width
            color: Theme.attention
        }

        Column {
            id: column
            x: Theme.unit + Theme.half + 3
            y: Theme.unit
            width: parent.width - 2 * Theme.unit - Theme.half - 3
            spacing: Theme.half

            Row {
                width: parent.width
                spacing: Theme.half + 2
                Text {
                    text: "\u270E"
                    font.pixelSize: Theme.metaSize
                    color: Theme.attentionText
                    anchors.verticalCenter: parent.verticalCenter
                    Accessible.ignored: true
                }
                Text {
                    text: qsTr("Internal note · %1").arg(note.authorName)
                    color: Theme.attentionText
                    font.pixelSize: Theme.metaSize
                    font.weight: Font.DemiBold
                    anchors.verticalCenter: parent.verticalCenter
                }
                Text {
                    text: note.timeText
                    color: Theme.textMuted
                    font.pixelSize: Theme.metaSize
                    anchors.verticalCenter: parent.verticalCenter
                }
                Chip {
                    objectName: "mentionedYou_" + note.noteId
                    visible: note.mentionsMe
                    text: qsTr("mentioned you")
                    glyph: "@"
                    tone: "attention"
                    strong: true
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
            Text {
                width: parent.width
                text: note.content
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.bodySize
                lineHeight: Theme.lineHeight
            }
            Text {
                text: qsTr("Not sent to the guest")
                color: Theme.textMuted
                font.pixelSize: Theme.metaSize
                font.italic: true
            }
        }
    }
}
