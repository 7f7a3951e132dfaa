import QtQuick

// A paper clip, drawn so it looks the same with every font (the emoji is not in DejaVu).
Item {
    id: glyph

    property color color: Theme.textSecondary

    implicitWidth: 18
    implicitHeight: 18
    Accessible.ignored: true

    Canvas {
        id: canvas
        width: 12
        height: 21
        anchors.centerIn: parent
        rotation: 40
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.strokeStyle = glyph.color
            ctx.lineWidth = 1.6
            ctx.lineCap = "round"
            ctx.lineJoin = "round"
            ctx.translate(1, 1)
            ctx.beginPath()
            ctx.moveTo(7, 5)
            ctx.lineTo(7, 13)
            ctx.arc(5, 13, 2, 0, Math.PI, false)
            ctx.lineTo(3, 4)
            ctx.arc(6, 4, 3, Math.PI, 2 * Math.PI, false)
            ctx.lineTo(9, 14)
            ctx.arc(5, 14, 4, 0, Math.PI, false)
            ctx.lineTo(1, 6)
            ctx.stroke()
        }
    }
    onColorChanged: canvas.requestPaint()
}
