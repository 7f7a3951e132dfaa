<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AppCard</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>AppConfigPanel</name>
    <message>
        <source>Choose an app</source>
        <translation>App auswählen</translation>
    </message>
    <message>
        <source>Pick a channel, an AI provider or a hotel system on the left to set it up and test it.</source>
        <translation>Wählen Sie links einen Kanal, einen KI-Anbieter oder ein Hotelsystem, um es einzurichten und zu testen.</translation>
    </message>
    <message>
        <source>Pick an app on the left to see how it is set up.</source>
        <translation>Wählen Sie links eine App, um ihre Einrichtung zu sehen.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft …</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>The test uses the saved settings: save your changes first.</source>
        <translation>Der Test nutzt die gespeicherten Einstellungen: Speichern Sie zuerst Ihre Änderungen.</translation>
    </message>
    <message>
        <source>✓ Connected in %1 ms. %2</source>
        <translation>✓ Verbunden in %1 ms. %2</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ Not working: %1</source>
        <translation>✗ Funktioniert nicht: %1</translation>
    </message>
    <message>
        <source>Jack&apos;s built-in engine needs no settings. It answers guests whenever no other AI provider is switched on.</source>
        <translation>Jacks eingebaute Engine braucht keine Einstellungen. Sie antwortet Gästen, wenn kein anderer KI-Anbieter eingeschaltet ist.</translation>
    </message>
    <message>
        <source>This app has no settings.</source>
        <translation>Diese App hat keine Einstellungen.</translation>
    </message>
    <message>
        <source>Only an admin can change these settings.</source>
        <translation>Nur ein Admin kann diese Einstellungen ändern.</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Sie haben ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Secret values are never shown again; leave them empty to keep them.</source>
        <translation>Geheime Werte werden nie wieder angezeigt; leer lassen, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>How guests reach the hotel, which AI helps Jack, and the hotel&apos;s own systems.</source>
        <translation>Wie Gäste das Hotel erreichen, welche KI Jack hilft, und die hoteleigenen Systeme.</translation>
    </message>
    <message>
        <source>The apps could not be loaded</source>
        <translation>Die Apps konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>The hub sent no apps.</source>
        <translation>Der Hub hat keine Apps gesendet.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>CannedResponsePicker</name>
    <message>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to insert · Esc to close</source>
        <translation>↑↓ wählen · Eingabe einfügen · Esc schließen</translation>
    </message>
    <message>
        <source>Search canned responses…</source>
        <translation>Textbausteine suchen…</translation>
    </message>
    <message>
        <source>Search canned responses</source>
        <translation>Textbausteine suchen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>fill in %1</source>
        <translation>%1 ausfüllen</translation>
    </message>
    <message numerus="yes">
        <source>%n to fill in</source>
        <translation>
            <numerusform>%n auszufüllen</numerusform>
            <numerusform>%n auszufüllen</numerusform>
        </translation>
    </message>
    <message>
        <source>No canned response matches “%1”. Press Esc and write the reply yourself.</source>
        <translation>Kein Textbaustein passt zu „%1“. Drücken Sie Esc und schreiben Sie die Antwort selbst.</translation>
    </message>
    <message>
        <source>No canned responses yet. A manager can add them for the whole team.</source>
        <translation>Noch keine Textbausteine. Eine Leitung kann sie für das ganze Team anlegen.</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete “%1”</source>
        <translation>„%1“ erledigen</translation>
    </message>
    <message>
        <source>What was done? (optional, for colleagues)</source>
        <translation>Was wurde getan? (optional, für Kollegen)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tell the guest it is done (in their language)</source>
        <translation>Dem Gast mitteilen, dass es erledigt ist (in seiner Sprache)</translation>
    </message>
    <message>
        <source>This task did not come from a guest&apos;s conversation, so there is no one to tell.</source>
        <translation>Diese Aufgabe stammt nicht aus einem Gespräch mit einem Gast, es gibt also niemanden zu benachrichtigen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Complete and tell the guest</source>
        <translation>Erledigen und Gast informieren</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Erledigen</translation>
    </message>
</context>
<context>
    <name>ComposerSwitch</name>
    <message>
        <source>Reply to guest</source>
        <translation>Dem Gast antworten</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Internal note, only staff see it</source>
        <translation>Interne Notiz, nur für Mitarbeitende</translation>
    </message>
    <message>
        <source>Only staff see notes</source>
        <translation>Notizen sehen nur Mitarbeitende</translation>
    </message>
    <message>
        <source>Type / for canned responses</source>
        <translation>/ tippen für Textbausteine</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Reconnecting… You can keep working; new messages appear as soon as Jack is back.</source>
        <translation>Verbindung wird wiederhergestellt … Sie können weiterarbeiten; neue Nachrichten erscheinen, sobald Jack wieder da ist.</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message numerus="yes">
        <source>WhatsApp window closes in %n min</source>
        <translation>
            <numerusform>WhatsApp-Fenster schließt in %n Min.</numerusform>
            <numerusform>WhatsApp-Fenster schließt in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp window closes in %n h</source>
        <translation>
            <numerusform>WhatsApp-Fenster schließt in %n Std.</numerusform>
            <numerusform>WhatsApp-Fenster schließt in %n Std.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Room %1</source>
        <translation>Zimmer %1</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Jack handed this to a person: %1</source>
        <translation>Jack hat dies an einen Menschen übergeben: %1</translation>
    </message>
    <message>
        <source>This guest is waiting for a person. Reply below, or assign it to yourself.</source>
        <translation>Dieser Gast wartet auf einen Menschen. Antworten Sie unten oder weisen Sie das Gespräch sich selbst zu.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <source>Write the first message below; it goes out on %1.</source>
        <translation>Schreiben Sie unten die erste Nachricht; sie wird über %1 gesendet.</translation>
    </message>
    <message>
        <source>the guest&apos;s channel</source>
        <translation>den Kanal des Gastes</translation>
    </message>
    <message>
        <source>One guest needs you</source>
        <translation>Ein Gast braucht Sie</translation>
    </message>
    <message numerus="yes">
        <source>%n guests need you</source>
        <translation>
            <numerusform>%n Gast braucht Sie</numerusform>
            <numerusform>%n Gäste brauchen Sie</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Kein Gespräch geöffnet</translation>
    </message>
    <message>
        <source>Open the longest waiting</source>
        <translation>Am längsten wartendes öffnen</translation>
    </message>
    <message>
        <source>The conversation is at the top of the inbox, marked “Needs you”.</source>
        <translation>Das Gespräch steht oben im Posteingang, markiert mit „Braucht Sie“.</translation>
    </message>
    <message>
        <source>They are at the top of the inbox, marked “Needs you”, longest waiting first.</source>
        <translation>Sie stehen oben im Posteingang, markiert mit „Braucht Sie“, die am längsten wartenden zuerst.</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply.</source>
        <translation>Wählen Sie ein Gespräch aus der Liste, um es zu lesen und zu antworten.</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply. Jack is handling one conversation.</source>
        <translation>Wählen Sie ein Gespräch aus der Liste, um es zu lesen und zu antworten. Jack betreut ein Gespräch.</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply. Jack is handling %1 conversations.</source>
        <translation>Wählen Sie ein Gespräch aus der Liste, um es zu lesen und zu antworten. Jack betreut %1 Gespräche.</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Ältere Nachrichten werden geladen …</translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Zimmer %1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meins</translation>
    </message>
    <message>
        <source>%1 viewing</source>
        <translation>Geöffnet von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n viewing</source>
        <translation>
            <numerusform>Von %n Person geöffnet</numerusform>
            <numerusform>Von %n Personen geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Also open at: %1</source>
        <translation>Auch geöffnet von: %1</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>needs you</source>
        <translation>braucht Sie</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <source>snoozed %1</source>
        <translation>zurückgestellt %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
</context>
<context>
    <name>CreateTaskDialog</name>
    <message>
        <source>Create a task</source>
        <translation>Aufgabe anlegen</translation>
    </message>
    <message>
        <source>From %1&apos;s message: “%2”</source>
        <translation>Aus der Nachricht von %1: „%2“</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Task description</source>
        <translation>Beschreibung der Aufgabe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt …</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Aufgabe anlegen</translation>
    </message>
</context>
<context>
    <name>DeskShell</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>EmergencyBanner</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · and %n more emergency(s)</source>
        <translation>
            <numerusform>%1 · und %n weiterer Notfall</numerusform>
            <numerusform>%1 · und %n weitere Notfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the emergency conversation</source>
        <translation>Notfall-Gespräch öffnen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Acknowledge the emergency and stop the alarm</source>
        <translation>Notfall quittieren und Alarm beenden</translation>
    </message>
</context>
<context>
    <name>EraseGuestDialog</name>
    <message>
        <source>Erase the guest&apos;s data</source>
        <translation>Daten des Gastes löschen</translation>
    </message>
    <message>
        <source>Erase all personal data of %1?</source>
        <translation>Alle personenbezogenen Daten von %1 löschen?</translation>
    </message>
    <message>
        <source>Their name, phone number, e-mail, every message, photo and memory, and their reservations are deleted for good. Counts for statistics stay, without anything that names them. Do this only when the guest asked for it.</source>
        <translation>Name, Telefonnummer, E-Mail, alle Nachrichten, Fotos und Erinnerungen sowie die Reservierungen werden endgültig gelöscht. Zahlen für die Statistik bleiben, ohne etwas, das den Gast nennt. Tun Sie das nur, wenn der Gast darum gebeten hat.</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Mir ist klar, dass das endgültig ist</translation>
    </message>
    <message>
        <source>Keep the data</source>
        <translation>Daten behalten</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <source>Knowledge found</source>
        <translation>Gefundenes Wissen</translation>
    </message>
    <message>
        <source>Stopped by the guardrails</source>
        <translation>Von den Schutzregeln gestoppt</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Schritte: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>GuestPanel</name>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zimmer</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Writes in</source>
        <translation>Schreibt auf</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>Noch nicht eingeordnet</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Betreut von</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>Gemerkt</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>No tasks for this guest. Jack opens one when they ask for something, e.g. towels or a repair.</source>
        <translation>Keine Aufgaben für diesen Gast. Jack legt eine an, wenn er etwas wünscht, z. B. Handtücher oder eine Reparatur.</translation>
    </message>
    <message>
        <source>Stay: %1</source>
        <translation>Aufenthalt: %1</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>Frühere Gespräche</translation>
    </message>
    <message>
        <source>Open the conversation on %1 of %2</source>
        <translation>Gespräch über %1 vom %2 öffnen</translation>
    </message>
