<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AppCard</name>
    <message>
        <source>%1, %2</source>
        <translation>%1,&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>AppConfigPanel</name>
    <message>
        <source>Choose an app</source>
        <translation>Choisissez une app</translation>
    </message>
    <message>
        <source>Pick a channel, an AI provider or a hotel system on the left to set it up and test it.</source>
        <translation>Choisissez à gauche un canal, un fournisseur d’IA ou un système de l’hôtel pour le configurer et le tester.</translation>
    </message>
    <message>
        <source>Pick an app on the left to see how it is set up.</source>
        <translation>Choisissez une app à gauche pour voir sa configuration.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser&#xa0;%1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>The test uses the saved settings: save your changes first.</source>
        <translation>Le test utilise les réglages enregistrés&#xa0;: enregistrez d’abord vos modifications.</translation>
    </message>
    <message>
        <source>✓ Connected in %1 ms. %2</source>
        <translation>✓ Connecté en&#xa0;%1 ms.&#xa0;%2</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓&#xa0;%1</translation>
    </message>
    <message>
        <source>✗ Not working: %1</source>
        <translation>✗ Ne fonctionne pas&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Jack&apos;s built-in engine needs no settings. It answers guests whenever no other AI provider is switched on.</source>
        <translation>Le moteur intégré de Jack ne demande aucun réglage. Il répond aux clients quand aucun autre fournisseur d’IA n’est activé.</translation>
    </message>
    <message>
        <source>This app has no settings.</source>
        <translation>Cette app n’a aucun réglage.</translation>
    </message>
    <message>
        <source>Only an admin can change these settings.</source>
        <translation>Seul un administrateur peut modifier ces réglages.</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Vous avez des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Secret values are never shown again; leave them empty to keep them.</source>
        <translation>Les valeurs secrètes ne sont plus jamais affichées&#xa0;; laissez-les vides pour les conserver.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
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
        <translation>Comment les clients joignent l’hôtel, quelle IA aide Jack, et les systèmes de l’hôtel.</translation>
    </message>
    <message>
        <source>The apps could not be loaded</source>
        <translation>Impossible de charger les apps</translation>
    </message>
    <message>
        <source>The hub sent no apps.</source>
        <translation>Le serveur n’a envoyé aucune app.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>CannedResponsePicker</name>
    <message>
        <source>Canned responses</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to insert · Esc to close</source>
        <translation>↑↓ choisir · Entrée insérer · Échap fermer</translation>
    </message>
    <message>
        <source>Search canned responses…</source>
        <translation>Chercher une réponse type…</translation>
    </message>
    <message>
        <source>Search canned responses</source>
        <translation>Chercher une réponse type</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;:&#xa0;%2</translation>
    </message>
    <message>
        <source>fill in %1</source>
        <translation>à compléter&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n to fill in</source>
        <translation>
            <numerusform>%n à compléter</numerusform>
            <numerusform>%n à compléter</numerusform>
        </translation>
    </message>
    <message>
        <source>No canned response matches “%1”. Press Esc and write the reply yourself.</source>
        <translation>Aucune réponse type ne correspond à «&#xa0;%1&#xa0;». Appuyez sur Échap et rédigez la réponse vous-même.</translation>
    </message>
    <message>
        <source>No canned responses yet. A manager can add them for the whole team.</source>
        <translation>Pas encore de réponse type. Un responsable peut en ajouter pour toute l’équipe.</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete “%1”</source>
        <translation>Terminer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>What was done? (optional, for colleagues)</source>
        <translation>Qu’avez-vous fait&#xa0;? (facultatif, pour les collègues)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tell the guest it is done (in their language)</source>
        <translation>Prévenir le client que c’est fait (dans sa langue)</translation>
    </message>
    <message>
        <source>This task did not come from a guest&apos;s conversation, so there is no one to tell.</source>
        <translation>Cette tâche ne vient pas d’une conversation avec un client&#xa0;: personne à prévenir.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Complete and tell the guest</source>
        <translation>Terminer et prévenir</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>ComposerSwitch</name>
    <message>
        <source>Reply to guest</source>
        <translation>Répondre au client</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Internal note, only staff see it</source>
        <translation>Note interne, visible du personnel seul</translation>
    </message>
    <message>
        <source>Only staff see notes</source>
        <translation>Notes visibles du personnel seul</translation>
    </message>
    <message>
        <source>Type / for canned responses</source>
        <translation>Tapez / pour les réponses types</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Reconnecting… You can keep working; new messages appear as soon as Jack is back.</source>
        <translation>Reconnexion… Vous pouvez continuer à travailler ; les nouveaux messages s’afficheront dès que Jack sera de retour.</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message numerus="yes">
        <source>WhatsApp window closes in %n min</source>
        <translation>
            <numerusform>La fenêtre WhatsApp se ferme dans %n min</numerusform>
            <numerusform>La fenêtre WhatsApp se ferme dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp window closes in %n h</source>
        <translation>
            <numerusform>La fenêtre WhatsApp se ferme dans %n h</numerusform>
            <numerusform>La fenêtre WhatsApp se ferme dans %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Room %1</source>
        <translation>Chambre %1</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>M’attribuer</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Jack handed this to a person: %1</source>
        <translation>Jack a confié ceci à une personne : %1</translation>
    </message>
    <message>
        <source>This guest is waiting for a person. Reply below, or assign it to yourself.</source>
        <translation>Ce client attend une personne. Répondez ci-dessous ou attribuez-vous la conversation.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Pas encore de messages</translation>
    </message>
    <message>
        <source>Write the first message below; it goes out on %1.</source>
        <translation>Écrivez le premier message ci-dessous ; il partira par %1.</translation>
    </message>
    <message>
        <source>the guest&apos;s channel</source>
        <translation>le canal du client</translation>
    </message>
    <message>
        <source>One guest needs you</source>
        <translation>Un client a besoin de vous</translation>
    </message>
    <message numerus="yes">
        <source>%n guests need you</source>
        <translation>
            <numerusform>%n client a besoin de vous</numerusform>
            <numerusform>%n clients ont besoin de vous</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Aucune conversation ouverte</translation>
    </message>
    <message>
        <source>Open the longest waiting</source>
        <translation>Ouvrir la plus ancienne</translation>
    </message>
    <message>
        <source>The conversation is at the top of the inbox, marked “Needs you”.</source>
        <translation>La conversation est en haut de la boîte, marquée « Pour vous ».</translation>
    </message>
    <message>
        <source>They are at the top of the inbox, marked “Needs you”, longest waiting first.</source>
        <translation>Elles sont en haut de la boîte, marquées « Pour vous », les plus anciennes d’abord.</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply.</source>
        <translation>Choisissez une conversation dans la liste pour la lire et répondre.</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply. Jack is handling one conversation.</source>
        <translation>Choisissez une conversation dans la liste pour la lire et répondre. Jack s’occupe d’une conversation.</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply. Jack is handling %1 conversations.</source>
        <translation>Choisissez une conversation dans la liste pour la lire et répondre. Jack s’occupe de %1 conversations.</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Chargement des messages précédents…</translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message>
        <source>No messages yet</source>
        <translation>Pas encore de messages</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Chambre %1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>À moi</translation>
    </message>
    <message>
        <source>%1 viewing</source>
        <translation>Ouverte par&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <source>%n viewing</source>
        <translation>
            <numerusform>Ouverte par&#xa0;%n personne</numerusform>
            <numerusform>Ouverte par&#xa0;%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Also open at: %1</source>
        <translation>Également ouverte par&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>urgence</translation>
    </message>
    <message>
        <source>needs you</source>
        <translation>pour vous</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>snoozed %1</source>
        <translation>en pause %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
</context>
<context>
    <name>CreateTaskDialog</name>
    <message>
        <source>Create a task</source>
        <translation>Créer une tâche</translation>
    </message>
    <message>
        <source>From %1&apos;s message: “%2”</source>
        <translation>Message de %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Ce qu’il faut faire</translation>
    </message>
    <message>
        <source>Task description</source>
        <translation>Description de la tâche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Créer la tâche</translation>
    </message>
</context>
<context>
    <name>DeskShell</name>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>EmergencyBanner</name>
    <message>
        <source>%1. %2</source>
        <translation>%1.&#xa0;%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · and %n more emergency(s)</source>
        <translation>
            <numerusform>%1 · et&#xa0;%n autre urgence</numerusform>
            <numerusform>%1 · et&#xa0;%n autres urgences</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the emergency conversation</source>
        <translation>Ouvrir la conversation d’urgence</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Acknowledge the emergency and stop the alarm</source>
        <translation>Prendre en compte l’urgence et arrêter l’alarme</translation>
    </message>
</context>
<context>
    <name>EraseGuestDialog</name>
    <message>
        <source>Erase the guest&apos;s data</source>
        <translation>Effacer les données du client</translation>
    </message>
    <message>
        <source>Erase all personal data of %1?</source>
        <translation>Effacer toutes les données personnelles de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Their name, phone number, e-mail, every message, photo and memory, and their reservations are deleted for good. Counts for statistics stay, without anything that names them. Do this only when the guest asked for it.</source>
        <translation>Son nom, son téléphone, son e-mail, tous ses messages, photos et souvenirs ainsi que ses réservations sont effacés définitivement. Les chiffres pour les statistiques restent, sans rien qui l’identifie. Ne le faites que si le client l’a demandé.</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Je comprends que c’est irréversible</translation>
    </message>
    <message>
        <source>Keep the data</source>
        <translation>Garder les données</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <source>Knowledge found</source>
        <translation>Connaissances trouvées</translation>
    </message>
    <message>
        <source>Stopped by the guardrails</source>
        <translation>Bloqué par les garde-fous</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Étapes : %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;:&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>GuestPanel</name>
    <message>
        <source>Guest</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connue</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Writes in</source>
        <translation>Écrit en</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>Pas encore classé</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Pris en charge par</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>Mémorisé</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <source>No tasks for this guest. Jack opens one when they ask for something, e.g. towels or a repair.</source>
        <translation>Aucune tâche pour ce client. Jack en ouvre une quand il demande quelque chose, p. ex. des serviettes ou une réparation.</translation>
    </message>
    <message>
        <source>Stay: %1</source>
        <translation>Séjour&#x202f;: %1</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>Conversations précédentes</translation>
    </message>
    <message>
        <source>Open the conversation on %1 of %2</source>
        <translation>Ouvrir la conversation sur %1 du %2</translation>
    </message>
