<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>HubApi</name>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="25"/>
        <source>%1 (revision %2)</source>
        <translation>%1 (リビジョン %2)</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="26"/>
        <source>%1 in %2 (revision %3)</source>
        <translation>%2 の %1 (リビジョン %3)</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="140"/>
        <source>The file list of %1 is not a JSON array (%2).</source>
        <translation>%1 のファイル一覧が JSON 配列ではありません (%2)。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="143"/>
        <source>unexpected shape</source>
        <translation>想定外の形式</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="155"/>
        <source>The file list of %1 names an unsafe path: &quot;%2&quot;.</source>
        <translation>%1 のファイル一覧に安全でないパスが含まれています: &quot;%2&quot;。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="189"/>
        <source>Access to %1 was refused (HTTP %2) with the Hugging Face token that is stored: the repository is gated or private. Accept its terms on the Hub with the token&apos;s account, or store a token that has access under &quot;huggingface&quot; in Providers &amp; Budgets.</source>
        <translation>保存されている Hugging Face トークンでは %1 へのアクセスが拒否されました (HTTP %2): リポジトリはアクセス制限付きか非公開です。トークンのアカウントで Hub 上の利用規約に同意するか、アクセス権のあるトークンを「プロバイダーと予算」の &quot;huggingface&quot; に保存してください。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="194"/>
        <source>%1 needs a Hugging Face token (HTTP %2): the repository is gated, private or does not exist. Store a token under &quot;huggingface&quot; in Providers &amp; Budgets and try again.</source>
        <translation>%1 には Hugging Face トークンが必要です (HTTP %2): リポジトリはアクセス制限付きか非公開、または存在しません。「プロバイダーと予算」の &quot;huggingface&quot; にトークンを保存してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="201"/>
        <source>Repository %1 was not found on the Hub (HTTP 404).</source>
        <translation>リポジトリ %1 が Hub に見つかりませんでした (HTTP 404)。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="203"/>
        <source>Revision %1 of %2 was not found (HTTP 404).</source>
        <translation>%2 のリビジョン %1 が見つかりませんでした (HTTP 404)。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="205"/>
        <source>Not found: %1 (HTTP 404).</source>
        <translation>見つかりません: %1 (HTTP 404)。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="207"/>
        <source>Asked for %1.</source>
        <translation>要求したファイル: %1。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="212"/>
        <source>The Hub answered HTTP %1 for %2.</source>
        <translation>Hub が %2 に対して HTTP %1 を返しました。</translation>
    </message>
    <message>
        <location filename="../app/common/download/HubApi.cpp" line="224"/>
        <source>The connection failed while fetching %1: %2.</source>
        <translation>%1 の取得中に接続が失敗しました: %2。</translation>
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
        <translation>%2 のキーを%1できません: キーチェーンがアクセスを拒否しました。%3</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="30"/>
        <source>Cannot %1 the %2 key: %3</source>
        <translation>%2 のキーを%1できません: %3</translation>
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
        <translation>Switchboard について</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="20"/>
        <source>One place to talk to language models: the local SmolLM3 on Vulkan and remote providers through one router.</source>
        <translation>言語モデルと話すための一つの場所：Vulkan 上のローカル SmolLM3 と、一つのルーター経由のリモートプロバイダー。</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="29"/>
        <source>Vulkan device: %1</source>
        <translation>Vulkan デバイス: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="30"/>
        <source>No Vulkan device (%1). The local model runs on the CPU.</source>
        <translation>Vulkan デバイスがありません (%1)。ローカルモデルは CPU で実行されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="34"/>
        <source>Qt %1. Licensed under the Apache License 2.0.</source>
        <translation>Qt %1。Apache License 2.0 の下でライセンスされています。</translation>
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
            <numerusform>%n 件のリクエストは使用量を報告しなかったため、トークン数は推定値です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="93"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="95"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="97"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="99"/>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="101"/>
        <source>Tokens in</source>
        <translation>入力トークン</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="103"/>
        <source>Tokens out</source>
        <translation>出力トークン</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/BillingTableModel.cpp" line="105"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