</context>
<context>
    <name>GuestProfilePane</name>
    <message>
        <source>Saved the guest&apos;s data to %1</source>
        <translation>Daten des Gastes in %1 gespeichert</translation>
    </message>
    <message>
        <source>The guest&apos;s personal data was erased.</source>
        <translation>Die personenbezogenen Daten des Gastes wurden gelöscht.</translation>
    </message>
    <message>
        <source>Pick a guest</source>
        <translation>Gast auswählen</translation>
    </message>
    <message>
        <source>Choose a guest on the left to see their stays, earlier conversations and what Jack remembers about them.</source>
        <translation>Wählen Sie links einen Gast, um seine Aufenthalte, frühere Gespräche und das, was Jack sich über ihn merkt, zu sehen.</translation>
    </message>
    <message>
        <source>Save the guest&apos;s data</source>
        <translation>Daten des Gastes speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Data erased</source>
        <translation>Daten gelöscht</translation>
    </message>
    <message>
        <source>Known to Jack since %1</source>
        <translation>Jack bekannt seit %1</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Daten exportieren…</translation>
    </message>
    <message>
        <source>Export the guest&apos;s data to a file</source>
        <translation>Daten des Gastes in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Erase data…</source>
        <translation>Daten löschen…</translation>
    </message>
    <message>
        <source>Erase the guest&apos;s personal data</source>
        <translation>Personenbezogene Daten des Gastes löschen</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Aufenthalte</translation>
    </message>
    <message>
        <source>No reservation on record. Stays appear here when the PMS sends them.</source>
        <translation>Keine Reservierung erfasst. Aufenthalte erscheinen hier, sobald das PMS sie sendet.</translation>
    </message>
    <message>
        <source>Room %1 · %2</source>
        <translation>Zimmer %1 · %2</translation>
    </message>
    <message>
        <source>%1 · booking %2</source>
        <translation>%1 · Buchung %2</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>No conversations yet. When the guest writes on any channel, it shows here.</source>
        <translation>Noch keine Gespräche. Sobald der Gast auf einem Kanal schreibt, erscheint es hier.</translation>
    </message>
    <message>
        <source>Open the %1 conversation in the inbox</source>
        <translation>Gespräch über %1 im Posteingang öffnen</translation>
    </message>
    <message>
        <source>Open ›</source>
        <translation>Öffnen ›</translation>
    </message>
    <message>
        <source>What Jack remembers</source>
        <translation>Was Jack sich merkt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a memory</source>
        <translation>Erinnerung hinzufügen</translation>
    </message>
    <message>
        <source>Nothing yet. Jack notes preferences, allergies and occasions from conversations; you can add what you learn at the desk.</source>
        <translation>Noch nichts. Jack merkt sich Vorlieben, Allergien und Anlässe aus Gesprächen; Sie können ergänzen, was Sie an der Rezeption erfahren.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>GuestRow</name>
    <message>
        <source>%1, room %2, %3</source>
        <translation>%1, Zimmer %2, %3</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No stay on record</source>
        <translation>Kein Aufenthalt erfasst</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Zimmer %1</translation>
    </message>
</context>
<context>
    <name>GuestsPage</name>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Today, %1 · %2 in house</source>
        <translation>Heute, %1 · %2 im Haus</translation>
    </message>
    <message>
        <source>Search name, phone, e-mail or room</source>
        <translation>Name, Telefon, E-Mail oder Zimmer suchen</translation>
    </message>
    <message>
        <source>Search guests</source>
        <translation>Gäste suchen</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Anreisen</translation>
    </message>
    <message>
        <source>Arrivals today, %1</source>
        <translation>Anreisen heute, %1</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>Im Haus</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Abreisen</translation>
    </message>
    <message>
        <source>Departures today, %1</source>
        <translation>Abreisen heute, %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All guests, %1</source>
        <translation>Alle Gäste, %1</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Health</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Recent problems (latest %1 of %2)</source>
        <translation>Letzte Probleme (neueste %1 von %2)</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation>Letzte Probleme</translation>
    </message>
    <message>
        <source>No failed deliveries or AI errors in the last 7 days.</source>
        <translation>Keine fehlgeschlagenen Zustellungen oder KI-Fehler in den letzten 7 Tagen.</translation>
    </message>
    <message>
        <source>No failed deliveries or AI errors in the last 24 hours.</source>
        <translation>Keine fehlgeschlagenen Zustellungen oder KI-Fehler in den letzten 24 Stunden.</translation>
    </message>
    <message>
        <source>guest messages</source>
        <translation>Gästenachrichten</translation>
    </message>
    <message>
        <source>replies by Jack and staff</source>
        <translation>Antworten von Jack und Team</translation>
    </message>
    <message>
        <source>typical first reply (median)</source>
        <translation>typische erste Antwort (Median)</translation>
    </message>
    <message>
        <source>answered without staff</source>
        <translation>ohne Personal beantwortet</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Nachrichten pro Tag</translation>
    </message>
    <message>
        <source>Messages per hour</source>
        <translation>Nachrichten pro Stunde</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>From guests</source>
        <translation>Von Gästen</translation>
    </message>
    <message>
        <source>Time to the first reply (minutes)</source>
        <translation>Zeit bis zur ersten Antwort (Minuten)</translation>
    </message>
    <message>
        <source>Time to the first reply (seconds)</source>
        <translation>Zeit bis zur ersten Antwort (Sekunden)</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Answered by Jack without staff (%)</source>
        <translation>Von Jack ohne Personal beantwortet (%)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>average per day</source>
        <translation>Durchschnitt pro Tag</translation>
    </message>
    <message>
        <source>average per hour</source>
        <translation>Durchschnitt pro Stunde</translation>
    </message>
