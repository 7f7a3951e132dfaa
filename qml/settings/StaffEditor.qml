import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// The panel beside the staff list: add someone (with a password the admin chooses), or change
// a member's name, role, department, access and password, or delete the account.
Rectangle {
    id: editor

    objectName: "staffEditor"
    property StaffDirectory directory
    property string staffId
    readonly property bool creating: staffId === "new"
    // The account as last loaded (with what the desk allows on it); refreshed by fill().
    property var member: ({})
    property string nameText
    property string emailText
    property string roleValue: "staff"
    property string departmentText
    property bool activeValue: true
    property string passwordText
    property bool confirmingDelete: false
    signal closed()
    signal created(string id)

    color: Theme.surface

    function fill() {
        confirmingDelete = false
        passwordText = ""
        member = directory && !creating && staffId.length > 0
                 ? directory.memberAt(directory.indexOf(staffId)) : ({})
        if (creating) {
            nameText = ""
            emailText = ""
            roleValue = "staff"
            departmentText = ""
            activeValue = true
        } else if (member.id !== undefined) {
            nameText = member.name
            emailText = member.email
            roleValue = member.role
            departmentText = member.department || ""
            activeValue = member.active
        }
    }
    function changes() {
        const c = {}
        if (nameText.trim() !== member.name)
            c.name = nameText.trim()
        if (roleValue !== member.role)
            c.role = roleValue
        if (departmentText.trim() !== (member.department || ""))
            c.department = departmentText.trim()
        if (activeValue !== member.active)
            c.active = activeValue
        return c
    }
    function roleIndex(role) {
        const options = directory ? directory.roleOptions : []
        for (let i = 0; i < options.length; ++i) {
            if (options[i].value === role)
                return i
        }
        return 0
    }

    onStaffIdChanged: fill()

    Connections {
        target: editor.directory
        function onDone() {
            if (editor.creating) {
                for (let i = 0; i < editor.directory.count; ++i) {
                    const m = editor.directory.memberAt(i)
                    if (m.email.toLowerCase() === editor.emailText.trim().toLowerCase()) {
                        editor.created(m.id)
                        return
                    }
                }
            } else if (editor.directory.indexOf(editor.staffId) < 0) {
                editor.closed()
            } else {
                editor.fill()
            }
        }
    }

    EmptyState {
        anchors.fill: parent
        anchors.margins: 2 * Theme.unit
        visible: editor.staffId.length === 0
        glyph: "\u263A"
        title: editor.directory && editor.directory.message.length > 0 ? editor.directory.message : qsTr("Choose someone")
        body: qsTr("Pick a member of staff to change their role, department or password, or add someone new.")
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        visible: editor.staffId.length > 0
        clip: true
        contentWidth: availableWidth

        ColumnLayout {
            x: 3 * Theme.unit
            width: scroller.availableWidth - 6 * Theme.unit
            spacing: 2 * Theme.unit

            Item { Layout.preferredHeight: Theme.unit }

            RowLayout {
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: editor.creating ? qsTr("Add someone") : editor.nameText
                    color: Theme.text
                    font.pixelSize: Theme.titleSize + 2
                    font.weight: Font.Bold
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                DeskButton {
                    variant: "quiet"
                    compact: true
                    text: qsTr("Close")
                    onClicked: editor.closed()
                }
            }

            SettingsField {
                Layout.fillWidth: true
                inputName: "staffEmail"
                label: qsTr("E-mail (used to sign in)")
                required: editor.creating
                readOnly: !editor.creating
                text: editor.emailText
                placeholder: qsTr("name@hotel.example")
                help: editor.creating ? "" : qsTr("An e-mail cannot change. Add a new account instead.")
                error: editor.directory ? (editor.directory.errors.email || "") : ""
                onEdited: text => editor.emailText = text
            }
            SettingsField {
                Layout.fillWidth: true
                inputName: "staffName"
                label: qsTr("Name")
                required: true
                text: editor.nameText
                placeholder: qsTr("Ana Ribeiro")
                error: editor.directory ? (editor.directory.errors.name || "") : ""
                onEdited: text => editor.nameText = text
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.half
                Text {
                    text: qsTr("Role")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.metaSize
                    font.weight: Font.DemiBold
                }
                DeskComboBox {
                    objectName: "staffRole"
                    Layout.fillWidth: true
                    enabled: editor.creating || editor.member.canChangeRole === true
                    textRole: "text"
                    valueRole: "value"
                    model: editor.directory ? editor.directory.roleOptions : []
                    currentIndex: editor.roleIndex(editor.roleValue)
                    Accessible.name: qsTr("Role")
                    onActivated: editor.roleValue = currentValue
                }
                Text {
                    Layout.fillWidth: true
                    text: editor.directory && editor.directory.errors.role ? editor.directory.errors.role
                          : !editor.creating && editor.member.canChangeRole === false
                            ? (editor.member.isSelf ? qsTr("You cannot take away your own admin rights.")
                                                    : qsTr("The hotel needs at least one admin: make someone else an admin first."))
                            : ""
                    visible: text.length > 0
                    color: editor.directory && editor.directory.errors.role ? Theme.dangerText : Theme.textMuted
                    font.pixelSize: Theme.metaSize
                    wrapMode: Text.WordWrap
                }
            }
            SettingsField {
                Layout.fillWidth: true
                inputName: "staffDepartment"
                label: qsTr("Department")
                text: editor.departmentText
                placeholder: qsTr("front_desk, housekeeping…")
                help: qsTr("Optional. Tasks for this department go to this person's board.")
                error: editor.directory ? (editor.directory.errors.department || "") : ""
                onEdited: text => editor.departmentText = text
            }
            SettingsField {
                Layout.fillWidth: true
                visible: editor.creating
                inputName: "staffPassword"
                label: qsTr("Password")
                required: true
                secret: true
                text: editor.passwordText
                help: qsTr("At least 10 characters. Give it to them in person; it is never shown again.")
                error: editor.directory ? (editor.directory.errors.password || "") : ""
                onEdited: text => editor.passwordText = text
            }
            RowLayout {
                Layout.fillWidth: true
                visible: !editor.creating
                spacing: Theme.unit
                SettingsToggle {
                    objectName: "staffActive"
                    enabled: editor.member.canDeactivate === true
                    text: qsTr("Can sign in")
                    onText: qsTr("Can sign in")
                    offText: qsTr("Deactivated: cannot sign in")
                    checked: editor.activeValue
                    onToggled: editor.activeValue = checked
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.unit
                Text {
                    Layout.fillWidth: true
                    text: editor.directory && editor.directory.error.length > 0 ? "\u26A0 " + editor.directory.error
                          : editor.directory && editor.directory.message.length > 0 ? "\u2713 " + editor.directory.message : ""
                    color: editor.directory && editor.directory.error.length > 0 ? Theme.dangerText : Theme.successText
                    font.pixelSize: Theme.metaSize
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                DeskButton {
                    objectName: "staffSave"
                    variant: "primary"
                    text: editor.creating ? qsTr("Add") : qsTr("Save")
                    enabled: !!editor.directory && !editor.directory.busy
                             && (editor.creating || Object.keys(editor.changes()).length > 0)
                    onClicked: {
                        if (editor.creating)
                            editor.directory.create({ email: editor.emailText, name: editor.nameText,
                                                      role: editor.roleValue, department: editor.departmentText,
                                                      password: editor.passwordText })
                        else
                            editor.directory.update(editor.staffId, editor.changes())
                    }
                }
            }

            // A new password, chosen by the admin; the member's sessions end.
            ColumnLayout {
                Layout.fillWidth: true
                visible: !editor.creating
                spacing: Theme.unit
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 1
                    color: Theme.divider
                }
                SectionLabel { text: qsTr("Reset password") }
                SettingsField {
                    Layout.fillWidth: true
                    inputName: "staffNewPassword"
                    label: qsTr("New password")
                    secret: true
                    text: editor.passwordText
                    help: qsTr("At least 10 characters. They are signed out everywhere and sign in again with it.")
                    error: editor.directory && !editor.creating ? (editor.directory.errors.password || "") : ""
                    onEdited: text => editor.passwordText = text
                }
                DeskButton {
                    objectName: "staffResetPassword"
                    text: qsTr("Set new password")
                    enabled: editor.passwordText.length > 0 && !!editor.directory && !editor.directory.busy
                    onClicked: editor.directory.resetPassword(editor.staffId, editor.passwordText)
                }
            }

            // Delete, with a second step.
            ColumnLayout {
                Layout.fillWidth: true
                visible: !editor.creating
                spacing: Theme.unit
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 1
                    color: Theme.divider
                }
                SectionLabel { text: qsTr("Delete account") }
                Text {
                    Layout.fillWidth: true
                    text: editor.member.canDelete === true
                          ? (editor.confirmingDelete ? qsTr("Delete %1 for good? Their tasks and conversations stay, unassigned.").arg(editor.nameText)
                                                     : qsTr("Deactivating keeps the account for later; deleting removes it."))
                          : editor.member.isSelf === true ? qsTr("You cannot delete your own account.")
                          : qsTr("The last admin cannot be deleted.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.metaSize
                    wrapMode: Text.WordWrap
                }
                RowLayout {
                    spacing: Theme.unit
                    DeskButton {
                        objectName: "staffDelete"
                        variant: "danger"
                        text: editor.confirmingDelete ? qsTr("Yes, delete") : qsTr("Delete…")
                        enabled: editor.member.canDelete === true && !!editor.directory && !editor.directory.busy
                        onClicked: {
                            if (editor.confirmingDelete)
                                editor.directory.remove(editor.staffId)
                            else
                                editor.confirmingDelete = true
                        }
                    }
                    DeskButton {
                        visible: editor.confirmingDelete
                        variant: "quiet"
                        text: qsTr("Keep")
                        onClicked: editor.confirmingDelete = false
                    }
                }
            }
            Item { Layout.preferredHeight: 2 * Theme.unit }
        }
    }
}
