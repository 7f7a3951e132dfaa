import QtQuick
import QtTest
import Jack.Components

// The palette keeps its promises (UI.md): text stays readable on the surfaces it is used on
// (WCAG contrast ≥ 4.5:1), chips map every tone, and a guest keeps one avatar colour.
TestCase {
    name: "Theme"

    function luminance(c) {
        function channel(v) {
            return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    function test_contrast_data() {
        return [
            { tag: "text on surface", fg: Theme.text, bg: Theme.surface },
            { tag: "secondary on surface", fg: Theme.textSecondary, bg: Theme.surface },
            { tag: "muted on surface", fg: Theme.textMuted, bg: Theme.surface },
            { tag: "muted on window", fg: Theme.textMuted, bg: Theme.window },
            { tag: "text on selected row", fg: Theme.text, bg: Theme.selected },
            { tag: "attention chip", fg: Theme.attentionText, bg: Theme.attentionSoft },
            { tag: "danger chip", fg: Theme.dangerText, bg: Theme.dangerSoft },
            { tag: "success chip", fg: Theme.successText, bg: Theme.successSoft },
            { tag: "info chip", fg: Theme.info, bg: Theme.infoSoft },
            { tag: "text on accent", fg: Theme.textOnAccent, bg: Theme.accent },
            { tag: "rail text", fg: Theme.railText, bg: Theme.rail },
            { tag: "Jack's label", fg: Theme.jackLabel, bg: Theme.jackBubble },
            { tag: "staff label", fg: Theme.staffLabel, bg: Theme.staffBubble },
            { tag: "text in guest bubble", fg: Theme.text, bg: Theme.guestBubble },
        ]
    }
    function test_contrast(data) {
        const ratio = contrast(data.fg, data.bg)
        verify(ratio >= 4.5, data.tag + ": contrast " + ratio.toFixed(2) + " < 4.5")
    }

    function test_tones() {
        const tones = ["attention", "info", "success", "danger", "accent"]
        for (const tone of tones) {
            verify(!Qt.colorEqual(Theme.toneBackground(tone), Theme.neutralSoft),
                   tone + " has its own background")
            verify(contrast(Theme.toneForeground(tone), Theme.toneBackground(tone)) >= 4.5,
                   tone + " chip is readable")
        }
        compare(Theme.toneBackground("no such tone"), Theme.neutralSoft)
        compare(Theme.toneForeground("muted"), Theme.textMuted)
    }

    function test_avatarColour() {
        compare(Theme.avatarColor("Maria Santos"), Theme.avatarColor("Maria Santos"))
        const seen = {}
        for (const name of ["Maria Santos", "Tom Reed", "Aiko Tanaka", "Lars Berg", "Fatima Haddad",
                            "Diego Lopez", "Chloe Martin", "Ravi Patel"])
            seen[Theme.avatarColor(name)] = true
        verify(Object.keys(seen).length >= 3, "names spread over the palette")
        verify(Theme.avatarColors.indexOf(Theme.avatarColor("")) >= 0, "an empty name still gets a colour")
    }
}
