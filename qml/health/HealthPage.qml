import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// Is Jack all right? The hub's services, what went wrong lately in plain words, and how the
// guests' messages were answered over the last day or week.
Rectangle {
    id: page

    readonly property HealthBoard board: HealthBoard {
        api: Desk.api
    }

    objectName: "healthPage"
    color: Theme.window

    function overallTone() {
        switch (board.overall) {
        case "ok": return "success"
        case "degraded": return "attention"
        case "": return "neutral"
        default: return "danger"
        }
    }

    onVisibleChanged: if (visible) board.refresh()
    Component.onCompleted: if (visible) board.refresh()

    Timer {
        interval: 60000
        repeat: true
        running: page.visible
        onTriggered: page.board.refresh()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Header
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            color: Theme.surface

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 3 * Theme.unit
                anchors.rightMargin: 3 * Theme.unit
                spacing: 2 * Theme.unit

                ColumnLayout {
                    spacing: 0
                    Text {
                        text: qsTr("Health")
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.weight: Font.Bold
                        Accessible.role: Accessible.Heading
                    }
                    Text {
                        objectName: "healthOverall"
                        text: page.board.overallText
                        color: Theme.toneForeground(page.overallTone())
                        font.pixelSize: Theme.metaSize
                    }
                }
                Item { Layout.fillWidth: true }
                Row {
                    spacing: 2
                    SegmentButton {
                        objectName: "healthLastDay"
                        text: qsTr("Last 24 hours")
                        checked: page.board.hours === 24
                        onClicked: page.board.hours = 24
                    }
                    SegmentButton {
                        objectName: "healthLastWeek"
                        text: qsTr("Last 7 days")
                        checked: page.board.hours === 168
                        onClicked: page.board.hours = 168
                    }
                }
                DeskButton {
                    text: page.board.loading ? qsTr("Checking…") : qsTr("Check again")
                    enabled: !page.board.loading
                    onClicked: page.board.refresh()
                }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 2 * Theme.unit
            spacing: 2 * Theme.unit

            // Services and recent problems
            ColumnLayout {
                Layout.preferredWidth: 400
                Layout.maximumWidth: 440
                Layout.fillHeight: true
                spacing: 2 * Theme.unit

                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: services.height + 3 * Theme.unit
                    radius: Theme.radius + 2
                    color: Theme.surface
                    border.color: Theme.divider
                    Column {
                        id: services
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: 1.5 * Theme.unit
                        spacing: 0
                        SectionLabel {
                            text: qsTr("Services")
                            bottomPadding: Theme.half
                        }
                        Repeater {
                            model: page.board.services
                            ServiceRow {
                                required property var modelData
                                objectName: "service_" + modelData.key
                                width: services.width
                                name: modelData.name
                                detail: modelData.detail
                                statusText: modelData.statusText
                                tone: modelData.tone
                            }
                        }
                    }
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    radius: Theme.radius + 2
                    color: Theme.surface
                    border.color: Theme.divider
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: 1.5 * Theme.unit
                        spacing: Theme.unit
                        SectionLabel {
                            text: page.board.errorTotal > page.board.errors.length
                                  ? qsTr("Recent problems (latest %1 of %2)").arg(page.board.errors.length).arg(page.board.errorTotal)
                                  : qsTr("Recent problems")
                        }
                        Text {
                            objectName: "healthNoProblems"
                            Layout.fillWidth: true
                            visible: page.board.errors.length === 0
                            text: page.board.hours > 24 ? qsTr("No failed deliveries or AI errors in the last 7 days.")
                                                        : qsTr("No failed deliveries or AI errors in the last 24 hours.")
                            color: Theme.textMuted
                            wrapMode: Text.WordWrap
                        }
                        ListView {
                            objectName: "healthProblems"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            spacing: Theme.unit
                            model: page.board.errors
                            delegate: ColumnLayout {
                                required property var modelData
                                width: ListView.view.width
                                spacing: 2
                                Accessible.role: Accessible.StaticText
                                Accessible.name: modelData.title + ". " + modelData.detail
                                Text {
                                    Layout.fillWidth: true
                                    text: "! " + modelData.title
                                    color: Theme.dangerText
                                    font.weight: Font.DemiBold
                                    wrapMode: Text.WordWrap
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: modelData.when + (modelData.detail.length > 0 ? " · " + modelData.detail : "")
                                    color: Theme.textSecondary
                                    font.pixelSize: Theme.metaSize
                                    wrapMode: Text.WordWrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                }
                            }
                        }
                    }
                }
            }

            // Activity
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.unit + Theme.half

                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: figures.implicitHeight + 2 * Theme.unit
                    radius: Theme.radius + 2
                    color: Theme.surface
                    border.color: Theme.divider
                    RowLayout {
                        id: figures
                        anchors.fill: parent
                        anchors.margins: Theme.unit
                        anchors.leftMargin: 2 * Theme.unit
                        spacing: 4 * Theme.unit
                        Figure {
                            objectName: "figureGuestMessages"
                            value: page.board.totals.guestMessages !== undefined ? String(page.board.totals.guestMessages) : "–"
                            caption: qsTr("guest messages")
                        }
                        Figure {
                            value: page.board.totals.replies !== undefined ? String(page.board.totals.replies) : "–"
                            caption: qsTr("replies by Jack and staff")
                        }
                        Figure {
                            value: page.board.totals.responseText || "–"
                            caption: qsTr("typical first reply (median)")
                        }
                        Figure {
                            value: page.board.totals.shareText || "–"
                            caption: qsTr("answered without staff")
                        }
                        Item { Layout.fillWidth: true }
                    }
                }

                Text {
                    Layout.fillWidth: true
                    visible: page.board.problem.length > 0
                    text: page.board.problem
                    color: Theme.dangerText
                    wrapMode: Text.WordWrap
                }

                ActivityChart {
                    objectName: "messagesChart"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    board: page.board
                    title: page.board.hours > 24 ? qsTr("Messages per day") : qsTr("Messages per hour")
                    // Guests' line drawn last, on top where the two meet.
                    firstRole: "replies"
                    firstName: qsTr("Replies")
                    firstColor: Theme.jackLabel
                    secondRole: "guestMessages"
                    secondName: qsTr("From guests")
                    secondColor: Theme.accent
                    yTop: page.board.messagesTop
                }
                ActivityChart {
                    objectName: "responseChart"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    board: page.board
                    title: page.board.responseInMinutes ? qsTr("Time to the first reply (minutes)")
                                                        : qsTr("Time to the first reply (seconds)")
                    summary: page.board.hours > 24 ? qsTr("average per day") : qsTr("average per hour")
                    firstRole: "responseTime"
                    firstName: qsTr("Wait")
                    firstColor: Theme.attention
                    yTop: page.board.responseTop
                    valueFormat: "%.0f"
                }
                ActivityChart {
                    objectName: "shareChart"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    board: page.board
                    title: qsTr("Answered by Jack without staff (%)")
                    firstRole: "sharePercent"
                    firstName: qsTr("Share")
                    firstColor: Theme.success
                    yTop: 100
                }
            }
        }
    }
}
