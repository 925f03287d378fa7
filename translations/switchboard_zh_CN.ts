<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HubApi</name>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="25"/>
        <source>%1 (revision %2)</source>
        <translation>%1（修订版 %2）</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="26"/>
        <source>%1 in %2 (revision %3)</source>
        <translation>%2 中的 %1（修订版 %3）</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="140"/>
        <source>The file list of %1 is not a JSON array (%2).</source>
        <translation>%1 的文件列表不是 JSON 数组（%2）。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="143"/>
        <source>unexpected shape</source>
        <translation>结构不符合预期</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="155"/>
        <source>The file list of %1 names an unsafe path: &quot;%2&quot;.</source>
        <translation>%1 的文件列表包含不安全的路径：“%2”。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="189"/>
        <source>Access to %1 was refused (HTTP %2) with the Hugging Face token that is stored: the repository is gated or private. Accept its terms on the Hub with the token&apos;s account, or store a token that has access under &quot;huggingface&quot; in Providers &amp; Budgets.</source>
        <translation>使用已保存的 Hugging Face 令牌访问 %1 被拒绝（HTTP %2）：该仓库受限或为私有。请用该令牌所属账号在 Hub 上接受其条款，或在“提供商与预算”中的“huggingface”下保存一个有访问权限的令牌。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="194"/>
        <source>%1 needs a Hugging Face token (HTTP %2): the repository is gated, private or does not exist. Store a token under &quot;huggingface&quot; in Providers &amp; Budgets and try again.</source>
        <translation>%1 需要 Hugging Face 令牌（HTTP %2）：该仓库受限、为私有或不存在。请在“提供商与预算”中的“huggingface”下保存令牌，然后重试。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="201"/>
        <source>Repository %1 was not found on the Hub (HTTP 404).</source>
        <translation>在 Hub 上找不到仓库 %1（HTTP 404）。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="203"/>
        <source>Revision %1 of %2 was not found (HTTP 404).</source>
        <translation>找不到 %2 的修订版 %1（HTTP 404）。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="205"/>
        <source>Not found: %1 (HTTP 404).</source>
        <translation>未找到：%1（HTTP 404）。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="207"/>
        <source>Asked for %1.</source>
        <translation>请求的是 %1。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="212"/>
        <source>The Hub answered HTTP %1 for %2.</source>
        <translation>Hub 对 %2 返回了 HTTP %1。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="224"/>
        <source>The connection failed while fetching %1: %2.</source>
        <translation>获取 %1 时连接失败：%2。</translation>
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
        <translation>无法%1 %2 的密钥：钥匙串拒绝访问。%3</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="30"/>
        <source>Cannot %1 the %2 key: %3</source>
        <translation>无法%1 %2 的密钥：%3</translation>
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
        <translation>关于 Switchboard</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="20"/>
        <source>One place to talk to language models: the local SmolLM3 on Vulkan and remote providers through one router.</source>
        <translation>与语言模型对话的统一入口：在 Vulkan 上运行的本地 SmolLM3，以及通过同一个路由器访问的远程提供商。</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="29"/>
        <source>Vulkan device: %1</source>
        <translation>Vulkan 设备：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="30"/>
        <source>No Vulkan device (%1). The local model runs on the CPU.</source>
        <translation>没有 Vulkan 设备（%1）。本地模型将在 CPU 上运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="34"/>
        <source>Qt %1. Licensed under the Apache License 2.0.</source>
        <translation>Qt %1。采用 Apache License 2.0 许可。</translation>
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
            <numerusform>%n 个请求未报告用量；其 token 数为估算值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="93"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="95"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="97"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="99"/>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="101"/>
        <source>Tokens in</source>
        <translation>输入 token</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="103"/>
        <source>Tokens out</source>
        <translation>输出 token</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="105"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
