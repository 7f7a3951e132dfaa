<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <translation>Elija una app</translation>
    </message>
    <message>
        <source>Pick a channel, an AI provider or a hotel system on the left to set it up and test it.</source>
        <translation>Elija a la izquierda un canal, un proveedor de IA o un sistema del hotel para configurarlo y probarlo.</translation>
    </message>
    <message>
        <source>Pick an app on the left to see how it is set up.</source>
        <translation>Elija una app a la izquierda para ver su configuración.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>The test uses the saved settings: save your changes first.</source>
        <translation>La prueba usa los ajustes guardados: guarde antes sus cambios.</translation>
    </message>
    <message>
        <source>✓ Connected in %1 ms. %2</source>
        <translation>✓ Conectado en %1 ms. %2</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ Not working: %1</source>
        <translation>✗ No funciona: %1</translation>
    </message>
    <message>
        <source>Jack&apos;s built-in engine needs no settings. It answers guests whenever no other AI provider is switched on.</source>
        <translation>El motor integrado de Jack no necesita ajustes. Responde a los huéspedes cuando no hay otro proveedor de IA activado.</translation>
    </message>
    <message>
        <source>This app has no settings.</source>
        <translation>Esta app no tiene ajustes.</translation>
    </message>
    <message>
        <source>Only an admin can change these settings.</source>
        <translation>Solo un administrador puede cambiar estos ajustes.</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Secret values are never shown again; leave them empty to keep them.</source>
        <translation>Los valores secretos no se vuelven a mostrar; déjelos vacíos para conservarlos.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
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
        <translation>Cómo contactan los huéspedes con el hotel, qué IA ayuda a Jack y los sistemas propios del hotel.</translation>
    </message>
    <message>
        <source>The apps could not be loaded</source>
        <translation>No se pudieron cargar las apps</translation>
    </message>
    <message>
        <source>The hub sent no apps.</source>
        <translation>El servidor no envió ninguna app.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>CannedResponsePicker</name>
    <message>
        <source>Canned responses</source>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to insert · Esc to close</source>
        <translation>↑↓ elegir · Intro insertar · Esc cerrar</translation>
    </message>
    <message>
        <source>Search canned responses…</source>
        <translation>Buscar respuestas guardadas…</translation>
    </message>
    <message>
        <source>Search canned responses</source>
        <translation>Buscar respuestas guardadas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>fill in %1</source>
        <translation>completar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n to fill in</source>
        <translation>
            <numerusform>%n por completar</numerusform>
            <numerusform>%n por completar</numerusform>
        </translation>
    </message>
    <message>
        <source>No canned response matches “%1”. Press Esc and write the reply yourself.</source>
        <translation>Ninguna respuesta guardada coincide con “%1”. Pulse Esc y escriba usted la respuesta.</translation>
    </message>
    <message>
        <source>No canned responses yet. A manager can add them for the whole team.</source>
        <translation>Aún no hay respuestas guardadas. Un responsable puede añadirlas para todo el equipo.</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete “%1”</source>
        <translation>Completar “%1”</translation>
    </message>
    <message>
        <source>What was done? (optional, for colleagues)</source>
        <translation>¿Qué se hizo? (opcional, para los compañeros)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tell the guest it is done (in their language)</source>
        <translation>Avisar al huésped de que está hecho (en su idioma)</translation>
    </message>
    <message>
        <source>This task did not come from a guest&apos;s conversation, so there is no one to tell.</source>
        <translation>Esta tarea no procede de una conversación con un huésped, así que no hay a quién avisar.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Complete and tell the guest</source>
        <translation>Completar y avisar</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completar</translation>
    </message>
</context>
<context>
    <name>ComposerSwitch</name>
    <message>
        <source>Reply to guest</source>
        <translation>Responder al huésped</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Internal note, only staff see it</source>
        <translation>Nota interna, solo la ve el personal</translation>
    </message>
    <message>
        <source>Only staff see notes</source>
        <translation>Solo el personal ve las notas</translation>
    </message>
    <message>
        <source>Type / for canned responses</source>
        <translation>Escriba / para respuestas guardadas</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Reconnecting… You can keep working; new messages appear as soon as Jack is back.</source>
        <translation>Reconectando… Puede seguir trabajando; los mensajes nuevos aparecerán en cuanto Jack vuelva.</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message numerus="yes">
        <source>WhatsApp window closes in %n min</source>
        <translation>
            <numerusform>La ventana de WhatsApp se cierra en %n min</numerusform>
            <numerusform>La ventana de WhatsApp se cierra en %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp window closes in %n h</source>
        <translation>
            <numerusform>La ventana de WhatsApp se cierra en %n h</numerusform>
            <numerusform>La ventana de WhatsApp se cierra en %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Room %1</source>
        <translation>Hab. %1</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Asignarme</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Jack handed this to a person: %1</source>
        <translation>Jack lo pasó a una persona: %1</translation>
    </message>
    <message>
        <source>This guest is waiting for a person. Reply below, or assign it to yourself.</source>
        <translation>Este huésped espera a una persona. Responda abajo o asígnesela.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Aún no hay mensajes</translation>
    </message>
    <message>
        <source>Write the first message below; it goes out on %1.</source>
        <translation>Escriba abajo el primer mensaje; se enviará por %1.</translation>
    </message>
    <message>
        <source>the guest&apos;s channel</source>
        <translation>el canal del huésped</translation>
    </message>
    <message>
        <source>One guest needs you</source>
        <translation>Un huésped le necesita</translation>
    </message>
    <message numerus="yes">
        <source>%n guests need you</source>
        <translation>
            <numerusform>%n huésped le necesita</numerusform>
            <numerusform>%n huéspedes le necesitan</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Ninguna conversación abierta</translation>
    </message>
    <message>
        <source>Open the longest waiting</source>
        <translation>Abrir la que más espera</translation>
    </message>
    <message>
        <source>The conversation is at the top of the inbox, marked “Needs you”.</source>
        <translation>La conversación está arriba en la bandeja, marcada «Le necesita».</translation>
    </message>
    <message>
        <source>They are at the top of the inbox, marked “Needs you”, longest waiting first.</source>
        <translation>Están arriba en la bandeja, marcadas «Le necesita», primero las que más esperan.</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply.</source>
        <translation>Elija una conversación de la lista para leerla y responder.</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply. Jack is handling one conversation.</source>
        <translation>Elija una conversación de la lista para leerla y responder. Jack está atendiendo una conversación.</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply. Jack is handling %1 conversations.</source>
        <translation>Elija una conversación de la lista para leerla y responder. Jack está atendiendo %1 conversaciones.</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Cargando mensajes anteriores…</translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message>
        <source>No messages yet</source>
        <translation>Aún no hay mensajes</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Hab. %1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mía</translation>
    </message>
    <message>
        <source>%1 viewing</source>
        <translation>Abierta por %1</translation>
    </message>
    <message numerus="yes">
        <source>%n viewing</source>
        <translation>
            <numerusform>Abierta por %n persona</numerusform>
            <numerusform>Abierta por %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Also open at: %1</source>
        <translation>También abierta por: %1</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>emergencia</translation>
    </message>
    <message>
        <source>needs you</source>
        <translation>le necesita</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>sin leer</translation>
    </message>
    <message>
        <source>snoozed %1</source>
        <translation>pospuesta %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
</context>
<context>
    <name>CreateTaskDialog</name>
    <message>
        <source>Create a task</source>
        <translation>Crear una tarea</translation>
    </message>
    <message>
        <source>From %1&apos;s message: “%2”</source>
        <translation>Del mensaje de %1: “%2”</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <source>Task description</source>
        <translation>Descripción de la tarea</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Crear tarea</translation>
    </message>
</context>
<context>
    <name>DeskShell</name>
    <message>
        <source>Inbox</source>
        <translation>Bandeja</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Huéspedes</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
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
            <numerusform>%1 · y %n emergencia más</numerusform>
            <numerusform>%1 · y %n emergencias más</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the emergency conversation</source>
        <translation>Abrir la conversación de emergencia</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Acknowledge the emergency and stop the alarm</source>
        <translation>Confirmar la emergencia y parar la alarma</translation>
    </message>
</context>
<context>
    <name>EraseGuestDialog</name>
    <message>
        <source>Erase the guest&apos;s data</source>
        <translation>Borrar los datos del huésped</translation>
    </message>
    <message>
        <source>Erase all personal data of %1?</source>
        <translation>¿Borrar todos los datos personales de %1?</translation>
    </message>
    <message>
        <source>Their name, phone number, e-mail, every message, photo and memory, and their reservations are deleted for good. Counts for statistics stay, without anything that names them. Do this only when the guest asked for it.</source>
        <translation>Se borran para siempre su nombre, teléfono, correo, todos sus mensajes, fotos y recuerdos, y sus reservas. Las cifras para estadísticas se conservan, sin nada que le identifique. Hágalo solo si el huésped lo ha pedido.</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Entiendo que no se puede deshacer</translation>
    </message>
    <message>
        <source>Keep the data</source>
        <translation>Conservar los datos</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Borrar para siempre</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <source>Knowledge found</source>
        <translation>Información encontrada</translation>
    </message>
    <message>
        <source>Stopped by the guardrails</source>
        <translation>Frenado por las salvaguardas</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Etapas: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <translation>Huésped</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Writes in</source>
        <translation>Escribe en</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>Aún sin clasificar</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Atendido por</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>Recordado</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>No tasks for this guest. Jack opens one when they ask for something, e.g. towels or a repair.</source>
        <translation>No hay tareas para este huésped. Jack abre una cuando pide algo, p. ej. toallas o una reparación.</translation>
    </message>
    <message>
        <source>Stay: %1</source>
        <translation>Estancia: %1</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>Conversaciones anteriores</translation>
    </message>
    <message>
        <source>Open the conversation on %1 of %2</source>
        <translation>Abrir la conversación por %1 del %2</translation>
    </message>
