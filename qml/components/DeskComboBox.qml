import QtQuick
import QtQuick.Controls.Basic

// A drop-down that matches the desk's fields: white, thin border, visible focus.
ComboBox {
    id: control

    implicitHeight: 32
    font.pixelSize: Theme.bodySize
    hoverEnabled: true

    contentItem: Text {
        // Room for the arrow on its side (the left when mirrored).
        leftPadding: control.mirrored ? control.indicator.width + Theme.unit : Theme.unit + Theme.half
        rightPadding: control.mirrored ? Theme.unit + Theme.half : control.indicator.width + Theme.unit
        text: control.displayText
        font: control.font
        color: Theme.text
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    indicator: Text {
        x: control.mirrored ? Theme.unit + 2 : control.width - width - Theme.unit - 2
        y: (control.height - height) / 2
        text: "\u25BE"
        color: Theme.textSecondary
        font.pixelSize: 12
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.hovered ? Theme.hover : Theme.surface
        border.width: control.visualFocus ? 2 : 1
        border.color: control.visualFocus ? Theme.focusRing : Theme.divider
    }
}
