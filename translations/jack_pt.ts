<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
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
        <translation>Escolha uma app</translation>
    </message>
    <message>
        <source>Pick a channel, an AI provider or a hotel system on the left to set it up and test it.</source>
        <translation>Escolha à esquerda um canal, um fornecedor de IA ou um sistema do hotel para o configurar e testar.</translation>
    </message>
    <message>
        <source>Pick an app on the left to see how it is set up.</source>
        <translation>Escolha uma app à esquerda para ver a sua configuração.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>A testar…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar ligação</translation>
    </message>
    <message>
        <source>The test uses the saved settings: save your changes first.</source>
        <translation>O teste usa as definições guardadas: guarde primeiro as alterações.</translation>
    </message>
    <message>
        <source>✓ Connected in %1 ms. %2</source>
        <translation>✓ Ligado em %1 ms. %2</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ Not working: %1</source>
        <translation>✗ Não funciona: %1</translation>
    </message>
    <message>
        <source>Jack&apos;s built-in engine needs no settings. It answers guests whenever no other AI provider is switched on.</source>
        <translation>O motor integrado do Jack não precisa de definições. Responde aos hóspedes sempre que nenhum outro fornecedor de IA está ligado.</translation>
    </message>
    <message>
        <source>This app has no settings.</source>
        <translation>Esta app não tem definições.</translation>
    </message>
    <message>
        <source>Only an admin can change these settings.</source>
        <translation>Só um administrador pode alterar estas definições.</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Tem alterações por guardar.</translation>
    </message>
    <message>
        <source>Secret values are never shown again; leave them empty to keep them.</source>
        <translation>Os valores secretos nunca voltam a ser mostrados; deixe-os vazios para os manter.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
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
        <translation>Como os hóspedes contactam o hotel, que IA ajuda o Jack e os sistemas do próprio hotel.</translation>
    </message>
    <message>
        <source>The apps could not be loaded</source>
        <translation>Não foi possível carregar as apps</translation>
    </message>
    <message>
        <source>The hub sent no apps.</source>
        <translation>O servidor não enviou nenhuma app.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
</context>
<context>
    <name>CannedResponsePicker</name>
    <message>
        <source>Canned responses</source>
        <translation>Respostas predefinidas</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to insert · Esc to close</source>
        <translation>↑↓ escolher · Enter inserir · Esc fechar</translation>
    </message>
    <message>
        <source>Search canned responses…</source>
        <translation>Procurar respostas predefinidas…</translation>
    </message>
    <message>
        <source>Search canned responses</source>
        <translation>Procurar respostas predefinidas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>fill in %1</source>
        <translation>preencher %1</translation>
    </message>
    <message numerus="yes">
        <source>%n to fill in</source>
        <translation>
            <numerusform>%n por preencher</numerusform>
            <numerusform>%n por preencher</numerusform>
        </translation>
    </message>
    <message>
        <source>No canned response matches “%1”. Press Esc and write the reply yourself.</source>
        <translation>Nenhuma resposta predefinida corresponde a “%1”. Prima Esc e escreva a resposta.</translation>
    </message>
    <message>
        <source>No canned responses yet. A manager can add them for the whole team.</source>
        <translation>Ainda não há respostas predefinidas. Um gestor pode adicioná-las para toda a equipa.</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete “%1”</source>
        <translation>Concluir “%1”</translation>
    </message>
    <message>
        <source>What was done? (optional, for colleagues)</source>
        <translation>O que foi feito? (opcional, para os colegas)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tell the guest it is done (in their language)</source>
        <translation>Avisar o hóspede de que está feito (na língua dele)</translation>
    </message>
    <message>
        <source>This task did not come from a guest&apos;s conversation, so there is no one to tell.</source>
        <translation>Esta tarefa não veio de uma conversa com um hóspede, por isso não há ninguém a avisar.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Complete and tell the guest</source>
        <translation>Concluir e avisar</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Concluir</translation>
    </message>
</context>
<context>
    <name>ComposerSwitch</name>
    <message>
        <source>Reply to guest</source>
        <translation>Responder ao hóspede</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Internal note, only staff see it</source>
        <translation>Nota interna, só a equipa a vê</translation>
    </message>
    <message>
        <source>Only staff see notes</source>
        <translation>Só a equipa vê as notas</translation>
    </message>
    <message>
        <source>Type / for canned responses</source>
        <translation>Escreva / para respostas predefinidas</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Reconnecting… You can keep working; new messages appear as soon as Jack is back.</source>
        <translation>A restabelecer a ligação… Pode continuar a trabalhar; as novas mensagens aparecem assim que o Jack voltar.</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message numerus="yes">
        <source>WhatsApp window closes in %n min</source>
        <translation>
            <numerusform>A janela do WhatsApp fecha em %n min</numerusform>
            <numerusform>A janela do WhatsApp fecha em %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp window closes in %n h</source>
        <translation>
            <numerusform>A janela do WhatsApp fecha em %n h</numerusform>
            <numerusform>A janela do WhatsApp fecha em %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Room %1</source>
        <translation>Quarto %1</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Atribuir-me</translation>
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
        <translation>O Jack passou isto a uma pessoa: %1</translation>
    </message>
    <message>
        <source>This guest is waiting for a person. Reply below, or assign it to yourself.</source>
        <translation>Este hóspede espera por uma pessoa. Responda abaixo ou atribua-a a si.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Ainda sem mensagens</translation>
    </message>
    <message>
        <source>Write the first message below; it goes out on %1.</source>
        <translation>Escreva abaixo a primeira mensagem; será enviada por %1.</translation>
    </message>
    <message>
        <source>the guest&apos;s channel</source>
        <translation>o canal do hóspede</translation>
    </message>
    <message>
        <source>One guest needs you</source>
        <translation>Um hóspede precisa de si</translation>
    </message>
    <message numerus="yes">
        <source>%n guests need you</source>
        <translation>
            <numerusform>%n hóspede precisa de si</numerusform>
            <numerusform>%n hóspedes precisam de si</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Nenhuma conversa aberta</translation>
    </message>
    <message>
        <source>Open the longest waiting</source>
        <translation>Abrir a que espera há mais tempo</translation>
    </message>
    <message>
        <source>The conversation is at the top of the inbox, marked “Needs you”.</source>
        <translation>A conversa está no topo da caixa, marcada “Precisa de si”.</translation>
    </message>
    <message>
        <source>They are at the top of the inbox, marked “Needs you”, longest waiting first.</source>
        <translation>Estão no topo da caixa, marcadas “Precisa de si”, as mais antigas primeiro.</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply.</source>
        <translation>Escolha uma conversa na lista para a ler e responder.</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply. Jack is handling one conversation.</source>
        <translation>Escolha uma conversa na lista para a ler e responder. O Jack está a tratar de uma conversa.</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply. Jack is handling %1 conversations.</source>
        <translation>Escolha uma conversa na lista para a ler e responder. O Jack está a tratar de %1 conversas.</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>A carregar mensagens anteriores…</translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message>
        <source>No messages yet</source>
        <translation>Ainda sem mensagens</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Quarto %1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Minha</translation>
    </message>
    <message>
        <source>%1 viewing</source>
        <translation>Aberta por %1</translation>
    </message>
    <message numerus="yes">
        <source>%n viewing</source>
        <translation>
            <numerusform>Aberta por %n pessoa</numerusform>
            <numerusform>Aberta por %n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Also open at: %1</source>
        <translation>Também aberta por: %1</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>emergência</translation>
    </message>
    <message>
        <source>needs you</source>
        <translation>precisa de si</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>não lida</translation>
    </message>
    <message>
        <source>snoozed %1</source>
        <translation>adiada %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergência</translation>
    </message>
</context>
<context>
    <name>CreateTaskDialog</name>
    <message>
        <source>Create a task</source>
        <translation>Criar uma tarefa</translation>
    </message>
    <message>
        <source>From %1&apos;s message: “%2”</source>
        <translation>Da mensagem de %1: “%2”</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>O que é preciso fazer</translation>
    </message>
    <message>
        <source>Task description</source>
        <translation>Descrição da tarefa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>A criar…</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Criar tarefa</translation>
    </message>
</context>
<context>
    <name>DeskShell</name>
    <message>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Hóspedes</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conhecimento</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
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
            <numerusform>%1 · e mais %n emergência</numerusform>
            <numerusform>%1 · e mais %n emergências</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the emergency conversation</source>
        <translation>Abrir a conversa de emergência</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Acknowledge the emergency and stop the alarm</source>
        <translation>Confirmar a emergência e parar o alarme</translation>
    </message>
</context>
<context>
    <name>EraseGuestDialog</name>
    <message>
        <source>Erase the guest&apos;s data</source>
        <translation>Apagar os dados do hóspede</translation>
    </message>
    <message>
        <source>Erase all personal data of %1?</source>
        <translation>Apagar todos os dados pessoais de %1?</translation>
    </message>
    <message>
        <source>Their name, phone number, e-mail, every message, photo and memory, and their reservations are deleted for good. Counts for statistics stay, without anything that names them. Do this only when the guest asked for it.</source>
        <translation>O nome, telefone, e-mail, todas as mensagens, fotos e memórias e as reservas são apagados definitivamente. Os números para estatística ficam, sem nada que o identifique. Faça-o só se o hóspede o pediu.</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Compreendo que não pode ser desfeito</translation>
    </message>
    <message>
        <source>Keep the data</source>
        <translation>Manter os dados</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Apagar de vez</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <source>Knowledge found</source>
        <translation>Informação encontrada</translation>
    </message>
    <message>
        <source>Stopped by the guardrails</source>
        <translation>Travado pelas salvaguardas</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Etapas: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
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
        <translation>Hóspede</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Quarto</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Ainda desconhecido</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Writes in</source>
        <translation>Escreve em</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>Ainda não classificado</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Tratado por</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>Memorizado</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como feita</translation>
    </message>
    <message>
        <source>No tasks for this guest. Jack opens one when they ask for something, e.g. towels or a repair.</source>
        <translation>Sem tarefas para este hóspede. O Jack abre uma quando ele pede algo, p. ex. toalhas ou uma reparação.</translation>
    </message>
    <message>
        <source>Stay: %1</source>
        <translation>Estadia: %1</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>Conversas anteriores</translation>
    </message>
    <message>
        <source>Open the conversation on %1 of %2</source>
        <translation>Abrir a conversa por %1 de %2</translation>
    </message>