</context>
<context>
    <name>GuestProfilePane</name>
    <message>
        <source>Saved the guest&apos;s data to %1</source>
        <translation>Données du client enregistrées dans %1</translation>
    </message>
    <message>
        <source>The guest&apos;s personal data was erased.</source>
        <translation>Les données personnelles du client ont été effacées.</translation>
    </message>
    <message>
        <source>Pick a guest</source>
        <translation>Choisissez un client</translation>
    </message>
    <message>
        <source>Choose a guest on the left to see their stays, earlier conversations and what Jack remembers about them.</source>
        <translation>Choisissez un client à gauche pour voir ses séjours, ses conversations passées et ce dont Jack se souvient.</translation>
    </message>
    <message>
        <source>Save the guest&apos;s data</source>
        <translation>Enregistrer les données du client</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Data erased</source>
        <translation>Données effacées</translation>
    </message>
    <message>
        <source>Known to Jack since %1</source>
        <translation>Connu de Jack depuis %1</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the guest&apos;s data to a file</source>
        <translation>Exporter les données du client dans un fichier</translation>
    </message>
    <message>
        <source>Erase data…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>Erase the guest&apos;s personal data</source>
        <translation>Effacer les données personnelles du client</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Séjours</translation>
    </message>
    <message>
        <source>No reservation on record. Stays appear here when the PMS sends them.</source>
        <translation>Aucune réservation enregistrée. Les séjours apparaissent ici quand le PMS les envoie.</translation>
    </message>
    <message>
        <source>Room %1 · %2</source>
        <translation>Chambre %1 · %2</translation>
    </message>
    <message>
        <source>%1 · booking %2</source>
        <translation>%1 · réservation %2</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>No conversations yet. When the guest writes on any channel, it shows here.</source>
        <translation>Pas encore de conversation. Quand le client écrit, sur n’importe quel canal, elle apparaît ici.</translation>
    </message>
    <message>
        <source>Open the %1 conversation in the inbox</source>
        <translation>Ouvrir la conversation %1 dans la boîte</translation>
    </message>
    <message>
        <source>Open ›</source>
        <translation>Ouvrir ›</translation>
    </message>
    <message>
        <source>What Jack remembers</source>
        <translation>Ce dont Jack se souvient</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a memory</source>
        <translation>Ajouter un souvenir</translation>
    </message>
    <message>
        <source>Nothing yet. Jack notes preferences, allergies and occasions from conversations; you can add what you learn at the desk.</source>
        <translation>Rien pour l’instant. Jack note les préférences, allergies et occasions au fil des conversations&#xa0;; vous pouvez ajouter ce que vous apprenez à la réception.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 ·&#xa0;%2</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>GuestRow</name>
    <message>
        <source>%1, room %2, %3</source>
        <translation>%1, chambre %2, %3</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 ·&#xa0;%2</translation>
    </message>
    <message>
        <source>No stay on record</source>
        <translation>Aucun séjour enregistré</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Chambre %1</translation>
    </message>
