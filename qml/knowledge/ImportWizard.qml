import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// Admins: the hotel's website → proposed entries → review (untick, fix title and category)
// → import.
Popup {
    id: wizard

    property KnowledgeBook book

    function openWizard() {
        importer.restart()
        open()
        urlField.forceActiveFocus()
    }

    width: Math.min(760, parent ? parent.width - 8 * Theme.unit : 760)
    height: Math.min(600, parent ? parent.height - 8 * Theme.unit : 600)
    modal: true
    focus: true
    padding: 3 * Theme.unit
    closePolicy: importer.stage === KnowledgeImport.Fetching || importer.stage === KnowledgeImport.Importing
                 ? Popup.NoAutoClose : Popup.CloseOnEscape

    KnowledgeImport {
        id: importer
        objectName: "knowledgeImport"
        api: Desk.api
    }

    background: Rectangle {
        radius: Theme.radius + 2
        color: Theme.surface
        border.color: Theme.divider
    }

    contentItem: ColumnLayout {
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Import from the website")
        spacing: Theme.unit + Theme.half

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("Import from the website")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
            }
            Text {
                text: importer.stage === KnowledgeImport.Review ? qsTr("Step 2 of 2: review")
                                                                : qsTr("Step 1 of 2: the address")
                visible: importer.stage !== KnowledgeImport.Done
                color: Theme.textMuted
                font.pixelSize: Theme.metaSize
            }
        }

        // Step 1: the address
        ColumnLayout {
            Layout.fillWidth: true
            visible: importer.stage === KnowledgeImport.Address || importer.stage === KnowledgeImport.Fetching
            spacing: Theme.unit
            Text {
                Layout.fillWidth: true
                text: qsTr("Jack reads the hotel's pages (the start page and pages it links to on the same site) and proposes one entry per section. Nothing is stored until you review and import.")
                wrapMode: Text.WordWrap
                color: Theme.textSecondary
                font.pixelSize: Theme.bodySize
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.unit
                DeskTextField {
                    id: urlField
                    objectName: "importUrl"
                    Layout.fillWidth: true
                    enabled: importer.stage === KnowledgeImport.Address
                    placeholderText: qsTr("https://www.your-hotel.com/")
                    Accessible.name: qsTr("Website address")
                    onAccepted: importer.preview(text, pagesBox.currentValue)
                }
                DeskComboBox {
                    id: pagesBox
                    Layout.preferredWidth: 130
                    enabled: importer.stage === KnowledgeImport.Address
                    model: [{ "value": 1, "text": qsTr("1 page") }, { "value": 5, "text": qsTr("Up to 5 pages") },
                            { "value": 10, "text": qsTr("Up to 10 pages") }, { "value": 20, "text": qsTr("Up to 20 pages") }]
                    textRole: "text"
                    valueRole: "value"
                    currentIndex: 1
                    Accessible.name: qsTr("How many pages to read")
                }
                DeskButton {
                    objectName: "previewButton"
                    text: importer.stage === KnowledgeImport.Fetching ? qsTr("Reading…") : qsTr("Read the website")
                    variant: "primary"
                    enabled: importer.stage === KnowledgeImport.Address && urlField.text.trim().length > 0
                    onClicked: importer.preview(urlField.text, pagesBox.currentValue)
                }
            }
            RowLayout {
                visible: importer.stage === KnowledgeImport.Fetching
                spacing: Theme.unit
                BusyIndicator {
                    implicitWidth: 24
                    implicitHeight: 24
                    running: visible
                }
                Text {
                    text: qsTr("Reading the website. This can take up to 45 seconds.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.bodySize
                }
            }
        }

        // Step 2: review
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: importer.stage === KnowledgeImport.Review || importer.stage === KnowledgeImport.Importing
            spacing: Theme.unit
            RowLayout {
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: importer.pagesText
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.pixelSize: Theme.metaSize
                }
                DeskButton {
                    text: qsTr("Tick all")
                    compact: true
                    variant: "quiet"
                    onClicked: importer.candidates.setAllKept(true)
                }
                DeskButton {
                    text: qsTr("Untick all")
                    compact: true
                    variant: "quiet"
                    onClicked: importer.candidates.setAllKept(false)
                }
            }
            ListView {
                id: candidateList
                objectName: "importCandidates"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.unit
                model: importer.candidates
                boundsBehavior: Flickable.StopAtBounds
                Accessible.name: qsTr("Proposed entries")
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

                delegate: Rectangle {
                    id: candidate
                    width: ListView.view.width - Theme.unit
                    implicitHeight: candidateColumn.implicitHeight + 2 * Theme.unit
                    radius: Theme.radius
                    color: model.keep ? Theme.surface : Theme.surfaceSunken
                    border.color: Theme.divider
                    ColumnLayout {
                        id: candidateColumn
                        anchors.fill: parent
                        anchors.margins: Theme.unit
                        spacing: Theme.half
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.unit
                            CheckBox {
                                checked: model.keep
                                Accessible.name: qsTr("Import “%1”").arg(model.title)
                                onToggled: model.keep = checked
                            }
                            DeskTextField {
                                Layout.fillWidth: true
                                text: model.title
                                enabled: model.keep
                                Accessible.name: qsTr("Title")
                                onEditingFinished: if (text.trim().length > 0) model.title = text
                            }
                            DeskComboBox {
                                Layout.preferredWidth: 190
                                enabled: model.keep
                                model: wizard.book ? wizard.book.editorCategories : []
                                textRole: "text"
                                valueRole: "value"
                                Accessible.name: qsTr("Category")
                                Component.onCompleted: currentIndex = Math.max(0, indexOfValue(candidate.categoryValue))
                                onActivated: candidate.setCategory(currentValue)
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            Layout.leftMargin: 40
                            text: model.content
                            wrapMode: Text.WordWrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
                            color: model.keep ? Theme.textSecondary : Theme.textMuted
                            font.pixelSize: Theme.metaSize
                        }
                        Text {
                            Layout.fillWidth: true
                            Layout.leftMargin: 40
                            visible: model.note.length > 0
                            text: model.note
                            wrapMode: Text.WordWrap
                            color: Theme.attentionText
                            font.pixelSize: Theme.metaSize
                        }
                    }
                    readonly property string categoryValue: model.category
                    function setCategory(value) { model.category = value }
                }
            }
        }

        // Done
        Text {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: importer.stage === KnowledgeImport.Done
            text: importer.resultText
            wrapMode: Text.WordWrap
            color: Theme.successText
            font.pixelSize: Theme.titleSize
        }

        Text {
            Layout.fillWidth: true
            visible: importer.error.length > 0
            text: importer.error
            wrapMode: Text.WordWrap
            color: Theme.dangerText
            font.pixelSize: Theme.bodySize
        }

        Item {
            Layout.fillHeight: true
            visible: importer.stage === KnowledgeImport.Address || importer.stage === KnowledgeImport.Fetching
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.unit
            DeskButton {
                visible: importer.stage === KnowledgeImport.Review
                text: qsTr("Back")
                onClicked: importer.restart()
            }
            Item { Layout.fillWidth: true }
            DeskButton {
                text: importer.stage === KnowledgeImport.Done ? qsTr("Close") : qsTr("Cancel")
                enabled: importer.stage !== KnowledgeImport.Fetching && importer.stage !== KnowledgeImport.Importing
                onClicked: wizard.close()
            }
            DeskButton {
                objectName: "importKeptButton"
                visible: importer.stage === KnowledgeImport.Review || importer.stage === KnowledgeImport.Importing
                text: qsTr("Import %1 entries").arg(importer.candidates.keptCount)
                variant: "primary"
                enabled: importer.stage === KnowledgeImport.Review && importer.candidates.keptCount > 0
                onClicked: importer.importKept()
            }
        }
    }
}
