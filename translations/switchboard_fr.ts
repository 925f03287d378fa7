<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="14" />
        <source>Cannot %1 the %2 key: no system keychain is available (install and unlock a Secret Service such as GNOME Keyring or KWallet). %3</source>
        <translation>Impossible de %1 la clé %2 : aucun trousseau système n'est disponible (installez et déverrouillez un Secret Service tel que GNOME Keyring ou KWallet). %3</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="19" />
        <source>Cannot %1 the %2 key: the keychain refused access. %3</source>
        <translation>Impossible de %1 la clé %2 : le trousseau a refusé l'accès. %3</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="21" />
        <source>Cannot %1 the %2 key: %3</source>
        <translation>Impossible de %1 la clé %2 : %3</translation>
    </message>
</context>
<context>
    <name>sb</name>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="59" />
        <source>wk %1</source>
        <translation>sem. %1</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="69" />
        <source>Cost per provider (USD)</source>
        <translation>Coût par fournisseur (USD)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="93" />
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="98" />
        <source>Time to first token (ms)</source>
        <translation>Délai avant le premier jeton (ms)</translation>
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
        <translation>Vitesse de sortie (tokens/s, médiane)</translation>
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
        <translation>Réussite et basculement (% des tentatives)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="135" />
        <source>success</source>
        <translation>réussite</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="136" />
        <source>failed over</source>
        <translation>basculé</translation>
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
        <location filename="../app/gui/AppServices.cpp" line="25" />
        <source>Usage is not recorded: %1</source>
        <translation>L'utilisation n'est pas enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AppServices.cpp" line="29" />
        <source>Your providers.json was ignored: %1</source>
        <translation>Votre fichier providers.json a été ignoré : %1</translation>
    </message>
