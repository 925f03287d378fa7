<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot %1 the %2 key: no system keychain is available (install and unlock a Secret Service such as GNOME Keyring or KWallet). %3</source>
        <translation type="vanished">%2 のキーを%1できません: システムのキーチェーンがありません (GNOME Keyring や KWallet などの Secret Service をインストールしてロックを解除してください)。%3</translation>
    </message>
    <message>
        <source>Cannot %1 the %2 key: the keychain refused access. %3</source>
        <translation type="vanished">%2 のキーを%1できません: キーチェーンがアクセスを拒否しました。%3</translation>
    </message>
    <message>
        <source>Cannot %1 the %2 key: %3</source>
        <translation type="vanished">%2 のキーを%1できません: %3</translation>
    </message>
</context>
<context>
    <name>sb</name>
    <message>
        <source>wk %1</source>
        <translation type="vanished">第%1週</translation>
    </message>
    <message>
        <source>Cost per provider (USD)</source>
        <translation type="vanished">プロバイダー別コスト (USD)</translation>
    </message>
    <message>
        <source>USD</source>
        <translation type="vanished">USD</translation>
    </message>
    <message>
        <source>Time to first token (ms)</source>
        <translation type="vanished">最初のトークンまでの時間 (ms)</translation>
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
        <translation type="vanished">ms</translation>
    </message>
    <message>
        <source>Output speed (tokens/s, median)</source>
        <translation type="vanished">出力速度 (トークン/秒、中央値)</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="vanished">トークン/秒</translation>
    </message>
    <message>
        <source>Success and failover (% of attempts)</source>
        <translation type="vanished">成功とフェイルオーバー (試行の %)</translation>
    </message>
    <message>
        <source>success</source>
        <translation type="vanished">成功</translation>
    </message>
    <message>
        <source>failed over</source>
        <translation type="vanished">フェイルオーバー</translation>
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
        <translation type="vanished">Switchboard について</translation>
    </message>
    <message>
        <source>One place to talk to language models: the local SmolLM3 on Vulkan and remote providers through one router.</source>
        <translation type="vanished">言語モデルと話すための一つの場所：Vulkan 上のローカル SmolLM3 と、一つのルーター経由のリモートプロバイダー。</translation>
    </message>
    <message>
        <source>Vulkan device: %1</source>
        <translation type="vanished">Vulkan デバイス: %1</translation>
    </message>
    <message>
        <source>No Vulkan device (%1). The local model runs on the CPU.</source>
        <translation type="vanished">Vulkan デバイスがありません (%1)。ローカルモデルは CPU で実行されます。</translation>
    </message>
    <message>
        <source>Qt %1. Licensed under the Apache License 2.0.</source>
        <translation type="vanished">Qt %1。Apache License 2.0 の下でライセンスされています。</translation>
    </message>
</context>
<context>
    <name>sb::AppServices</name>
    <message>
        <source>Usage is not recorded: %1</source>
        <translation type="vanished">使用量は記録されていません: %1</translation>
    </message>
    <message>
        <source>Your providers.json was ignored: %1</source>
        <translation type="vanished">providers.json は無視されました: %1</translation>
    </message>
</context>
<context>
    <name>sb::BillingTableModel</name>
    <message numerus="yes">
        <source>%n request(s) reported no usage; their tokens are estimated.</source>
        <translation type="vanished">
            <numerusform>%n 件のリクエストは使用量を報告しなかったため、トークン数は推定値です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="vanished">月</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="vanished">プロバイダー</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="vanished">モデル</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="vanished">リクエスト</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation type="vanished">入力トークン</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation type="vanished">出力トークン</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="vanished">コスト</translation>
    </message>