</context>
<context>
    <name>HotelPage</name>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Only an admin can change the hotel&apos;s settings.</source>
        <translation>Nur ein Admin kann die Hoteleinstellungen ändern.</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Sie haben ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Jack uses these details when it answers guests.</source>
        <translation>Jack nutzt diese Angaben, wenn er Gästen antwortet.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Hotel name</source>
        <translation>Hotelname</translation>
    </message>
    <message>
        <source>Harbourview Hotel</source>
        <translation>Hotel Hafenblick</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>https://www.example-hotel.com</source>
        <translation>https://www.example-hotel.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>+351 21 000 0000</source>
        <translation>+49 30 0000000</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>frontdesk@example-hotel.com</source>
        <translation>frontdesk@example-hotel.com</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street, postcode, city, country</source>
        <translation>Straße, PLZ, Ort, Land</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Europe/Lisbon</source>
        <translation>Europe/Berlin</translation>
    </message>
    <message>
        <source>The hotel&apos;s time zone, as a place name such as Europe/Lisbon.</source>
        <translation>Die Zeitzone des Hotels als Ortsname, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>Check-in from</source>
        <translation>Check-in ab</translation>
    </message>
    <message>
        <source>15:00</source>
        <translation>15:00</translation>
    </message>
    <message>
        <source>Check-out by</source>
        <translation>Check-out bis</translation>
    </message>
    <message>
        <source>11:00</source>
        <translation>11:00</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Desk opens</source>
        <translation>Rezeption öffnet</translation>
    </message>
    <message>
        <source>08:00</source>
        <translation>08:00</translation>
    </message>
    <message>
        <source>Desk closes</source>
        <translation>Rezeption schließt</translation>
    </message>
    <message>
        <source>22:00</source>
        <translation>22:00</translation>
    </message>
    <message>
        <source>Leave both empty when someone is at the desk around the clock.</source>
        <translation>Beide leer lassen, wenn die Rezeption rund um die Uhr besetzt ist.</translation>
    </message>
    <message>
        <source>Reply outside business hours</source>
        <translation>Antwort außerhalb der Öffnungszeiten</translation>
    </message>
    <message>
        <source>Thank you for your message. Our team is back at 8:00 and will answer you then.</source>
        <translation>Danke für Ihre Nachricht. Unser Team ist ab 8:00 Uhr wieder da und antwortet Ihnen dann.</translation>
    </message>
    <message>
        <source>Kept with the hotel&apos;s settings for now; Jack does not send it on its own yet.</source>
        <translation>Vorerst nur bei den Hoteleinstellungen gespeichert; Jack sendet sie noch nicht selbst.</translation>
    </message>
    <message>
        <source>Languages and address</source>
        <translation>Sprachen und Adresse</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>en, pt, es</source>
        <translation>de, en, fr</translation>
    </message>
    <message>
        <source>Two-letter codes, the hotel&apos;s own language first. Staff read translations into it.</source>
        <translation>Zweibuchstabige Codes, die Sprache des Hotels zuerst. Das Team liest Übersetzungen in dieser Sprache.</translation>
    </message>
    <message>
        <source>Public address of this hub</source>
        <translation>Öffentliche Adresse dieses Hubs</translation>
    </message>
    <message>
        <source>https://jack.example-hotel.com</source>
        <translation>https://jack.example-hotel.com</translation>
    </message>
    <message>
        <source>Where WhatsApp, Twilio and other providers reach the hub. Leave empty while nothing outside needs it.</source>
        <translation>Hier erreichen WhatsApp, Twilio und andere Anbieter den Hub. Leer lassen, solange nichts von außen sie braucht.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ImportCandidateModel</name>
    <message>
        <source>Jack already knows this (%1% the same): left out unless you tick it.</source>
        <translation>Das weiß Jack schon (%1 % gleich): wird ausgelassen, außer Sie haken es an.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from the website</source>
        <translation>Von der Website importieren</translation>
    </message>
    <message>
        <source>Step 2 of 2: review</source>
        <translation>Schritt 2 von 2: prüfen</translation>
    </message>
    <message>
        <source>Step 1 of 2: the address</source>
        <translation>Schritt 1 von 2: die Adresse</translation>
    </message>
    <message>
        <source>Jack reads the hotel&apos;s pages (the start page and pages it links to on the same site) and proposes one entry per section. Nothing is stored until you review and import.</source>
        <translation>Jack liest die Seiten des Hotels (die Startseite und verlinkte Seiten derselben Website) und schlägt je Abschnitt einen Eintrag vor. Gespeichert wird erst, wenn Sie prüfen und importieren.</translation>
    </message>
    <message>
        <source>https://www.your-hotel.com/</source>
        <translation>https://www.ihr-hotel.de/</translation>
    </message>
    <message>
        <source>Website address</source>
        <translation>Website-Adresse</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>Up to 5 pages</source>
        <translation>Bis zu 5 Seiten</translation>
    </message>
    <message>
        <source>Up to 10 pages</source>
        <translation>Bis zu 10 Seiten</translation>
    </message>
    <message>
        <source>Up to 20 pages</source>
        <translation>Bis zu 20 Seiten</translation>
    </message>
    <message>
        <source>How many pages to read</source>
        <translation>Wie viele Seiten lesen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Read the website</source>
        <translation>Website lesen</translation>
    </message>
    <message>
        <source>Reading the website. This can take up to 45 seconds.</source>
        <translation>Die Website wird gelesen. Das kann bis zu 45 Sekunden dauern.</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Alle anhaken</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Alle abwählen</translation>
    </message>
    <message>
        <source>Proposed entries</source>
        <translation>Vorgeschlagene Einträge</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import %1 entries</source>
        <translation>%1 Einträge importieren</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Search name, room or message</source>
        <translation>Name, Zimmer oder Nachricht suchen</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>Posteingang durchsuchen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Braucht Sie</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nichts passt zu „%1“</translation>
    </message>
    <message>
        <source>No guests waiting for you</source>
        <translation>Kein Gast wartet auf Sie</translation>
    </message>
    <message>
        <source>Nothing assigned to you</source>
        <translation>Ihnen ist nichts zugewiesen</translation>
    </message>
    <message>
        <source>Nothing resolved yet</source>
        <translation>Noch nichts erledigt</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Noch keine Gespräche</translation>
    </message>
    <message>
        <source>All quiet</source>
        <translation>Alles ruhig</translation>
    </message>
    <message>
        <source>Try a guest&apos;s name, a room number or a word from the message.</source>
        <translation>Versuchen Sie den Namen eines Gastes, eine Zimmernummer oder ein Wort aus der Nachricht.</translation>
    </message>
    <message>
        <source>Jack is handling one conversation. Anything he hands over shows up here.</source>
        <translation>Jack betreut ein Gespräch. Alles, was er übergibt, erscheint hier.</translation>
    </message>
    <message>
        <source>Jack is handling %1 conversations. Anything he hands over shows up here.</source>
        <translation>Jack betreut %1 Gespräche. Alles, was er übergibt, erscheint hier.</translation>
    </message>
    <message>
        <source>Open a conversation and choose “Assign to me” to keep it on this list.</source>
        <translation>Öffnen Sie ein Gespräch und wählen Sie „Mir zuweisen“, um es in dieser Liste zu behalten.</translation>
    </message>
    <message>
        <source>Conversations you or Jack resolve move here.</source>
        <translation>Gespräche, die Sie oder Jack erledigen, landen hier.</translation>
    </message>
    <message>
        <source>When a guest writes on WhatsApp, SMS, email or the web chat, the conversation appears here.</source>
        <translation>Wenn ein Gast per WhatsApp, SMS, E-Mail oder Web-Chat schreibt, erscheint das Gespräch hier.</translation>
    </message>
    <message>
        <source>Every open conversation is resolved. New messages from guests appear here.</source>
        <translation>Alle offenen Gespräche sind erledigt. Neue Nachrichten von Gästen erscheinen hier.</translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation>%1 ungelesen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Loading more conversations…</source>
        <translation>Weitere Gespräche werden geladen…</translation>
    </message>
    <message>
        <source>Nothing here on this channel</source>
        <translation>Nichts auf diesem Kanal</translation>
    </message>
    <message>
        <source>Everything has someone on it</source>
        <translation>Um alles kümmert sich jemand</translation>
    </message>
    <message>
        <source>Nothing snoozed</source>
        <translation>Nichts zurückgestellt</translation>
    </message>
    <message>
        <source>Choose “All channels” above to see every conversation.</source>
        <translation>Wählen Sie oben „Alle Kanäle“, um alle Gespräche zu sehen.</translation>
    </message>
    <message>
        <source>Every open conversation is assigned to someone.</source>
        <translation>Jedes offene Gespräch ist jemandem zugewiesen.</translation>
    </message>
    <message>
        <source>Snooze a conversation from its header to hide it until later. It comes back on time, or as soon as the guest writes.</source>
        <translation>Stellen Sie ein Gespräch über seine Kopfzeile zurück, um es bis später auszublenden. Es kehrt pünktlich zurück oder sobald der Gast schreibt.</translation>
    </message>
</context>
<context>
    <name>KnowledgeEditor</name>
    <message>
        <source>Pick an entry to read or change it</source>
        <translation>Eintrag wählen, um ihn zu lesen oder zu ändern</translation>
    </message>
    <message>
        <source>Pick an entry to read it</source>
        <translation>Eintrag wählen, um ihn zu lesen</translation>
    </message>
    <message>
        <source>Or add a new one. Jack answers guests only from what is written here.</source>
        <translation>Oder legen Sie einen neuen an. Jack antwortet Gästen nur mit dem, was hier steht.</translation>
    </message>
    <message>
        <source>Jack answers guests only from what is written here. Use “Test a question” to see what he would say.</source>
        <translation>Jack antwortet Gästen nur mit dem, was hier steht. Mit „Frage testen“ sehen Sie, was er sagen würde.</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>Jack will no longer answer from it. This cannot be undone.</source>
        <translation>Jack antwortet dann nicht mehr damit. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>You can read the knowledge base. Only a manager or an admin can change it.</source>
        <translation>Sie können die Wissensbasis lesen. Ändern kann sie nur eine Leitung oder ein Admin.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Breakfast times</source>
        <translation>z. B. Frühstückszeiten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Priority: higher wins when entries overlap</source>
        <translation>Priorität: höher gewinnt bei Überschneidung</translation>
    </message>
    <message>
        <source>Higher wins when two entries answer the same question</source>
        <translation>Höher gewinnt, wenn zwei Einträge dieselbe Frage beantworten</translation>
    </message>
    <message>
        <source>What Jack may tell guests</source>
        <translation>Was Jack Gästen sagen darf</translation>
    </message>
    <message>
        <source>Write it as you would tell a guest: times, prices, where to go.</source>
        <translation>Schreiben Sie es so, wie Sie es einem Gast sagen würden: Zeiten, Preise, Wege.</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>Words guests use, separated by commas: wifi, internet, password</source>
        <translation>Wörter der Gäste, durch Kommas getrennt: WLAN, Internet, Passwort</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert von %1</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Eintrag anlegen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
</context>
<context>
    <name>KnowledgeEntryModel</name>
    <message>
        <source>Amenities</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Dining</source>
        <translation>Gastronomie</translation>
    </message>
    <message>
        <source>Questions guests ask</source>
        <translation>Häufige Fragen</translation>
    </message>
    <message>
        <source>Local info</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Zimmer</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>%1 entries Jack answers from</source>
        <translation>%1 Einträge, aus denen Jack antwortet</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Filter by word</source>
        <translation>Nach Wort filtern</translation>
    </message>
    <message>
        <source>Filter the knowledge base</source>
        <translation>Wissensbasis filtern</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Import from website…</source>
        <translation>Von Website importieren…</translation>
    </message>
    <message>
        <source>Import entries from the hotel&apos;s website</source>
        <translation>Einträge von der Hotel-Website importieren</translation>
    </message>
    <message>
        <source>Knowledge entries</source>
        <translation>Wissenseinträge</translation>
    </message>
    <message>
        <source>The knowledge base is empty</source>
        <translation>Die Wissensbasis ist leer</translation>
    </message>
    <message>
        <source>No entry matches</source>
        <translation>Kein Eintrag passt</translation>
    </message>
    <message>
        <source>Add what guests ask about — breakfast times, Wi-Fi, parking — so Jack can answer them.</source>
        <translation>Tragen Sie ein, wonach Gäste fragen – Frühstückszeiten, WLAN, Parken –, damit Jack antworten kann.</translation>
    </message>
    <message>
        <source>Ask a manager to add what guests ask about, so Jack can answer them.</source>
        <translation>Bitten Sie eine Leitung, einzutragen, wonach Gäste fragen, damit Jack antworten kann.</translation>
    </message>
    <message>
        <source>Try another word or “All categories”.</source>
        <translation>Versuchen Sie ein anderes Wort oder „Alle Kategorien“.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Read entry</source>
        <translation>Eintrag lesen</translation>
    </message>
    <message>
        <source>Test a question</source>
        <translation>Frage testen</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Jack The Butler</source>
        <translation>Jack The Butler</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Rezeption</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@hotel.example</source>
        <translation>sie@hotel.example</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Jack&apos;s hub did not start: %1</source>
        <translation>Jacks Hub ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung …</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Hub: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Jack The Butler — %1</source>
        <translation>Jack The Butler — %1</translation>
    </message>
    <message>
        <source>Jack The Butler</source>
        <translation>Jack The Butler</translation>
    </message>
