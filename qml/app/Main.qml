import QtQuick
import QtQuick.Controls.Basic
import Jack.Desk
import Jack.Components

// The dashboard window: the sign-in screen until a clerk is signed in, then the desk.
ApplicationWindow {
    id: window

    objectName: "deskWindow"
    width: 1366
    height: 768
    minimumWidth: 1024
    minimumHeight: 600
    visible: true
    title: Desk.session.loggedIn ? qsTr("Jack The Butler — %1").arg(Desk.session.userName)
                                 : qsTr("Jack The Butler")
    color: Theme.window
    font.pixelSize: Theme.bodySize

    Loader {
        id: screen
        objectName: "screenLoader"
        anchors.fill: parent
        sourceComponent: Desk.session.loggedIn ? deskComponent : loginComponent
    }

    Component {
        id: loginComponent
        LoginPage {}
    }
    Component {
        id: deskComponent
        DeskShell {}
    }
}
