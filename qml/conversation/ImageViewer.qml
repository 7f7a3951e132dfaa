import QtQuick
import QtQuick.Controls.Basic
import Jack.Components

// A guest's photo at full size over the conversation; Esc, a click outside or Close ends it.
Popup {
    id: viewer

    property url source
    property string name

    function show(source, name) {
        viewer.source = source
        viewer.name = name
        open()
    }

    modal: true
    focus: true
    width: parent ? parent.width * 0.9 : 800
    height: parent ? parent.height * 0.9 : 600
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? (parent.height - height) / 2 : 0
    padding: Theme.unit
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    background: Rectangle {
        radius: Theme.radius
        color: Theme.rail
    }

    Image {
        anchors.fill: parent
        anchors.bottomMargin: closeButton.height + Theme.unit
        source: viewer.opened ? viewer.source : ""
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        Accessible.role: Accessible.Graphic
        Accessible.name: viewer.name.length > 0 ? viewer.name : qsTr("Photo")
    }
    Text {
        anchors.left: parent.left
        anchors.verticalCenter: closeButton.verticalCenter
        anchors.right: closeButton.left
        anchors.rightMargin: Theme.unit
        text: viewer.name
        elide: Text.ElideMiddle
        color: Theme.railTextSelected
        font.pixelSize: Theme.bodySize
    }
    DeskButton {
        id: closeButton
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        text: qsTr("Close")
        onClicked: viewer.close()
    }
}
