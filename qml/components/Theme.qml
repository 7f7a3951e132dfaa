pragma Singleton
import QtQuick

// The one palette and type scale of the desk (UI.md): 13 px body, 15 px titles, 11 px meta,
// line height 1.4, an 8 px grid. Colour never carries meaning alone: every tone here is
// paired with a word or a glyph where it is used. Text colours keep ≥ 4.5:1 on their surfaces,
// in both palettes: each colour is "dark ? <dark palette> : <light palette>". The window binds
// `dark` to Preferences.dark, so the whole desk switches at once.
QtObject {
    // true: the dark palette.
    property bool dark: false

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
    readonly property color window: dark ? "#101419" : "#f3f4f7"
    readonly property color surface: dark ? "#181d25" : "#ffffff"
    readonly property color surfaceSunken: dark ? "#14181f" : "#f7f8fa"
    readonly property color conversationBackground: dark ? "#101419" : "#f3f4f7"
    readonly property color divider: dark ? "#2b3340" : "#e1e4ea"
    readonly property color hover: dark ? "#212834" : "#f0f3f8"
    readonly property color selected: dark ? "#1d3150" : "#e7effd"

    // Text
    readonly property color text: dark ? "#e7ebf1" : "#1a2230"
    readonly property color textSecondary: dark ? "#b3bccb" : "#4f5a69"
    readonly property color textMuted: dark ? "#98a2b2" : "#5b6574"
    readonly property color textOnAttention: "#1a2230" // on attentionStrong, both palettes
    readonly property color textOnAccent: dark ? "#0b1422" : "#ffffff"

    // Brand and states
    readonly property color accent: dark ? "#6ea8fe" : "#2563d9"
    readonly property color accentHover: dark ? "#8bb9ff" : "#1d54bd"
    readonly property color accentSoft: dark ? "#1d3150" : "#e7effd"
    readonly property color focusRing: dark ? "#8bb9ff" : "#2563d9"

    readonly property color attention: dark ? "#e0a030" : "#b26a00"        // amber marker bars
    readonly property color attentionStrong: dark ? "#f0b429" : "#f0a500"
    readonly property color attentionSoft: dark ? "#3a2e14" : "#fff2d6"
    readonly property color attentionText: dark ? "#f5c66b" : "#7a4700"
    readonly property color attentionRow: dark ? "#1c1912" : "#fffaf0"

    readonly property color danger: dark ? "#f26d6d" : "#c62828"
    readonly property color dangerSoft: dark ? "#3d1d1f" : "#fdecec"
    readonly property color dangerText: dark ? "#ff9e9e" : "#a61b1b"

    // The emergency banner: a loud red bar in both palettes, white words on it.
    readonly property color emergency: dark ? "#b3261e" : "#c62828"
    readonly property color textOnEmergency: "#ffffff"

    readonly property color success: dark ? "#4cc38a" : "#1c7c45"
    readonly property color successSoft: dark ? "#15321f" : "#e2f4e9"
    readonly property color successText: dark ? "#7ad9a6" : "#176638"

    readonly property color info: dark ? "#82b1ff" : "#1f5fbf"
    readonly property color infoSoft: dark ? "#1a2a44" : "#e6effc"
    readonly property color neutralSoft: dark ? "#262d38" : "#eceff3"

    // Navigation rail
    readonly property color rail: dark ? "#0a0d12" : "#18212e"
    readonly property color railHover: dark ? "#1a212c" : "#243042"
    readonly property color railSelected: dark ? "#243042" : "#2d3b50"
    readonly property color railText: "#c5cfdb"
    readonly property color railTextSelected: "#ffffff"

    // Messages
    readonly property color guestBubble: dark ? "#1f2530" : "#ffffff"
    readonly property color guestBorder: dark ? "#303847" : "#dde1e8"
    readonly property color jackBubble: dark ? "#2a2442" : "#efeafd"
    readonly property color jackLabel: dark ? "#c4b3ff" : "#5533c4"
    readonly property color staffBubble: dark ? "#1c3352" : "#dcebff"
    readonly property color staffLabel: dark ? "#a3c6ff" : "#1f5fbf"
    readonly property color tick: dark ? "#9aa4b2" : "#5f6a79"
    readonly property color tickRead: dark ? "#6ea8fe" : "#1a73e8"

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
