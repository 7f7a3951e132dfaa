import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// The right-hand panel: who the guest is, what Jack remembers about them (allergies first),
// where the conversation stands, and their tasks.
Rectangle {
    id: panel

    readonly property var conversation: Desk.currentConversation

    color: Theme.surface

    Rectangle {
        width: 1
        height: parent.height
        color: Theme.divider
    }

    Flickable {
        anchors.fill: parent
        anchors.leftMargin: 1
        contentHeight: content.implicitHeight + 4 * Theme.unit
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

        ColumnLayout {
            id: content
            x: 2 * Theme.unit
            y: 2 * Theme.unit
            width: panel.width - 4 * Theme.unit - 1
            spacing: Theme.unit

            SectionLabel { text: qsTr("Guest") }
            RowLayout {
                spacing: Theme.unit + Theme.half
                Avatar {
                    name: panel.conversation.displayName || ""
                    initials: panel.conversation.initials || ""
                    size: 44
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Text {
                        Layout.fillWidth: true
                        text: panel.conversation.displayName || ""
                        elide: Text.ElideRight
                        color: Theme.text
                        font.pixelSize: Theme.titleSize
                        font.weight: Font.Bold
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: panel.conversation.guestName ? (panel.conversation.guestPhone || "") : ""
                        elide: Text.ElideRight
                        color: Theme.textSecondary
                        font.pixelSize: Theme.metaSize
                    }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.half
                columns: 2
                columnSpacing: 2 * Theme.unit
                rowSpacing: 6

                Text { text: qsTr("Room"); color: Theme.textMuted; font.pixelSize: Theme.metaSize }
                Text {
                    Layout.fillWidth: true
                    text: panel.conversation.roomNumber || qsTr("Not known yet")
                    color: panel.conversation.roomNumber ? Theme.text : Theme.textMuted
                    font.pixelSize: Theme.bodySize
                    font.weight: panel.conversation.roomNumber ? Font.DemiBold : Font.Normal
                }
                Text { text: qsTr("Channel"); color: Theme.textMuted; font.pixelSize: Theme.metaSize }
                Text {
                    Layout.fillWidth: true
                    text: panel.conversation.channelLabel || ""
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                }
                Text {
                    visible: (panel.conversation.languageLabel || "").length > 0
                    text: qsTr("Writes in")
                    color: Theme.textMuted
                    font.pixelSize: Theme.metaSize
                }
                Text {
                    Layout.fillWidth: true
                    visible: (panel.conversation.languageLabel || "").length > 0
                    text: panel.conversation.languageLabel || ""
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                }
                Text { text: qsTr("About"); color: Theme.textMuted; font.pixelSize: Theme.metaSize }
                Text {
                    Layout.fillWidth: true
                    text: panel.conversation.intentLabel || qsTr("Not classified yet")
                    color: panel.conversation.intentLabel ? Theme.text : Theme.textMuted
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.WordWrap
                }
                Text { text: qsTr("Handled by"); color: Theme.textMuted; font.pixelSize: Theme.metaSize }
                Text {
                    Layout.fillWidth: true
                    text: Desk.assignmentText
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.WordWrap
                }
            }
            // The stay: room type, dates and where it stands.
            Text {
                objectName: "guestStay"
                Layout.fillWidth: true
                visible: Desk.guestContext.stay.dates !== undefined
                text: {
                    const stay = Desk.guestContext.stay
                    const parts = [stay.roomType, stay.dates, stay.status].filter(p => p && p.length > 0)
                    return parts.join(" · ")
                }
                wrapMode: Text.WordWrap
                color: Theme.textSecondary
                font.pixelSize: Theme.metaSize + 1
                Accessible.name: qsTr("Stay: %1").arg(text)
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.unit
                Layout.preferredHeight: 1
                color: Theme.divider
            }

            SectionLabel {
                visible: Desk.guestMemories.length > 0
                Layout.topMargin: Theme.unit
                text: qsTr("Remembered")
            }
            Column {
                objectName: "guestMemories"
                visible: Desk.guestMemories.length > 0
                Layout.fillWidth: true
                spacing: Theme.half
                Repeater {
                    model: Desk.guestMemories
                    delegate: Text {
                        required property var modelData
                        width: parent ? parent.width : 0
                        text: modelData.category + " · " + modelData.fact
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: modelData.category === qsTr("Allergy") ? Theme.dangerText : Theme.text
                        font.pixelSize: Theme.metaSize + 1
                        Accessible.name: modelData.category + ": " + modelData.fact
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.unit
                SectionLabel { text: qsTr("Tasks") }
                Item { Layout.fillWidth: true }
                Text {
                    text: Desk.conversationTasks.count
                    color: Theme.textMuted
                    font.pixelSize: Theme.metaSize
                }
            }

            // A Column, not the layout, holds the repeated cards: Qt 6.4 layouts crash when
            // a Repeater removes items during a rearrange.
            Column {
                Layout.fillWidth: true
                spacing: Theme.unit

                Repeater {
                    model: Desk.conversationTasks
                    delegate: Rectangle {
                        id: taskCard
                        required property string taskId
                        required property string title
                        required property string departmentLabel
                        required property string statusLabel
                        required property string openedText
                        required property bool isOpen
                        required property bool canStart
                        required property bool canComplete

                        width: parent ? parent.width : 0
                        implicitHeight: cardColumn.implicitHeight + 2 * Theme.unit
                        radius: Theme.radius
                        color: Theme.surfaceSunken
                        border.color: Theme.divider

                        ColumnLayout {
                            id: cardColumn
                            anchors.fill: parent
                            anchors.margins: Theme.unit
                            spacing: Theme.half
                            Text {
                                Layout.fillWidth: true
                                text: taskCard.title
                                wrapMode: Text.WordWrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                color: taskCard.isOpen ? Theme.text : Theme.textSecondary
                                font.pixelSize: Theme.bodySize
                                font.weight: Font.DemiBold
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 6
                                Chip {
                                    text: taskCard.statusLabel
                                    tone: taskCard.isOpen ? "info" : "success"
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: taskCard.departmentLabel
                                    elide: Text.ElideRight
                                    color: Theme.textSecondary
                                    font.pixelSize: Theme.metaSize
                                }
                            }
                            Text {
                                Layout.fillWidth: true
                                text: taskCard.openedText
                                elide: Text.ElideRight
                                color: Theme.textMuted
                                font.pixelSize: Theme.metaSize
                            }
                            DeskButton {
                                visible: taskCard.canComplete
                                compact: true
                                variant: "secondary"
                                glyph: "\u2713"
                                text: qsTr("Mark done")
                                onClicked: Desk.completeTask(taskCard.taskId)
                            }
                        }
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                visible: Desk.conversationTasks.count === 0
                text: qsTr("No tasks for this guest. Jack opens one when they ask for something, e.g. towels or a repair.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.metaSize
                lineHeight: Theme.lineHeight
            }

            SectionLabel {
                visible: Desk.guestContext.earlierConversations.length > 0
                Layout.topMargin: 2 * Theme.unit
                text: qsTr("Earlier conversations")
            }
            Repeater {
                model: Desk.guestContext.earlierConversations
                delegate: AbstractButton {
                    id: earlier
                    required property var modelData
                    objectName: "earlierConversation_" + modelData.id
                    Layout.fillWidth: true
                    implicitHeight: earlierColumn.implicitHeight + Theme.unit
                    hoverEnabled: true
                    Accessible.name: qsTr("Open the conversation on %1 of %2").arg(modelData.channel).arg(modelData.when)
                    onClicked: Desk.openConversation(modelData.id)
                    background: Rectangle {
                        radius: Theme.radius
                        color: earlier.hovered ? Theme.hover : "transparent"
                        border.width: earlier.visualFocus ? 2 : 0
                        border.color: Theme.focusRing
                    }
                    contentItem: Column {
                        id: earlierColumn
                        leftPadding: Theme.half
                        rightPadding: Theme.half
                        topPadding: Theme.half
                        spacing: 2
                        Text {
                            width: earlierColumn.width - 2 * Theme.half
                            text: [earlier.modelData.when, earlier.modelData.channel, earlier.modelData.state].filter(p => p && p.length > 0).join(" · ")
                            elide: Text.ElideRight
                            color: Theme.textSecondary
                            font.pixelSize: Theme.metaSize
                            font.weight: Font.DemiBold
                        }
                        Text {
                            width: earlierColumn.width - 2 * Theme.half
                            text: earlier.modelData.preview
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            color: Theme.text
                            font.pixelSize: Theme.metaSize + 1
                        }
                    }
                }
            }
        }
    }
}
