<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>HubApi</name>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="25"/>
        <source>%1 (revision %2)</source>
        <translation>%1 (revisión %2)</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="26"/>
        <source>%1 in %2 (revision %3)</source>
        <translation>%1 en %2 (revisión %3)</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="140"/>
        <source>The file list of %1 is not a JSON array (%2).</source>
        <translation>La lista de archivos de %1 no es un array JSON (%2).</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="143"/>
        <source>unexpected shape</source>
        <translation>forma inesperada</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="155"/>
        <source>The file list of %1 names an unsafe path: &quot;%2&quot;.</source>
        <translation>La lista de archivos de %1 contiene una ruta no segura: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="189"/>
        <source>Access to %1 was refused (HTTP %2) with the Hugging Face token that is stored: the repository is gated or private. Accept its terms on the Hub with the token&apos;s account, or store a token that has access under &quot;huggingface&quot; in Providers &amp; Budgets.</source>
        <translation>Se denegó el acceso a %1 (HTTP %2) con el token de Hugging Face guardado: el repositorio es restringido o privado. Acepta sus condiciones en el Hub con la cuenta del token o guarda un token con acceso en &quot;huggingface&quot; en Proveedores y presupuestos.</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="194"/>
        <source>%1 needs a Hugging Face token (HTTP %2): the repository is gated, private or does not exist. Store a token under &quot;huggingface&quot; in Providers &amp; Budgets and try again.</source>
        <translation>%1 necesita un token de Hugging Face (HTTP %2): el repositorio es restringido, privado o no existe. Guarda un token en &quot;huggingface&quot; en Proveedores y presupuestos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="201"/>
        <source>Repository %1 was not found on the Hub (HTTP 404).</source>
        <translation>No se encontró el repositorio %1 en el Hub (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="203"/>
        <source>Revision %1 of %2 was not found (HTTP 404).</source>
        <translation>No se encontró la revisión %1 de %2 (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="205"/>
        <source>Not found: %1 (HTTP 404).</source>
        <translation>No encontrado: %1 (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="207"/>
        <source>Asked for %1.</source>
        <translation>Se solicitó %1.</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="212"/>
        <source>The Hub answered HTTP %1 for %2.</source>
        <translation>El Hub respondió HTTP %1 para %2.</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="224"/>
        <source>The connection failed while fetching %1: %2.</source>
        <translation>La conexión falló al obtener %1: %2.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="20"/>
        <source>Cannot %1 the %2 key: no system keychain is available (no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="27"/>
        <source>Cannot %1 the %2 key: the keychain refused access. %3</source>
        <translation>No se puede %1 la clave de %2: el llavero denegó el acceso. %3</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="30"/>
        <source>Cannot %1 the %2 key: %3</source>
        <translation>No se puede %1 la clave de %2: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>Switchboard: chat with local and cloud language models in one place.
switchboard-cli has the commands for terminals and scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>Keep conversations, usage and models in &lt;dir&gt; for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Print the start time and idle memory, then quit (benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Time opening and scrolling an &lt;n&gt;-message conversation, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::AboutDialog</name>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="15"/>
        <source>About Switchboard</source>
        <translation>Acerca de Switchboard</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="20"/>
        <source>One place to talk to language models: the local SmolLM3 on Vulkan and remote providers through one router.</source>
        <translation>Un solo lugar para hablar con modelos de lenguaje: SmolLM3 local en Vulkan y proveedores remotos a través de un único enrutador.</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="29"/>
        <source>Vulkan device: %1</source>
        <translation>Dispositivo Vulkan: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="30"/>
        <source>No Vulkan device (%1). The local model runs on the CPU.</source>
        <translation>No hay dispositivo Vulkan (%1). El modelo local se ejecuta en la CPU.</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="34"/>
        <source>Qt %1. Licensed under the Apache License 2.0.</source>
        <translation>Qt %1. Con licencia Apache License 2.0.</translation>
    </message>
</context>
<context>
    <name>sb::AppKeyStore</name>
    <message>
        <location filename="../app/common/AppKeyStore.cpp" line="14"/>
        <source>The %1 key is used until Switchboard quits, but it was not saved: %2 To keep it, set %3 in the environment or keep your keys in an encrypted file (Providers &amp; Budgets).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::BillingTableModel</name>
    <message numerus="yes">
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="82"/>
        <source>%n request(s) reported no usage; their tokens are estimated.</source>
        <translation>
            <numerusform>%n solicitud no informó del uso; sus tokens son estimados.</numerusform>
            <numerusform>%n solicitudes no informaron del uso; sus tokens son estimados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="93"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="95"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="97"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="99"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="101"/>
        <source>Tokens in</source>
        <translation>Tokens de entrada</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="103"/>
        <source>Tokens out</source>
        <translation>Tokens de salida</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="105"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
</context>
<context>
    <name>sb::Budget</name>
    <message>
        <location filename="../router/budget/Budget.cpp" line="13"/>
        <source>daily</source>
        <translation type="unfinished">diario</translation>
    </message>
    <message>
        <location filename="../router/budget/Budget.cpp" line="14"/>
        <source>monthly</source>
        <translation type="unfinished">mensual</translation>
    </message>
    <message>
        <location filename="../router/budget/Budget.cpp" line="16"/>
        <source>global %1 budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/budget/Budget.cpp" line="17"/>
        <source>%1 %2 budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/budget/Budget.cpp" line="76"/>
        <source>Cannot check the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/budget/Budget.cpp" line="86"/>
        <source>Refused by the %1: $%2 of $%3 is spent, and this answer could cost up to $%4, $%5 more than is left. Raise the budget, or allow shorter answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/budget/Budget.cpp" line="98"/>
        <source>Refused by the %1 for now: $%2 spent and $%3 reserved by requests in flight of $%4; this request may cost up to $%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/budget/Budget.cpp" line="116"/>
        <source>%1: %2% used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CandidateFilter</name>
    <message>
        <location filename="../router/routing/CandidateFilter.cpp" line="49"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/routing/CandidateFilter.cpp" line="54"/>
        <source>no local model loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/routing/CandidateFilter.cpp" line="59"/>
        <source>no API key (set one, or %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/routing/CandidateFilter.cpp" line="65"/>
        <source>the API key was rejected (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/routing/CandidateFilter.cpp" line="71"/>
        <source>cooling down for %1 s after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/routing/CandidateFilter.cpp" line="80"/>
        <source>needs about %1 tokens, the context window is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ChatArea</name>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="73"/>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="74"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="76"/>
        <source>Search conversations (%1)</source>
        <translation>Buscar conversaciones (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="80"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="83"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="82"/>
        <source>New chat (%1)</source>
        <translation>Nuevo chat (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="89"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="107"/>
        <source>Think</source>
        <translation>Pensar</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="108"/>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="109"/>
        <source>Let SmolLM3 reason before it answers (/think) or answer directly (/no_think)</source>
        <translation>Deja que SmolLM3 razone antes de responder (/think) o que responda directamente (/no_think)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="112"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="113"/>
        <source>Conversation settings</source>
        <translation>Ajustes de la conversación</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="116"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="117"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="475"/>
        <source>Export conversation</source>
        <translation>Exportar conversación</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="120"/>
        <source>As Markdown…</source>
        <translation>Como Markdown…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="121"/>
        <source>As JSON…</source>
        <translation>Como JSON…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="167"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="596"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="172"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="176"/>
        <source>Send (%1)</source>
        <translation>Enviar (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="177"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="180"/>
        <source>Stop generating (%1)</source>
        <translation>Detener la generación (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="181"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="587"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="242"/>
        <source>%1 tokens/s</source>
        <translation type="unfinished">%1 tokens/s</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="244"/>
        <source>context: about %1 of %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="246"/>
        <source>context: about %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="287"/>
        <source>Write a message… (Ctrl+Enter sends, Enter adds a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="288"/>
        <source>Write a message… (Enter sends, Shift+Enter adds a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="319"/>
        <source>Conversations cannot be saved: %1</source>
        <translation>No se pueden guardar las conversaciones: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="374"/>
        <source>Offline · using the local model</source>
        <translation>Sin conexión · usando el modelo local</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="374"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="375"/>
        <source>No network: requests go to the local model.</source>
        <translation>Sin red: las solicitudes van al modelo local.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="376"/>
        <source>No network and no local model: load one in Models to chat offline.</source>
        <translation>Sin red y sin modelo local: carga uno en Modelos para chatear sin conexión.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="458"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="474"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="474"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="513"/>
        <source>This chat runs %1 on this computer, and it is not loaded. Nothing is sent elsewhere instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="520"/>
        <source>No enabled provider offers %1 now: choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="562"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="563"/>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="563"/>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="565"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="566"/>
        <source>Delete conversation</source>
        <translation>Eliminar conversación</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="567"/>
        <source>Delete &quot;%1&quot; and all its messages?</source>
        <translation>¿Eliminar &quot;%1&quot; y todos sus mensajes?</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="582"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="584"/>
        <source>Edit and resend…</source>
        <translation>Editar y reenviar…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="596"/>
        <source>Edit and resend</source>
        <translation>Editar y reenviar</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="604"/>
        <source>Start or open a conversation to change its settings.</source>
        <translation>Inicia o abre una conversación para cambiar sus ajustes.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="659"/>
        <source>The provider needs a valid key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="662"/>
        <source>A budget stopped this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="684"/>
        <source>Add key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="687"/>
        <source>Raise budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="690"/>
        <source>Load it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ChatController</name>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="52"/>
        <location filename="../app/gui/chat/ChatController.cpp" line="121"/>
        <source>The conversation store is not open.</source>
        <translation>El almacén de conversaciones no está abierto.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="116"/>
        <location filename="../app/gui/chat/ChatController.cpp" line="285"/>
        <location filename="../app/gui/chat/ChatController.cpp" line="302"/>
        <source>An answer is still being generated. Stop it first.</source>
        <translation>Todavía se está generando una respuesta. Detenla primero.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="118"/>
        <source>Nothing can answer yet: add a provider key in Providers &amp; Budgets or load a local model in Models.</source>
        <translation>Nada puede responder todavía: añade una clave de proveedor en Proveedores y presupuestos o carga un modelo local en Modelos.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="149"/>
        <source>Choose a model first.</source>
        <translation>Elige primero un modelo.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="247"/>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="292"/>
        <source>There is no answer to regenerate.</source>
        <translation>No hay ninguna respuesta que regenerar.</translation>
    </message>
</context>
<context>
    <name>sb::ChatView</name>
    <message>
        <location filename="../app/gui/chat/ChatView.cpp" line="20"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatView.cpp" line="229"/>
        <source>Start a conversation: pick a model above, write below and press Ctrl+Enter.
Answers show the provider, tokens, cost and speed.</source>
        <translation>Empieza una conversación: elige un modelo arriba, escribe abajo y pulsa Ctrl+Intro.
Las respuestas muestran el proveedor, los tokens, el coste y la velocidad.</translation>
    </message>
</context>
<context>
    <name>sb::ConversationListModel</name>
    <message>
        <location filename="../app/gui/chat/ConversationListModel.cpp" line="62"/>
        <source>%1
Last message: %2</source>
        <translation>%1
Último mensaje: %2</translation>
    </message>
</context>
<context>
    <name>sb::ConversationModel</name>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="191"/>
        <source>%1 in / %2 out tokens</source>
        <translation>%1 de entrada / %2 de salida</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="195"/>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="197"/>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="199"/>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
</context>
<context>
    <name>sb::ConversationSettingsDialog</name>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="17"/>
        <source>Conversation settings</source>
        <translation>Ajustes de la conversación</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="22"/>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="24"/>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="23"/>
        <source>You are a helpful assistant.</source>
        <translation>Eres un asistente útil.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="36"/>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="46"/>
        <source>Set</source>
        <translation>Definir</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="40"/>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="44"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="50"/>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="54"/>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="58"/>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="62"/>
        <source>Maximum answer tokens</source>
        <translation>Máximo de tokens de respuesta</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="60"/>
        <source>provider default</source>
        <translation>predeterminado del proveedor</translation>
    </message>
</context>
<context>
    <name>sb::CustomEndpointDialog</name>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="32"/>
        <source>Custom OpenAI-compatible endpoint</source>
        <translation>Endpoint personalizado compatible con OpenAI</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="37"/>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="38"/>
        <source>e.g. vLLM on the GPU box</source>
        <translation>p. ej., vLLM en el equipo con GPU</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="41"/>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="49"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="45"/>
        <source>API key (optional)</source>
        <translation>Clave de API (opcional)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="47"/>
        <source>optional; stored in your system keychain</source>
        <translation>opcional; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="48"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="50"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="55"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Model id</source>
        <translation>ID del modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Context (tokens)</source>
        <translation>Contexto (tokens)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Input $/M tokens</source>
        <translation>Entrada $/M tokens</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Output $/M tokens</source>
        <translation>Salida $/M tokens</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="63"/>
        <source>Add model</source>
        <translation>Añadir modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="65"/>
        <source>Remove model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="67"/>
        <source>Fetch models</source>
        <translation>Obtener modelos</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="69"/>
        <source>Asks the server for its model list (GET base URL/models)</source>
        <translation>Pide al servidor su lista de modelos (GET URL base/models)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="105"/>
        <source>unchanged (type a new key to replace it)</source>
        <translation>sin cambios (escribe una clave nueva para reemplazarla)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="142"/>
        <source>Give the endpoint a name.</source>
        <translation>Ponle un nombre al endpoint.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="145"/>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="191"/>
        <source>Base URL: %1</source>
        <translation>URL base: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="157"/>
        <source>Model &apos;%1&apos; is listed twice.</source>
        <translation>El modelo &apos;%1&apos; aparece dos veces.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="165"/>
        <source>Model &apos;%1&apos;: the context window must be a positive number of tokens.</source>
        <translation>Modelo &apos;%1&apos;: la ventana de contexto debe ser un número positivo de tokens.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="174"/>
        <source>Model &apos;%1&apos;: prices are USD per million tokens, 0 or more.</source>
        <translation>Modelo &apos;%1&apos;: los precios son en USD por millón de tokens, 0 o más.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="181"/>
        <source>List at least one model (type its id or use Fetch models).</source>
        <translation>Indica al menos un modelo (escribe su ID o usa Obtener modelos).</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="197"/>
        <source>Asking %1/models…</source>
        <translation>Consultando %1/models…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="201"/>
        <source>Could not fetch the models: %1</source>
        <translation>No se pudieron obtener los modelos: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="218"/>
        <source>The server lists %n model(s); %1 added.</source>
        <translation>
            <numerusform>El servidor ofrece %n modelo; %1 añadidos.</numerusform>
            <numerusform>El servidor ofrece %n modelos; %1 añadidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::DatasetPreviewPanel</name>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="51"/>
        <source>Tokens with a loss: the assistant&apos;s turns (all tokens for plain text)</source>
        <translation>Tokens con pérdida: los turnos del asistente (todos los tokens en texto plano)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="53"/>
        <source>Dataset preview</source>
        <translation>Vista previa del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="95"/>
        <source>Choose a JSONL dataset: one {&quot;messages&quot;: [...]} or {&quot;text&quot;: ...} record per line.</source>
        <translation>Elige un conjunto de datos JSONL: un registro {&quot;messages&quot;: [...]} o {&quot;text&quot;: ...} por línea.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="99"/>
        <source>Choose a model (or load one in Models) to count tokens.</source>
        <translation>Elige un modelo (o carga uno en Modelos) para contar los tokens.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="102"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="140"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="158"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="167"/>
        <source>&lt;b&gt;Error&lt;/b&gt; at line %1: %2</source>
        <translation>&lt;b&gt;Error&lt;/b&gt; en la línea %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="170"/>
        <source>%1 records · %2 tokens · %3 assistant tokens (tokenised with the model&apos;s tokenizer, chat template applied)</source>
        <translation>%1 registros · %2 tokens · %3 tokens del asistente (tokenizados con el tokenizador del modelo, con la plantilla de chat aplicada)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="175"/>
        <source>; the first %1 are shown</source>
        <translation>; se muestran los primeros %1</translation>
    </message>
</context>
<context>
    <name>sb::DeviceChoice</name>
    <message>
        <location filename="../app/gui/settings/DeviceChoice.cpp" line="21"/>
        <source>Automatic (best available)</source>
        <translation>Automático (el mejor disponible)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/DeviceChoice.cpp" line="36"/>
        <source>No Vulkan device: %1</source>
        <translation>No hay dispositivo Vulkan: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/DeviceChoice.cpp" line="61"/>
        <source>%1 (not found)</source>
        <translation>%1 (no encontrado)</translation>
    </message>
</context>
<context>
    <name>sb::DownloadPanel</name>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="45"/>
        <source>Download from Hugging Face</source>
        <translation>Descargar de Hugging Face</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="55"/>
        <source>Hugging Face repository</source>
        <translation>Repositorio de Hugging Face</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="56"/>
        <source>owner/name</source>
        <translation>propietario/nombre</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="59"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="61"/>
        <source>List files</source>
        <translation>Listar archivos</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="63"/>
        <source>List the repository&apos;s files</source>
        <translation>Lista los archivos del repositorio</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="65"/>
        <source>Repository:</source>
        <translation>Repositorio:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="69"/>
        <source>Revision:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="74"/>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="441"/>
        <source>Download folder</source>
        <translation>Carpeta de descarga</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="75"/>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="76"/>
        <source>Choose the download folder</source>
        <translation>Elige la carpeta de descarga</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="79"/>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="84"/>
        <source>Files of the repository</source>
        <translation>Archivos del repositorio</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="88"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="88"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="88"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="94"/>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="240"/>
        <source>List the files to see their sizes.</source>
        <translation>Lista los archivos para ver sus tamaños.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="102"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="104"/>
        <source>Download the checked files</source>
        <translation>Descarga los archivos marcados</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="105"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="107"/>
        <source>Pause the download</source>
        <translation>Pausa la descarga</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="108"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="110"/>
        <source>Resume the download</source>
        <translation>Reanuda la descarga</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="111"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="113"/>
        <source>Cancel the download</source>
        <translation>Cancela la descarga</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="114"/>
        <source>Open model</source>
        <translation>Abrir modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="116"/>
        <source>Open the downloaded model</source>
        <translation>Abre el modelo descargado</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="126"/>
        <source>Progress of the current file</source>
        <translation>Progreso del archivo actual</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="129"/>
        <source>Progress of the whole download</source>
        <translation>Progreso de toda la descarga</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="136"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="137"/>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="175"/>
        <source>%1 Trying again in %2 s…</source>
        <translation>%1 Se reintentará en %2 s…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="178"/>
        <source>Downloaded and verified %1 files into %2.</source>
        <translation>Se descargaron y verificaron %1 archivos en %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="250"/>
        <source>Enter a repository as owner/name, for example %1.</source>
        <translation>Introduce un repositorio como propietario/nombre, por ejemplo %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="259"/>
        <source>Listing the files of %1…</source>
        <translation>Listando los archivos de %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="278"/>
        <source>No file list.</source>
        <translation>No hay lista de archivos.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="286"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="291"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="294"/>
        <source>%1 files in %2 at %3.</source>
        <translation>%1 archivos en %2 (revisión %3).</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="316"/>
        <source>%1 files selected, %2 (the repository has %3 in %4 files).</source>
        <translation>%1 archivos seleccionados, %2 (el repositorio tiene %3 en %4 archivos).</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="335"/>
        <source>Check at least one file to download.</source>
        <translation>Marca al menos un archivo para descargar.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="343"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="367"/>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="371"/>
        <source>unknown size</source>
        <translation>tamaño desconocido</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="368"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="369"/>
        <source>%1 of %2 (%p%)</source>
        <translation>%1 de %2 (%p%)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="374"/>
        <source>File %1 of %2 · %3/s · %4 left</source>
        <translation>Archivo %1 de %2 · %3/s · quedan %4</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="380"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="380"/>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="382"/>
        <source>Checking the partial download of %1…</source>
        <translation>Comprobando la descarga parcial de %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="384"/>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="392"/>
        <source>Paused. Resume continues where it stopped, also after a restart.</source>
        <translation>En pausa. Reanudar continúa donde se detuvo, también tras un reinicio.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="395"/>
        <source>Cancelled. The partial file was deleted; finished files are kept.</source>
        <translation>Cancelado. Se eliminó el archivo parcial; los archivos terminados se conservan.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="408"/>
        <source>Resume continues the download.</source>
        <translation>Reanudar continúa la descarga.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="412"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="419"/>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
</context>
<context>
    <name>sb::EncryptedKeyFile</name>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="70"/>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="73"/>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="81"/>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="107"/>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="89"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="94"/>
        <source>%1 is not a Switchboard key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="104"/>
        <source>%1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="116"/>
        <source>Wrong passphrase (or the key file was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="139"/>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="148"/>
        <source>The key file is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="179"/>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="185"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>sb::FileTransfer</name>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="74"/>
        <source>Refused to write &quot;%1&quot; from %2: the path leaves the destination folder.</source>
        <translation>Se rechazó escribir &quot;%1&quot; de %2: la ruta sale de la carpeta de destino.</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="81"/>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="389"/>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>la conexión se cerró tras %1 de %2 bytes</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="406"/>
        <source>The server keeps answering with other bytes than asked for %1 in %2; try again later.</source>
        <translation>El servidor sigue respondiendo con bytes distintos de los solicitados para %1 en %2; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="437"/>
        <source>%1 from %2 is corrupt: its %3 is %4, the Hub lists %5. The partial download was deleted; download it again.</source>
        <translation>%1 de %2 está dañado: su %3 es %4, el Hub indica %5. Se eliminó la descarga parcial; descárgalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="504"/>
        <source>Could not write %1 (%2 from %3): %4. The partial download is kept: free some disk space or fix the folder&apos;s permissions, then resume.</source>
        <translation>No se pudo escribir %1 (%2 de %3): %4. La descarga parcial se conserva: libera espacio en disco o corrige los permisos de la carpeta y luego reanuda.</translation>
    </message>
</context>
<context>
    <name>sb::FineTuneArea</name>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="127"/>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="128"/>
        <source>A Hugging Face model directory (config.json + safetensors)</source>
        <translation>Una carpeta de modelo de Hugging Face (config.json + safetensors)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="130"/>
        <source>GGUF…</source>
        <translation>GGUF…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="132"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="134"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="136"/>
        <source>Model and data</source>
        <translation>Modelo y datos</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="138"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="142"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="195"/>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="139"/>
        <source>the loaded local model</source>
        <translation>el modelo local cargado</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="140"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="143"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="201"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="140"/>
        <source>train.jsonl</source>
        <translation>train.jsonl</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="141"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="141"/>
        <source>adapter directory</source>
        <translation>carpeta del adaptador</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="144"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="206"/>
        <source>Output directory</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="147"/>
        <source>Hyper-parameters</source>
        <translation>Hiperparámetros</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="161"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="162"/>
        <source>Start a new run (replaces the adapter in the output directory)</source>
        <translation>Inicia un nuevo entrenamiento (reemplaza el adaptador en la carpeta de salida)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="163"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="164"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="165"/>
        <source>Continue a paused run, or the checkpoint saved in the output directory</source>
        <translation>Continúa un entrenamiento en pausa o el punto de control guardado en la carpeta de salida</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="166"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="167"/>
        <source>Stop after this step and save a checkpoint</source>
        <translation>Detiene el entrenamiento tras este paso y guarda un punto de control</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="168"/>
        <source>Chat with this adapter</source>
        <translation>Chatear con este adaptador</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="169"/>
        <source>Serve base + adapter as a second local model in Chat, next to the base</source>
        <translation>Sirve base + adaptador como un segundo modelo local en Chat, junto al modelo base</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="189"/>
        <source>Base model directory</source>
        <translation>Carpeta del modelo base</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="195"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="201"/>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="271"/>
        <source>load a model in Models, or choose one</source>
        <translation>carga un modelo en Modelos o elige uno</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="272"/>
        <source>loaded: %1</source>
        <translation>cargado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="343"/>
        <source>Paused at step %1 of %2.</source>
        <translation>En pausa en el paso %1 de %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="347"/>
        <source>Cancelled at step %1 of %2; a checkpoint is saved, Resume continues from it.</source>
        <translation>Cancelado en el paso %1 de %2; se guardó un punto de control y Reanudar continúa desde él.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="354"/>
        <source>Done: %1 steps; the adapter is in %2.</source>
        <translation>Terminado: %1 pasos; el adaptador está en %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="359"/>
        <source>Training stopped: %1</source>
        <translation>El entrenamiento se detuvo: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="369"/>
        <source>Choose a base model, a dataset and an output directory first.</source>
        <translation>Elige primero un modelo base, un conjunto de datos y una carpeta de salida.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="373"/>
        <source>Choose at least one target module.</source>
        <translation>Elige al menos un módulo de destino.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="380"/>
        <source>Loading the model and the dataset…</source>
        <translation>Cargando el modelo y el conjunto de datos…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="391"/>
        <source>Pausing after this step…</source>
        <translation>Pausando tras este paso…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="399"/>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="408"/>
        <source>No checkpoint to resume in %1.</source>
        <translation>No hay ningún punto de control que reanudar en %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="418"/>
        <source>Resuming from the checkpoint at step %1…</source>
        <translation>Reanudando desde el punto de control del paso %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="429"/>
        <source>Cancelling after this step (saving a checkpoint)…</source>
        <translation>Cancelando tras este paso (guardando un punto de control)…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="448"/>
        <source>Training on %1: %2 records (%3 tokens), %4 for validation; %5 trainable parameters.</source>
        <translation>Entrenando en %1: %2 registros (%3 tokens), %4 para validación; %5 parámetros entrenables.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="454"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="473"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="525"/>
        <source>step %1 / %2</source>
        <translation>paso %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="475"/>
        <source>loss %1</source>
        <translation>pérdida %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="476"/>
        <source>loss %1 · validation %2</source>
        <translation>pérdida %1 · validación %2</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="479"/>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="481"/>
        <source>ETA %1</source>
        <translation>tiempo restante %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="527"/>
        <source>This folder holds a run at step %1 of %2: Resume continues it, Start begins anew.</source>
        <translation>Esta carpeta contiene un entrenamiento en el paso %1 de %2: Reanudar lo continúa, Iniciar empieza de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="530"/>
        <source>This folder holds a finished run (%1 steps).</source>
        <translation>Esta carpeta contiene un entrenamiento terminado (%1 pasos).</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="549"/>
        <source>Loading %1 with the adapter…</source>
        <translation>Cargando %1 con el adaptador…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="561"/>
        <source>The adapter could not be loaded: %1</source>
        <translation>No se pudo cargar el adaptador: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="565"/>
        <source>&quot;%1&quot; is in Chat&apos;s model picker next to the base model.</source>
        <translation>&quot;%1&quot; está en el selector de modelos de Chat junto al modelo base.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="612"/>
        <source>VRAM %1 MiB</source>
        <translation>VRAM %1 MiB</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="613"/>
        <source>VRAM: not used (CPU)</source>
        <translation>VRAM: no se usa (CPU)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="618"/>
        <source>memory %1 MiB</source>
        <translation>memoria %1 MiB</translation>
    </message>
</context>
<context>
    <name>sb::FineTuneSettingsForm</name>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="41"/>
        <source>Where training runs: the CPU, the GPU through Vulkan, or Auto (Vulkan when a device takes the model).</source>
        <translation>Dónde se ejecuta el entrenamiento: la CPU, la GPU mediante Vulkan o Auto (Vulkan cuando un dispositivo admite el modelo).</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="53"/>
        <source>Learning-rate schedule</source>
        <translation>Programación de la tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="54"/>
        <source>cosine</source>
        <translation>coseno</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="55"/>
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="56"/>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="58"/>
        <source>Warm-up steps</source>
        <translation>Pasos de calentamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="63"/>
        <source>only at the end</source>
        <translation>solo al final</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="64"/>
        <source>Recompute activations (less memory, ~1.3x time)</source>
        <translation>Recalcular activaciones (menos memoria, ~1,3x de tiempo)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="77"/>
        <source>Adapt %1.%2</source>
        <translation>Adaptar %1.%2</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="88"/>
        <source>warm-up </source>
        <translation>calentamiento </translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="89"/>
        <source> steps</source>
        <translation> pasos</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="93"/>
        <source>Backend</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="94"/>
        <source>Rank r</source>
        <translation>Rango r</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="95"/>
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="96"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="97"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="98"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="99"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="100"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="101"/>
        <source>Gradient accumulation</source>
        <translation>Acumulación de gradientes</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="102"/>
        <source>Sequence length</source>
        <translation>Longitud de secuencia</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="103"/>
        <source>Target modules</source>
        <translation>Módulos de destino</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="104"/>
        <source>Validation split</source>
        <translation>Fracción de validación</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="105"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="106"/>
        <source>Save every N steps</source>
        <translation>Guardar cada N pasos</translation>
    </message>
</context>
<context>
    <name>sb::KeyStorageNotice</name>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="62"/>
        <source>Your keys are kept in the encrypted file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="69"/>
        <source>Your keys are in an encrypted file; unlock it with your passphrase to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="70"/>
        <source>Unlock the key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="80"/>
        <source>No system keychain is available on this computer (no Secret Service such as GNOME Keyring or KWallet is running), so keys cannot be saved there. Keys you enter are used until Switchboard quits. To keep them, either set environment variables before starting Switchboard, such as SWITCHBOARD_KEY_OPENAI or SWITCHBOARD_KEY_GROQ (switchboard-cli serve reads them too), or keep your keys in a file in the data folder encrypted with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="86"/>
        <source>Keep keys in an encrypted file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="94"/>
        <source>No key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="108"/>
        <source>Keep keys in an encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="109"/>
        <source>Your keys will be saved in %1, encrypted with a passphrase you choose.

The file is only as safe as the passphrase: anyone who copies it can try to guess it, so choose a long one. Switchboard asks for it each time it starts. If you forget it, the keys in the file are lost (you can enter them again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="119"/>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="124"/>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="130"/>
        <source>Key file passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="120"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="120"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="125"/>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="130"/>
        <source>The passphrases differ; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="135"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::KeyStore</name>
    <message>
        <location filename="../router/keys/KeyStore.cpp" line="69"/>
        <location filename="../router/keys/KeyStore.cpp" line="78"/>
        <source>no key store: keys come from the environment only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::KeychainKeyStore</name>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="64"/>
        <source>read</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="81"/>
        <source>store</source>
        <translation>guardar</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="97"/>
        <source>remove</source>
        <translation>eliminar</translation>
    </message>
</context>
<context>
    <name>sb::LocalServerPanel</name>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="21"/>
        <source>Local OpenAI-compatible server</source>
        <translation>Servidor local compatible con OpenAI</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="29"/>
        <source>Serve /v1 on this computer</source>
        <translation>Servir /v1 en este ordenador</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="32"/>
        <source>Editors, scripts and agents on this machine can use Switchboard as their router.</source>
        <translation>Los editores, scripts y agentes de este equipo pueden usar Switchboard como enrutador.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="35"/>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="40"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="48"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="55"/>
        <source>Server token</source>
        <translation>Token del servidor</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="56"/>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="87"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="58"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="59"/>
        <source>Rotate</source>
        <translation>Rotar</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="61"/>
        <source>Make a new token; clients using the old one get 401.</source>
        <translation>Crea un token nuevo; los clientes que usen el anterior reciben 401.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="66"/>
        <source>Bearer token:</source>
        <translation>Token de portador:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="87"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="114"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="122"/>
        <source>Could not start the server: %1</source>
        <translation>No se pudo iniciar el servidor: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="131"/>
        <source>Running. Clients send the header &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>En marcha. Los clientes envían la cabecera &quot;Authorization: Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="178"/>
        <source>The token could not be saved in the keychain (%1); a new one is made at the next start.</source>
        <translation>No se pudo guardar el token en el llavero (%1); se creará uno nuevo en el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="188"/>
        <source>not running</source>
        <translation>no está en marcha</translation>
    </message>
</context>
<context>
    <name>sb::LossChart</name>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="26"/>
        <source>Loss chart</source>
        <translation>Gráfico de pérdida</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="30"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="34"/>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="35"/>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="41"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="43"/>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="47"/>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="57"/>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="71"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="73"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="75"/>
        <source>Fine-tune</source>
        <translation>Ajuste fino</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="76"/>
        <source>Providers &amp; Budgets</source>
        <translation>Proveedores y presupuestos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="77"/>
        <source>Usage &amp; Billing</source>
        <translation>Uso y facturación</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="107"/>
        <source>Loading %1 on this computer… %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="183"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="193"/>
        <source>Loading the local model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="348"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="349"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="353"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="363"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="367"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="368"/>
        <source>&amp;Search conversations</source>
        <translation>&amp;Buscar conversaciones</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="373"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="380"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="381"/>
        <source>&amp;About Switchboard</source>
        <translation>&amp;Acerca de Switchboard</translation>
    </message>
</context>
<context>
    <name>sb::MessageDelegate</name>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="291"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="291"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="291"/>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="303"/>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="309"/>
        <source>Hide thinking</source>
        <translation>Ocultar razonamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="310"/>
        <source>Show thinking</source>
        <translation>Mostrar razonamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="340"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="353"/>
        <source>Generating…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="355"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
</context>
<context>
    <name>sb::ModelPicker</name>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="46"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="50"/>
        <source>Provider choice</source>
        <translation>Elección de proveedor</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="51"/>
        <source>How the router picks the provider for this model</source>
        <translation>Cómo elige el enrutador el proveedor para este modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="100"/>
        <source>%1, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="101"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="112"/>
        <source>$%1 / $%2 per M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="116"/>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="119"/>
        <source>key set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="122"/>
        <source>key rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="154"/>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="348"/>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="350"/>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="156"/>
        <source>%1 · on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="163"/>
        <source>Cloud · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="337"/>
        <source>%1 · on this computer · not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="338"/>
        <source>%1 · not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="343"/>
        <source>%1 runs on this computer but is not loaded. Load it in Models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="344"/>
        <source>No enabled provider offers %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="356"/>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="214"/>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="217"/>
        <source>on this computer</source>
        <translation>en este ordenador</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="214"/>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="222"/>
        <source>auto: cheapest</source>
        <translation>auto: más barato</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="223"/>
        <source>auto: fastest</source>
        <translation>auto: más rápido</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="221"/>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="226"/>
        <source>only %1</source>
        <translation>solo %1</translation>
    </message>
</context>
<context>
    <name>sb::ModelsArea</name>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="35"/>
        <source>Local model</source>
        <translation>Modelo local</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="37"/>
        <source>Run SmolLM3 on this computer, offline. Open a Hugging Face model folder (config.json, tokenizer.json, *.safetensors) or a GGUF file.</source>
        <translation>Ejecuta SmolLM3 en este ordenador, sin conexión. Abre una carpeta de modelo de Hugging Face (config.json, tokenizer.json, *.safetensors) o un archivo GGUF.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="49"/>
        <source>Model and device</source>
        <translation>Modelo y dispositivo</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="54"/>
        <source>Model folder or GGUF file</source>
        <translation>Carpeta del modelo o archivo GGUF</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="55"/>
        <source>Model folder or .gguf file</source>
        <translation>Carpeta del modelo o archivo .gguf</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="57"/>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="58"/>
        <source>GGUF file…</source>
        <translation>Archivo GGUF…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="62"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="66"/>
        <source>Automatic (GPU if possible)</source>
        <translation>Automático (GPU si es posible)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="67"/>
        <source>Vulkan GPU</source>
        <translation>GPU Vulkan</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="68"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="69"/>
        <location filename="../app/gui/models/ModelsArea.cpp" line="277"/>
        <source>Backend:</source>
        <translation>Motor:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="74"/>
        <location filename="../app/gui/models/ModelsArea.cpp" line="278"/>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="81"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="82"/>
        <location filename="../app/gui/models/ModelsArea.cpp" line="289"/>
        <source>Context:</source>
        <translation>Contexto:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="91"/>
        <source>Load model</source>
        <translation>Cargar modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="103"/>
        <source>No local model loaded.</source>
        <translation>No hay ningún modelo local cargado.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="109"/>
        <source>Loaded model</source>
        <translation>Modelo cargado</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="164"/>
        <source>Open model folder</source>
        <translation>Abrir carpeta de modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="172"/>
        <source>Open GGUF model</source>
        <translation>Abrir modelo GGUF</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="172"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="181"/>
        <source>Choose a model folder or a GGUF file first.</source>
        <translation>Elige primero una carpeta de modelo o un archivo GGUF.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="190"/>
        <location filename="../app/gui/models/ModelsArea.cpp" line="242"/>
        <source>Checking %p%</source>
        <translation>Comprobando %p%</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="191"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="242"/>
        <source>Uploading weights %p%</source>
        <translation>Subiendo pesos %p%</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="252"/>
        <source>Could not load the model: %1</source>
        <translation>No se pudo cargar el modelo: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="258"/>
        <source>Loaded %1 on the %2 backend.</source>
        <translation>%1 cargado en el motor %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="260"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="276"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="280"/>
        <source>Kernels:</source>
        <translation>Kernels:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="281"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="282"/>
        <source>Quantisation:</source>
        <translation>Cuantización:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="283"/>
        <source>Layers:</source>
        <translation>Capas:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="284"/>
        <source>Hidden size:</source>
        <translation>Tamaño oculto:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="285"/>
        <source>Attention heads:</source>
        <translation>Cabezas de atención:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="285"/>
        <source>%1 query, %2 key/value</source>
        <translation>%1 de consulta, %2 de clave/valor</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="286"/>
        <source>Vocabulary:</source>
        <translation>Vocabulario:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="287"/>
        <source>Parameters:</source>
        <translation>Parámetros:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="288"/>
        <source>Weights:</source>
        <translation>Pesos:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="289"/>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="291"/>
        <source>VRAM use:</source>
        <translation>Uso de VRAM:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="291"/>
        <source>none (runs on the CPU)</source>
        <translation>ninguno (se ejecuta en la CPU)</translation>
    </message>
</context>
<context>
    <name>sb::ProvidersArea</name>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="68"/>
        <source>Providers (drag to set the preferred order)</source>
        <translation>Proveedores (arrastra para fijar el orden preferido)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="72"/>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="77"/>
        <source>Add endpoint…</source>
        <translation>Añadir endpoint…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="80"/>
        <source>A custom OpenAI-compatible server: vLLM, llama-server, LM Studio, Ollama, any /v1 endpoint</source>
        <translation>Un servidor personalizado compatible con OpenAI: vLLM, llama-server, LM Studio, Ollama, cualquier endpoint /v1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="81"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="83"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="97"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="107"/>
        <source>API key (masked)</source>
        <translation>Clave de API (oculta)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="109"/>
        <source>Set key…</source>
        <translation>Definir clave…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="111"/>
        <source>Remove key</source>
        <translation>Eliminar clave</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="113"/>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="139"/>
        <source>Budgets (USD; a request whose worst case would cross a hard limit is refused)</source>
        <translation>Presupuestos (USD; se rechaza una solicitud cuyo peor caso superaría un límite estricto)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="143"/>
        <source>Budgets</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Hard limit</source>
        <translation>Límite estricto</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Warn at</source>
        <translation>Avisar al</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Spent now</source>
        <translation>Gastado ahora</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="149"/>
        <source>Add budget</source>
        <translation>Añadir presupuesto</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="151"/>
        <source>Remove budget</source>
        <translation>Eliminar presupuesto</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="152"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="178"/>
        <source>API key for %1</source>
        <translation>Clave de API para %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="176"/>
        <source>Key (stored in your system keychain)</source>
        <translation>Clave (guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="173"/>
        <source>Key (stored in your encrypted key file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="175"/>
        <source>Key (used until Switchboard quits: there is no keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="191"/>
        <source>Remove endpoint</source>
        <translation>Eliminar endpoint</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="191"/>
        <source>Remove %1 and its stored key?</source>
        <translation>¿Eliminar %1 y su clave guardada?</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="269"/>
        <source>key from environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="279"/>
        <source>key for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="280"/>
        <source>key set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="282"/>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="282"/>
        <source>key unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="357"/>
        <source>%1 · %2 wire format · %n model(s): %3</source>
        <translation>
            <numerusform>%1 · formato %2 · %n modelo: %3</numerusform>
            <numerusform>%1 · formato %2 · %n modelos: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="358"/>
        <source>on this computer</source>
        <translation>en este ordenador</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="371"/>
        <source>No key needed</source>
        <translation>No se necesita clave</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="380"/>
        <source>Key: reading the keychain…</source>
        <translation>Clave: leyendo el llavero…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="386"/>
        <source>Key: cannot be read here (see below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="392"/>
        <source>Key: none stored</source>
        <translation>Clave: ninguna guardada</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="394"/>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="460"/>
        <source>Testing %1 with %2…</source>
        <translation>Probando %1 con %2…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="463"/>
        <source>Connected: %1 answered in %2 ms (cost %3).</source>
        <translation>Conectado: %1 respondió en %2 ms (coste %3).</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="467"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="481"/>
        <source>The switch holds for this session only: %1</source>
        <translation>El cambio solo se mantiene durante esta sesión: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="496"/>
        <source>The order holds for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="504"/>
        <source>All providers</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="510"/>
        <source>daily</source>
        <translation>diario</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="511"/>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="552"/>
        <source>The budgets hold for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="565"/>
        <source>(apply to see)</source>
        <translation>(aplica para ver)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="568"/>
        <source>%1 of %2%3</source>
        <translation>%1 de %2%3</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="570"/>
        <source> · exhausted</source>
        <translation> · agotado</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="571"/>
        <source> · warning</source>
        <translation> · aviso</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="622"/>
        <source>No router</source>
        <translation>No hay enrutador</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="639"/>
        <source>The endpoint was not saved: %1</source>
        <translation>No se guardó el endpoint: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="657"/>
        <source>No provider &apos;%1&apos;</source>
        <translation>No existe el proveedor &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="659"/>
        <source>The endpoint was not removed: %1</source>
        <translation>No se eliminó el endpoint: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="689"/>
        <source>Key rejected on %1: %2</source>
        <translation>Clave rechazada en %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="690"/>
        <source>the provider refused the key</source>
        <translation>el proveedor rechazó la clave</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="719"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="724"/>
        <source>%1 (key rejected)</source>
        <translation>%1 (clave rechazada)</translation>
    </message>
</context>
<context>
    <name>sb::RouterCall</name>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="77"/>
        <source>Provider &apos;%1&apos; does not serve the model &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="78"/>
        <source>The model &apos;%1&apos; is not served by any provider in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="131"/>
        <source>%1 (providers excluded: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="136"/>
        <location filename="../router/core/RouterCall.cpp" line="213"/>
        <source>No provider can serve &apos;%1&apos; now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="228"/>
        <source>All %1 attempts failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="244"/>
        <source>%1: no adapter for wire format &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="286"/>
        <source>local: the engine could not start a generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="380"/>
        <source>no data for %1 ms while streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="384"/>
        <source>could not connect and send within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="388"/>
        <source>no first token within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="587"/>
        <location filename="../router/core/RouterCall.cpp" line="625"/>
        <source>The request was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="595"/>
        <source>%1 failed after the response had started streaming: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="604"/>
        <source>%1 rejected the request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="622"/>
        <source>cancelled by the client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::RouterSetup</name>
    <message>
        <location filename="../app/common/RouterSetup.cpp" line="41"/>
        <source>Your earlier provider order and budgets could not be moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/RouterSetup.cpp" line="46"/>
        <source>Usage is not recorded: %1</source>
        <translation type="unfinished">El uso no se registra: %1</translation>
    </message>
    <message>
        <location filename="../app/common/RouterSetup.cpp" line="53"/>
        <source>Your providers.json was ignored: %1</source>
        <translation type="unfinished">Se ignoró tu providers.json: %1</translation>
    </message>
    <message>
        <location filename="../app/common/RouterSetup.cpp" line="60"/>
        <source>Your provider order and budgets were not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="46"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="58"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="66"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="67"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="68"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="69"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="72"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="76"/>
        <source>Font size</source>
        <translation>Tamaño de fuente</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="78"/>
        <source>System (%1 pt)</source>
        <translation>Sistema (%1 pt)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="79"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="81"/>
        <source>&amp;Font size:</source>
        <translation>Tamaño de &amp;fuente:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="83"/>
        <source>Send with Ctrl+Enter (Enter adds a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="86"/>
        <source>Chat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="90"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="96"/>
        <source>A new language takes effect after a restart.</source>
        <translation>Un idioma nuevo se aplica tras reiniciar.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="100"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="104"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="107"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="109"/>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="192"/>
        <source>Choose the data folder</source>
        <translation>Elige la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="110"/>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="112"/>
        <source>Use the default data folder</source>
        <translation>Usar la carpeta de datos predeterminada</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="122"/>
        <source>Conversations, the usage ledger and downloaded models. A new folder is used from the next start; files are not moved. In use now: %1</source>
        <translation>Conversaciones, el registro de uso y los modelos descargados. Una carpeta nueva se usa a partir del próximo inicio; los archivos no se mueven. En uso ahora: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="129"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Carpeta de datos:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="133"/>
        <source>Vulkan device</source>
        <translation>Dispositivo Vulkan</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="137"/>
        <source>The GPU the local model loads on.</source>
        <translation>La GPU en la que se carga el modelo local.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="138"/>
        <source>&amp;Vulkan device:</source>
        <translation>Dispositivo &amp;Vulkan:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="203"/>
        <source>The default folder (%1) is used from the next start. In use now: %2</source>
        <translation>La carpeta predeterminada (%1) se usa a partir del próximo inicio. En uso ahora: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="209"/>
        <source>Not changed: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="215"/>
        <source>%1 is used from the next start; files are not moved. In use now: %2</source>
        <translation>%1 se usa a partir del próximo inicio; los archivos no se mueven. En uso ahora: %2</translation>
    </message>
</context>
<context>
    <name>sb::UsageArea</name>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="62"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="67"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="71"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="75"/>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="76"/>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="77"/>
        <source>per week</source>
        <translation>por semana</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="78"/>
        <source>per month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="79"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="86"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="88"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="96"/>
        <source>Usage &amp; Billing</source>
        <translation>Uso y facturación</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="97"/>
        <source>No requests recorded yet. Cost and latency per provider appear here as soon as requests complete.</source>
        <translation>Aún no hay solicitudes registradas. El coste y la latencia por proveedor aparecen aquí en cuanto se completan las solicitudes.</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="108"/>
        <source>Budgets</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="112"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="123"/>
        <source>Speed &amp;&amp; reliability</source>
        <translation>Velocidad y fiabilidad</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="128"/>
        <source>Bill by month, provider and model</source>
        <translation>Factura por mes, proveedor y modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="139"/>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="159"/>
        <location filename="../app/gui/usage/UsageArea.cpp" line="161"/>
        <source>Export bill</source>
        <translation>Exportar factura</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="159"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="304"/>
        <source>Cannot read the ledger: %1</source>
        <translation>No se puede leer el registro: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="313"/>
        <source>%1 requests · %2 · %3% after failover</source>
        <translation>%1 solicitudes · %2 · %3% tras conmutación</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="331"/>
        <source>No budgets set. Add daily or monthly limits in Providers &amp; Budgets.</source>
        <translation>No hay presupuestos. Añade límites diarios o mensuales en Proveedores y presupuestos.</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="348"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 de %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="364"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>sb::UsageCharts</name>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="61"/>
        <source>wk %1</source>
        <translation>sem %1</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="93"/>
        <source>Cost per provider (USD)</source>
        <translation>Coste por proveedor (USD)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="117"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="123"/>
        <source>Time to first token (ms)</source>
        <translation>Tiempo hasta el primer token (ms)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="124"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="125"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="137"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="143"/>
        <source>Output speed (tokens/s, median)</source>
        <translation>Velocidad de salida (tokens/s, mediana)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="144"/>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="154"/>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="161"/>
        <source>Success and failover (% of attempts)</source>
        <translation>Éxito y conmutación (% de intentos)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="162"/>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="163"/>
        <source>failed over</source>
        <translation>conmutado</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="174"/>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>sb::WelcomePage</name>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="27"/>
        <source>Welcome to Switchboard</source>
        <translation>Te damos la bienvenida a Switchboard</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="31"/>
        <source>Chat with SmolLM3 on this computer, offline, or with hosted models through your own provider keys, and see what every request costs and how fast it was. How would you like to start?</source>
        <translation>Chatea con SmolLM3 en este ordenador, sin conexión, o con modelos alojados mediante tus propias claves de proveedor, y mira cuánto cuesta cada solicitud y lo rápida que fue. ¿Cómo quieres empezar?</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="42"/>
        <source>The 3-billion-parameter model from Hugging Face; it runs on your GPU or, slower, on the CPU. Nothing leaves this computer.</source>
        <translation>El modelo de 3000 millones de parámetros de Hugging Face; se ejecuta en tu GPU o, más lento, en la CPU. Nada sale de este ordenador.</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="45"/>
        <source>Open a local model…</source>
        <translation>Abrir un modelo local…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="47"/>
        <source>Open a local model</source>
        <translation>Abrir un modelo local</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="49"/>
        <source>A SmolLM3 folder (config.json, tokenizer.json, *.safetensors) or a GGUF file you already have.</source>
        <translation>Una carpeta de SmolLM3 (config.json, tokenizer.json, *.safetensors) o un archivo GGUF que ya tengas.</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="51"/>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="53"/>
        <source>Add a provider key</source>
        <translation>Añadir una clave de proveedor</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="55"/>
        <source>OpenAI, Anthropic, Gemini, Groq and others, routed by price or speed within your budgets. Keys stay in your system keychain.</source>
        <translation>OpenAI, Anthropic, Gemini, Groq y otros, enrutados por precio o velocidad dentro de tus presupuestos. Las claves se quedan en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="64"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="66"/>
        <source>Skip the welcome</source>
        <translation>Omitir la bienvenida</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="82"/>
        <source>≈%1 GB</source>
        <translation>≈%1 GB</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="83"/>
        <source>≈%1 MB</source>
        <translation>≈%1 MB</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="89"/>
        <source>Download SmolLM3 (%1)</source>
        <translation>Descargar SmolLM3 (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="89"/>
        <source>Download SmolLM3</source>
        <translation>Descargar SmolLM3</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="105"/>
        <source>Model folder…</source>
        <translation>Carpeta del modelo…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="106"/>
        <source>GGUF file…</source>
        <translation>Archivo GGUF…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="109"/>
        <source>Open model folder</source>
        <translation>Abrir carpeta de modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="112"/>
        <source>Open GGUF model</source>
        <translation>Abrir modelo GGUF</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="112"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>sb::dataPaths</name>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="71"/>
        <source>No folder chosen.</source>
        <translation>No se eligió ninguna carpeta.</translation>
    </message>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="74"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="76"/>
        <source>%1 cannot be created.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="79"/>
        <source>%1 is not writable: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
</context>
<context>
    <name>sb::server::LocalServer</name>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="60"/>
        <source>refusing to listen on %1: only loopback addresses are allowed unless non-loopback binding is enabled explicitly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="64"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="91"/>
        <source>WARNING: listening on %1, reachable from other machines; anyone with the token can spend your provider budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="96"/>
        <source>WARNING: any Host header is accepted; web pages can reach this server through DNS rebinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="99"/>
        <source>WARNING: CORS is open to every origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="207"/>
        <source>Host header &apos;%1&apos; is not allowed; use localhost or 127.0.0.1 with port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="218"/>
        <source>cross-origin requests from &apos;%1&apos; are not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="230"/>
        <source>OPTIONS is only answered for CORS preflight from enabled origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="251"/>
        <source>%1 %2 is not supported; use %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="272"/>
        <source>Incorrect API key provided. Use the token `switchboard-cli serve` printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="273"/>
        <source>You didn&apos;t provide an API key. Send &apos;Authorization: Bearer &lt;token&gt;&apos; with the token `switchboard-cli serve` printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="297"/>
        <source>The model &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="306"/>
        <source>Unknown request URL: %1 %2. Routes: GET /v1/models, POST /v1/chat/completions, GET /health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="317"/>
        <source>Content-Type must be application/json (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
