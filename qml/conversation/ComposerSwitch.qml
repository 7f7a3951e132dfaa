import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Components

// Above the composer: reply to the guest, or write an internal note for colleagues. The two
// look different on purpose (a note is amber), so nobody writes to the guest by mistake.
Rectangle {
    id: bar

    // "reply" or "note"
    property string mode: "reply"

    implicitHeight: 34
    color: bar.mode === "note" ? Theme.attentionRow : Theme.surface

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.divider
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 2 * Theme.unit - Theme.unit
        anchors.rightMargin: 2 * Theme.unit
        spacing: Theme.half

        SegmentButton {
            objectName: "replyModeButton"
            text: qsTr("Reply to guest")
            // The mode decides what is checked; a click only changes the mode.
            checkable: false
            checked: bar.mode === "reply"
            onClicked: bar.mode = "reply"
        }
        SegmentButton {
            objectName: "noteModeButton"
            text: qsTr("Internal note")
            checkable: false
            checked: bar.mode === "note"
            onClicked: bar.mode = "note"
            Accessible.name: qsTr("Internal note, only staff see it")
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            text: bar.mode === "note" ? qsTr("Only staff see notes")
                                      : qsTr("Type / for canned responses")
            color: bar.mode === "note" ? Theme.attentionText : Theme.textMuted
            font.pixelSize: Theme.metaSize
            elide: Text.ElideRight
        }
    }
}
