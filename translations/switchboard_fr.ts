<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>HubApi</name>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="25"/>
        <source>%1 (revision %2)</source>
        <translation>%1 (révision %2)</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="26"/>
        <source>%1 in %2 (revision %3)</source>
        <translation>%1 dans %2 (révision %3)</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="140"/>
        <source>The file list of %1 is not a JSON array (%2).</source>
        <translation>La liste des fichiers de %1 n&apos;est pas un tableau JSON (%2).</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="143"/>
        <source>unexpected shape</source>
        <translation>structure inattendue</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="155"/>
        <source>The file list of %1 names an unsafe path: &quot;%2&quot;.</source>
        <translation>La liste des fichiers de %1 contient un chemin non sûr : « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="189"/>
        <source>Access to %1 was refused (HTTP %2) with the Hugging Face token that is stored: the repository is gated or private. Accept its terms on the Hub with the token&apos;s account, or store a token that has access under &quot;huggingface&quot; in Providers &amp; Budgets.</source>
        <translation>L&apos;accès à %1 a été refusé (HTTP %2) avec le jeton Hugging Face enregistré : le dépôt est restreint ou privé. Acceptez ses conditions sur le Hub avec le compte du jeton, ou enregistrez un jeton qui y a accès sous « huggingface » dans Fournisseurs et budgets.</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="194"/>
        <source>%1 needs a Hugging Face token (HTTP %2): the repository is gated, private or does not exist. Store a token under &quot;huggingface&quot; in Providers &amp; Budgets and try again.</source>
        <translation>%1 nécessite un jeton Hugging Face (HTTP %2) : le dépôt est restreint, privé ou n&apos;existe pas. Enregistrez un jeton sous « huggingface » dans Fournisseurs et budgets, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="201"/>
        <source>Repository %1 was not found on the Hub (HTTP 404).</source>
        <translation>Le dépôt %1 est introuvable sur le Hub (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="203"/>
        <source>Revision %1 of %2 was not found (HTTP 404).</source>
        <translation>La révision %1 de %2 est introuvable (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="205"/>
        <source>Not found: %1 (HTTP 404).</source>
        <translation>Introuvable : %1 (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="207"/>
        <source>Asked for %1.</source>
        <translation>Fichier demandé : %1.</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="212"/>
        <source>The Hub answered HTTP %1 for %2.</source>
        <translation>Le Hub a répondu HTTP %1 pour %2.</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="224"/>
        <source>The connection failed while fetching %1: %2.</source>
        <translation>La connexion a échoué lors de la récupération de %1 : %2.</translation>
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
        <translation>Impossible de %1 la clé %2 : le trousseau a refusé l&apos;accès. %3</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="30"/>
        <source>Cannot %1 the %2 key: %3</source>
        <translation>Impossible de %1 la clé %2 : %3</translation>
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
        <translation>À propos de Switchboard</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="20"/>
        <source>One place to talk to language models: the local SmolLM3 on Vulkan and remote providers through one router.</source>
        <translation>Un seul endroit pour parler aux modèles de langage : SmolLM3 en local sur Vulkan et les fournisseurs distants via un routeur.</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="29"/>
        <source>Vulkan device: %1</source>
        <translation>Périphérique Vulkan : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="30"/>
        <source>No Vulkan device (%1). The local model runs on the CPU.</source>
        <translation>Aucun périphérique Vulkan (%1). Le modèle local tourne sur le processeur.</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="34"/>
        <source>Qt %1. Licensed under the Apache License 2.0.</source>
        <translation>Qt %1. Sous licence Apache 2.0.</translation>
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
            <numerusform>%n requête n&apos;a signalé aucune utilisation ; ses jetons sont estimés.</numerusform>
            <numerusform>%n requêtes n&apos;ont signalé aucune utilisation ; leurs jetons sont estimés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="93"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="95"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="97"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="99"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="101"/>
        <source>Tokens in</source>
        <translation>Jetons entrants</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="103"/>
        <source>Tokens out</source>
        <translation>Jetons sortants</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="105"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
</context>
<context>
    <name>sb::Budget</name>
    <message>
        <location filename="../router/budget/Budget.cpp" line="13"/>
        <source>daily</source>
        <translation type="unfinished">quotidien</translation>
    </message>
    <message>
        <location filename="../router/budget/Budget.cpp" line="14"/>
        <source>monthly</source>
        <translation type="unfinished">mensuel</translation>
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
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="74"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="76"/>
        <source>Search conversations (%1)</source>
        <translation>Rechercher dans les conversations (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="80"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="83"/>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="82"/>
        <source>New chat (%1)</source>
        <translation>Nouvelle discussion (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="89"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="107"/>
        <source>Think</source>
        <translation>Réfléchir</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="108"/>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="109"/>
        <source>Let SmolLM3 reason before it answers (/think) or answer directly (/no_think)</source>
        <translation>Laisser SmolLM3 réfléchir avant de répondre (/think) ou répondre directement (/no_think)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="112"/>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="113"/>
        <source>Conversation settings</source>
        <translation>Réglages de la conversation</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="116"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="117"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="475"/>
        <source>Export conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="120"/>
        <source>As Markdown…</source>
        <translation>En Markdown…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="121"/>
        <source>As JSON…</source>
        <translation>En JSON…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="167"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="596"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="172"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="176"/>
        <source>Send (%1)</source>
        <translation>Envoyer (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="177"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="180"/>
        <source>Stop generating (%1)</source>
        <translation>Arrêter la génération (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="181"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="587"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
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
        <translation>Impossible d&apos;enregistrer les conversations : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="374"/>
        <source>Offline · using the local model</source>
        <translation>Hors ligne · modèle local utilisé</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="374"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="375"/>
        <source>No network: requests go to the local model.</source>
        <translation>Pas de réseau : les requêtes vont au modèle local.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="376"/>
        <source>No network and no local model: load one in Models to chat offline.</source>
        <translation>Pas de réseau ni de modèle local : chargez-en un dans Modèles pour discuter hors ligne.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="458"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
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
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="563"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="563"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="565"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="566"/>
        <source>Delete conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="567"/>
        <source>Delete &quot;%1&quot; and all its messages?</source>
        <translation>Supprimer « %1 » et tous ses messages ?</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="582"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="584"/>
        <source>Edit and resend…</source>
        <translation>Modifier et renvoyer…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="596"/>
        <source>Edit and resend</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="604"/>
        <source>Start or open a conversation to change its settings.</source>
        <translation>Commencez ou ouvrez une conversation pour modifier ses réglages.</translation>
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
        <translation>Le stockage des conversations n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="116"/>
        <location filename="../app/gui/chat/ChatController.cpp" line="285"/>
        <location filename="../app/gui/chat/ChatController.cpp" line="302"/>
        <source>An answer is still being generated. Stop it first.</source>
        <translation>Une réponse est encore en cours de génération. Arrêtez-la d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="118"/>
        <source>Nothing can answer yet: add a provider key in Providers &amp; Budgets or load a local model in Models.</source>
        <translation>Rien ne peut encore répondre : ajoutez une clé de fournisseur dans Fournisseurs et budgets ou chargez un modèle local dans Modèles.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="149"/>
        <source>Choose a model first.</source>
        <translation>Choisissez d&apos;abord un modèle.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="247"/>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="292"/>
        <source>There is no answer to regenerate.</source>
        <translation>Il n&apos;y a aucune réponse à régénérer.</translation>
    </message>
</context>
<context>
    <name>sb::ChatView</name>
    <message>
        <location filename="../app/gui/chat/ChatView.cpp" line="20"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatView.cpp" line="229"/>
        <source>Start a conversation: pick a model above, write below and press Ctrl+Enter.
Answers show the provider, tokens, cost and speed.</source>
        <translation>Commencez une conversation : choisissez un modèle en haut, écrivez en bas et appuyez sur Ctrl+Entrée.
Les réponses indiquent le fournisseur, les jetons, le coût et la vitesse.</translation>
    </message>
</context>
<context>
    <name>sb::ConversationListModel</name>
    <message>
        <location filename="../app/gui/chat/ConversationListModel.cpp" line="62"/>
        <source>%1
Last message: %2</source>
        <translation>%1
Dernier message : %2</translation>
    </message>
</context>
<context>
    <name>sb::ConversationModel</name>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="191"/>
        <source>%1 in / %2 out tokens</source>
        <translation>%1 jetons entrants / %2 sortants</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="195"/>
        <source>free</source>
        <translation>gratuit</translation>
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
        <translation>Réglages de la conversation</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="22"/>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="24"/>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="23"/>
        <source>You are a helpful assistant.</source>
        <translation>Vous êtes un assistant serviable.</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="36"/>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="46"/>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="40"/>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="44"/>
        <source>Temperature</source>
        <translation>Température</translation>
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
        <translation>Jetons de réponse maximum</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="60"/>
        <source>provider default</source>
        <translation>valeur par défaut du fournisseur</translation>
    </message>
</context>
<context>
    <name>sb::CustomEndpointDialog</name>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="32"/>
        <source>Custom OpenAI-compatible endpoint</source>
        <translation>Point de terminaison personnalisé compatible OpenAI</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="37"/>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="38"/>
        <source>e.g. vLLM on the GPU box</source>
        <translation>p. ex. vLLM sur la machine GPU</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="41"/>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="49"/>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="45"/>
        <source>API key (optional)</source>
        <translation>Clé API (facultative)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="47"/>
        <source>optional; stored in your system keychain</source>
        <translation>facultative ; enregistrée dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="48"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="50"/>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="55"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Model id</source>
        <translation>ID du modèle</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Context (tokens)</source>
        <translation>Contexte (jetons)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Input $/M tokens</source>
        <translation>Entrée $/M jetons</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Output $/M tokens</source>
        <translation>Sortie $/M jetons</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="63"/>
        <source>Add model</source>
        <translation>Ajouter un modèle</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="65"/>
        <source>Remove model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="67"/>
        <source>Fetch models</source>
        <translation>Récupérer les modèles</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="69"/>
        <source>Asks the server for its model list (GET base URL/models)</source>
        <translation>Demande au serveur sa liste de modèles (GET URL de base/models)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="105"/>
        <source>unchanged (type a new key to replace it)</source>
        <translation>inchangée (saisissez une nouvelle clé pour la remplacer)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="142"/>
        <source>Give the endpoint a name.</source>
        <translation>Donnez un nom au point de terminaison.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="145"/>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="191"/>
        <source>Base URL: %1</source>
        <translation>URL de base : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="157"/>
        <source>Model &apos;%1&apos; is listed twice.</source>
        <translation>Le modèle « %1 » figure deux fois dans la liste.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="165"/>
        <source>Model &apos;%1&apos;: the context window must be a positive number of tokens.</source>
        <translation>Modèle « %1 » : la fenêtre de contexte doit être un nombre positif de jetons.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="174"/>
        <source>Model &apos;%1&apos;: prices are USD per million tokens, 0 or more.</source>
        <translation>Modèle « %1 » : les prix sont en USD par million de jetons, 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="181"/>
        <source>List at least one model (type its id or use Fetch models).</source>
        <translation>Indiquez au moins un modèle (saisissez son ID ou utilisez Récupérer les modèles).</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="197"/>
        <source>Asking %1/models…</source>
        <translation>Interrogation de %1/models…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="201"/>
        <source>Could not fetch the models: %1</source>
        <translation>Impossible de récupérer les modèles : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="218"/>
        <source>The server lists %n model(s); %1 added.</source>
        <translation>
            <numerusform>Le serveur répertorie %n modèle ; ajoutés : %1.</numerusform>
            <numerusform>Le serveur répertorie %n modèles ; ajoutés : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::DatasetPreviewPanel</name>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="51"/>
        <source>Tokens with a loss: the assistant&apos;s turns (all tokens for plain text)</source>
        <translation>Jetons pris en compte dans la perte : les tours de l&apos;assistant (tous les jetons pour du texte brut)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="53"/>
        <source>Dataset preview</source>
        <translation>Aperçu du jeu de données</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="95"/>
        <source>Choose a JSONL dataset: one {&quot;messages&quot;: [...]} or {&quot;text&quot;: ...} record per line.</source>
        <translation>Choisissez un jeu de données JSONL : un enregistrement {&quot;messages&quot;: [...]} ou {&quot;text&quot;: ...} par ligne.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="99"/>
        <source>Choose a model (or load one in Models) to count tokens.</source>
        <translation>Choisissez un modèle (ou chargez-en un dans Modèles) pour compter les jetons.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="102"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="140"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="158"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="167"/>
        <source>&lt;b&gt;Error&lt;/b&gt; at line %1: %2</source>
        <translation>&lt;b&gt;Erreur&lt;/b&gt; à la ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="170"/>
        <source>%1 records · %2 tokens · %3 assistant tokens (tokenised with the model&apos;s tokenizer, chat template applied)</source>
        <translation>%1 enregistrements · %2 jetons · %3 jetons d&apos;assistant (tokenisés avec le tokeniseur du modèle, gabarit de discussion appliqué)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="175"/>
        <source>; the first %1 are shown</source>
        <translation>; les %1 premiers sont affichés</translation>
    </message>
</context>
<context>
    <name>sb::DeviceChoice</name>
    <message>
        <location filename="../app/gui/settings/DeviceChoice.cpp" line="21"/>
        <source>Automatic (best available)</source>
        <translation>Automatique (le meilleur disponible)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/DeviceChoice.cpp" line="36"/>
        <source>No Vulkan device: %1</source>
        <translation>Aucun périphérique Vulkan : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/DeviceChoice.cpp" line="61"/>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
</context>
<context>
    <name>sb::DownloadPanel</name>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="45"/>
        <source>Download from Hugging Face</source>
        <translation>Télécharger depuis Hugging Face</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="55"/>
        <source>Hugging Face repository</source>
        <translation>Dépôt Hugging Face</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="56"/>
        <source>owner/name</source>
        <translation>propriétaire/nom</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="59"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="61"/>
        <source>List files</source>
        <translation>Lister les fichiers</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="63"/>
        <source>List the repository&apos;s files</source>
        <translation>Lister les fichiers du dépôt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="65"/>
        <source>Repository:</source>
        <translation>Dépôt :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="69"/>
        <source>Revision:</source>
        <translation>Révision :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="74"/>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="441"/>
        <source>Download folder</source>
        <translation>Dossier de téléchargement</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="75"/>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="76"/>
        <source>Choose the download folder</source>
        <translation>Choisir le dossier de téléchargement</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="79"/>
        <source>Save to:</source>
        <translation>Enregistrer dans :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="84"/>
        <source>Files of the repository</source>
        <translation>Fichiers du dépôt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="88"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="88"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="88"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="94"/>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="240"/>
        <source>List the files to see their sizes.</source>
        <translation>Listez les fichiers pour voir leur taille.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="102"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="104"/>
        <source>Download the checked files</source>
        <translation>Télécharger les fichiers cochés</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="105"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="107"/>
        <source>Pause the download</source>
        <translation>Suspendre le téléchargement</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="108"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="110"/>
        <source>Resume the download</source>
        <translation>Reprendre le téléchargement</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="111"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="113"/>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="114"/>
        <source>Open model</source>
        <translation>Ouvrir le modèle</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="116"/>
        <source>Open the downloaded model</source>
        <translation>Ouvrir le modèle téléchargé</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="126"/>
        <source>Progress of the current file</source>
        <translation>Progression du fichier en cours</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="129"/>
        <source>Progress of the whole download</source>
        <translation>Progression de l&apos;ensemble du téléchargement</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="136"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="137"/>
        <source>Total:</source>
        <translation>Total :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="175"/>
        <source>%1 Trying again in %2 s…</source>
        <translation>%1 Nouvel essai dans %2 s…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="178"/>
        <source>Downloaded and verified %1 files into %2.</source>
        <translation>%1 fichiers téléchargés et vérifiés dans %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="250"/>
        <source>Enter a repository as owner/name, for example %1.</source>
        <translation>Saisissez un dépôt sous la forme propriétaire/nom, par exemple %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="259"/>
        <source>Listing the files of %1…</source>
        <translation>Récupération de la liste des fichiers de %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="278"/>
        <source>No file list.</source>
        <translation>Aucune liste de fichiers.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="286"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="291"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="294"/>
        <source>%1 files in %2 at %3.</source>
        <translation>%1 fichiers dans %2 à la révision %3.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="316"/>
        <source>%1 files selected, %2 (the repository has %3 in %4 files).</source>
        <translation>%1 fichiers sélectionnés, %2 (le dépôt contient %3 en %4 fichiers).</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="335"/>
        <source>Check at least one file to download.</source>
        <translation>Cochez au moins un fichier à télécharger.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="343"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="367"/>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="371"/>
        <source>unknown size</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="368"/>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="369"/>
        <source>%1 of %2 (%p%)</source>
        <translation>%1 sur %2 (%p%)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="374"/>
        <source>File %1 of %2 · %3/s · %4 left</source>
        <translation>Fichier %1 sur %2 · %3/s · reste %4</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="380"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="380"/>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="382"/>
        <source>Checking the partial download of %1…</source>
        <translation>Vérification du téléchargement partiel de %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="384"/>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="392"/>
        <source>Paused. Resume continues where it stopped, also after a restart.</source>
        <translation>En pause. Reprendre poursuit là où le téléchargement s&apos;est arrêté, même après un redémarrage.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="395"/>
        <source>Cancelled. The partial file was deleted; finished files are kept.</source>
        <translation>Annulé. Le fichier partiel a été supprimé ; les fichiers terminés sont conservés.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="408"/>
        <source>Resume continues the download.</source>
        <translation>Reprendre poursuit le téléchargement.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="412"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="419"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
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
        <translation type="unfinished">Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>sb::FileTransfer</name>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="74"/>
        <source>Refused to write &quot;%1&quot; from %2: the path leaves the destination folder.</source>
        <translation>Écriture de « %1 » depuis %2 refusée : le chemin sort du dossier de destination.</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="81"/>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="389"/>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>la connexion s&apos;est fermée après %1 octets sur %2</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="406"/>
        <source>The server keeps answering with other bytes than asked for %1 in %2; try again later.</source>
        <translation>Le serveur continue de renvoyer d&apos;autres octets que ceux demandés pour %1 dans %2 ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="437"/>
        <source>%1 from %2 is corrupt: its %3 is %4, the Hub lists %5. The partial download was deleted; download it again.</source>
        <translation>%1 de %2 est corrompu : son %3 est %4, le Hub indique %5. Le téléchargement partiel a été supprimé ; téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="504"/>
        <source>Could not write %1 (%2 from %3): %4. The partial download is kept: free some disk space or fix the folder&apos;s permissions, then resume.</source>
        <translation>Impossible d&apos;écrire %1 (%2 de %3) : %4. Le téléchargement partiel est conservé : libérez de l&apos;espace disque ou corrigez les autorisations du dossier, puis reprenez.</translation>
    </message>
</context>
<context>
    <name>sb::FineTuneArea</name>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="127"/>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="128"/>
        <source>A Hugging Face model directory (config.json + safetensors)</source>
        <translation>Un dossier de modèle Hugging Face (config.json + safetensors)</translation>
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
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="136"/>
        <source>Model and data</source>
        <translation>Modèle et données</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="138"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="142"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="195"/>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="139"/>
        <source>the loaded local model</source>
        <translation>le modèle local chargé</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="140"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="143"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="201"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="140"/>
        <source>train.jsonl</source>
        <translation>train.jsonl</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="141"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="141"/>
        <source>adapter directory</source>
        <translation>dossier de l&apos;adaptateur</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="144"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="206"/>
        <source>Output directory</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="147"/>
        <source>Hyper-parameters</source>
        <translation>Hyperparamètres</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="161"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="162"/>
        <source>Start a new run (replaces the adapter in the output directory)</source>
        <translation>Démarrer un nouvel entraînement (remplace l&apos;adaptateur dans le dossier de sortie)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="163"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="164"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="165"/>
        <source>Continue a paused run, or the checkpoint saved in the output directory</source>
        <translation>Poursuivre un entraînement en pause, ou depuis le point de contrôle enregistré dans le dossier de sortie</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="166"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="167"/>
        <source>Stop after this step and save a checkpoint</source>
        <translation>S&apos;arrêter après cette étape et enregistrer un point de contrôle</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="168"/>
        <source>Chat with this adapter</source>
        <translation>Discuter avec cet adaptateur</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="169"/>
        <source>Serve base + adapter as a second local model in Chat, next to the base</source>
        <translation>Servir base + adaptateur comme second modèle local dans Discussion, à côté du modèle de base</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="189"/>
        <source>Base model directory</source>
        <translation>Dossier du modèle de base</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="195"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="201"/>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="271"/>
        <source>load a model in Models, or choose one</source>
        <translation>chargez un modèle dans Modèles, ou choisissez-en un</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="272"/>
        <source>loaded: %1</source>
        <translation>chargé : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="343"/>
        <source>Paused at step %1 of %2.</source>
        <translation>En pause à l&apos;étape %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="347"/>
        <source>Cancelled at step %1 of %2; a checkpoint is saved, Resume continues from it.</source>
        <translation>Annulé à l&apos;étape %1 sur %2 ; un point de contrôle est enregistré, Reprendre repart de celui-ci.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="354"/>
        <source>Done: %1 steps; the adapter is in %2.</source>
        <translation>Terminé : %1 étapes ; l&apos;adaptateur se trouve dans %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="359"/>
        <source>Training stopped: %1</source>
        <translation>Entraînement arrêté : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="369"/>
        <source>Choose a base model, a dataset and an output directory first.</source>
        <translation>Choisissez d&apos;abord un modèle de base, un jeu de données et un dossier de sortie.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="373"/>
        <source>Choose at least one target module.</source>
        <translation>Choisissez au moins un module cible.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="380"/>
        <source>Loading the model and the dataset…</source>
        <translation>Chargement du modèle et du jeu de données…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="391"/>
        <source>Pausing after this step…</source>
        <translation>Mise en pause après cette étape…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="399"/>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="408"/>
        <source>No checkpoint to resume in %1.</source>
        <translation>Aucun point de contrôle à reprendre dans %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="418"/>
        <source>Resuming from the checkpoint at step %1…</source>
        <translation>Reprise depuis le point de contrôle de l&apos;étape %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="429"/>
        <source>Cancelling after this step (saving a checkpoint)…</source>
        <translation>Annulation après cette étape (enregistrement d&apos;un point de contrôle)…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="448"/>
        <source>Training on %1: %2 records (%3 tokens), %4 for validation; %5 trainable parameters.</source>
        <translation>Entraînement sur %1 : %2 enregistrements (%3 jetons), %4 pour la validation ; %5 paramètres entraînables.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="454"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="473"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="525"/>
        <source>step %1 / %2</source>
        <translation>étape %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="475"/>
        <source>loss %1</source>
        <translation>perte %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="476"/>
        <source>loss %1 · validation %2</source>
        <translation>perte %1 · validation %2</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="479"/>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="481"/>
        <source>ETA %1</source>
        <translation>Fin estimée dans %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="527"/>
        <source>This folder holds a run at step %1 of %2: Resume continues it, Start begins anew.</source>
        <translation>Ce dossier contient un entraînement à l&apos;étape %1 sur %2 : Reprendre le poursuit, Démarrer le recommence.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="530"/>
        <source>This folder holds a finished run (%1 steps).</source>
        <translation>Ce dossier contient un entraînement terminé (%1 étapes).</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="549"/>
        <source>Loading %1 with the adapter…</source>
        <translation>Chargement de %1 avec l&apos;adaptateur…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="561"/>
        <source>The adapter could not be loaded: %1</source>
        <translation>Impossible de charger l&apos;adaptateur : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="565"/>
        <source>&quot;%1&quot; is in Chat&apos;s model picker next to the base model.</source>
        <translation>« %1 » figure dans le sélecteur de modèle de Discussion, à côté du modèle de base.</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="612"/>
        <source>VRAM %1 MiB</source>
        <translation>VRAM %1 Mio</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="613"/>
        <source>VRAM: not used (CPU)</source>
        <translation>VRAM : non utilisée (CPU)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="618"/>
        <source>memory %1 MiB</source>
        <translation>mémoire %1 Mio</translation>
    </message>
</context>
<context>
    <name>sb::FineTuneSettingsForm</name>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="41"/>
        <source>Where training runs: the CPU, the GPU through Vulkan, or Auto (Vulkan when a device takes the model).</source>
        <translation>Où l&apos;entraînement s&apos;exécute : sur le CPU, sur le GPU via Vulkan, ou Auto (Vulkan quand un périphérique peut accueillir le modèle).</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="53"/>
        <source>Learning-rate schedule</source>
        <translation>Planification du taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="54"/>
        <source>cosine</source>
        <translation>cosinus</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="55"/>
        <source>linear</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="56"/>
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="58"/>
        <source>Warm-up steps</source>
        <translation>Étapes d&apos;échauffement</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="63"/>
        <source>only at the end</source>
        <translation>uniquement à la fin</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="64"/>
        <source>Recompute activations (less memory, ~1.3x time)</source>
        <translation>Recalculer les activations (moins de mémoire, temps ~1,3x)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="77"/>
        <source>Adapt %1.%2</source>
        <translation>Adapter %1.%2</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="88"/>
        <source>warm-up </source>
        <translation>échauffement </translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="89"/>
        <source> steps</source>
        <translation> étapes</translation>
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
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="98"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="99"/>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="100"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="101"/>
        <source>Gradient accumulation</source>
        <translation>Accumulation de gradient</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="102"/>
        <source>Sequence length</source>
        <translation>Longueur de séquence</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="103"/>
        <source>Target modules</source>
        <translation>Modules cibles</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="104"/>
        <source>Validation split</source>
        <translation>Part de validation</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="105"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="106"/>
        <source>Save every N steps</source>
        <translation>Enregistrer toutes les N étapes</translation>
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
        <translation>lire</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="81"/>
        <source>store</source>
        <translation>enregistrer</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="97"/>
        <source>remove</source>
        <translation>supprimer</translation>
    </message>
</context>
<context>
    <name>sb::LocalServerPanel</name>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="21"/>
        <source>Local OpenAI-compatible server</source>
        <translation>Serveur local compatible OpenAI</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="29"/>
        <source>Serve /v1 on this computer</source>
        <translation>Servir /v1 sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="32"/>
        <source>Editors, scripts and agents on this machine can use Switchboard as their router.</source>
        <translation>Les éditeurs, scripts et agents de cette machine peuvent utiliser Switchboard comme routeur.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="35"/>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="40"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="48"/>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="55"/>
        <source>Server token</source>
        <translation>Jeton du serveur</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="56"/>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="87"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="58"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="59"/>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="61"/>
        <source>Make a new token; clients using the old one get 401.</source>
        <translation>Créer un nouveau jeton ; les clients qui utilisent l&apos;ancien reçoivent 401.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="66"/>
        <source>Bearer token:</source>
        <translation>Jeton Bearer :</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="87"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="114"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="122"/>
        <source>Could not start the server: %1</source>
        <translation>Impossible de démarrer le serveur : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="131"/>
        <source>Running. Clients send the header &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>En marche. Les clients envoient l&apos;en-tête « Authorization: Bearer &lt;token&gt; ».</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="178"/>
        <source>The token could not be saved in the keychain (%1); a new one is made at the next start.</source>
        <translation>Le jeton n&apos;a pas pu être enregistré dans le trousseau (%1) ; un nouveau sera créé au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="188"/>
        <source>not running</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>sb::LossChart</name>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="26"/>
        <source>Loss chart</source>
        <translation>Courbe de perte</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="30"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="34"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="35"/>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="41"/>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="43"/>
        <source>cross-entropy</source>
        <translation>entropie croisée</translation>
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
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="71"/>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="73"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="75"/>
        <source>Fine-tune</source>
        <translation>Affinage</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="76"/>
        <source>Providers &amp; Budgets</source>
        <translation>Fournisseurs et budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="77"/>
        <source>Usage &amp; Billing</source>
        <translation>Utilisation et facturation</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="107"/>
        <source>Loading %1 on this computer… %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="183"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="193"/>
        <source>Loading the local model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="348"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="349"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="353"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="363"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="367"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="368"/>
        <source>&amp;Search conversations</source>
        <translation>&amp;Rechercher dans les conversations</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="373"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="380"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="381"/>
        <source>&amp;About Switchboard</source>
        <translation>À &amp;propos de Switchboard</translation>
    </message>
</context>
<context>
    <name>sb::MessageDelegate</name>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="291"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="291"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="291"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="303"/>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="309"/>
        <source>Hide thinking</source>
        <translation>Masquer la réflexion</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="310"/>
        <source>Show thinking</source>
        <translation>Afficher la réflexion</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="340"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="353"/>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="355"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
</context>
<context>
    <name>sb::ModelPicker</name>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="46"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="50"/>
        <source>Provider choice</source>
        <translation>Choix du fournisseur</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="51"/>
        <source>How the router picks the provider for this model</source>
        <translation>Comment le routeur choisit le fournisseur pour ce modèle</translation>
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
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="214"/>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="222"/>
        <source>auto: cheapest</source>
        <translation>auto : le moins cher</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="223"/>
        <source>auto: fastest</source>
        <translation>auto : le plus rapide</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="221"/>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="226"/>
        <source>only %1</source>
        <translation>uniquement %1</translation>
    </message>
</context>
<context>
    <name>sb::ModelsArea</name>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="35"/>
        <source>Local model</source>
        <translation>Modèle local</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="37"/>
        <source>Run SmolLM3 on this computer, offline. Open a Hugging Face model folder (config.json, tokenizer.json, *.safetensors) or a GGUF file.</source>
        <translation>Exécuter SmolLM3 sur cet ordinateur, hors ligne. Ouvrez un dossier de modèle Hugging Face (config.json, tokenizer.json, *.safetensors) ou un fichier GGUF.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="49"/>
        <source>Model and device</source>
        <translation>Modèle et périphérique</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="54"/>
        <source>Model folder or GGUF file</source>
        <translation>Dossier de modèle ou fichier GGUF</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="55"/>
        <source>Model folder or .gguf file</source>
        <translation>Dossier de modèle ou fichier .gguf</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="57"/>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="58"/>
        <source>GGUF file…</source>
        <translation>Fichier GGUF…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="62"/>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="66"/>
        <source>Automatic (GPU if possible)</source>
        <translation>Automatique (GPU si possible)</translation>
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
        <translation>Backend :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="74"/>
        <location filename="../app/gui/models/ModelsArea.cpp" line="278"/>
        <source>Device:</source>
        <translation>Périphérique :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="81"/>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="82"/>
        <location filename="../app/gui/models/ModelsArea.cpp" line="289"/>
        <source>Context:</source>
        <translation>Contexte :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="91"/>
        <source>Load model</source>
        <translation>Charger le modèle</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="103"/>
        <source>No local model loaded.</source>
        <translation>Aucun modèle local chargé.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="109"/>
        <source>Loaded model</source>
        <translation>Modèle chargé</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="164"/>
        <source>Open model folder</source>
        <translation>Ouvrir un dossier de modèle</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="172"/>
        <source>Open GGUF model</source>
        <translation>Ouvrir un modèle GGUF</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="172"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="181"/>
        <source>Choose a model folder or a GGUF file first.</source>
        <translation>Choisissez d&apos;abord un dossier de modèle ou un fichier GGUF.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="190"/>
        <location filename="../app/gui/models/ModelsArea.cpp" line="242"/>
        <source>Checking %p%</source>
        <translation>Vérification %p%</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="191"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="242"/>
        <source>Uploading weights %p%</source>
        <translation>Transfert des poids %p%</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="252"/>
        <source>Could not load the model: %1</source>
        <translation>Impossible de charger le modèle : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="258"/>
        <source>Loaded %1 on the %2 backend.</source>
        <translation>%1 chargé sur le backend %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="260"/>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="276"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="280"/>
        <source>Kernels:</source>
        <translation>Noyaux de calcul :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="281"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="282"/>
        <source>Quantisation:</source>
        <translation>Quantification :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="283"/>
        <source>Layers:</source>
        <translation>Couches :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="284"/>
        <source>Hidden size:</source>
        <translation>Dimension cachée :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="285"/>
        <source>Attention heads:</source>
        <translation>Têtes d&apos;attention :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="285"/>
        <source>%1 query, %2 key/value</source>
        <translation>%1 requête, %2 clé/valeur</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="286"/>
        <source>Vocabulary:</source>
        <translation>Vocabulaire :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="287"/>
        <source>Parameters:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="288"/>
        <source>Weights:</source>
        <translation>Poids :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="289"/>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="291"/>
        <source>VRAM use:</source>
        <translation>VRAM utilisée :</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="291"/>
        <source>none (runs on the CPU)</source>
        <translation>aucune (s&apos;exécute sur le CPU)</translation>
    </message>
</context>
<context>
    <name>sb::ProvidersArea</name>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="68"/>
        <source>Providers (drag to set the preferred order)</source>
        <translation>Fournisseurs (faites glisser pour définir l&apos;ordre de préférence)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="72"/>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="77"/>
        <source>Add endpoint…</source>
        <translation>Ajouter un point de terminaison…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="80"/>
        <source>A custom OpenAI-compatible server: vLLM, llama-server, LM Studio, Ollama, any /v1 endpoint</source>
        <translation>Un serveur personnalisé compatible OpenAI : vLLM, llama-server, LM Studio, Ollama, tout point de terminaison /v1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="81"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="83"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="97"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="107"/>
        <source>API key (masked)</source>
        <translation>Clé API (masquée)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="109"/>
        <source>Set key…</source>
        <translation>Définir la clé…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="111"/>
        <source>Remove key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="113"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="139"/>
        <source>Budgets (USD; a request whose worst case would cross a hard limit is refused)</source>
        <translation>Budgets (USD ; une requête qui, dans le pire des cas, dépasserait une limite stricte est refusée)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="143"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Hard limit</source>
        <translation>Limite stricte</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Warn at</source>
        <translation>Alerte à</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Spent now</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="149"/>
        <source>Add budget</source>
        <translation>Ajouter un budget</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="151"/>
        <source>Remove budget</source>
        <translation>Supprimer le budget</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="152"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="178"/>
        <source>API key for %1</source>
        <translation>Clé API pour %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="176"/>
        <source>Key (stored in your system keychain)</source>
        <translation>Clé (enregistrée dans le trousseau du système)</translation>
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
        <translation>Supprimer le point de terminaison</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="191"/>
        <source>Remove %1 and its stored key?</source>
        <translation>Supprimer %1 et sa clé enregistrée ?</translation>
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
            <numerusform>%1 · format de transmission %2 · %n modèle : %3</numerusform>
            <numerusform>%1 · format de transmission %2 · %n modèles : %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="358"/>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="371"/>
        <source>No key needed</source>
        <translation>Aucune clé nécessaire</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="380"/>
        <source>Key: reading the keychain…</source>
        <translation>Clé : lecture du trousseau…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="386"/>
        <source>Key: cannot be read here (see below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="392"/>
        <source>Key: none stored</source>
        <translation>Clé : aucune enregistrée</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="394"/>
        <source>Key: %1</source>
        <translation>Clé : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="460"/>
        <source>Testing %1 with %2…</source>
        <translation>Test de %1 avec %2…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="463"/>
        <source>Connected: %1 answered in %2 ms (cost %3).</source>
        <translation>Connecté : %1 a répondu en %2 ms (coût %3).</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="467"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="481"/>
        <source>The switch holds for this session only: %1</source>
        <translation>Ce changement ne vaut que pour cette session : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="496"/>
        <source>The order holds for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="504"/>
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="510"/>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="511"/>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="552"/>
        <source>The budgets hold for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="565"/>
        <source>(apply to see)</source>
        <translation>(appliquez pour voir)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="568"/>
        <source>%1 of %2%3</source>
        <translation>%1 sur %2%3</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="570"/>
        <source> · exhausted</source>
        <translation> · épuisé</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="571"/>
        <source> · warning</source>
        <translation> · alerte</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="622"/>
        <source>No router</source>
        <translation>Aucun routeur</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="639"/>
        <source>The endpoint was not saved: %1</source>
        <translation>Le point de terminaison n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="657"/>
        <source>No provider &apos;%1&apos;</source>
        <translation>Aucun fournisseur « %1 »</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="659"/>
        <source>The endpoint was not removed: %1</source>
        <translation>Le point de terminaison n&apos;a pas été supprimé : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="689"/>
        <source>Key rejected on %1: %2</source>
        <translation>Clé refusée par %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="690"/>
        <source>the provider refused the key</source>
        <translation>le fournisseur a refusé la clé</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="719"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="724"/>
        <source>%1 (key rejected)</source>
        <translation>%1 (clé refusée)</translation>
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
        <translation type="unfinished">L&apos;utilisation n&apos;est pas enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../app/common/RouterSetup.cpp" line="53"/>
        <source>Your providers.json was ignored: %1</source>
        <translation type="unfinished">Votre fichier providers.json a été ignoré : %1</translation>
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
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="58"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="66"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="67"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="68"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="69"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="72"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="76"/>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="78"/>
        <source>System (%1 pt)</source>
        <translation>Système (%1 pt)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="79"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="81"/>
        <source>&amp;Font size:</source>
        <translation>Taille de &amp;police :</translation>
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
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="96"/>
        <source>A new language takes effect after a restart.</source>
        <translation>Une nouvelle langue prend effet après un redémarrage.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="100"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="104"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="107"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="109"/>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="192"/>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier de données</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="110"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="112"/>
        <source>Use the default data folder</source>
        <translation>Utiliser le dossier de données par défaut</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="122"/>
        <source>Conversations, the usage ledger and downloaded models. A new folder is used from the next start; files are not moved. In use now: %1</source>
        <translation>Conversations, journal d&apos;utilisation et modèles téléchargés. Un nouveau dossier est utilisé à partir du prochain démarrage ; les fichiers ne sont pas déplacés. Utilisé actuellement : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="129"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Dossier de données :</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="133"/>
        <source>Vulkan device</source>
        <translation>Périphérique Vulkan</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="137"/>
        <source>The GPU the local model loads on.</source>
        <translation>Le GPU sur lequel le modèle local est chargé.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="138"/>
        <source>&amp;Vulkan device:</source>
        <translation>Périphérique &amp;Vulkan :</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="203"/>
        <source>The default folder (%1) is used from the next start. In use now: %2</source>
        <translation>Le dossier par défaut (%1) est utilisé à partir du prochain démarrage. Utilisé actuellement : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="209"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="215"/>
        <source>%1 is used from the next start; files are not moved. In use now: %2</source>
        <translation>%1 est utilisé à partir du prochain démarrage ; les fichiers ne sont pas déplacés. Utilisé actuellement : %2</translation>
    </message>
</context>
<context>
    <name>sb::UsageArea</name>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="62"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="67"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="71"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="75"/>
        <source>Group by</source>
        <translation>Grouper par</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="76"/>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="77"/>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="78"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="79"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="86"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="88"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="96"/>
        <source>Usage &amp; Billing</source>
        <translation>Utilisation et facturation</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="97"/>
        <source>No requests recorded yet. Cost and latency per provider appear here as soon as requests complete.</source>
        <translation>Aucune requête enregistrée. Le coût et la latence par fournisseur apparaîtront ici dès que des requêtes se terminent.</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="108"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="112"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="123"/>
        <source>Speed &amp;&amp; reliability</source>
        <translation>Vitesse et fiabilité</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="128"/>
        <source>Bill by month, provider and model</source>
        <translation>Facture par mois, fournisseur et modèle</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="139"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="159"/>
        <location filename="../app/gui/usage/UsageArea.cpp" line="161"/>
        <source>Export bill</source>
        <translation>Exporter la facture</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="159"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="304"/>
        <source>Cannot read the ledger: %1</source>
        <translation>Impossible de lire le journal d&apos;utilisation : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="313"/>
        <source>%1 requests · %2 · %3% after failover</source>
        <translation>%1 requêtes · %2 · %3% après basculement</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="331"/>
        <source>No budgets set. Add daily or monthly limits in Providers &amp; Budgets.</source>
        <translation>Aucun budget défini. Ajoutez des limites quotidiennes ou mensuelles dans Fournisseurs et budgets.</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="348"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 sur %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="364"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>sb::UsageCharts</name>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="61"/>
        <source>wk %1</source>
        <translation>sem. %1</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="93"/>
        <source>Cost per provider (USD)</source>
        <translation>Coût par fournisseur (USD)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="117"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="123"/>
        <source>Time to first token (ms)</source>
        <translation>Délai avant le premier jeton (ms)</translation>
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
        <translation>Vitesse de sortie (tokens/s, médiane)</translation>
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
        <translation>Réussite et basculement (% des tentatives)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="162"/>
        <source>success</source>
        <translation>réussite</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="163"/>
        <source>failed over</source>
        <translation>basculé</translation>
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
        <translation>Bienvenue dans Switchboard</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="31"/>
        <source>Chat with SmolLM3 on this computer, offline, or with hosted models through your own provider keys, and see what every request costs and how fast it was. How would you like to start?</source>
        <translation>Discutez avec SmolLM3 sur cet ordinateur, hors ligne, ou avec des modèles hébergés grâce à vos propres clés de fournisseur, et voyez ce que coûte chaque requête et sa rapidité. Comment souhaitez-vous commencer ?</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="42"/>
        <source>The 3-billion-parameter model from Hugging Face; it runs on your GPU or, slower, on the CPU. Nothing leaves this computer.</source>
        <translation>Le modèle à 3 milliards de paramètres de Hugging Face ; il tourne sur votre GPU ou, plus lentement, sur le CPU. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="45"/>
        <source>Open a local model…</source>
        <translation>Ouvrir un modèle local…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="47"/>
        <source>Open a local model</source>
        <translation>Ouvrir un modèle local</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="49"/>
        <source>A SmolLM3 folder (config.json, tokenizer.json, *.safetensors) or a GGUF file you already have.</source>
        <translation>Un dossier SmolLM3 (config.json, tokenizer.json, *.safetensors) ou un fichier GGUF dont vous disposez déjà.</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="51"/>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="53"/>
        <source>Add a provider key</source>
        <translation>Ajouter une clé de fournisseur</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="55"/>
        <source>OpenAI, Anthropic, Gemini, Groq and others, routed by price or speed within your budgets. Keys stay in your system keychain.</source>
        <translation>OpenAI, Anthropic, Gemini, Groq et d&apos;autres, routés selon le prix ou la vitesse dans la limite de vos budgets. Les clés restent dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="64"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="66"/>
        <source>Skip the welcome</source>
        <translation>Passer l&apos;accueil</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="82"/>
        <source>≈%1 GB</source>
        <translation>≈%1 Go</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="83"/>
        <source>≈%1 MB</source>
        <translation>≈%1 Mo</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="89"/>
        <source>Download SmolLM3 (%1)</source>
        <translation>Télécharger SmolLM3 (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="89"/>
        <source>Download SmolLM3</source>
        <translation>Télécharger SmolLM3</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="105"/>
        <source>Model folder…</source>
        <translation>Dossier de modèle…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="106"/>
        <source>GGUF file…</source>
        <translation>Fichier GGUF…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="109"/>
        <source>Open model folder</source>
        <translation>Ouvrir un dossier de modèle</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="112"/>
        <source>Open GGUF model</source>
        <translation>Ouvrir un modèle GGUF</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="112"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>sb::dataPaths</name>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="71"/>
        <source>No folder chosen.</source>
        <translation>Aucun dossier choisi.</translation>
    </message>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="74"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="76"/>
        <source>%1 cannot be created.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="79"/>
        <source>%1 is not writable: %2</source>
        <translation>%1 n&apos;est pas accessible en écriture : %2</translation>
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
