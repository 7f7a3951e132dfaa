import QtQuick
import QtQuick.Controls.Basic
import Jack.Desk
import Jack.Components
import Jack.Setup

// The dashboard window: the first-run wizard while the hub has no account, else the sign-in
// screen until a clerk is signed in, then the desk.
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
    // Right-to-left languages (Arabic) mirror the whole desk: the rail on the right, guests'
    // bubbles on the right and the clerk's on the left, text aligned to the right.
    LayoutMirroring.enabled: LanguageSwitcher.rightToLeft
    LayoutMirroring.childrenInherit: true

    // The clerk's theme (light, dark or the desktop's), switched at once everywhere.
    Binding {
        target: Theme
        property: "dark"
        value: Preferences.dark
    }
    // The Controls' own colours (menus, tooltips, popups) follow the dark palette; the light
    // one keeps the style's defaults.
    Binding { when: Theme.dark; target: window; property: "palette.window"; value: Theme.surface }
    Binding { when: Theme.dark; target: window; property: "palette.windowText"; value: Theme.text }
    Binding { when: Theme.dark; target: window; property: "palette.base"; value: Theme.surface }
    Binding { when: Theme.dark; target: window; property: "palette.alternateBase"; value: Theme.surfaceSunken }
    Binding { when: Theme.dark; target: window; property: "palette.text"; value: Theme.text }
    Binding { when: Theme.dark; target: window; property: "palette.button"; value: Theme.neutralSoft }
    Binding { when: Theme.dark; target: window; property: "palette.buttonText"; value: Theme.text }
    Binding { when: Theme.dark; target: window; property: "palette.brightText"; value: Theme.text }
    Binding { when: Theme.dark; target: window; property: "palette.highlight"; value: Theme.accent }
    Binding { when: Theme.dark; target: window; property: "palette.highlightedText"; value: Theme.textOnAccent }
    Binding { when: Theme.dark; target: window; property: "palette.toolTipBase"; value: Theme.neutralSoft }
    Binding { when: Theme.dark; target: window; property: "palette.toolTipText"; value: Theme.text }
    Binding { when: Theme.dark; target: window; property: "palette.placeholderText"; value: Theme.textMuted }
    Binding { when: Theme.dark; target: window; property: "palette.light"; value: Theme.hover }
    Binding { when: Theme.dark; target: window; property: "palette.midlight"; value: Theme.hover }
    Binding { when: Theme.dark; target: window; property: "palette.mid"; value: Theme.divider }
    Binding { when: Theme.dark; target: window; property: "palette.dark"; value: Theme.textMuted }
    Binding { when: Theme.dark; target: window; property: "palette.shadow"; value: Theme.rail }

    // Asks the hub whether it needs setting up; stays active until the wizard is finished.
    SetupWizard {
        id: setupWizard
        objectName: "setupWizard"
        api: Desk.api
        session: Desk.session
        onFinished: Desk.view = "inbox"
    }

    Loader {
        id: screen
        objectName: "screenLoader"
        // Whether the desk is drawn mirrored (read by the tests).
        readonly property bool mirrored: LayoutMirroring.enabled
        anchors.fill: parent
        sourceComponent: setupWizard.active ? setupComponent
                                            : Desk.session.loggedIn ? deskComponent : loginComponent
    }

    Component {
        id: setupComponent
        SetupPage {
            wizard: setupWizard
        }
    }

    // A new language: the screen is made again in it (the desk keeps the view, the open
    // conversation and the lists), rather than every binding redone on a live screen.
    Connections {
        target: LanguageSwitcher
        function onAboutToChange() { screen.active = false }
        function onLanguageChanged() { screen.active = true }
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
