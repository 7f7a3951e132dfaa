import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Components

// One member of staff: who, their e-mail, role and department, and whether they can sign in.
AbstractButton {
    id: row

    required property string staffId
    required property string name
    required property string email
    required property string roleLabel
    required property string role
    required property string department
    required property bool active
    required property bool isSelf
    property bool selected: false

    objectName: "staffRow_" + email
    hoverEnabled: true
    implicitHeight: 56
    Accessible.role: Accessible.Button
    Accessible.name: active ? qsTr("%1, %2, %3").arg(name).arg(roleLabel).arg(email)
                            : qsTr("%1, %2, %3, deactivated").arg(name).arg(roleLabel).arg(email)

    background: Rectangle {
        radius: Theme.radius
        color: row.selected ? Theme.selected : row.hovered ? Theme.hover : Theme.surface
        border.width: row.visualFocus || row.selected ? 2 : 1
        border.color: row.visualFocus || row.selected ? Theme.focusRing : Theme.divider
    }

    contentItem: RowLayout {
        spacing: 2 * Theme.unit
        Item { Layout.preferredWidth: 0 }
        Avatar {
            name: row.name
            initials: row.name.split(" ").filter(p => p.length > 0).slice(0, 2).map(p => p[0].toUpperCase()).join("")
            size: 32
            opacity: row.active ? 1 : 0.5
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1
            RowLayout {
                spacing: Theme.unit
                Text {
                    text: row.name
                    color: row.active ? Theme.text : Theme.textMuted
                    font.pixelSize: Theme.bodySize
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Chip {
                    visible: row.isSelf
                    text: qsTr("You")
                    tone: "info"
                }
                Chip {
                    visible: !row.active
                    text: qsTr("Deactivated")
                    tone: "danger"
                }
            }
            Text {
                Layout.fillWidth: true
                text: row.department.length > 0 ? qsTr("%1 · %2").arg(row.email).arg(row.department) : row.email
                color: Theme.textMuted
                font.pixelSize: Theme.metaSize
                elide: Text.ElideRight
            }
        }
        Chip {
            text: row.roleLabel
            tone: row.role === "admin" ? "accent" : row.role === "manager" ? "info" : "neutral"
        }
        Item { Layout.preferredWidth: Theme.unit }
    }
}