</context>
<context>
    <name>sb::Budget</name>
    <message>
        <location filename="../router/budget/Budget.cpp" line="13"/>
        <source>daily</source>
        <translation type="unfinished">每日</translation>
    </message>
    <message>
        <location filename="../router/budget/Budget.cpp" line="14"/>
        <source>monthly</source>
        <translation type="unfinished">每月</translation>
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
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="74"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="76"/>
        <source>Search conversations (%1)</source>
        <translation>搜索对话（%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="80"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="83"/>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="82"/>
        <source>New chat (%1)</source>
        <translation>新建聊天（%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="89"/>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="107"/>
        <source>Think</source>
        <translation>思考</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="108"/>
        <source>Thinking</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="109"/>
        <source>Let SmolLM3 reason before it answers (/think) or answer directly (/no_think)</source>
        <translation>让 SmolLM3 在回答前先推理（/think），或直接回答（/no_think）</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="112"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="113"/>
        <source>Conversation settings</source>
        <translation>对话设置</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="116"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="117"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="475"/>
        <source>Export conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="120"/>
        <source>As Markdown…</source>
        <translation>导出为 Markdown…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="121"/>
        <source>As JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="167"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="596"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="172"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="176"/>
        <source>Send (%1)</source>
        <translation>发送（%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="177"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="180"/>
        <source>Stop generating (%1)</source>
        <translation>停止生成（%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="181"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="587"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="242"/>
        <source>%1 tokens/s</source>
        <translation type="unfinished">%1 token/秒</translation>
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
        <translation>无法保存对话：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="374"/>
        <source>Offline · using the local model</source>
        <translation>离线 · 正在使用本地模型</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="374"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="375"/>
        <source>No network: requests go to the local model.</source>
        <translation>无网络：请求将发送到本地模型。</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="376"/>
        <source>No network and no local model: load one in Models to chat offline.</source>
        <translation>无网络且无本地模型：请在“模型”中加载一个以便离线聊天。</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="458"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="563"/>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="563"/>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="565"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="566"/>
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="567"/>
        <source>Delete &quot;%1&quot; and all its messages?</source>
        <translation>删除“%1”及其所有消息？</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="582"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="584"/>
        <source>Edit and resend…</source>
        <translation>编辑并重新发送…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="596"/>
        <source>Edit and resend</source>
        <translation>编辑并重新发送</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="604"/>
        <source>Start or open a conversation to change its settings.</source>
        <translation>请先开始或打开一个对话再更改其设置。</translation>
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
        <translation>对话存储未打开。</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="116"/>
        <location filename="../app/gui/chat/ChatController.cpp" line="285"/>
        <location filename="../app/gui/chat/ChatController.cpp" line="302"/>
        <source>An answer is still being generated. Stop it first.</source>
        <translation>仍在生成回答，请先停止。</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="118"/>
        <source>Nothing can answer yet: add a provider key in Providers &amp; Budgets or load a local model in Models.</source>
        <translation>暂时无法回答：请在“提供商与预算”中添加提供商密钥，或在“模型”中加载本地模型。</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="149"/>
        <source>Choose a model first.</source>
        <translation>请先选择模型。</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="247"/>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="292"/>
        <source>There is no answer to regenerate.</source>
        <translation>没有可重新生成的回答。</translation>
    </message>
</context>
<context>
    <name>sb::ChatView</name>
    <message>
        <location filename="../app/gui/chat/ChatView.cpp" line="20"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatView.cpp" line="229"/>
        <source>Start a conversation: pick a model above, write below and press Ctrl+Enter.
Answers show the provider, tokens, cost and speed.</source>
        <translation>开始对话：在上方选择模型，在下方输入并按 Ctrl+Enter。
回答会显示提供商、token 数、费用和速度。</translation>
    </message>
</context>
<context>
    <name>sb::ConversationListModel</name>
    <message>
        <location filename="../app/gui/chat/ConversationListModel.cpp" line="62"/>
        <source>%1
Last message: %2</source>
        <translation>%1
最后一条消息：%2</translation>
    </message>
</context>
<context>
    <name>sb::ConversationModel</name>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="191"/>
        <source>%1 in / %2 out tokens</source>
        <translation>输入 %1 / 输出 %2 token</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="195"/>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="197"/>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 毫秒</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="199"/>
        <source>%1 tok/s</source>
        <translation>%1 token/秒</translation>
    </message>
</context>
<context>
    <name>sb::ConversationSettingsDialog</name>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="17"/>
        <source>Conversation settings</source>
        <translation>对话设置</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="22"/>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="24"/>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="23"/>
        <source>You are a helpful assistant.</source>
        <translation>你是一个乐于助人的助手。</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="36"/>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="46"/>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="40"/>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="44"/>
        <source>Temperature</source>
        <translation>温度</translation>
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
        <translation>回答最大 token 数</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="60"/>
        <source>provider default</source>
        <translation>提供商默认值</translation>
    </message>
