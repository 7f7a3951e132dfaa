import QtQuick
import QtQuick.Controls.Basic
import Jack.Desk
import Jack.Components

// "Snooze" in the conversation header: hides the conversation from the open lists until a
// preset time (in 1 hour, this evening, tomorrow at 9:00). The hub brings it back on time, or
// as soon as the guest writes. A snoozed conversation offers "Wake now" instead.
DeskButton {
    id: button

    required property var conversation

    objectName: "snoozeButton"
    visible: !!conversation.conversationId && !conversation.isFinished
    text: conversation.isSnoozed ? qsTr("Wake now") : qsTr("Snooze")
    glyph: "\u25F7"
    variant: "quiet"
    Accessible.name: conversation.isSnoozed
                     ? qsTr("Snoozed %1. Wake it now").arg(conversation.snoozeText)
                     : qsTr("Snooze this conversation")
    ToolTip.visible: hovered && conversation.isSnoozed
    ToolTip.text: qsTr("Snoozed %1").arg(conversation.snoozeText || "")
    ToolTip.delay: 400
    // The presets as they are when the menu opens: {hour, evening?, tomorrow} → {label, until}.
    property var choices: ({})

    function choose(key) {
        if (choices[key])
            Desk.snooze(choices[key].until)
    }

    onClicked: {
        if (conversation.isSnoozed) {
            Desk.wake()
            return
        }
        const byKey = {}
        for (const preset of SnoozePresets.presets())
            byKey[preset.key] = preset
        choices = byKey
        menu.open()
    }

    Menu {
        id: menu
        objectName: "snoozeMenu"
        y: button.height

        MenuItem {
            objectName: "snoozePreset_hour"
            text: button.choices.hour ? button.choices.hour.label : ""
            onTriggered: button.choose("hour")
        }
        MenuItem {
            objectName: "snoozePreset_evening"
            // Offered only while the evening is more than an hour away.
            visible: !!button.choices.evening
            height: visible ? implicitHeight : 0
            text: button.choices.evening ? button.choices.evening.label : ""
            onTriggered: button.choose("evening")
        }
        MenuItem {
            objectName: "snoozePreset_tomorrow"
            text: button.choices.tomorrow ? button.choices.tomorrow.label : ""
            onTriggered: button.choose("tomorrow")
        }
    }
}