</context>
<context>
    <name>MediaAttachment</name>
    <message>
        <source>Photo: %1</source>
        <translation>Foto: %1</translation>
    </message>
    <message>
        <source>The photo could not be loaded</source>
        <translation>Das Foto konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Foto wird geladen …</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message>
        <source>Edit memory</source>
        <translation>Erinnerung bearbeiten</translation>
    </message>
    <message>
        <source>Add a memory</source>
        <translation>Erinnerung hinzufügen</translation>
    </message>
    <message>
        <source>Jack uses this in later conversations. Never note card numbers, passport numbers or health details beyond an allergy.</source>
        <translation>Jack nutzt das in späteren Gesprächen. Notieren Sie nie Karten- oder Passnummern und keine Gesundheitsangaben außer einer Allergie.</translation>
    </message>
    <message>
        <source>Kind of memory</source>
        <translation>Art der Erinnerung</translation>
    </message>
    <message>
        <source>e.g. Prefers a high floor</source>
        <translation>z. B. Bevorzugt eine hohe Etage</translation>
    </message>
    <message>
        <source>What to remember</source>
        <translation>Was Jack sich merken soll</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>MentionBanner</name>
    <message>
        <source>%1 mentioned you in %2&apos;s conversation: “%3”</source>
        <translation>%1 hat Sie im Gespräch mit %2 erwähnt: „%3“</translation>
    </message>
    <message>
        <source>%1 mentioned you in a note: “%2”</source>
        <translation>%1 hat Sie in einer Notiz erwähnt: „%2“</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the mention</source>
        <translation>Erwähnung ausblenden</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>on %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Why did Jack say this?</source>
        <translation>Warum hat Jack das gesagt?</translation>
    </message>
    <message>
        <source>How Jack read this message</source>
        <translation>Wie Jack diese Nachricht verstanden hat</translation>
    </message>
    <message>
        <source>Translated: %1</source>
        <translation>Übersetzt: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation>Diese Nachricht erneut senden</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Now on %1</source>
        <translation>Jetzt über %1</translation>
    </message>
    <message>
        <source>Create task from this message…</source>
        <translation>Aufgabe aus dieser Nachricht anlegen…</translation>
    </message>
    <message>
        <source>+ Task</source>
        <translation>+ Aufgabe</translation>
    </message>
    <message>
        <source>Create a task from this message</source>
        <translation>Aufgabe aus dieser Nachricht anlegen</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>downloading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <source>could not be downloaded</source>
        <translation>konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>could not be downloaded: %1</source>
        <translation>konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Jack The Butler</source>
        <translation>Jack The Butler</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Same as the desktop</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Alert sound</source>
        <translation>Alarmton</translation>
    </message>
    <message>
        <source>Alert volume</source>
        <translation>Alarmlautstärke</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Leise</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation>Laut</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>NoteBubble</name>
    <message>
        <source>Internal note by %1, mentions you: %2</source>
        <translation>Interne Notiz von %1, erwähnt Sie: %2</translation>
    </message>
    <message>
        <source>Internal note by %1: %2</source>
        <translation>Interne Notiz von %1: %2</translation>
    </message>
    <message>
        <source>Internal note · %1</source>
        <translation>Interne Notiz · %1</translation>
    </message>
    <message>
        <source>mentioned you</source>
        <translation>erwähnt Sie</translation>
    </message>
    <message>
        <source>Not sent to the guest</source>
        <translation>Nicht an den Gast gesendet</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Internal note: only staff see it. Nothing here is sent to the guest.</source>
        <translation>Interne Notiz: nur Mitarbeitende sehen sie. Nichts davon geht an den Gast.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Note for your colleagues… type @ to mention someone</source>
        <translation>Notiz für Kollegen… @ tippen, um jemanden zu erwähnen</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Add the internal note</source>
        <translation>Interne Notiz speichern</translation>
    </message>
    <message>
        <source>Ctrl+Enter to save · @ to mention a colleague, who is told</source>
        <translation>Strg+Eingabe speichert · @ erwähnt und benachrichtigt Kollegen</translation>
    </message>
    <message>
        <source>Colleagues to mention</source>
        <translation>Kollegen zum Erwähnen</translation>
    </message>
    <message>
        <source>Mention %1</source>
        <translation>%1 erwähnen</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>OutcomeWords</name>
    <message>
        <source>Jack&apos;s offline engine</source>
        <translation>Jacks Offline-Modul</translation>
    </message>
    <message>
        <source>Jack handed this conversation to a person</source>
        <translation>Jack hat dieses Gespräch an einen Menschen übergeben</translation>
    </message>
    <message>
        <source>Jack stayed quiet: a person is handling this conversation</source>
        <translation>Jack hat geschwiegen: Ein Mensch betreut dieses Gespräch</translation>
    </message>
    <message>
        <source>Jack answered on his own</source>
        <translation>Jack hat selbst geantwortet</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <source>Understood as</source>
        <translation>Verstanden als</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Why a person</source>
        <translation>Warum ein Mensch</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Ausweichlösung</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>%1 tokens in, %2 out, about $%3</source>
        <translation>%1 Tokens rein, %2 raus, etwa %3 $</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 ms waiting for %2, %3 ms in Jack</source>
        <translation>%1 ms Warten auf %2, %3 ms in Jack</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Why did Jack say this?</source>
        <translation>Warum hat Jack das gesagt?</translation>
    </message>
    <message>
        <source>How Jack read this message</source>
        <translation>Wie Jack diese Nachricht verstanden hat</translation>
    </message>
</context>
<context>
    <name>PresenceLine</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 antwortet …</translation>
    </message>
    <message>
        <source>%1 are replying…</source>
        <translation>%1 antworten …</translation>
    </message>
    <message>
        <source>Guest is typing…</source>
        <translation>Gast schreibt …</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 liest mit</translation>
    </message>
    <message>
        <source>%1 are viewing</source>
        <translation>%1 lesen mit</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Go to a guest, room, message or screen…</source>
        <translation>Zu Gast, Zimmer, Nachricht oder Ansicht…</translation>
    </message>
    <message>
        <source>Quick switcher: type to search</source>
        <translation>Schnellwechsel: zum Suchen tippen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Screen: %1</source>
        <translation>Ansicht: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nichts passt zu „%1“</translation>
    </message>
    <message>
        <source>Try a guest&apos;s name, a room number or a word from the message. Only open conversations are searched.</source>
        <translation>Versuchen Sie einen Gastnamen, eine Zimmernummer oder ein Wort aus der Nachricht. Gesucht wird nur in offenen Gesprächen.</translation>
    </message>
    <message>
        <source>↑ ↓ to choose · Enter to open · Esc to close</source>
        <translation>↑ ↓ wählen · Eingabe öffnen · Esc schließen</translation>
    </message>
