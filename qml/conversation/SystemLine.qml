import QtQuick
import QtQuick.Layouts
import Jack.Components

// A thin centred line for what happened rather than what was said ("task created", "assigned").
Item {
    id: line

    property string text
    property string timeText

    implicitHeight: label.implicitHeight + 2 * Theme.unit
    height: visible ? implicitHeight : 0

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 6 * Theme.unit
        anchors.rightMargin: 6 * Theme.unit
        spacing: Theme.unit

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: Theme.divider
        }
        Text {
            id: label
            Layout.maximumWidth: line.width * 0.7
            text: line.timeText.length > 0 ? qsTr("%1 · %2").arg(line.text).arg(line.timeText) : line.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            color: Theme.textMuted
            font.pixelSize: Theme.metaSize
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: Theme.divider
        }
    }
}
