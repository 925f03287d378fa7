<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot %1 the %2 key: no system keychain is available (install and unlock a Secret Service such as GNOME Keyring or KWallet). %3</source>
        <translation type="vanished">无法%1 %2 的密钥：没有可用的系统钥匙串（请安装并解锁 GNOME Keyring 或 KWallet 等 Secret Service）。%3</translation>
    </message>
    <message>
        <source>Cannot %1 the %2 key: the keychain refused access. %3</source>
        <translation type="vanished">无法%1 %2 的密钥：钥匙串拒绝访问。%3</translation>
    </message>
    <message>
        <source>Cannot %1 the %2 key: %3</source>
        <translation type="vanished">无法%1 %2 的密钥：%3</translation>
    </message>
</context>
<context>
    <name>sb</name>
    <message>
        <source>wk %1</source>
        <translation type="vanished">第 %1 周</translation>
    </message>
    <message>
        <source>Cost per provider (USD)</source>
        <translation type="vanished">各提供商费用（USD）</translation>
    </message>
    <message>
        <source>USD</source>
        <translation type="vanished">USD</translation>
    </message>
    <message>
        <source>Time to first token (ms)</source>
        <translation type="vanished">首个 token 延迟（毫秒）</translation>
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
        <translation type="vanished">毫秒</translation>
    </message>
    <message>
        <source>Output speed (tokens/s, median)</source>
        <translation type="vanished">输出速度（token/秒，中位数）</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="vanished">token/秒</translation>
    </message>
    <message>
        <source>Success and failover (% of attempts)</source>
        <translation type="vanished">成功与故障转移（尝试次数的 %）</translation>
    </message>
    <message>
        <source>success</source>
        <translation type="vanished">成功</translation>
    </message>
    <message>
        <source>failed over</source>
        <translation type="vanished">已故障转移</translation>
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
        <translation type="vanished">关于 Switchboard</translation>
    </message>
    <message>
        <source>One place to talk to language models: the local SmolLM3 on Vulkan and remote providers through one router.</source>
        <translation type="vanished">与语言模型对话的统一入口：在 Vulkan 上运行的本地 SmolLM3，以及通过同一个路由器访问的远程提供商。</translation>
    </message>
    <message>
        <source>Vulkan device: %1</source>
        <translation type="vanished">Vulkan 设备：%1</translation>
    </message>
    <message>
        <source>No Vulkan device (%1). The local model runs on the CPU.</source>
        <translation type="vanished">没有 Vulkan 设备（%1）。本地模型将在 CPU 上运行。</translation>
    </message>
    <message>
        <source>Qt %1. Licensed under the Apache License 2.0.</source>
        <translation type="vanished">Qt %1。采用 Apache License 2.0 许可。</translation>
    </message>
</context>
<context>
    <name>sb::AppServices</name>
    <message>
        <source>Usage is not recorded: %1</source>
        <translation type="vanished">未记录用量：%1</translation>
    </message>
    <message>
        <source>Your providers.json was ignored: %1</source>
        <translation type="vanished">已忽略你的 providers.json：%1</translation>
    </message>
</context>
<context>
    <name>sb::BillingTableModel</name>
    <message numerus="yes">
        <source>%n request(s) reported no usage; their tokens are estimated.</source>
        <translation type="vanished">
            <numerusform>%n 个请求未报告用量；其 token 数为估算值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="vanished">月份</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="vanished">提供商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="vanished">模型</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="vanished">请求数</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation type="vanished">输入 token</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation type="vanished">输出 token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="vanished">费用</translation>
    </message>
