import QtQuick

// A small capitalised heading inside a panel ("GUEST", "OPEN TASKS").
Text {
    color: Theme.textMuted
    font.pixelSize: Theme.metaSize
    font.weight: Font.DemiBold
    font.letterSpacing: 0.8
    font.capitalization: Font.AllUppercase
}