</context>
<context>
    <name>sb::ChatArea</name>
    <message>
        <source>Search conversations</source>
        <translation type="vanished">会話を検索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="vanished">検索</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="vanished">新しいチャット</translation>
    </message>
    <message>
        <source>New chat (%1)</source>
        <translation type="vanished">新しいチャット (%1)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="vanished">会話</translation>
    </message>
    <message>
        <source>Think</source>
        <translation type="vanished">思考</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="vanished">思考</translation>
    </message>
    <message>
        <source>Let SmolLM3 reason before it answers (/think) or answer directly (/no_think)</source>
        <translation type="vanished">SmolLM3 に回答前に推論させる (/think) か、直接回答させる (/no_think)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">設定…</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation type="vanished">会話の設定</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">エクスポート</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation type="vanished">会話をエクスポート</translation>
    </message>
    <message>
        <source>As Markdown…</source>
        <translation type="vanished">Markdown として…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation type="vanished">JSON として…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="vanished">メッセージ</translation>
    </message>
    <message>
        <source>Write a message… (Ctrl+Enter to send)</source>
        <translation type="vanished">メッセージを入力… (Ctrl+Enter で送信)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="vanished">送信</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="vanished">停止</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="vanished">再生成</translation>
    </message>
    <message>
        <source>Conversations cannot be saved: %1</source>
        <translation type="vanished">会話を保存できません: %1</translation>
    </message>
    <message>
        <source>Offline · using the local model</source>
        <translation type="vanished">オフライン · ローカルモデルを使用中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="vanished">オフライン</translation>
    </message>
    <message>
        <source>No network: requests go to the local model.</source>
        <translation type="vanished">ネットワークがありません: リクエストはローカルモデルに送られます。</translation>
    </message>
    <message>
        <source>No network and no local model: load one in Models to chat offline.</source>
        <translation type="vanished">ネットワークもローカルモデルもありません: オフラインでチャットするには「モデル」で読み込んでください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">%1 に書き込めません: %2</translation>
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
        <translation type="vanished">名前を変更</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="vanished">ピン留めを解除</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="vanished">ピン留め</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="vanished">削除…</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation type="vanished">会話を削除</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all its messages?</source>
        <translation type="vanished">「%1」とそのすべてのメッセージを削除しますか?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="vanished">コピー</translation>
    </message>
    <message>
        <source>Edit and resend…</source>
        <translation type="vanished">編集して再送信…</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation type="vanished">編集して再送信</translation>
    </message>
    <message>
        <source>Start or open a conversation to change its settings.</source>
        <translation type="vanished">設定を変更するには会話を開始するか開いてください。</translation>
    </message>
</context>
<context>
    <name>sb::ChatController</name>
    <message>
        <source>The conversation store is not open.</source>
        <translation type="vanished">会話ストアが開かれていません。</translation>
    </message>
    <message>
        <source>An answer is still being generated. Stop it first.</source>
        <translation type="vanished">回答を生成中です。先に停止してください。</translation>
    </message>
    <message>
        <source>Nothing can answer yet: add a provider key in Providers &amp; Budgets or load a local model in Models.</source>
        <translation type="vanished">まだ応答できるものがありません: 「プロバイダーと予算」でキーを追加するか、「モデル」でローカルモデルを読み込んでください。</translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation type="vanished">先にモデルを選んでください。</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation type="vanished">リクエストに失敗しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>There is no answer to regenerate.</source>
        <translation type="vanished">再生成する回答がありません。</translation>
    </message>
</context>
<context>
    <name>sb::ChatView</name>
    <message>
        <source>Messages</source>
        <translation type="vanished">メッセージ</translation>
    </message>
    <message>
        <source>Start a conversation: pick a model above, write below and press Ctrl+Enter.
Answers show the provider, tokens, cost and speed.</source>
        <translation type="vanished">会話を始めましょう: 上でモデルを選び、下に入力して Ctrl+Enter を押します。
回答にはプロバイダー、トークン数、コスト、速度が表示されます。</translation>
    </message>
</context>
<context>
    <name>sb::ConversationListModel</name>
    <message>
        <source>%1
Last message: %2</source>
        <translation type="vanished">%1
最後のメッセージ: %2</translation>
    </message>
</context>
<context>
    <name>sb::ConversationModel</name>
    <message>
        <source>%1 in / %2 out tokens</source>
        <translation type="vanished">入力 %1 / 出力 %2 トークン</translation>
    </message>
    <message>
        <source>free</source>
        <translation type="vanished">無料</translation>
    </message>
    <message>
        <source>TTFT %1 ms</source>
        <translation type="vanished">TTFT %1 ms</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation type="vanished">%1 tok/s</translation>
    </message>