</context>
<context>
    <name>sb::ChatArea</name>
    <message>
        <source>Search conversations</source>
        <translation type="vanished">搜索对话</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="vanished">搜索</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="vanished">新建聊天</translation>
    </message>
    <message>
        <source>New chat (%1)</source>
        <translation type="vanished">新建聊天（%1）</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="vanished">对话</translation>
    </message>
    <message>
        <source>Think</source>
        <translation type="vanished">思考</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="vanished">思考过程</translation>
    </message>
    <message>
        <source>Let SmolLM3 reason before it answers (/think) or answer directly (/no_think)</source>
        <translation type="vanished">让 SmolLM3 在回答前先推理（/think），或直接回答（/no_think）</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">设置…</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation type="vanished">对话设置</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">导出</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation type="vanished">导出对话</translation>
    </message>
    <message>
        <source>As Markdown…</source>
        <translation type="vanished">导出为 Markdown…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation type="vanished">导出为 JSON…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="vanished">消息</translation>
    </message>
    <message>
        <source>Write a message… (Ctrl+Enter to send)</source>
        <translation type="vanished">输入消息…（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="vanished">发送</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="vanished">停止</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="vanished">重新生成</translation>
    </message>
    <message>
        <source>Conversations cannot be saved: %1</source>
        <translation type="vanished">无法保存对话：%1</translation>
    </message>
    <message>
        <source>Offline · using the local model</source>
        <translation type="vanished">离线 · 正在使用本地模型</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="vanished">离线</translation>
    </message>
    <message>
        <source>No network: requests go to the local model.</source>
        <translation type="vanished">无网络：请求将发送到本地模型。</translation>
    </message>
    <message>
        <source>No network and no local model: load one in Models to chat offline.</source>
        <translation type="vanished">无网络且无本地模型：请在“模型”中加载一个以便离线聊天。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">无法写入 %1：%2</translation>
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
        <translation type="vanished">重命名</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="vanished">取消置顶</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="vanished">置顶</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="vanished">删除…</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation type="vanished">删除对话</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all its messages?</source>
        <translation type="vanished">删除“%1”及其所有消息？</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="vanished">复制</translation>
    </message>
    <message>
        <source>Edit and resend…</source>
        <translation type="vanished">编辑并重新发送…</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation type="vanished">编辑并重新发送</translation>
    </message>
    <message>
        <source>Start or open a conversation to change its settings.</source>
        <translation type="vanished">请先开始或打开一个对话再更改其设置。</translation>
    </message>
</context>
<context>
    <name>sb::ChatController</name>
    <message>
        <source>The conversation store is not open.</source>
        <translation type="vanished">对话存储未打开。</translation>
    </message>
    <message>
        <source>An answer is still being generated. Stop it first.</source>
        <translation type="vanished">仍在生成回答，请先停止。</translation>
    </message>
    <message>
        <source>Nothing can answer yet: add a provider key in Providers &amp; Budgets or load a local model in Models.</source>
        <translation type="vanished">暂时无法回答：请在“提供商与预算”中添加提供商密钥，或在“模型”中加载本地模型。</translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation type="vanished">请先选择模型。</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation type="vanished">请求失败（HTTP %1）。</translation>
    </message>
    <message>
        <source>There is no answer to regenerate.</source>
        <translation type="vanished">没有可重新生成的回答。</translation>
    </message>
</context>
<context>
    <name>sb::ChatView</name>
    <message>
        <source>Messages</source>
        <translation type="vanished">消息</translation>
    </message>
    <message>
        <source>Start a conversation: pick a model above, write below and press Ctrl+Enter.
Answers show the provider, tokens, cost and speed.</source>
        <translation type="vanished">开始对话：在上方选择模型，在下方输入并按 Ctrl+Enter。
回答会显示提供商、token 数、费用和速度。</translation>
    </message>
</context>
<context>
    <name>sb::ConversationListModel</name>
    <message>
        <source>%1
Last message: %2</source>
        <translation type="vanished">%1
最后一条消息：%2</translation>
    </message>
</context>
<context>
    <name>sb::ConversationModel</name>
    <message>
        <source>%1 in / %2 out tokens</source>
        <translation type="vanished">输入 %1 / 输出 %2 token</translation>
    </message>
    <message>
        <source>free</source>
        <translation type="vanished">免费</translation>
    </message>
    <message>
        <source>TTFT %1 ms</source>
        <translation type="vanished">TTFT %1 毫秒</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation type="vanished">%1 token/秒</translation>
    </message>
</context>
<context>
    <name>sb::ConversationSettingsDialog</name>
    <message>
        <source>Conversation settings</source>
        <translation type="vanished">对话设置</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="vanished">系统提示词</translation>
    </message>
    <message>
        <source>You are a helpful assistant.</source>
        <translation type="vanished">你是一个乐于助人的助手。</translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="vanished">设置</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="vanished">温度</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation type="vanished">Top p</translation>
    </message>
    <message>
        <source>Maximum answer tokens</source>
        <translation type="vanished">回答最大 token 数</translation>
    </message>
    <message>
        <source>provider default</source>
        <translation type="vanished">提供商默认值</translation>
    </message>
