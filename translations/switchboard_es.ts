<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot %1 the %2 key: no system keychain is available (install and unlock a Secret Service such as GNOME Keyring or KWallet). %3</source>
        <translation type="vanished">No se puede %1 la clave de %2: no hay ningún llavero del sistema disponible (instala y desbloquea un Secret Service como GNOME Keyring o KWallet). %3</translation>
    </message>
    <message>
        <source>Cannot %1 the %2 key: the keychain refused access. %3</source>
        <translation type="vanished">No se puede %1 la clave de %2: el llavero denegó el acceso. %3</translation>
    </message>
    <message>
        <source>Cannot %1 the %2 key: %3</source>
        <translation type="vanished">No se puede %1 la clave de %2: %3</translation>
    </message>
</context>
<context>
    <name>sb</name>
    <message>
        <source>wk %1</source>
        <translation type="vanished">sem %1</translation>
    </message>
    <message>
        <source>Cost per provider (USD)</source>
        <translation type="vanished">Coste por proveedor (USD)</translation>
    </message>
    <message>
        <source>USD</source>
        <translation type="vanished">USD</translation>
    </message>
    <message>
        <source>Time to first token (ms)</source>
        <translation type="vanished">Tiempo hasta el primer token (ms)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="vanished">p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="vanished">p95</translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="vanished">ms</translation>
    </message>
    <message>
        <source>Output speed (tokens/s, median)</source>
        <translation type="vanished">Velocidad de salida (tokens/s, mediana)</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="vanished">tokens/s</translation>
    </message>
    <message>
        <source>Success and failover (% of attempts)</source>
        <translation type="vanished">Éxito y conmutación (% de intentos)</translation>
    </message>
    <message>
        <source>success</source>
        <translation type="vanished">éxito</translation>
    </message>
    <message>
        <source>failed over</source>
        <translation type="vanished">conmutado</translation>
    </message>
    <message>
        <source>%</source>
        <translation type="vanished">%</translation>
    </message>
</context>
<context>
    <name>sb::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation type="vanished">Acerca de Switchboard</translation>
    </message>
    <message>
        <source>One place to talk to language models: the local SmolLM3 on Vulkan and remote providers through one router.</source>
        <translation type="vanished">Un solo lugar para hablar con modelos de lenguaje: SmolLM3 local en Vulkan y proveedores remotos a través de un único enrutador.</translation>
    </message>
    <message>
        <source>Vulkan device: %1</source>
        <translation type="vanished">Dispositivo Vulkan: %1</translation>
    </message>
    <message>
        <source>No Vulkan device (%1). The local model runs on the CPU.</source>
        <translation type="vanished">No hay dispositivo Vulkan (%1). El modelo local se ejecuta en la CPU.</translation>
    </message>
    <message>
        <source>Qt %1. Licensed under the Apache License 2.0.</source>
        <translation type="vanished">Qt %1. Con licencia Apache License 2.0.</translation>
    </message>
</context>
<context>
    <name>sb::AppServices</name>
    <message>
        <source>Usage is not recorded: %1</source>
        <translation type="vanished">El uso no se registra: %1</translation>
    </message>
    <message>
        <source>Your providers.json was ignored: %1</source>
        <translation type="vanished">Se ignoró tu providers.json: %1</translation>
    </message>
</context>
<context>
    <name>sb::BillingTableModel</name>
    <message numerus="yes">
        <source>%n request(s) reported no usage; their tokens are estimated.</source>
        <translation type="vanished">
            <numerusform>%n solicitud no informó del uso; sus tokens son estimados.</numerusform>
            <numerusform>%n solicitudes no informaron del uso; sus tokens son estimados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="vanished">Mes</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="vanished">Proveedor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="vanished">Modelo</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="vanished">Solicitudes</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation type="vanished">Tokens de entrada</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation type="vanished">Tokens de salida</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="vanished">Coste</translation>
    </message>