</context>
<context>
    <name>GuestProfilePane</name>
    <message>
        <source>Saved the guest&apos;s data to %1</source>
        <translation>Dados do hóspede guardados em %1</translation>
    </message>
    <message>
        <source>The guest&apos;s personal data was erased.</source>
        <translation>Os dados pessoais do hóspede foram apagados.</translation>
    </message>
    <message>
        <source>Pick a guest</source>
        <translation>Escolha um hóspede</translation>
    </message>
    <message>
        <source>Choose a guest on the left to see their stays, earlier conversations and what Jack remembers about them.</source>
        <translation>Escolha um hóspede à esquerda para ver as estadias, as conversas anteriores e o que o Jack se lembra dele.</translation>
    </message>
    <message>
        <source>Save the guest&apos;s data</source>
        <translation>Guardar os dados do hóspede</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Ficheiros JSON (*.json)</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Data erased</source>
        <translation>Dados apagados</translation>
    </message>
    <message>
        <source>Known to Jack since %1</source>
        <translation>Conhecido do Jack desde %1</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exportar dados…</translation>
    </message>
    <message>
        <source>Export the guest&apos;s data to a file</source>
        <translation>Exportar os dados do hóspede para um ficheiro</translation>
    </message>
    <message>
        <source>Erase data…</source>
        <translation>Apagar dados…</translation>
    </message>
    <message>
        <source>Erase the guest&apos;s personal data</source>
        <translation>Apagar os dados pessoais do hóspede</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Estadias</translation>
    </message>
    <message>
        <source>No reservation on record. Stays appear here when the PMS sends them.</source>
        <translation>Sem reservas registadas. As estadias aparecem aqui quando o PMS as envia.</translation>
    </message>
    <message>
        <source>Room %1 · %2</source>
        <translation>Quarto %1 · %2</translation>
    </message>
    <message>
        <source>%1 · booking %2</source>
        <translation>%1 · reserva %2</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>No conversations yet. When the guest writes on any channel, it shows here.</source>
        <translation>Ainda sem conversas. Quando o hóspede escrever por qualquer canal, aparece aqui.</translation>
    </message>
    <message>
        <source>Open the %1 conversation in the inbox</source>
        <translation>Abrir a conversa de %1 na caixa de entrada</translation>
    </message>
    <message>
        <source>Open ›</source>
        <translation>Abrir ›</translation>
    </message>
    <message>
        <source>What Jack remembers</source>
        <translation>O que o Jack lembra</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add a memory</source>
        <translation>Adicionar uma memória</translation>
    </message>
    <message>
        <source>Nothing yet. Jack notes preferences, allergies and occasions from conversations; you can add what you learn at the desk.</source>
        <translation>Ainda nada. O Jack anota preferências, alergias e ocasiões das conversas; pode adicionar o que souber na receção.</translation>
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
        <translation>%1, quarto %2, %3</translation>
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
        <translation>Sem estadias registadas</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Quarto %1</translation>
    </message>
</context>
<context>
    <name>GuestsPage</name>
    <message>
        <source>Guests</source>
        <translation>Hóspedes</translation>
    </message>
    <message>
        <source>Today, %1 · %2 in house</source>
        <translation>Hoje, %1 · %2 alojados</translation>
    </message>
    <message>
        <source>Search name, phone, e-mail or room</source>
        <translation>Procurar nome, telefone, e-mail ou quarto</translation>
    </message>
    <message>
        <source>Search guests</source>
        <translation>Procurar hóspedes</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Chegadas</translation>
    </message>
    <message>
        <source>Arrivals today, %1</source>
        <translation>Chegadas hoje, %1</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>Alojados</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Partidas</translation>
    </message>
    <message>
        <source>Departures today, %1</source>
        <translation>Partidas hoje, %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>All guests, %1</source>
        <translation>Todos os hóspedes, %1</translation>
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
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>A verificar…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>Recent problems (latest %1 of %2)</source>
        <translation>Problemas recentes (últimos %1 de %2)</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation>Problemas recentes</translation>
    </message>
    <message>
        <source>No failed deliveries or AI errors in the last 7 days.</source>
        <translation>Nenhuma entrega falhada nem erro de IA nos últimos 7 dias.</translation>
    </message>
    <message>
        <source>No failed deliveries or AI errors in the last 24 hours.</source>
        <translation>Nenhuma entrega falhada nem erro de IA nas últimas 24 horas.</translation>
    </message>
    <message>
        <source>guest messages</source>
        <translation>mensagens de hóspedes</translation>
    </message>
    <message>
        <source>replies by Jack and staff</source>
        <translation>respostas do Jack e da equipa</translation>
    </message>
    <message>
        <source>typical first reply (median)</source>
        <translation>primeira resposta típica (mediana)</translation>
    </message>
    <message>
        <source>answered without staff</source>
        <translation>respondidas sem a equipa</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Mensagens por dia</translation>
    </message>
    <message>
        <source>Messages per hour</source>
        <translation>Mensagens por hora</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>From guests</source>
        <translation>De hóspedes</translation>
    </message>
    <message>
        <source>Time to the first reply (minutes)</source>
        <translation>Tempo até à primeira resposta (minutos)</translation>
    </message>
    <message>
        <source>Time to the first reply (seconds)</source>
        <translation>Tempo até à primeira resposta (segundos)</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Answered by Jack without staff (%)</source>
        <translation>Respondidas pelo Jack sem a equipa (%)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Percentagem</translation>
    </message>
    <message>
        <source>average per day</source>
        <translation>média por dia</translation>
    </message>
    <message>
        <source>average per hour</source>
        <translation>média por hora</translation>
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
        <translation>Só um administrador pode alterar as definições do hotel.</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Tem alterações por guardar.</translation>
    </message>
    <message>
        <source>Jack uses these details when it answers guests.</source>
        <translation>O Jack usa estes dados quando responde aos hóspedes.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
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
        <translation>Nome do hotel</translation>
    </message>
    <message>
        <source>Harbourview Hotel</source>
        <translation>Hotel Vista do Porto</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>https://www.example-hotel.com</source>
        <translation>https://www.example-hotel.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>+351 21 000 0000</source>
        <translation>+351 21 000 0000</translation>
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
        <translation>Morada</translation>
    </message>
    <message>
        <source>Street, postcode, city, country</source>
        <translation>Rua, código postal, localidade, país</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horários</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Europe/Lisbon</source>
        <translation>Europe/Lisbon</translation>
    </message>
    <message>
        <source>The hotel&apos;s time zone, as a place name such as Europe/Lisbon.</source>
        <translation>O fuso horário do hotel, como nome de lugar, p. ex. Europe/Lisbon.</translation>
    </message>
    <message>
        <source>Check-in from</source>
        <translation>Check-in a partir das</translation>
    </message>
    <message>
        <source>15:00</source>
        <translation>15:00</translation>
    </message>
    <message>
        <source>Check-out by</source>
        <translation>Check-out até às</translation>
    </message>
    <message>
        <source>11:00</source>
        <translation>11:00</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horário de funcionamento</translation>
    </message>
    <message>
        <source>Desk opens</source>
        <translation>Receção abre</translation>
    </message>
    <message>
        <source>08:00</source>
        <translation>08:00</translation>
    </message>
    <message>
        <source>Desk closes</source>
        <translation>Receção fecha</translation>
    </message>
    <message>
        <source>22:00</source>
        <translation>22:00</translation>
    </message>
    <message>
        <source>Leave both empty when someone is at the desk around the clock.</source>
        <translation>Deixe ambos vazios se a receção funciona 24 horas.</translation>
    </message>
    <message>
        <source>Reply outside business hours</source>
        <translation>Resposta fora do horário</translation>
    </message>
    <message>
        <source>Thank you for your message. Our team is back at 8:00 and will answer you then.</source>
        <translation>Obrigado pela sua mensagem. A nossa equipa volta às 8:00 e responder-lhe-á nessa altura.</translation>
    </message>
    <message>
        <source>Kept with the hotel&apos;s settings for now; Jack does not send it on its own yet.</source>
        <translation>Por agora fica guardada nas definições do hotel; o Jack ainda não a envia sozinho.</translation>
    </message>
    <message>
        <source>Languages and address</source>
        <translation>Idiomas e endereço</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>en, pt, es</source>
        <translation>pt, en, es</translation>
    </message>
    <message>
        <source>Two-letter codes, the hotel&apos;s own language first. Staff read translations into it.</source>
        <translation>Códigos de duas letras, primeiro a língua do hotel. A equipa lê as traduções nessa língua.</translation>
    </message>
    <message>
        <source>Public address of this hub</source>
        <translation>Endereço público deste servidor</translation>
    </message>
    <message>
        <source>https://jack.example-hotel.com</source>
        <translation>https://jack.example-hotel.com</translation>
    </message>
    <message>
        <source>Where WhatsApp, Twilio and other providers reach the hub. Leave empty while nothing outside needs it.</source>
        <translation>Onde o WhatsApp, a Twilio e outros fornecedores contactam o servidor. Deixe vazio enquanto nada externo precisar dele.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Photo</source>
        <translation>Fotografia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>ImportCandidateModel</name>
    <message>
        <source>Jack already knows this (%1% the same): left out unless you tick it.</source>
        <translation>O Jack já sabe isto (%1 % igual): fica de fora, salvo se o marcar.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from the website</source>
        <translation>Importar do site</translation>
    </message>
    <message>
        <source>Step 2 of 2: review</source>
        <translation>Passo 2 de 2: rever</translation>
    </message>
    <message>
        <source>Step 1 of 2: the address</source>
        <translation>Passo 1 de 2: o endereço</translation>
    </message>
    <message>
        <source>Jack reads the hotel&apos;s pages (the start page and pages it links to on the same site) and proposes one entry per section. Nothing is stored until you review and import.</source>
        <translation>O Jack lê as páginas do hotel (a página inicial e as páginas ligadas no mesmo site) e propõe uma entrada por secção. Nada é guardado até rever e importar.</translation>
    </message>
    <message>
        <source>https://www.your-hotel.com/</source>
        <translation>https://www.o-seu-hotel.pt/</translation>
    </message>
    <message>
        <source>Website address</source>
        <translation>Endereço do site</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>Up to 5 pages</source>
        <translation>Até 5 páginas</translation>
    </message>
    <message>
        <source>Up to 10 pages</source>
        <translation>Até 10 páginas</translation>
    </message>
    <message>
        <source>Up to 20 pages</source>
        <translation>Até 20 páginas</translation>
    </message>
    <message>
        <source>How many pages to read</source>
        <translation>Quantas páginas ler</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>A ler…</translation>
    </message>
    <message>
        <source>Read the website</source>
        <translation>Ler o site</translation>
    </message>
    <message>
        <source>Reading the website. This can take up to 45 seconds.</source>
        <translation>A ler o site. Pode demorar até 45 segundos.</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Marcar tudo</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Desmarcar tudo</translation>
    </message>
    <message>
        <source>Proposed entries</source>
        <translation>Entradas propostas</translation>
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
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
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
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <source>Search name, room or message</source>
        <translation>Pesquisar nome, quarto ou mensagem</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>Pesquisar na caixa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abertas</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Precisa de si</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Minhas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluídas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nada corresponde a “%1”</translation>
    </message>
    <message>
        <source>No guests waiting for you</source>
        <translation>Nenhum hóspede à sua espera</translation>
    </message>
    <message>
        <source>Nothing assigned to you</source>
        <translation>Nada atribuído a si</translation>
    </message>
    <message>
        <source>Nothing resolved yet</source>
        <translation>Nada resolvido ainda</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Ainda sem conversas</translation>
    </message>
    <message>
        <source>All quiet</source>
        <translation>Tudo calmo</translation>
    </message>
    <message>
        <source>Try a guest&apos;s name, a room number or a word from the message.</source>
        <translation>Experimente o nome de um hóspede, um número de quarto ou uma palavra da mensagem.</translation>
    </message>
    <message>
        <source>Jack is handling one conversation. Anything he hands over shows up here.</source>
        <translation>O Jack está a tratar de uma conversa. O que ele passar aparece aqui.</translation>
    </message>
    <message>
        <source>Jack is handling %1 conversations. Anything he hands over shows up here.</source>
        <translation>O Jack está a tratar de %1 conversas. O que ele passar aparece aqui.</translation>
    </message>
    <message>
        <source>Open a conversation and choose “Assign to me” to keep it on this list.</source>
        <translation>Abra uma conversa e escolha “Atribuir-me” para a manter nesta lista.</translation>
    </message>
    <message>
        <source>Conversations you or Jack resolve move here.</source>
        <translation>As conversas que você ou o Jack resolverem passam para aqui.</translation>
    </message>
    <message>
        <source>When a guest writes on WhatsApp, SMS, email or the web chat, the conversation appears here.</source>
        <translation>Quando um hóspede escrever por WhatsApp, SMS, e-mail ou chat web, a conversa aparece aqui.</translation>
    </message>
    <message>
        <source>Every open conversation is resolved. New messages from guests appear here.</source>
        <translation>Todas as conversas estão resolvidas. As novas mensagens de hóspedes aparecem aqui.</translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation>%1 não lidas</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Não atribuída</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Adiadas</translation>
    </message>
    <message>
        <source>Loading more conversations…</source>
        <translation>A carregar mais conversas…</translation>
    </message>
    <message>
        <source>Nothing here on this channel</source>
        <translation>Nada neste canal</translation>
    </message>
    <message>
        <source>Everything has someone on it</source>
        <translation>Tudo tem alguém atribuído</translation>
    </message>
    <message>
        <source>Nothing snoozed</source>
        <translation>Nada adiado</translation>
    </message>
    <message>
        <source>Choose “All channels” above to see every conversation.</source>
        <translation>Escolha “Todos os canais” acima para ver todas as conversas.</translation>
    </message>
    <message>
        <source>Every open conversation is assigned to someone.</source>
        <translation>Todas as conversas abertas estão atribuídas.</translation>
    </message>
    <message>
        <source>Snooze a conversation from its header to hide it until later. It comes back on time, or as soon as the guest writes.</source>
        <translation>Adie uma conversa no seu cabeçalho para a ocultar até mais tarde. Volta à hora marcada, ou assim que o hóspede escrever.</translation>
    </message>
