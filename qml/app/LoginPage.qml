import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// Sign-in: one card, the email first, Enter signs in.
Rectangle {
    id: page

    objectName: "loginPage"
    color: Theme.window

    function signIn() {
        Desk.session.login(email.text, password.text)
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: 400
        height: form.implicitHeight + 6 * Theme.unit
        radius: 12
        color: Theme.surface
        border.color: Theme.divider

        ColumnLayout {
            id: form
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 3 * Theme.unit
            spacing: Theme.unit

            RowLayout {
                spacing: Theme.unit + Theme.half
                Rectangle {
                    width: 40
                    height: 40
                    radius: 10
                    color: Theme.rail
                    JackMark {
                        anchors.centerIn: parent
                        size: 20
                        color: Theme.railTextSelected
                        eyeColor: Theme.rail
                    }
                }
                ColumnLayout {
                    spacing: 0
                    Text {
                        text: qsTr("Jack The Butler")
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.weight: Font.Bold
                    }
                    Text {
                        text: qsTr("Front desk")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.bodySize
                    }
                }
            }

            Text {
                Layout.topMargin: 2 * Theme.unit
                text: qsTr("Email")
                color: Theme.textSecondary
                font.pixelSize: Theme.metaSize
                font.weight: Font.DemiBold
            }
            TextField {
                id: email
                objectName: "loginEmail"
                Layout.fillWidth: true
                implicitHeight: 36
                focus: true
                placeholderText: qsTr("you@hotel.example")
                placeholderTextColor: Theme.textMuted
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                font.pixelSize: Theme.bodySize
                color: Theme.text
                selectByMouse: true
                Accessible.name: qsTr("Email")
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surfaceSunken
                    border.width: email.activeFocus ? 2 : 1
                    border.color: email.activeFocus ? Theme.focusRing : Theme.divider
                }
                onAccepted: password.forceActiveFocus()
            }
            Text {
                Layout.topMargin: Theme.half
                text: qsTr("Password")
                color: Theme.textSecondary
                font.pixelSize: Theme.metaSize
                font.weight: Font.DemiBold
            }
            TextField {
                id: password
                objectName: "loginPassword"
                Layout.fillWidth: true
                implicitHeight: 36
                echoMode: TextInput.Password
                font.pixelSize: Theme.bodySize
                color: Theme.text
                selectByMouse: true
                Accessible.name: qsTr("Password")
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surfaceSunken
                    border.width: password.activeFocus ? 2 : 1
                    border.color: password.activeFocus ? Theme.focusRing : Theme.divider
                }
                onAccepted: page.signIn()
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.half
                visible: errorText.text.length > 0
                implicitHeight: errorText.implicitHeight + 2 * Theme.unit
                radius: Theme.radius
                color: Theme.dangerSoft
                Text {
                    id: errorText
                    objectName: "loginError"
                    anchors.fill: parent
                    anchors.margins: Theme.unit
                    text: Desk.hubError.length > 0 ? qsTr("Jack's hub did not start: %1").arg(Desk.hubError)
                                                   : Desk.session.error
                    wrapMode: Text.WordWrap
                    color: Theme.dangerText
                    font.pixelSize: Theme.bodySize
                }
            }

            DeskButton {
                objectName: "signInButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.unit
                implicitHeight: 36
                variant: "primary"
                text: Desk.session.busy ? qsTr("Signing in…") : qsTr("Sign in")
                enabled: !Desk.session.busy && Desk.hubError.length === 0
                onClicked: page.signIn()
            }

            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.half
                text: Desk.hubUrl.length > 0 ? qsTr("Hub: %1").arg(Desk.hubUrl) : ""
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textMuted
                font.pixelSize: Theme.metaSize
                elide: Text.ElideMiddle
            }
        }
    }
}