</context>
<context>
    <name>sb::ChatArea</name>
    <message>
        <source>Search conversations</source>
        <translation type="vanished">Buscar conversaciones</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="vanished">Buscar</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="vanished">Nuevo chat</translation>
    </message>
    <message>
        <source>New chat (%1)</source>
        <translation type="vanished">Nuevo chat (%1)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="vanished">Conversaciones</translation>
    </message>
    <message>
        <source>Think</source>
        <translation type="vanished">Pensar</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="vanished">Razonamiento</translation>
    </message>
    <message>
        <source>Let SmolLM3 reason before it answers (/think) or answer directly (/no_think)</source>
        <translation type="vanished">Deja que SmolLM3 razone antes de responder (/think) o que responda directamente (/no_think)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">Ajustes…</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation type="vanished">Ajustes de la conversación</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">Exportar</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation type="vanished">Exportar conversación</translation>
    </message>
    <message>
        <source>As Markdown…</source>
        <translation type="vanished">Como Markdown…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation type="vanished">Como JSON…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="vanished">Mensaje</translation>
    </message>
    <message>
        <source>Write a message… (Ctrl+Enter to send)</source>
        <translation type="vanished">Escribe un mensaje… (Ctrl+Intro para enviar)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="vanished">Enviar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="vanished">Detener</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="vanished">Regenerar</translation>
    </message>
    <message>
        <source>Conversations cannot be saved: %1</source>
        <translation type="vanished">No se pueden guardar las conversaciones: %1</translation>
    </message>
    <message>
        <source>Offline · using the local model</source>
        <translation type="vanished">Sin conexión · usando el modelo local</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="vanished">Sin conexión</translation>
    </message>
    <message>
        <source>No network: requests go to the local model.</source>
        <translation type="vanished">Sin red: las solicitudes van al modelo local.</translation>
    </message>
    <message>
        <source>No network and no local model: load one in Models to chat offline.</source>
        <translation type="vanished">Sin red y sin modelo local: carga uno en Modelos para chatear sin conexión.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="vanished">JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="vanished">Markdown (*.md)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="vanished">Renombrar</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="vanished">Desfijar</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="vanished">Fijar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="vanished">Eliminar…</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation type="vanished">Eliminar conversación</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all its messages?</source>
        <translation type="vanished">¿Eliminar &quot;%1&quot; y todos sus mensajes?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="vanished">Copiar</translation>
    </message>
    <message>
        <source>Edit and resend…</source>
        <translation type="vanished">Editar y reenviar…</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation type="vanished">Editar y reenviar</translation>
    </message>
    <message>
        <source>Start or open a conversation to change its settings.</source>
        <translation type="vanished">Inicia o abre una conversación para cambiar sus ajustes.</translation>
    </message>
</context>
<context>
    <name>sb::ChatController</name>
    <message>
        <source>The conversation store is not open.</source>
        <translation type="vanished">El almacén de conversaciones no está abierto.</translation>
    </message>
    <message>
        <source>An answer is still being generated. Stop it first.</source>
        <translation type="vanished">Todavía se está generando una respuesta. Detenla primero.</translation>
    </message>
    <message>
        <source>Nothing can answer yet: add a provider key in Providers &amp; Budgets or load a local model in Models.</source>
        <translation type="vanished">Nada puede responder todavía: añade una clave de proveedor en Proveedores y presupuestos o carga un modelo local en Modelos.</translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation type="vanished">Elige primero un modelo.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation type="vanished">La solicitud falló (HTTP %1).</translation>
    </message>
    <message>
        <source>There is no answer to regenerate.</source>
        <translation type="vanished">No hay ninguna respuesta que regenerar.</translation>
    </message>
</context>
<context>
    <name>sb::ChatView</name>
    <message>
        <source>Messages</source>
        <translation type="vanished">Mensajes</translation>
    </message>
    <message>
        <source>Start a conversation: pick a model above, write below and press Ctrl+Enter.
Answers show the provider, tokens, cost and speed.</source>
        <translation type="vanished">Empieza una conversación: elige un modelo arriba, escribe abajo y pulsa Ctrl+Intro.
Las respuestas muestran el proveedor, los tokens, el coste y la velocidad.</translation>
    </message>
</context>
<context>
    <name>sb::ConversationListModel</name>
    <message>
        <source>%1
Last message: %2</source>
        <translation type="vanished">%1
Último mensaje: %2</translation>
    </message>
</context>
<context>
    <name>sb::ConversationModel</name>
    <message>
        <source>%1 in / %2 out tokens</source>
        <translation type="vanished">%1 de entrada / %2 de salida</translation>
    </message>
    <message>
        <source>free</source>
        <translation type="vanished">gratis</translation>
    </message>
    <message>
        <source>TTFT %1 ms</source>
        <translation type="vanished">TTFT %1 ms</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation type="vanished">%1 tok/s</translation>
    </message>
