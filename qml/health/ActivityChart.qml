import QtQuick
import QtQuick.Layouts
import QtCharts
import Jack.Desk
import Jack.Components

// One activity chart of the Health screen: up to two lines over the board's period. Buckets
// with no value (-1: nobody wrote, nobody answered) leave a gap in the dots, not a zero.
Rectangle {
    id: panel

    required property HealthBoard board
    property string title
    property string summary
    property string firstRole
    property string firstName
    property color firstColor: Theme.accent
    property string secondRole
    property string secondName
    property color secondColor: Theme.jackLabel
    property real yTop: 4
    property string valueFormat: "%d"
    //! Points drawn on the first line (tests check the chart got data).
    readonly property int pointCount: first.count

    radius: Theme.radius + 2
    color: Theme.surface
    border.color: Theme.divider
    Accessible.role: Accessible.Chart
    Accessible.name: title
    Accessible.description: summary

    function rebuild() {
        first.clear()
        second.clear()
        const buckets = panel.board.buckets
        for (let i = 0; i < buckets.length; ++i) {
            const b = buckets[i]
            // The middle of the bucket, so a point sits under its hour (or day).
            const x = b.time.getTime() + (panel.board.hours > 24 ? 12 : 0.5) * 3600000
            if (b[panel.firstRole] >= 0)
                first.append(x, b[panel.firstRole])
            if (panel.secondRole.length > 0 && b[panel.secondRole] >= 0)
                second.append(x, b[panel.secondRole])
        }
    }

    Connections {
        target: panel.board
        function onActivityChanged() { panel.rebuild() }
    }
    Component.onCompleted: rebuild()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.unit
            Layout.rightMargin: Theme.unit
            spacing: Theme.unit
            Text {
                text: panel.title
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
            }
            Item { Layout.fillWidth: true }
            Repeater {
                model: panel.secondRole.length > 0 ? [[panel.firstName, panel.firstColor], [panel.secondName, panel.secondColor]]
                                                   : []
                Row {
                    required property var modelData
                    spacing: Theme.half
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: 12
                        height: 3
                        radius: 1
                        color: modelData[1]
                    }
                    Text {
                        text: modelData[0]
                        color: Theme.textSecondary
                        font.pixelSize: Theme.metaSize
                    }
                }
            }
            Text {
                text: panel.summary
                color: Theme.textSecondary
                font.pixelSize: Theme.metaSize
            }
        }

        ChartView {
            id: chart
            objectName: "activityChart"
            Layout.fillWidth: true
            Layout.fillHeight: true
            antialiasing: true
            legend.visible: false
            backgroundColor: Theme.surface
            plotAreaColor: Theme.surface
            backgroundRoundness: 0
            margins.top: Theme.half
            margins.bottom: 0
            margins.left: 0
            margins.right: Theme.unit

            DateTimeAxis {
                id: xAxis
                min: panel.board.from
                max: panel.board.to
                format: panel.board.hours > 24 ? "ddd d" : "HH:mm"
                tickCount: panel.board.hours > 24 ? 8 : 7
                labelsColor: Theme.textMuted
                labelsFont.pixelSize: Theme.metaSize
                gridLineColor: Theme.divider
                lineVisible: false
            }
            ValueAxis {
                id: yAxis
                min: 0
                max: panel.yTop
                tickCount: 5
                labelFormat: panel.valueFormat
                labelsColor: Theme.textMuted
                labelsFont.pixelSize: Theme.metaSize
                gridLineColor: Theme.divider
                lineVisible: false
            }
            LineSeries {
                id: first
                name: panel.firstName
                axisX: xAxis
                axisY: yAxis
                color: panel.firstColor
                width: 2
                pointsVisible: true
            }
            LineSeries {
                id: second
                name: panel.secondName
                axisX: xAxis
                axisY: yAxis
                color: panel.secondColor
                width: 2
                pointsVisible: true
                visible: panel.secondRole.length > 0
            }
        }
    }
}