</context>
<context>
    <name>GuestProfilePane</name>
    <message>
        <source>Saved the guest&apos;s data to %1</source>
        <translation>Datos del huésped guardados en %1</translation>
    </message>
    <message>
        <source>The guest&apos;s personal data was erased.</source>
        <translation>Se han borrado los datos personales del huésped.</translation>
    </message>
    <message>
        <source>Pick a guest</source>
        <translation>Elija un huésped</translation>
    </message>
    <message>
        <source>Choose a guest on the left to see their stays, earlier conversations and what Jack remembers about them.</source>
        <translation>Elija un huésped a la izquierda para ver sus estancias, conversaciones anteriores y lo que Jack recuerda de él.</translation>
    </message>
    <message>
        <source>Save the guest&apos;s data</source>
        <translation>Guardar los datos del huésped</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Data erased</source>
        <translation>Datos borrados</translation>
    </message>
    <message>
        <source>Known to Jack since %1</source>
        <translation>Jack le conoce desde %1</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exportar datos…</translation>
    </message>
    <message>
        <source>Export the guest&apos;s data to a file</source>
        <translation>Exportar los datos del huésped a un archivo</translation>
    </message>
    <message>
        <source>Erase data…</source>
        <translation>Borrar datos…</translation>
    </message>
    <message>
        <source>Erase the guest&apos;s personal data</source>
        <translation>Borrar los datos personales del huésped</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Estancias</translation>
    </message>
    <message>
        <source>No reservation on record. Stays appear here when the PMS sends them.</source>
        <translation>No hay reservas registradas. Las estancias aparecen aquí cuando el PMS las envía.</translation>
    </message>
    <message>
        <source>Room %1 · %2</source>
        <translation>Hab. %1 · %2</translation>
    </message>
    <message>
        <source>%1 · booking %2</source>
        <translation>%1 · reserva %2</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>No conversations yet. When the guest writes on any channel, it shows here.</source>
        <translation>Aún no hay conversaciones. Cuando el huésped escriba por cualquier canal, aparecerá aquí.</translation>
    </message>
    <message>
        <source>Open the %1 conversation in the inbox</source>
        <translation>Abrir la conversación de %1 en la bandeja</translation>
    </message>
    <message>
        <source>Open ›</source>
        <translation>Abrir ›</translation>
    </message>
    <message>
        <source>What Jack remembers</source>
        <translation>Lo que Jack recuerda</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a memory</source>
        <translation>Añadir un recuerdo</translation>
    </message>
    <message>
        <source>Nothing yet. Jack notes preferences, allergies and occasions from conversations; you can add what you learn at the desk.</source>
        <translation>Nada todavía. Jack anota preferencias, alergias y ocasiones de las conversaciones; usted puede añadir lo que sepa en recepción.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar “%1”</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar “%1”</translation>
    </message>
</context>
<context>
    <name>GuestRow</name>
    <message>
        <source>%1, room %2, %3</source>
        <translation>%1, hab. %2, %3</translation>
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
        <translation>Sin estancias registradas</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Hab. %1</translation>
    </message>
</context>
<context>
    <name>GuestsPage</name>
    <message>
        <source>Guests</source>
        <translation>Huéspedes</translation>
    </message>
    <message>
        <source>Today, %1 · %2 in house</source>
        <translation>Hoy, %1 · %2 alojados</translation>
    </message>
    <message>
        <source>Search name, phone, e-mail or room</source>
        <translation>Buscar nombre, teléfono, correo o habitación</translation>
    </message>
    <message>
        <source>Search guests</source>
        <translation>Buscar huéspedes</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <source>Arrivals today, %1</source>
        <translation>Llegadas hoy, %1</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>Alojados</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Departures today, %1</source>
        <translation>Salidas hoy, %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>All guests, %1</source>
        <translation>Todos los huéspedes, %1</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Recent problems (latest %1 of %2)</source>
        <translation>Problemas recientes (últimos %1 de %2)</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation>Problemas recientes</translation>
    </message>
    <message>
        <source>No failed deliveries or AI errors in the last 7 days.</source>
        <translation>Ningún envío fallido ni error de IA en los últimos 7 días.</translation>
    </message>
    <message>
        <source>No failed deliveries or AI errors in the last 24 hours.</source>
        <translation>Ningún envío fallido ni error de IA en las últimas 24 horas.</translation>
    </message>
    <message>
        <source>guest messages</source>
        <translation>mensajes de huéspedes</translation>
    </message>
    <message>
        <source>replies by Jack and staff</source>
        <translation>respuestas de Jack y el personal</translation>
    </message>
    <message>
        <source>typical first reply (median)</source>
        <translation>primera respuesta típica (mediana)</translation>
    </message>
    <message>
        <source>answered without staff</source>
        <translation>respondidos sin personal</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Mensajes por día</translation>
    </message>
    <message>
        <source>Messages per hour</source>
        <translation>Mensajes por hora</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>From guests</source>
        <translation>De huéspedes</translation>
    </message>
    <message>
        <source>Time to the first reply (minutes)</source>
        <translation>Tiempo hasta la primera respuesta (minutos)</translation>
    </message>
    <message>
        <source>Time to the first reply (seconds)</source>
        <translation>Tiempo hasta la primera respuesta (segundos)</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Answered by Jack without staff (%)</source>
        <translation>Respondidos por Jack sin personal (%)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>average per day</source>
        <translation>media por día</translation>
    </message>
    <message>
        <source>average per hour</source>
        <translation>media por hora</translation>
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
        <translation>Solo un administrador puede cambiar los ajustes del hotel.</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Jack uses these details when it answers guests.</source>
        <translation>Jack usa estos datos al responder a los huéspedes.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Hotel name</source>
        <translation>Nombre del hotel</translation>
    </message>
    <message>
        <source>Harbourview Hotel</source>
        <translation>Hotel Vista al Puerto</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>https://www.example-hotel.com</source>
        <translation>https://www.example-hotel.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>+351 21 000 0000</source>
        <translation>+34 910 000 000</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>frontdesk@example-hotel.com</source>
        <translation>frontdesk@example-hotel.com</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Street, postcode, city, country</source>
        <translation>Calle, código postal, ciudad, país</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horarios</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Europe/Lisbon</source>
        <translation>Europe/Madrid</translation>
    </message>
    <message>
        <source>The hotel&apos;s time zone, as a place name such as Europe/Lisbon.</source>
        <translation>La zona horaria del hotel, como nombre de lugar, p. ej. Europe/Madrid.</translation>
    </message>
    <message>
        <source>Check-in from</source>
        <translation>Check-in desde</translation>
    </message>
    <message>
        <source>15:00</source>
        <translation>15:00</translation>
    </message>
    <message>
        <source>Check-out by</source>
        <translation>Check-out hasta</translation>
    </message>
    <message>
        <source>11:00</source>
        <translation>11:00</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horario de recepción</translation>
    </message>
    <message>
        <source>Desk opens</source>
        <translation>Recepción abre</translation>
    </message>
    <message>
        <source>08:00</source>
        <translation>08:00</translation>
    </message>
    <message>
        <source>Desk closes</source>
        <translation>Recepción cierra</translation>
    </message>
    <message>
        <source>22:00</source>
        <translation>22:00</translation>
    </message>
    <message>
        <source>Leave both empty when someone is at the desk around the clock.</source>
        <translation>Deje ambos vacíos si la recepción atiende las 24 horas.</translation>
    </message>
    <message>
        <source>Reply outside business hours</source>
        <translation>Respuesta fuera de horario</translation>
    </message>
    <message>
        <source>Thank you for your message. Our team is back at 8:00 and will answer you then.</source>
        <translation>Gracias por su mensaje. Nuestro equipo vuelve a las 8:00 y le responderá entonces.</translation>
    </message>
    <message>
        <source>Kept with the hotel&apos;s settings for now; Jack does not send it on its own yet.</source>
        <translation>Por ahora se guarda con los ajustes del hotel; Jack aún no la envía por sí solo.</translation>
    </message>
    <message>
        <source>Languages and address</source>
        <translation>Idiomas y dirección</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>en, pt, es</source>
        <translation>es, en, fr</translation>
    </message>
    <message>
        <source>Two-letter codes, the hotel&apos;s own language first. Staff read translations into it.</source>
        <translation>Códigos de dos letras, primero el idioma del hotel. El personal lee las traducciones en ese idioma.</translation>
    </message>
    <message>
        <source>Public address of this hub</source>
        <translation>Dirección pública de este servidor</translation>
    </message>
    <message>
        <source>https://jack.example-hotel.com</source>
        <translation>https://jack.example-hotel.com</translation>
    </message>
    <message>
        <source>Where WhatsApp, Twilio and other providers reach the hub. Leave empty while nothing outside needs it.</source>
        <translation>Donde WhatsApp, Twilio y otros proveedores contactan con el servidor. Déjela vacía mientras nada externo la necesite.</translation>
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
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ImportCandidateModel</name>
    <message>
        <source>Jack already knows this (%1% the same): left out unless you tick it.</source>
        <translation>Jack ya lo sabe (%1 % igual): se omite salvo que lo marque.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from the website</source>
        <translation>Importar de la web</translation>
    </message>
    <message>
        <source>Step 2 of 2: review</source>
        <translation>Paso 2 de 2: revisar</translation>
    </message>
    <message>
        <source>Step 1 of 2: the address</source>
        <translation>Paso 1 de 2: la dirección</translation>
    </message>
    <message>
        <source>Jack reads the hotel&apos;s pages (the start page and pages it links to on the same site) and proposes one entry per section. Nothing is stored until you review and import.</source>
        <translation>Jack lee las páginas del hotel (la página de inicio y las que enlaza en el mismo sitio) y propone una entrada por sección. No se guarda nada hasta que usted revise e importe.</translation>
    </message>
    <message>
        <source>https://www.your-hotel.com/</source>
        <translation>https://www.su-hotel.com/</translation>
    </message>
    <message>
        <source>Website address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>Up to 5 pages</source>
        <translation>Hasta 5 páginas</translation>
    </message>
    <message>
        <source>Up to 10 pages</source>
        <translation>Hasta 10 páginas</translation>
    </message>
    <message>
        <source>Up to 20 pages</source>
        <translation>Hasta 20 páginas</translation>
    </message>
    <message>
        <source>How many pages to read</source>
        <translation>Cuántas páginas leer</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Read the website</source>
        <translation>Leer el sitio web</translation>
    </message>
    <message>
        <source>Reading the website. This can take up to 45 seconds.</source>
        <translation>Leyendo la web. Puede tardar hasta 45 segundos.</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Marcar todo</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Desmarcar todo</translation>
    </message>
    <message>
        <source>Proposed entries</source>
        <translation>Entradas propuestas</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Importar “%1”</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import %1 entries</source>
        <translation>Importar %1 entradas</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Inbox</source>
        <translation>Bandeja</translation>
    </message>
    <message>
        <source>Search name, room or message</source>
        <translation>Buscar nombre, habitación o mensaje</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>Buscar en la bandeja</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Le necesita</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nada coincide con «%1»</translation>
    </message>
    <message>
        <source>No guests waiting for you</source>
        <translation>Ningún huésped le espera</translation>
    </message>
    <message>
        <source>Nothing assigned to you</source>
        <translation>Nada asignado a usted</translation>
    </message>
    <message>
        <source>Nothing resolved yet</source>
        <translation>Nada resuelto todavía</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aún no hay conversaciones</translation>
    </message>
    <message>
        <source>All quiet</source>
        <translation>Todo tranquilo</translation>
    </message>
    <message>
        <source>Try a guest&apos;s name, a room number or a word from the message.</source>
        <translation>Pruebe con el nombre de un huésped, un número de habitación o una palabra del mensaje.</translation>
    </message>
    <message>
        <source>Jack is handling one conversation. Anything he hands over shows up here.</source>
        <translation>Jack está atendiendo una conversación. Lo que le pase aparecerá aquí.</translation>
    </message>
    <message>
        <source>Jack is handling %1 conversations. Anything he hands over shows up here.</source>
        <translation>Jack está atendiendo %1 conversaciones. Lo que le pase aparecerá aquí.</translation>
    </message>
    <message>
        <source>Open a conversation and choose “Assign to me” to keep it on this list.</source>
        <translation>Abra una conversación y elija «Asignarme» para tenerla en esta lista.</translation>
    </message>
    <message>
        <source>Conversations you or Jack resolve move here.</source>
        <translation>Las conversaciones que usted o Jack resuelvan pasan aquí.</translation>
    </message>
    <message>
        <source>When a guest writes on WhatsApp, SMS, email or the web chat, the conversation appears here.</source>
        <translation>Cuando un huésped escriba por WhatsApp, SMS, correo o el chat web, la conversación aparecerá aquí.</translation>
    </message>
    <message>
        <source>Every open conversation is resolved. New messages from guests appear here.</source>
        <translation>Todas las conversaciones están resueltas. Los mensajes nuevos de huéspedes aparecerán aquí.</translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation>%1 sin leer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuestas</translation>
    </message>
    <message>
        <source>Loading more conversations…</source>
        <translation>Cargando más conversaciones…</translation>
    </message>
    <message>
        <source>Nothing here on this channel</source>
        <translation>Nada en este canal</translation>
    </message>
    <message>
        <source>Everything has someone on it</source>
        <translation>Todo tiene a alguien asignado</translation>
    </message>
    <message>
        <source>Nothing snoozed</source>
        <translation>Nada pospuesto</translation>
    </message>
    <message>
        <source>Choose “All channels” above to see every conversation.</source>
        <translation>Elija “Todos los canales” arriba para ver todas las conversaciones.</translation>
    </message>
    <message>
        <source>Every open conversation is assigned to someone.</source>
        <translation>Todas las conversaciones abiertas están asignadas.</translation>
    </message>
    <message>
        <source>Snooze a conversation from its header to hide it until later. It comes back on time, or as soon as the guest writes.</source>
        <translation>Posponga una conversación desde su cabecera para ocultarla hasta más tarde. Vuelve a su hora, o en cuanto el huésped escriba.</translation>
    </message>
