import QtQuick
import QtQuick.Controls.Basic

// A drop-down that matches the desk's fields: white, thin border, visible focus.
ComboBox {
    id: control

    implicitHeight: 32
    font.pixelSize: Theme.bodySize
    hoverEnabled: true

    contentItem: Text {
        leftPadding: Theme.unit + Theme.half
        rightPadding: control.indicator.width + Theme.unit
        text: control.displayText
        font: control.font
        color: Theme.text
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    indicator: Text {
        x: control.width - width - Theme.unit - 2
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
