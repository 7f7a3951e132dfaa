import QtQuick
import QtQuick.Controls.Basic

// The desk's button: primary (one per screen area), secondary, quiet, attention, success or danger.
Button {
    id: control

    property string variant: "secondary"
    property string glyph
    property bool compact: false
    property int minimumWidth: 64

    readonly property color fillColor: {
        if (!enabled)
            return variant === "primary" ? Theme.neutralSoft : "transparent"
        switch (variant) {
        case "primary": return down ? Qt.darker(Theme.accent, 1.15) : hovered ? Theme.accentHover : Theme.accent
        case "attention": return down ? Qt.darker(Theme.attentionSoft, 1.08) : hovered ? Qt.darker(Theme.attentionSoft, 1.04) : Theme.attentionSoft
        case "danger": return down || hovered ? Qt.darker(Theme.dangerSoft, 1.04) : Theme.dangerSoft
        case "success": return down ? Qt.darker(Theme.successSoft, 1.08) : hovered ? Qt.darker(Theme.successSoft, 1.04) : Theme.successSoft
        case "quiet": return down ? Theme.selected : hovered ? Theme.hover : "transparent"
        default: return down ? Theme.selected : hovered ? Theme.hover : Theme.surface
        }
    }
    readonly property color inkColor: {
        if (!enabled)
            return Theme.textMuted
        switch (variant) {
        case "primary": return Theme.textOnAccent
        case "attention": return Theme.attentionText
        case "danger": return Theme.dangerText
        case "success": return Theme.successText
        case "quiet": return Theme.accent
        default: return Theme.text
        }
    }

    implicitHeight: compact ? 28 : 32
    leftPadding: compact ? Theme.unit + Theme.half : 2 * Theme.unit
    rightPadding: leftPadding
    topPadding: 0
    bottomPadding: 0
    font.pixelSize: Theme.bodySize
    font.weight: Font.DemiBold
    hoverEnabled: true
    Accessible.name: text

    contentItem: Row {
        spacing: Theme.half + 2
        Text {
            visible: control.glyph.length > 0
            text: control.glyph
            color: control.inkColor
            font.pixelSize: control.font.pixelSize
            font.weight: Font.Bold
            anchors.verticalCenter: parent.verticalCenter
        }
        Text {
            text: control.text
            color: control.inkColor
            font: control.font
            elide: Text.ElideRight
            anchors.verticalCenter: parent.verticalCenter
        }
    }

    background: Rectangle {
        implicitWidth: control.minimumWidth
        radius: Theme.radius
        color: control.fillColor
        border.width: control.visualFocus ? 2 : (control.variant === "secondary" ? 1 : 0)
        border.color: control.visualFocus ? Theme.focusRing
                                          : control.variant === "secondary" ? Theme.divider : "transparent"
    }
}
