import QtQuick

// What an empty place means and what to do next.
Item {
    id: empty

    property string glyph
    property string title
    property string body
    property string actionText
    property string actionVariant: "primary"
    signal actionTriggered()

    implicitHeight: column.implicitHeight

    Column {
        id: column
        width: Math.min(parent.width - 4 * Theme.unit, 360)
        anchors.centerIn: parent
        spacing: Theme.unit

        Rectangle {
            visible: empty.glyph.length > 0
            width: 48
            height: 48
            radius: 24
            color: Theme.accentSoft
            anchors.horizontalCenter: parent.horizontalCenter
            Text {
                anchors.centerIn: parent
                text: empty.glyph
                color: Theme.accent
                font.pixelSize: 22
            }
        }
        Text {
            width: parent.width
            text: empty.title
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
        }
        Text {
            visible: empty.body.length > 0
            width: parent.width
            text: empty.body
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: Theme.textSecondary
            font.pixelSize: Theme.bodySize
            lineHeight: Theme.lineHeight
        }
        DeskButton {
            visible: empty.actionText.length > 0
            text: empty.actionText
            variant: empty.actionVariant
            anchors.horizontalCenter: parent.horizontalCenter
            onClicked: empty.actionTriggered()
        }
    }
}