</context>
<context>
    <name>sb::BillingTableModel</name>
    <message numerus="yes">
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="68" />
        <source>%n request(s) reported no usage; their tokens are estimated.</source>
        <translation><numerusform>%n requête n'a signalé aucune utilisation ; ses jetons sont estimés.</numerusform><numerusform>%n requêtes n'ont signalé aucune utilisation ; leurs jetons sont estimés.</numerusform></translation>
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
        <translation>Rechercher dans les conversations</translation>
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
        <translation>Nouvelle discussion (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="83" />
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="101" />
        <source>Think</source>
        <translation>Réfléchir</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="102" />
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="103" />
        <source>Let SmolLM3 reason before it answers (/think) or answer directly (/no_think)</source>
        <translation>Laisser SmolLM3 réfléchir avant de répondre (/think) ou répondre directement (/no_think)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="106" />
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="107" />
        <source>Conversation settings</source>
        <translation>Réglages de la conversation</translation>
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
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="114" />
        <source>As Markdown…</source>
        <translation>En Markdown…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="115" />
        <source>As JSON…</source>
        <translation>En JSON…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="143" />
        <location filename="../app/gui/areas/ChatArea.cpp" line="408" />
        <source>Message</source>
        <translation>Message</translation>
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
        <translation>Impossible d'enregistrer les conversations : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="259" />
        <source>Offline · using the local model</source>
        <translation>Hors ligne · modèle local utilisé</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="259" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="260" />
        <source>No network: requests go to the local model.</source>
        <translation>Pas de réseau : les requêtes vont au modèle local.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="261" />
        <source>No network and no local model: load one in Models to chat offline.</source>
        <translation>Pas de réseau ni de modèle local : chargez-en un dans Modèles pour discuter hors ligne.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="337" />
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
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
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="382" />
        <source>Delete "%1" and all its messages?</source>
        <translation>Supprimer « %1 » et tous ses messages ?</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="397" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="399" />
        <source>Edit and resend…</source>
        <translation>Modifier et renvoyer…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="408" />
        <source>Edit and resend</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="417" />
        <source>Start or open a conversation to change its settings.</source>
        <translation>Commencez ou ouvrez une conversation pour modifier ses réglages.</translation>
    </message>
</context>
<context>
    <name>sb::ChatController</name>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="51" />
        <location filename="../app/gui/chat/ChatController.cpp" line="117" />
        <source>The conversation store is not open.</source>
        <translation>Le stockage des conversations n'est pas ouvert.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="113" />
        <location filename="../app/gui/chat/ChatController.cpp" line="263" />
        <location filename="../app/gui/chat/ChatController.cpp" line="280" />
        <source>An answer is still being generated. Stop it first.</source>
        <translation>Une réponse est encore en cours de génération. Arrêtez-la d'abord.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="115" />
        <source>Nothing can answer yet: add a provider key in Providers &amp; Budgets or load a local model in Models.</source>
        <translation>Rien ne peut encore répondre : ajoutez une clé de fournisseur dans Fournisseurs et budgets ou chargez un modèle local dans Modèles.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="145" />
        <source>Choose a model first.</source>
        <translation>Choisissez d'abord un modèle.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="225" />
        <source>The request failed (HTTP %1).</source>
        <translation>La requête a échoué (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="270" />
        <source>There is no answer to regenerate.</source>
        <translation>Il n'y a aucune réponse à régénérer.</translation>
    </message>
</context>
<context>
    <name>sb::ChatView</name>
    <message>
        <location filename="../app/gui/chat/ChatView.cpp" line="15" />
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatView.cpp" line="89" />
        <source>Start a conversation: pick a model above, write below and press Ctrl+Enter.
Answers show the provider, tokens, cost and speed.</source>
        <translation>Commencez une conversation : choisissez un modèle en haut, écrivez en bas et appuyez sur Ctrl+Entrée.
Les réponses indiquent le fournisseur, les jetons, le coût et la vitesse.</translation>
    </message>
</context>
<context>
    <name>sb::ConversationListModel</name>
    <message>
        <location filename="../app/gui/chat/ConversationListModel.cpp" line="61" />
        <source>%1
Last message: %2</source>
        <translation>%1
Dernier message : %2</translation>
    </message>
</context>
<context>
    <name>sb::ConversationModel</name>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="177" />
        <source>%1 in / %2 out tokens</source>
        <translation>%1 jetons entrants / %2 sortants</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="181" />
        <source>free</source>
        <translation>gratuit</translation>
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
        <translation>Réglages de la conversation</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="21" />
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="23" />
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="22" />
        <source>You are a helpful assistant.</source>
        <translation>Vous êtes un assistant serviable.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="35" />
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="45" />
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="39" />
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="43" />
        <source>Temperature</source>
        <translation>Température</translation>
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
        <translation>Jetons de réponse maximum</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="59" />
        <source>provider default</source>
        <translation>valeur par défaut du fournisseur</translation>
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
        <translation>lire</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="69" />
        <source>store</source>
        <translation>enregistrer</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="84" />
        <source>remove</source>
        <translation>supprimer</translation>
    </message>
</context>
<context>
    <name>sb::LocalServerPanel</name>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="21" />
        <source>Local OpenAI-compatible server</source>
        <translation>Serveur local compatible OpenAI</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="29" />
        <source>Serve /v1 on this computer</source>
        <translation>Servir /v1 sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="31" />
        <source>Editors, scripts and agents on this machine can use Switchboard as their router.</source>
        <translation>Les éditeurs, scripts et agents de cette machine peuvent utiliser Switchboard comme routeur.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="38" />
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="46" />
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="53" />
        <source>Server token</source>
        <translation>Jeton du serveur</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="54" />
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="85" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="56" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="57" />
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="59" />
        <source>Make a new token; clients using the old one get 401.</source>
        <translation>Créer un nouveau jeton ; les clients qui utilisent l'ancien reçoivent 401.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="64" />
        <source>Bearer token:</source>
        <translation>Jeton Bearer :</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="85" />
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="111" />
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="119" />
        <source>Could not start the server: %1</source>
        <translation>Impossible de démarrer le serveur : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="128" />
        <source>Running. Clients send the header "Authorization: Bearer &lt;token&gt;".</source>
        <translation>En marche. Les clients envoient l'en-tête « Authorization: Bearer &lt;token&gt; ».</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="173" />
        <source>The token could not be saved in the keychain (%1); a new one is made at the next start.</source>
        <translation>Le jeton n'a pas pu être enregistré dans le trousseau (%1) ; un nouveau sera créé au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/LocalServerPanel.cpp" line="182" />
        <source>not running</source>
        <translation>arrêté</translation>
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
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="57" />
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="59" />
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="60" />
        <source>Fine-tune</source>
        <translation>Affinage</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="61" />
        <source>Providers &amp; Budgets</source>
        <translation>Fournisseurs et budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="62" />
        <source>Usage &amp; Billing</source>
        <translation>Utilisation et facturation</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="94" />
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="113" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="114" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="118" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="125" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="126" />
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
        <translation>Système</translation>
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
        <translation>Choix du fournisseur</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="21" />
        <source>How the router picks the provider for this model</source>
        <translation>Comment le routeur choisit le fournisseur pour ce modèle</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="51" />
        <source>%1 (local)</source>
        <translation>%1 (local)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="69" />
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
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
        <translation>uniquement %1</translation>
    </message>
</context>
<context>
    <name>sb::ModelsArea</name>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="32" />
        <source>Local model</source>
        <translation>Modèle local</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="34" />
        <source>Run SmolLM3 on this computer, offline. Open a Hugging Face model folder (config.json, tokenizer.json, *.safetensors) or a GGUF file.</source>
        <translation>Exécuter SmolLM3 sur cet ordinateur, hors ligne. Ouvrez un dossier de modèle Hugging Face (config.json, tokenizer.json, *.safetensors) ou un fichier GGUF.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="40" />
        <source>Model and device</source>
        <translation>Modèle et périphérique</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="45" />
        <source>Model folder or .gguf file</source>
        <translation>Dossier de modèle ou fichier .gguf</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="47" />
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="48" />
        <source>GGUF file…</source>
        <translation>Fichier GGUF…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="52" />
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="56" />
        <source>Automatic (GPU if possible)</source>
        <translation>Automatique (GPU si possible)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="57" />
        <source>Vulkan GPU</source>
        <translation>GPU Vulkan</translation>
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
        <translation>Backend :</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="63" />
        <source>Best available</source>
        <translation>Le meilleur disponible</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="71" />
        <source>No Vulkan device: %1</source>
        <translation>Aucun périphérique Vulkan : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="74" />
        <source>Device:</source>
        <translation>Périphérique :</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="81" />
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="82" />
        <location filename="../app/gui/areas/ModelsArea.cpp" line="236" />
        <source>Context:</source>
        <translation>Contexte :</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="86" />
        <source>Load model</source>
        <translation>Charger le modèle</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="98" />
        <source>No local model loaded.</source>
        <translation>Aucun modèle local chargé.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="104" />
        <source>Loaded model</source>
        <translation>Modèle chargé</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="135" />
        <source>Open model folder</source>
        <translation>Ouvrir un dossier de modèle</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="142" />
        <source>Open GGUF model</source>
        <translation>Ouvrir un modèle GGUF</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="143" />
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="152" />
        <source>Choose a model folder or a GGUF file first.</source>
        <translation>Choisissez d'abord un dossier de modèle ou un fichier GGUF.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="161" />
        <location filename="../app/gui/areas/ModelsArea.cpp" line="194" />
        <source>Checking %p%</source>
        <translation>Vérification %p%</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="162" />
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="194" />
        <source>Uploading weights %p%</source>
        <translation>Transfert des poids %p%</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="204" />
        <source>Could not load the model: %1</source>
        <translation>Impossible de charger le modèle : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="210" />
        <source>Loaded %1 on the %2 backend.</source>
        <translation>%1 chargé sur le backend %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="212" />
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="229" />
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="230" />
        <source>Layers:</source>
        <translation>Couches :</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="231" />
        <source>Hidden size:</source>
        <translation>Dimension cachée :</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="232" />
        <source>Attention heads:</source>
        <translation>Têtes d'attention :</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="232" />
        <source>%1 query, %2 key/value</source>
        <translation>%1 requête, %2 clé/valeur</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="233" />
        <source>Vocabulary:</source>
        <translation>Vocabulaire :</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="234" />
        <source>Parameters:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="235" />
        <source>Weights:</source>
        <translation>Poids :</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="236" />
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
</context>
<context>
    <name>sb::ProvidersArea</name>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="55" />
        <source>Providers (drag to set the preferred order)</source>
        <translation>Fournisseurs (faites glisser pour définir l'ordre de préférence)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="59" />
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="65" />
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="75" />
        <source>API key (masked)</source>
        <translation>Clé API (masquée)</translation>
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
        <translation>Budgets (USD ; une requête qui, dans le pire des cas, dépasserait une limite stricte est refusée)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="102" />
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="103" />
        <source>Applies to</source>
        <translation>S'applique à</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="103" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="103" />
        <source>Hard limit</source>
        <translation>Limite stricte</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="103" />
        <source>Warn at</source>
        <translation>Alerte à</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="103" />
        <source>Spent now</source>
        <translation>Dépensé</translation>
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
        <translation>Clé API pour %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="130" />
        <source>Key (stored in your system keychain)</source>
        <translation>Clé (enregistrée dans le trousseau du système)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="211" />
        <source>%1 · %2 wire format · %n model(s): %3</source>
        <translation><numerusform>%1 · format de transmission %2 · %n modèle : %3</numerusform><numerusform>%1 · format de transmission %2 · %n modèles : %3</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="212" />
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="219" />
        <source>No key needed</source>
        <translation>Aucune clé nécessaire</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="228" />
        <source>Key: reading the keychain…</source>
        <translation>Clé : lecture du trousseau…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="235" />
        <source>Key: none stored</source>
        <translation>Clé : aucune enregistrée</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="237" />
        <source>Key: %1</source>
        <translation>Clé : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="293" />
        <source>Testing %1 with %2…</source>
        <translation>Test de %1 avec %2…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="296" />
        <source>Connected: %1 answered in %2 ms (cost %3).</source>
        <translation>Connecté : %1 a répondu en %2 ms (coût %3).</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="300" />
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="344" />
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="350" />
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="351" />
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="402" />
        <source>(apply to see)</source>
        <translation>(appliquez pour voir)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="405" />
        <source>%1 of %2%3</source>
        <translation>%1 sur %2%3</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="406" />
        <source> · exhausted</source>
        <translation> · épuisé</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="406" />
        <source> · warning</source>
        <translation> · alerte</translation>
    </message>
</context>
<context>
    <name>sb::UsageArea</name>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="60" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="61" />
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="61" />
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="61" />
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="61" />
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="61" />
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="64" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="68" />
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="72" />
        <source>Group by</source>
        <translation>Grouper par</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="73" />
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="74" />
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="75" />
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="76" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="83" />
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="85" />
        <source>to</source>
        <translation>au</translation>
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
        <translation>Facture par mois, fournisseur et modèle</translation>
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
        <translation>Exporter la facture</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="149" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="249" />
        <source>Cannot read the ledger: %1</source>
        <translation>Impossible de lire le journal d'utilisation : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="258" />
        <source>%1 requests · %2 · %3% after failover</source>
        <translation>%1 requêtes · %2 · %3% après basculement</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="275" />
        <source>No budgets set. Add daily or monthly limits in Providers &amp; Budgets.</source>
        <translation>Aucun budget défini. Ajoutez des limites quotidiennes ou mensuelles dans Fournisseurs et budgets.</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="292" />
        <source>%1 of %2 (%3%)</source>
        <translation>%1 sur %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="308" />
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
</context>
</TS>