import QtQuick
import QtTest
import Jack.Components

// The small building blocks behave as the screens rely on: a chip says its word to a screen
// reader and sizes to it, a filter tab announces its count and only one tab of a row is on.
Item {
    width: 400
    height: 200

    Chip {
        id: chip
        text: "Needs you"
        tone: "attention"
    }
    Row {
        id: tabs
        y: 40
        SegmentButton { id: openTab; text: "Open"; count: 12; checked: true }
        SegmentButton { id: needsTab; text: "Needs you"; count: 3; tone: "attention" }
        SegmentButton { id: doneTab; text: "Done" }
    }

    TestCase {
        name: "Components"
        when: windowShown

        function test_chip() {
            compare(chip.Accessible.name, "Needs you")
            compare(chip.color, Theme.attentionSoft)
            const narrow = chip.implicitWidth
            chip.text = "Needs you now, please"
            // A Row lays out on the next polish.
            tryVerify(function() { return chip.implicitWidth > narrow }, 1000, "the chip grows with its word")
            chip.strong = true
            compare(chip.color, Theme.attentionText)
            chip.strong = false
            chip.text = "Needs you"
        }

        function test_segmentAnnouncesCount() {
            compare(openTab.Accessible.name, "Open, 12")
            compare(doneTab.Accessible.name, "Done")
            verify(needsTab.loud, "an attention tab with work is loud")
            needsTab.count = 0
            verify(!needsTab.loud, "an attention tab without work is calm")
            needsTab.count = 3
        }

        function test_segmentsAreExclusive() {
            verify(openTab.checked)
            mouseClick(needsTab)
            verify(needsTab.checked)
            verify(!openTab.checked, "one tab of a row at a time")
            mouseClick(openTab)
            verify(openTab.checked && !needsTab.checked)
        }
    }
}