</context>
<context>
    <name>sb::ConversationSettingsDialog</name>
    <message>
        <source>Conversation settings</source>
        <translation type="vanished">会話の設定</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="vanished">システムプロンプト</translation>
    </message>
    <message>
        <source>You are a helpful assistant.</source>
        <translation type="vanished">あなたは役に立つアシスタントです。</translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="vanished">設定</translation>
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
        <translation type="vanished">回答の最大トークン数</translation>
    </message>
    <message>
        <source>provider default</source>
        <translation type="vanished">プロバイダーの既定値</translation>
    </message>
</context>
<context>
    <name>sb::FineTuneArea</name>
    <message>
        <source>Fine-tune</source>
        <translation type="vanished">ファインチューニング</translation>
    </message>
    <message>
        <source>No fine-tuning runs yet. Load a local model first, then choose a JSONL dataset to train a LoRA adapter.</source>
        <translation type="vanished">まだファインチューニングの実行はありません。まずローカルモデルを読み込み、次に JSONL データセットを選んで LoRA アダプターを学習してください。</translation>
    </message>
</context>
<context>
    <name>sb::KeychainKeyStore</name>
    <message>
        <source>read</source>
        <translation type="vanished">読み取り</translation>
    </message>
    <message>
        <source>store</source>
        <translation type="vanished">保存</translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="vanished">削除</translation>
    </message>
</context>
<context>
    <name>sb::LocalServerPanel</name>
    <message>
        <source>Local OpenAI-compatible server</source>
        <translation type="vanished">ローカル OpenAI 互換サーバー</translation>
    </message>
    <message>
        <source>Serve /v1 on this computer</source>
        <translation type="vanished">このコンピューターで /v1 を提供</translation>
    </message>
    <message>
        <source>Editors, scripts and agents on this machine can use Switchboard as their router.</source>
        <translation type="vanished">このマシン上のエディター、スクリプト、エージェントが Switchboard をルーターとして使えます。</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="vanished">ポート:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="vanished">URL:</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation type="vanished">サーバートークン</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="vanished">表示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="vanished">コピー</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="vanished">更新</translation>
    </message>
    <message>
        <source>Make a new token; clients using the old one get 401.</source>
        <translation type="vanished">新しいトークンを作成します。古いトークンを使うクライアントには 401 が返ります。</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation type="vanished">Bearer トークン:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="vanished">隠す</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="vanished">停止しました。</translation>
    </message>
    <message>
        <source>Could not start the server: %1</source>
        <translation type="vanished">サーバーを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Running. Clients send the header &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation type="vanished">実行中。クライアントはヘッダー &quot;Authorization: Bearer &lt;token&gt;&quot; を送信します。</translation>
    </message>
    <message>
        <source>The token could not be saved in the keychain (%1); a new one is made at the next start.</source>
        <translation type="vanished">トークンをキーチェーンに保存できませんでした (%1)。次回起動時に新しいトークンが作成されます。</translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="vanished">停止中</translation>
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
        <translation type="vanished">エリア</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="vanished">チャット</translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="vanished">モデル</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation type="vanished">ファインチューニング</translation>
    </message>
    <message>
        <source>Providers &amp; Budgets</source>
        <translation type="vanished">プロバイダーと予算</translation>
    </message>
    <message>
        <source>Usage &amp; Billing</source>
        <translation type="vanished">使用量と請求</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="vanished">準備完了</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation type="vanished">Switchboard について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>sb::MessageDelegate</name>
    <message>
        <source>You</source>
        <translation type="vanished">あなた</translation>
    </message>
    <message>
        <source>System</source>
        <translation type="vanished">システム</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="vanished">アシスタント</translation>
    </message>
    <message>
        <source>Hide thinking</source>
        <translation type="vanished">思考を隠す</translation>
    </message>
    <message>
        <source>Show thinking</source>
        <translation type="vanished">思考を表示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="vanished">コピー</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation type="vanished">生成中…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="vanished">停止しました</translation>
    </message>
</context>
<context>
    <name>sb::ModelPicker</name>
    <message>
        <source>Model</source>
        <translation type="vanished">モデル</translation>
    </message>
    <message>
        <source>Provider choice</source>
        <translation type="vanished">プロバイダーの選択</translation>
    </message>
    <message>
        <source>How the router picks the provider for this model</source>
        <translation type="vanished">このモデルのプロバイダーをルーターがどう選ぶか</translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation type="vanished">%1 (ローカル)</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation type="vanished">このコンピューター上</translation>
    </message>
    <message>
        <source>auto: cheapest</source>
        <translation type="vanished">自動: 最安</translation>
    </message>
    <message>
        <source>auto: fastest</source>
        <translation type="vanished">自動: 最速</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation type="vanished">%1 のみ</translation>
    </message>