</context>
<context>
    <name>sb::CustomEndpointDialog</name>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="32"/>
        <source>Custom OpenAI-compatible endpoint</source>
        <translation>自定义 OpenAI 兼容端点</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="37"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="38"/>
        <source>e.g. vLLM on the GPU box</source>
        <translation>例如：GPU 服务器上的 vLLM</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="41"/>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="49"/>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="45"/>
        <source>API key (optional)</source>
        <translation>API 密钥（可选）</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="47"/>
        <source>optional; stored in your system keychain</source>
        <translation>可选；保存在系统钥匙串中</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="48"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="50"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="55"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Model id</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Context (tokens)</source>
        <translation>上下文（token）</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Input $/M tokens</source>
        <translation>输入 $/百万 token</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Output $/M tokens</source>
        <translation>输出 $/百万 token</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="63"/>
        <source>Add model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="65"/>
        <source>Remove model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="67"/>
        <source>Fetch models</source>
        <translation>获取模型</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="69"/>
        <source>Asks the server for its model list (GET base URL/models)</source>
        <translation>向服务器请求其模型列表（GET 基础 URL/models）</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="105"/>
        <source>unchanged (type a new key to replace it)</source>
        <translation>未更改（输入新密钥以替换）</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="142"/>
        <source>Give the endpoint a name.</source>
        <translation>请为端点命名。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="145"/>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="191"/>
        <source>Base URL: %1</source>
        <translation>基础 URL：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="157"/>
        <source>Model &apos;%1&apos; is listed twice.</source>
        <translation>模型“%1”重复列出。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="165"/>
        <source>Model &apos;%1&apos;: the context window must be a positive number of tokens.</source>
        <translation>模型“%1”：上下文窗口必须是正数个 token。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="174"/>
        <source>Model &apos;%1&apos;: prices are USD per million tokens, 0 or more.</source>
        <translation>模型“%1”：价格以每百万 token 的美元计，须为 0 或以上。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="181"/>
        <source>List at least one model (type its id or use Fetch models).</source>
        <translation>请至少列出一个模型（输入其 ID 或使用“获取模型”）。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="197"/>
        <source>Asking %1/models…</source>
        <translation>正在请求 %1/models…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="201"/>
        <source>Could not fetch the models: %1</source>
        <translation>无法获取模型：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="218"/>
        <source>The server lists %n model(s); %1 added.</source>
        <translation>
            <numerusform>服务器列出了 %n 个模型；已添加 %1 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::DatasetPreviewPanel</name>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Tokens</source>
        <translation>token 数</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="51"/>
        <source>Tokens with a loss: the assistant&apos;s turns (all tokens for plain text)</source>
        <translation>计入损失的 token：助手的回合（纯文本则为全部 token）</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="53"/>
        <source>Dataset preview</source>
        <translation>数据集预览</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="95"/>
        <source>Choose a JSONL dataset: one {&quot;messages&quot;: [...]} or {&quot;text&quot;: ...} record per line.</source>
        <translation>选择一个 JSONL 数据集：每行一条 {&quot;messages&quot;: [...]} 或 {&quot;text&quot;: ...} 记录。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="99"/>
        <source>Choose a model (or load one in Models) to count tokens.</source>
        <translation>请选择模型（或在“模型”中加载一个）以统计 token。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="102"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="140"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="158"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="167"/>
        <source>&lt;b&gt;Error&lt;/b&gt; at line %1: %2</source>
        <translation>第 %1 行&lt;b&gt;错误&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="170"/>
        <source>%1 records · %2 tokens · %3 assistant tokens (tokenised with the model&apos;s tokenizer, chat template applied)</source>
        <translation>%1 条记录 · %2 个 token · %3 个助手 token（使用模型的分词器分词，已应用聊天模板）</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="175"/>
        <source>; the first %1 are shown</source>
        <translation>；仅显示前 %1 条</translation>
    </message>
</context>
<context>
    <name>sb::DeviceChoice</name>
    <message>
        <location filename="../app/gui/settings/DeviceChoice.cpp" line="21"/>
        <source>Automatic (best available)</source>
        <translation>自动（最佳可用）</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/DeviceChoice.cpp" line="36"/>
        <source>No Vulkan device: %1</source>
        <translation>没有 Vulkan 设备：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/DeviceChoice.cpp" line="61"/>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
</context>
<context>
    <name>sb::DownloadPanel</name>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="45"/>
        <source>Download from Hugging Face</source>
        <translation>从 Hugging Face 下载</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="55"/>
        <source>Hugging Face repository</source>
        <translation>Hugging Face 仓库</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="56"/>
        <source>owner/name</source>
        <translation>所有者/名称</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="59"/>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="61"/>
        <source>List files</source>
        <translation>列出文件</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="63"/>
        <source>List the repository&apos;s files</source>
        <translation>列出仓库中的文件</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="65"/>
        <source>Repository:</source>
        <translation>仓库：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="69"/>
        <source>Revision:</source>
        <translation>修订版：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="74"/>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="441"/>
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="75"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="76"/>
        <source>Choose the download folder</source>
        <translation>选择下载文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="79"/>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="84"/>
        <source>Files of the repository</source>
        <translation>仓库中的文件</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="88"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="88"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="88"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="94"/>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="240"/>
        <source>List the files to see their sizes.</source>
        <translation>列出文件以查看其大小。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="102"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="104"/>
        <source>Download the checked files</source>
        <translation>下载勾选的文件</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="105"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="107"/>
        <source>Pause the download</source>
        <translation>暂停下载</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="108"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="110"/>
        <source>Resume the download</source>
        <translation>继续下载</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="111"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="113"/>
        <source>Cancel the download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="114"/>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="116"/>
        <source>Open the downloaded model</source>
        <translation>打开已下载的模型</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="126"/>
        <source>Progress of the current file</source>
        <translation>当前文件的进度</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="129"/>
        <source>Progress of the whole download</source>
        <translation>整个下载的进度</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="136"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="137"/>
        <source>Total:</source>
        <translation>总计：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="175"/>
        <source>%1 Trying again in %2 s…</source>
        <translation>%1 %2 秒后重试…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="178"/>
        <source>Downloaded and verified %1 files into %2.</source>
        <translation>已下载并校验 %1 个文件到 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="250"/>
        <source>Enter a repository as owner/name, for example %1.</source>
        <translation>请按“所有者/名称”格式输入仓库，例如 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="259"/>
        <source>Listing the files of %1…</source>
        <translation>正在列出 %1 的文件…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="278"/>
        <source>No file list.</source>
        <translation>没有文件列表。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="286"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="291"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="294"/>
        <source>%1 files in %2 at %3.</source>
        <translation>%2（修订版 %3）中共有 %1 个文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="316"/>
        <source>%1 files selected, %2 (the repository has %3 in %4 files).</source>
        <translation>已选择 %1 个文件，%2（仓库共有 %4 个文件，%3）。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="335"/>
        <source>Check at least one file to download.</source>
        <translation>请至少勾选一个要下载的文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="343"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="367"/>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="371"/>
        <source>unknown size</source>
        <translation>大小未知</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="368"/>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="369"/>
        <source>%1 of %2 (%p%)</source>
        <translation>%1 / %2（%p%）</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="374"/>
        <source>File %1 of %2 · %3/s · %4 left</source>
        <translation>第 %1 个文件，共 %2 个 · %3/秒 · 剩余 %4</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="380"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="380"/>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="382"/>
        <source>Checking the partial download of %1…</source>
        <translation>正在检查 %1 的部分下载…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="384"/>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="392"/>
        <source>Paused. Resume continues where it stopped, also after a restart.</source>
        <translation>已暂停。点击“继续”将从中断处接着下载，重启后也可以。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="395"/>
        <source>Cancelled. The partial file was deleted; finished files are kept.</source>
        <translation>已取消。未完成的文件已删除；已完成的文件会保留。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="408"/>
        <source>Resume continues the download.</source>
        <translation>点击“继续”可接着下载。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="412"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="419"/>
        <source>Verified</source>
        <translation>已校验</translation>
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
        <translation type="unfinished">无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sb::FileTransfer</name>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="74"/>
        <source>Refused to write &quot;%1&quot; from %2: the path leaves the destination folder.</source>
        <translation>已拒绝写入来自 %2 的“%1”：该路径超出了目标文件夹。</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="81"/>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="389"/>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>连接在传输 %1 / %2 字节后关闭</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="406"/>
        <source>The server keeps answering with other bytes than asked for %1 in %2; try again later.</source>
        <translation>服务器对 %2 中 %1 的请求持续返回不符的字节；请稍后重试。</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="437"/>
        <source>%1 from %2 is corrupt: its %3 is %4, the Hub lists %5. The partial download was deleted; download it again.</source>
        <translation>来自 %2 的 %1 已损坏：其 %3 为 %4，而 Hub 列出的是 %5。部分下载的文件已删除；请重新下载。</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="504"/>
        <source>Could not write %1 (%2 from %3): %4. The partial download is kept: free some disk space or fix the folder&apos;s permissions, then resume.</source>
        <translation>无法写入 %1（来自 %3 的 %2）：%4。部分下载的文件已保留：请释放一些磁盘空间或修正该文件夹的权限，然后继续下载。</translation>
    </message>
