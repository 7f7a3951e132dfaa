import QtQuick

// A small rounded label: a state, a priority, a status. The word carries the meaning; the tone
// only makes it quicker to spot.
Rectangle {
    id: chip

    property string text
    property string tone: "neutral"
    property string glyph
    property bool strong: false

    implicitWidth: row.implicitWidth + 2 * Theme.unit
    implicitHeight: 20
    radius: 10
    color: strong ? Theme.toneForeground(tone) : Theme.toneBackground(tone)
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.half

        Text {
            visible: chip.glyph.length > 0
            text: chip.glyph
            color: chip.strong ? Theme.surface : Theme.toneForeground(chip.tone)
            font.pixelSize: Theme.metaSize
            font.weight: Font.Bold
            anchors.verticalCenter: parent.verticalCenter
        }
        Text {
            text: chip.text
            color: chip.strong ? Theme.surface : Theme.toneForeground(chip.tone)
            font.pixelSize: Theme.metaSize
            font.weight: Font.DemiBold
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
