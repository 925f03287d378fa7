<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="14" />
        <source>Cannot %1 the %2 key: no system keychain is available (install and unlock a Secret Service such as GNOME Keyring or KWallet). %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="19" />
        <source>Cannot %1 the %2 key: the keychain refused access. %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="21" />
        <source>Cannot %1 the %2 key: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sb</name>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="59" />
        <source>wk %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="69" />
        <source>Cost per provider (USD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="93" />
        <source>USD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="98" />
        <source>Time to first token (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="99" />
        <source>p50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="100" />
        <source>p95</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="112" />
        <source>ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="117" />
        <source>Output speed (tokens/s, median)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="118" />
        <location filename="../app/gui/usage/UsageCharts.cpp" line="128" />
        <source>tokens/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="134" />
        <source>Success and failover (% of attempts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="135" />
        <source>success</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="136" />
        <source>failed over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="147" />
        <source>%</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sb::AboutDialog</name>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="15" />
        <source>About Switchboard</source>
        <translation>À propos de Switchboard</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="20" />
        <source>One place to talk to language models: the local SmolLM3 on Vulkan and remote providers through one router.</source>
        <translation>Un seul endroit pour parler aux modèles de langage : SmolLM3 en local sur Vulkan et les fournisseurs distants via un routeur.</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="28" />
        <source>Vulkan device: %1</source>
        <translation>Périphérique Vulkan : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="29" />
        <source>No Vulkan device (%1). The local model runs on the CPU.</source>
        <translation>Aucun périphérique Vulkan (%1). Le modèle local tourne sur le processeur.</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="32" />
        <source>Qt %1. Licensed under the Apache License 2.0.</source>
        <translation>Qt %1. Sous licence Apache 2.0.</translation>
    </message>
</context>
<context>
    <name>sb::AppServices</name>
    <message>
        <location filename="../app/gui/AppServices.cpp" line="24" />
        <source>Usage is not recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/AppServices.cpp" line="28" />
        <source>Your providers.json was ignored: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sb::BillingTableModel</name>
    <message numerus="yes">
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="68" />
        <source>%n request(s) reported no usage; their tokens are estimated.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="77" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="78" />
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="79" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="80" />
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="81" />
        <source>Tokens in</source>
        <translation>Jetons entrants</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="82" />
        <source>Tokens out</source>
        <translation>Jetons sortants</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="83" />
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
</context>
<context>
    <name>sb::ChatArea</name>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="70" />
        <source>Search conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="71" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="75" />
        <location filename="../app/gui/areas/ChatArea.cpp" line="77" />
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="76" />
        <source>New chat (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="83" />
        <source>Conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="101" />
        <source>Think</source>
        <translation>Réfléchir</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="102" />
        <source>Thinking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="103" />
        <source>Let SmolLM3 reason before it answers (/think) or answer directly (/no_think)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="106" />
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="107" />
        <source>Conversation settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="110" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="111" />
        <location filename="../app/gui/areas/ChatArea.cpp" line="354" />
        <source>Export conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="114" />
        <source>As Markdown…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="115" />
        <source>As JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="143" />
        <location filename="../app/gui/areas/ChatArea.cpp" line="408" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="144" />
        <source>Write a message… (Ctrl+Enter to send)</source>
        <translation>Écrire un message… (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="148" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="151" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="153" />
        <location filename="../app/gui/areas/ChatArea.cpp" line="401" />
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="226" />
        <source>Conversations cannot be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="259" />
        <source>Offline · using the local model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="259" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="260" />
        <source>No network: requests go to the local model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="261" />
        <source>No network and no local model: load one in Models to chat offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="337" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="353" />
        <source>JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="353" />
        <source>Markdown (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="377" />
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="378" />
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="378" />
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="380" />
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="381" />
        <source>Delete conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="382" />
        <source>Delete "%1" and all its messages?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="397" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="399" />
        <source>Edit and resend…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="408" />
        <source>Edit and resend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="417" />
        <source>Start or open a conversation to change its settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sb::ChatController</name>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="51" />
        <location filename="../app/gui/chat/ChatController.cpp" line="117" />
        <source>The conversation store is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="113" />
        <location filename="../app/gui/chat/ChatController.cpp" line="263" />
        <location filename="../app/gui/chat/ChatController.cpp" line="280" />
        <source>An answer is still being generated. Stop it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="115" />
        <source>Nothing can answer yet: add a provider key in Providers &amp; Budgets or load a local model in Models.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="145" />
        <source>Choose a model first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="225" />
        <source>The request failed (HTTP %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="270" />
        <source>There is no answer to regenerate.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sb::ChatView</name>
    <message>
        <location filename="../app/gui/chat/ChatView.cpp" line="15" />
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ChatView.cpp" line="89" />
        <source>Start a conversation: pick a model above, write below and press Ctrl+Enter.
Answers show the provider, tokens, cost and speed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sb::ConversationListModel</name>
    <message>
        <location filename="../app/gui/chat/ConversationListModel.cpp" line="61" />
        <source>%1
Last message: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sb::ConversationModel</name>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="177" />
        <source>%1 in / %2 out tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="181" />
        <source>free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="183" />
        <source>TTFT %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="185" />
        <source>%1 tok/s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sb::ConversationSettingsDialog</name>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="16" />
        <source>Conversation settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="21" />
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="23" />
        <source>System prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="22" />
        <source>You are a helpful assistant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="35" />
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="45" />
        <source>Set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="39" />
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="43" />
        <source>Temperature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="49" />
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="53" />
        <source>Top p</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="57" />
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="61" />
        <source>Maximum answer tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="59" />
        <source>provider default</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sb::FineTuneArea</name>
    <message>
        <location filename="../app/gui/areas/FineTuneArea.cpp" line="14" />
        <source>Fine-tune</source>
        <translation>Affinage</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/FineTuneArea.cpp" line="14" />
        <source>No fine-tuning runs yet. Load a local model first, then choose a JSONL dataset to train a LoRA adapter.</source>
        <translation>Aucun affinage pour l'instant. Chargez d'abord un modèle local, puis choisissez un jeu de données JSONL pour entraîner un adaptateur LoRA.</translation>
    </message>
</context>
<context>
    <name>sb::KeychainKeyStore</name>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="53" />
        <source>read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="69" />
        <source>store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="84" />
        <source>remove</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="32" />
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="42" />
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="56" />
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="57" />
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="58" />
        <source>Fine-tune</source>
        <translation>Affinage</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="59" />
        <source>Providers &amp; Budgets</source>
        <translation>Fournisseurs et budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="60" />
        <source>Usage &amp; Billing</source>
        <translation>Utilisation et facturation</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="86" />
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="105" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="106" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="110" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="117" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="118" />
        <source>&amp;About Switchboard</source>
        <translation>À &amp;propos de Switchboard</translation>
    </message>
</context>
<context>
    <name>sb::MessageDelegate</name>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="238" />
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="238" />
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="238" />
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="250" />
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="256" />
        <source>Hide thinking</source>
        <translation>Masquer la réflexion</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="256" />
        <source>Show thinking</source>
        <translation>Afficher la réflexion</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="284" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="295" />
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="297" />
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
</context>
<context>
    <name>sb::ModelPicker</name>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="16" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="20" />
        <source>Provider choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="21" />
        <source>How the router picks the provider for this model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="51" />
        <source>%1 (local)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="69" />
        <source>on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="73" />
        <source>auto: cheapest</source>
        <translation>auto : le moins cher</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="74" />
        <source>auto: fastest</source>
        <translation>auto : le plus rapide</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="76" />
        <source>only %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sb::ModelsArea</name>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="32" />
        <source>Local model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="34" />
        <source>Run SmolLM3 on this computer, offline. Open a Hugging Face model folder (config.json, tokenizer.json, *.safetensors) or a GGUF file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="40" />
        <source>Model and device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="45" />
        <source>Model folder or .gguf file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="47" />
        <source>Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="48" />
        <source>GGUF file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="52" />
        <source>Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="56" />
        <source>Automatic (GPU if possible)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="57" />
        <source>Vulkan GPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="58" />
        <source>CPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="59" />
        <location filename="../app/gui/areas/ModelsArea.cpp" line="228" />
        <source>Backend:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="63" />
        <source>Best available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="71" />
        <source>No Vulkan device: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="74" />
        <source>Device:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="81" />
        <source> tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="82" />
        <location filename="../app/gui/areas/ModelsArea.cpp" line="236" />
        <source>Context:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="86" />
        <source>Load model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="98" />
        <source>No local model loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="104" />
        <source>Loaded model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="135" />
        <source>Open model folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="142" />
        <source>Open GGUF model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="143" />
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="152" />
        <source>Choose a model folder or a GGUF file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="161" />
        <location filename="../app/gui/areas/ModelsArea.cpp" line="194" />
        <source>Checking %p%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="162" />
        <source>Loading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="194" />
        <source>Uploading weights %p%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="204" />
        <source>Could not load the model: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="210" />
        <source>Loaded %1 on the %2 backend.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="212" />
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="229" />
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="230" />
        <source>Layers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="231" />
        <source>Hidden size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="232" />
        <source>Attention heads:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="232" />
        <source>%1 query, %2 key/value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="233" />
        <source>Vocabulary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="234" />
        <source>Parameters:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="235" />
        <source>Weights:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="236" />
        <source>%1 tokens</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sb::ProvidersArea</name>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="55" />
        <source>Providers (drag to set the preferred order)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="59" />
        <source>Providers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="65" />
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="75" />
        <source>API key (masked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="77" />
        <source>Set key…</source>
        <translation>Définir la clé…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="79" />
        <source>Remove key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="81" />
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="98" />
        <source>Budgets (USD; a request whose worst case would cross a hard limit is refused)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="102" />
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="103" />
        <source>Applies to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="103" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="103" />
        <source>Hard limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="103" />
        <source>Warn at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="103" />
        <source>Spent now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="107" />
        <source>Add budget</source>
        <translation>Ajouter un budget</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="109" />
        <source>Remove budget</source>
        <translation>Supprimer le budget</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="110" />
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="130" />
        <source>API key for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="130" />
        <source>Key (stored in your system keychain)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="211" />
        <source>%1 · %2 wire format · %n model(s): %3</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="212" />
        <source>on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="219" />
        <source>No key needed</source>
        <translation>Aucune clé nécessaire</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="228" />
        <source>Key: reading the keychain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="235" />
        <source>Key: none stored</source>
        <translation>Clé : aucune enregistrée</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="237" />
        <source>Key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="293" />
        <source>Testing %1 with %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="296" />
        <source>Connected: %1 answered in %2 ms (cost %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="300" />
        <source>Failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="344" />
        <source>All providers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="350" />
        <source>daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="351" />
        <source>monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="402" />
        <source>(apply to see)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="405" />
        <source>%1 of %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="406" />
        <source> · exhausted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="406" />
        <source> · warning</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sb::UsageArea</name>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="60" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="61" />
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="61" />
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="61" />
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="61" />
        <source>Last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="61" />
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="64" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="68" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="72" />
        <source>Group by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="73" />
        <source>per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="74" />
        <source>per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="75" />
        <source>per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="76" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="83" />
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="85" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="93" />
        <source>Usage &amp; Billing</source>
        <translation>Utilisation et facturation</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="94" />
        <source>No requests recorded yet. Cost and latency per provider appear here as soon as requests complete.</source>
        <translation>Aucune requête enregistrée. Le coût et la latence par fournisseur apparaîtront ici dès que des requêtes se terminent.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="104" />
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="108" />
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="119" />
        <source>Speed &amp;&amp; reliability</source>
        <translation>Vitesse et fiabilité</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="124" />
        <source>Bill by month, provider and model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="135" />
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="148" />
        <location filename="../app/gui/areas/UsageArea.cpp" line="151" />
        <source>Export bill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="149" />
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="249" />
        <source>Cannot read the ledger: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="258" />
        <source>%1 requests · %2 · %3% after failover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="275" />
        <source>No budgets set. Add daily or monthly limits in Providers &amp; Budgets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="292" />
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="308" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>