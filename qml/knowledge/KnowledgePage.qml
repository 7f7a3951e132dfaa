import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// The knowledge base: what Jack may tell guests, by category; read it, edit it (managers),
// test a question, import from the website (admins).
Rectangle {
    id: page

    objectName: "knowledgePage"
    color: Theme.window

    property string selectedId
    property bool creating: false
    property string panel: "entry" // entry | test

    function showEntry(id) {
        creating = false
        selectedId = id
        panel = "entry"
    }
    function newEntry() {
        selectedId = ""
        creating = true
        panel = "entry"
    }
    //! Opens "Test a question" and asks it (the screenshot driver uses it too).
    function askQuestion(text) {
        panel = "test"
        testPanel.ask(text)
    }

    onVisibleChanged: if (visible && !book.loaded) book.reload()
    Component.onCompleted: if (visible) book.reload()

    KnowledgeBook {
        id: book
        objectName: "knowledgeBook"
        api: Desk.api
        feed: Desk.feed
        role: Desk.session.role
        onSaved: function (id) { page.showEntry(id) }
        onRemoved: page.selectedId = ""
    }

    ImportWizard {
        id: importWizard
        objectName: "importWizard"
        book: book
        anchors.centerIn: parent
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: Math.min(420, Math.max(340, page.width * 0.33))
            color: Theme.surface

            ColumnLayout {
                anchors.fill: parent
                spacing: 0

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.margins: 2 * Theme.unit
                    Layout.bottomMargin: Theme.unit
                    spacing: Theme.unit

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.unit
                        ColumnLayout {
                            spacing: 0
                            Text {
                                text: qsTr("Knowledge")
                                color: Theme.text
                                font.pixelSize: Theme.headingSize
                                font.weight: Font.Bold
                                Accessible.role: Accessible.Heading
                            }
                            Text {
                                text: qsTr("%1 entries Jack answers from").arg(book.entries.totalCount)
                                color: Theme.textMuted
                                font.pixelSize: Theme.metaSize
                            }
                        }
                        Item { Layout.fillWidth: true }
                        DeskButton {
                            objectName: "newEntryButton"
                            visible: book.canEdit
                            text: qsTr("New entry")
                            glyph: "+"
                            compact: true
                            variant: "primary"
                            onClicked: page.newEntry()
                        }
                    }

                    DeskTextField {
                        id: filterField
                        objectName: "knowledgeFilter"
                        Layout.fillWidth: true
                        search: true
                        placeholderText: qsTr("Filter by word")
                        Accessible.name: qsTr("Filter the knowledge base")
                        onTextEdited: book.entries.filterText = text
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.unit
                        DeskComboBox {
                            id: categoryBox
                            objectName: "knowledgeCategory"
                            Layout.fillWidth: true
                            model: book.categoryOptions
                            textRole: "text"
                            valueRole: "value"
                            Accessible.name: qsTr("Category")
                            onActivated: book.entries.category = currentValue
                        }
                        DeskButton {
                            objectName: "importButton"
                            visible: book.canImport
                            text: qsTr("Import from website…")
                            Accessible.name: qsTr("Import entries from the hotel's website")
                            onClicked: importWizard.openWizard()
                        }
                    }

                    Text {
                        Layout.fillWidth: true
                        visible: book.error.length > 0 && !book.saving && page.panel !== "entry"
                        text: book.error
                        wrapMode: Text.WordWrap
                        color: Theme.dangerText
                        font.pixelSize: Theme.metaSize
                    }
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 1
                    color: Theme.divider
                }

                ListView {
                    id: list
                    objectName: "knowledgeList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: book.entries
                    boundsBehavior: Flickable.StopAtBounds
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    Accessible.name: qsTr("Knowledge entries")
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                    Keys.onReturnPressed: page.showEntry(book.entries.entryAt(currentIndex).id)

                    section.property: "categoryLabel"
                    section.criteria: ViewSection.FullString
                    section.delegate: Rectangle {
                        width: ListView.view.width
                        height: 28
                        color: Theme.surfaceSunken
                        SectionLabel {
                            anchors.left: parent.left
                            anchors.leftMargin: 2 * Theme.unit
                            anchors.verticalCenter: parent.verticalCenter
                            text: section
                        }
                    }

                    delegate: KnowledgeEntryRow {
                        width: ListView.view.width
                        selected: model.entryId === page.selectedId
                        keyboardCurrent: ListView.isCurrentItem && ListView.view.activeFocus
                        onClicked: page.showEntry(model.entryId)
                    }

                    EmptyState {
                        anchors.fill: parent
                        visible: list.count === 0 && book.loaded
                        glyph: "\u2139"
                        title: book.entries.totalCount === 0 ? qsTr("The knowledge base is empty")
                                                             : qsTr("No entry matches")
                        body: book.entries.totalCount === 0
                              ? (book.canEdit ? qsTr("Add what guests ask about — breakfast times, Wi-Fi, parking — so Jack can answer them.")
                                              : qsTr("Ask a manager to add what guests ask about, so Jack can answer them."))
                              : qsTr("Try another word or “All categories”.")
                    }
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Theme.divider
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 48
                color: Theme.surface
                Row {
                    anchors.left: parent.left
                    anchors.leftMargin: 3 * Theme.unit
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: 2
                    SegmentButton {
                        objectName: "showEntryPanel"
                        text: book.canEdit ? qsTr("Entry") : qsTr("Read entry")
                        checked: page.panel === "entry"
                        onClicked: page.panel = "entry"
                    }
                    SegmentButton {
                        objectName: "showTestPanel"
                        text: qsTr("Test a question")
                        checked: page.panel === "test"
                        onClicked: page.panel = "test"
                    }
                }
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.divider
                }
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: page.panel === "test" ? 1 : 0

                KnowledgeEditor {
                    id: editor
                    book: book
                    entryId: page.selectedId
                    creating: page.creating
                    onCancelled: page.creating = false
                }
                TestQuestionPanel {
                    id: testPanel
                    onSourceChosen: function (id) { page.showEntry(id) }
                }
            }
        }
    }
}
