<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Easel</name>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <source>two nodes have the id %1; the second is ignored</source>
        <translation>2 つのノードが同じ ID %1 を持っています。2 つ目は無視されます</translation>
    </message>
</context>
<context>
    <name>Easel::ApiWorkflow</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at %3</source>
        <translation>%1 は正しい JSON ではありません: %3 で %2</translation>
    </message>
    <message>
        <source>%1 is not a workflow: expected a JSON object of nodes</source>
        <translation>%1 はワークフローではありません: ノードの JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>%1 is a saved (UI) workflow. Export it from ComfyUI with &quot;Export (API)&quot; to open it here.</source>
        <translation>%1 は保存された (UI) ワークフローです。ここで開くには ComfyUI の「Export (API)」で書き出してください。</translation>
    </message>
    <message>
        <source>%1 holds no nodes</source>
        <translation>%1 にはノードがありません</translation>
    </message>
    <message>
        <source>%1: node %2 has no class_type; this is not an API-format workflow</source>
        <translation>%1: ノード %2 に class_type がありません。API 形式のワークフローではありません</translation>
    </message>
    <message>
        <source>%1: the inputs of node %2 are not an object</source>
        <translation>%1: ノード %2 の入力がオブジェクトではありません</translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>ワークフローにノード %1 がありません</translation>
    </message>
    <message>
        <source>Input %1 of node %2 is a link, not a value</source>
        <translation>ノード %2 の入力 %1 は値ではなくリンクです</translation>
    </message>
</context>
<context>
    <name>Easel::Conversion</name>
    <message>
        <source>this subgraph is muted or bypassed inside another subgraph; ComfyUI&apos;s frontend still runs the nodes inside it, and so does Easel</source>
        <translation>このサブグラフは別のサブグラフ内でミュートまたはバイパスされています。ComfyUI のフロントエンドは中のノードを実行するため、Easel も実行します</translation>
    </message>
    <message>
        <source>subgraphs nested deeper than %1 levels (does a subgraph contain itself?)</source>
        <translation>サブグラフの入れ子が %1 段を超えています (サブグラフが自分自身を含んでいませんか?)</translation>
    </message>
    <message>
        <source>group nodes inside subgraphs are not supported (nor by ComfyUI)</source>
        <translation>サブグラフ内のグループノードには対応していません (ComfyUI も同様です)</translation>
    </message>
    <message>
        <source>widgets_values holds %1 values where %2 were expected; they are mapped in order</source>
        <translation>widgets_values には %2 個のはずの値が %1 個あります。順番に割り当てます</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation>ノードタイプ %1 はサーバーにインストールされていません</translation>
    </message>
    <message>
        <source>the link loops through reroutes or bypassed nodes</source>
        <translation>リンクがリルートまたはバイパスされたノードを通ってループしています</translation>
    </message>
    <message>
        <source>input refers to link %1, which the workflow does not have</source>
        <translation>入力がワークフローに存在しないリンク %1 を参照しています</translation>
    </message>
    <message>
        <source>link %1 names target slot %2, but the node holds it in input %3 (%4 inputs); the input that holds the link is used, as ComfyUI does</source>
        <translation>リンク %1 はターゲットスロット %2 を指していますが、ノードは入力 %3 (入力数 %4) に保持しています。ComfyUI と同じく、リンクを保持する入力を使います</translation>
    </message>
    <message>
        <source>link %1 comes from node %2, which does not exist</source>
        <translation>リンク %1 は存在しないノード %2 から来ています</translation>
    </message>
</context>
<context>
    <name>Easel::GalleryWidget</name>
    <message>
        <source>Favourites</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>Prompt, file name or seed</source>
        <translation>プロンプト、ファイル名またはシード</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>大きい順</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>サムネイルのサイズ</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Could not export:
%1</source>
        <translation>書き出せませんでした:
%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>この設定を使う</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Copy seed</source>
        <translation>シードをコピー</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>保存先フォルダーを開く</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>お気に入りから外す</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>お気に入りに追加</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>選択項目を書き出し…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <source>Move selected to trash</source>
        <translation>選択項目をゴミ箱へ移動</translation>
    </message>