</context>
<context>
    <name>KnowledgeEditor</name>
    <message>
        <source>Pick an entry to read or change it</source>
        <translation>Elija una entrada para leerla o cambiarla</translation>
    </message>
    <message>
        <source>Pick an entry to read it</source>
        <translation>Elija una entrada para leerla</translation>
    </message>
    <message>
        <source>Or add a new one. Jack answers guests only from what is written here.</source>
        <translation>O añada una nueva. Jack responde a los huéspedes solo con lo que está escrito aquí.</translation>
    </message>
    <message>
        <source>Jack answers guests only from what is written here. Use “Test a question” to see what he would say.</source>
        <translation>Jack responde a los huéspedes solo con lo que está escrito aquí. Use “Probar una pregunta” para ver qué diría.</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Eliminar la entrada</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar “%1”?</translation>
    </message>
    <message>
        <source>Jack will no longer answer from it. This cannot be undone.</source>
        <translation>Jack dejará de responder con ella. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>You can read the knowledge base. Only a manager or an admin can change it.</source>
        <translation>Puede leer la base de conocimiento. Solo un responsable o un administrador puede cambiarla.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. Breakfast times</source>
        <translation>p. ej. Horario del desayuno</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Priority: higher wins when entries overlap</source>
        <translation>Prioridad: gana la más alta si se solapan</translation>
    </message>
    <message>
        <source>Higher wins when two entries answer the same question</source>
        <translation>Gana la más alta cuando dos entradas responden a la misma pregunta</translation>
    </message>
    <message>
        <source>What Jack may tell guests</source>
        <translation>Lo que Jack puede decir a los huéspedes</translation>
    </message>
    <message>
        <source>Write it as you would tell a guest: times, prices, where to go.</source>
        <translation>Escríbalo como se lo diría a un huésped: horarios, precios, adónde ir.</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Words guests use, separated by commas: wifi, internet, password</source>
        <translation>Palabras de los huéspedes, separadas por comas: wifi, internet, contraseña</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importado de %1</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
<context>
    <name>KnowledgeEntryModel</name>
    <message>
        <source>Amenities</source>
        <translation>Instalaciones</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Dining</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <source>Questions guests ask</source>
        <translation>Preguntas frecuentes</translation>
    </message>
    <message>
        <source>Local info</source>
        <translation>Información local</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Normas</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Habitaciones</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>%1 entries Jack answers from</source>
        <translation>%1 entradas con las que responde Jack</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Filter by word</source>
        <translation>Filtrar por palabra</translation>
    </message>
    <message>
        <source>Filter the knowledge base</source>
        <translation>Filtrar la base de conocimiento</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Import from website…</source>
        <translation>Importar de la web…</translation>
    </message>
    <message>
        <source>Import entries from the hotel&apos;s website</source>
        <translation>Importar entradas de la web del hotel</translation>
    </message>
    <message>
        <source>Knowledge entries</source>
        <translation>Entradas de conocimiento</translation>
    </message>
    <message>
        <source>The knowledge base is empty</source>
        <translation>La base de conocimiento está vacía</translation>
    </message>
    <message>
        <source>No entry matches</source>
        <translation>Ninguna entrada coincide</translation>
    </message>
    <message>
        <source>Add what guests ask about — breakfast times, Wi-Fi, parking — so Jack can answer them.</source>
        <translation>Añada lo que preguntan los huéspedes (horario del desayuno, wifi, aparcamiento) para que Jack pueda responder.</translation>
    </message>
    <message>
        <source>Ask a manager to add what guests ask about, so Jack can answer them.</source>
        <translation>Pida a un responsable que añada lo que preguntan los huéspedes, para que Jack pueda responder.</translation>
    </message>
    <message>
        <source>Try another word or “All categories”.</source>
        <translation>Pruebe otra palabra o “Todas las categorías”.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Read entry</source>
        <translation>Leer entrada</translation>
    </message>
    <message>
        <source>Test a question</source>
        <translation>Probar una pregunta</translation>
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
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>you@hotel.example</source>
        <translation>usted@hotel.example</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Jack&apos;s hub did not start: %1</source>
        <translation>El servidor de Jack no arrancó: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Servidor: %1</translation>
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
        <translation>No se pudo cargar la foto</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Cargando foto…</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>descargando…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message>
        <source>Edit memory</source>
        <translation>Editar recuerdo</translation>
    </message>
    <message>
        <source>Add a memory</source>
        <translation>Añadir un recuerdo</translation>
    </message>
    <message>
        <source>Jack uses this in later conversations. Never note card numbers, passport numbers or health details beyond an allergy.</source>
        <translation>Jack lo usa en conversaciones posteriores. No anote nunca números de tarjeta, de pasaporte ni datos de salud más allá de una alergia.</translation>
    </message>
    <message>
        <source>Kind of memory</source>
        <translation>Tipo de recuerdo</translation>
    </message>
    <message>
        <source>e.g. Prefers a high floor</source>
        <translation>p. ej. Prefiere un piso alto</translation>
    </message>
    <message>
        <source>What to remember</source>
        <translation>Qué recordar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>MentionBanner</name>
    <message>
        <source>%1 mentioned you in %2&apos;s conversation: “%3”</source>
        <translation>%1 le ha mencionado en la conversación de %2: “%3”</translation>
    </message>
    <message>
        <source>%1 mentioned you in a note: “%2”</source>
        <translation>%1 le ha mencionado en una nota: “%2”</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the mention</source>
        <translation>Descartar la mención</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>on %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>Why did Jack say this?</source>
        <translation>¿Por qué dijo esto Jack?</translation>
    </message>
    <message>
        <source>How Jack read this message</source>
        <translation>Cómo entendió Jack este mensaje</translation>
    </message>
    <message>
        <source>Translated: %1</source>
        <translation>Traducido: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation>Enviar de nuevo este mensaje</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Now on %1</source>
        <translation>Ahora por %1</translation>
    </message>
    <message>
        <source>Create task from this message…</source>
        <translation>Crear tarea a partir de este mensaje…</translation>
    </message>
    <message>
        <source>+ Task</source>
        <translation>+ Tarea</translation>
    </message>
    <message>
        <source>Create a task from this message</source>
        <translation>Crear una tarea a partir de este mensaje</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>downloading…</source>
        <translation>descargando…</translation>
    </message>
    <message>
        <source>could not be downloaded</source>
        <translation>no se pudo descargar</translation>
    </message>
    <message>
        <source>could not be downloaded: %1</source>
        <translation>no se pudo descargar: %1</translation>
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
        <translation>Bandeja</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión de %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Same as the desktop</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Alert sound</source>
        <translation>Sonido de alerta</translation>
    </message>
    <message>
        <source>Alert volume</source>
        <translation>Volumen de alerta</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Huéspedes</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
