import QtQuick
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// The red bar pinned above everything while an emergency is not acknowledged (UI.md): a siren,
// who and where, Open and Acknowledge. The siren keeps sounding and the taskbar entry flashes
// until the clerk acknowledges.
Rectangle {
    id: banner

    readonly property var emergencies: Desk.alerts.emergencies
    // The newest emergency leads; the others are counted.
    readonly property var lead: emergencies.length > 0 ? emergencies[emergencies.length - 1] : null

    objectName: "emergencyBanner"
    visible: Desk.alerts.emergencyActive
    implicitHeight: visible ? 52 : 0
    color: Theme.emergency
    Accessible.role: Accessible.AlertMessage
    Accessible.name: lead ? qsTr("%1. %2").arg(lead.summary).arg(lead.body) : ""

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 2 * Theme.unit
        anchors.rightMargin: 2 * Theme.unit
        spacing: Theme.unit + Theme.half

        // A siren: a dome on a base, with rays.
        Item {
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
            Accessible.ignored: true
            Rectangle {
                x: 7; y: 9; width: 14; height: 13
                radius: 7
                color: Theme.textOnEmergency
            }
            Rectangle {
                x: 4; y: 20; width: 20; height: 5
                radius: 1
                color: Theme.textOnEmergency
            }
            Repeater {
                model: [[13, 0, 0], [3, 4, -45], [23, 4, 45]]
                Rectangle {
                    required property var modelData
                    x: modelData[0]; y: modelData[1]; width: 2; height: 6
                    rotation: modelData[2]
                    radius: 1
                    color: Theme.textOnEmergency
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                objectName: "emergencySummary"
                Layout.fillWidth: true
                text: banner.lead ? banner.lead.summary : ""
                color: Theme.textOnEmergency
                font.pixelSize: Theme.titleSize
                font.weight: Font.Bold
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: {
                    if (!banner.lead)
                        return ""
                    const more = banner.emergencies.length - 1
                    return more > 0 ? qsTr("%1 · and %n more emergency(s)", "", more).arg(banner.lead.body)
                                    : banner.lead.body
                }
                color: Theme.textOnEmergency
                font.pixelSize: Theme.bodySize
                elide: Text.ElideRight
            }
        }

        DeskButton {
            objectName: "openEmergency"
            visible: banner.lead !== null && banner.lead.conversationId.length > 0
            text: qsTr("Open")
            compact: true
            Accessible.name: qsTr("Open the emergency conversation")
            onClicked: {
                Desk.view = "inbox"
                Desk.openConversation(banner.lead.conversationId)
            }
        }
        DeskButton {
            objectName: "acknowledgeEmergency"
            text: qsTr("Acknowledge")
            compact: true
            Accessible.name: qsTr("Acknowledge the emergency and stop the alarm")
            onClicked: Desk.alerts.acknowledge()
        }
    }
}