</context>
<context>
    <name>sb::FineTuneArea</name>
    <message>
        <source>Fine-tune</source>
        <translation type="vanished">微调</translation>
    </message>
    <message>
        <source>No fine-tuning runs yet. Load a local model first, then choose a JSONL dataset to train a LoRA adapter.</source>
        <translation type="vanished">还没有微调任务。请先加载本地模型，然后选择一个 JSONL 数据集来训练 LoRA 适配器。</translation>
    </message>
</context>
<context>
    <name>sb::KeychainKeyStore</name>
    <message>
        <source>read</source>
        <translation type="vanished">读取</translation>
    </message>
    <message>
        <source>store</source>
        <translation type="vanished">保存</translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="vanished">删除</translation>
    </message>
</context>
<context>
    <name>sb::LocalServerPanel</name>
    <message>
        <source>Local OpenAI-compatible server</source>
        <translation type="vanished">本地 OpenAI 兼容服务器</translation>
    </message>
    <message>
        <source>Serve /v1 on this computer</source>
        <translation type="vanished">在本机提供 /v1 服务</translation>
    </message>
    <message>
        <source>Editors, scripts and agents on this machine can use Switchboard as their router.</source>
        <translation type="vanished">本机上的编辑器、脚本和智能体可以把 Switchboard 用作路由器。</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="vanished">端口：</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="vanished">URL：</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation type="vanished">服务器令牌</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="vanished">显示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="vanished">复制</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="vanished">轮换</translation>
    </message>
    <message>
        <source>Make a new token; clients using the old one get 401.</source>
        <translation type="vanished">生成新令牌；仍使用旧令牌的客户端将收到 401。</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation type="vanished">Bearer 令牌：</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="vanished">隐藏</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="vanished">已停止。</translation>
    </message>
    <message>
        <source>Could not start the server: %1</source>
        <translation type="vanished">无法启动服务器：%1</translation>
    </message>
    <message>
        <source>Running. Clients send the header &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation type="vanished">运行中。客户端需发送请求头 &quot;Authorization: Bearer &lt;token&gt;&quot;。</translation>
    </message>
    <message>
        <source>The token could not be saved in the keychain (%1); a new one is made at the next start.</source>
        <translation type="vanished">无法将令牌保存到钥匙串（%1）；下次启动时将生成新令牌。</translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="vanished">未运行</translation>
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
        <translation type="vanished">区域</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="vanished">聊天</translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="vanished">模型</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation type="vanished">微调</translation>
    </message>
    <message>
        <source>Providers &amp; Budgets</source>
        <translation type="vanished">提供商与预算</translation>
    </message>
    <message>
        <source>Usage &amp; Billing</source>
        <translation type="vanished">用量与账单</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="vanished">就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation type="vanished">关于 Switchboard(&amp;A)</translation>
    </message>
</context>
<context>
    <name>sb::MessageDelegate</name>
    <message>
        <source>You</source>
        <translation type="vanished">你</translation>
    </message>
    <message>
        <source>System</source>
        <translation type="vanished">系统</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="vanished">助手</translation>
    </message>
    <message>
        <source>Hide thinking</source>
        <translation type="vanished">隐藏思考过程</translation>
    </message>
    <message>
        <source>Show thinking</source>
        <translation type="vanished">显示思考过程</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="vanished">复制</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation type="vanished">正在生成…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="vanished">已停止</translation>
    </message>
</context>
<context>
    <name>sb::ModelPicker</name>
    <message>
        <source>Model</source>
        <translation type="vanished">模型</translation>
    </message>
    <message>
        <source>Provider choice</source>
        <translation type="vanished">提供商选择</translation>
    </message>
    <message>
        <source>How the router picks the provider for this model</source>
        <translation type="vanished">路由器如何为此模型选择提供商</translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation type="vanished">%1（本地）</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation type="vanished">在本机上</translation>
    </message>
    <message>
        <source>auto: cheapest</source>
        <translation type="vanished">自动：最便宜</translation>
    </message>
    <message>
        <source>auto: fastest</source>
        <translation type="vanished">自动：最快</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation type="vanished">仅 %1</translation>
    </message>