</context>
<context>
    <name>NoteBubble</name>
    <message>
        <source>Internal note by %1, mentions you: %2</source>
        <translation>Nota interna de %1, le menciona: %2</translation>
    </message>
    <message>
        <source>Internal note by %1: %2</source>
        <translation>Nota interna de %1: %2</translation>
    </message>
    <message>
        <source>Internal note · %1</source>
        <translation>Nota interna · %1</translation>
    </message>
    <message>
        <source>mentioned you</source>
        <translation>le menciona</translation>
    </message>
    <message>
        <source>Not sent to the guest</source>
        <translation>No se envía al huésped</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Internal note: only staff see it. Nothing here is sent to the guest.</source>
        <translation>Nota interna: solo la ve el personal. Nada de aquí se envía al huésped.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Note for your colleagues… type @ to mention someone</source>
        <translation>Nota para sus compañeros… escriba @ para mencionar a alguien</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Add the internal note</source>
        <translation>Añadir la nota interna</translation>
    </message>
    <message>
        <source>Ctrl+Enter to save · @ to mention a colleague, who is told</source>
        <translation>Ctrl+Intro guarda · @ menciona y avisa a un compañero</translation>
    </message>
    <message>
        <source>Colleagues to mention</source>
        <translation>Compañeros para mencionar</translation>
    </message>
    <message>
        <source>Mention %1</source>
        <translation>Mencionar a %1</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>OutcomeWords</name>
    <message>
        <source>Jack&apos;s offline engine</source>
        <translation>Motor sin conexión de Jack</translation>
    </message>
    <message>
        <source>Jack handed this conversation to a person</source>
        <translation>Jack pasó esta conversación a una persona</translation>
    </message>
    <message>
        <source>Jack stayed quiet: a person is handling this conversation</source>
        <translation>Jack no respondió: una persona atiende esta conversación</translation>
    </message>
    <message>
        <source>Jack answered on his own</source>
        <translation>Jack respondió por su cuenta</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Respondido por</translation>
    </message>
    <message>
        <source>Understood as</source>
        <translation>Entendido como</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Why a person</source>
        <translation>Por qué una persona</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Alternativa</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>%1 tokens in, %2 out, about $%3</source>
        <translation>%1 tokens de entrada, %2 de salida, unos %3 $</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>%1 ms waiting for %2, %3 ms in Jack</source>
        <translation>%1 ms esperando a %2, %3 ms en Jack</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Why did Jack say this?</source>
        <translation>¿Por qué dijo esto Jack?</translation>
    </message>
    <message>
        <source>How Jack read this message</source>
        <translation>Cómo entendió Jack este mensaje</translation>
    </message>
</context>
<context>
    <name>PresenceLine</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 está respondiendo…</translation>
    </message>
    <message>
        <source>%1 are replying…</source>
        <translation>%1 están respondiendo…</translation>
    </message>
    <message>
        <source>Guest is typing…</source>
        <translation>El huésped está escribiendo…</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 la está viendo</translation>
    </message>
    <message>
        <source>%1 are viewing</source>
        <translation>%1 la están viendo</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Go to a guest, room, message or screen…</source>
        <translation>Ir a un huésped, habitación, mensaje o pantalla…</translation>
    </message>
    <message>
        <source>Quick switcher: type to search</source>
        <translation>Cambio rápido: escriba para buscar</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Screen: %1</source>
        <translation>Pantalla: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nada coincide con «%1»</translation>
    </message>
    <message>
        <source>Try a guest&apos;s name, a room number or a word from the message. Only open conversations are searched.</source>
        <translation>Pruebe el nombre de un huésped, un número de habitación o una palabra del mensaje. Solo se buscan conversaciones abiertas.</translation>
    </message>
    <message>
        <source>↑ ↓ to choose · Enter to open · Esc to close</source>
        <translation>↑ ↓ elegir · Intro abrir · Esc cerrar</translation>
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
        <translation>Adjuntar un archivo para %1</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)</source>
        <translation>Fotos y documentos (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>The 24-hour WhatsApp window is closed — send an approved template.</source>
        <translation>La ventana de 24 horas de WhatsApp está cerrada: envíe una plantilla aprobada.</translation>
    </message>
    <message>
        <source>The 24-hour WhatsApp window is closed — only an approved template can reach the guest, and none is set up. Call the guest or wait until they write again.</source>
        <translation>La ventana de 24 horas de WhatsApp está cerrada: solo una plantilla aprobada llega al huésped y no hay ninguna configurada. Llame al huésped o espere a que vuelva a escribir.</translation>
    </message>
    <message>
        <source>Jack is reading the conversation…</source>
        <translation>Jack está leyendo la conversación…</translation>
    </message>
    <message>
        <source>Jack&apos;s draft is in the reply box: check it, change it, send it.</source>
        <translation>El borrador de Jack está en la respuesta: revíselo, cámbielo y envíelo.</translation>
    </message>
    <message>
        <source>Jack can summarise this conversation and draft a reply.</source>
        <translation>Jack puede resumir esta conversación y redactar una respuesta.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Suggest a reply</source>
        <translation>Sugerir respuesta</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>Enviando %1</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Adjunto: %1</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Quitar el archivo</translation>
    </message>
    <message>
        <source>Add a caption (optional)…</source>
        <translation>Añadir un texto (opcional)…</translation>
    </message>
    <message>
        <source>Reply to %1…</source>
        <translation>Responder a %1…</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Escriba una respuesta…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Attach a photo or document</source>
        <translation>Adjuntar una foto o un documento</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>%1, long message</source>
        <translation>%1, mensaje largo</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send · %1</source>
        <translation>Ctrl+Intro para enviar · %1</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Intro para enviar</translation>
    </message>
    <message>
        <source>Translate into %1</source>
        <translation>Traducir al %1</translation>
    </message>
    <message>
        <source>Translate for the guest</source>
        <translation>Traducir para el huésped</translation>
    </message>
    <message>
        <source>Replying on %1</source>
        <translation>Respondiendo por %1</translation>
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
        <translation>%1 está respondiendo a este huésped. ¿Enviar de todos modos?</translation>
    </message>
    <message>
        <source>%1 replied to this guest a moment ago. Send anyway?</source>
        <translation>%1 acaba de responder a este huésped. ¿Enviar de todos modos?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel, do not send</source>
        <translation>Cancelar, no enviar</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar igualmente</translation>
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
        <translation>%1 (obligatorio)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Channels, AI, hotel systems</source>
        <translation>Canales, IA, sistemas del hotel</translation>
    </message>
    <message>
        <source>Staff and roles</source>
        <translation>Personal y roles</translation>
    </message>
    <message>
        <source>Who can sign in, and as what</source>
        <translation>Quién puede entrar y con qué rol</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Profile, hours, languages</source>
        <translation>Perfil, horarios, idiomas</translation>
    </message>
    <message>
        <source>You can look at these settings. Only an admin can change them.</source>
        <translation>Puede consultar estos ajustes. Solo un administrador puede cambiarlos.</translation>
    </message>
</context>
<context>
    <name>SettingsToggle</name>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up Jack The Butler</source>
        <translation>Configurar Jack The Butler</translation>
    </message>
    <message>
        <source>Step %1 of 5 · about five minutes</source>
        <translation>Paso %1 de 5 · unos cinco minutos</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Su cuenta</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>Tell Jack about your hotel. Guests see the name; the time zone and times help Jack answer questions like “when is check-out?”.</source>
        <translation>Háblele a Jack de su hotel. Los huéspedes ven el nombre; la zona horaria y los horarios ayudan a Jack a responder preguntas como «¿a qué hora es el check-out?».</translation>
    </message>
    <message>
        <source>Hotel name</source>
        <translation>Nombre del hotel</translation>
    </message>
    <message>
        <source>e.g. Harbour View Hotel</source>
        <translation>p. ej. Hotel Vista al Puerto</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>As in Europe/Lisbon or America/New_York</source>
        <translation>Como Europe/Madrid o America/Mexico_City</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Two-letter codes, the hotel&apos;s own first</source>
        <translation>Códigos de dos letras, primero el del hotel</translation>
    </message>
    <message>
        <source>Check-in from</source>
        <translation>Check-in desde</translation>
    </message>
    <message>
        <source>Check-out by</source>
        <translation>Check-out hasta</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Teléfono (opcional)</translation>
    </message>
    <message>
        <source>Create your own account. It is the hotel&apos;s first admin: it can add staff, connect channels and change settings. Jack has no default password — this account is the only way in, so keep the password safe.</source>
        <translation>Cree su propia cuenta. Será el primer administrador del hotel: puede añadir personal, conectar canales y cambiar ajustes. Jack no tiene contraseña predeterminada: esta cuenta es la única forma de entrar, así que guarde bien la contraseña.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>e.g. Ana Pereira</source>
        <translation>p. ej. Lucía García</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>you@hotel.example</source>
        <translation>you@hotel.example</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>At least 10 characters; a short sentence works well</source>
        <translation>Al menos 10 caracteres; una frase corta va bien</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Choose how Jack writes to guests. You can change this any time in Settings.</source>
        <translation>Elija cómo escribe Jack a los huéspedes. Puede cambiarlo cuando quiera en Ajustes.</translation>
    </message>
    <message>
        <source>Offline — built into Jack</source>
        <translation>Sin conexión — integrado en Jack</translation>
    </message>
    <message>
        <source>Recommended to start</source>
        <translation>Recomendado para empezar</translation>
    </message>
    <message>
        <source>Jack answers from your knowledge base and hands everything else to staff. Nothing leaves this computer, and it costs nothing.</source>
        <translation>Jack responde con su base de conocimiento y pasa todo lo demás al personal. Nada sale de este ordenador y no cuesta nada.</translation>
    </message>
    <message>
        <source>Anthropic (Claude)</source>
        <translation>Anthropic (Claude)</translation>
    </message>
    <message>
        <source>Natural replies in many languages. Needs an API key from console.anthropic.com; the provider charges per message.</source>
        <translation>Respuestas naturales en muchos idiomas. Necesita una clave de API de console.anthropic.com; el proveedor cobra por mensaje.</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Natural replies in many languages. Needs an API key from platform.openai.com; the provider charges per message.</source>
        <translation>Respuestas naturales en muchos idiomas. Necesita una clave de API de platform.openai.com; el proveedor cobra por mensaje.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Test the key</source>
        <translation>Probar la clave</translation>
    </message>
    <message>
        <source>✓ The key works (%1 ms): %2</source>
        <translation>✓ La clave funciona (%1 ms): %2</translation>
    </message>
    <message>
        <source>✗ The key did not work: %1</source>
        <translation>✗ La clave no funcionó: %1</translation>
    </message>
    <message>
        <source>Where guests can write to Jack. The web chat works right away on your own website; the others need your account with the provider and are connected in Settings → Apps.</source>
        <translation>Dónde pueden escribir los huéspedes a Jack. El chat web funciona enseguida en su propio sitio; los demás necesitan su cuenta con el proveedor y se conectan en Ajustes → Apps.</translation>
    </message>
    <message>
        <source>Built in: add the chat to your website later with one line of code.</source>
        <translation>Integrado: añada el chat a su sitio web más tarde con una línea de código.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connect later in Settings → Apps</source>
        <translation>Conéctelo luego en Ajustes → Apps</translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation>Activar %1</translation>
    </message>
    <message>
        <source>Jack answers guests from what it knows about the hotel. Give it your website and it picks up opening hours, breakfast, parking and the like. You can review and add answers later under Knowledge.</source>
        <translation>Jack responde a los huéspedes con lo que sabe del hotel. Dele su sitio web y aprenderá horarios, desayuno, aparcamiento y demás. Puede revisar y añadir respuestas más tarde en Conocimiento.</translation>
    </message>
    <message>
        <source>Hotel website</source>
        <translation>Sitio web del hotel</translation>
    </message>
    <message>
        <source>https://www.your-hotel.example</source>
        <translation>https://www.your-hotel.example</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Read the website</source>
        <translation>Leer el sitio web</translation>
    </message>
    <message numerus="yes">
        <source>Jack found %n answer(s):</source>
        <translation>
            <numerusform>Jack encontró %n respuesta:</numerusform>
            <numerusform>Jack encontró %n respuestas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Jack is ready for %1</source>
        <translation>Jack está listo para %1</translation>
    </message>
    <message>
        <source>your hotel</source>
        <translation>su hotel</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) imported from your website. </source>
        <translation>
            <numerusform>%n respuesta importada de su sitio web. </numerusform>
            <numerusform>%n respuestas importadas de su sitio web. </numerusform>
        </translation>
    </message>
    <message>
        <source>You are signed in as the admin. Add your colleagues and connect WhatsApp, SMS or email in Settings.</source>
        <translation>Ha entrado como administrador. Añada a sus compañeros y conecte WhatsApp, SMS o correo en Ajustes.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Omitir por ahora</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>Use offline AI</source>
        <translation>Usar IA sin conexión</translation>
    </message>
    <message>
        <source>Use this provider</source>
        <translation>Usar este proveedor</translation>
    </message>
    <message numerus="yes">
        <source>Import %n answer(s)</source>
        <translation>
            <numerusform>Importar %n respuesta</numerusform>
            <numerusform>Importar %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the desk</source>
        <translation>Abrir el panel</translation>
    </message>
