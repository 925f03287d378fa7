<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <name>sb::ChatArea</name>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="14" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ChatArea.cpp" line="14" />
        <source>No conversations yet. Add a provider key in Providers &amp; Budgets or load a local model in Models to start chatting.</source>
        <translation>Noch keine Unterhaltungen. Hinterlegen Sie einen Anbieterschlüssel unter Anbieter &amp; Budgets oder laden Sie unter Modelle ein lokales Modell.</translation>
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
    <name>sb::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="27" />
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="37" />
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="47" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="48" />
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="49" />
        <source>Fine-tune</source>
        <translation>Feinabstimmung</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="50" />
        <source>Providers &amp; Budgets</source>
        <translation>Anbieter &amp; Budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="51" />
        <source>Usage &amp; Billing</source>
        <translation>Nutzung &amp; Abrechnung</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="55" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="68" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="69" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="73" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="80" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="81" />
        <source>&amp;About Switchboard</source>
        <translation>Ü&amp;ber Switchboard</translation>
    </message>
</context>
<context>
    <name>sb::ModelsArea</name>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="14" />
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ModelsArea.cpp" line="14" />
        <source>No local model loaded. Open a SmolLM3 model directory (safetensors) or a GGUF file to run it offline on your GPU.</source>
        <translation>Kein lokales Modell geladen. Öffnen Sie ein SmolLM3-Modellverzeichnis (safetensors) oder eine GGUF-Datei, um es offline auf Ihrer GPU auszuführen.</translation>
    </message>
</context>
<context>
    <name>sb::ProvidersArea</name>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="14" />
        <source>Providers &amp; Budgets</source>
        <translation>Anbieter &amp; Budgets</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/ProvidersArea.cpp" line="14" />
        <source>No provider keys stored. Keys are kept in your system keychain, never in plain files.</source>
        <translation>Keine Anbieterschlüssel gespeichert. Schlüssel liegen im Schlüsselbund Ihres Systems, nie in einfachen Dateien.</translation>
    </message>
</context>
<context>
    <name>sb::UsageArea</name>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="14" />
        <source>Usage &amp; Billing</source>
        <translation>Nutzung &amp; Abrechnung</translation>
    </message>
    <message>
        <location filename="../app/gui/areas/UsageArea.cpp" line="14" />
        <source>No requests recorded yet. Cost and latency per provider appear here as soon as requests complete.</source>
        <translation>Noch keine Anfragen erfasst. Kosten und Latenz je Anbieter erscheinen hier, sobald Anfragen abgeschlossen sind.</translation>
    </message>
</context>
</TS>