</context>
<context>
    <name>GuestsPage</name>
    <message>
        <source>Guests</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Today, %1 · %2 in house</source>
        <translation>Aujourd’hui, %1 · %2 présents</translation>
    </message>
    <message>
        <source>Search name, phone, e-mail or room</source>
        <translation>Nom, téléphone, e-mail ou chambre</translation>
    </message>
    <message>
        <source>Search guests</source>
        <translation>Chercher un client</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <source>Arrivals today, %1</source>
        <translation>Arrivées du jour, %1</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Départs</translation>
    </message>
    <message>
        <source>Departures today, %1</source>
        <translation>Départs du jour, %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All guests, %1</source>
        <translation>Tous les clients, %1</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Recent problems (latest %1 of %2)</source>
        <translation>Problèmes récents (%1 derniers sur&#xa0;%2)</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation>Problèmes récents</translation>
    </message>
    <message>
        <source>No failed deliveries or AI errors in the last 7 days.</source>
        <translation>Aucun échec d’envoi ni erreur d’IA ces 7 derniers jours.</translation>
    </message>
    <message>
        <source>No failed deliveries or AI errors in the last 24 hours.</source>
        <translation>Aucun échec d’envoi ni erreur d’IA ces dernières 24 heures.</translation>
    </message>
    <message>
        <source>guest messages</source>
        <translation>messages de clients</translation>
    </message>
    <message>
        <source>replies by Jack and staff</source>
        <translation>réponses de Jack et du personnel</translation>
    </message>
    <message>
        <source>typical first reply (median)</source>
        <translation>première réponse typique (médiane)</translation>
    </message>
    <message>
        <source>answered without staff</source>
        <translation>répondus sans le personnel</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Messages par jour</translation>
    </message>
    <message>
        <source>Messages per hour</source>
        <translation>Messages par heure</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>From guests</source>
        <translation>Des clients</translation>
    </message>
    <message>
        <source>Time to the first reply (minutes)</source>
        <translation>Délai de première réponse (minutes)</translation>
    </message>
    <message>
        <source>Time to the first reply (seconds)</source>
        <translation>Délai de première réponse (secondes)</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Answered by Jack without staff (%)</source>
        <translation>Répondus par Jack sans le personnel (%)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>average per day</source>
        <translation>moyenne par jour</translation>
    </message>
    <message>
        <source>average per hour</source>
        <translation>moyenne par heure</translation>
    </message>
</context>
<context>
    <name>HotelPage</name>
    <message>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <source>Only an admin can change the hotel&apos;s settings.</source>
        <translation>Seul un administrateur peut modifier les réglages de l’hôtel.</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Vous avez des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Jack uses these details when it answers guests.</source>
        <translation>Jack utilise ces informations pour répondre aux clients.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Hotel name</source>
        <translation>Nom de l’hôtel</translation>
    </message>
    <message>
        <source>Harbourview Hotel</source>
        <translation>Hôtel du Port</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>https://www.example-hotel.com</source>
        <translation>https://www.example-hotel.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>+351 21 000 0000</source>
        <translation>+33 1 00 00 00 00</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Rue, code postal, ville, pays</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Europe/Lisbon</source>
        <translation>Europe/Paris</translation>
    </message>
    <message>
        <source>The hotel&apos;s time zone, as a place name such as Europe/Lisbon.</source>
        <translation>Le fuseau horaire de l’hôtel, sous forme de lieu, par ex. Europe/Paris.</translation>
    </message>
    <message>
        <source>Check-in from</source>
        <translation>Arrivée à partir de</translation>
    </message>
    <message>
        <source>15:00</source>
        <translation>15:00</translation>
    </message>
    <message>
        <source>Check-out by</source>
        <translation>Départ avant</translation>
    </message>
    <message>
        <source>11:00</source>
        <translation>11:00</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <source>Desk opens</source>
        <translation>Ouverture réception</translation>
    </message>
    <message>
        <source>08:00</source>
        <translation>08:00</translation>
    </message>
    <message>
        <source>Desk closes</source>
        <translation>Fermeture réception</translation>
    </message>
    <message>
        <source>22:00</source>
        <translation>22:00</translation>
    </message>
    <message>
        <source>Leave both empty when someone is at the desk around the clock.</source>
        <translation>Laissez les deux vides si la réception est ouverte 24 h/24.</translation>
    </message>
    <message>
        <source>Reply outside business hours</source>
        <translation>Réponse hors des heures d’ouverture</translation>
    </message>
    <message>
        <source>Thank you for your message. Our team is back at 8:00 and will answer you then.</source>
        <translation>Merci pour votre message. Notre équipe revient à 8 h et vous répondra à ce moment-là.</translation>
    </message>
    <message>
        <source>Kept with the hotel&apos;s settings for now; Jack does not send it on its own yet.</source>
        <translation>Enregistrée avec les réglages de l’hôtel pour l’instant&#xa0;; Jack ne l’envoie pas encore de lui-même.</translation>
    </message>
    <message>
        <source>Languages and address</source>
        <translation>Langues et adresse</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>en, pt, es</source>
        <translation>fr, en, es</translation>
    </message>
    <message>
        <source>Two-letter codes, the hotel&apos;s own language first. Staff read translations into it.</source>
        <translation>Codes à deux lettres, la langue de l’hôtel en premier. Le personnel lit les traductions dans cette langue.</translation>
    </message>
    <message>
        <source>Public address of this hub</source>
        <translation>Adresse publique de ce serveur</translation>
    </message>
    <message>
        <source>https://jack.example-hotel.com</source>
        <translation>https://jack.example-hotel.com</translation>
    </message>
    <message>
        <source>Where WhatsApp, Twilio and other providers reach the hub. Leave empty while nothing outside needs it.</source>
        <translation>L’adresse où WhatsApp, Twilio et les autres fournisseurs joignent le serveur. Laissez vide tant que rien d’extérieur n’en a besoin.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ImportCandidateModel</name>
    <message>
        <source>Jack already knows this (%1% the same): left out unless you tick it.</source>
        <translation>Jack le sait déjà (identique à %1&#xa0;%)&#xa0;: ignoré sauf si vous le cochez.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from the website</source>
        <translation>Importer depuis le site</translation>
    </message>
    <message>
        <source>Step 2 of 2: review</source>
        <translation>Étape 2 sur 2&#xa0;: vérifier</translation>
    </message>
    <message>
        <source>Step 1 of 2: the address</source>
        <translation>Étape 1 sur 2&#xa0;: l’adresse</translation>
    </message>
    <message>
        <source>Jack reads the hotel&apos;s pages (the start page and pages it links to on the same site) and proposes one entry per section. Nothing is stored until you review and import.</source>
        <translation>Jack lit les pages de l’hôtel (la page d’accueil et les pages liées du même site) et propose une entrée par section. Rien n’est enregistré avant que vous vérifiiez et importiez.</translation>
    </message>
    <message>
        <source>https://www.your-hotel.com/</source>
        <translation>https://www.votre-hotel.com/</translation>
    </message>
    <message>
        <source>Website address</source>
        <translation>Adresse du site</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>Up to 5 pages</source>
        <translation>Jusqu’à 5 pages</translation>
    </message>
    <message>
        <source>Up to 10 pages</source>
        <translation>Jusqu’à 10 pages</translation>
    </message>
    <message>
        <source>Up to 20 pages</source>
        <translation>Jusqu’à 20 pages</translation>
    </message>
    <message>
        <source>How many pages to read</source>
        <translation>Nombre de pages à lire</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Read the website</source>
        <translation>Lire le site</translation>
    </message>
    <message>
        <source>Reading the website. This can take up to 45 seconds.</source>
        <translation>Lecture du site. Cela peut prendre jusqu’à 45 secondes.</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Proposed entries</source>
        <translation>Entrées proposées</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Importer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import %1 entries</source>
        <translation>Importer %1 entrées</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Search name, room or message</source>
        <translation>Nom, chambre ou message</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>Rechercher dans la boîte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Pour vous</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
    <message>
        <source>No guests waiting for you</source>
        <translation>Aucun client ne vous attend</translation>
    </message>
    <message>
        <source>Nothing assigned to you</source>
        <translation>Rien ne vous est attribué</translation>
    </message>
    <message>
        <source>Nothing resolved yet</source>
        <translation>Rien de résolu pour l’instant</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Pas encore de conversations</translation>
    </message>
    <message>
        <source>All quiet</source>
        <translation>Tout est calme</translation>
    </message>
    <message>
        <source>Try a guest&apos;s name, a room number or a word from the message.</source>
        <translation>Essayez le nom d’un client, un numéro de chambre ou un mot du message.</translation>
    </message>
    <message>
        <source>Jack is handling one conversation. Anything he hands over shows up here.</source>
        <translation>Jack s’occupe d’une conversation. Ce qu’il vous transmet apparaîtra ici.</translation>
    </message>
    <message>
        <source>Jack is handling %1 conversations. Anything he hands over shows up here.</source>
        <translation>Jack s’occupe de %1 conversations. Ce qu’il vous transmet apparaîtra ici.</translation>
    </message>
    <message>
        <source>Open a conversation and choose “Assign to me” to keep it on this list.</source>
        <translation>Ouvrez une conversation et choisissez « M’attribuer » pour la garder dans cette liste.</translation>
    </message>
    <message>
        <source>Conversations you or Jack resolve move here.</source>
        <translation>Les conversations que vous ou Jack résolvez arrivent ici.</translation>
    </message>
    <message>
        <source>When a guest writes on WhatsApp, SMS, email or the web chat, the conversation appears here.</source>
        <translation>Quand un client écrit par WhatsApp, SMS, e-mail ou le chat web, la conversation apparaît ici.</translation>
    </message>
    <message>
        <source>Every open conversation is resolved. New messages from guests appear here.</source>
        <translation>Toutes les conversations sont résolues. Les nouveaux messages des clients apparaîtront ici.</translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation>%1 non lues</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Loading more conversations…</source>
        <translation>Chargement d’autres conversations…</translation>
    </message>
    <message>
        <source>Nothing here on this channel</source>
        <translation>Rien sur ce canal</translation>
    </message>
    <message>
        <source>Everything has someone on it</source>
        <translation>Tout est pris en charge</translation>
    </message>
    <message>
        <source>Nothing snoozed</source>
        <translation>Rien en pause</translation>
    </message>
    <message>
        <source>Choose “All channels” above to see every conversation.</source>
        <translation>Choisissez «&#xa0;Tous les canaux&#xa0;» en haut pour voir toutes les conversations.</translation>
    </message>
    <message>
        <source>Every open conversation is assigned to someone.</source>
        <translation>Chaque conversation ouverte est attribuée à quelqu’un.</translation>
    </message>
    <message>
        <source>Snooze a conversation from its header to hide it until later. It comes back on time, or as soon as the guest writes.</source>
        <translation>Mettez une conversation en pause depuis son en-tête pour la masquer jusqu’à plus tard. Elle revient à l’heure prévue, ou dès que le client écrit.</translation>
    </message>
</context>
<context>
    <name>KnowledgeEditor</name>
    <message>
        <source>Pick an entry to read or change it</source>
        <translation>Choisissez une entrée pour la lire ou la modifier</translation>
    </message>
    <message>
        <source>Pick an entry to read it</source>
        <translation>Choisissez une entrée pour la lire</translation>
    </message>
    <message>
        <source>Or add a new one. Jack answers guests only from what is written here.</source>
        <translation>Ou ajoutez-en une. Jack ne répond aux clients qu’avec ce qui est écrit ici.</translation>
    </message>
    <message>
        <source>Jack answers guests only from what is written here. Use “Test a question” to see what he would say.</source>
        <translation>Jack ne répond aux clients qu’avec ce qui est écrit ici. Utilisez «&#xa0;Tester une question&#xa0;» pour voir ce qu’il dirait.</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Supprimer l’entrée</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Jack will no longer answer from it. This cannot be undone.</source>
        <translation>Jack ne s’en servira plus pour répondre. C’est irréversible.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>You can read the knowledge base. Only a manager or an admin can change it.</source>
        <translation>Vous pouvez lire la base de connaissances. Seul un responsable ou un administrateur peut la modifier.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>e.g. Breakfast times</source>
        <translation>ex. Horaires du petit-déjeuner</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Priority: higher wins when entries overlap</source>
        <translation>Priorité&#xa0;: la plus haute l’emporte</translation>
    </message>
    <message>
        <source>Higher wins when two entries answer the same question</source>
        <translation>La plus haute l’emporte quand deux entrées répondent à la même question</translation>
    </message>
    <message>
        <source>What Jack may tell guests</source>
        <translation>Ce que Jack peut dire aux clients</translation>
    </message>
    <message>
        <source>Write it as you would tell a guest: times, prices, where to go.</source>
        <translation>Écrivez-le comme vous le diriez à un client&#xa0;: horaires, prix, où aller.</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Words guests use, separated by commas: wifi, internet, password</source>
        <translation>Mots des clients, séparés par des virgules&#xa0;: wifi, internet, mot de passe</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé de %1</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ajouter l’entrée</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>KnowledgeEntryModel</name>
    <message>
        <source>Amenities</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Dining</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Questions guests ask</source>
        <translation>Questions fréquentes</translation>
    </message>
    <message>
        <source>Local info</source>
        <translation>Infos locales</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Chambres</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <source>%1 entries Jack answers from</source>
        <translation>%1 entrées pour les réponses de Jack</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>Filter by word</source>
        <translation>Filtrer par mot</translation>
    </message>
    <message>
        <source>Filter the knowledge base</source>
        <translation>Filtrer la base de connaissances</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Import from website…</source>
        <translation>Importer du site…</translation>
    </message>
    <message>
        <source>Import entries from the hotel&apos;s website</source>
        <translation>Importer des entrées depuis le site de l’hôtel</translation>
    </message>
    <message>
        <source>Knowledge entries</source>
        <translation>Entrées de connaissances</translation>
    </message>
    <message>
        <source>The knowledge base is empty</source>
        <translation>La base de connaissances est vide</translation>
    </message>
    <message>
        <source>No entry matches</source>
        <translation>Aucune entrée ne correspond</translation>
    </message>
    <message>
        <source>Add what guests ask about — breakfast times, Wi-Fi, parking — so Jack can answer them.</source>
        <translation>Ajoutez ce que demandent les clients — petit-déjeuner, Wi-Fi, parking — pour que Jack puisse répondre.</translation>
    </message>
    <message>
        <source>Ask a manager to add what guests ask about, so Jack can answer them.</source>
        <translation>Demandez à un responsable d’ajouter ce que demandent les clients, pour que Jack puisse répondre.</translation>
    </message>
    <message>
        <source>Try another word or “All categories”.</source>
        <translation>Essayez un autre mot ou «&#xa0;Toutes les catégories&#xa0;».</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Read entry</source>
        <translation>Lire l’entrée</translation>
    </message>
    <message>
        <source>Test a question</source>
        <translation>Tester une question</translation>
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
        <translation>Réception</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>you@hotel.example</source>
        <translation>vous@hotel.example</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Jack&apos;s hub did not start: %1</source>
        <translation>Le serveur de Jack n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Serveur : %1</translation>
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
        <translation>Photo : %1</translation>
    </message>
    <message>
        <source>The photo could not be loaded</source>
        <translation>La photo n’a pas pu être chargée</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Chargement de la photo…</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>téléchargement…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message>
        <source>Edit memory</source>
        <translation>Modifier le souvenir</translation>
    </message>
    <message>
        <source>Add a memory</source>
        <translation>Ajouter un souvenir</translation>
    </message>
    <message>
        <source>Jack uses this in later conversations. Never note card numbers, passport numbers or health details beyond an allergy.</source>
        <translation>Jack s’en sert dans les conversations suivantes. Ne notez jamais de numéro de carte, de passeport ni de détail de santé au-delà d’une allergie.</translation>
    </message>
    <message>
        <source>Kind of memory</source>
        <translation>Type de souvenir</translation>
    </message>
    <message>
        <source>e.g. Prefers a high floor</source>
        <translation>ex. Préfère un étage élevé</translation>
    </message>
    <message>
        <source>What to remember</source>
        <translation>À retenir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>MentionBanner</name>
    <message>
        <source>%1 mentioned you in %2&apos;s conversation: “%3”</source>
        <translation>%1 vous a mentionné dans la conversation de %2&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 mentioned you in a note: “%2”</source>
        <translation>%1 vous a mentionné dans une note&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the mention</source>
        <translation>Ignorer la mention</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>on %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <source>Why did Jack say this?</source>
        <translation>Pourquoi Jack a-t-il dit cela ?</translation>
    </message>
    <message>
        <source>How Jack read this message</source>
        <translation>Comment Jack a compris ce message</translation>
    </message>
    <message>
        <source>Translated: %1</source>
        <translation>Traduit : %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation>Renvoyer ce message</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Now on %1</source>
        <translation>Désormais par %1</translation>
    </message>
    <message>
        <source>Create task from this message…</source>
        <translation>Créer une tâche depuis ce message…</translation>
    </message>
    <message>
        <source>+ Task</source>
        <translation>+ Tâche</translation>
    </message>
    <message>
        <source>Create a task from this message</source>
        <translation>Créer une tâche depuis ce message</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>downloading…</source>
        <translation>téléchargement…</translation>
    </message>
    <message>
        <source>could not be downloaded</source>
        <translation>n’a pas pu être téléchargé</translation>
    </message>
    <message>
        <source>could not be downloaded: %1</source>
        <translation>n’a pas pu être téléchargé : %1</translation>
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
        <translation>Messages</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Same as the desktop</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Alert sound</source>
        <translation>Son d’alerte</translation>
    </message>
    <message>
        <source>Alert volume</source>
        <translation>Volume d’alerte</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation>Fort</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
</context>
<context>
    <name>NoteBubble</name>
    <message>
        <source>Internal note by %1, mentions you: %2</source>
        <translation>Note interne de %1, vous mentionne&#xa0;: %2</translation>
    </message>
    <message>
        <source>Internal note by %1: %2</source>
        <translation>Note interne de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Internal note · %1</source>
        <translation>Note interne · %1</translation>
    </message>
    <message>
        <source>mentioned you</source>
        <translation>vous mentionne</translation>
    </message>
    <message>
        <source>Not sent to the guest</source>
        <translation>Non envoyée au client</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Internal note: only staff see it. Nothing here is sent to the guest.</source>
        <translation>Note interne&#xa0;: visible du personnel seul. Rien n’est envoyé au client.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Note for your colleagues… type @ to mention someone</source>
        <translation>Note pour vos collègues… tapez @ pour mentionner quelqu’un</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Add the internal note</source>
        <translation>Ajouter la note interne</translation>
    </message>
    <message>
        <source>Ctrl+Enter to save · @ to mention a colleague, who is told</source>
        <translation>Ctrl+Entrée enregistre · @ mentionne un collègue, qui est prévenu</translation>
    </message>
    <message>
        <source>Colleagues to mention</source>
        <translation>Collègues à mentionner</translation>
    </message>
    <message>
        <source>Mention %1</source>
        <translation>Mentionner %1</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>OutcomeWords</name>
    <message>
        <source>Jack&apos;s offline engine</source>
        <translation>Moteur hors ligne de Jack</translation>
    </message>
    <message>
        <source>Jack handed this conversation to a person</source>
        <translation>Jack a confié cette conversation à une personne</translation>
    </message>
    <message>
        <source>Jack stayed quiet: a person is handling this conversation</source>
        <translation>Jack n’a rien dit : une personne s’occupe de cette conversation</translation>
    </message>
    <message>
        <source>Jack answered on his own</source>
        <translation>Jack a répondu seul</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Répondu par</translation>
    </message>
    <message>
        <source>Understood as</source>
        <translation>Compris comme</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Why a person</source>
        <translation>Pourquoi une personne</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Solution de repli</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>%1 tokens in, %2 out, about $%3</source>
        <translation>%1 jetons en entrée, %2 en sortie, environ %3 $</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 ms waiting for %2, %3 ms in Jack</source>
        <translation>%1 ms d’attente pour %2, %3 ms dans Jack</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Why did Jack say this?</source>
        <translation>Pourquoi Jack a-t-il dit cela ?</translation>
    </message>
    <message>
        <source>How Jack read this message</source>
        <translation>Comment Jack a compris ce message</translation>
    </message>
</context>
<context>
    <name>PresenceLine</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et&#xa0;%2</translation>
    </message>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 répond…</translation>
    </message>
    <message>
        <source>%1 are replying…</source>
        <translation>%1 répondent…</translation>
    </message>
    <message>
        <source>Guest is typing…</source>
        <translation>Le client écrit…</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 la consulte</translation>
    </message>
    <message>
        <source>%1 are viewing</source>
        <translation>%1 la consultent</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Go to a guest, room, message or screen…</source>
        <translation>Aller à un client, une chambre, un message ou un écran…</translation>
    </message>
    <message>
        <source>Quick switcher: type to search</source>
        <translation>Accès rapide&#xa0;: tapez pour chercher</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Screen: %1</source>
        <translation>Écran&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1,&#xa0;%2</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
    <message>
        <source>Try a guest&apos;s name, a room number or a word from the message. Only open conversations are searched.</source>
        <translation>Essayez le nom d’un client, un numéro de chambre ou un mot du message. Seules les conversations ouvertes sont cherchées.</translation>
    </message>
    <message>
        <source>↑ ↓ to choose · Enter to open · Esc to close</source>
        <translation>↑ ↓ choisir · Entrée ouvrir · Échap fermer</translation>
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
        <translation>Joindre un fichier pour %1</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)</source>
        <translation>Photos et documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>The 24-hour WhatsApp window is closed — send an approved template.</source>
        <translation>La fenêtre WhatsApp de 24 heures est fermée — envoyez un modèle approuvé.</translation>
    </message>
    <message>
        <source>The 24-hour WhatsApp window is closed — only an approved template can reach the guest, and none is set up. Call the guest or wait until they write again.</source>
        <translation>La fenêtre WhatsApp de 24 heures est fermée — seul un modèle approuvé peut joindre le client, et aucun n’est configuré. Appelez le client ou attendez qu’il réécrive.</translation>
    </message>
    <message>
        <source>Jack is reading the conversation…</source>
        <translation>Jack lit la conversation…</translation>
    </message>
    <message>
        <source>Jack&apos;s draft is in the reply box: check it, change it, send it.</source>
        <translation>Le brouillon de Jack est dans la zone de réponse : vérifiez-le, modifiez-le, envoyez-le.</translation>
    </message>
    <message>
        <source>Jack can summarise this conversation and draft a reply.</source>
        <translation>Jack peut résumer cette conversation et rédiger une réponse.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Suggest a reply</source>
        <translation>Suggérer une réponse</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Pièce jointe : %1</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Add a caption (optional)…</source>
        <translation>Ajouter une légende (facultatif)…</translation>
    </message>
    <message>
        <source>Reply to %1…</source>
        <translation>Répondre à %1…</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Écrivez une réponse…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Attach a photo or document</source>
        <translation>Joindre une photo ou un document</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>%1, long message</source>
        <translation>%1, message long</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send · %1</source>
        <translation>Ctrl+Entrée pour envoyer · %1</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Entrée pour envoyer</translation>
    </message>
    <message>
        <source>Translate into %1</source>
        <translation>Traduire en %1</translation>
    </message>
    <message>
        <source>Translate for the guest</source>
        <translation>Traduire pour le client</translation>
    </message>
    <message>
        <source>Replying on %1</source>
        <translation>Réponse par %1</translation>
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
        <translation>%1 répond à ce client. Envoyer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>%1 replied to this guest a moment ago. Send anyway?</source>
        <translation>%1 vient de répondre à ce client. Envoyer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel, do not send</source>
        <translation>Annuler, ne pas envoyer</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
</context>
<context>
    <name>ServiceRow</name>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1&#xa0;:&#xa0;%2.&#xa0;%3</translation>
    </message>
</context>
<context>
    <name>SettingsField</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Channels, AI, hotel systems</source>
        <translation>Canaux, IA, systèmes de l’hôtel</translation>
    </message>
    <message>
        <source>Staff and roles</source>
        <translation>Personnel et rôles</translation>
    </message>
    <message>
        <source>Who can sign in, and as what</source>
        <translation>Qui peut se connecter, et avec quel rôle</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <source>Profile, hours, languages</source>
        <translation>Profil, horaires, langues</translation>
    </message>
    <message>
        <source>You can look at these settings. Only an admin can change them.</source>
        <translation>Vous pouvez consulter ces réglages. Seul un administrateur peut les modifier.</translation>
    </message>
</context>
<context>
    <name>SettingsToggle</name>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up Jack The Butler</source>
        <translation>Configurer Jack The Butler</translation>
    </message>
    <message>
        <source>Step %1 of 5 · about five minutes</source>
        <translation>Étape&#xa0;%1 sur 5 · environ cinq minutes</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <source>Tell Jack about your hotel. Guests see the name; the time zone and times help Jack answer questions like “when is check-out?”.</source>
        <translation>Présentez votre hôtel à Jack. Les clients voient le nom&#xa0;; le fuseau horaire et les horaires aident Jack à répondre à des questions comme «&#xa0;à quelle heure dois-je libérer la chambre&#xa0;?&#xa0;».</translation>
    </message>
    <message>
        <source>Hotel name</source>
        <translation>Nom de l’hôtel</translation>
    </message>
    <message>
        <source>e.g. Harbour View Hotel</source>
        <translation>ex.&#xa0;: Hôtel du Port</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>As in Europe/Lisbon or America/New_York</source>
        <translation>Par ex. Europe/Paris ou America/Toronto</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Two-letter codes, the hotel&apos;s own first</source>
        <translation>Codes à deux lettres, celle de l’hôtel d’abord</translation>
    </message>
    <message>
        <source>Check-in from</source>
        <translation>Arrivée à partir de</translation>
    </message>
    <message>
        <source>Check-out by</source>
        <translation>Départ avant</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Téléphone (facultatif)</translation>
    </message>
    <message>
        <source>Create your own account. It is the hotel&apos;s first admin: it can add staff, connect channels and change settings. Jack has no default password — this account is the only way in, so keep the password safe.</source>
        <translation>Créez votre propre compte. C’est le premier administrateur de l’hôtel&#xa0;: il peut ajouter du personnel, connecter des canaux et modifier les réglages. Jack n’a pas de mot de passe par défaut — ce compte est le seul moyen d’entrer, gardez donc le mot de passe en lieu sûr.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>e.g. Ana Pereira</source>
        <translation>ex.&#xa0;: Claire Martin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>you@hotel.example</source>
        <translation>you@hotel.example</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>At least 10 characters; a short sentence works well</source>
        <translation>Au moins 10 caractères&#xa0;; une courte phrase convient bien</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmez le mot de passe</translation>
    </message>
    <message>
        <source>Choose how Jack writes to guests. You can change this any time in Settings.</source>
        <translation>Choisissez comment Jack écrit aux clients. Vous pouvez le changer à tout moment dans Réglages.</translation>
    </message>
    <message>
        <source>Offline — built into Jack</source>
        <translation>Hors ligne — intégré à Jack</translation>
    </message>
    <message>
        <source>Recommended to start</source>
        <translation>Conseillé pour commencer</translation>
    </message>
    <message>
        <source>Jack answers from your knowledge base and hands everything else to staff. Nothing leaves this computer, and it costs nothing.</source>
        <translation>Jack répond à partir de votre base de connaissances et transmet tout le reste au personnel. Rien ne quitte cet ordinateur, et c’est gratuit.</translation>
    </message>
    <message>
        <source>Anthropic (Claude)</source>
        <translation>Anthropic (Claude)</translation>
    </message>
    <message>
        <source>Natural replies in many languages. Needs an API key from console.anthropic.com; the provider charges per message.</source>
        <translation>Réponses naturelles dans de nombreuses langues. Nécessite une clé API de console.anthropic.com&#xa0;; le fournisseur facture chaque message.</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Natural replies in many languages. Needs an API key from platform.openai.com; the provider charges per message.</source>
        <translation>Réponses naturelles dans de nombreuses langues. Nécessite une clé API de platform.openai.com&#xa0;; le fournisseur facture chaque message.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Test the key</source>
        <translation>Tester la clé</translation>
    </message>
    <message>
        <source>✓ The key works (%1 ms): %2</source>
        <translation>✓ La clé fonctionne (%1 ms)&#xa0;:&#xa0;%2</translation>
    </message>
    <message>
        <source>✗ The key did not work: %1</source>
        <translation>✗ La clé n’a pas fonctionné&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Where guests can write to Jack. The web chat works right away on your own website; the others need your account with the provider and are connected in Settings → Apps.</source>
        <translation>Où les clients peuvent écrire à Jack. Le chat web fonctionne tout de suite sur votre site&#xa0;; les autres nécessitent votre compte chez le fournisseur et se connectent dans Réglages → Apps.</translation>
    </message>
    <message>
        <source>Built in: add the chat to your website later with one line of code.</source>
        <translation>Intégré&#xa0;: ajoutez le chat à votre site plus tard avec une ligne de code.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connect later in Settings → Apps</source>
        <translation>À connecter plus tard dans Réglages → Apps</translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation>Activer&#xa0;%1</translation>
    </message>
    <message>
        <source>Jack answers guests from what it knows about the hotel. Give it your website and it picks up opening hours, breakfast, parking and the like. You can review and add answers later under Knowledge.</source>
        <translation>Jack répond aux clients à partir de ce qu’il sait de l’hôtel. Donnez-lui votre site et il relève les horaires, le petit-déjeuner, le parking, etc. Vous pourrez vérifier et ajouter des réponses plus tard dans Connaissances.</translation>
    </message>
    <message>
        <source>Hotel website</source>
        <translation>Site web de l’hôtel</translation>
    </message>
    <message>
        <source>https://www.your-hotel.example</source>
        <translation>https://www.your-hotel.example</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Read the website</source>
        <translation>Lire le site</translation>
    </message>
    <message numerus="yes">
        <source>Jack found %n answer(s):</source>
        <translation>
            <numerusform>Jack a trouvé&#xa0;%n réponse&#xa0;:</numerusform>
            <numerusform>Jack a trouvé&#xa0;%n réponses&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Jack is ready for %1</source>
        <translation>Jack est prêt pour&#xa0;%1</translation>
    </message>
    <message>
        <source>your hotel</source>
        <translation>votre hôtel</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) imported from your website. </source>
        <translation>
            <numerusform>%n réponse importée depuis votre site. </numerusform>
            <numerusform>%n réponses importées depuis votre site. </numerusform>
        </translation>
    </message>
    <message>
        <source>You are signed in as the admin. Add your colleagues and connect WhatsApp, SMS or email in Settings.</source>
        <translation>Vous êtes connecté en tant qu’administrateur. Ajoutez vos collègues et connectez WhatsApp, SMS ou e-mail dans Réglages.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Passer pour l’instant</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Use offline AI</source>
        <translation>Utiliser l’IA hors ligne</translation>
    </message>
    <message>
        <source>Use this provider</source>
        <translation>Utiliser ce fournisseur</translation>
    </message>
    <message numerus="yes">
        <source>Import %n answer(s)</source>
        <translation>
            <numerusform>Importer&#xa0;%n réponse</numerusform>
            <numerusform>Importer&#xa0;%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the desk</source>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