</context>
<context>
    <name>SnoozeButton</name>
    <message>
        <source>Wake now</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Snoozed %1. Wake it now</source>
        <translation>Pospuesta %1. Reactivarla ahora</translation>
    </message>
    <message>
        <source>Snooze this conversation</source>
        <translation>Posponer esta conversación</translation>
    </message>
    <message>
        <source>Snoozed %1</source>
        <translation>Pospuesta %1</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <source>Choose someone</source>
        <translation>Elija a alguien</translation>
    </message>
    <message>
        <source>Pick a member of staff to change their role, department or password, or add someone new.</source>
        <translation>Elija a alguien del personal para cambiar su rol, departamento o contraseña, o añada a alguien nuevo.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>E-mail (used to sign in)</source>
        <translation>Correo (para entrar)</translation>
    </message>
    <message>
        <source>name@hotel.example</source>
        <translation>name@hotel.example</translation>
    </message>
    <message>
        <source>An e-mail cannot change. Add a new account instead.</source>
        <translation>El correo no se puede cambiar. Cree una cuenta nueva.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Ana Ribeiro</source>
        <translation>Carmen López</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>You cannot take away your own admin rights.</source>
        <translation>No puede quitarse sus propios permisos de administrador.</translation>
    </message>
    <message>
        <source>The hotel needs at least one admin: make someone else an admin first.</source>
        <translation>El hotel necesita al menos un administrador: haga antes administrador a otra persona.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>front_desk, housekeeping…</source>
        <translation>front_desk, housekeeping…</translation>
    </message>
    <message>
        <source>Optional. Tasks for this department go to this person&apos;s board.</source>
        <translation>Opcional. Las tareas de este departamento van al tablero de esta persona.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>At least 10 characters. Give it to them in person; it is never shown again.</source>
        <translation>Al menos 10 caracteres. Entréguela en persona; no se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Puede entrar</translation>
    </message>
    <message>
        <source>Deactivated: cannot sign in</source>
        <translation>Desactivado: no puede entrar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>At least 10 characters. They are signed out everywhere and sign in again with it.</source>
        <translation>Al menos 10 caracteres. Se cerrarán todas sus sesiones y entrará de nuevo con ella.</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Delete %1 for good? Their tasks and conversations stay, unassigned.</source>
        <translation>¿Eliminar a %1 definitivamente? Sus tareas y conversaciones se conservan, sin asignar.</translation>
    </message>
    <message>
        <source>Deactivating keeps the account for later; deleting removes it.</source>
        <translation>Desactivar conserva la cuenta para más adelante; eliminar la borra.</translation>
    </message>
    <message>
        <source>You cannot delete your own account.</source>
        <translation>No puede eliminar su propia cuenta.</translation>
    </message>
    <message>
        <source>The last admin cannot be deleted.</source>
        <translation>No se puede eliminar al último administrador.</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>Sí, eliminar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff and roles</source>
        <translation>Personal y roles</translation>
    </message>
    <message>
        <source>Staff answer guests and handle tasks. Managers also edit the knowledge base and test apps. Admins change every setting.</source>
        <translation>Los empleados responden a los huéspedes y gestionan tareas. Los gerentes además editan la base de conocimiento y prueban apps. Los administradores cambian todos los ajustes.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>The staff list could not be loaded</source>
        <translation>No se pudo cargar la lista del personal</translation>
    </message>
    <message>
        <source>Nobody here yet</source>
        <translation>Aún no hay nadie</translation>
    </message>
    <message>
        <source>Add the people who work at the desk so each signs in with their own account.</source>
        <translation>Añada a las personas que trabajan en recepción para que cada una entre con su propia cuenta.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
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
        <translation>%1, %2, %3, desactivado</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
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
        <translation>Paso %1, %2, hecho</translation>
    </message>
    <message>
        <source>Step %1, %2, current</source>
        <translation>Paso %1, %2, actual</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>Paso %1, %2</translation>
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
        <translation>Hab. %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Abrir conversación</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Cancelar tarea</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>suya</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Asumirla</translation>
    </message>
    <message>
        <source>Assign this task to me</source>
        <translation>Asignarme esta tarea</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 abiertas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>No finished tasks yet</source>
        <translation>Aún no hay tareas hechas</translation>
    </message>
    <message>
        <source>Nothing to do right now</source>
        <translation>Nada pendiente ahora mismo</translation>
    </message>
    <message>
        <source>Tasks you mark as done are listed here.</source>
        <translation>Aquí aparecen las tareas que marque como hechas.</translation>
    </message>
    <message>
        <source>When a guest asks for something, Jack opens a task for the right department and it appears here.</source>
        <translation>Cuando un huésped pide algo, Jack abre una tarea para el departamento adecuado y aparece aquí.</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 vencidas</translation>
    </message>
    <message>
        <source>%1 high priority</source>
        <translation>%1 de prioridad alta</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Todas las prioridades</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>No tasks match these filters</source>
        <translation>Ninguna tarea coincide con estos filtros</translation>
    </message>
    <message>
        <source>Choose “All priorities” and “All departments” to see every task.</source>
        <translation>Elija “Todas las prioridades” y “Todos los departamentos” para ver todas las tareas.</translation>
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
        <translation>Elija una plantilla</translation>
    </message>
    <message>
        <source>Approved template</source>
        <translation>Plantilla aprobada</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>Enviar plantilla</translation>
    </message>
    <message>
        <source>Value for {{%1}}</source>
        <translation>Valor de {{%1}}</translation>
    </message>
    <message>
        <source>Template value %1</source>
        <translation>Valor %1 de la plantilla</translation>
    </message>
