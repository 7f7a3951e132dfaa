import QtQuick
import QtQuick.Controls.Basic
import Jack.Desk
import Jack.Components

// "Why did Jack say this?": the AI pipeline's record of one message in plain words — who
// answered, how the message was understood, why a person was called, what knowledge was used,
// what the guardrails stopped, and where the time went. Opens when Desk.explanation is set.
Popup {
    id: panel

    readonly property var info: Desk.explanation

    objectName: "explanationPanel"
    modal: true
    focus: true
    width: Math.min(560, parent ? parent.width - 4 * Theme.unit : 560)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(2 * Theme.unit, (parent.height - height) / 3) : 0
    padding: 2 * Theme.unit
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onClosed: Desk.closeExplanation()

    Connections {
        target: Desk
        function onExplanationChanged() {
            if (panel.info.title !== undefined)
                panel.open()
            else
                panel.close()
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.divider
    }

    contentItem: Column {
        objectName: "explanationContent"
        spacing: Theme.unit

        Text {
            text: panel.info.title ?? ""
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Rectangle {
            width: parent.width
            height: headline.implicitHeight + Theme.unit
            radius: Theme.radius
            color: panel.info.handoff ? Theme.attentionSoft : Theme.successSoft
            Text {
                id: headline
                objectName: "explanationHeadline"
                anchors.verticalCenter: parent.verticalCenter
                x: Theme.unit
                width: parent.width - 2 * Theme.unit
                text: panel.info.headline ?? ""
                wrapMode: Text.Wrap
                color: panel.info.handoff ? Theme.attentionText : Theme.successText
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
        }
        Column {
            width: parent.width
            spacing: Theme.half
            Repeater {
                model: panel.info.rows ?? []
                delegate: Row {
                    required property var modelData
                    spacing: 2 * Theme.unit
                    Text {
                        width: 110
                        text: parent.modelData.label
                        color: Theme.textSecondary
                        font.pixelSize: Theme.metaSize + 1
                        font.weight: Font.DemiBold
                    }
                    Text {
                        width: panel.availableWidth - 110 - 2 * Theme.unit
                        text: parent.modelData.value
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.metaSize + 1
                    }
                }
            }
        }
        SectionLabel {
            visible: (panel.info.knowledge ?? []).length > 0
            text: qsTr("Knowledge found")
        }
        Repeater {
            model: panel.info.knowledge ?? []
            delegate: Text {
                required property var modelData
                width: panel.availableWidth
                text: "• " + modelData
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.metaSize + 1
            }
        }
        SectionLabel {
            visible: (panel.info.guardrails ?? []).length > 0
            text: qsTr("Stopped by the guardrails")
        }
        Repeater {
            model: panel.info.guardrails ?? []
            delegate: Text {
                required property var modelData
                width: panel.availableWidth
                text: "• " + modelData
                wrapMode: Text.Wrap
                color: Theme.dangerText
                font.pixelSize: Theme.metaSize + 1
            }
        }
        Text {
            width: panel.availableWidth
            text: qsTr("Stages: %1").arg(panel.info.stages ?? "")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.metaSize
        }
        DeskButton {
            anchors.right: parent.right
            text: qsTr("Close")
            onClicked: panel.close()
        }
    }
}