</context>
<context>
    <name>KnowledgeEditor</name>
    <message>
        <source>Pick an entry to read or change it</source>
        <translation>Escolha uma entrada para a ler ou alterar</translation>
    </message>
    <message>
        <source>Pick an entry to read it</source>
        <translation>Escolha uma entrada para a ler</translation>
    </message>
    <message>
        <source>Or add a new one. Jack answers guests only from what is written here.</source>
        <translation>Ou adicione uma nova. O Jack só responde aos hóspedes com o que está aqui escrito.</translation>
    </message>
    <message>
        <source>Jack answers guests only from what is written here. Use “Test a question” to see what he would say.</source>
        <translation>O Jack só responde aos hóspedes com o que está aqui escrito. Use “Testar uma pergunta” para ver o que diria.</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Eliminar a entrada</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Eliminar “%1”?</translation>
    </message>
    <message>
        <source>Jack will no longer answer from it. This cannot be undone.</source>
        <translation>O Jack deixará de responder com ela. Não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nova entrada</translation>
    </message>
    <message>
        <source>You can read the knowledge base. Only a manager or an admin can change it.</source>
        <translation>Pode ler a base de conhecimento. Só um gestor ou um administrador a pode alterar.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. Breakfast times</source>
        <translation>ex.: Horário do pequeno-almoço</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Priority: higher wins when entries overlap</source>
        <translation>Prioridade: a mais alta prevalece</translation>
    </message>
    <message>
        <source>Higher wins when two entries answer the same question</source>
        <translation>A mais alta prevalece quando duas entradas respondem à mesma pergunta</translation>
    </message>
    <message>
        <source>What Jack may tell guests</source>
        <translation>O que o Jack pode dizer aos hóspedes</translation>
    </message>
    <message>
        <source>Write it as you would tell a guest: times, prices, where to go.</source>
        <translation>Escreva como diria a um hóspede: horários, preços, onde ir.</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palavras-chave</translation>
    </message>
    <message>
        <source>Words guests use, separated by commas: wifi, internet, password</source>
        <translation>Palavras dos hóspedes, separadas por vírgulas: wifi, internet, palavra-passe</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importado de %1</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Adicionar entrada</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar alterações</translation>
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
        <translation>Instalações</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Dining</source>
        <translation>Restauração</translation>
    </message>
    <message>
        <source>Questions guests ask</source>
        <translation>Perguntas frequentes</translation>
    </message>
    <message>
        <source>Local info</source>
        <translation>Informação local</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Quartos</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Knowledge</source>
        <translation>Conhecimento</translation>
    </message>
    <message>
        <source>%1 entries Jack answers from</source>
        <translation>%1 entradas com que o Jack responde</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nova entrada</translation>
    </message>
    <message>
        <source>Filter by word</source>
        <translation>Filtrar por palavra</translation>
    </message>
    <message>
        <source>Filter the knowledge base</source>
        <translation>Filtrar a base de conhecimento</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Import from website…</source>
        <translation>Importar do site…</translation>
    </message>
    <message>
        <source>Import entries from the hotel&apos;s website</source>
        <translation>Importar entradas do site do hotel</translation>
    </message>
    <message>
        <source>Knowledge entries</source>
        <translation>Entradas de conhecimento</translation>
    </message>
    <message>
        <source>The knowledge base is empty</source>
        <translation>A base de conhecimento está vazia</translation>
    </message>
    <message>
        <source>No entry matches</source>
        <translation>Nenhuma entrada corresponde</translation>
    </message>
    <message>
        <source>Add what guests ask about — breakfast times, Wi-Fi, parking — so Jack can answer them.</source>
        <translation>Adicione o que os hóspedes perguntam — pequeno-almoço, Wi-Fi, estacionamento — para o Jack poder responder.</translation>
    </message>
    <message>
        <source>Ask a manager to add what guests ask about, so Jack can answer them.</source>
        <translation>Peça a um gestor que adicione o que os hóspedes perguntam, para o Jack poder responder.</translation>
    </message>
    <message>
        <source>Try another word or “All categories”.</source>
        <translation>Experimente outra palavra ou “Todas as categorias”.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Read entry</source>
        <translation>Ler entrada</translation>
    </message>
    <message>
        <source>Test a question</source>
        <translation>Testar uma pergunta</translation>
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
        <translation>Receção</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>you@hotel.example</source>
        <translation>voce@hotel.example</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Jack&apos;s hub did not start: %1</source>
        <translation>O servidor do Jack não arrancou: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>A entrar…</translation>
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
        <translation>Fotografia: %1</translation>
    </message>
    <message>
        <source>The photo could not be loaded</source>
        <translation>Não foi possível carregar a fotografia</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>A carregar a fotografia…</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>a transferir…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
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
        <translation>Editar memória</translation>
    </message>
    <message>
        <source>Add a memory</source>
        <translation>Adicionar uma memória</translation>
    </message>
    <message>
        <source>Jack uses this in later conversations. Never note card numbers, passport numbers or health details beyond an allergy.</source>
        <translation>O Jack usa isto em conversas futuras. Nunca anote números de cartão, de passaporte nem dados de saúde além de uma alergia.</translation>
    </message>
    <message>
        <source>Kind of memory</source>
        <translation>Tipo de memória</translation>
    </message>
    <message>
        <source>e.g. Prefers a high floor</source>
        <translation>ex.: Prefere um andar alto</translation>
    </message>
    <message>
        <source>What to remember</source>
        <translation>O que lembrar</translation>
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
        <translation>%1 mencionou-o na conversa de %2: “%3”</translation>
    </message>
    <message>
        <source>%1 mentioned you in a note: “%2”</source>
        <translation>%1 mencionou-o numa nota: “%2”</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Dismiss the mention</source>
        <translation>Dispensar a menção</translation>
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
        <translation>Porquê?</translation>
    </message>
    <message>
        <source>Why did Jack say this?</source>
        <translation>Porque é que o Jack disse isto?</translation>
    </message>
    <message>
        <source>How Jack read this message</source>
        <translation>Como o Jack leu esta mensagem</translation>
    </message>
    <message>
        <source>Translated: %1</source>
        <translation>Traduzido: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation>Enviar esta mensagem de novo</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Now on %1</source>
        <translation>Agora por %1</translation>
    </message>
    <message>
        <source>Create task from this message…</source>
        <translation>Criar tarefa a partir desta mensagem…</translation>
    </message>
    <message>
        <source>+ Task</source>
        <translation>+ Tarefa</translation>
    </message>
    <message>
        <source>Create a task from this message</source>
        <translation>Criar uma tarefa a partir desta mensagem</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>downloading…</source>
        <translation>a transferir…</translation>
    </message>
    <message>
        <source>could not be downloaded</source>
        <translation>não foi possível transferir</translation>
    </message>
    <message>
        <source>could not be downloaded: %1</source>
        <translation>não foi possível transferir: %1</translation>
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
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sessão de %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Terminar sessão</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
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
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Same as the desktop</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>Alert sound</source>
        <translation>Som de alerta</translation>
    </message>
    <message>
        <source>Alert volume</source>
        <translation>Volume do alerta</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Baixo</translation>
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
        <translation>Hóspedes</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conhecimento</translation>
    </message>
