<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>HubApi</name>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="25"/>
        <source>%1 (revision %2)</source>
        <translation>%1 (Revision %2)</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="26"/>
        <source>%1 in %2 (revision %3)</source>
        <translation>%1 in %2 (Revision %3)</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="140"/>
        <source>The file list of %1 is not a JSON array (%2).</source>
        <translation>Die Dateiliste von %1 ist kein JSON-Array (%2).</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="143"/>
        <source>unexpected shape</source>
        <translation>unerwartete Struktur</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="155"/>
        <source>The file list of %1 names an unsafe path: &quot;%2&quot;.</source>
        <translation>Die Dateiliste von %1 enthält einen unsicheren Pfad: „%2“.</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="189"/>
        <source>Access to %1 was refused (HTTP %2) with the Hugging Face token that is stored: the repository is gated or private. Accept its terms on the Hub with the token&apos;s account, or store a token that has access under &quot;huggingface&quot; in Providers &amp; Budgets.</source>
        <translation>Der Zugriff auf %1 wurde mit dem gespeicherten Hugging-Face-Token verweigert (HTTP %2): Das Repository ist zugangsbeschränkt oder privat. Akzeptieren Sie die Bedingungen auf dem Hub mit dem Konto des Tokens oder speichern Sie unter Anbieter &amp; Budgets bei „huggingface“ ein Token mit Zugriff.</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="194"/>
        <source>%1 needs a Hugging Face token (HTTP %2): the repository is gated, private or does not exist. Store a token under &quot;huggingface&quot; in Providers &amp; Budgets and try again.</source>
        <translation>%1 erfordert ein Hugging-Face-Token (HTTP %2): Das Repository ist zugangsbeschränkt, privat oder existiert nicht. Speichern Sie unter Anbieter &amp; Budgets bei „huggingface“ ein Token und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="201"/>
        <source>Repository %1 was not found on the Hub (HTTP 404).</source>
        <translation>Das Repository %1 wurde auf dem Hub nicht gefunden (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="203"/>
        <source>Revision %1 of %2 was not found (HTTP 404).</source>
        <translation>Revision %1 von %2 wurde nicht gefunden (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="205"/>
        <source>Not found: %1 (HTTP 404).</source>
        <translation>Nicht gefunden: %1 (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="207"/>
        <source>Asked for %1.</source>
        <translation>Angefordert: %1.</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="212"/>
        <source>The Hub answered HTTP %1 for %2.</source>
        <translation>Der Hub hat für %2 mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="224"/>
        <source>The connection failed while fetching %1: %2.</source>
        <translation>Die Verbindung ist beim Abrufen von %1 fehlgeschlagen: %2.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="20"/>
        <source>Cannot %1 the %2 key: no system keychain is available (no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation>Der Schlüssel für %2 kann nicht %1 werden: Kein Schlüsselbund verfügbar (kein Secret Service wie GNOME Keyring oder KWallet läuft).</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="27"/>
        <source>Cannot %1 the %2 key: the keychain refused access. %3</source>
        <translation>Der Schlüssel für %2 kann nicht %1 werden: Der Schlüsselbund hat den Zugriff verweigert. %3</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="30"/>
        <source>Cannot %1 the %2 key: %3</source>
        <translation>Der Schlüssel für %2 kann nicht %1 werden: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>Switchboard: chat with local and cloud language models in one place.
switchboard-cli has the commands for terminals and scripts.</source>
        <translation>Switchboard: Chatten mit lokalen und Cloud-Sprachmodellen an einem Ort.
switchboard-cli bietet die Befehle für Terminal und Skripte.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>Keep conversations, usage and models in &lt;dir&gt; for this run.</source>
        <translation>Unterhaltungen, Nutzung und Modelle für diesen Lauf in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Print the start time and idle memory, then quit (benchmarks).</source>
        <translation>Startzeit und Speicher im Leerlauf ausgeben, dann beenden (Messungen).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Time opening and scrolling an &lt;n&gt;-message conversation, then quit.</source>
        <translation>Öffnen und Blättern einer Unterhaltung mit &lt;n&gt; Nachrichten messen, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>n</source>
        <translation>n</translation>
    </message>
</context>
<context>
    <name>sb::AboutDialog</name>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="15"/>
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="20"/>
        <source>One place to talk to language models: the local SmolLM3 on Vulkan and remote providers through one router.</source>
        <translation>Ein Ort für Gespräche mit Sprachmodellen: das lokale SmolLM3 auf Vulkan und entfernte Anbieter über einen Router.</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="29"/>
        <source>Vulkan device: %1</source>
        <translation>Vulkan-Gerät: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="30"/>
        <source>No Vulkan device (%1). The local model runs on the CPU.</source>
        <translation>Kein Vulkan-Gerät (%1). Das lokale Modell läuft auf der CPU.</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="34"/>
        <source>Qt %1. Licensed under the Apache License 2.0.</source>
        <translation>Qt %1. Lizenziert unter der Apache License 2.0.</translation>
    </message>
</context>
<context>
    <name>sb::AppKeyStore</name>
    <message>
        <location filename="../app/common/AppKeyStore.cpp" line="14"/>
        <source>The %1 key is used until Switchboard quits, but it was not saved: %2 To keep it, set %3 in the environment or keep your keys in an encrypted file (Providers &amp; Budgets).</source>
        <translation>Der Schlüssel für %1 gilt, bis Switchboard beendet wird, wurde aber nicht gespeichert: %2 Um ihn zu behalten, setzen Sie %3 in der Umgebung oder bewahren Sie Ihre Schlüssel in einer verschlüsselten Datei auf (Anbieter &amp; Budgets).</translation>
    </message>
</context>
<context>
    <name>sb::BillingTableModel</name>
    <message numerus="yes">
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="82"/>
        <source>%n request(s) reported no usage; their tokens are estimated.</source>
        <translation>
            <numerusform>%n Anfrage hat keine Nutzung gemeldet; ihre Tokens sind geschätzt.</numerusform>
            <numerusform>%n Anfragen haben keine Nutzung gemeldet; ihre Tokens sind geschätzt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="93"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="95"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="97"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="99"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="101"/>
        <source>Tokens in</source>
        <translation>Tokens ein</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="103"/>
        <source>Tokens out</source>
        <translation>Tokens aus</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="105"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>sb::Budget</name>
    <message>
        <location filename="../router/budget/Budget.cpp" line="13"/>
        <source>daily</source>
        <translation>Tages</translation>
    </message>
    <message>
        <location filename="../router/budget/Budget.cpp" line="14"/>
        <source>monthly</source>
        <translation>Monats</translation>
    </message>
    <message>
        <location filename="../router/budget/Budget.cpp" line="16"/>
        <source>global %1 budget</source>
        <translation>globales %1budget</translation>
    </message>
    <message>
        <location filename="../router/budget/Budget.cpp" line="17"/>
        <source>%1 %2 budget</source>
        <translation>%2budget für %1</translation>
    </message>
    <message>
        <location filename="../router/budget/Budget.cpp" line="76"/>
        <source>Cannot check the %1: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location filename="../router/budget/Budget.cpp" line="86"/>
        <source>Refused by the %1: $%2 of $%3 is spent, and this answer could cost up to $%4, $%5 more than is left. Raise the budget, or allow shorter answers.</source>
        <translation>Abgelehnt durch %1: $%2 von $%3 sind ausgegeben, und diese Antwort könnte bis zu $%4 kosten, $%5 mehr als übrig ist. Erhöhen Sie das Budget oder erlauben Sie kürzere Antworten.</translation>
    </message>
    <message>
        <location filename="../router/budget/Budget.cpp" line="98"/>
        <source>Refused by the %1 for now: $%2 spent and $%3 reserved by requests in flight of $%4; this request may cost up to $%5</source>
        <translation>Vorerst abgelehnt durch %1: $%2 ausgegeben und $%3 von laufenden Anfragen reserviert, bei $%4; diese Anfrage kann bis zu $%5 kosten</translation>
    </message>
    <message>
        <location filename="../router/budget/Budget.cpp" line="116"/>
        <source>%1: %2% used</source>
        <translation>%1: %2 % verbraucht</translation>
    </message>
</context>
<context>
    <name>sb::CandidateFilter</name>
    <message>
        <location filename="../router/routing/CandidateFilter.cpp" line="49"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../router/routing/CandidateFilter.cpp" line="54"/>
        <source>no local model loaded</source>
        <translation>kein lokales Modell geladen</translation>
    </message>
    <message>
        <location filename="../router/routing/CandidateFilter.cpp" line="59"/>
        <source>no API key (set one, or %1)</source>
        <translation>kein API-Schlüssel (legen Sie einen fest oder setzen Sie %1)</translation>
    </message>
    <message>
        <location filename="../router/routing/CandidateFilter.cpp" line="65"/>
        <source>the API key was rejected (401)</source>
        <translation>der API-Schlüssel wurde abgelehnt (401)</translation>
    </message>
    <message>
        <location filename="../router/routing/CandidateFilter.cpp" line="71"/>
        <source>cooling down for %1 s after %2</source>
        <translation>Pause für %1 s nach %2</translation>
    </message>
    <message>
        <location filename="../router/routing/CandidateFilter.cpp" line="80"/>
        <source>needs about %1 tokens, the context window is %2</source>
        <translation>braucht etwa %1 Tokens, das Kontextfenster fasst %2</translation>
    </message>
</context>
<context>
    <name>sb::ChatArea</name>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="73"/>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="74"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="76"/>
        <source>Search conversations (%1)</source>
        <translation>Unterhaltungen durchsuchen (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="80"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="83"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="82"/>
        <source>New chat (%1)</source>
        <translation>Neuer Chat (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="89"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="107"/>
        <source>Think</source>
        <translation>Denken</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="108"/>
        <source>Thinking</source>
        <translation>Denken</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="109"/>
        <source>Let SmolLM3 reason before it answers (/think) or answer directly (/no_think)</source>
        <translation>SmolLM3 vor der Antwort nachdenken lassen (/think) oder direkt antworten lassen (/no_think)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="112"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="113"/>
        <source>Conversation settings</source>
        <translation>Unterhaltungseinstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="116"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="117"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="475"/>
        <source>Export conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="120"/>
        <source>As Markdown…</source>
        <translation>Als Markdown…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="121"/>
        <source>As JSON…</source>
        <translation>Als JSON…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="167"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="596"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="172"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="176"/>
        <source>Send (%1)</source>
        <translation>Senden (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="177"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="180"/>
        <source>Stop generating (%1)</source>
        <translation>Erzeugung stoppen (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="181"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="587"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="242"/>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="244"/>
        <source>context: about %1 of %2 tokens</source>
        <translation>Kontext: etwa %1 von %2 Tokens</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="246"/>
        <source>context: about %1 tokens</source>
        <translation>Kontext: etwa %1 Tokens</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="287"/>
        <source>Write a message… (Ctrl+Enter sends, Enter adds a line)</source>
        <translation>Nachricht schreiben … (Strg+Eingabe sendet, Eingabe fügt eine Zeile hinzu)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="288"/>
        <source>Write a message… (Enter sends, Shift+Enter adds a line)</source>
        <translation>Nachricht schreiben … (Eingabe sendet, Umschalt+Eingabe fügt eine Zeile hinzu)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="319"/>
        <source>Conversations cannot be saved: %1</source>
        <translation>Unterhaltungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="374"/>
        <source>Offline · using the local model</source>
        <translation>Offline · lokales Modell wird verwendet</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="374"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="375"/>
        <source>No network: requests go to the local model.</source>
        <translation>Kein Netzwerk: Anfragen gehen an das lokale Modell.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="376"/>
        <source>No network and no local model: load one in Models to chat offline.</source>
        <translation>Kein Netzwerk und kein lokales Modell: Laden Sie eines unter Modelle, um offline zu chatten.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="458"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
        <translation>Dieser Chat nutzt %1 auf diesem Computer, und es ist nicht geladen. Nichts wird stattdessen anderswohin gesendet.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="520"/>
        <source>No enabled provider offers %1 now: choose another model.</source>
        <translation>Kein aktivierter Anbieter bietet %1 derzeit an: Wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="562"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="563"/>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="563"/>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="565"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="566"/>
        <source>Delete conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="567"/>
        <source>Delete &quot;%1&quot; and all its messages?</source>
        <translation>„%1“ und alle zugehörigen Nachrichten löschen?</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="582"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="584"/>
        <source>Edit and resend…</source>
        <translation>Bearbeiten und erneut senden…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="596"/>
        <source>Edit and resend</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="604"/>
        <source>Start or open a conversation to change its settings.</source>
        <translation>Beginnen oder öffnen Sie eine Unterhaltung, um ihre Einstellungen zu ändern.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="659"/>
        <source>The provider needs a valid key.</source>
        <translation>Der Anbieter braucht einen gültigen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="662"/>
        <source>A budget stopped this request.</source>
        <translation>Ein Budget hat diese Anfrage gestoppt.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="684"/>
        <source>Add key…</source>
        <translation>Schlüssel hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="687"/>
        <source>Raise budget…</source>
        <translation>Budget erhöhen …</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="690"/>
        <source>Load it</source>
        <translation>Laden</translation>
    </message>
</context>
<context>
    <name>sb::ChatController</name>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="52"/>
        <location filename="../app/gui/chat/ChatController.cpp" line="121"/>
        <source>The conversation store is not open.</source>
        <translation>Der Unterhaltungsspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="116"/>
        <location filename="../app/gui/chat/ChatController.cpp" line="285"/>
        <location filename="../app/gui/chat/ChatController.cpp" line="302"/>
        <source>An answer is still being generated. Stop it first.</source>
        <translation>Es wird noch eine Antwort erzeugt. Stoppen Sie sie zuerst.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="118"/>
        <source>Nothing can answer yet: add a provider key in Providers &amp; Budgets or load a local model in Models.</source>
        <translation>Noch kann nichts antworten: Hinterlegen Sie einen Anbieterschlüssel unter Anbieter &amp; Budgets oder laden Sie unter Modelle ein lokales Modell.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="149"/>
        <source>Choose a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="247"/>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="292"/>
        <source>There is no answer to regenerate.</source>
        <translation>Es gibt keine Antwort, die neu erzeugt werden kann.</translation>
    </message>
</context>
<context>
    <name>sb::ChatView</name>
    <message>
        <location filename="../app/gui/chat/ChatView.cpp" line="20"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatView.cpp" line="229"/>
        <source>Start a conversation: pick a model above, write below and press Ctrl+Enter.
Answers show the provider, tokens, cost and speed.</source>
        <translation>Beginnen Sie eine Unterhaltung: Wählen Sie oben ein Modell, schreiben Sie unten und drücken Sie Strg+Eingabe.
Antworten zeigen Anbieter, Tokens, Kosten und Geschwindigkeit.</translation>
    </message>
</context>
<context>
    <name>sb::ConversationListModel</name>
    <message>
        <location filename="../app/gui/chat/ConversationListModel.cpp" line="62"/>
        <source>%1
Last message: %2</source>
        <translation>%1
Letzte Nachricht: %2</translation>
    </message>
</context>
<context>
    <name>sb::ConversationModel</name>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="191"/>
        <source>%1 in / %2 out tokens</source>
        <translation>%1 Tokens ein / %2 aus</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="195"/>
        <source>free</source>
        <translation>kostenlos</translation>
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
        <translation>Unterhaltungseinstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="22"/>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="24"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="23"/>
        <source>You are a helpful assistant.</source>
        <translation>Sie sind ein hilfreicher Assistent.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="36"/>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="46"/>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="40"/>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="44"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
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
        <translation>Maximale Antwort-Tokens</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="60"/>
        <source>provider default</source>
        <translation>Anbieter-Standard</translation>
    </message>
</context>
<context>
    <name>sb::CustomEndpointDialog</name>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="32"/>
        <source>Custom OpenAI-compatible endpoint</source>
        <translation>Benutzerdefinierter OpenAI-kompatibler Endpunkt</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="37"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="38"/>
        <source>e.g. vLLM on the GPU box</source>
        <translation>z. B. vLLM auf dem GPU-Rechner</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="41"/>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="49"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="45"/>
        <source>API key (optional)</source>
        <translation>API-Schlüssel (optional)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="47"/>
        <source>optional; stored in your system keychain</source>
        <translation>optional; wird im Schlüsselbund Ihres Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="48"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="50"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="55"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Model id</source>
        <translation>Modell-ID</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Context (tokens)</source>
        <translation>Kontext (Tokens)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Input $/M tokens</source>
        <translation>Eingabe $/M Tokens</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Output $/M tokens</source>
        <translation>Ausgabe $/M Tokens</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="63"/>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="65"/>
        <source>Remove model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="67"/>
        <source>Fetch models</source>
        <translation>Modelle abrufen</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="69"/>
        <source>Asks the server for its model list (GET base URL/models)</source>
        <translation>Fragt den Server nach seiner Modellliste (GET Basis-URL/models)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="105"/>
        <source>unchanged (type a new key to replace it)</source>
        <translation>unverändert (geben Sie einen neuen Schlüssel ein, um ihn zu ersetzen)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="142"/>
        <source>Give the endpoint a name.</source>
        <translation>Geben Sie dem Endpunkt einen Namen.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="145"/>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="191"/>
        <source>Base URL: %1</source>
        <translation>Basis-URL: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="157"/>
        <source>Model &apos;%1&apos; is listed twice.</source>
        <translation>Modell „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="165"/>
        <source>Model &apos;%1&apos;: the context window must be a positive number of tokens.</source>
        <translation>Modell „%1“: Das Kontextfenster muss eine positive Anzahl von Tokens sein.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="174"/>
        <source>Model &apos;%1&apos;: prices are USD per million tokens, 0 or more.</source>
        <translation>Modell „%1“: Preise sind USD pro Million Tokens, 0 oder mehr.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="181"/>
        <source>List at least one model (type its id or use Fetch models).</source>
        <translation>Geben Sie mindestens ein Modell an (geben Sie seine ID ein oder verwenden Sie „Modelle abrufen“).</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="197"/>
        <source>Asking %1/models…</source>
        <translation>%1/models wird abgefragt…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="201"/>
        <source>Could not fetch the models: %1</source>
        <translation>Die Modelle konnten nicht abgerufen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="218"/>
        <source>The server lists %n model(s); %1 added.</source>
        <translation>
            <numerusform>Der Server listet %n Modell auf; %1 hinzugefügt.</numerusform>
            <numerusform>Der Server listet %n Modelle auf; %1 hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::DatasetPreviewPanel</name>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="51"/>
        <source>Tokens with a loss: the assistant&apos;s turns (all tokens for plain text)</source>
        <translation>Tokens mit Verlust: die Beiträge des Assistenten (bei reinem Text alle Tokens)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="53"/>
        <source>Dataset preview</source>
        <translation>Datensatzvorschau</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="95"/>
        <source>Choose a JSONL dataset: one {&quot;messages&quot;: [...]} or {&quot;text&quot;: ...} record per line.</source>
        <translation>Wählen Sie einen JSONL-Datensatz: ein {&quot;messages&quot;: [...]}- oder {&quot;text&quot;: ...}-Eintrag pro Zeile.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="99"/>
        <source>Choose a model (or load one in Models) to count tokens.</source>
        <translation>Wählen Sie ein Modell (oder laden Sie eines unter Modelle), um Tokens zu zählen.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="102"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="140"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="158"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="167"/>
        <source>&lt;b&gt;Error&lt;/b&gt; at line %1: %2</source>
        <translation>&lt;b&gt;Fehler&lt;/b&gt; in Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="170"/>
        <source>%1 records · %2 tokens · %3 assistant tokens (tokenised with the model&apos;s tokenizer, chat template applied)</source>
        <translation>%1 Einträge · %2 Tokens · %3 Assistenten-Tokens (mit dem Tokenizer des Modells tokenisiert, Chat-Vorlage angewendet)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="175"/>
        <source>; the first %1 are shown</source>
        <translation>; die ersten %1 werden angezeigt</translation>
    </message>
</context>
<context>
    <name>sb::DeviceChoice</name>
    <message>
        <location filename="../app/gui/settings/DeviceChoice.cpp" line="21"/>
        <source>Automatic (best available)</source>
        <translation>Automatisch (bestes verfügbares)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/DeviceChoice.cpp" line="36"/>
        <source>No Vulkan device: %1</source>
        <translation>Kein Vulkan-Gerät: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/DeviceChoice.cpp" line="61"/>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>sb::DownloadPanel</name>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="45"/>
        <source>Download from Hugging Face</source>
        <translation>Von Hugging Face herunterladen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="55"/>
        <source>Hugging Face repository</source>
        <translation>Hugging-Face-Repository</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="56"/>
        <source>owner/name</source>
        <translation>besitzer/name</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="59"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="61"/>
        <source>List files</source>
        <translation>Dateien auflisten</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="63"/>
        <source>List the repository&apos;s files</source>
        <translation>Dateien des Repositorys auflisten</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="65"/>
        <source>Repository:</source>
        <translation>Repository:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="69"/>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="74"/>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="441"/>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="75"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="76"/>
        <source>Choose the download folder</source>
        <translation>Download-Ordner wählen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="79"/>
        <source>Save to:</source>
        <translation>Speichern in:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="84"/>
        <source>Files of the repository</source>
        <translation>Dateien des Repositorys</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="88"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="88"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="88"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="94"/>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="240"/>
        <source>List the files to see their sizes.</source>
        <translation>Listen Sie die Dateien auf, um ihre Größen zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="102"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="104"/>
        <source>Download the checked files</source>
        <translation>Ausgewählte Dateien herunterladen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="105"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="107"/>
        <source>Pause the download</source>
        <translation>Download pausieren</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="108"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="110"/>
        <source>Resume the download</source>
        <translation>Download fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="111"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="113"/>
        <source>Cancel the download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="114"/>
        <source>Open model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="116"/>
        <source>Open the downloaded model</source>
        <translation>Heruntergeladenes Modell öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="126"/>
        <source>Progress of the current file</source>
        <translation>Fortschritt der aktuellen Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="129"/>
        <source>Progress of the whole download</source>
        <translation>Fortschritt des gesamten Downloads</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="136"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="137"/>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="175"/>
        <source>%1 Trying again in %2 s…</source>
        <translation>%1 Neuer Versuch in %2 s…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="178"/>
        <source>Downloaded and verified %1 files into %2.</source>
        <translation>%1 Dateien nach %2 heruntergeladen und überprüft.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="250"/>
        <source>Enter a repository as owner/name, for example %1.</source>
        <translation>Geben Sie ein Repository als besitzer/name ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="259"/>
        <source>Listing the files of %1…</source>
        <translation>Dateien von %1 werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="278"/>
        <source>No file list.</source>
        <translation>Keine Dateiliste.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="286"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="291"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="294"/>
        <source>%1 files in %2 at %3.</source>
        <translation>%1 Dateien in %2 (Revision %3).</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="316"/>
        <source>%1 files selected, %2 (the repository has %3 in %4 files).</source>
        <translation>%1 Dateien ausgewählt, %2 (das Repository enthält %3 in %4 Dateien).</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="335"/>
        <source>Check at least one file to download.</source>
        <translation>Wählen Sie mindestens eine Datei zum Herunterladen aus.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="343"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="367"/>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="371"/>
        <source>unknown size</source>
        <translation>unbekannte Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="368"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="369"/>
        <source>%1 of %2 (%p%)</source>
        <translation>%1 von %2 (%p%)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="374"/>
        <source>File %1 of %2 · %3/s · %4 left</source>
        <translation>Datei %1 von %2 · %3/s · noch %4</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="380"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="380"/>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="382"/>
        <source>Checking the partial download of %1…</source>
        <translation>Teilweiser Download von %1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="384"/>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="392"/>
        <source>Paused. Resume continues where it stopped, also after a restart.</source>
        <translation>Pausiert. „Fortsetzen“ macht dort weiter, wo der Download angehalten wurde, auch nach einem Neustart.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="395"/>
        <source>Cancelled. The partial file was deleted; finished files are kept.</source>
        <translation>Abgebrochen. Die unvollständige Datei wurde gelöscht; fertige Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="408"/>
        <source>Resume continues the download.</source>
        <translation>„Fortsetzen“ setzt den Download fort.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="412"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="419"/>
        <source>Verified</source>
        <translation>Überprüft</translation>
    </message>
</context>
<context>
    <name>sb::EncryptedKeyFile</name>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="70"/>
        <source>The encryption library could not start.</source>
        <translation>Die Verschlüsselungsbibliothek konnte nicht starten.</translation>
    </message>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="73"/>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="81"/>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="107"/>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Nicht genug Speicher, um den Schlüssel aus der Passphrase abzuleiten.</translation>
    </message>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="89"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="94"/>
        <source>%1 is not a Switchboard key file.</source>
        <translation>%1 ist keine Schlüsseldatei von Switchboard.</translation>
    </message>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="104"/>
        <source>%1 is damaged.</source>
        <translation>%1 ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="116"/>
        <source>Wrong passphrase (or the key file was changed).</source>
        <translation>Falsche Passphrase (oder die Schlüsseldatei wurde verändert).</translation>
    </message>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="139"/>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="148"/>
        <source>The key file is locked.</source>
        <translation>Die Schlüsseldatei ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="179"/>
        <location filename="../app/common/EncryptedKeyFile.cpp" line="185"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sb::FileTransfer</name>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="74"/>
        <source>Refused to write &quot;%1&quot; from %2: the path leaves the destination folder.</source>
        <translation>Schreiben von „%1“ aus %2 verweigert: Der Pfad führt aus dem Zielordner heraus.</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="81"/>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="389"/>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>die Verbindung wurde nach %1 von %2 Bytes geschlossen</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="406"/>
        <source>The server keeps answering with other bytes than asked for %1 in %2; try again later.</source>
        <translation>Der Server liefert für %1 in %2 wiederholt andere Bytes als angefordert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="437"/>
        <source>%1 from %2 is corrupt: its %3 is %4, the Hub lists %5. The partial download was deleted; download it again.</source>
        <translation>%1 aus %2 ist beschädigt: %3 ist %4, der Hub nennt %5. Der unvollständige Download wurde gelöscht; laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="504"/>
        <source>Could not write %1 (%2 from %3): %4. The partial download is kept: free some disk space or fix the folder&apos;s permissions, then resume.</source>
        <translation>%1 (%2 aus %3) konnte nicht geschrieben werden: %4. Der unvollständige Download bleibt erhalten: Geben Sie Speicherplatz frei oder korrigieren Sie die Berechtigungen des Ordners und setzen Sie dann fort.</translation>
    </message>
</context>
<context>
    <name>sb::FineTuneArea</name>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="127"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="128"/>
        <source>A Hugging Face model directory (config.json + safetensors)</source>
        <translation>Ein Hugging-Face-Modellverzeichnis (config.json + safetensors)</translation>
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
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="136"/>
        <source>Model and data</source>
        <translation>Modell und Daten</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="138"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="142"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="195"/>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="139"/>
        <source>the loaded local model</source>
        <translation>das geladene lokale Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="140"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="143"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="201"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="140"/>
        <source>train.jsonl</source>
        <translation>train.jsonl</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="141"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="141"/>
        <source>adapter directory</source>
        <translation>Adapterverzeichnis</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="144"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="206"/>
        <source>Output directory</source>
        <translation>Ausgabeverzeichnis</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="147"/>
        <source>Hyper-parameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="161"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="162"/>
        <source>Start a new run (replaces the adapter in the output directory)</source>
        <translation>Einen neuen Lauf starten (ersetzt den Adapter im Ausgabeverzeichnis)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="163"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="164"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="165"/>
        <source>Continue a paused run, or the checkpoint saved in the output directory</source>
        <translation>Einen pausierten Lauf fortsetzen oder den im Ausgabeverzeichnis gespeicherten Checkpoint</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="166"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="167"/>
        <source>Stop after this step and save a checkpoint</source>
        <translation>Nach diesem Schritt anhalten und einen Checkpoint speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="168"/>
        <source>Chat with this adapter</source>
        <translation>Mit diesem Adapter chatten</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="169"/>
        <source>Serve base + adapter as a second local model in Chat, next to the base</source>
        <translation>Basismodell + Adapter als zweites lokales Modell im Chat bereitstellen, neben dem Basismodell</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="189"/>
        <source>Base model directory</source>
        <translation>Basismodellverzeichnis</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="195"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="201"/>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="271"/>
        <source>load a model in Models, or choose one</source>
        <translation>Modell unter Modelle laden oder eines wählen</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="272"/>
        <source>loaded: %1</source>
        <translation>geladen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="343"/>
        <source>Paused at step %1 of %2.</source>
        <translation>Bei Schritt %1 von %2 pausiert.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="347"/>
        <source>Cancelled at step %1 of %2; a checkpoint is saved, Resume continues from it.</source>
        <translation>Bei Schritt %1 von %2 abgebrochen; ein Checkpoint ist gespeichert, „Fortsetzen“ macht dort weiter.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="354"/>
        <source>Done: %1 steps; the adapter is in %2.</source>
        <translation>Fertig: %1 Schritte; der Adapter liegt in %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="359"/>
        <source>Training stopped: %1</source>
        <translation>Training angehalten: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="369"/>
        <source>Choose a base model, a dataset and an output directory first.</source>
        <translation>Wählen Sie zuerst ein Basismodell, einen Datensatz und ein Ausgabeverzeichnis.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="373"/>
        <source>Choose at least one target module.</source>
        <translation>Wählen Sie mindestens ein Zielmodul.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="380"/>
        <source>Loading the model and the dataset…</source>
        <translation>Modell und Datensatz werden geladen…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="391"/>
        <source>Pausing after this step…</source>
        <translation>Pause nach diesem Schritt…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="399"/>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="408"/>
        <source>No checkpoint to resume in %1.</source>
        <translation>Kein Checkpoint zum Fortsetzen in %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="418"/>
        <source>Resuming from the checkpoint at step %1…</source>
        <translation>Fortsetzen ab dem Checkpoint bei Schritt %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="429"/>
        <source>Cancelling after this step (saving a checkpoint)…</source>
        <translation>Abbruch nach diesem Schritt (Checkpoint wird gespeichert)…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="448"/>
        <source>Training on %1: %2 records (%3 tokens), %4 for validation; %5 trainable parameters.</source>
        <translation>Training auf %1: %2 Einträge (%3 Tokens), %4 zur Validierung; %5 trainierbare Parameter.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="454"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="473"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="525"/>
        <source>step %1 / %2</source>
        <translation>Schritt %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="475"/>
        <source>loss %1</source>
        <translation>Verlust %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="476"/>
        <source>loss %1 · validation %2</source>
        <translation>Verlust %1 · Validierung %2</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="479"/>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="481"/>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="527"/>
        <source>This folder holds a run at step %1 of %2: Resume continues it, Start begins anew.</source>
        <translation>Dieser Ordner enthält einen Lauf bei Schritt %1 von %2: „Fortsetzen“ setzt ihn fort, „Starten“ beginnt neu.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="530"/>
        <source>This folder holds a finished run (%1 steps).</source>
        <translation>Dieser Ordner enthält einen abgeschlossenen Lauf (%1 Schritte).</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="549"/>
        <source>Loading %1 with the adapter…</source>
        <translation>%1 wird mit dem Adapter geladen…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="561"/>
        <source>The adapter could not be loaded: %1</source>
        <translation>Der Adapter konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="565"/>
        <source>&quot;%1&quot; is in Chat&apos;s model picker next to the base model.</source>
        <translation>„%1“ steht in der Modellauswahl des Chats neben dem Basismodell.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="612"/>
        <source>VRAM %1 MiB</source>
        <translation>VRAM %1 MiB</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="613"/>
        <source>VRAM: not used (CPU)</source>
        <translation>VRAM: nicht verwendet (CPU)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="618"/>
        <source>memory %1 MiB</source>
        <translation>Speicher %1 MiB</translation>
    </message>
</context>
<context>
    <name>sb::FineTuneSettingsForm</name>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="41"/>
        <source>Where training runs: the CPU, the GPU through Vulkan, or Auto (Vulkan when a device takes the model).</source>
        <translation>Wo das Training läuft: auf der CPU, auf der GPU über Vulkan oder Automatisch (Vulkan, wenn ein Gerät das Modell aufnehmen kann).</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="53"/>
        <source>Learning-rate schedule</source>
        <translation>Lernraten-Zeitplan</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="54"/>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="55"/>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="56"/>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="58"/>
        <source>Warm-up steps</source>
        <translation>Aufwärmschritte</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="63"/>
        <source>only at the end</source>
        <translation>nur am Ende</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="64"/>
        <source>Recompute activations (less memory, ~1.3x time)</source>
        <translation>Aktivierungen neu berechnen (weniger Speicher, ~1,3x Zeit)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="77"/>
        <source>Adapt %1.%2</source>
        <translation>%1.%2 anpassen</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="88"/>
        <source>warm-up </source>
        <translation>Aufwärmen </translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="89"/>
        <source> steps</source>
        <translation> Schritte</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="93"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="94"/>
        <source>Rank r</source>
        <translation>Rang r</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="95"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="96"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="97"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="98"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="99"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="100"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="101"/>
        <source>Gradient accumulation</source>
        <translation>Gradientenakkumulation</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="102"/>
        <source>Sequence length</source>
        <translation>Sequenzlänge</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="103"/>
        <source>Target modules</source>
        <translation>Zielmodule</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="104"/>
        <source>Validation split</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="105"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="106"/>
        <source>Save every N steps</source>
        <translation>Alle N Schritte speichern</translation>
    </message>
</context>
<context>
    <name>sb::KeyStorageNotice</name>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="62"/>
        <source>Your keys are kept in the encrypted file %1.</source>
        <translation>Ihre Schlüssel werden in der verschlüsselten Datei %1 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="69"/>
        <source>Your keys are in an encrypted file; unlock it with your passphrase to use them.</source>
        <translation>Ihre Schlüssel liegen in einer verschlüsselten Datei; entsperren Sie sie mit Ihrer Passphrase, um sie zu verwenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="70"/>
        <source>Unlock the key file…</source>
        <translation>Schlüsseldatei entsperren …</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="80"/>
        <source>No system keychain is available on this computer (no Secret Service such as GNOME Keyring or KWallet is running), so keys cannot be saved there. Keys you enter are used until Switchboard quits. To keep them, either set environment variables before starting Switchboard, such as SWITCHBOARD_KEY_OPENAI or SWITCHBOARD_KEY_GROQ (switchboard-cli serve reads them too), or keep your keys in a file in the data folder encrypted with a passphrase.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (kein Secret Service wie GNOME Keyring oder KWallet läuft), daher können Schlüssel dort nicht gespeichert werden. Eingegebene Schlüssel gelten, bis Switchboard beendet wird. Um sie zu behalten, setzen Sie vor dem Start Umgebungsvariablen wie SWITCHBOARD_KEY_OPENAI oder SWITCHBOARD_KEY_GROQ (auch switchboard-cli serve liest sie), oder bewahren Sie Ihre Schlüssel in einer mit einer Passphrase verschlüsselten Datei im Datenordner auf.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="86"/>
        <source>Keep keys in an encrypted file…</source>
        <translation>Schlüssel in einer verschlüsselten Datei aufbewahren …</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="94"/>
        <source>No key store</source>
        <translation>Kein Schlüsselspeicher</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="108"/>
        <source>Keep keys in an encrypted file</source>
        <translation>Schlüssel in einer verschlüsselten Datei aufbewahren</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="109"/>
        <source>Your keys will be saved in %1, encrypted with a passphrase you choose.

The file is only as safe as the passphrase: anyone who copies it can try to guess it, so choose a long one. Switchboard asks for it each time it starts. If you forget it, the keys in the file are lost (you can enter them again).</source>
        <translation>Ihre Schlüssel werden in %1 gespeichert, verschlüsselt mit einer Passphrase Ihrer Wahl.

Die Datei ist nur so sicher wie die Passphrase: Wer sie kopiert, kann versuchen, sie zu erraten – wählen Sie also eine lange. Switchboard fragt bei jedem Start danach. Wenn Sie sie vergessen, sind die Schlüssel in der Datei verloren (Sie können sie erneut eingeben).</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="119"/>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="124"/>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="130"/>
        <source>Key file passphrase</source>
        <translation>Passphrase der Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="120"/>
        <source>Choose a passphrase</source>
        <translation>Wählen Sie eine Passphrase</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="120"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="125"/>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="130"/>
        <source>The passphrases differ; nothing was saved.</source>
        <translation>Die Passphrasen unterscheiden sich; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/KeyStorageNotice.cpp" line="135"/>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
</context>
<context>
    <name>sb::KeyStore</name>
    <message>
        <location filename="../router/keys/KeyStore.cpp" line="69"/>
        <location filename="../router/keys/KeyStore.cpp" line="78"/>
        <source>no key store: keys come from the environment only</source>
        <translation>kein Schlüsselspeicher: Schlüssel kommen nur aus der Umgebung</translation>
    </message>
</context>
<context>
    <name>sb::KeychainKeyStore</name>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="64"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="81"/>
        <source>store</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="97"/>
        <source>remove</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>sb::LocalServerPanel</name>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="21"/>
        <source>Local OpenAI-compatible server</source>
        <translation>Lokaler OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="29"/>
        <source>Serve /v1 on this computer</source>
        <translation>/v1 auf diesem Rechner anbieten</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="32"/>
        <source>Editors, scripts and agents on this machine can use Switchboard as their router.</source>
        <translation>Editoren, Skripte und Agenten auf diesem Rechner können Switchboard als Router verwenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="35"/>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="40"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="48"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="55"/>
        <source>Server token</source>
        <translation>Server-Token</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="56"/>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="87"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="58"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="59"/>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="61"/>
        <source>Make a new token; clients using the old one get 401.</source>
        <translation>Neues Token erzeugen; Clients mit dem alten erhalten 401.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="66"/>
        <source>Bearer token:</source>
        <translation>Bearer-Token:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="87"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="114"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="122"/>
        <source>Could not start the server: %1</source>
        <translation>Der Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="131"/>
        <source>Running. Clients send the header &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Läuft. Clients senden den Header „Authorization: Bearer &lt;token&gt;“.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="178"/>
        <source>The token could not be saved in the keychain (%1); a new one is made at the next start.</source>
        <translation>Das Token konnte nicht im Schlüsselbund gespeichert werden (%1); beim nächsten Start wird ein neues erzeugt.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="188"/>
        <source>not running</source>
        <translation>nicht gestartet</translation>
    </message>
</context>
<context>
    <name>sb::LossChart</name>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="26"/>
        <source>Loss chart</source>
        <translation>Verlustdiagramm</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="30"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="34"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="35"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="41"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="43"/>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
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
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="71"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="73"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="75"/>
        <source>Fine-tune</source>
        <translation>Feinabstimmung</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="76"/>
        <source>Providers &amp; Budgets</source>
        <translation>Anbieter &amp; Budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="77"/>
        <source>Usage &amp; Billing</source>
        <translation>Nutzung &amp; Abrechnung</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="107"/>
        <source>Loading %1 on this computer… %2%</source>
        <translation>%1 wird auf diesem Computer geladen … %2 %</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="183"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="193"/>
        <source>Loading the local model…</source>
        <translation>Das lokale Modell wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="348"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="349"/>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="353"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="363"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="367"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="368"/>
        <source>&amp;Search conversations</source>
        <translation>Unterhaltungen &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="373"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="380"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="381"/>
        <source>&amp;About Switchboard</source>
        <translation>Ü&amp;ber Switchboard</translation>
    </message>
</context>
<context>
    <name>sb::MessageDelegate</name>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="291"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="291"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="291"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="303"/>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="309"/>
        <source>Hide thinking</source>
        <translation>Gedanken ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="310"/>
        <source>Show thinking</source>
        <translation>Gedanken anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="340"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="353"/>
        <source>Generating…</source>
        <translation>Wird erzeugt…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="355"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
</context>
<context>
    <name>sb::ModelPicker</name>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="46"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="50"/>
        <source>Provider choice</source>
        <translation>Anbieterwahl</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="51"/>
        <source>How the router picks the provider for this model</source>
        <translation>Wie der Router den Anbieter für dieses Modell auswählt</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="100"/>
        <source>%1, on this computer</source>
        <translation>%1, auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="101"/>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="112"/>
        <source>$%1 / $%2 per M tokens</source>
        <translation>$%1 / $%2 je Mio. Tokens</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="116"/>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="119"/>
        <source>key set</source>
        <translation>Schlüssel gesetzt</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="122"/>
        <source>key rejected</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="154"/>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="348"/>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="350"/>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="156"/>
        <source>%1 · on this computer</source>
        <translation>%1 · auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="163"/>
        <source>Cloud · %1</source>
        <translation>Cloud · %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="337"/>
        <source>%1 · on this computer · not loaded</source>
        <translation>%1 · auf diesem Computer · nicht geladen</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="338"/>
        <source>%1 · not available</source>
        <translation>%1 · nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="343"/>
        <source>%1 runs on this computer but is not loaded. Load it in Models.</source>
        <translation>%1 läuft auf diesem Computer, ist aber nicht geladen. Laden Sie es unter „Modelle“.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="344"/>
        <source>No enabled provider offers %1 now.</source>
        <translation>Kein aktivierter Anbieter bietet %1 derzeit an.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="356"/>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="214"/>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="217"/>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="214"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="222"/>
        <source>auto: cheapest</source>
        <translation>auto: günstigster</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="223"/>
        <source>auto: fastest</source>
        <translation>auto: schnellster</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="221"/>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="226"/>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
</context>
<context>
    <name>sb::ModelsArea</name>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="35"/>
        <source>Local model</source>
        <translation>Lokales Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="37"/>
        <source>Run SmolLM3 on this computer, offline. Open a Hugging Face model folder (config.json, tokenizer.json, *.safetensors) or a GGUF file.</source>
        <translation>SmolLM3 offline auf diesem Computer ausführen. Öffnen Sie einen Hugging-Face-Modellordner (config.json, tokenizer.json, *.safetensors) oder eine GGUF-Datei.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="49"/>
        <source>Model and device</source>
        <translation>Modell und Gerät</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="54"/>
        <source>Model folder or GGUF file</source>
        <translation>Modellordner oder GGUF-Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="55"/>
        <source>Model folder or .gguf file</source>
        <translation>Modellordner oder .gguf-Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="57"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="58"/>
        <source>GGUF file…</source>
        <translation>GGUF-Datei…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="62"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="66"/>
        <source>Automatic (GPU if possible)</source>
        <translation>Automatisch (GPU, wenn möglich)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="67"/>
        <source>Vulkan GPU</source>
        <translation>Vulkan-GPU</translation>
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
        <translation>Backend:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="74"/>
        <location filename="../app/gui/models/ModelsArea.cpp" line="278"/>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="81"/>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="82"/>
        <location filename="../app/gui/models/ModelsArea.cpp" line="289"/>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="91"/>
        <source>Load model</source>
        <translation>Modell laden</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="103"/>
        <source>No local model loaded.</source>
        <translation>Kein lokales Modell geladen.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="109"/>
        <source>Loaded model</source>
        <translation>Geladenes Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="164"/>
        <source>Open model folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="172"/>
        <source>Open GGUF model</source>
        <translation>GGUF-Modell öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="172"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="181"/>
        <source>Choose a model folder or a GGUF file first.</source>
        <translation>Wählen Sie zuerst einen Modellordner oder eine GGUF-Datei.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="190"/>
        <location filename="../app/gui/models/ModelsArea.cpp" line="242"/>
        <source>Checking %p%</source>
        <translation>Prüfung %p%</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="191"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="242"/>
        <source>Uploading weights %p%</source>
        <translation>Gewichte werden hochgeladen %p%</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="252"/>
        <source>Could not load the model: %1</source>
        <translation>Das Modell konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="258"/>
        <source>Loaded %1 on the %2 backend.</source>
        <translation>%1 mit dem Backend %2 geladen.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="260"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="276"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="280"/>
        <source>Kernels:</source>
        <translation>Kernel:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="281"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="282"/>
        <source>Quantisation:</source>
        <translation>Quantisierung:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="283"/>
        <source>Layers:</source>
        <translation>Schichten:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="284"/>
        <source>Hidden size:</source>
        <translation>Verborgene Dimension:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="285"/>
        <source>Attention heads:</source>
        <translation>Attention-Heads:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="285"/>
        <source>%1 query, %2 key/value</source>
        <translation>%1 Query, %2 Key/Value</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="286"/>
        <source>Vocabulary:</source>
        <translation>Vokabular:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="287"/>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="288"/>
        <source>Weights:</source>
        <translation>Gewichte:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="289"/>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="291"/>
        <source>VRAM use:</source>
        <translation>VRAM-Belegung:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="291"/>
        <source>none (runs on the CPU)</source>
        <translation>keine (läuft auf der CPU)</translation>
    </message>
</context>
<context>
    <name>sb::ProvidersArea</name>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="68"/>
        <source>Providers (drag to set the preferred order)</source>
        <translation>Anbieter (ziehen, um die bevorzugte Reihenfolge festzulegen)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="72"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="77"/>
        <source>Add endpoint…</source>
        <translation>Endpunkt hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="80"/>
        <source>A custom OpenAI-compatible server: vLLM, llama-server, LM Studio, Ollama, any /v1 endpoint</source>
        <translation>Ein benutzerdefinierter OpenAI-kompatibler Server: vLLM, llama-server, LM Studio, Ollama, jeder /v1-Endpunkt</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="81"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="83"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="97"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="107"/>
        <source>API key (masked)</source>
        <translation>API-Schlüssel (maskiert)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="109"/>
        <source>Set key…</source>
        <translation>Schlüssel festlegen…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="111"/>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="113"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="139"/>
        <source>Budgets (USD; a request whose worst case would cross a hard limit is refused)</source>
        <translation>Budgets (USD; eine Anfrage, die im ungünstigsten Fall ein hartes Limit überschreiten würde, wird abgelehnt)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="143"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Hard limit</source>
        <translation>Hartes Limit</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Warn at</source>
        <translation>Warnen bei</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Spent now</source>
        <translation>Bisher ausgegeben</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="149"/>
        <source>Add budget</source>
        <translation>Budget hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="151"/>
        <source>Remove budget</source>
        <translation>Budget entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="152"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="178"/>
        <source>API key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="176"/>
        <source>Key (stored in your system keychain)</source>
        <translation>Schlüssel (im Schlüsselbund Ihres Systems gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="173"/>
        <source>Key (stored in your encrypted key file)</source>
        <translation>Schlüssel (in Ihrer verschlüsselten Schlüsseldatei gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="175"/>
        <source>Key (used until Switchboard quits: there is no keychain)</source>
        <translation>Schlüssel (gilt bis Switchboard beendet wird: es gibt keinen Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="191"/>
        <source>Remove endpoint</source>
        <translation>Endpunkt entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="191"/>
        <source>Remove %1 and its stored key?</source>
        <translation>%1 und den gespeicherten Schlüssel entfernen?</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="269"/>
        <source>key from environment</source>
        <translation>Schlüssel aus der Umgebung</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="279"/>
        <source>key for this session</source>
        <translation>Schlüssel für diese Sitzung</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="280"/>
        <source>key set</source>
        <translation>Schlüssel gesetzt</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="282"/>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="282"/>
        <source>key unreadable</source>
        <translation>Schlüssel nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="357"/>
        <source>%1 · %2 wire format · %n model(s): %3</source>
        <translation>
            <numerusform>%1 · Übertragungsformat %2 · %n Modell: %3</numerusform>
            <numerusform>%1 · Übertragungsformat %2 · %n Modelle: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="358"/>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="371"/>
        <source>No key needed</source>
        <translation>Kein Schlüssel nötig</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="380"/>
        <source>Key: reading the keychain…</source>
        <translation>Schlüssel: Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="386"/>
        <source>Key: cannot be read here (see below)</source>
        <translation>Schlüssel: kann hier nicht gelesen werden (siehe unten)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="392"/>
        <source>Key: none stored</source>
        <translation>Schlüssel: keiner gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="394"/>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="460"/>
        <source>Testing %1 with %2…</source>
        <translation>%1 wird mit %2 getestet…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="463"/>
        <source>Connected: %1 answered in %2 ms (cost %3).</source>
        <translation>Verbunden: %1 hat in %2 ms geantwortet (Kosten %3).</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="467"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="481"/>
        <source>The switch holds for this session only: %1</source>
        <translation>Die Änderung gilt nur für diese Sitzung: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="496"/>
        <source>The order holds for this session only: %1</source>
        <translation>Die Reihenfolge gilt nur für diese Sitzung: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="504"/>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="510"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="511"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="552"/>
        <source>The budgets hold for this session only: %1</source>
        <translation>Die Budgets gelten nur für diese Sitzung: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="565"/>
        <source>(apply to see)</source>
        <translation>(zum Anzeigen anwenden)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="568"/>
        <source>%1 of %2%3</source>
        <translation>%1 von %2%3</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="570"/>
        <source> · exhausted</source>
        <translation> · ausgeschöpft</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="571"/>
        <source> · warning</source>
        <translation> · Warnung</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="622"/>
        <source>No router</source>
        <translation>Kein Router</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="639"/>
        <source>The endpoint was not saved: %1</source>
        <translation>Der Endpunkt wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="657"/>
        <source>No provider &apos;%1&apos;</source>
        <translation>Kein Anbieter „%1“</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="659"/>
        <source>The endpoint was not removed: %1</source>
        <translation>Der Endpunkt wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="689"/>
        <source>Key rejected on %1: %2</source>
        <translation>Schlüssel von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="690"/>
        <source>the provider refused the key</source>
        <translation>der Anbieter hat den Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="719"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="724"/>
        <source>%1 (key rejected)</source>
        <translation>%1 (Schlüssel abgelehnt)</translation>
    </message>
</context>
<context>
    <name>sb::RouterCall</name>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="77"/>
        <source>Provider &apos;%1&apos; does not serve the model &apos;%2&apos;</source>
        <translation>Anbieter „%1“ bietet das Modell „%2“ nicht an</translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="78"/>
        <source>The model &apos;%1&apos; is not served by any provider in the catalog</source>
        <translation>Kein Anbieter im Katalog bietet das Modell „%1“ an</translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="131"/>
        <source>%1 (providers excluded: %2)</source>
        <translation>%1 (ausgeschlossene Anbieter: %2)</translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="136"/>
        <location filename="../router/core/RouterCall.cpp" line="213"/>
        <source>No provider can serve &apos;%1&apos; now: %2</source>
        <translation>Kein Anbieter kann „%1“ derzeit bedienen: %2</translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="228"/>
        <source>All %1 attempts failed: %2</source>
        <translation>Alle %1 Versuche sind fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="244"/>
        <source>%1: no adapter for wire format &apos;%2&apos;</source>
        <translation>%1: kein Adapter für das Übertragungsformat „%2“</translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="286"/>
        <source>local: the engine could not start a generation</source>
        <translation>lokal: die Engine konnte keine Generierung starten</translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="380"/>
        <source>no data for %1 ms while streaming</source>
        <translation>beim Streamen %1 ms lang keine Daten</translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="384"/>
        <source>could not connect and send within %1 ms</source>
        <translation>Verbinden und Senden gelang nicht innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="388"/>
        <source>no first token within %1 ms</source>
        <translation>kein erstes Token innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="587"/>
        <location filename="../router/core/RouterCall.cpp" line="625"/>
        <source>The request was cancelled</source>
        <translation>Die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="595"/>
        <source>%1 failed after the response had started streaming: %2</source>
        <translation>%1 ist fehlgeschlagen, nachdem die Antwort schon gestreamt wurde: %2</translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="604"/>
        <source>%1 rejected the request: %2</source>
        <translation>%1 hat die Anfrage abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../router/core/RouterCall.cpp" line="622"/>
        <source>cancelled by the client</source>
        <translation>vom Client abgebrochen</translation>
    </message>
</context>
<context>
    <name>sb::RouterSetup</name>
    <message>
        <location filename="../app/common/RouterSetup.cpp" line="41"/>
        <source>Your earlier provider order and budgets could not be moved: %1</source>
        <translation>Ihre bisherige Anbieterreihenfolge und Budgets konnten nicht übernommen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/common/RouterSetup.cpp" line="46"/>
        <source>Usage is not recorded: %1</source>
        <translation>Die Nutzung wird nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <location filename="../app/common/RouterSetup.cpp" line="53"/>
        <source>Your providers.json was ignored: %1</source>
        <translation>Ihre providers.json wurde ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../app/common/RouterSetup.cpp" line="60"/>
        <source>Your provider order and budgets were not read: %1</source>
        <translation>Ihre Anbieterreihenfolge und Budgets wurden nicht gelesen: %1</translation>
    </message>
</context>
<context>
    <name>sb::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="46"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="58"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="66"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="67"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="68"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="69"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="72"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="76"/>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="78"/>
        <source>System (%1 pt)</source>
        <translation>System (%1 pt)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="79"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="81"/>
        <source>&amp;Font size:</source>
        <translation>&amp;Schriftgröße:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="83"/>
        <source>Send with Ctrl+Enter (Enter adds a line)</source>
        <translation>Mit Strg+Eingabe senden (Eingabe fügt eine Zeile hinzu)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="86"/>
        <source>Chat:</source>
        <translation>Chat:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="90"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="96"/>
        <source>A new language takes effect after a restart.</source>
        <translation>Eine neue Sprache wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="100"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="104"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="107"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="109"/>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="192"/>
        <source>Choose the data folder</source>
        <translation>Datenordner wählen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="110"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="112"/>
        <source>Use the default data folder</source>
        <translation>Standard-Datenordner verwenden</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="122"/>
        <source>Conversations, the usage ledger and downloaded models. A new folder is used from the next start; files are not moved. In use now: %1</source>
        <translation>Unterhaltungen, das Nutzungsjournal und heruntergeladene Modelle. Ein neuer Ordner wird ab dem nächsten Start verwendet; Dateien werden nicht verschoben. Derzeit verwendet: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="129"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="133"/>
        <source>Vulkan device</source>
        <translation>Vulkan-Gerät</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="137"/>
        <source>The GPU the local model loads on.</source>
        <translation>Die GPU, auf die das lokale Modell geladen wird.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="138"/>
        <source>&amp;Vulkan device:</source>
        <translation>&amp;Vulkan-Gerät:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="203"/>
        <source>The default folder (%1) is used from the next start. In use now: %2</source>
        <translation>Der Standardordner (%1) wird ab dem nächsten Start verwendet. Derzeit verwendet: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="209"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="215"/>
        <source>%1 is used from the next start; files are not moved. In use now: %2</source>
        <translation>%1 wird ab dem nächsten Start verwendet; Dateien werden nicht verschoben. Derzeit verwendet: %2</translation>
    </message>
</context>
<context>
    <name>sb::UsageArea</name>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="62"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="67"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="71"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="75"/>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="76"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="77"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="78"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="79"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="86"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="88"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="96"/>
        <source>Usage &amp; Billing</source>
        <translation>Nutzung &amp; Abrechnung</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="97"/>
        <source>No requests recorded yet. Cost and latency per provider appear here as soon as requests complete.</source>
        <translation>Noch keine Anfragen erfasst. Kosten und Latenz je Anbieter erscheinen hier, sobald Anfragen abgeschlossen sind.</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="108"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="112"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="123"/>
        <source>Speed &amp;&amp; reliability</source>
        <translation>Tempo &amp;&amp; Zuverlässigkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="128"/>
        <source>Bill by month, provider and model</source>
        <translation>Abrechnung nach Monat, Anbieter und Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="139"/>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="159"/>
        <location filename="../app/gui/usage/UsageArea.cpp" line="161"/>
        <source>Export bill</source>
        <translation>Abrechnung exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="159"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="304"/>
        <source>Cannot read the ledger: %1</source>
        <translation>Das Nutzungsjournal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="313"/>
        <source>%1 requests · %2 · %3% after failover</source>
        <translation>%1 Anfragen · %2 · %3% nach Ausweichen</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="331"/>
        <source>No budgets set. Add daily or monthly limits in Providers &amp; Budgets.</source>
        <translation>Keine Budgets festgelegt. Fügen Sie unter Anbieter &amp; Budgets tägliche oder monatliche Limits hinzu.</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="348"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="364"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sb::UsageCharts</name>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="61"/>
        <source>wk %1</source>
        <translation>KW %1</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="93"/>
        <source>Cost per provider (USD)</source>
        <translation>Kosten je Anbieter (USD)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="117"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="123"/>
        <source>Time to first token (ms)</source>
        <translation>Zeit bis zum ersten Token (ms)</translation>
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
        <translation>Ausgabegeschwindigkeit (tokens/s, Median)</translation>
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
        <translation>Erfolg und Ausweichen (% der Versuche)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="162"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="163"/>
        <source>failed over</source>
        <translation>ausgewichen</translation>
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
        <translation>Willkommen bei Switchboard</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="31"/>
        <source>Chat with SmolLM3 on this computer, offline, or with hosted models through your own provider keys, and see what every request costs and how fast it was. How would you like to start?</source>
        <translation>Chatten Sie offline mit SmolLM3 auf diesem Computer oder mit gehosteten Modellen über Ihre eigenen Anbieterschlüssel, und sehen Sie, was jede Anfrage kostet und wie schnell sie war. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="42"/>
        <source>The 3-billion-parameter model from Hugging Face; it runs on your GPU or, slower, on the CPU. Nothing leaves this computer.</source>
        <translation>Das Modell mit 3 Milliarden Parametern von Hugging Face; es läuft auf Ihrer GPU oder, langsamer, auf der CPU. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="45"/>
        <source>Open a local model…</source>
        <translation>Lokales Modell öffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="47"/>
        <source>Open a local model</source>
        <translation>Lokales Modell öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="49"/>
        <source>A SmolLM3 folder (config.json, tokenizer.json, *.safetensors) or a GGUF file you already have.</source>
        <translation>Ein SmolLM3-Ordner (config.json, tokenizer.json, *.safetensors) oder eine GGUF-Datei, die Sie bereits haben.</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="51"/>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="53"/>
        <source>Add a provider key</source>
        <translation>Anbieterschlüssel hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="55"/>
        <source>OpenAI, Anthropic, Gemini, Groq and others, routed by price or speed within your budgets. Keys stay in your system keychain.</source>
        <translation>OpenAI, Anthropic, Gemini, Groq und weitere, nach Preis oder Tempo innerhalb Ihrer Budgets geroutet. Schlüssel bleiben im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="64"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="66"/>
        <source>Skip the welcome</source>
        <translation>Begrüßung überspringen</translation>
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
        <translation>SmolLM3 herunterladen (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="89"/>
        <source>Download SmolLM3</source>
        <translation>SmolLM3 herunterladen</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="105"/>
        <source>Model folder…</source>
        <translation>Modellordner…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="106"/>
        <source>GGUF file…</source>
        <translation>GGUF-Datei…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="109"/>
        <source>Open model folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="112"/>
        <source>Open GGUF model</source>
        <translation>GGUF-Modell öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="112"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>sb::dataPaths</name>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="71"/>
        <source>No folder chosen.</source>
        <translation>Kein Ordner gewählt.</translation>
    </message>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="74"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="76"/>
        <source>%1 cannot be created.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="79"/>
        <source>%1 is not writable: %2</source>
        <translation>%1 ist nicht beschreibbar: %2</translation>
    </message>
</context>
<context>
    <name>sb::server::LocalServer</name>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="60"/>
        <source>refusing to listen on %1: only loopback addresses are allowed unless non-loopback binding is enabled explicitly</source>
        <translation>Lauschen auf %1 verweigert: nur Loopback-Adressen sind erlaubt, solange andere Adressen nicht ausdrücklich freigegeben sind</translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="64"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="91"/>
        <source>WARNING: listening on %1, reachable from other machines; anyone with the token can spend your provider budgets</source>
        <translation>WARNUNG: lauscht auf %1, von anderen Rechnern erreichbar; wer das Token hat, kann Ihre Anbieterbudgets ausgeben</translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="96"/>
        <source>WARNING: any Host header is accepted; web pages can reach this server through DNS rebinding</source>
        <translation>WARNUNG: jeder Host-Header wird akzeptiert; Webseiten können diesen Server per DNS-Rebinding erreichen</translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="99"/>
        <source>WARNING: CORS is open to every origin</source>
        <translation>WARNUNG: CORS ist für jeden Ursprung offen</translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="207"/>
        <source>Host header &apos;%1&apos; is not allowed; use localhost or 127.0.0.1 with port %2</source>
        <translation>Host-Header „%1“ ist nicht erlaubt; verwenden Sie localhost oder 127.0.0.1 mit Port %2</translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="218"/>
        <source>cross-origin requests from &apos;%1&apos; are not enabled</source>
        <translation>ursprungsübergreifende Anfragen von „%1“ sind nicht freigegeben</translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="230"/>
        <source>OPTIONS is only answered for CORS preflight from enabled origins</source>
        <translation>OPTIONS wird nur für CORS-Preflight freigegebener Ursprünge beantwortet</translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="251"/>
        <source>%1 %2 is not supported; use %3</source>
        <translation>%1 %2 wird nicht unterstützt; verwenden Sie %3</translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="272"/>
        <source>Incorrect API key provided. Use the token `switchboard-cli serve` printed.</source>
        <translation>Falscher API-Schlüssel. Verwenden Sie das Token, das `switchboard-cli serve` ausgegeben hat.</translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="273"/>
        <source>You didn&apos;t provide an API key. Send &apos;Authorization: Bearer &lt;token&gt;&apos; with the token `switchboard-cli serve` printed.</source>
        <translation>Kein API-Schlüssel angegeben. Senden Sie &apos;Authorization: Bearer &lt;token&gt;&apos; mit dem Token, das `switchboard-cli serve` ausgegeben hat.</translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="297"/>
        <source>The model &apos;%1&apos; does not exist</source>
        <translation>Das Modell „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="306"/>
        <source>Unknown request URL: %1 %2. Routes: GET /v1/models, POST /v1/chat/completions, GET /health</source>
        <translation>Unbekannte Anfrage-URL: %1 %2. Routen: GET /v1/models, POST /v1/chat/completions, GET /health</translation>
    </message>
    <message>
        <location filename="../router/server/LocalServer.cpp" line="317"/>
        <source>Content-Type must be application/json (got &apos;%1&apos;)</source>
        <translation>Content-Type muss application/json sein (erhalten: „%1“)</translation>
    </message>
</context>
</TS>