</context>
<context>
    <name>Easel::HeadlessRun</name>
    <message>
        <source>node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>%1 のサーバーに接続できません: %2</translation>
    </message>
    <message>
        <source>No event stream from the server; following the jobs by polling.</source>
        <translation>サーバーからイベントストリームがありません。ポーリングでジョブを追跡します。</translation>
    </message>
    <message>
        <source>job %1/%2 queued as %3</source>
        <translation>ジョブ %1/%2 を %3 としてキューに追加しました</translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done: %n output(s) saved</source>
        <translation>
            <numerusform>ジョブ %1/%2 完了: %n 件の出力を保存しました</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1/%2 rejected: %3</source>
        <translation>ジョブ %1/%2 は拒否されました: %3</translation>
    </message>
    <message>
        <source>  node %1 (%2), input %3: %4 %5</source>
        <translation>  ノード %1 (%2)、入力 %3: %4 %5</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>job %1/%2 failed: %3</source>
        <translation>ジョブ %1/%2 は失敗しました: %3</translation>
    </message>
    <message>
        <source>%1 of %2 job(s) succeeded; outputs in %3</source>
        <translation>%2 件中 %1 件のジョブが成功しました。出力先: %3</translation>
    </message>
</context>
<context>
    <name>Easel::ImageMetadata</name>
    <message>
        <source>the PNG text &quot;%1&quot; is corrupt or inflates to more than %2 MB</source>
        <translation>PNG テキスト &quot;%1&quot; は壊れているか、展開すると %2 MB を超えます</translation>
    </message>
    <message>
        <source>not a PNG file</source>
        <translation>PNG ファイルではありません</translation>
    </message>
    <message>
        <source>the PNG file is truncated (no IEND chunk)</source>
        <translation>PNG ファイルが途中で切れています (IEND チャンクがありません)</translation>
    </message>
    <message>
        <source>the PNG chunk %1 claims %2 bytes, which is not valid</source>
        <translation>PNG チャンク %1 のサイズ %2 バイトは不正です</translation>
    </message>
    <message>
        <source>the PNG file is truncated (chunk %1 claims %2 bytes)</source>
        <translation>PNG ファイルが途中で切れています (チャンク %1 は %2 バイトのはずです)</translation>
    </message>
    <message>
        <source>the PNG text chunk holds %1 MB, more than the %2 MB Easel reads</source>
        <translation>PNG テキストチャンクは %1 MB あり、Easel が読み込む上限 %2 MB を超えています</translation>
    </message>
    <message>
        <source>the PNG file is truncated</source>
        <translation>PNG ファイルが途中で切れています</translation>
    </message>
    <message>
        <source>not a WebP file</source>
        <translation>WebP ファイルではありません</translation>
    </message>
    <message>
        <source>the WebP EXIF chunk holds %1 MB, more than the %2 MB Easel reads</source>
        <translation>WebP の EXIF チャンクは %1 MB あり、Easel が読み込む上限 %2 MB を超えています</translation>
    </message>
    <message>
        <source>the WebP file is truncated</source>
        <translation>WebP ファイルが途中で切れています</translation>
    </message>
</context>
<context>
    <name>Easel::JobRunner</name>
    <message>
        <source>Node %1 (%2) failed: %3</source>
        <translation>ノード %1 (%2) が失敗しました: %3</translation>
    </message>
    <message>
        <source>Interrupted at node %1 (%2)</source>
        <translation>ノード %1 (%2) で中断しました</translation>
    </message>
    <message>
        <source>The server has no record of this prompt</source>
        <translation>サーバーにこのプロンプトの記録がありません</translation>
    </message>
    <message>
        <source>Interrupted at node %1</source>
        <translation>ノード %1 で中断しました</translation>
    </message>
</context>
<context>
    <name>Easel::LibraryIndex</name>
    <message>
        <source>Cannot create the folder for %1</source>
        <translation>%1 のフォルダーを作成できません</translation>
    </message>
    <message>
        <source>The library index %1 was made by a newer Easel</source>
        <translation>ライブラリ索引 %1 は新しいバージョンの Easel で作成されています</translation>
    </message>
</context>
<context>
    <name>Easel::MainWindow</name>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>%1 に接続していません</translation>
    </message>
    <message>
        <source>Queued %1 (number %2)</source>
        <translation>%1 をキューに追加しました (番号 %2)</translation>
    </message>
    <message>
        <source>Running node %1</source>
        <translation>ノード %1 を実行中</translation>
    </message>
    <message>
        <source>Open Workflow</source>
        <translation>ワークフローを開く</translation>
    </message>
    <message>
        <source>Workflows (*.json);;All files (*)</source>
        <translation>ワークフロー (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s)</source>
        <translation>
            <numerusform>%1: %n 個のノード</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Easel</source>
        <translation>%1 — Easel</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n prompt(s)</source>
        <translation>
            <numerusform>%n 件のプロンプトをキューに追加しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n output(s)</source>
        <translation>
            <numerusform>完了: %n 件の出力</numerusform>
        </translation>
    </message>
    <message>
        <source>The server rejected the prompt</source>
        <translation>サーバーがプロンプトを拒否しました</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>拒否されました: %1</translation>
    </message>
    <message>
        <source>  node %1 (%2), input %3: %4 %5</source>
        <translation>  ノード %1 (%2)、入力 %3: %4 %5</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