</context>
<context>
    <name>sb::ModelsArea</name>
    <message>
        <source>Local model</source>
        <translation type="vanished">ローカルモデル</translation>
    </message>
    <message>
        <source>Run SmolLM3 on this computer, offline. Open a Hugging Face model folder (config.json, tokenizer.json, *.safetensors) or a GGUF file.</source>
        <translation type="vanished">このコンピューター上で SmolLM3 をオフライン実行します。Hugging Face のモデルフォルダー (config.json、tokenizer.json、*.safetensors) または GGUF ファイルを開いてください。</translation>
    </message>
    <message>
        <source>Model and device</source>
        <translation type="vanished">モデルとデバイス</translation>
    </message>
    <message>
        <source>Model folder or .gguf file</source>
        <translation type="vanished">モデルフォルダーまたは .gguf ファイル</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="vanished">フォルダー…</translation>
    </message>
    <message>
        <source>GGUF file…</source>
        <translation type="vanished">GGUF ファイル…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="vanished">モデル:</translation>
    </message>
    <message>
        <source>Automatic (GPU if possible)</source>
        <translation type="vanished">自動 (可能なら GPU)</translation>
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
        <translation type="vanished">バックエンド:</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation type="vanished">利用可能な最適なもの</translation>
    </message>
    <message>
        <source>No Vulkan device: %1</source>
        <translation type="vanished">Vulkan デバイスがありません: %1</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="vanished">デバイス:</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation type="vanished"> トークン</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation type="vanished">コンテキスト:</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation type="vanished">モデルを読み込む</translation>
    </message>
    <message>
        <source>No local model loaded.</source>
        <translation type="vanished">ローカルモデルが読み込まれていません。</translation>
    </message>
    <message>
        <source>Loaded model</source>
        <translation type="vanished">読み込まれたモデル</translation>
    </message>
    <message>
        <source>Open model folder</source>
        <translation type="vanished">モデルフォルダーを開く</translation>
    </message>
    <message>
        <source>Open GGUF model</source>
        <translation type="vanished">GGUF モデルを開く</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="vanished">GGUF モデル (*.gguf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose a model folder or a GGUF file first.</source>
        <translation type="vanished">先にモデルフォルダーまたは GGUF ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Checking %p%</source>
        <translation type="vanished">確認中 %p%</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="vanished">%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Uploading weights %p%</source>
        <translation type="vanished">重みを転送中 %p%</translation>
    </message>
    <message>
        <source>Could not load the model: %1</source>
        <translation type="vanished">モデルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Loaded %1 on the %2 backend.</source>
        <translation type="vanished">%1 を %2 バックエンドで読み込みました。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="vanished">注意: %1</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="vanished">形式:</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation type="vanished">レイヤー:</translation>
    </message>
    <message>
        <source>Hidden size:</source>
        <translation type="vanished">隠れ層サイズ:</translation>
    </message>
    <message>
        <source>Attention heads:</source>
        <translation type="vanished">アテンションヘッド:</translation>
    </message>
    <message>
        <source>%1 query, %2 key/value</source>
        <translation type="vanished">クエリ %1、キー/バリュー %2</translation>
    </message>
    <message>
        <source>Vocabulary:</source>
        <translation type="vanished">語彙:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="vanished">パラメーター:</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation type="vanished">重み:</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="vanished">%1 トークン</translation>
    </message>
</context>
<context>
    <name>sb::ProvidersArea</name>
    <message>
        <source>Providers (drag to set the preferred order)</source>
        <translation type="vanished">プロバイダー (ドラッグで優先順を設定)</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="vanished">プロバイダー</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="vanished">プロバイダー</translation>
    </message>
    <message>
        <source>API key (masked)</source>
        <translation type="vanished">API キー (マスク表示)</translation>
    </message>
    <message>
        <source>Set key…</source>
        <translation type="vanished">キーを設定…</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation type="vanished">キーを削除</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="vanished">接続をテスト</translation>
    </message>
    <message>
        <source>Budgets (USD; a request whose worst case would cross a hard limit is refused)</source>
        <translation type="vanished">予算 (USD。最悪の場合に上限を超えるリクエストは拒否されます)</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation type="vanished">予算</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="vanished">適用先</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="vanished">期間</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation type="vanished">上限</translation>
    </message>
    <message>
        <source>Warn at</source>
        <translation type="vanished">警告</translation>
    </message>
    <message>
        <source>Spent now</source>
        <translation type="vanished">現在の支出</translation>
    </message>
    <message>
        <source>Add budget</source>
        <translation type="vanished">予算を追加</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation type="vanished">予算を削除</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="vanished">適用</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation type="vanished">%1 の API キー</translation>
    </message>
    <message>
        <source>Key (stored in your system keychain)</source>
        <translation type="vanished">キー (システムのキーチェーンに保存)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 wire format · %n model(s): %3</source>
        <translation type="vanished">
            <numerusform>%1 · %2 形式 · %n 個のモデル: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation type="vanished">このコンピューター上</translation>
    </message>
    <message>
        <source>No key needed</source>
        <translation type="vanished">キーは不要</translation>
    </message>
    <message>
        <source>Key: reading the keychain…</source>
        <translation type="vanished">キー: キーチェーンを読み取り中…</translation>
    </message>
    <message>
        <source>Key: none stored</source>
        <translation type="vanished">キー: 未保存</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="vanished">キー: %1</translation>
    </message>
    <message>
        <source>Testing %1 with %2…</source>
        <translation type="vanished">%1 を %2 でテスト中…</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms (cost %3).</source>
        <translation type="vanished">接続成功: %1 が %2 ms で応答しました (コスト %3)。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="vanished">失敗: %1</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="vanished">すべてのプロバイダー</translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="vanished">毎日</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="vanished">毎月</translation>
    </message>
    <message>
        <source>(apply to see)</source>
        <translation type="vanished">(適用すると表示)</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation type="vanished">%2 中 %1%3</translation>
    </message>
    <message>
        <source> · exhausted</source>
        <translation type="vanished"> · 使い切り</translation>
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
        <translation type="vanished">期間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="vanished">過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="vanished">過去 30 日間</translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="vanished">今月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="vanished">過去 12 か月</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="vanished">カスタム</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="vanished">開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="vanished">終了</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="vanished">グループ化</translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="vanished">日ごと</translation>
    </message>
    <message>
        <source>per week</source>
        <translation type="vanished">週ごと</translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="vanished">月ごと</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">CSV をエクスポート…</translation>
    </message>
    <message>
        <source>from</source>
        <translation type="vanished">開始</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="vanished">終了</translation>
    </message>
    <message>
        <source>Usage &amp; Billing</source>
        <translation type="vanished">使用量と請求</translation>
    </message>
    <message>
        <source>No requests recorded yet. Cost and latency per provider appear here as soon as requests complete.</source>
        <translation type="vanished">まだリクエストの記録がありません。リクエストが完了すると、プロバイダーごとのコストとレイテンシがここに表示されます。</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation type="vanished">予算</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="vanished">コスト</translation>
    </message>
    <message>
        <source>Speed &amp;&amp; reliability</source>
        <translation type="vanished">速度と信頼性</translation>
    </message>
    <message>
        <source>Bill by month, provider and model</source>
        <translation type="vanished">月・プロバイダー・モデル別の請求</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="vanished">請求</translation>
    </message>
    <message>
        <source>Export bill</source>
        <translation type="vanished">請求をエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="vanished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read the ledger: %1</source>
        <translation type="vanished">台帳を読み取れません: %1</translation>
    </message>
    <message>
        <source>%1 requests · %2 · %3% after failover</source>
        <translation type="vanished">%1 リクエスト · %2 · フェイルオーバー後 %3%</translation>
    </message>
    <message>
        <source>No budgets set. Add daily or monthly limits in Providers &amp; Budgets.</source>
        <translation type="vanished">予算は設定されていません。「プロバイダーと予算」で日次または月次の上限を追加してください。</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="vanished">%2 中 %1 (%3%)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">%1 に書き込めません: %2</translation>
    </message>
</context>
</TS>