</context>
<context>
    <name>NoteBubble</name>
    <message>
        <source>Internal note by %1, mentions you: %2</source>
        <translation>Nota interna de %1, menciona-o: %2</translation>
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
        <translation>menciona-o</translation>
    </message>
    <message>
        <source>Not sent to the guest</source>
        <translation>Não enviada ao hóspede</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Internal note: only staff see it. Nothing here is sent to the guest.</source>
        <translation>Nota interna: só a equipa a vê. Nada daqui é enviado ao hóspede.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Note for your colleagues… type @ to mention someone</source>
        <translation>Nota para os colegas… escreva @ para mencionar alguém</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <source>Add the internal note</source>
        <translation>Adicionar a nota interna</translation>
    </message>
    <message>
        <source>Ctrl+Enter to save · @ to mention a colleague, who is told</source>
        <translation>Ctrl+Enter guarda · @ menciona e avisa um colega</translation>
    </message>
    <message>
        <source>Colleagues to mention</source>
        <translation>Colegas a mencionar</translation>
    </message>
    <message>
        <source>Mention %1</source>
        <translation>Mencionar %1</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
</context>
<context>
    <name>OutcomeWords</name>
    <message>
        <source>Jack&apos;s offline engine</source>
        <translation>Motor offline do Jack</translation>
    </message>
    <message>
        <source>Jack handed this conversation to a person</source>
        <translation>O Jack passou esta conversa a uma pessoa</translation>
    </message>
    <message>
        <source>Jack stayed quiet: a person is handling this conversation</source>
        <translation>O Jack não respondeu: uma pessoa está a tratar desta conversa</translation>
    </message>
    <message>
        <source>Jack answered on his own</source>
        <translation>O Jack respondeu sozinho</translation>
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
        <translation>Porquê uma pessoa</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Alternativa</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>%1 tokens in, %2 out, about $%3</source>
        <translation>%1 tokens de entrada, %2 de saída, cerca de %3 $</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>%1 ms waiting for %2, %3 ms in Jack</source>
        <translation>%1 ms à espera de %2, %3 ms no Jack</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Why did Jack say this?</source>
        <translation>Porque é que o Jack disse isto?</translation>
    </message>
    <message>
        <source>How Jack read this message</source>
        <translation>Como o Jack leu esta mensagem</translation>
    </message>
</context>
<context>
    <name>PresenceLine</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 está a responder…</translation>
    </message>
    <message>
        <source>%1 are replying…</source>
        <translation>%1 estão a responder…</translation>
    </message>
    <message>
        <source>Guest is typing…</source>
        <translation>O hóspede está a escrever…</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 está a ver</translation>
    </message>
    <message>
        <source>%1 are viewing</source>
        <translation>%1 estão a ver</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Go to a guest, room, message or screen…</source>
        <translation>Ir para um hóspede, quarto, mensagem ou ecrã…</translation>
    </message>
    <message>
        <source>Quick switcher: type to search</source>
        <translation>Acesso rápido: escreva para procurar</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Screen: %1</source>
        <translation>Ecrã: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Ecrã</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nada corresponde a “%1”</translation>
    </message>
    <message>
        <source>Try a guest&apos;s name, a room number or a word from the message. Only open conversations are searched.</source>
        <translation>Experimente o nome de um hóspede, um número de quarto ou uma palavra da mensagem. Só se procura em conversas abertas.</translation>
    </message>
    <message>
        <source>↑ ↓ to choose · Enter to open · Esc to close</source>
        <translation>↑ ↓ escolher · Enter abrir · Esc fechar</translation>
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
        <translation>Anexar um ficheiro para %1</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Anexar um ficheiro</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)</source>
        <translation>Fotografias e documentos (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>The 24-hour WhatsApp window is closed — send an approved template.</source>
        <translation>A janela de 24 horas do WhatsApp está fechada — envie um modelo aprovado.</translation>
    </message>
    <message>
        <source>The 24-hour WhatsApp window is closed — only an approved template can reach the guest, and none is set up. Call the guest or wait until they write again.</source>
        <translation>A janela de 24 horas do WhatsApp está fechada — só um modelo aprovado chega ao hóspede e não há nenhum configurado. Ligue ao hóspede ou aguarde que volte a escrever.</translation>
    </message>
    <message>
        <source>Jack is reading the conversation…</source>
        <translation>O Jack está a ler a conversa…</translation>
    </message>
    <message>
        <source>Jack&apos;s draft is in the reply box: check it, change it, send it.</source>
        <translation>O rascunho do Jack está na caixa de resposta: reveja-o, altere-o, envie-o.</translation>
    </message>
    <message>
        <source>Jack can summarise this conversation and draft a reply.</source>
        <translation>O Jack pode resumir esta conversa e redigir uma resposta.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Suggest a reply</source>
        <translation>Sugerir resposta</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>A enviar %1</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Anexo: %1</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>a enviar…</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Remover o ficheiro</translation>
    </message>
    <message>
        <source>Add a caption (optional)…</source>
        <translation>Adicionar uma legenda (opcional)…</translation>
    </message>
    <message>
        <source>Reply to %1…</source>
        <translation>Responder a %1…</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Escreva uma resposta…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Attach a photo or document</source>
        <translation>Anexar uma fotografia ou documento</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>%1, long message</source>
        <translation>%1, mensagem longa</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send · %1</source>
        <translation>Ctrl+Enter para enviar · %1</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Enter para enviar</translation>
    </message>
    <message>
        <source>Translate into %1</source>
        <translation>Traduzir para %1</translation>
    </message>
    <message>
        <source>Translate for the guest</source>
        <translation>Traduzir para o hóspede</translation>
    </message>
    <message>
        <source>Replying on %1</source>
        <translation>A responder por %1</translation>
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
        <translation>%1 está a responder a este hóspede. Enviar mesmo assim?</translation>
    </message>
    <message>
        <source>%1 replied to this guest a moment ago. Send anyway?</source>
        <translation>%1 acabou de responder a este hóspede. Enviar mesmo assim?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel, do not send</source>
        <translation>Cancelar, não enviar</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar mesmo assim</translation>
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
        <translation>%1 (obrigatório)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Channels, AI, hotel systems</source>
        <translation>Canais, IA, sistemas do hotel</translation>
    </message>
    <message>
        <source>Staff and roles</source>
        <translation>Equipa e funções</translation>
    </message>
    <message>
        <source>Who can sign in, and as what</source>
        <translation>Quem pode entrar e com que função</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Profile, hours, languages</source>
        <translation>Perfil, horários, idiomas</translation>
    </message>
    <message>
        <source>You can look at these settings. Only an admin can change them.</source>
        <translation>Pode consultar estas definições. Só um administrador as pode alterar.</translation>
    </message>
</context>
<context>
    <name>SettingsToggle</name>
    <message>
        <source>On</source>
        <translation>Ligado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up Jack The Butler</source>
        <translation>Configurar o Jack The Butler</translation>
    </message>
    <message>
        <source>Step %1 of 5 · about five minutes</source>
        <translation>Passo %1 de 5 · cerca de cinco minutos</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>A sua conta</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conhecimento</translation>
    </message>
    <message>
        <source>Tell Jack about your hotel. Guests see the name; the time zone and times help Jack answer questions like “when is check-out?”.</source>
        <translation>Fale ao Jack sobre o seu hotel. Os hóspedes veem o nome; o fuso horário e os horários ajudam o Jack a responder a perguntas como «a que horas é o check-out?».</translation>
    </message>
    <message>
        <source>Hotel name</source>
        <translation>Nome do hotel</translation>
    </message>
    <message>
        <source>e.g. Harbour View Hotel</source>
        <translation>p. ex. Hotel Vista do Porto</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>As in Europe/Lisbon or America/New_York</source>
        <translation>Como Europe/Lisbon ou America/Sao_Paulo</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Two-letter codes, the hotel&apos;s own first</source>
        <translation>Códigos de duas letras, primeiro a do hotel</translation>
    </message>
    <message>
        <source>Check-in from</source>
        <translation>Check-in a partir das</translation>
    </message>
    <message>
        <source>Check-out by</source>
        <translation>Check-out até às</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefone (opcional)</translation>
    </message>
    <message>
        <source>Create your own account. It is the hotel&apos;s first admin: it can add staff, connect channels and change settings. Jack has no default password — this account is the only way in, so keep the password safe.</source>
        <translation>Crie a sua própria conta. É o primeiro administrador do hotel: pode adicionar pessoas à equipa, ligar canais e alterar definições. O Jack não tem palavra-passe predefinida — esta conta é a única forma de entrar, por isso guarde bem a palavra-passe.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <source>e.g. Ana Pereira</source>
        <translation>p. ex. Ana Pereira</translation>
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
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>At least 10 characters; a short sentence works well</source>
        <translation>Pelo menos 10 caracteres; uma frase curta funciona bem</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita a palavra-passe</translation>
    </message>
    <message>
        <source>Choose how Jack writes to guests. You can change this any time in Settings.</source>
        <translation>Escolha como o Jack escreve aos hóspedes. Pode alterar isto a qualquer momento em Definições.</translation>
    </message>
    <message>
        <source>Offline — built into Jack</source>
        <translation>Offline — integrado no Jack</translation>
    </message>
    <message>
        <source>Recommended to start</source>
        <translation>Recomendado para começar</translation>
    </message>
    <message>
        <source>Jack answers from your knowledge base and hands everything else to staff. Nothing leaves this computer, and it costs nothing.</source>
        <translation>O Jack responde a partir da sua base de conhecimento e passa tudo o resto à equipa. Nada sai deste computador e não custa nada.</translation>
    </message>
    <message>
        <source>Anthropic (Claude)</source>
        <translation>Anthropic (Claude)</translation>
    </message>
    <message>
        <source>Natural replies in many languages. Needs an API key from console.anthropic.com; the provider charges per message.</source>
        <translation>Respostas naturais em muitas línguas. Precisa de uma chave de API de console.anthropic.com; o fornecedor cobra por mensagem.</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Natural replies in many languages. Needs an API key from platform.openai.com; the provider charges per message.</source>
        <translation>Respostas naturais em muitas línguas. Precisa de uma chave de API de platform.openai.com; o fornecedor cobra por mensagem.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>A testar…</translation>
    </message>
    <message>
        <source>Test the key</source>
        <translation>Testar a chave</translation>
    </message>
    <message>
        <source>✓ The key works (%1 ms): %2</source>
        <translation>✓ A chave funciona (%1 ms): %2</translation>
    </message>
    <message>
        <source>✗ The key did not work: %1</source>
        <translation>✗ A chave não funcionou: %1</translation>
    </message>
    <message>
        <source>Where guests can write to Jack. The web chat works right away on your own website; the others need your account with the provider and are connected in Settings → Apps.</source>
        <translation>Onde os hóspedes podem escrever ao Jack. O chat web funciona de imediato no seu site; os outros precisam da sua conta no fornecedor e ligam-se em Definições → Apps.</translation>
    </message>
    <message>
        <source>Built in: add the chat to your website later with one line of code.</source>
        <translation>Integrado: adicione o chat ao seu site mais tarde com uma linha de código.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Ligado</translation>
    </message>
    <message>
        <source>Connect later in Settings → Apps</source>
        <translation>Ligue mais tarde em Definições → Apps</translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation>Ligar %1</translation>
    </message>
    <message>
        <source>Jack answers guests from what it knows about the hotel. Give it your website and it picks up opening hours, breakfast, parking and the like. You can review and add answers later under Knowledge.</source>
        <translation>O Jack responde aos hóspedes com o que sabe do hotel. Dê-lhe o seu site e ele recolhe horários, pequeno-almoço, estacionamento e afins. Pode rever e acrescentar respostas mais tarde em Conhecimento.</translation>
    </message>
    <message>
        <source>Hotel website</source>
        <translation>Site do hotel</translation>
    </message>
    <message>
        <source>https://www.your-hotel.example</source>
        <translation>https://www.your-hotel.example</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>A ler…</translation>
    </message>
    <message>
        <source>Read the website</source>
        <translation>Ler o site</translation>
    </message>
    <message numerus="yes">
        <source>Jack found %n answer(s):</source>
        <translation>
            <numerusform>O Jack encontrou %n resposta:</numerusform>
            <numerusform>O Jack encontrou %n respostas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Jack is ready for %1</source>
        <translation>O Jack está pronto para %1</translation>
    </message>
    <message>
        <source>your hotel</source>
        <translation>o seu hotel</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) imported from your website. </source>
        <translation>
            <numerusform>%n resposta importada do seu site. </numerusform>
            <numerusform>%n respostas importadas do seu site. </numerusform>
        </translation>
    </message>
    <message>
        <source>You are signed in as the admin. Add your colleagues and connect WhatsApp, SMS or email in Settings.</source>
        <translation>Entrou como administrador. Adicione os seus colegas e ligue WhatsApp, SMS ou e-mail em Definições.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Saltar por agora</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>A criar…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Criar conta</translation>
    </message>
    <message>
        <source>Use offline AI</source>
        <translation>Usar IA offline</translation>
    </message>
    <message>
        <source>Use this provider</source>
        <translation>Usar este fornecedor</translation>
    </message>
    <message numerus="yes">
        <source>Import %n answer(s)</source>
        <translation>
            <numerusform>Importar %n resposta</numerusform>
            <numerusform>Importar %n respostas</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the desk</source>
        <translation>Abrir o painel</translation>
    </message>