</context>
<context>
    <name>sb::Budget</name>
    <message>
        <location filename="../router/budget/Budget.cpp" line="13"/>
        <source>daily</source>
        <translation type="unfinished">毎日</translation>
    </message>
    <message>
        <location filename="../router/budget/Budget.cpp" line="14"/>
        <source>monthly</source>
        <translation type="unfinished">毎月</translation>
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
        <translation>会話を検索</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="74"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="76"/>
        <source>Search conversations (%1)</source>
        <translation>会話を検索 (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="80"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="83"/>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="82"/>
        <source>New chat (%1)</source>
        <translation>新しいチャット (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="89"/>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="107"/>
        <source>Think</source>
        <translation>思考</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="108"/>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="109"/>
        <source>Let SmolLM3 reason before it answers (/think) or answer directly (/no_think)</source>
        <translation>SmolLM3 に回答前に推論させる (/think) か、直接回答させる (/no_think)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="112"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="113"/>
        <source>Conversation settings</source>
        <translation>会話の設定</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="116"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="117"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="475"/>
        <source>Export conversation</source>
        <translation>会話をエクスポート</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="120"/>
        <source>As Markdown…</source>
        <translation>Markdown として…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="121"/>
        <source>As JSON…</source>
        <translation>JSON として…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="167"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="596"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="172"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="176"/>
        <source>Send (%1)</source>
        <translation>送信 (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="177"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="180"/>
        <source>Stop generating (%1)</source>
        <translation>生成を停止 (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="181"/>
        <location filename="../app/gui/chat/ChatArea.cpp" line="587"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="242"/>
        <source>%1 tokens/s</source>
        <translation type="unfinished">%1 トークン/秒</translation>
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
        <translation>会話を保存できません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="374"/>
        <source>Offline · using the local model</source>
        <translation>オフライン · ローカルモデルを使用中</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="374"/>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="375"/>
        <source>No network: requests go to the local model.</source>
        <translation>ネットワークがありません: リクエストはローカルモデルに送られます。</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="376"/>
        <source>No network and no local model: load one in Models to chat offline.</source>
        <translation>ネットワークもローカルモデルもありません: オフラインでチャットするには「モデル」で読み込んでください。</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="458"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
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
        <translation>名前を変更</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="563"/>
        <source>Unpin</source>
        <translation>ピン留めを解除</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="563"/>
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="565"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="566"/>
        <source>Delete conversation</source>
        <translation>会話を削除</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="567"/>
        <source>Delete &quot;%1&quot; and all its messages?</source>
        <translation>「%1」とそのすべてのメッセージを削除しますか?</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="582"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="584"/>
        <source>Edit and resend…</source>
        <translation>編集して再送信…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="596"/>
        <source>Edit and resend</source>
        <translation>編集して再送信</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatArea.cpp" line="604"/>
        <source>Start or open a conversation to change its settings.</source>
        <translation>設定を変更するには会話を開始するか開いてください。</translation>
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
        <translation>会話ストアが開かれていません。</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="116"/>
        <location filename="../app/gui/chat/ChatController.cpp" line="285"/>
        <location filename="../app/gui/chat/ChatController.cpp" line="302"/>
        <source>An answer is still being generated. Stop it first.</source>
        <translation>回答を生成中です。先に停止してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="118"/>
        <source>Nothing can answer yet: add a provider key in Providers &amp; Budgets or load a local model in Models.</source>
        <translation>まだ応答できるものがありません: 「プロバイダーと予算」でキーを追加するか、「モデル」でローカルモデルを読み込んでください。</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="149"/>
        <source>Choose a model first.</source>
        <translation>先にモデルを選んでください。</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="247"/>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatController.cpp" line="292"/>
        <source>There is no answer to regenerate.</source>
        <translation>再生成する回答がありません。</translation>
    </message>
</context>
<context>
    <name>sb::ChatView</name>
    <message>
        <location filename="../app/gui/chat/ChatView.cpp" line="20"/>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ChatView.cpp" line="229"/>
        <source>Start a conversation: pick a model above, write below and press Ctrl+Enter.
Answers show the provider, tokens, cost and speed.</source>
        <translation>会話を始めましょう: 上でモデルを選び、下に入力して Ctrl+Enter を押します。
回答にはプロバイダー、トークン数、コスト、速度が表示されます。</translation>
    </message>
</context>
<context>
    <name>sb::ConversationListModel</name>
    <message>
        <location filename="../app/gui/chat/ConversationListModel.cpp" line="62"/>
        <source>%1
Last message: %2</source>
        <translation>%1
最後のメッセージ: %2</translation>
    </message>
</context>
<context>
    <name>sb::ConversationModel</name>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="191"/>
        <source>%1 in / %2 out tokens</source>
        <translation>入力 %1 / 出力 %2 トークン</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationModel.cpp" line="195"/>
        <source>free</source>
        <translation>無料</translation>
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
        <translation>会話の設定</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="22"/>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="24"/>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="23"/>
        <source>You are a helpful assistant.</source>
        <translation>あなたは役に立つアシスタントです。</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="36"/>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="46"/>
        <source>Set</source>
        <translation>設定</translation>
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
        <translation>回答の最大トークン数</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ConversationSettingsDialog.cpp" line="60"/>
        <source>provider default</source>
        <translation>プロバイダーの既定値</translation>
    </message>
</context>
<context>
    <name>sb::CustomEndpointDialog</name>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="32"/>
        <source>Custom OpenAI-compatible endpoint</source>
        <translation>カスタム OpenAI 互換エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="37"/>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="38"/>
        <source>e.g. vLLM on the GPU box</source>
        <translation>例: GPU マシン上の vLLM</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="41"/>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="49"/>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="45"/>
        <source>API key (optional)</source>
        <translation>API キー (任意)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="47"/>
        <source>optional; stored in your system keychain</source>
        <translation>任意。システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="48"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="50"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="55"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Model id</source>
        <translation>モデル ID</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Context (tokens)</source>
        <translation>コンテキスト (トークン)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Input $/M tokens</source>
        <translation>入力 $/100万トークン</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="57"/>
        <source>Output $/M tokens</source>
        <translation>出力 $/100万トークン</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="63"/>
        <source>Add model</source>
        <translation>モデルを追加</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="65"/>
        <source>Remove model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="67"/>
        <source>Fetch models</source>
        <translation>モデルを取得</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="69"/>
        <source>Asks the server for its model list (GET base URL/models)</source>
        <translation>サーバーにモデル一覧を問い合わせます (GET ベース URL/models)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="105"/>
        <source>unchanged (type a new key to replace it)</source>
        <translation>変更なし (置き換えるには新しいキーを入力)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="142"/>
        <source>Give the endpoint a name.</source>
        <translation>エンドポイントに名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="145"/>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="191"/>
        <source>Base URL: %1</source>
        <translation>ベース URL: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="157"/>
        <source>Model &apos;%1&apos; is listed twice.</source>
        <translation>モデル &apos;%1&apos; が重複しています。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="165"/>
        <source>Model &apos;%1&apos;: the context window must be a positive number of tokens.</source>
        <translation>モデル &apos;%1&apos;: コンテキストウィンドウは正のトークン数で指定してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="174"/>
        <source>Model &apos;%1&apos;: prices are USD per million tokens, 0 or more.</source>
        <translation>モデル &apos;%1&apos;: 価格は 100 万トークンあたりの USD で、0 以上を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="181"/>
        <source>List at least one model (type its id or use Fetch models).</source>
        <translation>モデルを 1 つ以上指定してください (ID を入力するか「モデルを取得」を使用)。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="197"/>
        <source>Asking %1/models…</source>
        <translation>%1/models に問い合わせ中…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="201"/>
        <source>Could not fetch the models: %1</source>
        <translation>モデルを取得できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/providers/CustomEndpointDialog.cpp" line="218"/>
        <source>The server lists %n model(s); %1 added.</source>
        <translation>
            <numerusform>サーバーには %n 個のモデルがあります。%1 個を追加しました。</numerusform>
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
        <translation>ロール</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="49"/>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="51"/>
        <source>Tokens with a loss: the assistant&apos;s turns (all tokens for plain text)</source>
        <translation>損失の対象となるトークン: アシスタントのターン (プレーンテキストではすべてのトークン)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="53"/>
        <source>Dataset preview</source>
        <translation>データセットのプレビュー</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="95"/>
        <source>Choose a JSONL dataset: one {&quot;messages&quot;: [...]} or {&quot;text&quot;: ...} record per line.</source>
        <translation>JSONL データセットを選んでください: 1 行に 1 つの {&quot;messages&quot;: [...]} または {&quot;text&quot;: ...} レコード。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="99"/>
        <source>Choose a model (or load one in Models) to count tokens.</source>
        <translation>トークン数を数えるには、モデルを選んでください (または「モデル」で読み込んでください)。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="102"/>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="140"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="158"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="167"/>
        <source>&lt;b&gt;Error&lt;/b&gt; at line %1: %2</source>
        <translation>%1 行目で&lt;b&gt;エラー&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="170"/>
        <source>%1 records · %2 tokens · %3 assistant tokens (tokenised with the model&apos;s tokenizer, chat template applied)</source>
        <translation>%1 レコード · %2 トークン · アシスタント %3 トークン (モデルのトークナイザーでトークン化、チャットテンプレート適用済み)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/DatasetPreviewPanel.cpp" line="175"/>
        <source>; the first %1 are shown</source>
        <translation>。最初の %1 件を表示しています</translation>
    </message>
</context>
<context>
    <name>sb::DeviceChoice</name>
    <message>
        <location filename="../app/gui/settings/DeviceChoice.cpp" line="21"/>
        <source>Automatic (best available)</source>
        <translation>自動 (利用可能な最適なもの)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/DeviceChoice.cpp" line="36"/>
        <source>No Vulkan device: %1</source>
        <translation>Vulkan デバイスがありません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/DeviceChoice.cpp" line="61"/>
        <source>%1 (not found)</source>
        <translation>%1 (見つかりません)</translation>
    </message>
</context>
<context>
    <name>sb::DownloadPanel</name>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="45"/>
        <source>Download from Hugging Face</source>
        <translation>Hugging Face からダウンロード</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="55"/>
        <source>Hugging Face repository</source>
        <translation>Hugging Face リポジトリ</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="56"/>
        <source>owner/name</source>
        <translation>所有者/名前</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="59"/>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="61"/>
        <source>List files</source>
        <translation>ファイル一覧を表示</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="63"/>
        <source>List the repository&apos;s files</source>
        <translation>リポジトリのファイル一覧を表示</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="65"/>
        <source>Repository:</source>
        <translation>リポジトリ:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="69"/>
        <source>Revision:</source>
        <translation>リビジョン:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="74"/>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="441"/>
        <source>Download folder</source>
        <translation>ダウンロード先フォルダー</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="75"/>
        <source>Folder…</source>
        <translation>フォルダー…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="76"/>
        <source>Choose the download folder</source>
        <translation>ダウンロード先フォルダーを選択</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="79"/>
        <source>Save to:</source>
        <translation>保存先:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="84"/>
        <source>Files of the repository</source>
        <translation>リポジトリのファイル</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="88"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="88"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="88"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="94"/>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="240"/>
        <source>List the files to see their sizes.</source>
        <translation>ファイルの一覧を表示するとサイズがわかります。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="102"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="104"/>
        <source>Download the checked files</source>
        <translation>チェックしたファイルをダウンロード</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="105"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="107"/>
        <source>Pause the download</source>
        <translation>ダウンロードを一時停止</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="108"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="110"/>
        <source>Resume the download</source>
        <translation>ダウンロードを再開</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="111"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="113"/>
        <source>Cancel the download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="114"/>
        <source>Open model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="116"/>
        <source>Open the downloaded model</source>
        <translation>ダウンロードしたモデルを開く</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="126"/>
        <source>Progress of the current file</source>
        <translation>現在のファイルの進行状況</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="129"/>
        <source>Progress of the whole download</source>
        <translation>ダウンロード全体の進行状況</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="136"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="137"/>
        <source>Total:</source>
        <translation>合計:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="175"/>
        <source>%1 Trying again in %2 s…</source>
        <translation>%1 %2 秒後に再試行します…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="178"/>
        <source>Downloaded and verified %1 files into %2.</source>
        <translation>%1 個のファイルを %2 にダウンロードして検証しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="250"/>
        <source>Enter a repository as owner/name, for example %1.</source>
        <translation>リポジトリを「所有者/名前」の形式で入力してください (例: %1)。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="259"/>
        <source>Listing the files of %1…</source>
        <translation>%1 のファイル一覧を取得中…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="278"/>
        <source>No file list.</source>
        <translation>ファイル一覧がありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="286"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="291"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="294"/>
        <source>%1 files in %2 at %3.</source>
        <translation>%2 のリビジョン %3 に %1 個のファイルがあります。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="316"/>
        <source>%1 files selected, %2 (the repository has %3 in %4 files).</source>
        <translation>%1 個のファイルを選択、%2 (リポジトリ全体は %4 個のファイルで %3)。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="335"/>
        <source>Check at least one file to download.</source>
        <translation>ダウンロードするファイルを 1 つ以上チェックしてください。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="343"/>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="367"/>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="371"/>
        <source>unknown size</source>
        <translation>サイズ不明</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="368"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="369"/>
        <source>%1 of %2 (%p%)</source>
        <translation>%1 / %2 (%p%)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="374"/>
        <source>File %1 of %2 · %3/s · %4 left</source>
        <translation>ファイル %1 / %2 · %3/秒 · 残り %4</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="380"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="380"/>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="382"/>
        <source>Checking the partial download of %1…</source>
        <translation>%1 の途中までのダウンロードを確認中…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="384"/>
        <source>Checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="392"/>
        <source>Paused. Resume continues where it stopped, also after a restart.</source>
        <translation>一時停止しました。「再開」で中断した箇所から続行します (再起動後も可能)。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="395"/>
        <source>Cancelled. The partial file was deleted; finished files are kept.</source>
        <translation>キャンセルしました。途中までのファイルは削除されました。完了したファイルは残ります。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="408"/>
        <source>Resume continues the download.</source>
        <translation>「再開」でダウンロードを続行します。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="412"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DownloadPanel.cpp" line="419"/>
        <source>Verified</source>
        <translation>検証済み</translation>
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
        <translation type="unfinished">%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>sb::FileTransfer</name>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="74"/>
        <source>Refused to write &quot;%1&quot; from %2: the path leaves the destination folder.</source>
        <translation>%2 の &quot;%1&quot; の書き込みを拒否しました: パスが保存先フォルダーの外を指しています。</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="81"/>
        <source>cannot create the folder</source>
        <translation>フォルダーを作成できません</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="389"/>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>%2 バイト中 %1 バイトで接続が切断されました</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="406"/>
        <source>The server keeps answering with other bytes than asked for %1 in %2; try again later.</source>
        <translation>%2 の %1 について、サーバーが要求と異なるバイトを返し続けています。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="437"/>
        <source>%1 from %2 is corrupt: its %3 is %4, the Hub lists %5. The partial download was deleted; download it again.</source>
        <translation>%2 の %1 は破損しています: %3 が %4 ですが、Hub では %5 となっています。途中までのダウンロードは削除されました。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../app/common/download/FileTransfer.cpp" line="504"/>
        <source>Could not write %1 (%2 from %3): %4. The partial download is kept: free some disk space or fix the folder&apos;s permissions, then resume.</source>
        <translation>%1 (%3 の %2) を書き込めませんでした: %4。途中までのダウンロードは保持されています。ディスクの空き容量を確保するかフォルダーのアクセス権を修正してから、再開してください。</translation>
    </message>
</context>
<context>
    <name>sb::FineTuneArea</name>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="127"/>
        <source>Folder…</source>
        <translation>フォルダー…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="128"/>
        <source>A Hugging Face model directory (config.json + safetensors)</source>
        <translation>Hugging Face のモデルフォルダー (config.json + safetensors)</translation>
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
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="136"/>
        <source>Model and data</source>
        <translation>モデルとデータ</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="138"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="142"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="195"/>
        <source>Base model</source>
        <translation>ベースモデル</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="139"/>
        <source>the loaded local model</source>
        <translation>読み込み済みのローカルモデル</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="140"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="143"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="201"/>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="140"/>
        <source>train.jsonl</source>
        <translation>train.jsonl</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="141"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="141"/>
        <source>adapter directory</source>
        <translation>アダプターのフォルダー</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="144"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="206"/>
        <source>Output directory</source>
        <translation>出力フォルダー</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="147"/>
        <source>Hyper-parameters</source>
        <translation>ハイパーパラメーター</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="161"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="162"/>
        <source>Start a new run (replaces the adapter in the output directory)</source>
        <translation>新しい実行を開始 (出力フォルダー内のアダプターを置き換えます)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="163"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="164"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="165"/>
        <source>Continue a paused run, or the checkpoint saved in the output directory</source>
        <translation>一時停止した実行、または出力フォルダーに保存されたチェックポイントから続行</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="166"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="167"/>
        <source>Stop after this step and save a checkpoint</source>
        <translation>このステップの後に停止してチェックポイントを保存</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="168"/>
        <source>Chat with this adapter</source>
        <translation>このアダプターでチャット</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="169"/>
        <source>Serve base + adapter as a second local model in Chat, next to the base</source>
        <translation>ベースモデル + アダプターを、ベースモデルと並ぶ 2 つ目のローカルモデルとしてチャットで使えるようにします</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="189"/>
        <source>Base model directory</source>
        <translation>ベースモデルのフォルダー</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="195"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF モデル (*.gguf)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="201"/>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="271"/>
        <source>load a model in Models, or choose one</source>
        <translation>「モデル」でモデルを読み込むか、ここで選択</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="272"/>
        <source>loaded: %1</source>
        <translation>読み込み済み: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="343"/>
        <source>Paused at step %1 of %2.</source>
        <translation>ステップ %1 / %2 で一時停止しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="347"/>
        <source>Cancelled at step %1 of %2; a checkpoint is saved, Resume continues from it.</source>
        <translation>ステップ %1 / %2 でキャンセルしました。チェックポイントが保存されており、「再開」でそこから続行できます。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="354"/>
        <source>Done: %1 steps; the adapter is in %2.</source>
        <translation>完了: %1 ステップ。アダプターは %2 にあります。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="359"/>
        <source>Training stopped: %1</source>
        <translation>学習が停止しました: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="369"/>
        <source>Choose a base model, a dataset and an output directory first.</source>
        <translation>先にベースモデル、データセット、出力フォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="373"/>
        <source>Choose at least one target module.</source>
        <translation>対象モジュールを 1 つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="380"/>
        <source>Loading the model and the dataset…</source>
        <translation>モデルとデータセットを読み込み中…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="391"/>
        <source>Pausing after this step…</source>
        <translation>このステップの後に一時停止します…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="399"/>
        <source>Training…</source>
        <translation>学習中…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="408"/>
        <source>No checkpoint to resume in %1.</source>
        <translation>%1 に再開できるチェックポイントがありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="418"/>
        <source>Resuming from the checkpoint at step %1…</source>
        <translation>ステップ %1 のチェックポイントから再開中…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="429"/>
        <source>Cancelling after this step (saving a checkpoint)…</source>
        <translation>このステップの後にキャンセルします (チェックポイントを保存中)…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="448"/>
        <source>Training on %1: %2 records (%3 tokens), %4 for validation; %5 trainable parameters.</source>
        <translation>%1 で学習中: %2 レコード (%3 トークン)、検証用 %4。学習可能なパラメーター %5。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="454"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="473"/>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="525"/>
        <source>step %1 / %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="475"/>
        <source>loss %1</source>
        <translation>損失 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="476"/>
        <source>loss %1 · validation %2</source>
        <translation>損失 %1 · 検証 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="479"/>
        <source>%1 tokens/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="481"/>
        <source>ETA %1</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="527"/>
        <source>This folder holds a run at step %1 of %2: Resume continues it, Start begins anew.</source>
        <translation>このフォルダーにはステップ %1 / %2 の実行があります: 「再開」で続行、「開始」で最初からやり直します。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="530"/>
        <source>This folder holds a finished run (%1 steps).</source>
        <translation>このフォルダーには完了した実行 (%1 ステップ) があります。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="549"/>
        <source>Loading %1 with the adapter…</source>
        <translation>%1 をアダプター付きで読み込み中…</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="561"/>
        <source>The adapter could not be loaded: %1</source>
        <translation>アダプターを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="565"/>
        <source>&quot;%1&quot; is in Chat&apos;s model picker next to the base model.</source>
        <translation>「%1」はチャットのモデル選択でベースモデルの隣にあります。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="612"/>
        <source>VRAM %1 MiB</source>
        <translation>VRAM %1 MiB</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="613"/>
        <source>VRAM: not used (CPU)</source>
        <translation>VRAM: 未使用 (CPU)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneArea.cpp" line="618"/>
        <source>memory %1 MiB</source>
        <translation>メモリ %1 MiB</translation>
    </message>
</context>
<context>
    <name>sb::FineTuneSettingsForm</name>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="41"/>
        <source>Where training runs: the CPU, the GPU through Vulkan, or Auto (Vulkan when a device takes the model).</source>
        <translation>学習の実行場所: CPU、Vulkan 経由の GPU、または自動 (デバイスにモデルが収まる場合は Vulkan)。</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="53"/>
        <source>Learning-rate schedule</source>
        <translation>学習率スケジュール</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="54"/>
        <source>cosine</source>
        <translation>コサイン</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="55"/>
        <source>linear</source>
        <translation>線形</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="56"/>
        <source>constant</source>
        <translation>一定</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="58"/>
        <source>Warm-up steps</source>
        <translation>ウォームアップステップ数</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="63"/>
        <source>only at the end</source>
        <translation>最後のみ</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="64"/>
        <source>Recompute activations (less memory, ~1.3x time)</source>
        <translation>活性化を再計算 (メモリ削減、時間は約 1.3 倍)</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="77"/>
        <source>Adapt %1.%2</source>
        <translation>%1.%2 を適応対象にする</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="88"/>
        <source>warm-up </source>
        <translation>ウォームアップ </translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="89"/>
        <source> steps</source>
        <translation> ステップ</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="93"/>
        <source>Backend</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="94"/>
        <source>Rank r</source>
        <translation>ランク r</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="95"/>
        <source>Alpha</source>
        <translation>アルファ</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="96"/>
        <source>Dropout</source>
        <translation>ドロップアウト</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="97"/>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="98"/>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="99"/>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="100"/>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="101"/>
        <source>Gradient accumulation</source>
        <translation>勾配累積</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="102"/>
        <source>Sequence length</source>
        <translation>シーケンス長</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="103"/>
        <source>Target modules</source>
        <translation>対象モジュール</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="104"/>
        <source>Validation split</source>
        <translation>検証データの割合</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="105"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/FineTuneSettingsForm.cpp" line="106"/>
        <source>Save every N steps</source>
        <translation>N ステップごとに保存</translation>
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
        <translation>読み取り</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="81"/>
        <source>store</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../app/common/KeychainKeyStore.cpp" line="97"/>
        <source>remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>sb::LocalServerPanel</name>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="21"/>
        <source>Local OpenAI-compatible server</source>
        <translation>ローカル OpenAI 互換サーバー</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="29"/>
        <source>Serve /v1 on this computer</source>
        <translation>このコンピューターで /v1 を提供</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="32"/>
        <source>Editors, scripts and agents on this machine can use Switchboard as their router.</source>
        <translation>このマシン上のエディター、スクリプト、エージェントが Switchboard をルーターとして使えます。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="35"/>
        <source>Server port</source>
        <translation>サーバーのポート</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="40"/>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="48"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="55"/>
        <source>Server token</source>
        <translation>サーバートークン</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="56"/>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="87"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="58"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="59"/>
        <source>Rotate</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="61"/>
        <source>Make a new token; clients using the old one get 401.</source>
        <translation>新しいトークンを作成します。古いトークンを使うクライアントには 401 が返ります。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="66"/>
        <source>Bearer token:</source>
        <translation>Bearer トークン:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="87"/>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="114"/>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="122"/>
        <source>Could not start the server: %1</source>
        <translation>サーバーを起動できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="131"/>
        <source>Running. Clients send the header &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>実行中。クライアントはヘッダー &quot;Authorization: Bearer &lt;token&gt;&quot; を送信します。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="178"/>
        <source>The token could not be saved in the keychain (%1); a new one is made at the next start.</source>
        <translation>トークンをキーチェーンに保存できませんでした (%1)。次回起動時に新しいトークンが作成されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/LocalServerPanel.cpp" line="188"/>
        <source>not running</source>
        <translation>停止中</translation>
    </message>
</context>
<context>
    <name>sb::LossChart</name>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="26"/>
        <source>Loss chart</source>
        <translation>損失グラフ</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="30"/>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="34"/>
        <source>training</source>
        <translation>学習</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="35"/>
        <source>validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="41"/>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../app/gui/finetune/LossChart.cpp" line="43"/>
        <source>cross-entropy</source>
        <translation>交差エントロピー</translation>
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
        <translation>エリア</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="71"/>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="73"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="75"/>
        <source>Fine-tune</source>
        <translation>ファインチューニング</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="76"/>
        <source>Providers &amp; Budgets</source>
        <translation>プロバイダーと予算</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="77"/>
        <source>Usage &amp; Billing</source>
        <translation>使用量と請求</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="107"/>
        <source>Loading %1 on this computer… %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="183"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="193"/>
        <source>Loading the local model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="348"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="349"/>
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="353"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="363"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="367"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="368"/>
        <source>&amp;Search conversations</source>
        <translation>会話を検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="373"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="380"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="381"/>
        <source>&amp;About Switchboard</source>
        <translation>Switchboard について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>sb::MessageDelegate</name>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="291"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="291"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="291"/>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="303"/>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="309"/>
        <source>Hide thinking</source>
        <translation>思考を隠す</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="310"/>
        <source>Show thinking</source>
        <translation>思考を表示</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="340"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="353"/>
        <source>Generating…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/MessageDelegate.cpp" line="355"/>
        <source>Stopped</source>
        <translation>停止しました</translation>
    </message>
</context>
<context>
    <name>sb::ModelPicker</name>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="46"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="50"/>
        <source>Provider choice</source>
        <translation>プロバイダーの選択</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="51"/>
        <source>How the router picks the provider for this model</source>
        <translation>このモデルのプロバイダーをルーターがどう選ぶか</translation>
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
        <translation>このコンピューター上</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="214"/>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="222"/>
        <source>auto: cheapest</source>
        <translation>自動: 最安</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="223"/>
        <source>auto: fastest</source>
        <translation>自動: 最速</translation>
    </message>
    <message>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="221"/>
        <location filename="../app/gui/chat/ModelPicker.cpp" line="226"/>
        <source>only %1</source>
        <translation>%1 のみ</translation>
    </message>
</context>
<context>
    <name>sb::ModelsArea</name>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="35"/>
        <source>Local model</source>
        <translation>ローカルモデル</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="37"/>
        <source>Run SmolLM3 on this computer, offline. Open a Hugging Face model folder (config.json, tokenizer.json, *.safetensors) or a GGUF file.</source>
        <translation>このコンピューター上で SmolLM3 をオフライン実行します。Hugging Face のモデルフォルダー (config.json、tokenizer.json、*.safetensors) または GGUF ファイルを開いてください。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="49"/>
        <source>Model and device</source>
        <translation>モデルとデバイス</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="54"/>
        <source>Model folder or GGUF file</source>
        <translation>モデルフォルダーまたは GGUF ファイル</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="55"/>
        <source>Model folder or .gguf file</source>
        <translation>モデルフォルダーまたは .gguf ファイル</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="57"/>
        <source>Folder…</source>
        <translation>フォルダー…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="58"/>
        <source>GGUF file…</source>
        <translation>GGUF ファイル…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="62"/>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="66"/>
        <source>Automatic (GPU if possible)</source>
        <translation>自動 (可能なら GPU)</translation>
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
        <translation>バックエンド:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="74"/>
        <location filename="../app/gui/models/ModelsArea.cpp" line="278"/>
        <source>Device:</source>
        <translation>デバイス:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="81"/>
        <source> tokens</source>
        <translation> トークン</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="82"/>
        <location filename="../app/gui/models/ModelsArea.cpp" line="289"/>
        <source>Context:</source>
        <translation>コンテキスト:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="91"/>
        <source>Load model</source>
        <translation>モデルを読み込む</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="103"/>
        <source>No local model loaded.</source>
        <translation>ローカルモデルが読み込まれていません。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="109"/>
        <source>Loaded model</source>
        <translation>読み込まれたモデル</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="164"/>
        <source>Open model folder</source>
        <translation>モデルフォルダーを開く</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="172"/>
        <source>Open GGUF model</source>
        <translation>GGUF モデルを開く</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="172"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF モデル (*.gguf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="181"/>
        <source>Choose a model folder or a GGUF file first.</source>
        <translation>先にモデルフォルダーまたは GGUF ファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="190"/>
        <location filename="../app/gui/models/ModelsArea.cpp" line="242"/>
        <source>Checking %p%</source>
        <translation>確認中 %p%</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="191"/>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="242"/>
        <source>Uploading weights %p%</source>
        <translation>重みを転送中 %p%</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="252"/>
        <source>Could not load the model: %1</source>
        <translation>モデルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="258"/>
        <source>Loaded %1 on the %2 backend.</source>
        <translation>%1 を %2 バックエンドで読み込みました。</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="260"/>
        <source>Note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="276"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="280"/>
        <source>Kernels:</source>
        <translation>カーネル:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="281"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="282"/>
        <source>Quantisation:</source>
        <translation>量子化:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="283"/>
        <source>Layers:</source>
        <translation>レイヤー:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="284"/>
        <source>Hidden size:</source>
        <translation>隠れ層サイズ:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="285"/>
        <source>Attention heads:</source>
        <translation>アテンションヘッド:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="285"/>
        <source>%1 query, %2 key/value</source>
        <translation>クエリ %1、キー/バリュー %2</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="286"/>
        <source>Vocabulary:</source>
        <translation>語彙:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="287"/>
        <source>Parameters:</source>
        <translation>パラメーター:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="288"/>
        <source>Weights:</source>
        <translation>重み:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="289"/>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="291"/>
        <source>VRAM use:</source>
        <translation>VRAM 使用量:</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ModelsArea.cpp" line="291"/>
        <source>none (runs on the CPU)</source>
        <translation>なし (CPU で実行)</translation>
    </message>
</context>
<context>
    <name>sb::ProvidersArea</name>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="68"/>
        <source>Providers (drag to set the preferred order)</source>
        <translation>プロバイダー (ドラッグで優先順を設定)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="72"/>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="77"/>
        <source>Add endpoint…</source>
        <translation>エンドポイントを追加…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="80"/>
        <source>A custom OpenAI-compatible server: vLLM, llama-server, LM Studio, Ollama, any /v1 endpoint</source>
        <translation>カスタム OpenAI 互換サーバー: vLLM、llama-server、LM Studio、Ollama など、任意の /v1 エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="81"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="83"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="97"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="107"/>
        <source>API key (masked)</source>
        <translation>API キー (マスク表示)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="109"/>
        <source>Set key…</source>
        <translation>キーを設定…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="111"/>
        <source>Remove key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="113"/>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="139"/>
        <source>Budgets (USD; a request whose worst case would cross a hard limit is refused)</source>
        <translation>予算 (USD。最悪の場合に上限を超えるリクエストは拒否されます)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="143"/>
        <source>Budgets</source>
        <translation>予算</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Applies to</source>
        <translation>適用先</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Hard limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Warn at</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="145"/>
        <source>Spent now</source>
        <translation>現在の支出</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="149"/>
        <source>Add budget</source>
        <translation>予算を追加</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="151"/>
        <source>Remove budget</source>
        <translation>予算を削除</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="152"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="178"/>
        <source>API key for %1</source>
        <translation>%1 の API キー</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="176"/>
        <source>Key (stored in your system keychain)</source>
        <translation>キー (システムのキーチェーンに保存)</translation>
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
        <translation>エンドポイントを削除</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="191"/>
        <source>Remove %1 and its stored key?</source>
        <translation>%1 と保存されているキーを削除しますか?</translation>
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
            <numerusform>%1 · %2 形式 · %n 個のモデル: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="358"/>
        <source>on this computer</source>
        <translation>このコンピューター上</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="371"/>
        <source>No key needed</source>
        <translation>キーは不要</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="380"/>
        <source>Key: reading the keychain…</source>
        <translation>キー: キーチェーンを読み取り中…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="386"/>
        <source>Key: cannot be read here (see below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="392"/>
        <source>Key: none stored</source>
        <translation>キー: 未保存</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="394"/>
        <source>Key: %1</source>
        <translation>キー: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="460"/>
        <source>Testing %1 with %2…</source>
        <translation>%1 を %2 でテスト中…</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="463"/>
        <source>Connected: %1 answered in %2 ms (cost %3).</source>
        <translation>接続成功: %1 が %2 ms で応答しました (コスト %3)。</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="467"/>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="481"/>
        <source>The switch holds for this session only: %1</source>
        <translation>この切り替えは今回のセッションでのみ有効です: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="496"/>
        <source>The order holds for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="504"/>
        <source>All providers</source>
        <translation>すべてのプロバイダー</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="510"/>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="511"/>
        <source>monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="552"/>
        <source>The budgets hold for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="565"/>
        <source>(apply to see)</source>
        <translation>(適用すると表示)</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="568"/>
        <source>%1 of %2%3</source>
        <translation>%2 中 %1%3</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="570"/>
        <source> · exhausted</source>
        <translation> · 使い切り</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="571"/>
        <source> · warning</source>
        <translation> · 警告</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="622"/>
        <source>No router</source>
        <translation>ルーターがありません</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="639"/>
        <source>The endpoint was not saved: %1</source>
        <translation>エンドポイントは保存されませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="657"/>
        <source>No provider &apos;%1&apos;</source>
        <translation>プロバイダー &apos;%1&apos; がありません</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="659"/>
        <source>The endpoint was not removed: %1</source>
        <translation>エンドポイントは削除されませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="689"/>
        <source>Key rejected on %1: %2</source>
        <translation>%1 でキーが拒否されました: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="690"/>
        <source>the provider refused the key</source>
        <translation>プロバイダーがキーを拒否しました</translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="719"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/providers/ProvidersArea.cpp" line="724"/>
        <source>%1 (key rejected)</source>
        <translation>%1 (キーが拒否されました)</translation>
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
        <translation type="unfinished">使用量は記録されていません: %1</translation>
    </message>
    <message>
        <location filename="../app/common/RouterSetup.cpp" line="53"/>
        <source>Your providers.json was ignored: %1</source>
        <translation type="unfinished">providers.json は無視されました: %1</translation>
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
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="58"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="66"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="67"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="68"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="69"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="72"/>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="76"/>
        <source>Font size</source>
        <translation>フォントサイズ</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="78"/>
        <source>System (%1 pt)</source>
        <translation>システム (%1 pt)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="79"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="81"/>
        <source>&amp;Font size:</source>
        <translation>フォントサイズ(&amp;F):</translation>
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
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="96"/>
        <source>A new language takes effect after a restart.</source>
        <translation>新しい言語は再起動後に有効になります。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="100"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="104"/>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="107"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="109"/>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="192"/>
        <source>Choose the data folder</source>
        <translation>データフォルダーを選択</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="110"/>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="112"/>
        <source>Use the default data folder</source>
        <translation>既定のデータフォルダーを使用</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="122"/>
        <source>Conversations, the usage ledger and downloaded models. A new folder is used from the next start; files are not moved. In use now: %1</source>
        <translation>会話、使用量の台帳、ダウンロードしたモデル。新しいフォルダーは次回起動時から使用されます。ファイルは移動されません。現在使用中: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="129"/>
        <source>&amp;Data folder:</source>
        <translation>データフォルダー(&amp;D):</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="133"/>
        <source>Vulkan device</source>
        <translation>Vulkan デバイス</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="137"/>
        <source>The GPU the local model loads on.</source>
        <translation>ローカルモデルを読み込む GPU。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="138"/>
        <source>&amp;Vulkan device:</source>
        <translation>Vulkan デバイス(&amp;V):</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="203"/>
        <source>The default folder (%1) is used from the next start. In use now: %2</source>
        <translation>既定のフォルダー (%1) は次回起動時から使用されます。現在使用中: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="209"/>
        <source>Not changed: %1</source>
        <translation>変更されていません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="215"/>
        <source>%1 is used from the next start; files are not moved. In use now: %2</source>
        <translation>%1 は次回起動時から使用されます。ファイルは移動されません。現在使用中: %2</translation>
    </message>
</context>
<context>
    <name>sb::UsageArea</name>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="62"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Last 12 months</source>
        <translation>過去 12 か月</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="64"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="67"/>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="71"/>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="75"/>
        <source>Group by</source>
        <translation>グループ化</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="76"/>
        <source>per day</source>
        <translation>日ごと</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="77"/>
        <source>per week</source>
        <translation>週ごと</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="78"/>
        <source>per month</source>
        <translation>月ごと</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="79"/>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="86"/>
        <source>from</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="88"/>
        <source>to</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="96"/>
        <source>Usage &amp; Billing</source>
        <translation>使用量と請求</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="97"/>
        <source>No requests recorded yet. Cost and latency per provider appear here as soon as requests complete.</source>
        <translation>まだリクエストの記録がありません。リクエストが完了すると、プロバイダーごとのコストとレイテンシがここに表示されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="108"/>
        <source>Budgets</source>
        <translation>予算</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="112"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="123"/>
        <source>Speed &amp;&amp; reliability</source>
        <translation>速度と信頼性</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="128"/>
        <source>Bill by month, provider and model</source>
        <translation>月・プロバイダー・モデル別の請求</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="139"/>
        <source>Billing</source>
        <translation>請求</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="159"/>
        <location filename="../app/gui/usage/UsageArea.cpp" line="161"/>
        <source>Export bill</source>
        <translation>請求をエクスポート</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="159"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="304"/>
        <source>Cannot read the ledger: %1</source>
        <translation>台帳を読み取れません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="313"/>
        <source>%1 requests · %2 · %3% after failover</source>
        <translation>%1 リクエスト · %2 · フェイルオーバー後 %3%</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="331"/>
        <source>No budgets set. Add daily or monthly limits in Providers &amp; Budgets.</source>
        <translation>予算は設定されていません。「プロバイダーと予算」で日次または月次の上限を追加してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="348"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%2 中 %1 (%3%)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageArea.cpp" line="364"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>sb::UsageCharts</name>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="61"/>
        <source>wk %1</source>
        <translation>第%1週</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="93"/>
        <source>Cost per provider (USD)</source>
        <translation>プロバイダー別コスト (USD)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="117"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="123"/>
        <source>Time to first token (ms)</source>
        <translation>最初のトークンまでの時間 (ms)</translation>
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
        <translation>出力速度 (トークン/秒、中央値)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="144"/>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="154"/>
        <source>tokens/s</source>
        <translation>トークン/秒</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="161"/>
        <source>Success and failover (% of attempts)</source>
        <translation>成功とフェイルオーバー (試行の %)</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="162"/>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../app/gui/usage/UsageCharts.cpp" line="163"/>
        <source>failed over</source>
        <translation>フェイルオーバー</translation>
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
        <translation>Switchboard へようこそ</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="31"/>
        <source>Chat with SmolLM3 on this computer, offline, or with hosted models through your own provider keys, and see what every request costs and how fast it was. How would you like to start?</source>
        <translation>このコンピューター上でオフラインで SmolLM3 とチャットしたり、ご自身のプロバイダーキーでホスト型モデルとチャットしたりでき、各リクエストのコストと速度を確認できます。どの方法で始めますか?</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="42"/>
        <source>The 3-billion-parameter model from Hugging Face; it runs on your GPU or, slower, on the CPU. Nothing leaves this computer.</source>
        <translation>Hugging Face の 30 億パラメーターのモデルです。GPU 上で、または低速ですが CPU 上で動作します。データがこのコンピューターの外に出ることはありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="45"/>
        <source>Open a local model…</source>
        <translation>ローカルモデルを開く…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="47"/>
        <source>Open a local model</source>
        <translation>ローカルモデルを開く</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="49"/>
        <source>A SmolLM3 folder (config.json, tokenizer.json, *.safetensors) or a GGUF file you already have.</source>
        <translation>お手持ちの SmolLM3 フォルダー (config.json、tokenizer.json、*.safetensors) または GGUF ファイル。</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="51"/>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="53"/>
        <source>Add a provider key</source>
        <translation>プロバイダーキーを追加</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="55"/>
        <source>OpenAI, Anthropic, Gemini, Groq and others, routed by price or speed within your budgets. Keys stay in your system keychain.</source>
        <translation>OpenAI、Anthropic、Gemini、Groq など。予算の範囲内で価格または速度に応じてルーティングされます。キーはシステムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="64"/>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="66"/>
        <source>Skip the welcome</source>
        <translation>ようこそ画面をスキップ</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="82"/>
        <source>≈%1 GB</source>
        <translation>約 %1 GB</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="83"/>
        <source>≈%1 MB</source>
        <translation>約 %1 MB</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="89"/>
        <source>Download SmolLM3 (%1)</source>
        <translation>SmolLM3 をダウンロード (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="89"/>
        <source>Download SmolLM3</source>
        <translation>SmolLM3 をダウンロード</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="105"/>
        <source>Model folder…</source>
        <translation>モデルフォルダー…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="106"/>
        <source>GGUF file…</source>
        <translation>GGUF ファイル…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="109"/>
        <source>Open model folder</source>
        <translation>モデルフォルダーを開く</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="112"/>
        <source>Open GGUF model</source>
        <translation>GGUF モデルを開く</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome/WelcomePage.cpp" line="112"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF モデル (*.gguf);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>sb::dataPaths</name>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="71"/>
        <source>No folder chosen.</source>
        <translation>フォルダーが選択されていません。</translation>
    </message>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="74"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 はファイルであり、フォルダーではありません。</translation>
    </message>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="76"/>
        <source>%1 cannot be created.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../app/common/DataPaths.cpp" line="79"/>
        <source>%1 is not writable: %2</source>
        <translation>%1 に書き込めません: %2</translation>
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