</context>
<context>
    <name>sb::ConversationSettingsDialog</name>
    <message>
        <source>Conversation settings</source>
        <translation type="vanished">Ajustes de la conversación</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="vanished">Prompt del sistema</translation>
    </message>
    <message>
        <source>You are a helpful assistant.</source>
        <translation type="vanished">Eres un asistente útil.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="vanished">Definir</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="vanished">Temperatura</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation type="vanished">Top p</translation>
    </message>
    <message>
        <source>Maximum answer tokens</source>
        <translation type="vanished">Máximo de tokens de respuesta</translation>
    </message>
    <message>
        <source>provider default</source>
        <translation type="vanished">predeterminado del proveedor</translation>
    </message>
</context>
<context>
    <name>sb::FineTuneArea</name>
    <message>
        <source>Fine-tune</source>
        <translation type="vanished">Ajuste fino</translation>
    </message>
    <message>
        <source>No fine-tuning runs yet. Load a local model first, then choose a JSONL dataset to train a LoRA adapter.</source>
        <translation type="vanished">Aún no hay ajustes finos. Carga primero un modelo local y después elige un conjunto de datos JSONL para entrenar un adaptador LoRA.</translation>
    </message>
</context>
<context>
    <name>sb::KeychainKeyStore</name>
    <message>
        <source>read</source>
        <translation type="vanished">leer</translation>
    </message>
    <message>
        <source>store</source>
        <translation type="vanished">guardar</translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="vanished">eliminar</translation>
    </message>
</context>
<context>
    <name>sb::LocalServerPanel</name>
    <message>
        <source>Local OpenAI-compatible server</source>
        <translation type="vanished">Servidor local compatible con OpenAI</translation>
    </message>
    <message>
        <source>Serve /v1 on this computer</source>
        <translation type="vanished">Servir /v1 en este ordenador</translation>
    </message>
    <message>
        <source>Editors, scripts and agents on this machine can use Switchboard as their router.</source>
        <translation type="vanished">Los editores, scripts y agentes de este equipo pueden usar Switchboard como enrutador.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="vanished">Puerto:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="vanished">URL:</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation type="vanished">Token del servidor</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="vanished">Mostrar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="vanished">Copiar</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="vanished">Rotar</translation>
    </message>
    <message>
        <source>Make a new token; clients using the old one get 401.</source>
        <translation type="vanished">Crea un token nuevo; los clientes que usen el anterior reciben 401.</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation type="vanished">Token de portador:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="vanished">Ocultar</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="vanished">Detenido.</translation>
    </message>
    <message>
        <source>Could not start the server: %1</source>
        <translation type="vanished">No se pudo iniciar el servidor: %1</translation>
    </message>
    <message>
        <source>Running. Clients send the header &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation type="vanished">En marcha. Los clientes envían la cabecera &quot;Authorization: Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>The token could not be saved in the keychain (%1); a new one is made at the next start.</source>
        <translation type="vanished">No se pudo guardar el token en el llavero (%1); se creará uno nuevo en el próximo inicio.</translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="vanished">no está en marcha</translation>
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation type="vanished">Switchboard</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="vanished">Áreas</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="vanished">Chat</translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="vanished">Modelos</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation type="vanished">Ajuste fino</translation>
    </message>
    <message>
        <source>Providers &amp; Budgets</source>
        <translation type="vanished">Proveedores y presupuestos</translation>
    </message>
    <message>
        <source>Usage &amp; Billing</source>
        <translation type="vanished">Uso y facturación</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="vanished">Listo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation type="vanished">&amp;Acerca de Switchboard</translation>
    </message>
</context>
<context>
    <name>sb::MessageDelegate</name>
    <message>
        <source>You</source>
        <translation type="vanished">Tú</translation>
    </message>
    <message>
        <source>System</source>
        <translation type="vanished">Sistema</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="vanished">Asistente</translation>
    </message>
    <message>
        <source>Hide thinking</source>
        <translation type="vanished">Ocultar razonamiento</translation>
    </message>
    <message>
        <source>Show thinking</source>
        <translation type="vanished">Mostrar razonamiento</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="vanished">Copiar</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation type="vanished">Generando…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="vanished">Detenido</translation>
    </message>
</context>
<context>
    <name>sb::ModelPicker</name>
    <message>
        <source>Model</source>
        <translation type="vanished">Modelo</translation>
    </message>
    <message>
        <source>Provider choice</source>
        <translation type="vanished">Elección de proveedor</translation>
    </message>
    <message>
        <source>How the router picks the provider for this model</source>
        <translation type="vanished">Cómo elige el enrutador el proveedor para este modelo</translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation type="vanished">%1 (local)</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation type="vanished">en este ordenador</translation>
    </message>
    <message>
        <source>auto: cheapest</source>
        <translation type="vanished">auto: más barato</translation>
    </message>
    <message>
        <source>auto: fastest</source>
        <translation type="vanished">auto: más rápido</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation type="vanished">solo %1</translation>
    </message>
