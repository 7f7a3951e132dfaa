import QtQuick

// A small magnifying glass, drawn so it looks the same with every font.
Item {
    id: glyph

    property color color: Theme.textMuted

    implicitWidth: 14
    implicitHeight: 14
    Accessible.ignored: true

    Rectangle {
        width: 10
        height: 10
        radius: 5
        color: "transparent"
        border.width: 1.6
        border.color: glyph.color
    }
    Rectangle {
        x: 8
        y: 10
        width: 6
        height: 1.8
        radius: 1
        rotation: 45
        transformOrigin: Item.Left
        color: glyph.color
    }
}