</context>
<context>
    <name>sb::FineTuneArea</name>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="127"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="128"/>
        <source>A Hugging Face model directory (config.json + safetensors)</source>
        <translation>Hugging Face 模型文件夹（config.json + safetensors）</translation>
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
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="136"/>
        <source>Model and data</source>
        <translation>模型与数据</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="138"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="142"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="195"/>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="139"/>
        <source>the loaded local model</source>
        <translation>已加载的本地模型</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="140"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="143"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="201"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="140"/>
        <source>train.jsonl</source>
        <translation>train.jsonl</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="141"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="141"/>
        <source>adapter directory</source>
        <translation>适配器文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="144"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="206"/>
        <source>Output directory</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="147"/>
        <source>Hyper-parameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="161"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="162"/>
        <source>Start a new run (replaces the adapter in the output directory)</source>
        <translation>开始新的训练（将替换输出文件夹中的适配器）</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="163"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="164"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="165"/>
        <source>Continue a paused run, or the checkpoint saved in the output directory</source>
        <translation>继续已暂停的训练，或从输出文件夹中保存的检查点继续</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="166"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="167"/>
        <source>Stop after this step and save a checkpoint</source>
        <translation>在此步完成后停止并保存检查点</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="168"/>
        <source>Chat with this adapter</source>
        <translation>使用此适配器聊天</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="169"/>
        <source>Serve base + adapter as a second local model in Chat, next to the base</source>
        <translation>将基础模型 + 适配器作为第二个本地模型在“聊天”中提供，与基础模型并列</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="189"/>
        <source>Base model directory</source>
        <translation>基础模型文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="195"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="201"/>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="271"/>
        <source>load a model in Models, or choose one</source>
        <translation>在“模型”中加载模型，或选择一个</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="272"/>
        <source>loaded: %1</source>
        <translation>已加载：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="343"/>
        <source>Paused at step %1 of %2.</source>
        <translation>已在第 %1 / %2 步暂停。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="347"/>
        <source>Cancelled at step %1 of %2; a checkpoint is saved, Resume continues from it.</source>
        <translation>已在第 %1 / %2 步取消；检查点已保存，点击“继续”可从该处接着训练。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="354"/>
        <source>Done: %1 steps; the adapter is in %2.</source>
        <translation>完成：共 %1 步；适配器位于 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="359"/>
        <source>Training stopped: %1</source>
        <translation>训练已停止：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="369"/>
        <source>Choose a base model, a dataset and an output directory first.</source>
        <translation>请先选择基础模型、数据集和输出文件夹。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="373"/>
        <source>Choose at least one target module.</source>
        <translation>请至少选择一个目标模块。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="380"/>
        <source>Loading the model and the dataset…</source>
        <translation>正在加载模型和数据集…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="391"/>
        <source>Pausing after this step…</source>
        <translation>将在此步完成后暂停…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="399"/>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="408"/>
        <source>No checkpoint to resume in %1.</source>
        <translation>%1 中没有可继续的检查点。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="418"/>
        <source>Resuming from the checkpoint at step %1…</source>
        <translation>正在从第 %1 步的检查点继续…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="429"/>
        <source>Cancelling after this step (saving a checkpoint)…</source>
        <translation>将在此步完成后取消（正在保存检查点）…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="448"/>
        <source>Training on %1: %2 records (%3 tokens), %4 for validation; %5 trainable parameters.</source>
        <translation>正在 %1 上训练：%2 条记录（%3 个 token），%4 条用于验证；%5 个可训练参数。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="454"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="473"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="525"/>
        <source>step %1 / %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="475"/>
        <source>loss %1</source>
        <translation>损失 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="476"/>
        <source>loss %1 · validation %2</source>
        <translation>损失 %1 · 验证 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="479"/>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="481"/>
        <source>ETA %1</source>
        <translation>预计剩余 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="527"/>
        <source>This folder holds a run at step %1 of %2: Resume continues it, Start begins anew.</source>
        <translation>此文件夹中有一个进行到第 %1 / %2 步的训练：点击“继续”可接着训练，点击“开始”将重新开始。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="530"/>
        <source>This folder holds a finished run (%1 steps).</source>
        <translation>此文件夹中有一个已完成的训练（%1 步）。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="549"/>
        <source>Loading %1 with the adapter…</source>
        <translation>正在加载 %1 及适配器…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="561"/>
        <source>The adapter could not be loaded: %1</source>
        <translation>无法加载适配器：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="565"/>
        <source>&quot;%1&quot; is in Chat&apos;s model picker next to the base model.</source>
        <translation>“%1”已出现在“聊天”的模型选择器中，位于基础模型旁边。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="612"/>
        <source>VRAM %1 MiB</source>
        <translation>显存 %1 MiB</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="613"/>
        <source>VRAM: not used (CPU)</source>
        <translation>显存：未使用（CPU）</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="618"/>
        <source>memory %1 MiB</source>
        <translation>内存 %1 MiB</translation>
    </message>
