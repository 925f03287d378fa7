<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="14" />
        <source>Cannot %1 the %2 key: no system keychain is available (install and unlock a Secret Service such as GNOME Keyring or KWallet). %3</source>
        <translation>Der Schlüssel für %2 kann nicht %1 werden: Kein System-Schlüsselbund verfügbar (installieren und entsperren Sie einen Secret Service wie GNOME Keyring oder KWallet). %3</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="19" />
        <source>Cannot %1 the %2 key: the keychain refused access. %3</source>
        <translation>Der Schlüssel für %2 kann nicht %1 werden: Der Schlüsselbund hat den Zugriff verweigert. %3</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="21" />
        <source>Cannot %1 the %2 key: %3</source>
        <translation>Der Schlüssel für %2 kann nicht %1 werden: %3</translation>
    </message>
</context>
<context>
    <name>sb</name>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="59" />
        <source>wk %1</source>
        <translation>KW %1</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="69" />
        <source>Cost per provider (USD)</source>
        <translation>Kosten je Anbieter (USD)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="93" />
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="98" />
        <source>Time to first token (ms)</source>
        <translation>Zeit bis zum ersten Token (ms)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="99" />
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="100" />
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="112" />
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="117" />
        <source>Output speed (tokens/s, median)</source>
        <translation>Ausgabegeschwindigkeit (tokens/s, Median)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="118" />
        <location filename="../app/gui/usage/UsageCharts.cpp" line="128" />
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="134" />
        <source>Success and failover (% of attempts)</source>
        <translation>Erfolg und Ausweichen (% der Versuche)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="135" />
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="136" />
        <source>failed over</source>
        <translation>ausgewichen</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="147" />
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>sb::AboutDialog</name>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="15" />
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="20" />
        <source>One place to talk to language models: the local SmolLM3 on Vulkan and remote providers through one router.</source>
        <translation>Ein Ort für Gespräche mit Sprachmodellen: das lokale SmolLM3 auf Vulkan und entfernte Anbieter über einen Router.</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="28" />
        <source>Vulkan device: %1</source>
        <translation>Vulkan-Gerät: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="29" />
        <source>No Vulkan device (%1). The local model runs on the CPU.</source>
        <translation>Kein Vulkan-Gerät (%1). Das lokale Modell läuft auf der CPU.</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="32" />
        <source>Qt %1. Licensed under the Apache License 2.0.</source>
        <translation>Qt %1. Lizenziert unter der Apache License 2.0.</translation>
    </message>
</context>
<context>
    <name>sb::AppServices</name>
    <message>
        <location filename="../app/gui/AppServices.cpp" line="25" />
        <source>Usage is not recorded: %1</source>
        <translation>Die Nutzung wird nicht erfasst: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AppServices.cpp" line="29" />
        <source>Your providers.json was ignored: %1</source>
        <translation>Ihre providers.json wurde ignoriert: %1</translation>
    </message>
