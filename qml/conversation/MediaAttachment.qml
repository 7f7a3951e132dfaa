import QtQuick
import Jack.Desk
import Jack.Components

// A file that came with a message. A stored photo shows as a thumbnail (click for the large
// view); anything else is a chip with name, size and Open, which downloads it and hands it to
// the desktop. While the hub still downloads it the chip says so; a failure gives the reason.
Item {
    id: attachment

    required property var item        // one entry of the message's "media" role
    property int maxWidth: 260
    signal showLarge(url source, string name)

    readonly property bool showsImage: item.isImage && item.stored
    readonly property bool busy: Desk.downloads.busy.indexOf(item.mediaId) >= 0

    implicitWidth: showsImage ? Math.max(120, Math.min(maxWidth, thumb.paintedWidth > 0 ? thumb.paintedWidth : maxWidth))
                              : Math.min(maxWidth, chip.implicitWidth)
    implicitHeight: showsImage ? (thumb.status === Image.Ready ? thumb.paintedHeight : 120) : chip.implicitHeight

    Image {
        id: thumb
        objectName: "mediaImage_" + attachment.item.mediaId
        visible: attachment.showsImage
        width: attachment.maxWidth
        height: 200
        source: attachment.showsImage ? Desk.mediaUrl(attachment.item.mediaId) : ""
        sourceSize.width: 2 * attachment.maxWidth
        sourceSize.height: 400
        fillMode: Image.PreserveAspectFit
        horizontalAlignment: Image.AlignLeft
        verticalAlignment: Image.AlignTop
        asynchronous: true
        cache: true
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Photo: %1").arg(attachment.item.fileName)

        Rectangle {
            visible: thumb.status !== Image.Ready
            width: attachment.maxWidth
            height: 120
            radius: Theme.radius
            color: Theme.neutralSoft
            Text {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.unit
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: thumb.status === Image.Error ? qsTr("The photo could not be loaded")
                                                   : qsTr("Loading photo…")
                color: Theme.textMuted
                font.pixelSize: Theme.metaSize
            }
        }
        MouseArea {
            anchors.fill: parent
            enabled: thumb.status === Image.Ready
            cursorShape: Qt.PointingHandCursor
            onClicked: attachment.showLarge(thumb.source, attachment.item.fileName)
        }
    }

    Rectangle {
        id: chip
        visible: !attachment.showsImage
        width: attachment.width
        implicitWidth: chipRow.implicitWidth + 2 * Theme.unit
        implicitHeight: Math.max(44, chipRow.implicitHeight + Theme.unit + Theme.half)
        radius: Theme.radius
        color: Theme.surfaceSunken
        border.color: attachment.item.status === "failed" ? Theme.danger : Theme.divider

        Row {
            id: chipRow
            x: Theme.unit
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.unit

            Rectangle {
                width: 28
                height: 28
                radius: 4
                anchors.verticalCenter: parent.verticalCenter
                color: Theme.neutralSoft
                Text {
                    anchors.centerIn: parent
                    // A word, not an emoji: offscreen renderers have no colour-emoji font.
                    text: {
                        switch (attachment.item.kind) {
                        case "audio": return "\u266B"
                        case "video": return "\u25B6"
                        case "image": return "\u25A3"
                        default: return "\u2261"
                        }
                    }
                    color: Theme.textSecondary
                    font.pixelSize: 14
                }
            }
            Column {
                anchors.verticalCenter: parent.verticalCenter
                spacing: 1
                Text {
                    width: Math.min(implicitWidth, attachment.maxWidth - 140)
                    text: attachment.item.fileName
                    elide: Text.ElideMiddle
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.weight: Font.DemiBold
                }
                Text {
                    width: Math.min(implicitWidth, attachment.maxWidth - 140)
                    text: attachment.item.statusText.length > 0 ? attachment.item.statusText
                          : attachment.busy ? qsTr("downloading…")
                          : attachment.item.sizeText
                    visible: text.length > 0
                    elide: Text.ElideRight
                    color: attachment.item.status === "failed" ? Theme.dangerText : Theme.textMuted
                    font.pixelSize: Theme.metaSize
                }
            }
            DeskButton {
                objectName: "openMedia_" + attachment.item.mediaId
                visible: attachment.item.stored
                anchors.verticalCenter: parent.verticalCenter
                compact: true
                variant: "secondary"
                minimumWidth: 56
                text: attachment.item.kind === "audio" || attachment.item.kind === "video" ? qsTr("Play") : qsTr("Open")
                enabled: !attachment.busy
                Accessible.name: qsTr("Open %1").arg(attachment.item.fileName)
                onClicked: Desk.downloads.open(attachment.item.mediaId, attachment.item.fileName)
            }
        }
    }
}