</context>
<context>
    <name>SnoozeButton</name>
    <message>
        <source>Wake now</source>
        <translation>Réveiller</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Snoozed %1. Wake it now</source>
        <translation>En pause %1. La réveiller maintenant</translation>
    </message>
    <message>
        <source>Snooze this conversation</source>
        <translation>Mettre cette conversation en pause</translation>
    </message>
    <message>
        <source>Snoozed %1</source>
        <translation>En pause %1</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <source>Choose someone</source>
        <translation>Choisissez une personne</translation>
    </message>
    <message>
        <source>Pick a member of staff to change their role, department or password, or add someone new.</source>
        <translation>Choisissez un membre du personnel pour changer son rôle, son service ou son mot de passe, ou ajoutez quelqu’un.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>E-mail (used to sign in)</source>
        <translation>E-mail (pour se connecter)</translation>
    </message>
    <message>
        <source>name@hotel.example</source>
        <translation>name@hotel.example</translation>
    </message>
    <message>
        <source>An e-mail cannot change. Add a new account instead.</source>
        <translation>L’e-mail ne peut pas changer. Créez plutôt un nouveau compte.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Ana Ribeiro</source>
        <translation>Julie Bernard</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>You cannot take away your own admin rights.</source>
        <translation>Vous ne pouvez pas retirer vos propres droits d’administrateur.</translation>
    </message>
    <message>
        <source>The hotel needs at least one admin: make someone else an admin first.</source>
        <translation>L’hôtel a besoin d’au moins un administrateur&#xa0;: nommez d’abord quelqu’un d’autre administrateur.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>front_desk, housekeeping…</source>
        <translation>front_desk, housekeeping…</translation>
    </message>
    <message>
        <source>Optional. Tasks for this department go to this person&apos;s board.</source>
        <translation>Facultatif. Les tâches de ce service arrivent sur le tableau de cette personne.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>At least 10 characters. Give it to them in person; it is never shown again.</source>
        <translation>Au moins 10 caractères. Donnez-le en personne&#xa0;; il ne sera plus jamais affiché.</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <source>Deactivated: cannot sign in</source>
        <translation>Désactivé&#xa0;: ne peut pas se connecter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>At least 10 characters. They are signed out everywhere and sign in again with it.</source>
        <translation>Au moins 10 caractères. La personne est déconnectée partout et se reconnecte avec celui-ci.</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Delete %1 for good? Their tasks and conversations stay, unassigned.</source>
        <translation>Supprimer&#xa0;%1 définitivement&#xa0;? Ses tâches et conversations restent, sans attribution.</translation>
    </message>
    <message>
        <source>Deactivating keeps the account for later; deleting removes it.</source>
        <translation>Désactiver garde le compte pour plus tard&#xa0;; supprimer l’efface.</translation>
    </message>
    <message>
        <source>You cannot delete your own account.</source>
        <translation>Vous ne pouvez pas supprimer votre propre compte.</translation>
    </message>
    <message>
        <source>The last admin cannot be deleted.</source>
        <translation>Le dernier administrateur ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>Oui, supprimer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff and roles</source>
        <translation>Personnel et rôles</translation>
    </message>
    <message>
        <source>Staff answer guests and handle tasks. Managers also edit the knowledge base and test apps. Admins change every setting.</source>
        <translation>Les employés répondent aux clients et gèrent les tâches. Les responsables modifient aussi la base de connaissances et testent les apps. Les administrateurs changent tous les réglages.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>The staff list could not be loaded</source>
        <translation>Impossible de charger la liste du personnel</translation>
    </message>
    <message>
        <source>Nobody here yet</source>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <source>Add the people who work at the desk so each signs in with their own account.</source>
        <translation>Ajoutez les personnes de la réception pour que chacune se connecte avec son propre compte.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>StaffRow</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1,&#xa0;%2,&#xa0;%3</translation>
    </message>
    <message>
        <source>%1, %2, %3, deactivated</source>
        <translation>%1,&#xa0;%2,&#xa0;%3, désactivé</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 ·&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>StepMarker</name>
    <message>
        <source>Step %1, %2, done</source>
        <translation>Étape&#xa0;%1,&#xa0;%2, terminée</translation>
    </message>
    <message>
        <source>Step %1, %2, current</source>
        <translation>Étape&#xa0;%1,&#xa0;%2, en cours</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>Étape&#xa0;%1,&#xa0;%2</translation>
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
        <translation>Chambre %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>à vous</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>La prendre</translation>
    </message>
    <message>
        <source>Assign this task to me</source>
        <translation>M’attribuer cette tâche</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 ouvertes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>No finished tasks yet</source>
        <translation>Pas encore de tâches faites</translation>
    </message>
    <message>
        <source>Nothing to do right now</source>
        <translation>Rien à faire pour l’instant</translation>
    </message>
    <message>
        <source>Tasks you mark as done are listed here.</source>
        <translation>Les tâches que vous marquez comme faites sont listées ici.</translation>
    </message>
    <message>
        <source>When a guest asks for something, Jack opens a task for the right department and it appears here.</source>
        <translation>Quand un client demande quelque chose, Jack ouvre une tâche pour le bon service et elle apparaît ici.</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>%1 high priority</source>
        <translation>%1 prioritaires</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Toutes priorités</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>No tasks match these filters</source>
        <translation>Aucune tâche ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>Choose “All priorities” and “All departments” to see every task.</source>
        <translation>Choisissez «&#xa0;Toutes priorités&#xa0;» et «&#xa0;Tous les services&#xa0;» pour voir toutes les tâches.</translation>
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
        <translation>Choisissez un modèle</translation>
    </message>
    <message>
        <source>Approved template</source>
        <translation>Modèle approuvé</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>Envoyer le modèle</translation>
    </message>
    <message>
        <source>Value for {{%1}}</source>
        <translation>Valeur de {{%1}}</translation>
    </message>
    <message>
        <source>Template value %1</source>
        <translation>Valeur %1 du modèle</translation>
    </message>
