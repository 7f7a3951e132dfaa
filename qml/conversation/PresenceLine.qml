import QtQuick
import Jack.Desk
import Jack.Components

// Who else is in the open conversation, quietly: "Ana is replying…", "Sam is viewing",
// "Guest is typing…". Nothing (and no space) when the clerk is alone with the guest.
Text {
    id: line

    readonly property var typing: Desk.presence.typing
    readonly property var viewing: Desk.presence.viewing

    function names(list) {
        if (list.length <= 1)
            return list.join("")
        return qsTr("%1 and %2").arg(list.slice(0, -1).join(", ")).arg(list[list.length - 1])
    }

    objectName: "presenceLine"
    visible: text.length > 0
    text: {
        const parts = []
        if (typing.length === 1)
            parts.push(qsTr("%1 is replying…").arg(typing[0]))
        else if (typing.length > 1)
            parts.push(qsTr("%1 are replying…").arg(names(typing)))
        if (Desk.presence.guestTyping)
            parts.push(qsTr("Guest is typing…"))
        if (viewing.length === 1)
            parts.push(qsTr("%1 is viewing").arg(viewing[0]))
        else if (viewing.length > 1)
            parts.push(qsTr("%1 are viewing").arg(names(viewing)))
        return parts.join("  ·  ")
    }
    elide: Text.ElideRight
    color: typing.length > 0 ? Theme.textSecondary : Theme.textMuted
    font.pixelSize: Theme.metaSize
    font.italic: true
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