</context>
<context>
    <name>TestQuestionPanel</name>
    <message>
        <source>Test a question</source>
        <translation>Probar una pregunta</translation>
    </message>
    <message>
        <source>Ask as a guest would. You see what Jack would answer and which entries he used; nothing is sent to anyone.</source>
        <translation>Pregunte como lo haría un huésped. Verá qué respondería Jack y qué entradas usó; no se envía nada a nadie.</translation>
    </message>
    <message>
        <source>e.g. What is the Wi-Fi password?</source>
        <translation>p. ej. ¿Cuál es la contraseña del wifi?</translation>
    </message>
    <message>
        <source>Question to test</source>
        <translation>Pregunta de prueba</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Preguntando…</translation>
    </message>
    <message>
        <source>Ask Jack</source>
        <translation>Preguntar a Jack</translation>
    </message>
    <message>
        <source>Is breakfast included?</source>
        <translation>¿Está incluido el desayuno?</translation>
    </message>
    <message>
        <source>Can I check out late?</source>
        <translation>¿Puedo hacer el check-out tarde?</translation>
    </message>
    <message>
        <source>¿Cuál es la contraseña del wifi?</source>
        <translation>¿Cuál es la contraseña del wifi?</translation>
    </message>
    <message>
        <source>Where can I park?</source>
        <translation>¿Dónde puedo aparcar?</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Probar: %1</translation>
    </message>
    <message>
        <source>Jack would answer</source>
        <translation>Jack respondería</translation>
    </message>
    <message>
        <source>Would hand over to staff</source>
        <translation>Lo pasaría al personal</translation>
    </message>
    <message>
        <source>Why: the entries Jack used</source>
        <translation>Por qué: las entradas que usó Jack</translation>
    </message>
    <message>
        <source>No entry answered this, so Jack would give his holding reply or pass it on. Add an entry that answers it.</source>
        <translation>Ninguna entrada responde a esto, así que Jack daría su respuesta de espera o lo pasaría. Añada una entrada que lo responda.</translation>
    </message>
    <message>
        <source>%1, %2. Open the entry</source>
        <translation>%1, %2. Abrir la entrada</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Unknown guest</source>
        <translation>Huésped desconocido</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Le necesita</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Jack handling</source>
        <translation>Jack la atiende</translation>
    </message>
    <message>
        <source>Waiting on guest</source>
        <translation>Espera al huésped</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
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
        <translation>Correo</translation>
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
        <translation>Alergia</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferencia</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>Costumbre</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Ocasión</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
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
        <translation>%1 d</translation>
    </message>
    <message>
        <source>opened just now</source>
        <translation>abierta ahora mismo</translation>
    </message>
    <message>
        <source>opened %1 ago</source>
        <translation>abierta hace %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Waiting to go out</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Not sent yet, retrying: %1</source>
        <translation>Aún no enviado, reintentando: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>No entregado: %1</translation>
    </message>
    <message>
        <source>%1 (tried %2 times)</source>
        <translation>%1 (%2 intentos)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
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
        <translation>Toallas</translation>
    </message>
    <message>
        <source>Room cleaning</source>
        <translation>Limpieza de habitación</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Artículos de cortesía</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>Lavandería</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>Something broken</source>
        <translation>Algo averiado</translation>
    </message>
    <message>
        <source>Wi-Fi not working</source>
        <translation>El wifi no funciona</translation>
    </message>
    <message>
        <source>Room service</source>
        <translation>Servicio de habitaciones</translation>
    </message>
    <message>
        <source>Concierge</source>
        <translation>Conserjería</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Special occasion</source>
        <translation>Ocasión especial</translation>
    </message>
    <message>
        <source>Wake-up call</source>
        <translation>Llamada despertador</translation>
    </message>
    <message>
        <source>Luggage</source>
        <translation>Equipaje</translation>
    </message>
    <message>
        <source>Room change</source>
        <translation>Cambio de habitación</translation>
    </message>
    <message>
        <source>Lost and found</source>
        <translation>Objetos perdidos</translation>
    </message>
    <message>
        <source>Locked out / key card</source>
        <translation>Sin acceso / tarjeta</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Change booking</source>
        <translation>Cambiar reserva</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancelar reserva</translation>
    </message>
    <message>
        <source>Late check-out</source>
        <translation>Salida tardía</translation>
    </message>
    <message>
        <source>Early check-in</source>
        <translation>Entrada anticipada</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Wants a person</source>
        <translation>Quiere hablar con una persona</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Elogio</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>Farewell</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <source>Unclear request</source>
        <translation>Petición poco clara</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Pregunta: %1</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <translation>Limpieza</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Housekeeping request</source>
        <translation>Petición de limpieza</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Concierge request</source>
        <translation>Petición a conserjería</translation>
    </message>
    <message>
        <source>Call back the guest</source>
        <translation>Llamar al huésped</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta las %1</translation>
    </message>
    <message>
        <source>until tomorrow %1</source>
        <translation>hasta mañana a las %1</translation>
    </message>
    <message>
        <source>until %1 %2</source>
        <translation>hasta el %1, %2</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>vencida hace %1</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>vence ahora</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>vence en %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::AlertWatch</name>
    <message>
        <source>Room %1</source>
        <translation>Hab. %1</translation>
    </message>
    <message>
        <source>%1 needs you</source>
        <translation>%1 le necesita</translation>
    </message>
    <message>
        <source>Task overdue: %1</source>
        <translation>Tarea vencida: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>para las %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue</source>
        <translation>
            <numerusform>%n tarea vencida</numerusform>
            <numerusform>%n tareas vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the task board to see them.</source>
        <translation>Abra el tablero de tareas para verlas.</translation>
    </message>
    <message>
        <source>Rooms %1</source>
        <translation>Habs. %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Emergency: %1</source>
        <translation>Emergencia: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::AppCatalogModel</name>
    <message>
        <source>Guest channels</source>
        <translation>Canales de huéspedes</translation>
    </message>
    <message>
        <source>AI providers</source>
        <translation>Proveedores de IA</translation>
    </message>
    <message>
        <source>Hotel systems (PMS)</source>
        <translation>Sistemas del hotel (PMS)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Integrado</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation>Funciona: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Always available; answers when no other AI provider is on.</source>
        <translation>Siempre disponible; responde cuando no hay otro proveedor de IA activado.</translation>
    </message>
    <message>
        <source>Needs its settings before it can be switched on.</source>
        <translation>Necesita sus ajustes antes de poder activarse.</translation>
    </message>
    <message>
        <source>Set up but switched off.</source>
        <translation>Configurado pero desactivado.</translation>
    </message>
    <message>
        <source>Switched on. Use Test connection to check it reaches the provider.</source>
        <translation>Activado. Use Probar conexión para comprobar que llega al proveedor.</translation>
    </message>
</context>
<context>
    <name>jack::desk::AppConfigForm</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Saved (%1). Type a new value to replace it.</source>
        <translation>Guardado (%1). Escriba un valor nuevo para sustituirlo.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Por defecto: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Only a manager or an admin can run a test.</source>
        <translation>Solo un gerente o un administrador puede hacer una prueba.</translation>
    </message>
</context>
<context>
    <name>jack::desk::CannedResponseModel</name>
    <message>
        <source>The canned responses could not be loaded: the hub cannot be reached.</source>
        <translation>No se pudieron cargar las respuestas guardadas: no se puede contactar con el servidor.</translation>
    </message>
    <message>
        <source>The canned responses could not be loaded: %1</source>
        <translation>No se pudieron cargar las respuestas guardadas: %1</translation>
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
        <translation>Personal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