</context>
<context>
    <name>TestQuestionPanel</name>
    <message>
        <source>Test a question</source>
        <translation>Tester une question</translation>
    </message>
    <message>
        <source>Ask as a guest would. You see what Jack would answer and which entries he used; nothing is sent to anyone.</source>
        <translation>Posez la question comme un client. Vous voyez ce que Jack répondrait et les entrées utilisées&#xa0;; rien n’est envoyé.</translation>
    </message>
    <message>
        <source>e.g. What is the Wi-Fi password?</source>
        <translation>ex. Quel est le mot de passe du Wi-Fi&#xa0;?</translation>
    </message>
    <message>
        <source>Question to test</source>
        <translation>Question à tester</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Question en cours…</translation>
    </message>
    <message>
        <source>Ask Jack</source>
        <translation>Demander à Jack</translation>
    </message>
    <message>
        <source>Is breakfast included?</source>
        <translation>Le petit-déjeuner est-il compris&#xa0;?</translation>
    </message>
    <message>
        <source>Can I check out late?</source>
        <translation>Puis-je libérer la chambre plus tard&#xa0;?</translation>
    </message>
    <message>
        <source>¿Cuál es la contraseña del wifi?</source>
        <translation>¿Cuál es la contraseña del wifi?</translation>
    </message>
    <message>
        <source>Where can I park?</source>
        <translation>Où puis-je me garer&#xa0;?</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Essayer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Jack would answer</source>
        <translation>Jack répondrait</translation>
    </message>
    <message>
        <source>Would hand over to staff</source>
        <translation>Passerait la main au personnel</translation>
    </message>
    <message>
        <source>Why: the entries Jack used</source>
        <translation>Pourquoi&#xa0;: les entrées utilisées</translation>
    </message>
    <message>
        <source>No entry answered this, so Jack would give his holding reply or pass it on. Add an entry that answers it.</source>
        <translation>Aucune entrée n’y répond&#xa0;: Jack donnerait sa réponse d’attente ou transmettrait. Ajoutez une entrée qui y répond.</translation>
    </message>
    <message>
        <source>%1, %2. Open the entry</source>
        <translation>%1, %2. Ouvrir l’entrée</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Unknown guest</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Pour vous</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Jack handling</source>
        <translation>Gérée par Jack</translation>
    </message>
    <message>
        <source>Waiting on guest</source>
        <translation>Attend le client</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Chat web</translation>
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
        <translation>Préférence</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>Habitude</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>opened just now</source>
        <translation>ouverte à l’instant</translation>
    </message>
    <message>
        <source>opened %1 ago</source>
        <translation>ouverte il y a %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Waiting to go out</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Not sent yet, retrying: %1</source>
        <translation>Pas encore envoyé, nouvel essai : %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Non remis : %1</translation>
    </message>
    <message>
        <source>%1 (tried %2 times)</source>
        <translation>%1 (%2 tentatives)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Message vocal</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Autocollant</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>Towels</source>
        <translation>Serviettes</translation>
    </message>
    <message>
        <source>Room cleaning</source>
        <translation>Ménage de la chambre</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Produits d’accueil</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>Blanchisserie</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Something broken</source>
        <translation>Quelque chose est cassé</translation>
    </message>
    <message>
        <source>Wi-Fi not working</source>
        <translation>Le Wi-Fi ne marche pas</translation>
    </message>
    <message>
        <source>Room service</source>
        <translation>Service en chambre</translation>
    </message>
    <message>
        <source>Concierge</source>
        <translation>Conciergerie</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Special occasion</source>
        <translation>Occasion spéciale</translation>
    </message>
    <message>
        <source>Wake-up call</source>
        <translation>Réveil téléphonique</translation>
    </message>
    <message>
        <source>Luggage</source>
        <translation>Bagages</translation>
    </message>
    <message>
        <source>Room change</source>
        <translation>Changement de chambre</translation>
    </message>
    <message>
        <source>Lost and found</source>
        <translation>Objets trouvés</translation>
    </message>
    <message>
        <source>Locked out / key card</source>
        <translation>Bloqué dehors / carte-clé</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <source>Change booking</source>
        <translation>Modifier la réservation</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Late check-out</source>
        <translation>Départ tardif</translation>
    </message>
    <message>
        <source>Early check-in</source>
        <translation>Arrivée anticipée</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Wants a person</source>
        <translation>Veut parler à une personne</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Compliment</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Farewell</source>
        <translation>Au revoir</translation>
    </message>
    <message>
        <source>Unclear request</source>
        <translation>Demande peu claire</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Question : %1</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>Housekeeping request</source>
        <translation>Demande de ménage</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>Concierge request</source>
        <translation>Demande à la conciergerie</translation>
    </message>
    <message>
        <source>Call back the guest</source>
        <translation>Rappeler le client</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <source>until tomorrow %1</source>
        <translation>jusqu’à demain %1</translation>
    </message>
    <message>
        <source>until %1 %2</source>
        <translation>jusqu’au %1, %2</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>à faire maintenant</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>à faire dans %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::AlertWatch</name>
    <message>
        <source>Room %1</source>
        <translation>Chambre&#xa0;%1</translation>
    </message>
    <message>
        <source>%1 needs you</source>
        <translation>%1 a besoin de vous</translation>
    </message>
    <message>
        <source>Task overdue: %1</source>
        <translation>Tâche en retard&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>prévue à&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue</source>
        <translation>
            <numerusform>%n tâche en retard</numerusform>
            <numerusform>%n tâches en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the task board to see them.</source>
        <translation>Ouvrez le tableau des tâches pour les voir.</translation>
    </message>
    <message>
        <source>Rooms %1</source>
        <translation>Chambres&#xa0;%1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Emergency: %1</source>
        <translation>Urgence&#xa0;:&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>jack::desk::AppCatalogModel</name>
    <message>
        <source>Guest channels</source>
        <translation>Canaux clients</translation>
    </message>
    <message>
        <source>AI providers</source>
        <translation>Fournisseurs d’IA</translation>
    </message>
    <message>
        <source>Hotel systems (PMS)</source>
        <translation>Systèmes de l’hôtel (PMS)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation>Fonctionne&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Always available; answers when no other AI provider is on.</source>
        <translation>Toujours disponible&#xa0;; répond quand aucun autre fournisseur d’IA n’est activé.</translation>
    </message>
    <message>
        <source>Needs its settings before it can be switched on.</source>
        <translation>Doit être configuré avant de pouvoir être activé.</translation>
    </message>
    <message>
        <source>Set up but switched off.</source>
        <translation>Configuré mais désactivé.</translation>
    </message>
    <message>
        <source>Switched on. Use Test connection to check it reaches the provider.</source>
        <translation>Activé. Utilisez Tester la connexion pour vérifier qu’il joint le fournisseur.</translation>
    </message>