</context>
<context>
    <name>sb::FineTuneSettingsForm</name>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="41"/>
        <source>Where training runs: the CPU, the GPU through Vulkan, or Auto (Vulkan when a device takes the model).</source>
        <translation>训练的运行位置：CPU、通过 Vulkan 使用 GPU，或“自动”（设备能容纳模型时使用 Vulkan）。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="53"/>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="54"/>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="55"/>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="56"/>
        <source>constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="58"/>
        <source>Warm-up steps</source>
        <translation>预热步数</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="63"/>
        <source>only at the end</source>
        <translation>仅在结束时</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="64"/>
        <source>Recompute activations (less memory, ~1.3x time)</source>
        <translation>重新计算激活值（更省内存，耗时约 1.3 倍）</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="77"/>
        <source>Adapt %1.%2</source>
        <translation>适配 %1.%2</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="88"/>
        <source>warm-up </source>
        <translation>预热 </translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="89"/>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="93"/>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="94"/>
        <source>Rank r</source>
        <translation>秩 r</translation>
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
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="98"/>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="99"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="100"/>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="101"/>
        <source>Gradient accumulation</source>
        <translation>梯度累积</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="102"/>
        <source>Sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="103"/>
        <source>Target modules</source>
        <translation>目标模块</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="104"/>
        <source>Validation split</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="105"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="106"/>
        <source>Save every N steps</source>
        <translation>每 N 步保存一次</translation>
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
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="81"/>
        <source>store</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="97"/>
        <source>remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>sb::LocalServerPanel</name>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="21"/>
        <source>Local OpenAI-compatible server</source>
        <translation>本地 OpenAI 兼容服务器</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="29"/>
        <source>Serve /v1 on this computer</source>
        <translation>在本机提供 /v1 服务</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="32"/>
        <source>Editors, scripts and agents on this machine can use Switchboard as their router.</source>
        <translation>本机上的编辑器、脚本和智能体可以把 Switchboard 用作路由器。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="35"/>
        <source>Server port</source>
        <translation>服务器端口</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="40"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="48"/>
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="55"/>
        <source>Server token</source>
        <translation>服务器令牌</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="56"/>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="87"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="58"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="59"/>
        <source>Rotate</source>
        <translation>轮换</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="61"/>
        <source>Make a new token; clients using the old one get 401.</source>
        <translation>生成新令牌；仍使用旧令牌的客户端将收到 401。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="66"/>
        <source>Bearer token:</source>
        <translation>Bearer 令牌：</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="87"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="114"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="122"/>
        <source>Could not start the server: %1</source>
        <translation>无法启动服务器：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="131"/>
        <source>Running. Clients send the header &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>运行中。客户端需发送请求头 &quot;Authorization: Bearer &lt;token&gt;&quot;。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="178"/>
        <source>The token could not be saved in the keychain (%1); a new one is made at the next start.</source>
        <translation>无法将令牌保存到钥匙串（%1）；下次启动时将生成新令牌。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="188"/>
        <source>not running</source>
        <translation>未运行</translation>
    </message>