</context>
<context>
    <name>Easel::OutputDetailDialog</name>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>シード: %1</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>プロンプト: %1</translation>
    </message>
    <message>
        <source>Made by node %1 of prompt %2 on %3</source>
        <translation>%3 にプロンプト %2 のノード %1 が生成</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>作成日時: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>サイズ: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>タグ: %1</translation>
    </message>
    <message>
        <source>Changed inputs:</source>
        <translation>変更された入力:</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>この設定を使う</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>比較対象…</translation>
    </message>
    <message>
        <source>Copy seed</source>
        <translation>シードをコピー</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比較対象</translation>
    </message>
</context>
<context>
    <name>Easel::OutputSaver</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Easel::OutputStore</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>%1 を取得できませんでした: %2</translation>
    </message>
    <message>
        <source>The download of %1 was cut short (%2 bytes)</source>
        <translation>%1 のダウンロードが途中で切れました (%2 バイト)</translation>
    </message>
</context>
<context>
    <name>Easel::PromptLoader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot read /object_info from %1: %2</source>
        <translation>%1 から /object_info を読み込めません: %2</translation>
    </message>
    <message>
        <source>The node catalogue (/object_info) is unreadable: %1</source>
        <translation>ノードカタログ (/object_info) を読み取れません: %1</translation>
    </message>
    <message>
        <source>%1 cannot be converted to an API prompt</source>
        <translation>%1 を API プロンプトに変換できません</translation>
    </message>