</context>
<context>
    <name>sb::ModelsArea</name>
    <message>
        <source>Local model</source>
        <translation type="vanished">Modelo local</translation>
    </message>
    <message>
        <source>Run SmolLM3 on this computer, offline. Open a Hugging Face model folder (config.json, tokenizer.json, *.safetensors) or a GGUF file.</source>
        <translation type="vanished">Ejecuta SmolLM3 en este ordenador, sin conexión. Abre una carpeta de modelo de Hugging Face (config.json, tokenizer.json, *.safetensors) o un archivo GGUF.</translation>
    </message>
    <message>
        <source>Model and device</source>
        <translation type="vanished">Modelo y dispositivo</translation>
    </message>
    <message>
        <source>Model folder or .gguf file</source>
        <translation type="vanished">Carpeta del modelo o archivo .gguf</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="vanished">Carpeta…</translation>
    </message>
    <message>
        <source>GGUF file…</source>
        <translation type="vanished">Archivo GGUF…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="vanished">Modelo:</translation>
    </message>
    <message>
        <source>Automatic (GPU if possible)</source>
        <translation type="vanished">Automático (GPU si es posible)</translation>
    </message>
    <message>
        <source>Vulkan GPU</source>
        <translation type="vanished">GPU Vulkan</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="vanished">CPU</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation type="vanished">Motor:</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation type="vanished">El mejor disponible</translation>
    </message>
    <message>
        <source>No Vulkan device: %1</source>
        <translation type="vanished">No hay dispositivo Vulkan: %1</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="vanished">Dispositivo:</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation type="vanished"> tokens</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation type="vanished">Contexto:</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation type="vanished">Cargar modelo</translation>
    </message>
    <message>
        <source>No local model loaded.</source>
        <translation type="vanished">No hay ningún modelo local cargado.</translation>
    </message>
    <message>
        <source>Loaded model</source>
        <translation type="vanished">Modelo cargado</translation>
    </message>
    <message>
        <source>Open model folder</source>
        <translation type="vanished">Abrir carpeta de modelo</translation>
    </message>
    <message>
        <source>Open GGUF model</source>
        <translation type="vanished">Abrir modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="vanished">Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a model folder or a GGUF file first.</source>
        <translation type="vanished">Elige primero una carpeta de modelo o un archivo GGUF.</translation>
    </message>
    <message>
        <source>Checking %p%</source>
        <translation type="vanished">Comprobando %p%</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="vanished">Cargando %1…</translation>
    </message>
    <message>
        <source>Uploading weights %p%</source>
        <translation type="vanished">Subiendo pesos %p%</translation>
    </message>
    <message>
        <source>Could not load the model: %1</source>
        <translation type="vanished">No se pudo cargar el modelo: %1</translation>
    </message>
    <message>
        <source>Loaded %1 on the %2 backend.</source>
        <translation type="vanished">%1 cargado en el motor %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="vanished">Nota: %1</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="vanished">Formato:</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation type="vanished">Capas:</translation>
    </message>
    <message>
        <source>Hidden size:</source>
        <translation type="vanished">Tamaño oculto:</translation>
    </message>
    <message>
        <source>Attention heads:</source>
        <translation type="vanished">Cabezas de atención:</translation>
    </message>
    <message>
        <source>%1 query, %2 key/value</source>
        <translation type="vanished">%1 de consulta, %2 de clave/valor</translation>
    </message>
    <message>
        <source>Vocabulary:</source>
        <translation type="vanished">Vocabulario:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="vanished">Parámetros:</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation type="vanished">Pesos:</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="vanished">%1 tokens</translation>
    </message>