</context>
<context>
    <name>sb::LossChart</name>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="26"/>
        <source>Loss chart</source>
        <translation>损失曲线图</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="30"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="34"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="35"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="41"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="43"/>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
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
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="71"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="73"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="75"/>
        <source>Fine-tune</source>
        <translation>微调</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="76"/>
        <source>Providers &amp; Budgets</source>
        <translation>提供商与预算</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="77"/>
        <source>Usage &amp; Billing</source>
        <translation>用量与账单</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="107"/>
        <source>Loading %1 on this computer… %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="183"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="193"/>
        <source>Loading the local model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="348"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="349"/>
        <source>&amp;New chat</source>
        <translation>新建聊天(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="353"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="363"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="367"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="368"/>
        <source>&amp;Search conversations</source>
        <translation>搜索对话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="373"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="380"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="381"/>
        <source>&amp;About Switchboard</source>
        <translation>关于 Switchboard(&amp;A)</translation>
    </message>
</context>
<context>
    <name>sb::MessageDelegate</name>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="291"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="291"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="291"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="303"/>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="309"/>
        <source>Hide thinking</source>
        <translation>隐藏思考过程</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="310"/>
        <source>Show thinking</source>
        <translation>显示思考过程</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="340"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="353"/>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="355"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>sb::ModelPicker</name>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="46"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="50"/>
        <source>Provider choice</source>
        <translation>提供商选择</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="51"/>
        <source>How the router picks the provider for this model</source>
        <translation>路由器如何为此模型选择提供商</translation>
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
        <translation>在本机上</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="214"/>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="222"/>
        <source>auto: cheapest</source>
        <translation>自动：最便宜</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="223"/>
        <source>auto: fastest</source>
        <translation>自动：最快</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="221"/>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="226"/>
        <source>only %1</source>
        <translation>仅 %1</translation>
    </message>
</context>
<context>
    <name>sb::ModelsArea</name>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="35"/>
        <source>Local model</source>
        <translation>本地模型</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="37"/>
        <source>Run SmolLM3 on this computer, offline. Open a Hugging Face model folder (config.json, tokenizer.json, *.safetensors) or a GGUF file.</source>
        <translation>在本机离线运行 SmolLM3。打开 Hugging Face 模型文件夹（config.json、tokenizer.json、*.safetensors）或 GGUF 文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="49"/>
        <source>Model and device</source>
        <translation>模型与设备</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="54"/>
        <source>Model folder or GGUF file</source>
        <translation>模型文件夹或 GGUF 文件</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="55"/>
        <source>Model folder or .gguf file</source>
        <translation>模型文件夹或 .gguf 文件</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="57"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="58"/>
        <source>GGUF file…</source>
        <translation>GGUF 文件…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="62"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="66"/>
        <source>Automatic (GPU if possible)</source>
        <translation>自动（尽可能使用 GPU）</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="67"/>
        <source>Vulkan GPU</source>
        <translation>Vulkan GPU</translation>
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
        <translation>后端：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="74"/>
        <location filename="../app/gui/models/ModelsArea.cpp" line="278"/>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="81"/>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="82"/>
        <location filename="../app/gui/models/ModelsArea.cpp" line="289"/>
        <source>Context:</source>
        <translation>上下文：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="91"/>
        <source>Load model</source>
        <translation>加载模型</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="103"/>
        <source>No local model loaded.</source>
        <translation>未加载本地模型。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="109"/>
        <source>Loaded model</source>
        <translation>已加载的模型</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="164"/>
        <source>Open model folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="172"/>
        <source>Open GGUF model</source>
        <translation>打开 GGUF 模型</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="172"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="181"/>
        <source>Choose a model folder or a GGUF file first.</source>
        <translation>请先选择模型文件夹或 GGUF 文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="190"/>
        <location filename="../app/gui/models/ModelsArea.cpp" line="242"/>
        <source>Checking %p%</source>
        <translation>正在检查 %p%</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="191"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="242"/>
        <source>Uploading weights %p%</source>
        <translation>正在上传权重 %p%</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="252"/>
        <source>Could not load the model: %1</source>
        <translation>无法加载模型：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="258"/>
        <source>Loaded %1 on the %2 backend.</source>
        <translation>已在 %2 后端上加载 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="260"/>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="276"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="280"/>
        <source>Kernels:</source>
        <translation>计算内核：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="281"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="282"/>
        <source>Quantisation:</source>
        <translation>量化：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="283"/>
        <source>Layers:</source>
        <translation>层数：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="284"/>
        <source>Hidden size:</source>
        <translation>隐藏层大小：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="285"/>
        <source>Attention heads:</source>
        <translation>注意力头：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="285"/>
        <source>%1 query, %2 key/value</source>
        <translation>查询 %1，键/值 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="286"/>
        <source>Vocabulary:</source>
        <translation>词表：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="287"/>
        <source>Parameters:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="288"/>
        <source>Weights:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="289"/>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="291"/>
        <source>VRAM use:</source>
        <translation>显存占用：</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="291"/>
        <source>none (runs on the CPU)</source>
        <translation>无（在 CPU 上运行）</translation>
    </message>
</context>
<context>
    <name>sb::ProvidersArea</name>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="68"/>
        <source>Providers (drag to set the preferred order)</source>
        <translation>提供商（拖动以设置优先顺序）</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="72"/>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="77"/>
        <source>Add endpoint…</source>
        <translation>添加端点…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="80"/>
        <source>A custom OpenAI-compatible server: vLLM, llama-server, LM Studio, Ollama, any /v1 endpoint</source>
        <translation>自定义 OpenAI 兼容服务器：vLLM、llama-server、LM Studio、Ollama 或任何 /v1 端点</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="81"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="83"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="97"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="107"/>
        <source>API key (masked)</source>
        <translation>API 密钥（已遮蔽）</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="109"/>
        <source>Set key…</source>
        <translation>设置密钥…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="111"/>
        <source>Remove key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="113"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="139"/>
        <source>Budgets (USD; a request whose worst case would cross a hard limit is refused)</source>
        <translation>预算（USD；最坏情况下会超出硬性上限的请求将被拒绝）</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="143"/>
        <source>Budgets</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Hard limit</source>
        <translation>硬性上限</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Warn at</source>
        <translation>预警阈值</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Spent now</source>
        <translation>当前支出</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="149"/>
        <source>Add budget</source>
        <translation>添加预算</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="151"/>
        <source>Remove budget</source>
        <translation>删除预算</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="152"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="178"/>
        <source>API key for %1</source>
        <translation>%1 的 API 密钥</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="176"/>
        <source>Key (stored in your system keychain)</source>
        <translation>密钥（保存在系统钥匙串中）</translation>
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
        <translation>删除端点</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="191"/>
        <source>Remove %1 and its stored key?</source>
        <translation>删除 %1 及其已保存的密钥？</translation>
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
            <numerusform>%1 · %2 格式 · %n 个模型：%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="358"/>
        <source>on this computer</source>
        <translation>在本机上</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="371"/>
        <source>No key needed</source>
        <translation>无需密钥</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="380"/>
        <source>Key: reading the keychain…</source>
        <translation>密钥：正在读取钥匙串…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="386"/>
        <source>Key: cannot be read here (see below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="392"/>
        <source>Key: none stored</source>
        <translation>密钥：未保存</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="394"/>
        <source>Key: %1</source>
        <translation>密钥：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="460"/>
        <source>Testing %1 with %2…</source>
        <translation>正在用 %2 测试 %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="463"/>
        <source>Connected: %1 answered in %2 ms (cost %3).</source>
        <translation>已连接：%1 在 %2 毫秒内响应（费用 %3）。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="467"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="481"/>
        <source>The switch holds for this session only: %1</source>
        <translation>此开关仅对本次会话有效：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="496"/>
        <source>The order holds for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="504"/>
        <source>All providers</source>
        <translation>所有提供商</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="510"/>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="511"/>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="552"/>
        <source>The budgets hold for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="565"/>
        <source>(apply to see)</source>
        <translation>（应用后显示）</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="568"/>
        <source>%1 of %2%3</source>
        <translation>%1 / %2%3</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="570"/>
        <source> · exhausted</source>
        <translation> · 已用尽</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="571"/>
        <source> · warning</source>
        <translation> · 警告</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="622"/>
        <source>No router</source>
        <translation>没有路由器</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="639"/>
        <source>The endpoint was not saved: %1</source>
        <translation>端点未保存：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="657"/>
        <source>No provider &apos;%1&apos;</source>
        <translation>没有提供商“%1”</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="659"/>
        <source>The endpoint was not removed: %1</source>
        <translation>端点未删除：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="689"/>
        <source>Key rejected on %1: %2</source>
        <translation>密钥于 %1 被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="690"/>
        <source>the provider refused the key</source>
        <translation>提供商拒绝了该密钥</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="719"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="724"/>
        <source>%1 (key rejected)</source>
        <translation>%1（密钥被拒绝）</translation>
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
        <translation type="unfinished">未记录用量：%1</translation>
    </message>
    <message>
        <location filename="../app/common/RouterSetup.cpp" line="53"/>
        <source>Your providers.json was ignored: %1</source>
        <translation type="unfinished">已忽略你的 providers.json：%1</translation>
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
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="58"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="66"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="67"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="68"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="69"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="72"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="76"/>
        <source>Font size</source>
        <translation>字体大小</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="78"/>
        <source>System (%1 pt)</source>
        <translation>系统（%1 pt）</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="79"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="81"/>
        <source>&amp;Font size:</source>
        <translation>字体大小(&amp;F)：</translation>
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
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="96"/>
        <source>A new language takes effect after a restart.</source>
        <translation>新语言将在重启后生效。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="100"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="104"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="107"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="109"/>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="192"/>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="110"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="112"/>
        <source>Use the default data folder</source>
        <translation>使用默认数据文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="122"/>
        <source>Conversations, the usage ledger and downloaded models. A new folder is used from the next start; files are not moved. In use now: %1</source>
        <translation>对话、用量账本和已下载的模型。新文件夹将从下次启动起使用；文件不会被移动。当前使用：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="129"/>
        <source>&amp;Data folder:</source>
        <translation>数据文件夹(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="133"/>
        <source>Vulkan device</source>
        <translation>Vulkan 设备</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="137"/>
        <source>The GPU the local model loads on.</source>
        <translation>加载本地模型所用的 GPU。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="138"/>
        <source>&amp;Vulkan device:</source>
        <translation>Vulkan 设备(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="203"/>
        <source>The default folder (%1) is used from the next start. In use now: %2</source>
        <translation>将从下次启动起使用默认文件夹（%1）。当前使用：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="209"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="215"/>
        <source>%1 is used from the next start; files are not moved. In use now: %2</source>
        <translation>将从下次启动起使用 %1；文件不会被移动。当前使用：%2</translation>
    </message>
</context>
<context>
    <name>sb::UsageArea</name>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="62"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="67"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="71"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="75"/>
        <source>Group by</source>
        <translation>分组方式</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="76"/>
        <source>per day</source>
        <translation>按天</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="77"/>
        <source>per week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="78"/>
        <source>per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="79"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="86"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="88"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="96"/>
        <source>Usage &amp; Billing</source>
        <translation>用量与账单</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="97"/>
        <source>No requests recorded yet. Cost and latency per provider appear here as soon as requests complete.</source>
        <translation>还没有请求记录。请求完成后，这里会显示每个提供商的费用和延迟。</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="108"/>
        <source>Budgets</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="112"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="123"/>
        <source>Speed &amp;&amp; reliability</source>
        <translation>速度与可靠性</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="128"/>
        <source>Bill by month, provider and model</source>
        <translation>按月份、提供商和模型的账单</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="139"/>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="159"/>
        <location filename="../app/gui/usage/UsageArea.cpp" line="161"/>
        <source>Export bill</source>
        <translation>导出账单</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="159"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="304"/>
        <source>Cannot read the ledger: %1</source>
        <translation>无法读取账本：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="313"/>
        <source>%1 requests · %2 · %3% after failover</source>
        <translation>%1 个请求 · %2 · 故障转移后 %3%</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="331"/>
        <source>No budgets set. Add daily or monthly limits in Providers &amp; Budgets.</source>
        <translation>未设置预算。请在“提供商与预算”中添加每日或每月上限。</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="348"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="364"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sb::UsageCharts</name>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="61"/>
        <source>wk %1</source>
        <translation>第 %1 周</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="93"/>
        <source>Cost per provider (USD)</source>
        <translation>各提供商费用（USD）</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="117"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="123"/>
        <source>Time to first token (ms)</source>
        <translation>首个 token 延迟（毫秒）</translation>
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
        <translation>毫秒</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="143"/>
        <source>Output speed (tokens/s, median)</source>
        <translation>输出速度（token/秒，中位数）</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="144"/>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="154"/>
        <source>tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="161"/>
        <source>Success and failover (% of attempts)</source>
        <translation>成功与故障转移（尝试次数的 %）</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="162"/>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="163"/>
        <source>failed over</source>
        <translation>已故障转移</translation>
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
        <translation>欢迎使用 Switchboard</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="31"/>
        <source>Chat with SmolLM3 on this computer, offline, or with hosted models through your own provider keys, and see what every request costs and how fast it was. How would you like to start?</source>
        <translation>在本机离线与 SmolLM3 聊天，或通过你自己的提供商密钥使用托管模型，并查看每个请求的费用和速度。你想如何开始？</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="42"/>
        <source>The 3-billion-parameter model from Hugging Face; it runs on your GPU or, slower, on the CPU. Nothing leaves this computer.</source>
        <translation>来自 Hugging Face 的 30 亿参数模型；可在 GPU 上运行，也可在 CPU 上运行（较慢）。任何数据都不会离开本机。</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="45"/>
        <source>Open a local model…</source>
        <translation>打开本地模型…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="47"/>
        <source>Open a local model</source>
        <translation>打开本地模型</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="49"/>
        <source>A SmolLM3 folder (config.json, tokenizer.json, *.safetensors) or a GGUF file you already have.</source>
        <translation>你已有的 SmolLM3 文件夹（config.json、tokenizer.json、*.safetensors）或 GGUF 文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="51"/>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="53"/>
        <source>Add a provider key</source>
        <translation>添加提供商密钥</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="55"/>
        <source>OpenAI, Anthropic, Gemini, Groq and others, routed by price or speed within your budgets. Keys stay in your system keychain.</source>
        <translation>OpenAI、Anthropic、Gemini、Groq 等，在你的预算内按价格或速度路由。密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="64"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="66"/>
        <source>Skip the welcome</source>
        <translation>跳过欢迎页</translation>
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
        <translation>下载 SmolLM3（%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="89"/>
        <source>Download SmolLM3</source>
        <translation>下载 SmolLM3</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="105"/>
        <source>Model folder…</source>
        <translation>模型文件夹…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="106"/>
        <source>GGUF file…</source>
        <translation>GGUF 文件…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="109"/>
        <source>Open model folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="112"/>
        <source>Open GGUF model</source>
        <translation>打开 GGUF 模型</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="112"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>sb::dataPaths</name>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="71"/>
        <source>No folder chosen.</source>
        <translation>未选择文件夹。</translation>
    </message>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="74"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，而不是文件夹。</translation>
    </message>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="76"/>
        <source>%1 cannot be created.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="79"/>
        <source>%1 is not writable: %2</source>
        <translation>%1 不可写：%2</translation>
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