</context>
<context>
    <name>Easel::ProtocolError</name>
    <message>
        <source>%1: malformed frame: %2</source>
        <translation>%1: 不正なフレーム: %2</translation>
    </message>
    <message>
        <source>shorter than its 8-byte header</source>
        <translation>8 バイトのヘッダーより短いです</translation>
    </message>
    <message>
        <source>node id length past the end</source>
        <translation>ノード ID の長さが末尾を超えています</translation>
    </message>
    <message>
        <source>metadata length past the end</source>
        <translation>メタデータの長さが末尾を超えています</translation>
    </message>
    <message>
        <source>metadata is not a JSON object</source>
        <translation>メタデータが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>unknown event type</source>
        <translation>不明なイベントタイプです</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>エラーはありません</translation>
    </message>
    <message>
        <source>The server refused the connection (is ComfyUI running on that port?)</source>
        <translation>サーバーが接続を拒否しました (そのポートで ComfyUI が動いていますか?)</translation>
    </message>
    <message>
        <source>The server closed the connection prematurely</source>
        <translation>サーバーが接続を途中で閉じました</translation>
    </message>
    <message>
        <source>The server&apos;s host name was not found</source>
        <translation>サーバーのホスト名が見つかりません</translation>
    </message>
    <message>
        <source>The connection to the server timed out</source>
        <translation>サーバーへの接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>The request was canceled or timed out</source>
        <translation>リクエストが取り消されたか、タイムアウトしました</translation>
    </message>
    <message>
        <source>The TLS handshake with the server failed</source>
        <translation>サーバーとの TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>The network connection was temporarily broken</source>
        <translation>ネットワーク接続が一時的に切断されました</translation>
    </message>
    <message>
        <source>The network session failed</source>
        <translation>ネットワークセッションに失敗しました</translation>
    </message>
    <message>
        <source>Background requests are not allowed</source>
        <translation>バックグラウンドのリクエストは許可されていません</translation>
    </message>
    <message>
        <source>The server redirected too many times</source>
        <translation>サーバーのリダイレクトが多すぎます</translation>
    </message>
    <message>
        <source>The server redirected from https to http</source>
        <translation>サーバーが https から http へリダイレクトしました</translation>
    </message>
    <message>
        <source>The proxy refused the connection</source>
        <translation>プロキシが接続を拒否しました</translation>
    </message>
    <message>
        <source>The proxy closed the connection prematurely</source>
        <translation>プロキシが接続を途中で閉じました</translation>
    </message>
    <message>
        <source>The proxy host name was not found</source>
        <translation>プロキシのホスト名が見つかりません</translation>
    </message>
    <message>
        <source>The connection to the proxy timed out</source>
        <translation>プロキシへの接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>The proxy requires authentication</source>
        <translation>プロキシには認証が必要です</translation>
    </message>
    <message>
        <source>Access to the resource was denied (403)</source>
        <translation>リソースへのアクセスが拒否されました (403)</translation>
    </message>
    <message>
        <source>The operation is not permitted on the server</source>
        <translation>この操作はサーバーで許可されていません</translation>
    </message>
    <message>
        <source>The resource was not found on the server (404)</source>
        <translation>サーバーにリソースが見つかりません (404)</translation>
    </message>
    <message>
        <source>The server requires authentication</source>
        <translation>サーバーには認証が必要です</translation>
    </message>
    <message>
        <source>The request had to be sent again but could not be</source>
        <translation>リクエストの再送信が必要でしたが、できませんでした</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource</source>
        <translation>リクエストがリソースの現在の状態と競合しています</translation>
    </message>
    <message>
        <source>The resource is no longer available on the server</source>
        <translation>リソースはサーバー上でもう利用できません</translation>
    </message>
    <message>
        <source>The server reported an internal error</source>
        <translation>サーバーが内部エラーを報告しました</translation>
    </message>
    <message>
        <source>The server does not implement this operation</source>
        <translation>サーバーはこの操作に対応していません</translation>
    </message>
    <message>
        <source>The server is unavailable</source>
        <translation>サーバーを利用できません</translation>
    </message>
    <message>
        <source>The URL uses an unknown protocol</source>
        <translation>URL が不明なプロトコルを使っています</translation>
    </message>
    <message>
        <source>The operation is invalid for this protocol</source>
        <translation>この操作はこのプロトコルでは無効です</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke the HTTP protocol</source>
        <translation>サーバーの応答が HTTP プロトコルに違反しています</translation>
    </message>
    <message>
        <source>An unknown network error occurred</source>
        <translation>不明なネットワークエラーが発生しました</translation>
    </message>
    <message>
        <source>An unknown proxy error occurred</source>
        <translation>不明なプロキシエラーが発生しました</translation>
    </message>
    <message>
        <source>The server answered with an unknown error</source>
        <translation>サーバーが不明なエラーを返しました</translation>
    </message>
    <message>
        <source>An unknown server error occurred</source>
        <translation>不明なサーバーエラーが発生しました</translation>
    </message>
    <message>
        <source>%1: unexpected message, expected an object with a &quot;type&quot; string</source>
        <translation>%1: 予期しないメッセージです。&quot;type&quot; 文字列を持つオブジェクトが必要です</translation>
    </message>
</context>
<context>
    <name>Easel::SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Save Outputs In</source>
        <translation>出力の保存先</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>「%1」は http または https のアドレスではありません。</translation>
    </message>
</context>
<context>
    <name>Easel::TerminalReporter</name>
    <message>
        <source>job %1/%2</source>
        <translation>ジョブ %1/%2</translation>
    </message>