</context>
<context>
    <name>sb::ProvidersArea</name>
    <message>
        <source>Providers (drag to set the preferred order)</source>
        <translation type="vanished">Proveedores (arrastra para fijar el orden preferido)</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="vanished">Proveedores</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="vanished">Proveedor</translation>
    </message>
    <message>
        <source>API key (masked)</source>
        <translation type="vanished">Clave de API (oculta)</translation>
    </message>
    <message>
        <source>Set key…</source>
        <translation type="vanished">Definir clave…</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation type="vanished">Eliminar clave</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="vanished">Probar conexión</translation>
    </message>
    <message>
        <source>Budgets (USD; a request whose worst case would cross a hard limit is refused)</source>
        <translation type="vanished">Presupuestos (USD; se rechaza una solicitud cuyo peor caso superaría un límite estricto)</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation type="vanished">Presupuestos</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="vanished">Se aplica a</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="vanished">Periodo</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation type="vanished">Límite estricto</translation>
    </message>
    <message>
        <source>Warn at</source>
        <translation type="vanished">Avisar al</translation>
    </message>
    <message>
        <source>Spent now</source>
        <translation type="vanished">Gastado ahora</translation>
    </message>
    <message>
        <source>Add budget</source>
        <translation type="vanished">Añadir presupuesto</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation type="vanished">Eliminar presupuesto</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="vanished">Aplicar</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation type="vanished">Clave de API para %1</translation>
    </message>
    <message>
        <source>Key (stored in your system keychain)</source>
        <translation type="vanished">Clave (guardada en el llavero del sistema)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 wire format · %n model(s): %3</source>
        <translation type="vanished">
            <numerusform>%1 · formato %2 · %n modelo: %3</numerusform>
            <numerusform>%1 · formato %2 · %n modelos: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation type="vanished">en este ordenador</translation>
    </message>
    <message>
        <source>No key needed</source>
        <translation type="vanished">No se necesita clave</translation>
    </message>
    <message>
        <source>Key: reading the keychain…</source>
        <translation type="vanished">Clave: leyendo el llavero…</translation>
    </message>
    <message>
        <source>Key: none stored</source>
        <translation type="vanished">Clave: ninguna guardada</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="vanished">Clave: %1</translation>
    </message>
    <message>
        <source>Testing %1 with %2…</source>
        <translation type="vanished">Probando %1 con %2…</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms (cost %3).</source>
        <translation type="vanished">Conectado: %1 respondió en %2 ms (coste %3).</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="vanished">Error: %1</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="vanished">Todos los proveedores</translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="vanished">diario</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="vanished">mensual</translation>
    </message>
    <message>
        <source>(apply to see)</source>
        <translation type="vanished">(aplica para ver)</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation type="vanished">%1 de %2%3</translation>
    </message>
    <message>
        <source> · exhausted</source>
        <translation type="vanished"> · agotado</translation>
    </message>
    <message>
        <source> · warning</source>
        <translation type="vanished"> · aviso</translation>
    </message>
</context>
<context>
    <name>sb::UsageArea</name>
    <message>
        <source>Period</source>
        <translation type="vanished">Periodo</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="vanished">Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="vanished">Últimos 30 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="vanished">Este mes</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="vanished">Últimos 12 meses</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="vanished">Personalizado</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="vanished">Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="vanished">Hasta</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="vanished">Agrupar por</translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="vanished">por día</translation>
    </message>
    <message>
        <source>per week</source>
        <translation type="vanished">por semana</translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="vanished">por mes</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">Exportar CSV…</translation>
    </message>
    <message>
        <source>from</source>
        <translation type="vanished">desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="vanished">hasta</translation>
    </message>
    <message>
        <source>Usage &amp; Billing</source>
        <translation type="vanished">Uso y facturación</translation>
    </message>
    <message>
        <source>No requests recorded yet. Cost and latency per provider appear here as soon as requests complete.</source>
        <translation type="vanished">Aún no hay solicitudes registradas. El coste y la latencia por proveedor aparecen aquí en cuanto se completan las solicitudes.</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation type="vanished">Presupuestos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="vanished">Coste</translation>
    </message>
    <message>
        <source>Speed &amp;&amp; reliability</source>
        <translation type="vanished">Velocidad y fiabilidad</translation>
    </message>
    <message>
        <source>Bill by month, provider and model</source>
        <translation type="vanished">Factura por mes, proveedor y modelo</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="vanished">Facturación</translation>
    </message>
    <message>
        <source>Export bill</source>
        <translation type="vanished">Exportar factura</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="vanished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read the ledger: %1</source>
        <translation type="vanished">No se puede leer el registro: %1</translation>
    </message>
    <message>
        <source>%1 requests · %2 · %3% after failover</source>
        <translation type="vanished">%1 solicitudes · %2 · %3% tras conmutación</translation>
    </message>
    <message>
        <source>No budgets set. Add daily or monthly limits in Providers &amp; Budgets.</source>
        <translation type="vanished">No hay presupuestos. Añade límites diarios o mensuales en Proveedores y presupuestos.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="vanished">%1 de %2 (%3%)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">No se puede escribir %1: %2</translation>
    </message>
</context>
</TS>
