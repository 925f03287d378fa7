<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
    <name>sb::ChatArea</name>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="14" />
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="14" />
        <source>No conversations yet. Add a provider key in Providers &amp; Budgets or load a local model in Models to start chatting.</source>
        <translation>Aucune conversation. Ajoutez une clé de fournisseur dans Fournisseurs et budgets ou chargez un modèle local dans Modèles.</translation>
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
    <name>sb::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="27" />
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="37" />
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="47" />
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="48" />
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="49" />
        <source>Fine-tune</source>
        <translation>Affinage</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="50" />
        <source>Providers &amp; Budgets</source>
        <translation>Fournisseurs et budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="51" />
        <source>Usage &amp; Billing</source>
        <translation>Utilisation et facturation</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="55" />
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="68" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="69" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="73" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="80" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="81" />
        <source>&amp;About Switchboard</source>
        <translation>À &amp;propos de Switchboard</translation>
    </message>
</context>
<context>
    <name>sb::ModelsArea</name>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="14" />
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="14" />
        <source>No local model loaded. Open a SmolLM3 model directory (safetensors) or a GGUF file to run it offline on your GPU.</source>
        <translation>Aucun modèle local chargé. Ouvrez un dossier de modèle SmolLM3 (safetensors) ou un fichier GGUF pour l'exécuter hors ligne sur votre GPU.</translation>
    </message>
</context>
<context>
    <name>sb::ProvidersArea</name>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="14" />
        <source>Providers &amp; Budgets</source>
        <translation>Fournisseurs et budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="14" />
        <source>No provider keys stored. Keys are kept in your system keychain, never in plain files.</source>
        <translation>Aucune clé de fournisseur enregistrée. Les clés sont conservées dans le trousseau du système, jamais dans des fichiers en clair.</translation>
    </message>
</context>
<context>
    <name>sb::UsageArea</name>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="14" />
        <source>Usage &amp; Billing</source>
        <translation>Utilisation et facturation</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="14" />
        <source>No requests recorded yet. Cost and latency per provider appear here as soon as requests complete.</source>
        <translation>Aucune requête enregistrée. Le coût et la latence par fournisseur apparaîtront ici dès que des requêtes se terminent.</translation>
    </message>
</context>
</TS>