</context>
<context>
    <name>RailButton</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Attach a file for %1</source>
        <translation>Datei für %1 anhängen</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)</source>
        <translation>Fotos und Dokumente (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>The 24-hour WhatsApp window is closed — send an approved template.</source>
        <translation>Das 24-Stunden-Fenster von WhatsApp ist zu – senden Sie eine genehmigte Vorlage.</translation>
    </message>
    <message>
        <source>The 24-hour WhatsApp window is closed — only an approved template can reach the guest, and none is set up. Call the guest or wait until they write again.</source>
        <translation>Das 24-Stunden-Fenster von WhatsApp ist zu – nur eine genehmigte Vorlage erreicht den Gast, und es ist keine eingerichtet. Rufen Sie den Gast an oder warten Sie, bis er wieder schreibt.</translation>
    </message>
    <message>
        <source>Jack is reading the conversation…</source>
        <translation>Jack liest das Gespräch …</translation>
    </message>
    <message>
        <source>Jack&apos;s draft is in the reply box: check it, change it, send it.</source>
        <translation>Jacks Entwurf steht im Antwortfeld: prüfen, anpassen, senden.</translation>
    </message>
    <message>
        <source>Jack can summarise this conversation and draft a reply.</source>
        <translation>Jack kann dieses Gespräch zusammenfassen und eine Antwort entwerfen.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Suggest a reply</source>
        <translation>Antwort vorschlagen</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>%1 wird gesendet</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Angehängt: %1</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet …</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <source>Add a caption (optional)…</source>
        <translation>Bildtext hinzufügen (optional) …</translation>
    </message>
    <message>
        <source>Reply to %1…</source>
        <translation>Antwort an %1 …</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Antwort schreiben …</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Attach a photo or document</source>
        <translation>Foto oder Dokument anhängen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>%1, long message</source>
        <translation>%1, lange Nachricht</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send · %1</source>
        <translation>Strg+Eingabe zum Senden · %1</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Strg+Eingabe zum Senden</translation>
    </message>
    <message>
        <source>Translate into %1</source>
        <translation>Übersetzen ins %1</translation>
    </message>
    <message>
        <source>Translate for the guest</source>
        <translation>Für den Gast übersetzen</translation>
    </message>
    <message>
        <source>Replying on %1</source>
        <translation>Antwort über %1</translation>
    </message>
</context>
<context>
    <name>SegmentButton</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>SendWarning</name>
    <message>
        <source>%1 is replying to this guest. Send anyway?</source>
        <translation>%1 antwortet gerade diesem Gast. Trotzdem senden?</translation>
    </message>
    <message>
        <source>%1 replied to this guest a moment ago. Send anyway?</source>
        <translation>%1 hat diesem Gast gerade geantwortet. Trotzdem senden?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel, do not send</source>
        <translation>Abbrechen, nicht senden</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
</context>
<context>
    <name>ServiceRow</name>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
</context>
<context>
    <name>SettingsField</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (Pflichtfeld)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Channels, AI, hotel systems</source>
        <translation>Kanäle, KI, Hotelsysteme</translation>
    </message>
    <message>
        <source>Staff and roles</source>
        <translation>Mitarbeiter und Rollen</translation>
    </message>
    <message>
        <source>Who can sign in, and as what</source>
        <translation>Wer sich wie anmelden darf</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Profile, hours, languages</source>
        <translation>Profil, Zeiten, Sprachen</translation>
    </message>
    <message>
        <source>You can look at these settings. Only an admin can change them.</source>
        <translation>Sie können diese Einstellungen ansehen. Nur ein Admin kann sie ändern.</translation>
    </message>
</context>
<context>
    <name>SettingsToggle</name>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up Jack The Butler</source>
        <translation>Jack The Butler einrichten</translation>
    </message>
    <message>
        <source>Step %1 of 5 · about five minutes</source>
        <translation>Schritt %1 von 5 · etwa fünf Minuten</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>KI</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Tell Jack about your hotel. Guests see the name; the time zone and times help Jack answer questions like “when is check-out?”.</source>
        <translation>Erzählen Sie Jack von Ihrem Hotel. Gäste sehen den Namen; Zeitzone und Zeiten helfen Jack bei Fragen wie „Wann ist Check-out?“.</translation>
    </message>
    <message>
        <source>Hotel name</source>
        <translation>Hotelname</translation>
    </message>
    <message>
        <source>e.g. Harbour View Hotel</source>
        <translation>z. B. Hotel Hafenblick</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>As in Europe/Lisbon or America/New_York</source>
        <translation>Etwa Europe/Berlin oder America/New_York</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Two-letter codes, the hotel&apos;s own first</source>
        <translation>Zweibuchstabige Codes, die des Hotels zuerst</translation>
    </message>
    <message>
        <source>Check-in from</source>
        <translation>Check-in ab</translation>
    </message>
    <message>
        <source>Check-out by</source>
        <translation>Check-out bis</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefon (optional)</translation>
    </message>
    <message>
        <source>Create your own account. It is the hotel&apos;s first admin: it can add staff, connect channels and change settings. Jack has no default password — this account is the only way in, so keep the password safe.</source>
        <translation>Legen Sie Ihr eigenes Konto an. Es ist der erste Admin des Hotels: Es kann Mitarbeiter hinzufügen, Kanäle verbinden und Einstellungen ändern. Jack hat kein Standardpasswort — nur mit diesem Konto kommen Sie hinein, bewahren Sie das Passwort also sicher auf.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>e.g. Ana Pereira</source>
        <translation>z. B. Anna Schmidt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@hotel.example</source>
        <translation>you@hotel.example</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>At least 10 characters; a short sentence works well</source>
        <translation>Mindestens 10 Zeichen; ein kurzer Satz eignet sich gut</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Choose how Jack writes to guests. You can change this any time in Settings.</source>
        <translation>Wählen Sie, wie Jack Gästen schreibt. Sie können das jederzeit in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Offline — built into Jack</source>
        <translation>Offline — in Jack eingebaut</translation>
    </message>
    <message>
        <source>Recommended to start</source>
        <translation>Empfohlen für den Anfang</translation>
    </message>
    <message>
        <source>Jack answers from your knowledge base and hands everything else to staff. Nothing leaves this computer, and it costs nothing.</source>
        <translation>Jack antwortet aus Ihrer Wissensdatenbank und übergibt alles andere an das Team. Nichts verlässt diesen Computer, und es kostet nichts.</translation>
    </message>
    <message>
        <source>Anthropic (Claude)</source>
        <translation>Anthropic (Claude)</translation>
    </message>
    <message>
        <source>Natural replies in many languages. Needs an API key from console.anthropic.com; the provider charges per message.</source>
        <translation>Natürliche Antworten in vielen Sprachen. Benötigt einen API-Schlüssel von console.anthropic.com; der Anbieter berechnet pro Nachricht.</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Natural replies in many languages. Needs an API key from platform.openai.com; the provider charges per message.</source>
        <translation>Natürliche Antworten in vielen Sprachen. Benötigt einen API-Schlüssel von platform.openai.com; der Anbieter berechnet pro Nachricht.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft …</translation>
    </message>
    <message>
        <source>Test the key</source>
        <translation>Schlüssel testen</translation>
    </message>
    <message>
        <source>✓ The key works (%1 ms): %2</source>
        <translation>✓ Der Schlüssel funktioniert (%1 ms): %2</translation>
    </message>
    <message>
        <source>✗ The key did not work: %1</source>
        <translation>✗ Der Schlüssel hat nicht funktioniert: %1</translation>
    </message>
    <message>
        <source>Where guests can write to Jack. The web chat works right away on your own website; the others need your account with the provider and are connected in Settings → Apps.</source>
        <translation>Wo Gäste Jack schreiben können. Der Web-Chat funktioniert sofort auf Ihrer Website; die anderen brauchen Ihr Konto beim Anbieter und werden unter Einstellungen → Apps verbunden.</translation>
    </message>
    <message>
        <source>Built in: add the chat to your website later with one line of code.</source>
        <translation>Eingebaut: Fügen Sie den Chat später mit einer Codezeile in Ihre Website ein.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connect later in Settings → Apps</source>
        <translation>Später unter Einstellungen → Apps verbinden</translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation>%1 einschalten</translation>
    </message>
    <message>
        <source>Jack answers guests from what it knows about the hotel. Give it your website and it picks up opening hours, breakfast, parking and the like. You can review and add answers later under Knowledge.</source>
        <translation>Jack beantwortet Gästefragen mit dem, was er über das Hotel weiß. Geben Sie ihm Ihre Website, und er übernimmt Öffnungszeiten, Frühstück, Parken und Ähnliches. Antworten prüfen und ergänzen können Sie später unter Wissen.</translation>
    </message>
    <message>
        <source>Hotel website</source>
        <translation>Website des Hotels</translation>
    </message>
    <message>
        <source>https://www.your-hotel.example</source>
        <translation>https://www.your-hotel.example</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Read the website</source>
        <translation>Website lesen</translation>
    </message>
    <message numerus="yes">
        <source>Jack found %n answer(s):</source>
        <translation>
            <numerusform>Jack hat %n Antwort gefunden:</numerusform>
            <numerusform>Jack hat %n Antworten gefunden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Jack is ready for %1</source>
        <translation>Jack ist bereit für %1</translation>
    </message>
    <message>
        <source>your hotel</source>
        <translation>Ihr Hotel</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) imported from your website. </source>
        <translation>
            <numerusform>%n Antwort von Ihrer Website importiert. </numerusform>
            <numerusform>%n Antworten von Ihrer Website importiert. </numerusform>
        </translation>
    </message>
    <message>
        <source>You are signed in as the admin. Add your colleagues and connect WhatsApp, SMS or email in Settings.</source>
        <translation>Sie sind als Admin angemeldet. Fügen Sie Ihre Kollegen hinzu und verbinden Sie WhatsApp, SMS oder E-Mail in den Einstellungen.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Vorerst überspringen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt …</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Use offline AI</source>
        <translation>Offline-KI verwenden</translation>
    </message>
    <message>
        <source>Use this provider</source>
        <translation>Diesen Anbieter verwenden</translation>
    </message>
    <message numerus="yes">
        <source>Import %n answer(s)</source>
        <translation>
            <numerusform>%n Antwort importieren</numerusform>
            <numerusform>%n Antworten importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the desk</source>
        <translation>Zum Dashboard</translation>
    </message>
</context>
<context>
    <name>SnoozeButton</name>
    <message>
        <source>Wake now</source>
        <translation>Jetzt zurückholen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Snoozed %1. Wake it now</source>
        <translation>Zurückgestellt %1. Jetzt zurückholen</translation>
    </message>
    <message>
        <source>Snooze this conversation</source>
        <translation>Dieses Gespräch zurückstellen</translation>
    </message>
    <message>
        <source>Snoozed %1</source>
        <translation>Zurückgestellt %1</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <source>Choose someone</source>
        <translation>Person auswählen</translation>
    </message>
    <message>
        <source>Pick a member of staff to change their role, department or password, or add someone new.</source>
        <translation>Wählen Sie jemanden aus dem Team, um Rolle, Abteilung oder Passwort zu ändern, oder fügen Sie jemanden hinzu.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>E-mail (used to sign in)</source>
        <translation>E-Mail (zum Anmelden)</translation>
    </message>
    <message>
        <source>name@hotel.example</source>
        <translation>name@hotel.example</translation>
    </message>
    <message>
        <source>An e-mail cannot change. Add a new account instead.</source>
        <translation>Die E-Mail lässt sich nicht ändern. Legen Sie stattdessen ein neues Konto an.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ana Ribeiro</source>
        <translation>Lena Fischer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>You cannot take away your own admin rights.</source>
        <translation>Sie können sich Ihre eigenen Admin-Rechte nicht entziehen.</translation>
    </message>
    <message>
        <source>The hotel needs at least one admin: make someone else an admin first.</source>
        <translation>Das Hotel braucht mindestens einen Admin: Machen Sie zuerst jemand anderen zum Admin.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>front_desk, housekeeping…</source>
        <translation>front_desk, housekeeping…</translation>
    </message>
    <message>
        <source>Optional. Tasks for this department go to this person&apos;s board.</source>
        <translation>Optional. Aufgaben dieser Abteilung landen in der Übersicht dieser Person.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>At least 10 characters. Give it to them in person; it is never shown again.</source>
        <translation>Mindestens 10 Zeichen. Geben Sie es persönlich weiter; es wird nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Kann sich anmelden</translation>
    </message>
    <message>
        <source>Deactivated: cannot sign in</source>
        <translation>Deaktiviert: kann sich nicht anmelden</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>At least 10 characters. They are signed out everywhere and sign in again with it.</source>
        <translation>Mindestens 10 Zeichen. Die Person wird überall abgemeldet und meldet sich damit neu an.</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Neues Passwort setzen</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>Delete %1 for good? Their tasks and conversations stay, unassigned.</source>
        <translation>%1 endgültig löschen? Aufgaben und Gespräche bleiben erhalten, ohne Zuständigen.</translation>
    </message>
    <message>
        <source>Deactivating keeps the account for later; deleting removes it.</source>
        <translation>Deaktivieren behält das Konto für später; Löschen entfernt es.</translation>
    </message>
    <message>
        <source>You cannot delete your own account.</source>
        <translation>Sie können Ihr eigenes Konto nicht löschen.</translation>
    </message>
    <message>
        <source>The last admin cannot be deleted.</source>
        <translation>Der letzte Admin kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>Ja, löschen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff and roles</source>
        <translation>Mitarbeiter und Rollen</translation>
    </message>
    <message>
        <source>Staff answer guests and handle tasks. Managers also edit the knowledge base and test apps. Admins change every setting.</source>
        <translation>Mitarbeiter beantworten Gäste und erledigen Aufgaben. Manager bearbeiten zudem die Wissensdatenbank und testen Apps. Admins ändern alle Einstellungen.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>The staff list could not be loaded</source>
        <translation>Die Mitarbeiterliste konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Nobody here yet</source>
        <translation>Noch niemand hier</translation>
    </message>
    <message>
        <source>Add the people who work at the desk so each signs in with their own account.</source>
        <translation>Fügen Sie die Personen an der Rezeption hinzu, damit sich jede mit eigenem Konto anmeldet.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>StaffRow</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, %2, %3, deactivated</source>
        <translation>%1, %2, %3, deaktiviert</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>StepMarker</name>
    <message>
        <source>Step %1, %2, done</source>
        <translation>Schritt %1, %2, erledigt</translation>
    </message>
    <message>
        <source>Step %1, %2, current</source>
        <translation>Schritt %1, %2, aktuell</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>Schritt %1, %2</translation>
    </message>