</context>
<context>
    <name>SnoozeButton</name>
    <message>
        <source>Wake now</source>
        <translation>Reativar</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <source>Snoozed %1. Wake it now</source>
        <translation>Adiada %1. Reativá-la agora</translation>
    </message>
    <message>
        <source>Snooze this conversation</source>
        <translation>Adiar esta conversa</translation>
    </message>
    <message>
        <source>Snoozed %1</source>
        <translation>Adiada %1</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <source>Choose someone</source>
        <translation>Escolha alguém</translation>
    </message>
    <message>
        <source>Pick a member of staff to change their role, department or password, or add someone new.</source>
        <translation>Escolha alguém da equipa para alterar a função, o departamento ou a palavra-passe, ou adicione alguém novo.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Adicionar pessoa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>E-mail (used to sign in)</source>
        <translation>E-mail (para entrar)</translation>
    </message>
    <message>
        <source>name@hotel.example</source>
        <translation>name@hotel.example</translation>
    </message>
    <message>
        <source>An e-mail cannot change. Add a new account instead.</source>
        <translation>O e-mail não pode ser alterado. Crie antes uma conta nova.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Ana Ribeiro</source>
        <translation>Ana Ribeiro</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>You cannot take away your own admin rights.</source>
        <translation>Não pode retirar os seus próprios direitos de administrador.</translation>
    </message>
    <message>
        <source>The hotel needs at least one admin: make someone else an admin first.</source>
        <translation>O hotel precisa de pelo menos um administrador: torne primeiro outra pessoa administradora.</translation>
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
        <translation>Opcional. As tarefas deste departamento vão para o quadro desta pessoa.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>At least 10 characters. Give it to them in person; it is never shown again.</source>
        <translation>Pelo menos 10 caracteres. Entregue-a em pessoa; nunca volta a ser mostrada.</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Pode entrar</translation>
    </message>
    <message>
        <source>Deactivated: cannot sign in</source>
        <translation>Desativado: não pode entrar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Repor palavra-passe</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova palavra-passe</translation>
    </message>
    <message>
        <source>At least 10 characters. They are signed out everywhere and sign in again with it.</source>
        <translation>Pelo menos 10 caracteres. As sessões terminam em todo o lado e a pessoa volta a entrar com ela.</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Definir palavra-passe</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Eliminar conta</translation>
    </message>
    <message>
        <source>Delete %1 for good? Their tasks and conversations stay, unassigned.</source>
        <translation>Eliminar %1 definitivamente? As tarefas e conversas ficam, sem atribuição.</translation>
    </message>
    <message>
        <source>Deactivating keeps the account for later; deleting removes it.</source>
        <translation>Desativar mantém a conta para mais tarde; eliminar apaga-a.</translation>
    </message>
    <message>
        <source>You cannot delete your own account.</source>
        <translation>Não pode eliminar a sua própria conta.</translation>
    </message>
    <message>
        <source>The last admin cannot be deleted.</source>
        <translation>Não é possível eliminar o último administrador.</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>Sim, eliminar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff and roles</source>
        <translation>Equipa e funções</translation>
    </message>
    <message>
        <source>Staff answer guests and handle tasks. Managers also edit the knowledge base and test apps. Admins change every setting.</source>
        <translation>Os funcionários respondem aos hóspedes e tratam das tarefas. Os gestores também editam a base de conhecimento e testam apps. Os administradores alteram todas as definições.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Adicionar pessoa</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Equipa</translation>
    </message>
    <message>
        <source>The staff list could not be loaded</source>
        <translation>Não foi possível carregar a lista da equipa</translation>
    </message>
    <message>
        <source>Nobody here yet</source>
        <translation>Ainda não há ninguém</translation>
    </message>
    <message>
        <source>Add the people who work at the desk so each signs in with their own account.</source>
        <translation>Adicione as pessoas que trabalham na receção para que cada uma entre com a sua própria conta.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
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
        <translation>%1, %2, %3, desativado</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desativado</translation>
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
        <translation>Passo %1, %2, concluído</translation>
    </message>
    <message>
        <source>Step %1, %2, current</source>
        <translation>Passo %1, %2, atual</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>Passo %1, %2</translation>
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
        <translation>Quarto %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Mais ações</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Abrir conversa</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Cancelar tarefa</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>sua</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Assumir</translation>
    </message>
    <message>
        <source>Assign this task to me</source>
        <translation>Atribuir-me esta tarefa</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 abertas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abertas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feitas</translation>
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
        <translation>Ainda sem tarefas feitas</translation>
    </message>
    <message>
        <source>Nothing to do right now</source>
        <translation>Nada a fazer de momento</translation>
    </message>
    <message>
        <source>Tasks you mark as done are listed here.</source>
        <translation>As tarefas que marcar como feitas aparecem aqui.</translation>
    </message>
    <message>
        <source>When a guest asks for something, Jack opens a task for the right department and it appears here.</source>
        <translation>Quando um hóspede pede algo, o Jack abre uma tarefa para o departamento certo e ela aparece aqui.</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 em atraso</translation>
    </message>
    <message>
        <source>%1 high priority</source>
        <translation>%1 de prioridade alta</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Todas as prioridades</translation>
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
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>No tasks match these filters</source>
        <translation>Nenhuma tarefa corresponde a estes filtros</translation>
    </message>
    <message>
        <source>Choose “All priorities” and “All departments” to see every task.</source>
        <translation>Escolha “Todas as prioridades” e “Todos os departamentos” para ver todas as tarefas.</translation>
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
        <translation>Escolha um modelo</translation>
    </message>
    <message>
        <source>Approved template</source>
        <translation>Modelo aprovado</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>Enviar modelo</translation>
    </message>
    <message>
        <source>Value for {{%1}}</source>
        <translation>Valor de {{%1}}</translation>
    </message>
    <message>
        <source>Template value %1</source>
        <translation>Valor %1 do modelo</translation>
    </message>
