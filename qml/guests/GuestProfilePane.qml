import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// One guest: who they are, their stays, what Jack remembers (editable), earlier conversations,
// and for managers the GDPR export and erase.
Rectangle {
    id: pane

    property alias guestId: profile.guestId
    signal erased()

    color: Theme.window

    GuestProfile {
        id: profile
        objectName: "guestProfile"
        api: Desk.api
        role: Desk.session.role
        onExported: function (path) { pane.notice = qsTr("Saved the guest's data to %1").arg(path) }
        onErased: {
            pane.notice = qsTr("The guest's personal data was erased.")
            pane.erased()
        }
        onGuestIdChanged: pane.notice = ""
    }

    property string notice

    EmptyState {
        anchors.fill: parent
        visible: profile.guestId.length === 0
        glyph: "\u263A"
        title: qsTr("Pick a guest")
        body: qsTr("Choose a guest on the left to see their stays, earlier conversations and what Jack remembers about them.")
    }

    FileDialog {
        id: exportDialog
        objectName: "exportDialog"
        title: qsTr("Save the guest's data")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("JSON files (*.json)")]
        defaultSuffix: "json"
        onAccepted: profile.exportTo(selectedFile)
    }

    MemoryEditor {
        id: memoryEditor
        objectName: "memoryEditor"
        profile: profile
        anchors.centerIn: parent
    }

    EraseGuestDialog {
        id: eraseDialog
        objectName: "eraseDialog"
        guestName: profile.guest.name || ""
        anchors.centerIn: parent
        onConfirmed: profile.erase()
    }

    Flickable {
        id: scroller
        anchors.fill: parent
        visible: profile.guestId.length > 0
        contentHeight: content.implicitHeight + 6 * Theme.unit
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

        ColumnLayout {
            id: content
            x: 3 * Theme.unit
            y: 3 * Theme.unit
            width: scroller.width - 6 * Theme.unit
            spacing: 2 * Theme.unit

            // Who
            RowLayout {
                Layout.fillWidth: true
                spacing: 2 * Theme.unit
                Avatar {
                    name: profile.guest.name || ""
                    initials: profile.guest.initials || ""
                    size: 48
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    RowLayout {
                        spacing: Theme.unit
                        Text {
                            objectName: "profileName"
                            text: profile.guest.name || ""
                            color: Theme.text
                            font.pixelSize: Theme.headingSize
                            font.weight: Font.Bold
                            Accessible.role: Accessible.Heading
                        }
                        Chip {
                            visible: profile.guest.vip === true
                            text: qsTr("VIP")
                            tone: "attention"
                        }
                        Chip {
                            visible: profile.guest.erased === true
                            text: qsTr("Data erased")
                            tone: "danger"
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: [profile.guest.phone, profile.guest.email, profile.guest.languageLabel]
                              .filter(function (part) { return part && part.length > 0 }).join("  ·  ")
                        elide: Text.ElideRight
                        color: Theme.textSecondary
                        font.pixelSize: Theme.bodySize
                    }
                    Text {
                        visible: (profile.guest.sinceText || "").length > 0
                        text: qsTr("Known to Jack since %1").arg(profile.guest.sinceText || "")
                        color: Theme.textMuted
                        font.pixelSize: Theme.metaSize
                    }
                }
                RowLayout {
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.unit
                    visible: profile.canManageData
                    DeskButton {
                        objectName: "exportGuestButton"
                        text: qsTr("Export data…")
                        enabled: !profile.busy && profile.guest.erased !== true
                        Accessible.name: qsTr("Export the guest's data to a file")
                        onClicked: {
                            exportDialog.selectedFile = profile.suggestedExportFile()
                            exportDialog.open()
                        }
                    }
                    DeskButton {
                        objectName: "eraseGuestButton"
                        text: qsTr("Erase data…")
                        variant: "danger"
                        enabled: !profile.busy && profile.guest.erased !== true
                        Accessible.name: qsTr("Erase the guest's personal data")
                        onClicked: eraseDialog.open()
                    }
                }
            }

            Text {
                objectName: "dataRightsNote"
                Layout.fillWidth: true
                visible: !profile.canManageData
                text: profile.dataRightsNote
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.metaSize
            }

            Rectangle {
                Layout.fillWidth: true
                visible: profile.error.length > 0 || pane.notice.length > 0
                implicitHeight: noticeText.implicitHeight + 2 * Theme.unit
                radius: Theme.radius
                color: profile.error.length > 0 ? Theme.dangerSoft : Theme.successSoft
                Text {
                    id: noticeText
                    anchors.fill: parent
                    anchors.margins: Theme.unit
                    text: profile.error.length > 0 ? profile.error : pane.notice
                    wrapMode: Text.WordWrap
                    color: profile.error.length > 0 ? Theme.dangerText : Theme.successText
                    font.pixelSize: Theme.bodySize
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: content.width >= 720 ? 2 : 1
                columnSpacing: 3 * Theme.unit
                rowSpacing: 2 * Theme.unit

                // Stays and conversations
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.unit

                    SectionLabel { text: qsTr("Stays") }
                    Text {
                        visible: profile.reservations.length === 0
                        Layout.fillWidth: true
                        text: qsTr("No reservation on record. Stays appear here when the PMS sends them.")
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.bodySize
                    }
                    Repeater {
                        model: profile.reservations
                        delegate: Rectangle {
                            Layout.fillWidth: true
                            implicitHeight: stayRow.implicitHeight + 2 * (Theme.unit + Theme.half)
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: Theme.divider
                            RowLayout {
                                id: stayRow
                                anchors.fill: parent
                                anchors.margins: Theme.unit + Theme.half
                                spacing: Theme.unit
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 2
                                    Text {
                                        Layout.fillWidth: true
                                        text: modelData.roomNumber.length > 0
                                              ? qsTr("Room %1 · %2").arg(modelData.roomNumber).arg(modelData.roomType)
                                              : modelData.roomType
                                        elide: Text.ElideRight
                                        color: Theme.text
                                        font.pixelSize: Theme.bodySize
                                        font.weight: Font.DemiBold
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        text: qsTr("%1 · booking %2").arg(modelData.stayText).arg(modelData.confirmationNumber)
                                        elide: Text.ElideRight
                                        color: Theme.textSecondary
                                        font.pixelSize: Theme.metaSize
                                    }
                                }
                                Chip {
                                    text: modelData.statusLabel
                                    tone: modelData.statusTone
                                }
                            }
                        }
                    }

                    SectionLabel {
                        Layout.topMargin: Theme.unit
                        text: qsTr("Conversations")
                    }
                    Text {
                        visible: profile.conversations.length === 0
                        Layout.fillWidth: true
                        text: qsTr("No conversations yet. When the guest writes on any channel, it shows here.")
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.bodySize
                    }
                    Repeater {
                        model: profile.conversations
                        delegate: ItemDelegate {
                            id: conversationRow
                            Layout.fillWidth: true
                            implicitHeight: conversationColumn.implicitHeight + 2 * Theme.unit
                            padding: 0
                            hoverEnabled: true
                            Accessible.name: qsTr("Open the %1 conversation in the inbox").arg(modelData.channelLabel)
                            onClicked: {
                                Desk.openConversation(modelData.id)
                                Desk.view = "inbox"
                            }
                            background: Rectangle {
                                radius: Theme.radius
                                color: conversationRow.hovered ? Theme.hover : Theme.surface
                                border.color: conversationRow.visualFocus ? Theme.focusRing : Theme.divider
                                border.width: conversationRow.visualFocus ? 2 : 1
                            }
                            contentItem: ColumnLayout {
                                id: conversationColumn
                                spacing: 2
                                RowLayout {
                                    Layout.fillWidth: true
                                    Layout.topMargin: Theme.unit
                                    Layout.leftMargin: Theme.unit + Theme.half
                                    Layout.rightMargin: Theme.unit + Theme.half
                                    spacing: Theme.unit
                                    ChannelBadge {
                                        shortName: modelData.channelShort
                                        label: modelData.channelLabel
                                    }
                                    Chip {
                                        text: modelData.stateLabel
                                        tone: modelData.stateTone
                                    }
                                    Item { Layout.fillWidth: true }
                                    Text {
                                        text: modelData.whenText
                                        color: Theme.textMuted
                                        font.pixelSize: Theme.metaSize
                                    }
                                    Text {
                                        text: qsTr("Open \u203A")
                                        color: Theme.accent
                                        font.pixelSize: Theme.metaSize
                                        font.weight: Font.DemiBold
                                    }
                                }
                                Text {
                                    Layout.fillWidth: true
                                    Layout.leftMargin: Theme.unit + Theme.half
                                    Layout.rightMargin: Theme.unit + Theme.half
                                    Layout.bottomMargin: Theme.unit
                                    text: modelData.preview
                                    elide: Text.ElideRight
                                    maximumLineCount: 2
                                    wrapMode: Text.WordWrap
                                    color: Theme.textSecondary
                                    font.pixelSize: Theme.bodySize
                                }
                            }
                        }
                    }
                }

                // Memories
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.unit

                    RowLayout {
                        Layout.fillWidth: true
                        SectionLabel {
                            Layout.fillWidth: true
                            text: qsTr("What Jack remembers")
                        }
                        DeskButton {
                            objectName: "addMemoryButton"
                            text: qsTr("Add")
                            glyph: "+"
                            compact: true
                            variant: "quiet"
                            enabled: profile.guest.erased !== true && !profile.busy
                            Accessible.name: qsTr("Add a memory")
                            onClicked: memoryEditor.openFor("", "preference", "")
                        }
                    }
                    Text {
                        visible: profile.memories.length === 0
                        Layout.fillWidth: true
                        text: qsTr("Nothing yet. Jack notes preferences, allergies and occasions from conversations; you can add what you learn at the desk.")
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.bodySize
                    }
                    Repeater {
                        model: profile.memories
                        delegate: Rectangle {
                            Layout.fillWidth: true
                            implicitHeight: memoryRow.implicitHeight + Theme.unit + Theme.half + Theme.half
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: Theme.divider
                            ColumnLayout {
                                id: memoryRow
                                anchors.fill: parent
                                anchors.margins: Theme.unit + Theme.half
                                anchors.bottomMargin: Theme.half
                                spacing: 0
                                Text {
                                    Layout.fillWidth: true
                                    text: modelData.fact
                                    wrapMode: Text.WordWrap
                                    color: Theme.text
                                    font.pixelSize: Theme.bodySize
                                }
                                RowLayout {
                                    Layout.fillWidth: true
                                    spacing: Theme.half
                                    Text {
                                        Layout.fillWidth: true
                                        text: qsTr("%1 · %2").arg(modelData.categoryLabel).arg(modelData.originLabel)
                                        elide: Text.ElideRight
                                        color: Theme.textMuted
                                        font.pixelSize: Theme.metaSize
                                    }
                                    DeskButton {
                                        text: qsTr("Edit")
                                        compact: true
                                        minimumWidth: 0
                                        variant: "quiet"
                                        enabled: !profile.busy
                                        Accessible.name: qsTr("Edit “%1”").arg(modelData.fact)
                                        onClicked: memoryEditor.openFor(modelData.id, modelData.category, modelData.fact)
                                    }
                                    DeskButton {
                                        text: qsTr("Delete")
                                        compact: true
                                        minimumWidth: 0
                                        variant: "quiet"
                                        enabled: !profile.busy
                                        Accessible.name: qsTr("Delete “%1”").arg(modelData.fact)
                                        onClicked: profile.deleteMemory(modelData.id)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
