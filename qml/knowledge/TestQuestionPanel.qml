import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// "Test a question": what Jack would answer a guest, and the entries the answer comes from.
Rectangle {
    id: panel

    signal sourceChosen(string id)

    function ask(text) {
        questionField.text = text
        question.ask(text)
    }

    color: Theme.window

    KnowledgeQuestion {
        id: question
        objectName: "knowledgeQuestion"
        api: Desk.api
    }

    Flickable {
        id: scroller
        anchors.fill: parent
        contentHeight: column.implicitHeight + 6 * Theme.unit
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

        ColumnLayout {
            id: column
            x: 3 * Theme.unit
            y: 3 * Theme.unit
            width: Math.min(scroller.width - 6 * Theme.unit, 760)
            spacing: Theme.unit + Theme.half

            Text {
                text: qsTr("Test a question")
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.weight: Font.Bold
                Accessible.role: Accessible.Heading
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Ask as a guest would. You see what Jack would answer and which entries he used; nothing is sent to anyone.")
                wrapMode: Text.WordWrap
                color: Theme.textSecondary
                font.pixelSize: Theme.bodySize
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.unit
                DeskTextField {
                    id: questionField
                    objectName: "testQuestion"
                    Layout.fillWidth: true
                    placeholderText: qsTr("e.g. What is the Wi-Fi password?")
                    Accessible.name: qsTr("Question to test")
                    onAccepted: question.ask(text)
                }
                DeskButton {
                    objectName: "askButton"
                    text: question.asking ? qsTr("Asking…") : qsTr("Ask Jack")
                    variant: "primary"
                    enabled: !question.asking && questionField.text.trim().length > 0
                    onClicked: question.ask(questionField.text)
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.unit
                visible: !question.hasAnswer
                Repeater {
                    model: [qsTr("Is breakfast included?"), qsTr("Can I check out late?"),
                            qsTr("¿Cuál es la contraseña del wifi?"), qsTr("Where can I park?")]
                    delegate: DeskButton {
                        text: modelData
                        compact: true
                        variant: "quiet"
                        Accessible.name: qsTr("Try: %1").arg(modelData)
                        onClicked: panel.ask(modelData)
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                visible: question.error.length > 0
                text: question.error
                wrapMode: Text.WordWrap
                color: Theme.dangerText
                font.pixelSize: Theme.bodySize
            }

            // The answer, drawn like Jack's bubble in a conversation.
            Rectangle {
                objectName: "testAnswer"
                Layout.fillWidth: true
                Layout.topMargin: Theme.unit
                visible: question.hasAnswer
                implicitHeight: answerColumn.implicitHeight + 2 * (Theme.unit + Theme.half)
                radius: Theme.bubbleRadius
                color: Theme.jackBubble
                ColumnLayout {
                    id: answerColumn
                    anchors.fill: parent
                    anchors.margins: Theme.unit + Theme.half
                    spacing: Theme.half
                    RowLayout {
                        spacing: Theme.half + 2
                        JackMark {
                            size: 12
                            color: Theme.jackLabel
                        }
                        Text {
                            text: qsTr("Jack would answer")
                            color: Theme.jackLabel
                            font.pixelSize: Theme.metaSize
                            font.weight: Font.DemiBold
                        }
                    }
                    Text {
                        objectName: "testAnswerText"
                        Layout.fillWidth: true
                        text: question.answer
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        lineHeight: Theme.lineHeight
                        textFormat: Text.PlainText
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: question.hasAnswer
                spacing: Theme.unit
                Text {
                    Layout.fillWidth: true
                    text: question.howText
                    elide: Text.ElideRight
                    color: Theme.textMuted
                    font.pixelSize: Theme.metaSize
                }
                Chip {
                    visible: question.escalate
                    text: qsTr("Would hand over to staff")
                    tone: "attention"
                    glyph: "!"
                }
            }

            SectionLabel {
                Layout.topMargin: 2 * Theme.unit
                visible: question.hasAnswer
                text: qsTr("Why: the entries Jack used")
            }
            Text {
                Layout.fillWidth: true
                visible: question.hasAnswer && question.sources.length === 0
                text: qsTr("No entry answered this, so Jack would give his holding reply or pass it on. Add an entry that answers it.")
                wrapMode: Text.WordWrap
                color: Theme.textSecondary
                font.pixelSize: Theme.bodySize
            }
            Repeater {
                model: question.sources
                delegate: ItemDelegate {
                    id: source
                    objectName: "testSource"
                    Layout.fillWidth: true
                    implicitHeight: sourceColumn.implicitHeight + 2 * (Theme.unit + Theme.half)
                    padding: 0
                    hoverEnabled: true
                    Accessible.name: qsTr("%1, %2. Open the entry").arg(modelData.title).arg(modelData.scoreText)
                    onClicked: panel.sourceChosen(modelData.id)
                    background: Rectangle {
                        radius: Theme.radius
                        color: source.hovered ? Theme.hover : Theme.surface
                        border.color: source.visualFocus ? Theme.focusRing : Theme.divider
                        border.width: source.visualFocus ? 2 : 1
                    }
                    contentItem: ColumnLayout {
                        id: sourceColumn
                        spacing: Theme.half
                        RowLayout {
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.unit + Theme.half
                            Layout.leftMargin: Theme.unit + Theme.half
                            Layout.rightMargin: Theme.unit + Theme.half
                            spacing: Theme.unit
                            Text {
                                text: modelData.title
                                color: Theme.text
                                font.pixelSize: Theme.bodySize
                                font.weight: Font.DemiBold
                            }
                            Chip { text: modelData.categoryLabel }
                            Item { Layout.fillWidth: true }
                            Rectangle {
                                implicitWidth: 80
                                implicitHeight: 6
                                radius: 3
                                color: Theme.neutralSoft
                                Accessible.ignored: true
                                Rectangle {
                                    width: parent.width * Math.max(0, Math.min(1, modelData.score))
                                    height: parent.height
                                    radius: 3
                                    color: Theme.accent
                                }
                            }
                            Text {
                                text: modelData.scoreText
                                color: Theme.textSecondary
                                font.pixelSize: Theme.metaSize
                            }
                        }
                        Repeater {
                            model: modelData.sentences
                            delegate: Text {
                                Layout.fillWidth: true
                                Layout.leftMargin: Theme.unit + Theme.half
                                Layout.rightMargin: Theme.unit + Theme.half
                                text: qsTr("“%1”").arg(modelData)
                                wrapMode: Text.WordWrap
                                color: Theme.textSecondary
                                font.pixelSize: Theme.bodySize
                                font.italic: true
                            }
                        }
                        Item { Layout.preferredHeight: Theme.half }
                    }
                }
            }
        }
    }
}