</context>
<context>
    <name>jack::desk::Desk</name>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>No se pudo abrir el archivo: %1</translation>
    </message>
    <message>
        <source>Jack kept no record for this message</source>
        <translation>Jack no guardó registro de este mensaje</translation>
    </message>
    <message>
        <source>Could not load why Jack said this: %1</source>
        <translation>No se pudo cargar por qué Jack dijo esto: %1</translation>
    </message>
    <message>
        <source>The inbox could not be loaded: %1</source>
        <translation>No se pudo cargar la bandeja: %1</translation>
    </message>
    <message>
        <source>The tasks could not be loaded: %1</source>
        <translation>No se pudieron cargar las tareas: %1</translation>
    </message>
    <message>
        <source>Jack could not suggest a reply: %1</source>
        <translation>Jack no pudo sugerir una respuesta: %1</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>No se pudieron cargar los mensajes: %1</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Aún sin asignar</translation>
    </message>
    <message>
        <source>Jack is handling this</source>
        <translation>Jack se encarga</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Asignada a usted</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignada a %1</translation>
    </message>
    <message>
        <source>Assigned to a colleague</source>
        <translation>Asignada a un compañero</translation>
    </message>
    <message>
        <source>Could not escalate: %1</source>
        <translation>No se pudo escalar: %1</translation>
    </message>
    <message>
        <source>Could not resolve: %1</source>
        <translation>No se pudo resolver: %1</translation>
    </message>
    <message>
        <source>Could not reopen: %1</source>
        <translation>No se pudo reabrir: %1</translation>
    </message>
    <message>
        <source>Could not assign the conversation: %1</source>
        <translation>No se pudo asignar la conversación: %1</translation>
    </message>
    <message>
        <source>Template “%1”</source>
        <translation>Plantilla «%1»</translation>
    </message>
    <message>
        <source>The message could not be sent again: %1</source>
        <translation>No se pudo reenviar el mensaje: %1</translation>
    </message>
    <message>
        <source>WhatsApp did not take the reply: the 24-hour window is closed, so only an approved template can reach the guest now. (%1)</source>
        <translation>WhatsApp no aceptó la respuesta: la ventana de 24 horas está cerrada y ahora solo una plantilla aprobada llega al huésped. (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 is empty; choose another file.</source>
        <translation>%1 está vacío; elija otro archivo.</translation>
    </message>
    <message>
        <source>%1 is %2; WhatsApp takes photos of at most %3. Choose a smaller photo.</source>
        <translation>%1 ocupa %2; WhatsApp admite fotos de hasta %3. Elija una foto más pequeña.</translation>
    </message>
    <message>
        <source>%1 is %2; WhatsApp takes files of at most %3. Choose a smaller file.</source>
        <translation>%1 ocupa %2; WhatsApp admite archivos de hasta %3. Elija un archivo más pequeño.</translation>
    </message>
    <message>
        <source>%1 could not be read; choose a file on this computer.</source>
        <translation>No se pudo leer %1; elija un archivo de este equipo.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>the hub could not be reached (%1). Try again.</source>
        <translation>no se pudo contactar con el servidor (%1). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 could not be sent: %2</source>
        <translation>No se pudo enviar %1: %2</translation>
    </message>
    <message>
        <source>The task could not be changed: %1</source>
        <translation>No se pudo cambiar la tarea: %1</translation>
    </message>
    <message>
        <source>Earlier messages could not be loaded: %1</source>
        <translation>No se pudieron cargar los mensajes anteriores: %1</translation>
    </message>
    <message>
        <source>Could not snooze the conversation: %1</source>
        <translation>No se pudo posponer la conversación: %1</translation>
    </message>
    <message>
        <source>Could not bring the conversation back: %1</source>
        <translation>No se pudo reactivar la conversación: %1</translation>
    </message>
    <message>
        <source>The task could not be assigned to you: %1</source>
        <translation>No se le pudo asignar la tarea: %1</translation>
    </message>
    <message>
        <source>The task is still open: the guest could not be told (%1)</source>
        <translation>La tarea sigue abierta: no se pudo avisar al huésped (%1)</translation>
    </message>
    <message>
        <source>The task could not be completed: %1</source>
        <translation>No se pudo completar la tarea: %1</translation>
    </message>
    <message>
        <source>Done. The guest has been told.</source>
        <translation>Hecho. Se ha avisado al huésped.</translation>
    </message>
</context>
<context>
    <name>jack::desk::GuestDirectory</name>
    <message>
        <source>The hub cannot be reached. The list will load when it is back.</source>
        <translation>No se puede contactar con el servidor. La lista se cargará cuando vuelva.</translation>
    </message>
    <message>
        <source>You are not allowed to see guests.</source>
        <translation>No tiene permiso para ver huéspedes.</translation>
    </message>
    <message>
        <source>The hub could not load the guests (%1).</source>
        <translation>El servidor no pudo cargar los huéspedes (%1).</translation>
    </message>
    <message>
        <source>No guest matches “%1”</source>
        <translation>Ningún huésped coincide con “%1”</translation>
    </message>
    <message>
        <source>No arrivals today</source>
        <translation>Hoy no hay llegadas</translation>
    </message>
    <message>
        <source>No guests in house</source>
        <translation>No hay huéspedes alojados</translation>
    </message>
    <message>
        <source>No departures today</source>
        <translation>Hoy no hay salidas</translation>
    </message>
    <message>
        <source>No guests yet</source>
        <translation>Aún no hay huéspedes</translation>
    </message>
    <message>
        <source>Try part of the name, the phone number, the e-mail or the room.</source>
        <translation>Pruebe con parte del nombre, el teléfono, el correo o la habitación.</translation>
    </message>
    <message>
        <source>Try “All guests”, or part of the name, phone, e-mail or room.</source>
        <translation>Pruebe “Todos”, o parte del nombre, teléfono, correo o habitación.</translation>
    </message>
    <message>
        <source>Reservations arriving today appear here. See “In house” for guests already checked in.</source>
        <translation>Aquí aparecen las reservas que llegan hoy. Vea “Alojados” para los huéspedes que ya han hecho el check-in.</translation>
    </message>
    <message>
        <source>Checked-in guests appear here once your PMS reports them.</source>
        <translation>Los huéspedes con check-in aparecen aquí cuando su PMS los comunica.</translation>
    </message>
    <message>
        <source>Guests leaving today appear here, so you can prepare their check-out.</source>
        <translation>Aquí aparecen los huéspedes que se van hoy, para que prepare su check-out.</translation>
    </message>
    <message>
        <source>A guest appears as soon as they write to the hotel or a reservation arrives.</source>
        <translation>Un huésped aparece en cuanto escribe al hotel o llega una reserva.</translation>
    </message>
</context>
<context>
    <name>jack::desk::GuestListModel</name>
    <message>
        <source>In house</source>
        <translation>Alojados</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Salida hecha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No presentado</translation>
    </message>
    <message>
        <source>No stay</source>
        <translation>Sin estancia</translation>
    </message>
    <message>
        <source>%1 · 1 night</source>
        <extracomment>%1 is a date range like &quot;27 – 30 Nov&quot;</extracomment>
        <translation>%1 · 1 noche</translation>
    </message>
    <message>
        <source>%1 · %2 nights</source>
        <translation>%1 · %2 noches</translation>
    </message>
</context>
<context>
    <name>jack::desk::GuestProfile</name>
    <message>
        <source>Only a manager or an admin can export or erase a guest&apos;s data. Ask one if the guest makes a data request.</source>
        <translation>Solo un responsable o un administrador puede exportar o borrar los datos de un huésped. Pídaselo si el huésped hace una solicitud de datos.</translation>
    </message>
    <message>
        <source>this guest</source>
        <translation>este huésped</translation>
    </message>
    <message>
        <source>Added by staff</source>
        <translation>Añadido por el personal</translation>
    </message>
    <message>
        <source>Heard by Jack</source>
        <translation>Oído por Jack</translation>
    </message>
    <message>
        <source>the memory</source>
        <translation>el recuerdo</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>la exportación</translation>
    </message>
    <message>
        <source>The export could not be saved to %1: %2</source>
        <translation>No se pudo guardar la exportación en %1: %2</translation>
    </message>
    <message>
        <source>the erasure</source>
        <translation>el borrado</translation>
    </message>
    <message>
        <source>The hub cannot be reached; %1 was not saved. Try again when it is back.</source>
        <translation>No se puede contactar con el servidor; no se guardó: %1. Inténtelo de nuevo cuando vuelva.</translation>
    </message>
    <message>
        <source>Your role may not change %1.</source>
        <translation>Su función no permite cambiar esto: %1.</translation>
    </message>
    <message>
        <source>This guest or memory no longer exists. The list was reloaded.</source>
        <translation>Este huésped o recuerdo ya no existe. Se ha recargado la lista.</translation>
    </message>
    <message>
        <source>That was refused: it conflicts with what the hub has.</source>
        <translation>Se ha rechazado: choca con lo que tiene el servidor.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Rechazado: %1.</translation>
    </message>
    <message>
        <source>Please check %1: %2.</source>
        <translation>Revise %1: %2.</translation>
    </message>
    <message>
        <source>The hub could not handle %1 (%2).</source>
        <translation>El servidor no pudo procesar %1 (%2).</translation>
    </message>
</context>
<context>
    <name>jack::desk::HealthBoard</name>
    <message>
        <source>Working</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Partly working</source>
        <translation>Funciona en parte</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>Inaccesible</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>No funciona</translation>
    </message>
    <message>
        <source>Everything is working.</source>
        <translation>Todo funciona.</translation>
    </message>
    <message>
        <source>Jack is running, but something needs a look. See below.</source>
        <translation>Jack funciona, pero algo requiere atención. Vea abajo.</translation>
    </message>
    <message>
        <source>Jack&apos;s database is not working. Guests&apos; messages may not be saved.</source>
        <translation>La base de datos de Jack no funciona. Puede que no se guarden los mensajes de los huéspedes.</translation>
    </message>
    <message>
        <source>Jack&apos;s hub cannot be reached. Check that it is running.</source>
        <translation>No se puede contactar con el servidor de Jack. Compruebe que está en marcha.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>A %1 message was not delivered</source>
        <translation>No se entregó un mensaje por %1</translation>
    </message>
    <message>
        <source>A %1 message to %2 was not delivered</source>
        <translation>No se entregó un mensaje por %1 a %2</translation>
    </message>
    <message>
        <source>%1 did not answer a request from Jack</source>
        <translation>%1 no respondió a una petición de Jack</translation>
    </message>
    <message>
        <source>The numbers could not be loaded: the hub cannot be reached.</source>
        <translation>No se pudieron cargar las cifras: no se puede contactar con el servidor.</translation>
    </message>
    <message>
        <source>The numbers could not be loaded: %1</source>
        <translation>No se pudieron cargar las cifras: %1</translation>
    </message>
    <message>
        <source>Message hub</source>
        <translation>Servidor de mensajes</translation>
    </message>
    <message>
        <source>Receives guests&apos; messages and serves the desks</source>
        <translation>Recibe los mensajes de los huéspedes y da servicio a los puestos</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Keeps every conversation, task and setting</source>
        <translation>Guarda cada conversación, tarea y ajuste</translation>
    </message>
    <message>
        <source>Answers with %1</source>
        <translation>Responde con %1</translation>
    </message>
    <message>
        <source>AI replies</source>
        <translation>Respuestas de IA</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>No messaging channel is connected yet (Settings → Apps)</source>
        <translation>Aún no hay ningún canal conectado (Ajustes → Apps)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguno aún</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no guest messages</source>
        <translation>sin mensajes de huéspedes</translation>
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
        <translation>motor sin conexión de Jack</translation>
    </message>
    <message>
        <source>no replies yet</source>
        <translation>aún sin respuestas</translation>
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
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>jack::desk::HubProblem</name>
    <message>
        <source>The hub cannot be reached. Check that it is running, then try again.</source>
        <translation>No se puede contactar con el servidor. Compruebe que está en marcha e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Su sesión ha terminado. Vuelva a entrar.</translation>
    </message>
    <message>
        <source>Only an admin can change this.</source>
        <translation>Solo un administrador puede cambiar esto.</translation>
    </message>
    <message>
        <source>The hub ran into a problem. Try again in a moment.</source>
        <translation>El servidor tuvo un problema. Inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeBook</name>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>The hub cannot be reached. The knowledge base will load when it is back.</source>
        <translation>No se puede contactar con el servidor. La base de conocimiento se cargará cuando vuelva.</translation>
    </message>
    <message>
        <source>The hub could not load the knowledge base (%1).</source>
        <translation>El servidor no pudo cargar la base de conocimiento (%1).</translation>
    </message>
    <message>
        <source>Give the entry a title, a category and the text Jack may tell guests.</source>
        <translation>Dé a la entrada un título, una categoría y el texto que Jack puede decir a los huéspedes.</translation>
    </message>
    <message>
        <source>The hub cannot be reached; nothing was saved. Try again when it is back.</source>
        <translation>No se puede contactar con el servidor; no se guardó nada. Inténtelo de nuevo cuando vuelva.</translation>
    </message>
    <message>
        <source>Only a manager or an admin can change the knowledge base.</source>
        <translation>Solo un responsable o un administrador puede cambiar la base de conocimiento.</translation>
    </message>
    <message>
        <source>This entry was deleted meanwhile.</source>
        <translation>Esta entrada se eliminó mientras tanto.</translation>
    </message>
    <message>
        <source>The hub refused the entry: %1.</source>
        <translation>El servidor rechazó la entrada: %1.</translation>
    </message>
    <message>
        <source>The hub could not save the entry (%1).</source>
        <translation>El servidor no pudo guardar la entrada (%1).</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeImport</name>
    <message>
        <source>Type the address of the hotel&apos;s website, e.g. https://www.your-hotel.com/</source>
        <translation>Escriba la dirección de la web del hotel, p. ej. https://www.su-hotel.com/</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Try again when it is back.</source>
        <translation>No se puede contactar con el servidor. Inténtelo de nuevo cuando vuelva.</translation>
    </message>
    <message>
        <source>Only an admin can import from a website.</source>
        <translation>Solo un administrador puede importar de una web.</translation>
    </message>
    <message>
        <source>The hub could not read that website: %1.</source>
        <translation>El servidor no pudo leer esa web: %1.</translation>
    </message>
    <message>
        <source>That address was refused: %1.</source>
        <translation>Se rechazó esa dirección: %1.</translation>
    </message>
    <message>
        <source>Read %1 page(s) of the website.</source>
        <translation>Páginas leídas de la web: %1.</translation>
    </message>
    <message>
        <source>Read %1 page(s); skipped %2 (%3).</source>
        <translation>Páginas leídas: %1; omitidas: %2 (%3).</translation>
    </message>
    <message>
        <source>Tick at least one entry to import, or go back.</source>
        <translation>Marque al menos una entrada para importar, o vuelva atrás.</translation>
    </message>
    <message>
        <source>The hub cannot be reached; nothing was imported.</source>
        <translation>No se puede contactar con el servidor; no se importó nada.</translation>
    </message>
    <message>
        <source>The hub refused the import: %1. Fix the entry and try again.</source>
        <translation>El servidor rechazó la importación: %1. Corrija la entrada e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Imported %1 entries. Jack can answer from them now.</source>
        <translation>Entradas importadas: %1. Jack ya puede responder con ellas.</translation>
    </message>
    <message>
        <source>Imported %1 entries; %2 were already known and left out.</source>
        <translation>Entradas importadas: %1; ya conocidas y omitidas: %2.</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeQuestion</name>
    <message>
        <source>That question is too long: keep it under %1 characters, as a guest would.</source>
        <translation>La pregunta es demasiado larga: no pase de %1 caracteres, como haría un huésped.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Try again when it is back.</source>
        <translation>No se puede contactar con el servidor. Inténtelo de nuevo cuando vuelva.</translation>
    </message>
    <message>
        <source>Jack&apos;s answering service is not running on the hub right now.</source>
        <translation>El servicio de respuestas de Jack no está funcionando ahora en el servidor.</translation>
    </message>
    <message>
        <source>Jack could not answer the test question (%1).</source>
        <translation>Jack no pudo responder a la pregunta de prueba (%1).</translation>
    </message>
    <message>
        <source>%1% match</source>
        <extracomment>how well an entry matches the question, 0 to 100</extracomment>
        <translation>%1 % de coincidencia</translation>
    </message>
    <message>
        <source>Offline engine</source>
        <translation>Motor sin conexión</translation>
    </message>
    <message>
        <source>Language model (%1)</source>
        <translation>Modelo de lenguaje (%1)</translation>
    </message>
    <message>
        <source>%1% sure</source>
        <translation>%1 % de certeza</translation>
    </message>
</context>
<context>
    <name>jack::desk::MediaDownloads</name>
    <message>
        <source>The file could not be saved in %1</source>
        <translation>No se pudo guardar el archivo en %1</translation>
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
        <translation>Personal</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <source>%1 · retrying</source>
        <translation>%1 · reintentando</translation>
    </message>
</context>
<context>
    <name>jack::desk::NoteBoard</name>
    <message>
        <source>The note could not be saved: the hub cannot be reached.</source>
        <translation>No se pudo guardar la nota: no se puede contactar con el servidor.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>No se pudo guardar la nota: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::QuickSwitcherModel</name>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Hab. %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::Session</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Introduzca su correo y contraseña.</translation>
    </message>
    <message>
        <source>That email and password do not match. Try again.</source>
        <translation>El correo y la contraseña no coinciden. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>Demasiados intentos. Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Jack cannot be reached at %1. Check that the hub is running.</source>
        <translation>No se puede contactar con Jack en %1. Compruebe que el servidor está en marcha.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>No se pudo iniciar sesión: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::SetupWizard</name>
    <message>
        <source>Enter the hotel&apos;s name.</source>
        <translation>Escriba el nombre del hotel.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Escriba su correo electrónico.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Las dos contraseñas no coinciden. Escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>This hub was set up from another desk meanwhile. Sign in with the account created there.</source>
        <translation>Mientras tanto, este servidor se configuró desde otro puesto. Entre con la cuenta creada allí.</translation>
    </message>
    <message>
        <source>Creating the account failed</source>
        <translation>No se pudo crear la cuenta</translation>
    </message>
    <message>
        <source>Saving the AI choice failed</source>
        <translation>No se pudo guardar la elección de IA</translation>
    </message>
    <message>
        <source>Choose Anthropic or OpenAI.</source>
        <translation>Elija Anthropic u OpenAI.</translation>
    </message>
    <message>
        <source>Paste the API key from the provider&apos;s website.</source>
        <translation>Pegue la clave de API del sitio web del proveedor.</translation>
    </message>
    <message>
        <source>Saving the key failed</source>
        <translation>No se pudo guardar la clave</translation>
    </message>
    <message>
        <source>Testing the key failed</source>
        <translation>No se pudo probar la clave</translation>
    </message>
    <message>
        <source>Changing the channel failed</source>
        <translation>No se pudo cambiar el canal</translation>
    </message>
    <message>
        <source>Enter the address of the hotel&apos;s website.</source>
        <translation>Escriba la dirección del sitio web del hotel.</translation>
    </message>
    <message>
        <source>Reading the website failed</source>
        <translation>No se pudo leer el sitio web</translation>
    </message>
    <message>
        <source>Nothing Jack could use was found there. Try another page, or add answers later under Knowledge.</source>
        <translation>No se encontró nada que Jack pueda usar. Pruebe otra página o añada respuestas más tarde en Conocimiento.</translation>
    </message>
    <message>
        <source>Importing failed</source>
        <translation>No se pudo importar</translation>
    </message>
    <message>
        <source>Jack&apos;s hub cannot be reached at %1. Check that it is running.</source>
        <translation>No se puede contactar con el servidor de Jack en %1. Compruebe que está en marcha.</translation>
    </message>
    <message>
        <source>this account may not do that. Sign in as an admin.</source>
        <translation>esta cuenta no puede hacerlo. Entre como administrador.</translation>
    </message>
    <message>
        <source>the hub answered %1</source>
        <translation>el servidor respondió %1</translation>
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
        <translation>%1 caracteres · 1 segmento (%2)</translation>
    </message>
    <message>
        <source>%1 characters · %2 segments (%3)</source>
        <extracomment>%1 characters, %2 segments, %3 the encoding (&quot;GSM-7&quot; or &quot;Unicode&quot;)</extracomment>
        <translation>%1 caracteres · %2 segmentos (%3)</translation>
    </message>
</context>
<context>
    <name>jack::desk::SnoozePresets</name>
    <message>
        <source>In 1 hour · %1</source>
        <translation>En 1 hora · %1</translation>
    </message>
    <message>
        <source>This evening · %1</source>
        <translation>Esta tarde · %1</translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translation>Mañana · %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::StaffDirectory</name>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 ya puede entrar.</translation>
    </message>
    <message>
        <source>Saved the changes for %1.</source>
        <translation>Se guardaron los cambios de %1.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a entrar.</translation>
    </message>
    <message>
        <source>%1 is deactivated and signed out.</source>
        <translation>Se desactivó a %1 y se cerró su sesión.</translation>
    </message>
    <message>
        <source>%1 has a new password and was signed out everywhere.</source>
        <translation>%1 tiene una contraseña nueva y se cerraron todas sus sesiones.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Se eliminó a %1.</translation>
    </message>
</context>
<context>
    <name>jack::desk::TaskCreator</name>
    <message>
        <source>The task could not be created: the hub cannot be reached.</source>
        <translation>No se pudo crear la tarea: no se puede contactar con el servidor.</translation>
    </message>
    <message>
        <source>The task could not be created: %1</source>
        <translation>No se pudo crear la tarea: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::TaskListModel</name>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
</context>
</TS>