</context>
<context>
    <name>TestQuestionPanel</name>
    <message>
        <source>Test a question</source>
        <translation>Testar uma pergunta</translation>
    </message>
    <message>
        <source>Ask as a guest would. You see what Jack would answer and which entries he used; nothing is sent to anyone.</source>
        <translation>Pergunte como um hóspede faria. Vê o que o Jack responderia e que entradas usou; nada é enviado a ninguém.</translation>
    </message>
    <message>
        <source>e.g. What is the Wi-Fi password?</source>
        <translation>ex.: Qual é a palavra-passe do Wi-Fi?</translation>
    </message>
    <message>
        <source>Question to test</source>
        <translation>Pergunta a testar</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>A perguntar…</translation>
    </message>
    <message>
        <source>Ask Jack</source>
        <translation>Perguntar ao Jack</translation>
    </message>
    <message>
        <source>Is breakfast included?</source>
        <translation>O pequeno-almoço está incluído?</translation>
    </message>
    <message>
        <source>Can I check out late?</source>
        <translation>Posso fazer o check-out mais tarde?</translation>
    </message>
    <message>
        <source>¿Cuál es la contraseña del wifi?</source>
        <translation>¿Cuál es la contraseña del wifi?</translation>
    </message>
    <message>
        <source>Where can I park?</source>
        <translation>Onde posso estacionar?</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Experimentar: %1</translation>
    </message>
    <message>
        <source>Jack would answer</source>
        <translation>O Jack responderia</translation>
    </message>
    <message>
        <source>Would hand over to staff</source>
        <translation>Passaria à equipa</translation>
    </message>
    <message>
        <source>Why: the entries Jack used</source>
        <translation>Porquê: as entradas que o Jack usou</translation>
    </message>
    <message>
        <source>No entry answered this, so Jack would give his holding reply or pass it on. Add an entry that answers it.</source>
        <translation>Nenhuma entrada responde a isto, por isso o Jack daria a resposta de espera ou passaria. Adicione uma entrada que responda.</translation>
    </message>
    <message>
        <source>%1, %2. Open the entry</source>
        <translation>%1, %2. Abrir a entrada</translation>
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
        <translation>Hóspede desconhecido</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Precisa de si</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Jack handling</source>
        <translation>Com o Jack</translation>
    </message>
    <message>
        <source>Waiting on guest</source>
        <translation>À espera do hóspede</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvida</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechada</translation>
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
        <translation>Alergia</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferência</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>Hábito</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamação</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Ocasião</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
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
        <translation>aberta agora mesmo</translation>
    </message>
    <message>
        <source>opened %1 ago</source>
        <translation>aberta há %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>A enviar…</translation>
    </message>
    <message>
        <source>Waiting to go out</source>
        <translation>À espera de envio</translation>
    </message>
    <message>
        <source>Not sent yet, retrying: %1</source>
        <translation>Ainda não enviada, a tentar de novo: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Não entregue</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Não entregue: %1</translation>
    </message>
    <message>
        <source>%1 (tried %2 times)</source>
        <translation>%1 (%2 tentativas)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotografia</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensagem de voz</translation>
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
        <translation>Autocolante</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
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
        <translation>Toalhas</translation>
    </message>
    <message>
        <source>Room cleaning</source>
        <translation>Limpeza do quarto</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Amenidades</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>Lavandaria</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Não incomodar</translation>
    </message>
    <message>
        <source>Something broken</source>
        <translation>Algo avariado</translation>
    </message>
    <message>
        <source>Wi-Fi not working</source>
        <translation>O Wi-Fi não funciona</translation>
    </message>
    <message>
        <source>Room service</source>
        <translation>Serviço de quartos</translation>
    </message>
    <message>
        <source>Concierge</source>
        <translation>Concierge</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Special occasion</source>
        <translation>Ocasião especial</translation>
    </message>
    <message>
        <source>Wake-up call</source>
        <translation>Chamada de despertar</translation>
    </message>
    <message>
        <source>Luggage</source>
        <translation>Bagagem</translation>
    </message>
    <message>
        <source>Room change</source>
        <translation>Mudança de quarto</translation>
    </message>
    <message>
        <source>Lost and found</source>
        <translation>Perdidos e achados</translation>
    </message>
    <message>
        <source>Locked out / key card</source>
        <translation>Sem acesso / cartão</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruído</translation>
    </message>
    <message>
        <source>Change booking</source>
        <translation>Alterar reserva</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancelar reserva</translation>
    </message>
    <message>
        <source>Late check-out</source>
        <translation>Check-out tardio</translation>
    </message>
    <message>
        <source>Early check-in</source>
        <translation>Check-in antecipado</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Wants a person</source>
        <translation>Quer falar com uma pessoa</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Elogio</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergência</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saudação</translation>
    </message>
    <message>
        <source>Farewell</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <source>Unclear request</source>
        <translation>Pedido pouco claro</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Pergunta: %1</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <translation>Limpeza</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Manutenção</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Receção</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Não atribuída</translation>
    </message>
    <message>
        <source>Housekeeping request</source>
        <translation>Pedido de limpeza</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparação</translation>
    </message>
    <message>
        <source>Concierge request</source>
        <translation>Pedido ao concierge</translation>
    </message>
    <message>
        <source>Call back the guest</source>
        <translation>Ligar de volta ao hóspede</translation>
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
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Por fazer</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feita</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>até às %1</translation>
    </message>
    <message>
        <source>until tomorrow %1</source>
        <translation>até amanhã às %1</translation>
    </message>
    <message>
        <source>until %1 %2</source>
        <translation>até %1, %2</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>em atraso há %1</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>para agora</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>prazo em %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::AlertWatch</name>
    <message>
        <source>Room %1</source>
        <translation>Quarto %1</translation>
    </message>
    <message>
        <source>%1 needs you</source>
        <translation>%1 precisa de si</translation>
    </message>
    <message>
        <source>Task overdue: %1</source>
        <translation>Tarefa em atraso: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>até às %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue</source>
        <translation>
            <numerusform>%n tarefa em atraso</numerusform>
            <numerusform>%n tarefas em atraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the task board to see them.</source>
        <translation>Abra o quadro de tarefas para as ver.</translation>
    </message>
    <message>
        <source>Rooms %1</source>
        <translation>Quartos %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergência</translation>
    </message>
    <message>
        <source>Emergency: %1</source>
        <translation>Emergência: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::AppCatalogModel</name>
    <message>
        <source>Guest channels</source>
        <translation>Canais de hóspedes</translation>
    </message>
    <message>
        <source>AI providers</source>
        <translation>Fornecedores de IA</translation>
    </message>
    <message>
        <source>Hotel systems (PMS)</source>
        <translation>Sistemas do hotel (PMS)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ligado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Integrado</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Não configurado</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>A funcionar</translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation>A funcionar: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Always available; answers when no other AI provider is on.</source>
        <translation>Sempre disponível; responde quando nenhum outro fornecedor de IA está ligado.</translation>
    </message>
    <message>
        <source>Needs its settings before it can be switched on.</source>
        <translation>Precisa das definições antes de poder ser ligado.</translation>
    </message>
    <message>
        <source>Set up but switched off.</source>
        <translation>Configurado mas desligado.</translation>
    </message>
    <message>
        <source>Switched on. Use Test connection to check it reaches the provider.</source>
        <translation>Ligado. Use Testar ligação para verificar se chega ao fornecedor.</translation>
    </message>
</context>
<context>
    <name>jack::desk::AppConfigForm</name>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Saved (%1). Type a new value to replace it.</source>
        <translation>Guardado (%1). Escreva um novo valor para o substituir.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predefinição: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Only a manager or an admin can run a test.</source>
        <translation>Só um gestor ou um administrador pode fazer um teste.</translation>
    </message>
</context>
<context>
    <name>jack::desk::CannedResponseModel</name>
    <message>
        <source>The canned responses could not be loaded: the hub cannot be reached.</source>
        <translation>Não foi possível carregar as respostas predefinidas: o servidor está inacessível.</translation>
    </message>
    <message>
        <source>The canned responses could not be loaded: %1</source>
        <translation>Não foi possível carregar as respostas predefinidas: %1</translation>
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
        <translation>Equipa</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos os canais</translation>
    </message>