</context>
<context>
    <name>Easel::WireParsers</name>
    <message>
        <source>%1: unexpected answer, expected %2</source>
        <translation>%1: 予期しない応答です。%2 が必要です</translation>
    </message>
    <message>
        <source>%1: the answer is not valid JSON (%2 at %3, byte %4)</source>
        <translation>%1: 応答が正しい JSON ではありません (%3、バイト %4 で %2)</translation>
    </message>
    <message>
        <source>%1 was rejected (HTTP %2): %3</source>
        <translation>%1 は拒否されました (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2</source>
        <translation>%1 は HTTP ステータス %2 で失敗しました</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2: %3</source>
        <translation>%1 は HTTP ステータス %2 で失敗しました: %3</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowDiagnostic</name>
    <message>
        <source>node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message>
        <source>node %1 (%2)</source>
        <translation>ノード %1 (%2)</translation>
    </message>
    <message>
        <source>, input %1</source>
        <translation>、入力 %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; Easel opens workflow files of up to %3 MB</source>
        <translation>%1 は %2 MB です。Easel が開けるワークフローファイルは %3 MB までです</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 は正しい JSON ではありません: %2</translation>
    </message>
    <message>
        <source>%1 holds no nodes</source>
        <translation>%1 にはノードがありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 carries no ComfyUI workflow</source>
        <translation>%1 には ComfyUI のワークフローが含まれていません</translation>
    </message>
    <message>
        <source>%1: node %2 has no class_type; this is not an API-format workflow</source>
        <translation>%1: ノード %2 に class_type がありません。API 形式のワークフローではありません</translation>
    </message>
    <message>
        <source>%1 is not a workflow: expected an API-format or a saved ComfyUI workflow</source>
        <translation>%1 はワークフローではありません: API 形式または保存された ComfyUI ワークフローが必要です</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowValidator</name>
    <message>
        <source>the prompt is not a JSON object</source>
        <translation>プロンプトが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the node has no class_type (its type is not installed)</source>
        <translation>ノードに class_type がありません (タイプがインストールされていません)</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation>ノードタイプ %1 はサーバーにインストールされていません</translation>
    </message>
    <message>
        <source>linked to node %1, which is not in the prompt</source>
        <translation>プロンプトにないノード %1 にリンクされています</translation>
    </message>
    <message>
        <source>linked to output %1 of node %2, which has %3 outputs</source>
        <translation>出力が %3 個しかないノード %2 の出力 %1 にリンクされています</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>数値が必要です</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 は最小値 %2 より小さいです</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 は最大値 %2 より大きいです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the server&apos;s choices</source>
        <translation>&quot;%1&quot; はサーバーの選択肢にありません</translation>
    </message>
    <message>
        <source>expects true or false</source>
        <translation>true または false が必要です</translation>
    </message>
    <message>
        <source>required input is missing</source>
        <translation>必須の入力がありません</translation>
    </message>
    <message>
        <source>its inputs depend on its own output (through node %1)</source>
        <translation>入力が自分自身の出力に依存しています (ノード %1 経由)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Easel</source>
        <translation>Easel</translation>
    </message>
    <message>
        <source>No workflow open. Open an API-format workflow to begin.</source>
        <translation>ワークフローが開かれていません。API 形式のワークフローを開いて始めましょう。</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>実行回数:</translation>
    </message>
    <message>
        <source>How many times to queue the workflow</source>
        <translation>ワークフローをキューに入れる回数</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>キューに追加(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>The live preview appears here while a prompt runs.</source>
        <translation>プロンプトの実行中はここにライブプレビューが表示されます。</translation>
    </message>
    <message>
        <source>Finished outputs, newest first. Double-click one to open it.</source>
        <translation>完成した出力 (新しい順)。ダブルクリックで開きます。</translation>
    </message>
    <message>
        <source>Messages from the server appear here.</source>
        <translation>サーバーからのメッセージがここに表示されます。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;Open Workflow…</source>
        <translation>ワークフローを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>ComfyUI &amp;address:</source>
        <translation>ComfyUI のアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Used when Easel starts without --server.</source>
        <translation>Easel を --server なしで起動したときに使います。</translation>
    </message>
    <message>
        <source>&amp;Save outputs in:</source>
        <translation>出力の保存先(&amp;S):</translation>
    </message>
    <message>
        <source>Leave empty for the Easel folder in your Pictures folder.</source>
        <translation>空欄にすると「ピクチャ」フォルダー内の Easel フォルダーを使います。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Open files in the running window instead of a new one</source>
        <translation>新しいウィンドウではなく実行中のウィンドウでファイルを開く(&amp;O)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Easel, a desktop client for ComfyUI.</source>
        <translation>Easel — ComfyUI のデスクトップクライアント。</translation>
    </message>
    <message>
        <source>API-format workflows (.json) or images to open.</source>
        <translation>開く API 形式のワークフロー (.json) または画像。</translation>
    </message>
    <message>
        <source>The ComfyUI server&apos;s address (default: from the preferences, else %1).</source>
        <translation>ComfyUI サーバーのアドレス (既定値: 設定の値、なければ %1)。</translation>
    </message>
    <message>
        <source>Folder for finished outputs.</source>
        <translation>完成した出力の保存先フォルダー。</translation>
    </message>
    <message>
        <source>Use the named profile (not yet supported).</source>
        <translation>指定したプロファイルを使う (未対応)。</translation>
    </message>
    <message>
        <source>Start in kiosk mode (not yet supported).</source>
        <translation>キオスクモードで起動する (未対応)。</translation>
    </message>
    <message>
        <source>--profile is not yet supported; profile “%1” shares the default settings.</source>
        <translation>--profile にはまだ対応していません。プロファイル「%1」は既定の設定を共有します。</translation>
    </message>
    <message>
        <source>--kiosk is not yet supported; starting normally.</source>
        <translation>--kiosk にはまだ対応していません。通常どおり起動します。</translation>
    </message>
    <message>
        <source>not an http(s) server address: %1</source>
        <translation>http(s) のサーバーアドレスではありません: %1</translation>
    </message>
    <message>
        <source>another Easel is running but does not answer; opening a new window.</source>
        <translation>別の Easel が実行中ですが応答しません。新しいウィンドウを開きます。</translation>
    </message>
    <message>
        <source>The server&apos;s address.</source>
        <translation>サーバーのアドレス。</translation>
    </message>
    <message>
        <source>Folder for the outputs.</source>
        <translation>出力の保存先フォルダー。</translation>
    </message>
    <message>
        <source>Set an input before queueing (repeatable), e.g. 3.seed=42.</source>
        <translation>キューに入れる前に入力を設定します (複数指定可)。例: 3.seed=42</translation>
    </message>
    <message>
        <source>Queue the workflow N times; seeds not pinned with --set get a new random value for every run after the first.</source>
        <translation>ワークフローを N 回キューに入れます。--set で固定していないシードは 2 回目以降の実行ごとに新しい乱数になります。</translation>
    </message>
    <message>
        <source>give exactly one workflow file (see --help)</source>
        <translation>ワークフローファイルをちょうど 1 つ指定してください (--help を参照)</translation>
    </message>
    <message>
        <source>--count takes a number from 1 to 10000</source>
        <translation>--count には 1 から 10000 までの数値を指定します</translation>
    </message>
    <message>
        <source>--set wants NODE.INPUT=VALUE, got %1</source>
        <translation>--set には NODE.INPUT=VALUE を指定します。指定値: %1</translation>
    </message>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>出力フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>A ComfyUI 0.3.64 simulator for testing Easel.</source>
        <translation>Easel をテストするための ComfyUI 0.3.64 シミュレーター。</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>待ち受けるアドレス。</translation>
    </message>
    <message>
        <source>Port (0 = a free one).</source>
        <translation>ポート (0 = 空いているポート)。</translation>
    </message>
    <message>
        <source>Milliseconds per node step.</source>
        <translation>ノードの 1 ステップあたりのミリ秒数。</translation>
    </message>
    <message>
        <source>Folder for output/, input/ and temp/.</source>
        <translation>output/、input/、temp/ を置くフォルダー。</translation>
    </message>
    <message>
        <source>easel-sim: cannot listen on %1:%2</source>
        <translation>easel-sim: %1:%2 で待ち受けできません</translation>
    </message>
    <message>
        <source>Queue a ComfyUI workflow, follow it and save every output. The file may be
API JSON, a saved (UI) workflow, or a PNG/WebP image carrying one; saved
workflows are converted with the server&apos;s /object_info (or --object-info FILE).
Exit code: 0 when every job succeeded, 1 when a job failed or was rejected,
2 for a bad command line or workflow, 3 when the server cannot be reached.</source>
        <translation>ComfyUI ワークフローをキューに入れ、進行を追い、すべての出力を保存します。ファイルは
API 形式の JSON、保存された (UI) ワークフロー、またはそれを含む PNG/WebP 画像です。保存された
ワークフローはサーバーの /object_info (または --object-info FILE) で変換します。
終了コード: 0 すべてのジョブが成功、1 ジョブが失敗または拒否された、
2 コマンドラインまたはワークフローが不正、3 サーバーに接続できない。</translation>
    </message>
    <message>
        <source>The workflow (API JSON, saved JSON, PNG or WebP).</source>
        <translation>ワークフロー (API JSON、保存された JSON、PNG または WebP)。</translation>
    </message>
    <message>
        <source>Print the API prompt the file converts to (JSON on stdout, warnings on stderr) and exit; 2 when it cannot be converted.</source>
        <translation>ファイルを変換した API プロンプトを出力して終了します (JSON は stdout、警告は stderr)。変換できないときは 2 を返します。</translation>
    </message>
    <message>
        <source>Read the node catalogue from this /object_info JSON file instead of asking --server.</source>
        <translation>--server に問い合わせる代わりに、この /object_info JSON ファイルからノードカタログを読み込みます。</translation>
    </message>
    <message>
        <source>%1 has no node that would run (all muted, bypassed or virtual?); ComfyUI&apos;s Workflow &gt; Export (API) shows what it would send</source>
        <translation>%1 には実行されるノードがありません (すべてミュート、バイパス、または仮想ノード?)。ComfyUI の Workflow &gt; Export (API) で送信内容を確認できます</translation>
    </message>
</context>
</TS>
