import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Jack.Desk
import Jack.Components

// The first-run wizard: hotel → admin account → AI → channels → knowledge. Shown instead of
// the sign-in while the hub has no account; the admin is signed in after step 2.
Rectangle {
    id: page

    required property SetupWizard wizard
    readonly property int step: wizard.step

    objectName: "setupPage"
    color: Theme.window

    function fieldInvalid(name) {
        return page.wizard.errorField === name
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.unit, 760)
        height: Math.min(parent.height - 4 * Theme.unit, 600)
        radius: 12
        color: Theme.surface
        border.color: Theme.divider

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 3 * Theme.unit
            spacing: 2 * Theme.unit

            // Title and progress
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.unit + Theme.half
                Rectangle {
                    implicitWidth: 40
                    implicitHeight: 40
                    radius: 10
                    color: Theme.rail
                    JackMark {
                        anchors.centerIn: parent
                        size: 20
                        color: Theme.textOnAccent
                    }
                }
                ColumnLayout {
                    spacing: 0
                    Text {
                        text: qsTr("Set up Jack The Butler")
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.weight: Font.Bold
                        Accessible.role: Accessible.Heading
                    }
                    Text {
                        text: page.step < SetupWizard.Done
                              ? qsTr("Step %1 of 5 · about five minutes").arg(page.step + 1)
                              : qsTr("All done")
                        color: Theme.textMuted
                        font.pixelSize: Theme.metaSize
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 2 * Theme.unit
                Repeater {
                    model: [qsTr("Hotel"), qsTr("Your account"), qsTr("AI"), qsTr("Channels"), qsTr("Knowledge")]
                    StepMarker {
                        required property int index
                        required property string modelData
                        number: index + 1
                        title: modelData
                        current: page.step === index
                        done: page.step > index
                    }
                }
                Item { Layout.fillWidth: true }
            }

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 1
                color: Theme.divider
            }

            StackLayout {
                id: steps
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: page.step

                // 1. Hotel profile
                ColumnLayout {
                    objectName: "setupHotelStep"
                    spacing: 1.5 * Theme.unit
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Tell Jack about your hotel. Guests see the name; the time zone and times help Jack answer questions like “when is check-out?”.")
                        color: Theme.textSecondary
                        wrapMode: Text.WordWrap
                    }
                    SetupField {
                        id: hotelName
                        objectName: "setupHotelName"
                        Layout.fillWidth: true
                        label: qsTr("Hotel name")
                        placeholderText: qsTr("e.g. Harbour View Hotel")
                        text: page.wizard.hotel.name || ""
                        invalid: page.fieldInvalid("hotel.name")
                        onAccepted: hotelNext.clicked()
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: 3
                        columnSpacing: 2 * Theme.unit
                        rowSpacing: 1.5 * Theme.unit
                        SetupField {
                            id: hotelZone
                            Layout.fillWidth: true
                            Layout.columnSpan: 2
                            label: qsTr("Time zone")
                            text: page.wizard.hotel.timezone || ""
                            hint: qsTr("As in Europe/Lisbon or America/New_York")
                            invalid: page.fieldInvalid("hotel.timezone")
                        }
                        SetupField {
                            id: hotelLanguages
                            Layout.fillWidth: true
                            label: qsTr("Languages")
                            text: (page.wizard.hotel.languages || ["en"]).join(", ")
                            hint: qsTr("Two-letter codes, the hotel's own first")
                            invalid: page.fieldInvalid("hotel.languages")
                        }
                        SetupField {
                            id: hotelCheckIn
                            Layout.fillWidth: true
                            label: qsTr("Check-in from")
                            text: page.wizard.hotel.checkInTime || ""
                            invalid: page.fieldInvalid("hotel.checkInTime")
                        }
                        SetupField {
                            id: hotelCheckOut
                            Layout.fillWidth: true
                            label: qsTr("Check-out by")
                            text: page.wizard.hotel.checkOutTime || ""
                            invalid: page.fieldInvalid("hotel.checkOutTime")
                        }
                        SetupField {
                            id: hotelPhone
                            Layout.fillWidth: true
                            label: qsTr("Phone (optional)")
                            text: page.wizard.hotel.phone || ""
                            inputMethodHints: Qt.ImhDialableCharactersOnly
                            invalid: page.fieldInvalid("hotel.phone")
                        }
                    }
                    Item { Layout.fillHeight: true }
                }

                // 2. The first admin
                ColumnLayout {
                    objectName: "setupAdminStep"
                    spacing: 1.5 * Theme.unit
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Create your own account. It is the hotel's first admin: it can add staff, connect channels and change settings. Jack has no default password — this account is the only way in, so keep the password safe.")
                        color: Theme.textSecondary
                        wrapMode: Text.WordWrap
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: 2
                        columnSpacing: 2 * Theme.unit
                        rowSpacing: 1.5 * Theme.unit
                        SetupField {
                            id: adminName
                            objectName: "setupAdminName"
                            Layout.fillWidth: true
                            label: qsTr("Your name")
                            placeholderText: qsTr("e.g. Ana Pereira")
                            invalid: page.fieldInvalid("admin.name")
                            onAccepted: adminEmail.input.forceActiveFocus()
                        }
                        SetupField {
                            id: adminEmail
                            objectName: "setupAdminEmail"
                            Layout.fillWidth: true
                            label: qsTr("Email")
                            placeholderText: qsTr("you@hotel.example")
                            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                            invalid: page.fieldInvalid("admin.email")
                            onAccepted: adminPassword.input.forceActiveFocus()
                        }
                        SetupField {
                            id: adminPassword
                            objectName: "setupAdminPassword"
                            Layout.fillWidth: true
                            label: qsTr("Password")
                            echoMode: TextInput.Password
                            hint: qsTr("At least 10 characters; a short sentence works well")
                            invalid: page.fieldInvalid("admin.password")
                            onAccepted: adminConfirm.input.forceActiveFocus()
                        }
                        SetupField {
                            id: adminConfirm
                            objectName: "setupAdminConfirm"
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop
                            label: qsTr("Password again")
                            echoMode: TextInput.Password
                            invalid: page.fieldInvalid("admin.confirmation")
                            onAccepted: createAccount.clicked()
                        }
                    }
                    Item { Layout.fillHeight: true }
                }

                // 3. AI
                ColumnLayout {
                    objectName: "setupAiStep"
                    spacing: Theme.unit + Theme.half
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Choose how Jack writes to guests. You can change this any time in Settings.")
                        color: Theme.textSecondary
                        wrapMode: Text.WordWrap
                    }
                    ButtonGroup { id: aiChoice }
                    ChoiceCard {
                        id: offlineChoice
                        objectName: "setupAiOffline"
                        Layout.fillWidth: true
                        ButtonGroup.group: aiChoice
                        checked: true
                        title: qsTr("Offline — built into Jack")
                        badge: qsTr("Recommended to start")
                        body: qsTr("Jack answers from your knowledge base and hands everything else to staff. Nothing leaves this computer, and it costs nothing.")
                    }
                    ChoiceCard {
                        id: anthropicChoice
                        Layout.fillWidth: true
                        ButtonGroup.group: aiChoice
                        title: qsTr("Anthropic (Claude)")
                        body: qsTr("Natural replies in many languages. Needs an API key from console.anthropic.com; the provider charges per message.")
                    }
                    ChoiceCard {
                        id: openaiChoice
                        Layout.fillWidth: true
                        ButtonGroup.group: aiChoice
                        title: qsTr("OpenAI")
                        body: qsTr("Natural replies in many languages. Needs an API key from platform.openai.com; the provider charges per message.")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: !offlineChoice.checked
                        spacing: Theme.unit
                        SetupField {
                            id: aiKey
                            objectName: "setupAiKey"
                            Layout.fillWidth: true
                            label: qsTr("API key")
                            echoMode: TextInput.Password
                            invalid: page.fieldInvalid("apiKey") || page.fieldInvalid("config.apiKey")
                            onAccepted: testKey.clicked()
                        }
                        DeskButton {
                            id: testKey
                            Layout.alignment: Qt.AlignBottom
                            implicitHeight: 36
                            text: page.wizard.busy ? qsTr("Testing…") : qsTr("Test the key")
                            enabled: !page.wizard.busy && aiKey.text.length > 0
                            onClicked: page.wizard.testAiProvider(anthropicChoice.checked ? "anthropic" : "openai", aiKey.text)
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: !offlineChoice.checked && page.wizard.aiTest.message !== undefined
                        text: page.wizard.aiTest.ok ? qsTr("✓ The key works (%1 ms): %2").arg(page.wizard.aiTest.latencyMs).arg(page.wizard.aiTest.message)
                                                    : qsTr("✗ The key did not work: %1").arg(page.wizard.aiTest.message)
                        color: page.wizard.aiTest.ok ? Theme.successText : Theme.dangerText
                        wrapMode: Text.WordWrap
                    }
                    Item { Layout.fillHeight: true }
                }

                // 4. Channels
                ColumnLayout {
                    objectName: "setupChannelsStep"
                    spacing: Theme.unit
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Where guests can write to Jack. The web chat works right away on your own website; the others need your account with the provider and are connected in Settings → Apps.")
                        color: Theme.textSecondary
                        wrapMode: Text.WordWrap
                    }
                    Repeater {
                        model: page.wizard.channels
                        Rectangle {
                            required property var modelData
                            Layout.fillWidth: true
                            implicitHeight: 52
                            radius: Theme.radius
                            color: Theme.surfaceSunken
                            border.color: Theme.divider
                            RowLayout {
                                anchors.fill: parent
                                anchors.leftMargin: 1.5 * Theme.unit
                                anchors.rightMargin: 1.5 * Theme.unit
                                spacing: Theme.unit
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 0
                                    Text {
                                        text: modelData.name
                                        color: Theme.text
                                        font.weight: Font.DemiBold
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        text: modelData.builtIn
                                              ? qsTr("Built in: add the chat to your website later with one line of code.")
                                              : modelData.enabled ? qsTr("Connected")
                                                                  : qsTr("Connect later in Settings → Apps")
                                        color: Theme.textMuted
                                        font.pixelSize: Theme.metaSize
                                        elide: Text.ElideRight
                                    }
                                }
                                Switch {
                                    visible: modelData.builtIn
                                    checked: modelData.enabled
                                    enabled: !page.wizard.busy
                                    Accessible.name: qsTr("Turn on %1").arg(modelData.name)
                                    onToggled: page.wizard.setChannelEnabled(modelData.id, checked)
                                }
                            }
                        }
                    }
                    Item { Layout.fillHeight: true }
                }

                // 5. Knowledge
                ColumnLayout {
                    objectName: "setupKnowledgeStep"
                    spacing: 1.5 * Theme.unit
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Jack answers guests from what it knows about the hotel. Give it your website and it picks up opening hours, breakfast, parking and the like. You can review and add answers later under Knowledge.")
                        color: Theme.textSecondary
                        wrapMode: Text.WordWrap
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.unit
                        SetupField {
                            id: website
                            objectName: "setupWebsite"
                            Layout.fillWidth: true
                            label: qsTr("Hotel website")
                            placeholderText: qsTr("https://www.your-hotel.example")
                            invalid: page.fieldInvalid("url")
                            onAccepted: readSite.clicked()
                        }
                        DeskButton {
                            id: readSite
                            Layout.alignment: Qt.AlignBottom
                            implicitHeight: 36
                            text: page.wizard.busy ? qsTr("Reading…") : qsTr("Read the website")
                            enabled: !page.wizard.busy && website.text.length > 0
                            onClicked: page.wizard.previewWebsite(website.text)
                        }
                    }
                    Text {
                        visible: page.wizard.candidates.length > 0
                        text: qsTr("Jack found %n answer(s):", "", page.wizard.candidates.length)
                        color: Theme.text
                        font.weight: Font.DemiBold
                    }
                    ListView {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        visible: page.wizard.candidates.length > 0
                        model: page.wizard.candidates
                        spacing: 2
                        delegate: Text {
                            required property var modelData
                            width: ListView.view.width
                            text: "• " + modelData.title + "  ·  " + modelData.category
                            color: Theme.textSecondary
                            elide: Text.ElideRight
                        }
                    }
                    Item {
                        Layout.fillHeight: true
                        visible: page.wizard.candidates.length === 0
                    }
                }

                // Done
                ColumnLayout {
                    objectName: "setupDoneStep"
                    spacing: 1.5 * Theme.unit
                    Item { Layout.fillHeight: true }
                    Text {
                        Layout.alignment: Qt.AlignHCenter
                        text: qsTr("Jack is ready for %1").arg(page.wizard.hotel.name || qsTr("your hotel"))
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.weight: Font.Bold
                    }
                    Text {
                        Layout.alignment: Qt.AlignHCenter
                        Layout.maximumWidth: 520
                        horizontalAlignment: Text.AlignHCenter
                        text: (page.wizard.importedCount > 0
                               ? qsTr("%n answer(s) imported from your website. ", "", page.wizard.importedCount) : "")
                              + qsTr("You are signed in as the admin. Add your colleagues and connect WhatsApp, SMS or email in Settings.")
                        color: Theme.textSecondary
                        wrapMode: Text.WordWrap
                    }
                    Item { Layout.fillHeight: true }
                }
            }

            // Errors from the hub, in plain language
            Rectangle {
                Layout.fillWidth: true
                visible: page.wizard.error.length > 0
                implicitHeight: errorText.implicitHeight + 2 * Theme.unit
                radius: Theme.radius
                color: Theme.dangerSoft
                Text {
                    id: errorText
                    objectName: "setupError"
                    anchors.fill: parent
                    anchors.margins: Theme.unit
                    text: page.wizard.error
                    wrapMode: Text.WordWrap
                    color: Theme.dangerText
                }
            }

            // Buttons
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.unit

                DeskButton {
                    visible: page.step === SetupWizard.Admin
                    implicitHeight: 36
                    text: qsTr("Back")
                    enabled: !page.wizard.busy
                    onClicked: page.wizard.back()
                }
                Item { Layout.fillWidth: true }
                DeskButton {
                    visible: page.step === SetupWizard.Knowledge
                    implicitHeight: 36
                    variant: "quiet"
                    text: qsTr("Skip for now")
                    enabled: !page.wizard.busy
                    onClicked: page.wizard.skipKnowledge()
                }
                DeskButton {
                    id: hotelNext
                    objectName: "setupHotelNext"
                    visible: page.step === SetupWizard.Hotel
                    implicitHeight: 36
                    variant: "primary"
                    text: qsTr("Continue")
                    onClicked: page.wizard.setHotelProfile({
                        name: hotelName.text, timezone: hotelZone.text,
                        languages: hotelLanguages.text, checkInTime: hotelCheckIn.text,
                        checkOutTime: hotelCheckOut.text, phone: hotelPhone.text })
                }
                DeskButton {
                    id: createAccount
                    objectName: "setupCreateAdmin"
                    visible: page.step === SetupWizard.Admin
                    implicitHeight: 36
                    variant: "primary"
                    text: page.wizard.busy ? qsTr("Creating…") : qsTr("Create account")
                    enabled: !page.wizard.busy
                    onClicked: page.wizard.createAdmin(adminName.text, adminEmail.text,
                                                       adminPassword.text, adminConfirm.text)
                }
                DeskButton {
                    objectName: "setupAiNext"
                    visible: page.step === SetupWizard.Ai
                    implicitHeight: 36
                    variant: "primary"
                    text: offlineChoice.checked ? qsTr("Use offline AI") : qsTr("Use this provider")
                    enabled: !page.wizard.busy && (offlineChoice.checked || page.wizard.aiTest.ok === true)
                    onClicked: offlineChoice.checked ? page.wizard.useOfflineAi() : page.wizard.useTestedProvider()
                }
                DeskButton {
                    objectName: "setupChannelsNext"
                    visible: page.step === SetupWizard.Channels
                    implicitHeight: 36
                    variant: "primary"
                    text: qsTr("Continue")
                    enabled: !page.wizard.busy
                    onClicked: page.wizard.channelsDone()
                }
                DeskButton {
                    visible: page.step === SetupWizard.Knowledge
                    implicitHeight: 36
                    variant: "primary"
                    text: qsTr("Import %n answer(s)", "", page.wizard.candidates.length)
                    enabled: !page.wizard.busy && page.wizard.candidates.length > 0
                    onClicked: page.wizard.importCandidates()
                }
                DeskButton {
                    objectName: "setupFinish"
                    visible: page.step === SetupWizard.Done
                    implicitHeight: 36
                    variant: "primary"
                    text: qsTr("Open the desk")
                    onClicked: page.wizard.finish()
                }
            }
        }
    }
}