</context>
<context>
    <name>jack::desk::AppConfigForm</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Saved (%1). Type a new value to replace it.</source>
        <translation>Enregistré (%1). Saisissez une nouvelle valeur pour le remplacer.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Only a manager or an admin can run a test.</source>
        <translation>Seul un responsable ou un administrateur peut lancer un test.</translation>
    </message>
</context>
<context>
    <name>jack::desk::CannedResponseModel</name>
    <message>
        <source>The canned responses could not be loaded: the hub cannot be reached.</source>
        <translation>Impossible de charger les réponses types&#xa0;: le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The canned responses could not be loaded: %1</source>
        <translation>Impossible de charger les réponses types&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::ConversationListModel</name>
    <message>
        <source>Jack: %1</source>
        <translation>Jack : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
</context>
<context>
    <name>jack::desk::Desk</name>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Le fichier n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>Jack kept no record for this message</source>
        <translation>Jack n’a rien enregistré pour ce message</translation>
    </message>
    <message>
        <source>Could not load why Jack said this: %1</source>
        <translation>Impossible de charger pourquoi Jack a dit cela : %1</translation>
    </message>
    <message>
        <source>The inbox could not be loaded: %1</source>
        <translation>La boîte de réception n’a pas pu être chargée : %1</translation>
    </message>
    <message>
        <source>The tasks could not be loaded: %1</source>
        <translation>Les tâches n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>Jack could not suggest a reply: %1</source>
        <translation>Jack n’a pas pu suggérer de réponse : %1</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>Les messages n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Pas encore attribuée</translation>
    </message>
    <message>
        <source>Jack is handling this</source>
        <translation>Jack s’en occupe</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Attribuée à vous</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribuée à %1</translation>
    </message>
    <message>
        <source>Assigned to a colleague</source>
        <translation>Attribuée à un collègue</translation>
    </message>
    <message>
        <source>Could not escalate: %1</source>
        <translation>Transfert impossible : %1</translation>
    </message>
    <message>
        <source>Could not resolve: %1</source>
        <translation>Impossible de résoudre : %1</translation>
    </message>
    <message>
        <source>Could not reopen: %1</source>
        <translation>Impossible de rouvrir : %1</translation>
    </message>
    <message>
        <source>Could not assign the conversation: %1</source>
        <translation>Impossible d’attribuer la conversation : %1</translation>
    </message>
    <message>
        <source>Template “%1”</source>
        <translation>Modèle « %1 »</translation>
    </message>
    <message>
        <source>The message could not be sent again: %1</source>
        <translation>Le message n’a pas pu être renvoyé : %1</translation>
    </message>
    <message>
        <source>WhatsApp did not take the reply: the 24-hour window is closed, so only an approved template can reach the guest now. (%1)</source>
        <translation>WhatsApp a refusé la réponse : la fenêtre de 24 heures est fermée, seul un modèle approuvé peut désormais joindre le client. (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 is empty; choose another file.</source>
        <translation>%1 est vide ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 is %2; WhatsApp takes photos of at most %3. Choose a smaller photo.</source>
        <translation>%1 fait %2 ; WhatsApp accepte des photos de %3 au plus. Choisissez une photo plus petite.</translation>
    </message>
    <message>
        <source>%1 is %2; WhatsApp takes files of at most %3. Choose a smaller file.</source>
        <translation>%1 fait %2 ; WhatsApp accepte des fichiers de %3 au plus. Choisissez un fichier plus petit.</translation>
    </message>
    <message>
        <source>%1 could not be read; choose a file on this computer.</source>
        <translation>%1 n’a pas pu être lu ; choisissez un fichier de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>the hub could not be reached (%1). Try again.</source>
        <translation>le serveur est injoignable (%1). Réessayez.</translation>
    </message>
    <message>
        <source>%1 could not be sent: %2</source>
        <translation>%1 n’a pas pu être envoyé : %2</translation>
    </message>
    <message>
        <source>The task could not be changed: %1</source>
        <translation>La tâche n’a pas pu être modifiée : %1</translation>
    </message>
    <message>
        <source>Earlier messages could not be loaded: %1</source>
        <translation>Impossible de charger les messages précédents&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Could not snooze the conversation: %1</source>
        <translation>Impossible de mettre la conversation en pause&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not bring the conversation back: %1</source>
        <translation>Impossible de réveiller la conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The task could not be assigned to you: %1</source>
        <translation>Impossible de vous attribuer la tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>The task is still open: the guest could not be told (%1)</source>
        <translation>La tâche reste ouverte&#xa0;: le client n’a pas pu être prévenu (%1)</translation>
    </message>
    <message>
        <source>The task could not be completed: %1</source>
        <translation>Impossible de terminer la tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done. The guest has been told.</source>
        <translation>C’est fait. Le client a été prévenu.</translation>
    </message>
</context>
<context>
    <name>jack::desk::GuestDirectory</name>
    <message>
        <source>The hub cannot be reached. The list will load when it is back.</source>
        <translation>Le serveur est injoignable. La liste se chargera à son retour.</translation>
    </message>
    <message>
        <source>You are not allowed to see guests.</source>
        <translation>Vous n’avez pas le droit de voir les clients.</translation>
    </message>
    <message>
        <source>The hub could not load the guests (%1).</source>
        <translation>Le serveur n’a pas pu charger les clients (%1).</translation>
    </message>
    <message>
        <source>No guest matches “%1”</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No arrivals today</source>
        <translation>Aucune arrivée aujourd’hui</translation>
    </message>
    <message>
        <source>No guests in house</source>
        <translation>Aucun client présent</translation>
    </message>
    <message>
        <source>No departures today</source>
        <translation>Aucun départ aujourd’hui</translation>
    </message>
    <message>
        <source>No guests yet</source>
        <translation>Pas encore de client</translation>
    </message>
    <message>
        <source>Try part of the name, the phone number, the e-mail or the room.</source>
        <translation>Essayez une partie du nom, le téléphone, l’e-mail ou la chambre.</translation>
    </message>
    <message>
        <source>Try “All guests”, or part of the name, phone, e-mail or room.</source>
        <translation>Essayez «&#xa0;Tous&#xa0;», ou une partie du nom, du téléphone, de l’e-mail ou la chambre.</translation>
    </message>
    <message>
        <source>Reservations arriving today appear here. See “In house” for guests already checked in.</source>
        <translation>Les réservations arrivant aujourd’hui apparaissent ici. Voyez «&#xa0;Présents&#xa0;» pour les clients déjà arrivés.</translation>
    </message>
    <message>
        <source>Checked-in guests appear here once your PMS reports them.</source>
        <translation>Les clients arrivés apparaissent ici dès que votre PMS les signale.</translation>
    </message>
    <message>
        <source>Guests leaving today appear here, so you can prepare their check-out.</source>
        <translation>Les clients qui partent aujourd’hui apparaissent ici, pour préparer leur départ.</translation>
    </message>
    <message>
        <source>A guest appears as soon as they write to the hotel or a reservation arrives.</source>
        <translation>Un client apparaît dès qu’il écrit à l’hôtel ou qu’une réservation arrive.</translation>
    </message>
</context>
<context>
    <name>jack::desk::GuestListModel</name>
    <message>
        <source>In house</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>No stay</source>
        <translation>Sans séjour</translation>
    </message>
    <message>
        <source>%1 · 1 night</source>
        <extracomment>%1 is a date range like &quot;27 – 30 Nov&quot;</extracomment>
        <translation>%1 · 1 nuit</translation>
    </message>
    <message>
        <source>%1 · %2 nights</source>
        <translation>%1 · %2 nuits</translation>
    </message>
</context>
<context>
    <name>jack::desk::GuestProfile</name>
    <message>
        <source>Only a manager or an admin can export or erase a guest&apos;s data. Ask one if the guest makes a data request.</source>
        <translation>Seul un responsable ou un administrateur peut exporter ou effacer les données d’un client. Adressez-vous à lui si le client fait une demande.</translation>
    </message>
    <message>
        <source>this guest</source>
        <translation>ce client</translation>
    </message>
    <message>
        <source>Added by staff</source>
        <translation>Ajouté par le personnel</translation>
    </message>
    <message>
        <source>Heard by Jack</source>
        <translation>Entendu par Jack</translation>
    </message>
    <message>
        <source>the memory</source>
        <translation>le souvenir</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>l’export</translation>
    </message>
    <message>
        <source>The export could not be saved to %1: %2</source>
        <translation>Impossible d’enregistrer l’export dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the erasure</source>
        <translation>l’effacement</translation>
    </message>
    <message>
        <source>The hub cannot be reached; %1 was not saved. Try again when it is back.</source>
        <translation>Le serveur est injoignable&#xa0;; non enregistré&#xa0;: %1. Réessayez à son retour.</translation>
    </message>
    <message>
        <source>Your role may not change %1.</source>
        <translation>Votre rôle ne permet pas de modifier ceci&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This guest or memory no longer exists. The list was reloaded.</source>
        <translation>Ce client ou ce souvenir n’existe plus. La liste a été rechargée.</translation>
    </message>
    <message>
        <source>That was refused: it conflicts with what the hub has.</source>
        <translation>Refusé&#xa0;: cela contredit ce qu’a le serveur.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Refusé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Please check %1: %2.</source>
        <translation>Vérifiez %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The hub could not handle %1 (%2).</source>
        <translation>Le serveur n’a pas pu traiter %1 (%2).</translation>
    </message>
</context>
<context>
    <name>jack::desk::HealthBoard</name>
    <message>
        <source>Working</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Partly working</source>
        <translation>Fonctionne en partie</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Ne fonctionne pas</translation>
    </message>
    <message>
        <source>Everything is working.</source>
        <translation>Tout fonctionne.</translation>
    </message>
    <message>
        <source>Jack is running, but something needs a look. See below.</source>
        <translation>Jack fonctionne, mais quelque chose demande votre attention. Voir ci-dessous.</translation>
    </message>
    <message>
        <source>Jack&apos;s database is not working. Guests&apos; messages may not be saved.</source>
        <translation>La base de données de Jack ne fonctionne pas. Les messages des clients risquent de ne pas être enregistrés.</translation>
    </message>
    <message>
        <source>Jack&apos;s hub cannot be reached. Check that it is running.</source>
        <translation>Le serveur de Jack est injoignable. Vérifiez qu’il fonctionne.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>A %1 message was not delivered</source>
        <translation>Un message par&#xa0;%1 n’a pas été remis</translation>
    </message>
    <message>
        <source>A %1 message to %2 was not delivered</source>
        <translation>Un message par&#xa0;%1 pour&#xa0;%2 n’a pas été remis</translation>
    </message>
    <message>
        <source>%1 did not answer a request from Jack</source>
        <translation>%1 n’a pas répondu à une requête de Jack</translation>
    </message>
    <message>
        <source>The numbers could not be loaded: the hub cannot be reached.</source>
        <translation>Impossible de charger les chiffres&#xa0;: le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The numbers could not be loaded: %1</source>
        <translation>Impossible de charger les chiffres&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Message hub</source>
        <translation>Serveur de messages</translation>
    </message>
    <message>
        <source>Receives guests&apos; messages and serves the desks</source>
        <translation>Reçoit les messages des clients et sert les postes de réception</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Keeps every conversation, task and setting</source>
        <translation>Conserve chaque conversation, tâche et réglage</translation>
    </message>
    <message>
        <source>Answers with %1</source>
        <translation>Répond avec&#xa0;%1</translation>
    </message>
    <message>
        <source>AI replies</source>
        <translation>Réponses IA</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>No messaging channel is connected yet (Settings → Apps)</source>
        <translation>Aucun canal de messagerie n’est encore connecté (Réglages → Apps)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l’instant</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>no guest messages</source>
        <translation>aucun message de client</translation>
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
        <translation>moteur hors ligne de Jack</translation>
    </message>
    <message>
        <source>no replies yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>jack::desk::HotelSettingsForm</name>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>jack::desk::HubProblem</name>
    <message>
        <source>The hub cannot be reached. Check that it is running, then try again.</source>
        <translation>Le serveur est injoignable. Vérifiez qu’il fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Only an admin can change this.</source>
        <translation>Seul un administrateur peut modifier ceci.</translation>
    </message>
    <message>
        <source>The hub ran into a problem. Try again in a moment.</source>
        <translation>Le serveur a rencontré un problème. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeBook</name>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>The hub cannot be reached. The knowledge base will load when it is back.</source>
        <translation>Le serveur est injoignable. La base de connaissances se chargera à son retour.</translation>
    </message>
    <message>
        <source>The hub could not load the knowledge base (%1).</source>
        <translation>Le serveur n’a pas pu charger la base de connaissances (%1).</translation>
    </message>
    <message>
        <source>Give the entry a title, a category and the text Jack may tell guests.</source>
        <translation>Donnez à l’entrée un titre, une catégorie et le texte que Jack peut dire aux clients.</translation>
    </message>
    <message>
        <source>The hub cannot be reached; nothing was saved. Try again when it is back.</source>
        <translation>Le serveur est injoignable&#xa0;; rien n’a été enregistré. Réessayez à son retour.</translation>
    </message>
    <message>
        <source>Only a manager or an admin can change the knowledge base.</source>
        <translation>Seul un responsable ou un administrateur peut modifier la base de connaissances.</translation>
    </message>
    <message>
        <source>This entry was deleted meanwhile.</source>
        <translation>Cette entrée a été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>The hub refused the entry: %1.</source>
        <translation>Le serveur a refusé l’entrée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The hub could not save the entry (%1).</source>
        <translation>Le serveur n’a pas pu enregistrer l’entrée (%1).</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeImport</name>
    <message>
        <source>Type the address of the hotel&apos;s website, e.g. https://www.your-hotel.com/</source>
        <translation>Saisissez l’adresse du site de l’hôtel, ex. https://www.votre-hotel.com/</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Try again when it is back.</source>
        <translation>Le serveur est injoignable. Réessayez à son retour.</translation>
    </message>
    <message>
        <source>Only an admin can import from a website.</source>
        <translation>Seul un administrateur peut importer depuis un site.</translation>
    </message>
    <message>
        <source>The hub could not read that website: %1.</source>
        <translation>Le serveur n’a pas pu lire ce site&#xa0;: %1.</translation>
    </message>
    <message>
        <source>That address was refused: %1.</source>
        <translation>Adresse refusée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Read %1 page(s) of the website.</source>
        <translation>Pages du site lues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Read %1 page(s); skipped %2 (%3).</source>
        <translation>Pages lues&#xa0;: %1&#xa0;; ignorées&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <source>Tick at least one entry to import, or go back.</source>
        <translation>Cochez au moins une entrée à importer, ou revenez en arrière.</translation>
    </message>
    <message>
        <source>The hub cannot be reached; nothing was imported.</source>
        <translation>Le serveur est injoignable&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The hub refused the import: %1. Fix the entry and try again.</source>
        <translation>Le serveur a refusé l’import&#xa0;: %1. Corrigez l’entrée et réessayez.</translation>
    </message>
    <message>
        <source>Imported %1 entries. Jack can answer from them now.</source>
        <translation>Entrées importées&#xa0;: %1. Jack peut désormais s’en servir.</translation>
    </message>
    <message>
        <source>Imported %1 entries; %2 were already known and left out.</source>
        <translation>Entrées importées&#xa0;: %1&#xa0;; déjà connues et ignorées&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeQuestion</name>
    <message>
        <source>That question is too long: keep it under %1 characters, as a guest would.</source>
        <translation>Question trop longue&#xa0;: restez sous %1 caractères, comme un client.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Try again when it is back.</source>
        <translation>Le serveur est injoignable. Réessayez à son retour.</translation>
    </message>
    <message>
        <source>Jack&apos;s answering service is not running on the hub right now.</source>
        <translation>Le service de réponse de Jack ne tourne pas sur le serveur en ce moment.</translation>
    </message>
    <message>
        <source>Jack could not answer the test question (%1).</source>
        <translation>Jack n’a pas pu répondre à la question test (%1).</translation>
    </message>
    <message>
        <source>%1% match</source>
        <extracomment>how well an entry matches the question, 0 to 100</extracomment>
        <translation>%1&#xa0;% de correspondance</translation>
    </message>
    <message>
        <source>Offline engine</source>
        <translation>Moteur hors ligne</translation>
    </message>
    <message>
        <source>Language model (%1)</source>
        <translation>Modèle de langage (%1)</translation>
    </message>
    <message>
        <source>%1% sure</source>
        <translation>sûr à %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>jack::desk::MediaDownloads</name>
    <message>
        <source>The file could not be saved in %1</source>
        <translation>Le fichier n’a pas pu être enregistré dans %1</translation>
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
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>%1 · retrying</source>
        <translation>%1 · nouvel essai</translation>
    </message>
</context>
<context>
    <name>jack::desk::NoteBoard</name>
    <message>
        <source>The note could not be saved: the hub cannot be reached.</source>
        <translation>Impossible d’enregistrer la note&#xa0;: le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Impossible d’enregistrer la note&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::QuickSwitcherModel</name>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Chambre %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::Session</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Saisissez votre e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>That email and password do not match. Try again.</source>
        <translation>L’e-mail et le mot de passe ne correspondent pas. Réessayez.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>Trop de tentatives. Attendez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>Jack cannot be reached at %1. Check that the hub is running.</source>
        <translation>Jack est injoignable à %1. Vérifiez que le serveur tourne.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::SetupWizard</name>
    <message>
        <source>Enter the hotel&apos;s name.</source>
        <translation>Saisissez le nom de l’hôtel.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>This hub was set up from another desk meanwhile. Sign in with the account created there.</source>
        <translation>Entre-temps, ce serveur a été configuré depuis un autre poste. Connectez-vous avec le compte créé là-bas.</translation>
    </message>
    <message>
        <source>Creating the account failed</source>
        <translation>La création du compte a échoué</translation>
    </message>
    <message>
        <source>Saving the AI choice failed</source>
        <translation>L’enregistrement du choix d’IA a échoué</translation>
    </message>
    <message>
        <source>Choose Anthropic or OpenAI.</source>
        <translation>Choisissez Anthropic ou OpenAI.</translation>
    </message>
    <message>
        <source>Paste the API key from the provider&apos;s website.</source>
        <translation>Collez la clé API fournie sur le site du fournisseur.</translation>
    </message>
    <message>
        <source>Saving the key failed</source>
        <translation>L’enregistrement de la clé a échoué</translation>
    </message>
    <message>
        <source>Testing the key failed</source>
        <translation>Le test de la clé a échoué</translation>
    </message>
    <message>
        <source>Changing the channel failed</source>
        <translation>La modification du canal a échoué</translation>
    </message>
    <message>
        <source>Enter the address of the hotel&apos;s website.</source>
        <translation>Saisissez l’adresse du site de l’hôtel.</translation>
    </message>
    <message>
        <source>Reading the website failed</source>
        <translation>La lecture du site a échoué</translation>
    </message>
    <message>
        <source>Nothing Jack could use was found there. Try another page, or add answers later under Knowledge.</source>
        <translation>Rien d’utile pour Jack n’a été trouvé. Essayez une autre page, ou ajoutez des réponses plus tard dans Connaissances.</translation>
    </message>
    <message>
        <source>Importing failed</source>
        <translation>L’import a échoué</translation>
    </message>
    <message>
        <source>Jack&apos;s hub cannot be reached at %1. Check that it is running.</source>
        <translation>Le serveur de Jack est injoignable à l’adresse&#xa0;%1. Vérifiez qu’il fonctionne.</translation>
    </message>
    <message>
        <source>this account may not do that. Sign in as an admin.</source>
        <translation>ce compte n’en a pas le droit. Connectez-vous en tant qu’administrateur.</translation>
    </message>
    <message>
        <source>the hub answered %1</source>
        <translation>le serveur a répondu&#xa0;%1</translation>
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
        <translation>%1 caractères · 1 segment (%2)</translation>
    </message>
    <message>
        <source>%1 characters · %2 segments (%3)</source>
        <extracomment>%1 characters, %2 segments, %3 the encoding (&quot;GSM-7&quot; or &quot;Unicode&quot;)</extracomment>
        <translation>%1 caractères · %2 segments (%3)</translation>
    </message>
</context>
<context>
    <name>jack::desk::SnoozePresets</name>
    <message>
        <source>In 1 hour · %1</source>
        <translation>Dans 1 heure · %1</translation>
    </message>
    <message>
        <source>This evening · %1</source>
        <translation>Ce soir · %1</translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translation>Demain · %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::StaffDirectory</name>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 peut maintenant se connecter.</translation>
    </message>
    <message>
        <source>Saved the changes for %1.</source>
        <translation>Modifications de&#xa0;%1 enregistrées.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>%1 is deactivated and signed out.</source>
        <translation>Le compte de&#xa0;%1 est désactivé et déconnecté.</translation>
    </message>
    <message>
        <source>%1 has a new password and was signed out everywhere.</source>
        <translation>Nouveau mot de passe pour&#xa0;%1&#xa0;; toutes ses sessions sont fermées.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Le compte de&#xa0;%1 a été supprimé.</translation>
    </message>
</context>
<context>
    <name>jack::desk::TaskCreator</name>
    <message>
        <source>The task could not be created: the hub cannot be reached.</source>
        <translation>Impossible de créer la tâche&#xa0;: le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The task could not be created: %1</source>
        <translation>Impossible de créer la tâche&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::TaskListModel</name>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
</context>
</TS>