</context>
<context>
    <name>sb::ModelsArea</name>
    <message>
        <source>Local model</source>
        <translation type="vanished">本地模型</translation>
    </message>
    <message>
        <source>Run SmolLM3 on this computer, offline. Open a Hugging Face model folder (config.json, tokenizer.json, *.safetensors) or a GGUF file.</source>
        <translation type="vanished">在本机离线运行 SmolLM3。打开 Hugging Face 模型文件夹（config.json、tokenizer.json、*.safetensors）或 GGUF 文件。</translation>
    </message>
    <message>
        <source>Model and device</source>
        <translation type="vanished">模型与设备</translation>
    </message>
    <message>
        <source>Model folder or .gguf file</source>
        <translation type="vanished">模型文件夹或 .gguf 文件</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="vanished">文件夹…</translation>
    </message>
    <message>
        <source>GGUF file…</source>
        <translation type="vanished">GGUF 文件…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="vanished">模型：</translation>
    </message>
    <message>
        <source>Automatic (GPU if possible)</source>
        <translation type="vanished">自动（尽可能使用 GPU）</translation>
    </message>
    <message>
        <source>Vulkan GPU</source>
        <translation type="vanished">Vulkan GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="vanished">CPU</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation type="vanished">后端：</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation type="vanished">最佳可用</translation>
    </message>
    <message>
        <source>No Vulkan device: %1</source>
        <translation type="vanished">没有 Vulkan 设备：%1</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="vanished">设备：</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation type="vanished"> token</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation type="vanished">上下文：</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation type="vanished">加载模型</translation>
    </message>
    <message>
        <source>No local model loaded.</source>
        <translation type="vanished">未加载本地模型。</translation>
    </message>
    <message>
        <source>Loaded model</source>
        <translation type="vanished">已加载的模型</translation>
    </message>
    <message>
        <source>Open model folder</source>
        <translation type="vanished">打开模型文件夹</translation>
    </message>
    <message>
        <source>Open GGUF model</source>
        <translation type="vanished">打开 GGUF 模型</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="vanished">GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a model folder or a GGUF file first.</source>
        <translation type="vanished">请先选择模型文件夹或 GGUF 文件。</translation>
    </message>
    <message>
        <source>Checking %p%</source>
        <translation type="vanished">正在检查 %p%</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="vanished">正在加载 %1…</translation>
    </message>
    <message>
        <source>Uploading weights %p%</source>
        <translation type="vanished">正在上传权重 %p%</translation>
    </message>
    <message>
        <source>Could not load the model: %1</source>
        <translation type="vanished">无法加载模型：%1</translation>
    </message>
    <message>
        <source>Loaded %1 on the %2 backend.</source>
        <translation type="vanished">已在 %2 后端上加载 %1。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="vanished">注意：%1</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="vanished">格式：</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation type="vanished">层数：</translation>
    </message>
    <message>
        <source>Hidden size:</source>
        <translation type="vanished">隐藏层大小：</translation>
    </message>
    <message>
        <source>Attention heads:</source>
        <translation type="vanished">注意力头：</translation>
    </message>
    <message>
        <source>%1 query, %2 key/value</source>
        <translation type="vanished">查询 %1，键/值 %2</translation>
    </message>
    <message>
        <source>Vocabulary:</source>
        <translation type="vanished">词表：</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="vanished">参数：</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation type="vanished">权重：</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="vanished">%1 个 token</translation>
    </message>
