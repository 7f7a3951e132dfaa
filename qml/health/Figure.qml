import QtQuick
import QtQuick.Layouts
import Jack.Components

// A headline number with its caption ("42 · guest messages").
ColumnLayout {
    id: figure

    property string value
    property string caption

    spacing: 0
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1: %2").arg(caption).arg(value)

    Text {
        text: figure.value
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.weight: Font.Bold
    }
    Text {
        text: figure.caption
        color: Theme.textMuted
        font.pixelSize: Theme.metaSize
    }
}