</context>
<context>
    <name>jack::desk::Desk</name>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Não foi possível abrir o ficheiro: %1</translation>
    </message>
    <message>
        <source>Jack kept no record for this message</source>
        <translation>O Jack não guardou registo desta mensagem</translation>
    </message>
    <message>
        <source>Could not load why Jack said this: %1</source>
        <translation>Não foi possível carregar porque é que o Jack disse isto: %1</translation>
    </message>
    <message>
        <source>The inbox could not be loaded: %1</source>
        <translation>Não foi possível carregar a caixa de entrada: %1</translation>
    </message>
    <message>
        <source>The tasks could not be loaded: %1</source>
        <translation>Não foi possível carregar as tarefas: %1</translation>
    </message>
    <message>
        <source>Jack could not suggest a reply: %1</source>
        <translation>O Jack não conseguiu sugerir uma resposta: %1</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>Não foi possível carregar as mensagens: %1</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Ainda não atribuída</translation>
    </message>
    <message>
        <source>Jack is handling this</source>
        <translation>O Jack está a tratar</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Atribuída a si</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Atribuída a %1</translation>
    </message>
    <message>
        <source>Assigned to a colleague</source>
        <translation>Atribuída a um colega</translation>
    </message>
    <message>
        <source>Could not escalate: %1</source>
        <translation>Não foi possível escalar: %1</translation>
    </message>
    <message>
        <source>Could not resolve: %1</source>
        <translation>Não foi possível resolver: %1</translation>
    </message>
    <message>
        <source>Could not reopen: %1</source>
        <translation>Não foi possível reabrir: %1</translation>
    </message>
    <message>
        <source>Could not assign the conversation: %1</source>
        <translation>Não foi possível atribuir a conversa: %1</translation>
    </message>
    <message>
        <source>Template “%1”</source>
        <translation>Modelo “%1”</translation>
    </message>
    <message>
        <source>The message could not be sent again: %1</source>
        <translation>Não foi possível reenviar a mensagem: %1</translation>
    </message>
    <message>
        <source>WhatsApp did not take the reply: the 24-hour window is closed, so only an approved template can reach the guest now. (%1)</source>
        <translation>O WhatsApp não aceitou a resposta: a janela de 24 horas está fechada e agora só um modelo aprovado chega ao hóspede. (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 is empty; choose another file.</source>
        <translation>%1 está vazio; escolha outro ficheiro.</translation>
    </message>
    <message>
        <source>%1 is %2; WhatsApp takes photos of at most %3. Choose a smaller photo.</source>
        <translation>%1 tem %2; o WhatsApp aceita fotografias até %3. Escolha uma fotografia mais pequena.</translation>
    </message>
    <message>
        <source>%1 is %2; WhatsApp takes files of at most %3. Choose a smaller file.</source>
        <translation>%1 tem %2; o WhatsApp aceita ficheiros até %3. Escolha um ficheiro mais pequeno.</translation>
    </message>
    <message>
        <source>%1 could not be read; choose a file on this computer.</source>
        <translation>Não foi possível ler %1; escolha um ficheiro deste computador.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>the hub could not be reached (%1). Try again.</source>
        <translation>não foi possível contactar o servidor (%1). Tente de novo.</translation>
    </message>
    <message>
        <source>%1 could not be sent: %2</source>
        <translation>Não foi possível enviar %1: %2</translation>
    </message>
    <message>
        <source>The task could not be changed: %1</source>
        <translation>Não foi possível alterar a tarefa: %1</translation>
    </message>
    <message>
        <source>Earlier messages could not be loaded: %1</source>
        <translation>Não foi possível carregar as mensagens anteriores: %1</translation>
    </message>
    <message>
        <source>Could not snooze the conversation: %1</source>
        <translation>Não foi possível adiar a conversa: %1</translation>
    </message>
    <message>
        <source>Could not bring the conversation back: %1</source>
        <translation>Não foi possível reativar a conversa: %1</translation>
    </message>
    <message>
        <source>The task could not be assigned to you: %1</source>
        <translation>Não foi possível atribuir-lhe a tarefa: %1</translation>
    </message>
    <message>
        <source>The task is still open: the guest could not be told (%1)</source>
        <translation>A tarefa continua aberta: não foi possível avisar o hóspede (%1)</translation>
    </message>
    <message>
        <source>The task could not be completed: %1</source>
        <translation>Não foi possível concluir a tarefa: %1</translation>
    </message>
    <message>
        <source>Done. The guest has been told.</source>
        <translation>Feito. O hóspede foi avisado.</translation>
    </message>
</context>
<context>
    <name>jack::desk::GuestDirectory</name>
    <message>
        <source>The hub cannot be reached. The list will load when it is back.</source>
        <translation>O servidor está inacessível. A lista carrega quando voltar.</translation>
    </message>
    <message>
        <source>You are not allowed to see guests.</source>
        <translation>Não tem permissão para ver hóspedes.</translation>
    </message>
    <message>
        <source>The hub could not load the guests (%1).</source>
        <translation>O servidor não conseguiu carregar os hóspedes (%1).</translation>
    </message>
    <message>
        <source>No guest matches “%1”</source>
        <translation>Nenhum hóspede corresponde a “%1”</translation>
    </message>
    <message>
        <source>No arrivals today</source>
        <translation>Sem chegadas hoje</translation>
    </message>
    <message>
        <source>No guests in house</source>
        <translation>Sem hóspedes alojados</translation>
    </message>
    <message>
        <source>No departures today</source>
        <translation>Sem partidas hoje</translation>
    </message>
    <message>
        <source>No guests yet</source>
        <translation>Ainda sem hóspedes</translation>
    </message>
    <message>
        <source>Try part of the name, the phone number, the e-mail or the room.</source>
        <translation>Experimente parte do nome, o telefone, o e-mail ou o quarto.</translation>
    </message>
    <message>
        <source>Try “All guests”, or part of the name, phone, e-mail or room.</source>
        <translation>Experimente “Todos”, ou parte do nome, telefone, e-mail ou quarto.</translation>
    </message>
    <message>
        <source>Reservations arriving today appear here. See “In house” for guests already checked in.</source>
        <translation>Aqui aparecem as reservas que chegam hoje. Veja “Alojados” para hóspedes que já fizeram check-in.</translation>
    </message>
    <message>
        <source>Checked-in guests appear here once your PMS reports them.</source>
        <translation>Os hóspedes com check-in aparecem aqui quando o PMS os comunica.</translation>
    </message>
    <message>
        <source>Guests leaving today appear here, so you can prepare their check-out.</source>
        <translation>Aqui aparecem os hóspedes que saem hoje, para preparar o check-out.</translation>
    </message>
    <message>
        <source>A guest appears as soon as they write to the hotel or a reservation arrives.</source>
        <translation>Um hóspede aparece assim que escreve ao hotel ou chega uma reserva.</translation>
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
        <translation>Check-out feito</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>No stay</source>
        <translation>Sem estadia</translation>
    </message>
    <message>
        <source>%1 · 1 night</source>
        <extracomment>%1 is a date range like &quot;27 – 30 Nov&quot;</extracomment>
        <translation>%1 · 1 noite</translation>
    </message>
    <message>
        <source>%1 · %2 nights</source>
        <translation>%1 · %2 noites</translation>
    </message>
</context>
<context>
    <name>jack::desk::GuestProfile</name>
    <message>
        <source>Only a manager or an admin can export or erase a guest&apos;s data. Ask one if the guest makes a data request.</source>
        <translation>Só um gestor ou um administrador pode exportar ou apagar os dados de um hóspede. Peça-lhe se o hóspede fizer um pedido de dados.</translation>
    </message>
    <message>
        <source>this guest</source>
        <translation>este hóspede</translation>
    </message>
    <message>
        <source>Added by staff</source>
        <translation>Adicionado pela equipa</translation>
    </message>
    <message>
        <source>Heard by Jack</source>
        <translation>Ouvido pelo Jack</translation>
    </message>
    <message>
        <source>the memory</source>
        <translation>a memória</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>a exportação</translation>
    </message>
    <message>
        <source>The export could not be saved to %1: %2</source>
        <translation>Não foi possível guardar a exportação em %1: %2</translation>
    </message>
    <message>
        <source>the erasure</source>
        <translation>o apagamento</translation>
    </message>
    <message>
        <source>The hub cannot be reached; %1 was not saved. Try again when it is back.</source>
        <translation>O servidor está inacessível; não foi guardado: %1. Tente de novo quando voltar.</translation>
    </message>
    <message>
        <source>Your role may not change %1.</source>
        <translation>A sua função não permite alterar isto: %1.</translation>
    </message>
    <message>
        <source>This guest or memory no longer exists. The list was reloaded.</source>
        <translation>Este hóspede ou memória já não existe. A lista foi recarregada.</translation>
    </message>
    <message>
        <source>That was refused: it conflicts with what the hub has.</source>
        <translation>Foi recusado: entra em conflito com o que o servidor tem.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Recusado: %1.</translation>
    </message>
    <message>
        <source>Please check %1: %2.</source>
        <translation>Verifique %1: %2.</translation>
    </message>
    <message>
        <source>The hub could not handle %1 (%2).</source>
        <translation>O servidor não conseguiu processar %1 (%2).</translation>
    </message>
</context>
<context>
    <name>jack::desk::HealthBoard</name>
    <message>
        <source>Working</source>
        <translation>A funcionar</translation>
    </message>
    <message>
        <source>Partly working</source>
        <translation>Funciona em parte</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>A iniciar</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>Inacessível</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Não funciona</translation>
    </message>
    <message>
        <source>Everything is working.</source>
        <translation>Está tudo a funcionar.</translation>
    </message>
    <message>
        <source>Jack is running, but something needs a look. See below.</source>
        <translation>O Jack está a funcionar, mas algo precisa de atenção. Veja abaixo.</translation>
    </message>
    <message>
        <source>Jack&apos;s database is not working. Guests&apos; messages may not be saved.</source>
        <translation>A base de dados do Jack não está a funcionar. As mensagens dos hóspedes podem não ser guardadas.</translation>
    </message>
    <message>
        <source>Jack&apos;s hub cannot be reached. Check that it is running.</source>
        <translation>Não é possível contactar o servidor do Jack. Verifique se está a funcionar.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>A verificar…</translation>
    </message>
    <message>
        <source>A %1 message was not delivered</source>
        <translation>Uma mensagem por %1 não foi entregue</translation>
    </message>
    <message>
        <source>A %1 message to %2 was not delivered</source>
        <translation>Uma mensagem por %1 para %2 não foi entregue</translation>
    </message>
    <message>
        <source>%1 did not answer a request from Jack</source>
        <translation>%1 não respondeu a um pedido do Jack</translation>
    </message>
    <message>
        <source>The numbers could not be loaded: the hub cannot be reached.</source>
        <translation>Não foi possível carregar os números: o servidor está inacessível.</translation>
    </message>
    <message>
        <source>The numbers could not be loaded: %1</source>
        <translation>Não foi possível carregar os números: %1</translation>
    </message>
    <message>
        <source>Message hub</source>
        <translation>Servidor de mensagens</translation>
    </message>
    <message>
        <source>Receives guests&apos; messages and serves the desks</source>
        <translation>Recebe as mensagens dos hóspedes e serve os postos da receção</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de dados</translation>
    </message>
    <message>
        <source>Keeps every conversation, task and setting</source>
        <translation>Guarda todas as conversas, tarefas e definições</translation>
    </message>
    <message>
        <source>Answers with %1</source>
        <translation>Responde com %1</translation>
    </message>
    <message>
        <source>AI replies</source>
        <translation>Respostas de IA</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <source>No messaging channel is connected yet (Settings → Apps)</source>
        <translation>Ainda não há nenhum canal ligado (Definições → Apps)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nenhum ainda</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no guest messages</source>
        <translation>sem mensagens de hóspedes</translation>
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
        <translation>motor offline do Jack</translation>
    </message>
    <message>
        <source>no replies yet</source>
        <translation>ainda sem respostas</translation>
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
        <translation>Não é possível contactar o servidor. Verifique se está a funcionar e tente de novo.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>A sua sessão terminou. Volte a entrar.</translation>
    </message>
    <message>
        <source>Only an admin can change this.</source>
        <translation>Só um administrador pode alterar isto.</translation>
    </message>
    <message>
        <source>The hub ran into a problem. Try again in a moment.</source>
        <translation>O servidor teve um problema. Tente de novo daqui a pouco.</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeBook</name>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>The hub cannot be reached. The knowledge base will load when it is back.</source>
        <translation>O servidor está inacessível. A base de conhecimento carrega quando voltar.</translation>
    </message>
    <message>
        <source>The hub could not load the knowledge base (%1).</source>
        <translation>O servidor não conseguiu carregar a base de conhecimento (%1).</translation>
    </message>
    <message>
        <source>Give the entry a title, a category and the text Jack may tell guests.</source>
        <translation>Dê à entrada um título, uma categoria e o texto que o Jack pode dizer aos hóspedes.</translation>
    </message>
    <message>
        <source>The hub cannot be reached; nothing was saved. Try again when it is back.</source>
        <translation>O servidor está inacessível; nada foi guardado. Tente de novo quando voltar.</translation>
    </message>
    <message>
        <source>Only a manager or an admin can change the knowledge base.</source>
        <translation>Só um gestor ou um administrador pode alterar a base de conhecimento.</translation>
    </message>
    <message>
        <source>This entry was deleted meanwhile.</source>
        <translation>Esta entrada foi eliminada entretanto.</translation>
    </message>
    <message>
        <source>The hub refused the entry: %1.</source>
        <translation>O servidor recusou a entrada: %1.</translation>
    </message>
    <message>
        <source>The hub could not save the entry (%1).</source>
        <translation>O servidor não conseguiu guardar a entrada (%1).</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeImport</name>
    <message>
        <source>Type the address of the hotel&apos;s website, e.g. https://www.your-hotel.com/</source>
        <translation>Escreva o endereço do site do hotel, ex.: https://www.o-seu-hotel.pt/</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Try again when it is back.</source>
        <translation>O servidor está inacessível. Tente de novo quando voltar.</translation>
    </message>
    <message>
        <source>Only an admin can import from a website.</source>
        <translation>Só um administrador pode importar de um site.</translation>
    </message>
    <message>
        <source>The hub could not read that website: %1.</source>
        <translation>O servidor não conseguiu ler esse site: %1.</translation>
    </message>
    <message>
        <source>That address was refused: %1.</source>
        <translation>Esse endereço foi recusado: %1.</translation>
    </message>
    <message>
        <source>Read %1 page(s) of the website.</source>
        <translation>Páginas do site lidas: %1.</translation>
    </message>
    <message>
        <source>Read %1 page(s); skipped %2 (%3).</source>
        <translation>Páginas lidas: %1; ignoradas: %2 (%3).</translation>
    </message>
    <message>
        <source>Tick at least one entry to import, or go back.</source>
        <translation>Marque pelo menos uma entrada para importar, ou volte atrás.</translation>
    </message>
    <message>
        <source>The hub cannot be reached; nothing was imported.</source>
        <translation>O servidor está inacessível; nada foi importado.</translation>
    </message>
    <message>
        <source>The hub refused the import: %1. Fix the entry and try again.</source>
        <translation>O servidor recusou a importação: %1. Corrija a entrada e tente de novo.</translation>
    </message>
    <message>
        <source>Imported %1 entries. Jack can answer from them now.</source>
        <translation>Entradas importadas: %1. O Jack já pode responder com elas.</translation>
    </message>
    <message>
        <source>Imported %1 entries; %2 were already known and left out.</source>
        <translation>Entradas importadas: %1; já conhecidas e ignoradas: %2.</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeQuestion</name>
    <message>
        <source>That question is too long: keep it under %1 characters, as a guest would.</source>
        <translation>A pergunta é demasiado longa: fique abaixo de %1 caracteres, como um hóspede faria.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Try again when it is back.</source>
        <translation>O servidor está inacessível. Tente de novo quando voltar.</translation>
    </message>
    <message>
        <source>Jack&apos;s answering service is not running on the hub right now.</source>
        <translation>O serviço de respostas do Jack não está a funcionar no servidor neste momento.</translation>
    </message>
    <message>
        <source>Jack could not answer the test question (%1).</source>
        <translation>O Jack não conseguiu responder à pergunta de teste (%1).</translation>
    </message>
    <message>
        <source>%1% match</source>
        <extracomment>how well an entry matches the question, 0 to 100</extracomment>
        <translation>%1% de correspondência</translation>
    </message>
    <message>
        <source>Offline engine</source>
        <translation>Motor offline</translation>
    </message>
    <message>
        <source>Language model (%1)</source>
        <translation>Modelo de linguagem (%1)</translation>
    </message>
    <message>
        <source>%1% sure</source>
        <translation>%1% de certeza</translation>
    </message>
</context>
<context>
    <name>jack::desk::MediaDownloads</name>
    <message>
        <source>The file could not be saved in %1</source>
        <translation>Não foi possível guardar o ficheiro em %1</translation>
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
        <translation>Equipa</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Hóspede</translation>
    </message>
    <message>
        <source>%1 · retrying</source>
        <translation>%1 · a tentar de novo</translation>
    </message>
</context>
<context>
    <name>jack::desk::NoteBoard</name>
    <message>
        <source>The note could not be saved: the hub cannot be reached.</source>
        <translation>Não foi possível guardar a nota: o servidor está inacessível.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Não foi possível guardar a nota: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::QuickSwitcherModel</name>
    <message>
        <source>Screen</source>
        <translation>Ecrã</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Quarto %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::Session</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>A sua sessão terminou. Volte a entrar.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Introduza o seu e-mail e palavra-passe.</translation>
    </message>
    <message>
        <source>That email and password do not match. Try again.</source>
        <translation>O e-mail e a palavra-passe não correspondem. Tente de novo.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>Demasiadas tentativas. Aguarde um minuto e tente de novo.</translation>
    </message>
    <message>
        <source>Jack cannot be reached at %1. Check that the hub is running.</source>
        <translation>Não é possível contactar o Jack em %1. Verifique se o servidor está a funcionar.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Não foi possível entrar: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::SetupWizard</name>
    <message>
        <source>Enter the hotel&apos;s name.</source>
        <translation>Escreva o nome do hotel.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Escreva o seu nome.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Escreva o seu endereço de e-mail.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>As duas palavras-passe não são iguais. Escreva-as de novo.</translation>
    </message>
    <message>
        <source>This hub was set up from another desk meanwhile. Sign in with the account created there.</source>
        <translation>Entretanto, este servidor foi configurado noutro posto. Entre com a conta criada lá.</translation>
    </message>
    <message>
        <source>Creating the account failed</source>
        <translation>Não foi possível criar a conta</translation>
    </message>
    <message>
        <source>Saving the AI choice failed</source>
        <translation>Não foi possível guardar a escolha de IA</translation>
    </message>
    <message>
        <source>Choose Anthropic or OpenAI.</source>
        <translation>Escolha Anthropic ou OpenAI.</translation>
    </message>
    <message>
        <source>Paste the API key from the provider&apos;s website.</source>
        <translation>Cole a chave de API do site do fornecedor.</translation>
    </message>
    <message>
        <source>Saving the key failed</source>
        <translation>Não foi possível guardar a chave</translation>
    </message>
    <message>
        <source>Testing the key failed</source>
        <translation>Não foi possível testar a chave</translation>
    </message>
    <message>
        <source>Changing the channel failed</source>
        <translation>Não foi possível alterar o canal</translation>
    </message>
    <message>
        <source>Enter the address of the hotel&apos;s website.</source>
        <translation>Escreva o endereço do site do hotel.</translation>
    </message>
    <message>
        <source>Reading the website failed</source>
        <translation>Não foi possível ler o site</translation>
    </message>
    <message>
        <source>Nothing Jack could use was found there. Try another page, or add answers later under Knowledge.</source>
        <translation>Não foi encontrado nada que o Jack possa usar. Experimente outra página ou acrescente respostas mais tarde em Conhecimento.</translation>
    </message>
    <message>
        <source>Importing failed</source>
        <translation>Não foi possível importar</translation>
    </message>
    <message>
        <source>Jack&apos;s hub cannot be reached at %1. Check that it is running.</source>
        <translation>Não é possível contactar o servidor do Jack em %1. Verifique se está a funcionar.</translation>
    </message>
    <message>
        <source>this account may not do that. Sign in as an admin.</source>
        <translation>esta conta não pode fazer isso. Entre como administrador.</translation>
    </message>
    <message>
        <source>the hub answered %1</source>
        <translation>o servidor respondeu %1</translation>
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
        <translation>Daqui a 1 hora · %1</translation>
    </message>
    <message>
        <source>This evening · %1</source>
        <translation>Esta noite · %1</translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translation>Amanhã · %1</translation>
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
        <translation>Gestor</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 já pode entrar.</translation>
    </message>
    <message>
        <source>Saved the changes for %1.</source>
        <translation>Alterações de %1 guardadas.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 pode voltar a entrar.</translation>
    </message>
    <message>
        <source>%1 is deactivated and signed out.</source>
        <translation>A conta de %1 foi desativada e a sessão terminada.</translation>
    </message>
    <message>
        <source>%1 has a new password and was signed out everywhere.</source>
        <translation>%1 tem uma nova palavra-passe e todas as sessões foram terminadas.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>A conta de %1 foi eliminada.</translation>
    </message>
</context>
<context>
    <name>jack::desk::TaskCreator</name>
    <message>
        <source>The task could not be created: the hub cannot be reached.</source>
        <translation>Não foi possível criar a tarefa: o servidor está inacessível.</translation>
    </message>
    <message>
        <source>The task could not be created: %1</source>
        <translation>Não foi possível criar a tarefa: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::TaskListModel</name>
    <message>
        <source>All departments</source>
        <translation>Todos os departamentos</translation>
    </message>
</context>
</TS>