</context>
<context>
    <name>sb::BillingTableModel</name>
    <message numerus="yes">
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="68" />
        <source>%n request(s) reported no usage; their tokens are estimated.</source>
        <translation><numerusform>%n Anfrage hat keine Nutzung gemeldet; ihre Tokens sind geschätzt.</numerusform><numerusform>%n Anfragen haben keine Nutzung gemeldet; ihre Tokens sind geschätzt.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="77" />
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="78" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="79" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="80" />
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="81" />
        <source>Tokens in</source>
        <translation>Tokens ein</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="82" />
        <source>Tokens out</source>
        <translation>Tokens aus</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="83" />
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>sb::ChatArea</name>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="70" />
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="71" />
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="75" />
        <location filename="../app/gui/areas/ChatArea.cpp" line="77" />
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="76" />
        <source>New chat (%1)</source>
        <translation>Neuer Chat (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="83" />
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="101" />
        <source>Think</source>
        <translation>Denken</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="102" />
        <source>Thinking</source>
        <translation>Denken</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="103" />
        <source>Let SmolLM3 reason before it answers (/think) or answer directly (/no_think)</source>
        <translation>SmolLM3 vor der Antwort nachdenken lassen (/think) oder direkt antworten lassen (/no_think)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="106" />
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="107" />
        <source>Conversation settings</source>
        <translation>Unterhaltungseinstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="110" />
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="111" />
        <location filename="../app/gui/areas/ChatArea.cpp" line="354" />
        <source>Export conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="114" />
        <source>As Markdown…</source>
        <translation>Als Markdown…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="115" />
        <source>As JSON…</source>
        <translation>Als JSON…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="143" />
        <location filename="../app/gui/areas/ChatArea.cpp" line="408" />
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="144" />
        <source>Write a message… (Ctrl+Enter to send)</source>
        <translation>Nachricht schreiben… (Strg+Eingabe zum Senden)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="148" />
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="151" />
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="153" />
        <location filename="../app/gui/areas/ChatArea.cpp" line="401" />
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="226" />
        <source>Conversations cannot be saved: %1</source>
        <translation>Unterhaltungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="259" />
        <source>Offline · using the local model</source>
        <translation>Offline · lokales Modell wird verwendet</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="259" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="260" />
        <source>No network: requests go to the local model.</source>
        <translation>Kein Netzwerk: Anfragen gehen an das lokale Modell.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="261" />
        <source>No network and no local model: load one in Models to chat offline.</source>
        <translation>Kein Netzwerk und kein lokales Modell: Laden Sie eines unter Modelle, um offline zu chatten.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="337" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="353" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="353" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="377" />
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="378" />
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="378" />
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="380" />
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="381" />
        <source>Delete conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="382" />
        <source>Delete "%1" and all its messages?</source>
        <translation>„%1“ und alle zugehörigen Nachrichten löschen?</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="397" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="399" />
        <source>Edit and resend…</source>
        <translation>Bearbeiten und erneut senden…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="408" />
        <source>Edit and resend</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="417" />
        <source>Start or open a conversation to change its settings.</source>
        <translation>Beginnen oder öffnen Sie eine Unterhaltung, um ihre Einstellungen zu ändern.</translation>
    </message>
</context>
<context>
    <name>sb::ChatController</name>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="51" />
        <location filename="../app/gui/chat/ChatController.cpp" line="117" />
        <source>The conversation store is not open.</source>
        <translation>Der Unterhaltungsspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="113" />
        <location filename="../app/gui/chat/ChatController.cpp" line="263" />
        <location filename="../app/gui/chat/ChatController.cpp" line="280" />
        <source>An answer is still being generated. Stop it first.</source>
        <translation>Es wird noch eine Antwort erzeugt. Stoppen Sie sie zuerst.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="115" />
        <source>Nothing can answer yet: add a provider key in Providers &amp; Budgets or load a local model in Models.</source>
        <translation>Noch kann nichts antworten: Hinterlegen Sie einen Anbieterschlüssel unter Anbieter &amp; Budgets oder laden Sie unter Modelle ein lokales Modell.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="145" />
        <source>Choose a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="225" />
        <source>The request failed (HTTP %1).</source>
        <translation>Die Anfrage ist fehlgeschlagen (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="270" />
        <source>There is no answer to regenerate.</source>
        <translation>Es gibt keine Antwort, die neu erzeugt werden kann.</translation>
    </message>
</context>
<context>
    <name>sb::ChatView</name>
    <message>
        <location filename="../app/gui/chat/ChatView.cpp" line="15" />
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatView.cpp" line="89" />
        <source>Start a conversation: pick a model above, write below and press Ctrl+Enter.
Answers show the provider, tokens, cost and speed.</source>
        <translation>Beginnen Sie eine Unterhaltung: Wählen Sie oben ein Modell, schreiben Sie unten und drücken Sie Strg+Eingabe.
Antworten zeigen Anbieter, Tokens, Kosten und Geschwindigkeit.</translation>
    </message>
</context>
<context>
    <name>sb::ConversationListModel</name>
    <message>
        <location filename="../app/gui/chat/ConversationListModel.cpp" line="61" />
        <source>%1
Last message: %2</source>
        <translation>%1
Letzte Nachricht: %2</translation>
    </message>
</context>
<context>
    <name>sb::ConversationModel</name>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="177" />
        <source>%1 in / %2 out tokens</source>
        <translation>%1 Tokens ein / %2 aus</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="181" />
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="183" />
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="185" />
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
</context>
<context>
    <name>sb::ConversationSettingsDialog</name>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="16" />
        <source>Conversation settings</source>
        <translation>Unterhaltungseinstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="21" />
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="23" />
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="22" />
        <source>You are a helpful assistant.</source>
        <translation>Sie sind ein hilfreicher Assistent.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="35" />
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="45" />
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="39" />
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="43" />
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="49" />
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="53" />
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="57" />
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="61" />
        <source>Maximum answer tokens</source>
        <translation>Maximale Antwort-Tokens</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="59" />
        <source>provider default</source>
        <translation>Anbieter-Standard</translation>
    </message>
</context>
<context>
    <name>sb::FineTuneArea</name>
    <message>
        <location filename="../app/gui/areas/FineTuneArea.cpp" line="14" />
        <source>Fine-tune</source>
        <translation>Feinabstimmung</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/FineTuneArea.cpp" line="14" />
        <source>No fine-tuning runs yet. Load a local model first, then choose a JSONL dataset to train a LoRA adapter.</source>
        <translation>Noch keine Feinabstimmung. Laden Sie zuerst ein lokales Modell und wählen Sie dann einen JSONL-Datensatz, um einen LoRA-Adapter zu trainieren.</translation>
    </message>
</context>
<context>
    <name>sb::KeychainKeyStore</name>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="53" />
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="69" />
        <source>store</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="84" />
        <source>remove</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>sb::LocalServerPanel</name>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="21" />
        <source>Local OpenAI-compatible server</source>
        <translation>Lokaler OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="29" />
        <source>Serve /v1 on this computer</source>
        <translation>/v1 auf diesem Rechner anbieten</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="31" />
        <source>Editors, scripts and agents on this machine can use Switchboard as their router.</source>
        <translation>Editoren, Skripte und Agenten auf diesem Rechner können Switchboard als Router verwenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="38" />
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="46" />
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="53" />
        <source>Server token</source>
        <translation>Server-Token</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="54" />
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="85" />
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="56" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="57" />
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="59" />
        <source>Make a new token; clients using the old one get 401.</source>
        <translation>Neues Token erzeugen; Clients mit dem alten erhalten 401.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="64" />
        <source>Bearer token:</source>
        <translation>Bearer-Token:</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="85" />
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="111" />
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="119" />
        <source>Could not start the server: %1</source>
        <translation>Der Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="128" />
        <source>Running. Clients send the header "Authorization: Bearer &lt;token&gt;".</source>
        <translation>Läuft. Clients senden den Header „Authorization: Bearer &lt;token&gt;“.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="173" />
        <source>The token could not be saved in the keychain (%1); a new one is made at the next start.</source>
        <translation>Das Token konnte nicht im Schlüsselbund gespeichert werden (%1); beim nächsten Start wird ein neues erzeugt.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="182" />
        <source>not running</source>
        <translation>nicht gestartet</translation>
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="33" />
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="43" />
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="57" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="59" />
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="60" />
        <source>Fine-tune</source>
        <translation>Feinabstimmung</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="61" />
        <source>Providers &amp; Budgets</source>
        <translation>Anbieter &amp; Budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="62" />
        <source>Usage &amp; Billing</source>
        <translation>Nutzung &amp; Abrechnung</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="94" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="113" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="114" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="118" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="125" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="126" />
        <source>&amp;About Switchboard</source>
        <translation>Ü&amp;ber Switchboard</translation>
    </message>
</context>
<context>
    <name>sb::MessageDelegate</name>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="238" />
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="238" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="238" />
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="250" />
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="256" />
        <source>Hide thinking</source>
        <translation>Gedanken ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="256" />
        <source>Show thinking</source>
        <translation>Gedanken anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="284" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="295" />
        <source>Generating…</source>
        <translation>Wird erzeugt…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="297" />
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
</context>
<context>
    <name>sb::ModelPicker</name>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="16" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="20" />
        <source>Provider choice</source>
        <translation>Anbieterwahl</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="21" />
        <source>How the router picks the provider for this model</source>
        <translation>Wie der Router den Anbieter für dieses Modell auswählt</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="51" />
        <source>%1 (local)</source>
        <translation>%1 (lokal)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="69" />
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="73" />
        <source>auto: cheapest</source>
        <translation>auto: günstigster</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="74" />
        <source>auto: fastest</source>
        <translation>auto: schnellster</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="76" />
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
</context>
<context>
    <name>sb::ModelsArea</name>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="32" />
        <source>Local model</source>
        <translation>Lokales Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="34" />
        <source>Run SmolLM3 on this computer, offline. Open a Hugging Face model folder (config.json, tokenizer.json, *.safetensors) or a GGUF file.</source>
        <translation>SmolLM3 offline auf diesem Computer ausführen. Öffnen Sie einen Hugging-Face-Modellordner (config.json, tokenizer.json, *.safetensors) oder eine GGUF-Datei.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="40" />
        <source>Model and device</source>
        <translation>Modell und Gerät</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="45" />
        <source>Model folder or .gguf file</source>
        <translation>Modellordner oder .gguf-Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="47" />
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="48" />
        <source>GGUF file…</source>
        <translation>GGUF-Datei…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="52" />
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="56" />
        <source>Automatic (GPU if possible)</source>
        <translation>Automatisch (GPU, wenn möglich)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="57" />
        <source>Vulkan GPU</source>
        <translation>Vulkan-GPU</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="58" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="59" />
        <location filename="../app/gui/areas/ModelsArea.cpp" line="228" />
        <source>Backend:</source>
        <translation>Backend:</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="63" />
        <source>Best available</source>
        <translation>Bestes verfügbares</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="71" />
        <source>No Vulkan device: %1</source>
        <translation>Kein Vulkan-Gerät: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="74" />
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="81" />
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="82" />
        <location filename="../app/gui/areas/ModelsArea.cpp" line="236" />
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="86" />
        <source>Load model</source>
        <translation>Modell laden</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="98" />
        <source>No local model loaded.</source>
        <translation>Kein lokales Modell geladen.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="104" />
        <source>Loaded model</source>
        <translation>Geladenes Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="135" />
        <source>Open model folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="142" />
        <source>Open GGUF model</source>
        <translation>GGUF-Modell öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="143" />
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="152" />
        <source>Choose a model folder or a GGUF file first.</source>
        <translation>Wählen Sie zuerst einen Modellordner oder eine GGUF-Datei.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="161" />
        <location filename="../app/gui/areas/ModelsArea.cpp" line="194" />
        <source>Checking %p%</source>
        <translation>Prüfung %p%</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="162" />
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="194" />
        <source>Uploading weights %p%</source>
        <translation>Gewichte werden hochgeladen %p%</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="204" />
        <source>Could not load the model: %1</source>
        <translation>Das Modell konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="210" />
        <source>Loaded %1 on the %2 backend.</source>
        <translation>%1 mit dem Backend %2 geladen.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="212" />
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="229" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="230" />
        <source>Layers:</source>
        <translation>Schichten:</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="231" />
        <source>Hidden size:</source>
        <translation>Verborgene Dimension:</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="232" />
        <source>Attention heads:</source>
        <translation>Attention-Heads:</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="232" />
        <source>%1 query, %2 key/value</source>
        <translation>%1 Query, %2 Key/Value</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="233" />
        <source>Vocabulary:</source>
        <translation>Vokabular:</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="234" />
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="235" />
        <source>Weights:</source>
        <translation>Gewichte:</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="236" />
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
</context>
<context>
    <name>sb::ProvidersArea</name>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="55" />
        <source>Providers (drag to set the preferred order)</source>
        <translation>Anbieter (ziehen, um die bevorzugte Reihenfolge festzulegen)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="59" />
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="65" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="75" />
        <source>API key (masked)</source>
        <translation>API-Schlüssel (maskiert)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="77" />
        <source>Set key…</source>
        <translation>Schlüssel festlegen…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="79" />
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="81" />
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="98" />
        <source>Budgets (USD; a request whose worst case would cross a hard limit is refused)</source>
        <translation>Budgets (USD; eine Anfrage, die im ungünstigsten Fall ein hartes Limit überschreiten würde, wird abgelehnt)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="102" />
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="103" />
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="103" />
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="103" />
        <source>Hard limit</source>
        <translation>Hartes Limit</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="103" />
        <source>Warn at</source>
        <translation>Warnen bei</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="103" />
        <source>Spent now</source>
        <translation>Bisher ausgegeben</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="107" />
        <source>Add budget</source>
        <translation>Budget hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="109" />
        <source>Remove budget</source>
        <translation>Budget entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="110" />
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="130" />
        <source>API key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="130" />
        <source>Key (stored in your system keychain)</source>
        <translation>Schlüssel (im Schlüsselbund Ihres Systems gespeichert)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="211" />
        <source>%1 · %2 wire format · %n model(s): %3</source>
        <translation><numerusform>%1 · Übertragungsformat %2 · %n Modell: %3</numerusform><numerusform>%1 · Übertragungsformat %2 · %n Modelle: %3</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="212" />
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="219" />
        <source>No key needed</source>
        <translation>Kein Schlüssel nötig</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="228" />
        <source>Key: reading the keychain…</source>
        <translation>Schlüssel: Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="235" />
        <source>Key: none stored</source>
        <translation>Schlüssel: keiner gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="237" />
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="293" />
        <source>Testing %1 with %2…</source>
        <translation>%1 wird mit %2 getestet…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="296" />
        <source>Connected: %1 answered in %2 ms (cost %3).</source>
        <translation>Verbunden: %1 hat in %2 ms geantwortet (Kosten %3).</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="300" />
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="344" />
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="350" />
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="351" />
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="402" />
        <source>(apply to see)</source>
        <translation>(zum Anzeigen anwenden)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="405" />
        <source>%1 of %2%3</source>
        <translation>%1 von %2%3</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="406" />
        <source> · exhausted</source>
        <translation> · ausgeschöpft</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="406" />
        <source> · warning</source>
        <translation> · Warnung</translation>
    </message>
</context>
<context>
    <name>sb::UsageArea</name>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="60" />
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="61" />
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="61" />
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="61" />
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="61" />
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="61" />
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="64" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="68" />
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="72" />
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="73" />
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="74" />
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="75" />
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="76" />
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="83" />
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="85" />
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="93" />
        <source>Usage &amp; Billing</source>
        <translation>Nutzung &amp; Abrechnung</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="94" />
        <source>No requests recorded yet. Cost and latency per provider appear here as soon as requests complete.</source>
        <translation>Noch keine Anfragen erfasst. Kosten und Latenz je Anbieter erscheinen hier, sobald Anfragen abgeschlossen sind.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="104" />
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="108" />
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="119" />
        <source>Speed &amp;&amp; reliability</source>
        <translation>Tempo &amp;&amp; Zuverlässigkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="124" />
        <source>Bill by month, provider and model</source>
        <translation>Abrechnung nach Monat, Anbieter und Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="135" />
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="148" />
        <location filename="../app/gui/areas/UsageArea.cpp" line="151" />
        <source>Export bill</source>
        <translation>Abrechnung exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="149" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="249" />
        <source>Cannot read the ledger: %1</source>
        <translation>Das Nutzungsjournal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="258" />
        <source>%1 requests · %2 · %3% after failover</source>
        <translation>%1 Anfragen · %2 · %3% nach Ausweichen</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="275" />
        <source>No budgets set. Add daily or monthly limits in Providers &amp; Budgets.</source>
        <translation>Keine Budgets festgelegt. Fügen Sie unter Anbieter &amp; Budgets tägliche oder monatliche Limits hinzu.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="292" />
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="308" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
</TS>