</context>
<context>
    <name>SystemLine</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Zimmer %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Gespräch öffnen</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Assign this task to me</source>
        <translation>Diese Aufgabe mir zuweisen</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>No finished tasks yet</source>
        <translation>Noch keine erledigten Aufgaben</translation>
    </message>
    <message>
        <source>Nothing to do right now</source>
        <translation>Gerade nichts zu tun</translation>
    </message>
    <message>
        <source>Tasks you mark as done are listed here.</source>
        <translation>Aufgaben, die Sie als erledigt markieren, stehen hier.</translation>
    </message>
    <message>
        <source>When a guest asks for something, Jack opens a task for the right department and it appears here.</source>
        <translation>Wenn ein Gast etwas wünscht, legt Jack eine Aufgabe für die richtige Abteilung an, und sie erscheint hier.</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>%1 high priority</source>
        <translation>%1 mit hoher Priorität</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>No tasks match these filters</source>
        <translation>Keine Aufgabe passt zu diesen Filtern</translation>
    </message>
    <message>
        <source>Choose “All priorities” and “All departments” to see every task.</source>
        <translation>Wählen Sie „Alle Prioritäten“ und „Alle Abteilungen“, um alle Aufgaben zu sehen.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Vorlage wählen</translation>
    </message>
    <message>
        <source>Approved template</source>
        <translation>Genehmigte Vorlage</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>Vorlage senden</translation>
    </message>
    <message>
        <source>Value for {{%1}}</source>
        <translation>Wert für {{%1}}</translation>
    </message>
    <message>
        <source>Template value %1</source>
        <translation>Vorlagenwert %1</translation>
    </message>
</context>
<context>
    <name>TestQuestionPanel</name>
    <message>
        <source>Test a question</source>
        <translation>Frage testen</translation>
    </message>
    <message>
        <source>Ask as a guest would. You see what Jack would answer and which entries he used; nothing is sent to anyone.</source>
        <translation>Fragen Sie wie ein Gast. Sie sehen, was Jack antworten würde und welche Einträge er nutzt; es wird nichts verschickt.</translation>
    </message>
    <message>
        <source>e.g. What is the Wi-Fi password?</source>
        <translation>z. B. Wie lautet das WLAN-Passwort?</translation>
    </message>
    <message>
        <source>Question to test</source>
        <translation>Testfrage</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Wird gefragt…</translation>
    </message>
    <message>
        <source>Ask Jack</source>
        <translation>Jack fragen</translation>
    </message>
    <message>
        <source>Is breakfast included?</source>
        <translation>Ist das Frühstück inbegriffen?</translation>
    </message>
    <message>
        <source>Can I check out late?</source>
        <translation>Kann ich später auschecken?</translation>
    </message>
    <message>
        <source>¿Cuál es la contraseña del wifi?</source>
        <translation>¿Cuál es la contraseña del wifi?</translation>
    </message>
    <message>
        <source>Where can I park?</source>
        <translation>Wo kann ich parken?</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Ausprobieren: %1</translation>
    </message>
    <message>
        <source>Jack would answer</source>
        <translation>Jack würde antworten</translation>
    </message>
    <message>
        <source>Would hand over to staff</source>
        <translation>Würde an das Personal übergeben</translation>
    </message>
    <message>
        <source>Why: the entries Jack used</source>
        <translation>Warum: die Einträge, die Jack nutzte</translation>
    </message>
    <message>
        <source>No entry answered this, so Jack would give his holding reply or pass it on. Add an entry that answers it.</source>
        <translation>Kein Eintrag beantwortet das, also gäbe Jack seine Warteantwort oder leitete weiter. Legen Sie einen passenden Eintrag an.</translation>
    </message>
    <message>
        <source>%1, %2. Open the entry</source>
        <translation>%1, %2. Eintrag öffnen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Unknown guest</source>
        <translation>Unbekannter Gast</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Braucht Sie</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Jack handling</source>
        <translation>Jack betreut</translation>
    </message>
    <message>
        <source>Waiting on guest</source>
        <translation>Wartet auf Gast</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Web-Chat</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Vorliebe</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>Gewohnheit</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>opened just now</source>
        <translation>gerade eben angelegt</translation>
    </message>
    <message>
        <source>opened %1 ago</source>
        <translation>vor %1 angelegt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Waiting to go out</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Not sent yet, retrying: %1</source>
        <translation>Noch nicht gesendet, neuer Versuch: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>%1 (tried %2 times)</source>
        <translation>%1 (%2 Versuche)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Towels</source>
        <translation>Handtücher</translation>
    </message>
    <message>
        <source>Room cleaning</source>
        <translation>Zimmerreinigung</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Pflegeartikel</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>Wäscherei</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Bitte nicht stören</translation>
    </message>
    <message>
        <source>Something broken</source>
        <translation>Etwas ist kaputt</translation>
    </message>
    <message>
        <source>Wi-Fi not working</source>
        <translation>WLAN geht nicht</translation>
    </message>
    <message>
        <source>Room service</source>
        <translation>Zimmerservice</translation>
    </message>
    <message>
        <source>Concierge</source>
        <translation>Concierge</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Special occasion</source>
        <translation>Besonderer Anlass</translation>
    </message>
    <message>
        <source>Wake-up call</source>
        <translation>Weckruf</translation>
    </message>
    <message>
        <source>Luggage</source>
        <translation>Gepäck</translation>
    </message>
    <message>
        <source>Room change</source>
        <translation>Zimmerwechsel</translation>
    </message>
    <message>
        <source>Lost and found</source>
        <translation>Fundsachen</translation>
    </message>
    <message>
        <source>Locked out / key card</source>
        <translation>Ausgesperrt / Schlüsselkarte</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Lärm</translation>
    </message>
    <message>
        <source>Change booking</source>
        <translation>Buchung ändern</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <source>Late check-out</source>
        <translation>Später Check-out</translation>
    </message>
    <message>
        <source>Early check-in</source>
        <translation>Früher Check-in</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Wants a person</source>
        <translation>Möchte einen Menschen</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Farewell</source>
        <translation>Abschied</translation>
    </message>
    <message>
        <source>Unclear request</source>
        <translation>Unklare Anfrage</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Frage: %1</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <translation>Hauswirtschaft</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Haustechnik</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Rezeption</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Housekeeping request</source>
        <translation>Hauswirtschaftsanfrage</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <source>Concierge request</source>
        <translation>Concierge-Anfrage</translation>
    </message>
    <message>
        <source>Call back the guest</source>
        <translation>Gast zurückrufen</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>until tomorrow %1</source>
        <translation>bis morgen %1</translation>
    </message>
    <message>
        <source>until %1 %2</source>
        <translation>bis %1, %2</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>seit %1 überfällig</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>fällig in %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::AlertWatch</name>
    <message>
        <source>Room %1</source>
        <translation>Zimmer %1</translation>
    </message>
    <message>
        <source>%1 needs you</source>
        <translation>%1 braucht Sie</translation>
    </message>
    <message>
        <source>Task overdue: %1</source>
        <translation>Aufgabe überfällig: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig um %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue</source>
        <translation>
            <numerusform>%n Aufgabe überfällig</numerusform>
            <numerusform>%n Aufgaben überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the task board to see them.</source>
        <translation>Öffnen Sie die Aufgabenübersicht, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Rooms %1</source>
        <translation>Zimmer %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Emergency: %1</source>
        <translation>Notfall: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::AppCatalogModel</name>
    <message>
        <source>Guest channels</source>
        <translation>Gästekanäle</translation>
    </message>
    <message>
        <source>AI providers</source>
        <translation>KI-Anbieter</translation>
    </message>
    <message>
        <source>Hotel systems (PMS)</source>
        <translation>Hotelsysteme (PMS)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation>Funktioniert: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Always available; answers when no other AI provider is on.</source>
        <translation>Immer verfügbar; antwortet, wenn kein anderer KI-Anbieter eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Needs its settings before it can be switched on.</source>
        <translation>Braucht erst seine Einstellungen, bevor es eingeschaltet werden kann.</translation>
    </message>
    <message>
        <source>Set up but switched off.</source>
        <translation>Eingerichtet, aber ausgeschaltet.</translation>
    </message>
    <message>
        <source>Switched on. Use Test connection to check it reaches the provider.</source>
        <translation>Eingeschaltet. Mit „Verbindung testen“ prüfen Sie, ob der Anbieter erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>jack::desk::AppConfigForm</name>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Saved (%1). Type a new value to replace it.</source>
        <translation>Gespeichert (%1). Geben Sie einen neuen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Only a manager or an admin can run a test.</source>
        <translation>Nur ein Manager oder Admin kann einen Test starten.</translation>
    </message>
</context>
<context>
    <name>jack::desk::CannedResponseModel</name>
    <message>
        <source>The canned responses could not be loaded: the hub cannot be reached.</source>
        <translation>Die Textbausteine konnten nicht geladen werden: Der Hub ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The canned responses could not be loaded: %1</source>
        <translation>Die Textbausteine konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::ConversationListModel</name>
    <message>
        <source>Jack: %1</source>
        <translation>Jack: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
