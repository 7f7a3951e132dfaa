pragma Singleton
import QtQuick

// The one palette and type scale of the desk (UI.md): 13 px body, 15 px titles, 11 px meta,
// line height 1.4, an 8 px grid. Colour never carries meaning alone: every tone here is
// paired with a word or a glyph where it is used. Text colours keep ≥ 4.5:1 on their surfaces.
QtObject {
    // Type
    readonly property int bodySize: 13
    readonly property int titleSize: 15
    readonly property int metaSize: 11
    readonly property int headingSize: 20
    readonly property real lineHeight: 1.4

    // Grid
    readonly property int unit: 8
    readonly property int half: 4
    readonly property int radius: 6
    readonly property int bubbleRadius: 12

    // Surfaces
    readonly property color window: "#f3f4f7"
    readonly property color surface: "#ffffff"
    readonly property color surfaceSunken: "#f7f8fa"
    readonly property color conversationBackground: "#f3f4f7"
    readonly property color divider: "#e1e4ea"
    readonly property color hover: "#f0f3f8"
    readonly property color selected: "#e7effd"

    // Text
    readonly property color text: "#1a2230"
    readonly property color textSecondary: "#4f5a69"
    readonly property color textMuted: "#636d7c"
    readonly property color textOnAccent: "#ffffff"

    // Brand and states
    readonly property color accent: "#2563d9"
    readonly property color accentHover: "#1d54bd"
    readonly property color accentSoft: "#e7effd"
    readonly property color focusRing: "#2563d9"

    readonly property color attention: "#b26a00"        // amber marker bars
    readonly property color attentionStrong: "#f0a500"
    readonly property color attentionSoft: "#fff2d6"
    readonly property color attentionText: "#7a4700"
    readonly property color attentionRow: "#fffaf0"

    readonly property color danger: "#c62828"
    readonly property color dangerSoft: "#fdecec"
    readonly property color dangerText: "#a61b1b"

    readonly property color success: "#1c7c45"
    readonly property color successSoft: "#e2f4e9"
    readonly property color successText: "#176638"

    readonly property color info: "#1f5fbf"
    readonly property color infoSoft: "#e6effc"
    readonly property color neutralSoft: "#eceff3"

    // Navigation rail
    readonly property color rail: "#18212e"
    readonly property color railHover: "#243042"
    readonly property color railSelected: "#2d3b50"
    readonly property color railText: "#c5cfdb"
    readonly property color railTextSelected: "#ffffff"

    // Messages
    readonly property color guestBubble: "#ffffff"
    readonly property color guestBorder: "#dde1e8"
    readonly property color jackBubble: "#efeafd"
    readonly property color jackLabel: "#5533c4"
    readonly property color staffBubble: "#dcebff"
    readonly property color staffLabel: "#1f5fbf"
    readonly property color tick: "#5f6a79"
    readonly property color tickRead: "#1a73e8"

    // Chip colours for a tone: attention | info | neutral | muted | success | danger.
    function toneBackground(tone) {
        switch (tone) {
        case "attention": return attentionSoft
        case "info": return infoSoft
        case "success": return successSoft
        case "danger": return dangerSoft
        case "accent": return accentSoft
        default: return neutralSoft
        }
    }
    function toneForeground(tone) {
        switch (tone) {
        case "attention": return attentionText
        case "info": return info
        case "success": return successText
        case "danger": return dangerText
        case "accent": return accent
        case "muted": return textMuted
        default: return textSecondary
        }
    }
    // A calm avatar colour picked from the name, so one guest keeps one colour.
    readonly property var avatarColors: ["#5b7bd5", "#3f9a8c", "#b0679b", "#c07a3b", "#6d6fc8", "#4f8fb8", "#8a7c4e"]
    function avatarColor(name) {
        let hash = 0
        const text = name || ""
        for (let i = 0; i < text.length; ++i)
            hash = (hash * 31 + text.charCodeAt(i)) % 1000003
        return avatarColors[hash % avatarColors.length]
    }
}
