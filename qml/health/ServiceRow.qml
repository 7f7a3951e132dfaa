import QtQuick
import QtQuick.Layouts
import Jack.Components

// One service of the hub: its name, what it does or what is wrong, and a status word.
Rectangle {
    id: row

    property string name
    property string detail
    property string statusText
    property string tone: "neutral"

    implicitHeight: Math.max(44, content.implicitHeight + 1.5 * Theme.unit)
    color: "transparent"
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1: %2. %3").arg(name).arg(statusText).arg(detail)

    RowLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.unit

        Rectangle {
            implicitWidth: 10
            implicitHeight: 10
            radius: 5
            color: Theme.toneForeground(row.tone)
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                text: row.name
                color: Theme.text
                font.weight: Font.DemiBold
            }
            Text {
                Layout.fillWidth: true
                visible: row.detail.length > 0
                text: row.detail
                color: Theme.textMuted
                font.pixelSize: Theme.metaSize
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        Chip {
            text: row.statusText
            tone: row.tone
        }
    }
}