</context>
<context>
    <name>sb::ProvidersArea</name>
    <message>
        <source>Providers (drag to set the preferred order)</source>
        <translation type="vanished">提供商（拖动以设置优先顺序）</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="vanished">提供商</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="vanished">提供商</translation>
    </message>
    <message>
        <source>API key (masked)</source>
        <translation type="vanished">API 密钥（已遮蔽）</translation>
    </message>
    <message>
        <source>Set key…</source>
        <translation type="vanished">设置密钥…</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation type="vanished">删除密钥</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="vanished">测试连接</translation>
    </message>
    <message>
        <source>Budgets (USD; a request whose worst case would cross a hard limit is refused)</source>
        <translation type="vanished">预算（USD；最坏情况下会超出硬性上限的请求将被拒绝）</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation type="vanished">预算</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="vanished">适用于</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="vanished">周期</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation type="vanished">硬性上限</translation>
    </message>
    <message>
        <source>Warn at</source>
        <translation type="vanished">预警阈值</translation>
    </message>
    <message>
        <source>Spent now</source>
        <translation type="vanished">当前支出</translation>
    </message>
    <message>
        <source>Add budget</source>
        <translation type="vanished">添加预算</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation type="vanished">删除预算</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="vanished">应用</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation type="vanished">%1 的 API 密钥</translation>
    </message>
    <message>
        <source>Key (stored in your system keychain)</source>
        <translation type="vanished">密钥（保存在系统钥匙串中）</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 wire format · %n model(s): %3</source>
        <translation type="vanished">
            <numerusform>%1 · %2 格式 · %n 个模型：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation type="vanished">在本机上</translation>
    </message>
    <message>
        <source>No key needed</source>
        <translation type="vanished">无需密钥</translation>
    </message>
    <message>
        <source>Key: reading the keychain…</source>
        <translation type="vanished">密钥：正在读取钥匙串…</translation>
    </message>
    <message>
        <source>Key: none stored</source>
        <translation type="vanished">密钥：未保存</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="vanished">密钥：%1</translation>
    </message>
    <message>
        <source>Testing %1 with %2…</source>
        <translation type="vanished">正在用 %2 测试 %1…</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms (cost %3).</source>
        <translation type="vanished">已连接：%1 在 %2 毫秒内响应（费用 %3）。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="vanished">失败：%1</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="vanished">所有提供商</translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="vanished">每日</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="vanished">每月</translation>
    </message>
    <message>
        <source>(apply to see)</source>
        <translation type="vanished">（应用后显示）</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation type="vanished">%1 / %2%3</translation>
    </message>
    <message>
        <source> · exhausted</source>
        <translation type="vanished"> · 已用尽</translation>
    </message>
    <message>
        <source> · warning</source>
        <translation type="vanished"> · 警告</translation>
    </message>
</context>
<context>
    <name>sb::UsageArea</name>
    <message>
        <source>Period</source>
        <translation type="vanished">周期</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="vanished">最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="vanished">最近 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="vanished">本月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="vanished">最近 12 个月</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="vanished">自定义</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="vanished">从</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="vanished">到</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="vanished">分组方式</translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="vanished">按天</translation>
    </message>
    <message>
        <source>per week</source>
        <translation type="vanished">按周</translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="vanished">按月</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">导出 CSV…</translation>
    </message>
    <message>
        <source>from</source>
        <translation type="vanished">从</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="vanished">到</translation>
    </message>
    <message>
        <source>Usage &amp; Billing</source>
        <translation type="vanished">用量与账单</translation>
    </message>
    <message>
        <source>No requests recorded yet. Cost and latency per provider appear here as soon as requests complete.</source>
        <translation type="vanished">还没有请求记录。请求完成后，这里会显示每个提供商的费用和延迟。</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation type="vanished">预算</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="vanished">费用</translation>
    </message>
    <message>
        <source>Speed &amp;&amp; reliability</source>
        <translation type="vanished">速度与可靠性</translation>
    </message>
    <message>
        <source>Bill by month, provider and model</source>
        <translation type="vanished">按月份、提供商和模型的账单</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="vanished">账单</translation>
    </message>
    <message>
        <source>Export bill</source>
        <translation type="vanished">导出账单</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="vanished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read the ledger: %1</source>
        <translation type="vanished">无法读取账本：%1</translation>
    </message>
    <message>
        <source>%1 requests · %2 · %3% after failover</source>
        <translation type="vanished">%1 个请求 · %2 · 故障转移后 %3%</translation>
    </message>
    <message>
        <source>No budgets set. Add daily or monthly limits in Providers &amp; Budgets.</source>
        <translation type="vanished">未设置预算。请在“提供商与预算”中添加每日或每月上限。</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="vanished">%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">无法写入 %1：%2</translation>
    </message>
</context>
</TS>