</context>
<context>
    <name>jack::desk::Desk</name>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Jack kept no record for this message</source>
        <translation>Jack hat zu dieser Nachricht nichts gespeichert</translation>
    </message>
    <message>
        <source>Could not load why Jack said this: %1</source>
        <translation>Konnte nicht laden, warum Jack das gesagt hat: %1</translation>
    </message>
    <message>
        <source>The inbox could not be loaded: %1</source>
        <translation>Der Posteingang konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The tasks could not be loaded: %1</source>
        <translation>Die Aufgaben konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Jack could not suggest a reply: %1</source>
        <translation>Jack konnte keine Antwort vorschlagen: %1</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>Die Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Noch nicht zugewiesen</translation>
    </message>
    <message>
        <source>Jack is handling this</source>
        <translation>Jack kümmert sich darum</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>%1 zugewiesen</translation>
    </message>
    <message>
        <source>Assigned to a colleague</source>
        <translation>Einem Kollegen zugewiesen</translation>
    </message>
    <message>
        <source>Could not escalate: %1</source>
        <translation>Eskalieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>Could not resolve: %1</source>
        <translation>Erledigen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Could not reopen: %1</source>
        <translation>Wieder öffnen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Could not assign the conversation: %1</source>
        <translation>Das Gespräch konnte nicht zugewiesen werden: %1</translation>
    </message>
    <message>
        <source>Template “%1”</source>
        <translation>Vorlage „%1“</translation>
    </message>
    <message>
        <source>The message could not be sent again: %1</source>
        <translation>Die Nachricht konnte nicht erneut gesendet werden: %1</translation>
    </message>
    <message>
        <source>WhatsApp did not take the reply: the 24-hour window is closed, so only an approved template can reach the guest now. (%1)</source>
        <translation>WhatsApp hat die Antwort nicht angenommen: Das 24-Stunden-Fenster ist zu, jetzt erreicht nur eine genehmigte Vorlage den Gast. (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 is empty; choose another file.</source>
        <translation>%1 ist leer; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is %2; WhatsApp takes photos of at most %3. Choose a smaller photo.</source>
        <translation>%1 ist %2 groß; WhatsApp nimmt Fotos bis %3. Wählen Sie ein kleineres Foto.</translation>
    </message>
    <message>
        <source>%1 is %2; WhatsApp takes files of at most %3. Choose a smaller file.</source>
        <translation>%1 ist %2 groß; WhatsApp nimmt Dateien bis %3. Wählen Sie eine kleinere Datei.</translation>
    </message>
    <message>
        <source>%1 could not be read; choose a file on this computer.</source>
        <translation>%1 konnte nicht gelesen werden; wählen Sie eine Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the hub could not be reached (%1). Try again.</source>
        <translation>der Hub ist nicht erreichbar (%1). Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 could not be sent: %2</source>
        <translation>%1 konnte nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>The task could not be changed: %1</source>
        <translation>Die Aufgabe konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Earlier messages could not be loaded: %1</source>
        <translation>Ältere Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not snooze the conversation: %1</source>
        <translation>Das Gespräch konnte nicht zurückgestellt werden: %1</translation>
    </message>
    <message>
        <source>Could not bring the conversation back: %1</source>
        <translation>Das Gespräch konnte nicht zurückgeholt werden: %1</translation>
    </message>
    <message>
        <source>The task could not be assigned to you: %1</source>
        <translation>Die Aufgabe konnte Ihnen nicht zugewiesen werden: %1</translation>
    </message>
    <message>
        <source>The task is still open: the guest could not be told (%1)</source>
        <translation>Die Aufgabe ist noch offen: der Gast konnte nicht informiert werden (%1)</translation>
    </message>
    <message>
        <source>The task could not be completed: %1</source>
        <translation>Die Aufgabe konnte nicht erledigt werden: %1</translation>
    </message>
    <message>
        <source>Done. The guest has been told.</source>
        <translation>Erledigt. Der Gast wurde informiert.</translation>
    </message>
</context>
<context>
    <name>jack::desk::GuestDirectory</name>
    <message>
        <source>The hub cannot be reached. The list will load when it is back.</source>
        <translation>Der Hub ist nicht erreichbar. Die Liste lädt, sobald er wieder da ist.</translation>
    </message>
    <message>
        <source>You are not allowed to see guests.</source>
        <translation>Sie dürfen keine Gäste sehen.</translation>
    </message>
    <message>
        <source>The hub could not load the guests (%1).</source>
        <translation>Der Hub konnte die Gäste nicht laden (%1).</translation>
    </message>
    <message>
        <source>No guest matches “%1”</source>
        <translation>Kein Gast passt zu „%1“</translation>
    </message>
    <message>
        <source>No arrivals today</source>
        <translation>Heute keine Anreisen</translation>
    </message>
    <message>
        <source>No guests in house</source>
        <translation>Keine Gäste im Haus</translation>
    </message>
    <message>
        <source>No departures today</source>
        <translation>Heute keine Abreisen</translation>
    </message>
    <message>
        <source>No guests yet</source>
        <translation>Noch keine Gäste</translation>
    </message>
    <message>
        <source>Try part of the name, the phone number, the e-mail or the room.</source>
        <translation>Versuchen Sie einen Teil des Namens, die Telefonnummer, die E-Mail oder das Zimmer.</translation>
    </message>
    <message>
        <source>Try “All guests”, or part of the name, phone, e-mail or room.</source>
        <translation>Versuchen Sie „Alle“ oder einen Teil von Name, Telefon, E-Mail oder Zimmer.</translation>
    </message>
    <message>
        <source>Reservations arriving today appear here. See “In house” for guests already checked in.</source>
        <translation>Hier erscheinen Reservierungen mit Anreise heute. Bereits eingecheckte Gäste finden Sie unter „Im Haus“.</translation>
    </message>
    <message>
        <source>Checked-in guests appear here once your PMS reports them.</source>
        <translation>Eingecheckte Gäste erscheinen hier, sobald Ihr PMS sie meldet.</translation>
    </message>
    <message>
        <source>Guests leaving today appear here, so you can prepare their check-out.</source>
        <translation>Hier erscheinen Gäste, die heute abreisen, damit Sie den Check-out vorbereiten können.</translation>
    </message>
    <message>
        <source>A guest appears as soon as they write to the hotel or a reservation arrives.</source>
        <translation>Ein Gast erscheint, sobald er dem Hotel schreibt oder eine Reservierung eingeht.</translation>
    </message>
</context>
<context>
    <name>jack::desk::GuestListModel</name>
    <message>
        <source>In house</source>
        <translation>Im Haus</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Abgereist</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-Show</translation>
    </message>
    <message>
        <source>No stay</source>
        <translation>Kein Aufenthalt</translation>
    </message>
    <message>
        <source>%1 · 1 night</source>
        <extracomment>%1 is a date range like &quot;27 – 30 Nov&quot;</extracomment>
        <translation>%1 · 1 Nacht</translation>
    </message>
    <message>
        <source>%1 · %2 nights</source>
        <translation>%1 · %2 Nächte</translation>
    </message>
</context>
<context>
    <name>jack::desk::GuestProfile</name>
    <message>
        <source>Only a manager or an admin can export or erase a guest&apos;s data. Ask one if the guest makes a data request.</source>
        <translation>Nur eine Leitung oder ein Admin kann Gastdaten exportieren oder löschen. Wenden Sie sich an sie, wenn der Gast eine Datenanfrage stellt.</translation>
    </message>
    <message>
        <source>this guest</source>
        <translation>dieser Gast</translation>
    </message>
    <message>
        <source>Added by staff</source>
        <translation>Vom Personal ergänzt</translation>
    </message>
    <message>
        <source>Heard by Jack</source>
        <translation>Von Jack gehört</translation>
    </message>
    <message>
        <source>the memory</source>
        <translation>die Erinnerung</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>der Export</translation>
    </message>
    <message>
        <source>The export could not be saved to %1: %2</source>
        <translation>Der Export konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the erasure</source>
        <translation>die Löschung</translation>
    </message>
    <message>
        <source>The hub cannot be reached; %1 was not saved. Try again when it is back.</source>
        <translation>Der Hub ist nicht erreichbar; nicht gespeichert: %1. Versuchen Sie es erneut, wenn er wieder da ist.</translation>
    </message>
    <message>
        <source>Your role may not change %1.</source>
        <translation>Ihre Rolle darf das nicht ändern: %1.</translation>
    </message>
    <message>
        <source>This guest or memory no longer exists. The list was reloaded.</source>
        <translation>Dieser Gast oder diese Erinnerung existiert nicht mehr. Die Liste wurde neu geladen.</translation>
    </message>
    <message>
        <source>That was refused: it conflicts with what the hub has.</source>
        <translation>Abgelehnt: Es widerspricht dem Stand des Hubs.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Please check %1: %2.</source>
        <translation>Bitte prüfen Sie %1: %2.</translation>
    </message>
    <message>
        <source>The hub could not handle %1 (%2).</source>
        <translation>Der Hub konnte %1 nicht verarbeiten (%2).</translation>
    </message>
</context>
<context>
    <name>jack::desk::HealthBoard</name>
    <message>
        <source>Working</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Partly working</source>
        <translation>Teilweise gestört</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Funktioniert nicht</translation>
    </message>
    <message>
        <source>Everything is working.</source>
        <translation>Alles funktioniert.</translation>
    </message>
    <message>
        <source>Jack is running, but something needs a look. See below.</source>
        <translation>Jack läuft, aber etwas sollte geprüft werden. Siehe unten.</translation>
    </message>
    <message>
        <source>Jack&apos;s database is not working. Guests&apos; messages may not be saved.</source>
        <translation>Jacks Datenbank funktioniert nicht. Nachrichten von Gästen werden eventuell nicht gespeichert.</translation>
    </message>
    <message>
        <source>Jack&apos;s hub cannot be reached. Check that it is running.</source>
        <translation>Jacks Hub ist nicht erreichbar. Prüfen Sie, ob er läuft.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>A %1 message was not delivered</source>
        <translation>Eine %1-Nachricht wurde nicht zugestellt</translation>
    </message>
    <message>
        <source>A %1 message to %2 was not delivered</source>
        <translation>Eine %1-Nachricht an %2 wurde nicht zugestellt</translation>
    </message>
    <message>
        <source>%1 did not answer a request from Jack</source>
        <translation>%1 hat auf eine Anfrage von Jack nicht geantwortet</translation>
    </message>
    <message>
        <source>The numbers could not be loaded: the hub cannot be reached.</source>
        <translation>Die Zahlen konnten nicht geladen werden: Der Hub ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The numbers could not be loaded: %1</source>
        <translation>Die Zahlen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Message hub</source>
        <translation>Nachrichten-Hub</translation>
    </message>
    <message>
        <source>Receives guests&apos; messages and serves the desks</source>
        <translation>Empfängt Nachrichten der Gäste und versorgt die Rezeptionsplätze</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Keeps every conversation, task and setting</source>
        <translation>Speichert alle Gespräche, Aufgaben und Einstellungen</translation>
    </message>
    <message>
        <source>Answers with %1</source>
        <translation>Antwortet mit %1</translation>
    </message>
    <message>
        <source>AI replies</source>
        <translation>KI-Antworten</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>No messaging channel is connected yet (Settings → Apps)</source>
        <translation>Noch kein Nachrichtenkanal verbunden (Einstellungen → Apps)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keiner</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no guest messages</source>
        <translation>keine Gästenachrichten</translation>
    </message>
    <message>
        <source>Anthropic (Claude)</source>
        <translation>Anthropic (Claude)</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Jack&apos;s offline engine</source>
        <translation>Jacks Offline-Engine</translation>
    </message>
    <message>
        <source>no replies yet</source>
        <translation>noch keine Antworten</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
</context>
<context>
    <name>jack::desk::HotelSettingsForm</name>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>jack::desk::HubProblem</name>
    <message>
        <source>The hub cannot be reached. Check that it is running, then try again.</source>
        <translation>Der Hub ist nicht erreichbar. Prüfen Sie, ob er läuft, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Only an admin can change this.</source>
        <translation>Nur ein Admin kann das ändern.</translation>
    </message>
    <message>
        <source>The hub ran into a problem. Try again in a moment.</source>
        <translation>Beim Hub ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeBook</name>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>The hub cannot be reached. The knowledge base will load when it is back.</source>
        <translation>Der Hub ist nicht erreichbar. Die Wissensbasis lädt, sobald er wieder da ist.</translation>
    </message>
    <message>
        <source>The hub could not load the knowledge base (%1).</source>
        <translation>Der Hub konnte die Wissensbasis nicht laden (%1).</translation>
    </message>
    <message>
        <source>Give the entry a title, a category and the text Jack may tell guests.</source>
        <translation>Geben Sie dem Eintrag einen Titel, eine Kategorie und den Text, den Jack Gästen sagen darf.</translation>
    </message>
    <message>
        <source>The hub cannot be reached; nothing was saved. Try again when it is back.</source>
        <translation>Der Hub ist nicht erreichbar; nichts wurde gespeichert. Versuchen Sie es erneut, wenn er wieder da ist.</translation>
    </message>
    <message>
        <source>Only a manager or an admin can change the knowledge base.</source>
        <translation>Nur eine Leitung oder ein Admin kann die Wissensbasis ändern.</translation>
    </message>
    <message>
        <source>This entry was deleted meanwhile.</source>
        <translation>Dieser Eintrag wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The hub refused the entry: %1.</source>
        <translation>Der Hub hat den Eintrag abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The hub could not save the entry (%1).</source>
        <translation>Der Hub konnte den Eintrag nicht speichern (%1).</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeImport</name>
    <message>
        <source>Type the address of the hotel&apos;s website, e.g. https://www.your-hotel.com/</source>
        <translation>Geben Sie die Adresse der Hotel-Website ein, z. B. https://www.ihr-hotel.de/</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Try again when it is back.</source>
        <translation>Der Hub ist nicht erreichbar. Versuchen Sie es erneut, wenn er wieder da ist.</translation>
    </message>
    <message>
        <source>Only an admin can import from a website.</source>
        <translation>Nur ein Admin kann von einer Website importieren.</translation>
    </message>
    <message>
        <source>The hub could not read that website: %1.</source>
        <translation>Der Hub konnte diese Website nicht lesen: %1.</translation>
    </message>
    <message>
        <source>That address was refused: %1.</source>
        <translation>Diese Adresse wurde abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Read %1 page(s) of the website.</source>
        <translation>Gelesene Seiten der Website: %1.</translation>
    </message>
    <message>
        <source>Read %1 page(s); skipped %2 (%3).</source>
        <translation>Gelesene Seiten: %1; übersprungen: %2 (%3).</translation>
    </message>
    <message>
        <source>Tick at least one entry to import, or go back.</source>
        <translation>Haken Sie mindestens einen Eintrag zum Import an oder gehen Sie zurück.</translation>
    </message>
    <message>
        <source>The hub cannot be reached; nothing was imported.</source>
        <translation>Der Hub ist nicht erreichbar; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The hub refused the import: %1. Fix the entry and try again.</source>
        <translation>Der Hub hat den Import abgelehnt: %1. Korrigieren Sie den Eintrag und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Imported %1 entries. Jack can answer from them now.</source>
        <translation>Importierte Einträge: %1. Jack kann jetzt damit antworten.</translation>
    </message>
    <message>
        <source>Imported %1 entries; %2 were already known and left out.</source>
        <translation>Importierte Einträge: %1; bereits bekannt und ausgelassen: %2.</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeQuestion</name>
    <message>
        <source>That question is too long: keep it under %1 characters, as a guest would.</source>
        <translation>Die Frage ist zu lang: Bleiben Sie wie ein Gast unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Try again when it is back.</source>
        <translation>Der Hub ist nicht erreichbar. Versuchen Sie es erneut, wenn er wieder da ist.</translation>
    </message>
    <message>
        <source>Jack&apos;s answering service is not running on the hub right now.</source>
        <translation>Jacks Antwortdienst läuft gerade nicht auf dem Hub.</translation>
    </message>
    <message>
        <source>Jack could not answer the test question (%1).</source>
        <translation>Jack konnte die Testfrage nicht beantworten (%1).</translation>
    </message>
    <message>
        <source>%1% match</source>
        <extracomment>how well an entry matches the question, 0 to 100</extracomment>
        <translation>%1 % Übereinstimmung</translation>
    </message>
    <message>
        <source>Offline engine</source>
        <translation>Offline-Engine</translation>
    </message>
    <message>
        <source>Language model (%1)</source>
        <translation>Sprachmodell (%1)</translation>
    </message>
    <message>
        <source>%1% sure</source>
        <translation>%1 % sicher</translation>
    </message>
</context>
<context>
    <name>jack::desk::MediaDownloads</name>
    <message>
        <source>The file could not be saved in %1</source>
        <translation>Die Datei konnte nicht in %1 gespeichert werden</translation>
    </message>
</context>
<context>
    <name>jack::desk::MessageListModel</name>
    <message>
        <source>Jack</source>
        <translation>Jack</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>%1 · retrying</source>
        <translation>%1 · neuer Versuch</translation>
    </message>
</context>
<context>
    <name>jack::desk::NoteBoard</name>
    <message>
        <source>The note could not be saved: the hub cannot be reached.</source>
        <translation>Die Notiz konnte nicht gespeichert werden: Der Hub ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::QuickSwitcherModel</name>
    <message>
        <source>Screen</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Zimmer %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::Session</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Geben Sie E-Mail und Passwort ein.</translation>
    </message>
    <message>
        <source>That email and password do not match. Try again.</source>
        <translation>E-Mail und Passwort passen nicht zusammen. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Jack cannot be reached at %1. Check that the hub is running.</source>
        <translation>Jack ist unter %1 nicht erreichbar. Prüfen Sie, ob der Hub läuft.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::SetupWizard</name>
    <message>
        <source>Enter the hotel&apos;s name.</source>
        <translation>Geben Sie den Namen des Hotels ein.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>This hub was set up from another desk meanwhile. Sign in with the account created there.</source>
        <translation>Dieser Hub wurde inzwischen an einem anderen Platz eingerichtet. Melden Sie sich mit dem dort angelegten Konto an.</translation>
    </message>
    <message>
        <source>Creating the account failed</source>
        <translation>Das Konto konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Saving the AI choice failed</source>
        <translation>Die KI-Auswahl konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Choose Anthropic or OpenAI.</source>
        <translation>Wählen Sie Anthropic oder OpenAI.</translation>
    </message>
    <message>
        <source>Paste the API key from the provider&apos;s website.</source>
        <translation>Fügen Sie den API-Schlüssel von der Website des Anbieters ein.</translation>
    </message>
    <message>
        <source>Saving the key failed</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Testing the key failed</source>
        <translation>Der Schlüssel konnte nicht getestet werden</translation>
    </message>
    <message>
        <source>Changing the channel failed</source>
        <translation>Der Kanal konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Enter the address of the hotel&apos;s website.</source>
        <translation>Geben Sie die Adresse der Hotel-Website ein.</translation>
    </message>
    <message>
        <source>Reading the website failed</source>
        <translation>Die Website konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Nothing Jack could use was found there. Try another page, or add answers later under Knowledge.</source>
        <translation>Dort wurde nichts gefunden, was Jack nutzen kann. Versuchen Sie eine andere Seite oder ergänzen Sie Antworten später unter Wissen.</translation>
    </message>
    <message>
        <source>Importing failed</source>
        <translation>Der Import ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Jack&apos;s hub cannot be reached at %1. Check that it is running.</source>
        <translation>Jacks Hub ist unter %1 nicht erreichbar. Prüfen Sie, ob er läuft.</translation>
    </message>
    <message>
        <source>this account may not do that. Sign in as an admin.</source>
        <translation>dieses Konto darf das nicht. Melden Sie sich als Admin an.</translation>
    </message>
    <message>
        <source>the hub answered %1</source>
        <translation>der Hub antwortete mit %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::SmsMeter</name>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>%1 characters · 1 segment (%2)</source>
        <extracomment>%1 characters, %2 the encoding (&quot;GSM-7&quot; or &quot;Unicode&quot;)</extracomment>
        <translation>%1 Zeichen · 1 Segment (%2)</translation>
    </message>
    <message>
        <source>%1 characters · %2 segments (%3)</source>
        <extracomment>%1 characters, %2 segments, %3 the encoding (&quot;GSM-7&quot; or &quot;Unicode&quot;)</extracomment>
        <translation>%1 Zeichen · %2 Segmente (%3)</translation>
    </message>
</context>
<context>
    <name>jack::desk::SnoozePresets</name>
    <message>
        <source>In 1 hour · %1</source>
        <translation>In 1 Stunde · %1</translation>
    </message>
    <message>
        <source>This evening · %1</source>
        <translation>Heute Abend · %1</translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translation>Morgen · %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::StaffDirectory</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 kann sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>Saved the changes for %1.</source>
        <translation>Änderungen für %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1 is deactivated and signed out.</source>
        <translation>%1 ist deaktiviert und abgemeldet.</translation>
    </message>
    <message>
        <source>%1 has a new password and was signed out everywhere.</source>
        <translation>%1 hat ein neues Passwort und wurde überall abgemeldet.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>jack::desk::TaskCreator</name>
    <message>
        <source>The task could not be created: the hub cannot be reached.</source>
        <translation>Die Aufgabe konnte nicht angelegt werden: Der Hub ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The task could not be created: %1</source>
        <translation>Die Aufgabe konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::TaskListModel</name>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
</context>
</TS>
