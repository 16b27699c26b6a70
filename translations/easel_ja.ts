<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BatchNames</name>
    <message>
        <source>%1 #%2</source>
        <comment>a document&apos;s name, the how-manieth time it is queued</comment>
        <translation>%1 #%2</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>host:8188 or https://host/comfy</source>
        <translation>host:8188 または https://host/comfy</translation>
    </message>
    <message>
        <source>Use &amp;TLS (https and wss)</source>
        <translation>TLS を使用 (https と wss)(&amp;T)</translation>
    </message>
    <message>
        <source>Accepted &amp;certificate:</source>
        <translation>受け入れる証明書(&amp;C):</translation>
    </message>
    <message>
        <source>Only certificates the system trusts</source>
        <translation>システムが信頼する証明書のみ</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the one self-signed certificate accepted for this server</source>
        <translation>このサーバーに対して受け入れる唯一の自己署名証明書の SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>追加ヘッダー(&amp;H):</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Add &amp;header</source>
        <translation>ヘッダーを追加(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation>ヘッダーを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Comfy &amp;API key:</source>
        <translation>Comfy API キー(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Use several servers together as a &amp;farm</source>
        <translation>複数のサーバーをファームとしてまとめて使う(&amp;F)</translation>
    </message>
    <message>
        <source>Spread the queue over every ticked server: each job goes to a server that has its nodes and models</source>
        <translation>チェックしたすべてのサーバーにキューを分散します: 各ジョブは、そのノードとモデルを持つサーバーに送られます</translation>
    </message>
</context>
<context>
    <name>Easel</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="vanished">%1 行 %2 列</translation>
    </message>
    <message>
        <source>two nodes have the id %1; the second is ignored</source>
        <translation type="vanished">2 つのノードが同じ ID %1 を持っています。2 つ目は無視されます</translation>
    </message>
    <message>
        <source>the string that opens here is never closed: the file ends inside it (%1)</source>
        <translation type="vanished">ここで始まる文字列が閉じられていません: ファイルがその途中で終わっています (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; closes nothing</source>
        <translation type="vanished">「%1」に対応する開き記号がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not close the &quot;%2&quot; opened at %3</source>
        <translation type="vanished">「%1」は %3 で開かれた「%2」を閉じていません</translation>
    </message>
    <message>
        <source>the file ends before the &quot;%1&quot; opened at %2 is closed</source>
        <translation type="vanished">%2 で開かれた「%1」が閉じられる前にファイルが終わっています</translation>
    </message>
    <message>
        <source>The animation&apos;s frames are too large or unreadable</source>
        <translation type="vanished">アニメーションのフレームが大きすぎるか、読み取れません</translation>
    </message>
    <message>
        <source>No frame could be decoded: %1</source>
        <translation type="vanished">フレームを 1 つもデコードできませんでした: %1</translation>
    </message>
    <message>
        <source>The file has no pictures</source>
        <translation type="vanished">ファイルに画像が含まれていません</translation>
    </message>
    <message>
        <source>The frames cannot be decoded</source>
        <translation type="vanished">フレームをデコードできません</translation>
    </message>
    <message>
        <source>No frame could be decoded</source>
        <translation type="vanished">フレームを 1 つもデコードできませんでした</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="vanished">%1 を開けません: %2</translation>
    </message>
    <message>
        <source>No decoder for %1</source>
        <translation type="vanished">%1 のデコーダーがありません</translation>
    </message>
    <message>
        <source>The decoder cannot be set up</source>
        <translation type="vanished">デコーダーを設定できません</translation>
    </message>
    <message>
        <source>The decoder cannot be opened (%1)</source>
        <translation type="vanished">デコーダーを開けません (%1)</translation>
    </message>
    <message>
        <source>Decoding a frame took too long</source>
        <translation type="vanished">フレームのデコードに時間がかかりすぎました</translation>
    </message>
    <message>
        <source>No sound could be decoded</source>
        <translation type="vanished">音声を 1 つもデコードできませんでした</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation type="vanished">ファイルを開けません</translation>
    </message>
    <message>
        <source>The image claims %1×%2 pixels, more than Easel decodes</source>
        <translation type="vanished">画像のサイズは %1×%2 ピクセルとされていて、Easel がデコードできる大きさを超えています</translation>
    </message>
    <message>
        <source>The first frame cannot be decoded: %1</source>
        <translation type="vanished">最初のフレームをデコードできません: %1</translation>
    </message>
    <message>
        <source>This is not a WebP file</source>
        <translation type="vanished">WebP ファイルではありません</translation>
    </message>
    <message>
        <source>The file has no picture and no sound</source>
        <translation type="vanished">ファイルに映像も音声も含まれていません</translation>
    </message>
    <message>
        <source>The video claims %1×%2 pixels; Easel does not decode it</source>
        <translation type="vanished">動画のサイズは %1×%2 ピクセルとされているため、Easel はデコードしません</translation>
    </message>
    <message>
        <source>%1 is not what its name says: %2 bytes that do not start with its format&apos;s signature</source>
        <translation type="vanished">%1 は名前が示す形式ではありません: %2 バイトのデータが、その形式のシグネチャで始まっていません</translation>
    </message>
    <message>
        <source>The download of %1 was cut short (%2 bytes)</source>
        <translation type="vanished">%1 のダウンロードが途中で切れました (%2 バイト)</translation>
    </message>
    <message>
        <source>%n frame(s)</source>
        <translation type="vanished">%n フレーム</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="vanished">%1 秒</translation>
    </message>
    <message>
        <source>saved %1 %2: %3</source>
        <translation type="vanished">%1 %2 を保存しました: %3</translation>
    </message>
</context>
<context>
    <name>Easel::AnimationFrames</name>
    <message>
        <source>The animation&apos;s frames are too large or unreadable</source>
        <translation>アニメーションのフレームが大きすぎるか、読み取れません</translation>
    </message>
    <message>
        <source>No frame could be decoded: %1</source>
        <translation>フレームを 1 つもデコードできませんでした: %1</translation>
    </message>
    <message>
        <source>The file has no pictures</source>
        <translation>ファイルに画像が含まれていません</translation>
    </message>
    <message>
        <source>The frames cannot be decoded</source>
        <translation>フレームをデコードできません</translation>
    </message>
    <message>
        <source>No frame could be decoded</source>
        <translation>フレームを 1 つもデコードできませんでした</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
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
    <name>Easel::BatchNotifier</name>
    <message>
        <source>Batch “%1” finished</source>
        <translation>バッチ「%1」が完了しました</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) done</source>
        <translation>
            <numerusform>%n 件のジョブが完了</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed or cancelled</source>
        <translation type="vanished">%1 件完了、%2 件失敗またはキャンセル</translation>
    </message>
</context>
<context>
    <name>Easel::CatalogueCache</name>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
</context>
<context>
    <name>Easel::ClipspaceTransfer</name>
    <message>
        <source>The file is not a picture Easel can read (%1).</source>
        <translation>このファイルは Easel が読み込める画像ではありません (%1)。</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 pixels; Easel edits pictures of up to %3 megapixels.</source>
        <translation>画像は %1 × %2 ピクセルです。Easel で編集できる画像は %3 メガピクセルまでです。</translation>
    </message>
    <message>
        <source>The picture cannot be decoded (%1).</source>
        <translation>画像をデコードできません (%1)。</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>サーバーに接続されていません。</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: %2</source>
        <translation>%1 を取得できません: %2</translation>
    </message>
    <message>
        <source>The server refused the %1 as too large (HTTP 413). The mask is kept; try a smaller picture.</source>
        <translation>サーバーは%1を大きすぎるとして拒否しました (HTTP 413)。マスクは保持されています。もっと小さい画像を試してください。</translation>
    </message>
    <message>
        <source>Uploading the %1 failed: %2. The mask is kept; save again to retry.</source>
        <translation>%1のアップロードに失敗しました: %2。マスクは保持されています。もう一度保存すると再試行します。</translation>
    </message>
    <message>
        <source>The mask could not be encoded.</source>
        <translation>マスクをエンコードできませんでした。</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>マスク</translation>
    </message>
    <message>
        <source>paint layer</source>
        <translation>ペイントレイヤー</translation>
    </message>
    <message>
        <source>painted picture</source>
        <translation>ペイント済みの画像</translation>
    </message>
    <message>
        <source>masked picture</source>
        <translation>マスク適用済みの画像</translation>
    </message>
    <message>
        <source>The server refused the %1 as a bad request (HTTP 400). The mask is kept; check that the server accepts uploads into input/clipspace, then save again.</source>
        <translation>サーバーは%1を不正なリクエストとして拒否しました (HTTP 400)。マスクは保持されています。サーバーが input/clipspace へのアップロードを受け付けるか確認してから、もう一度保存してください。</translation>
    </message>
</context>
<context>
    <name>Easel::ComboEditor</name>
    <message>
        <source>Upload…</source>
        <translation>アップロード…</translation>
    </message>
    <message>
        <source>Upload an image from this computer to the server and use it</source>
        <translation>このコンピューターの画像をサーバーにアップロードして使用します</translation>
    </message>
    <message>
        <source>Upload Image</source>
        <translation>画像をアップロード</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>%1 (not on the server)</source>
        <translation>%1（サーバーにありません）</translation>
    </message>
    <message>
        <source>Upload Video</source>
        <translation>動画をアップロード</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.webm *.mov *.mkv *.avi *.m4v *.gif)</source>
        <translation>動画 (*.mp4 *.webm *.mov *.mkv *.avi *.m4v *.gif)</translation>
    </message>
    <message>
        <source>Upload Audio</source>
        <translation>音声をアップロード</translation>
    </message>
    <message>
        <source>Sound (*.wav *.mp3 *.flac *.ogg *.opus *.m4a *.aac)</source>
        <translation>音声 (*.wav *.mp3 *.flac *.ogg *.opus *.m4a *.aac)</translation>
    </message>
    <message>
        <source>Upload a video from this computer to the server and use it</source>
        <translation>このコンピューターの動画をサーバーにアップロードして使用します</translation>
    </message>
    <message>
        <source>Upload a sound file from this computer to the server and use it</source>
        <translation>このコンピューターの音声ファイルをサーバーにアップロードして使用します</translation>
    </message>
</context>
<context>
    <name>Easel::CompareCanvas</name>
    <message>
        <source>Difference: black where %1 and %2 are the same</source>
        <translation>差分: %1 と %2 が同じ部分は黒</translation>
    </message>
</context>
<context>
    <name>Easel::ComparePane</name>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>ワイプ</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>並べて表示</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>入れ替え</translation>
    </message>
    <message>
        <source>Close Compare</source>
        <translation>比較を閉じる</translation>
    </message>
    <message>
        <source>Back to the single picture (Escape)</source>
        <translation>1 枚の画像表示に戻る (Esc)</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>シード %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Previous Frame</source>
        <translation>前のフレーム</translation>
    </message>
    <message>
        <source>One frame back on both sides (,)</source>
        <translation>両側とも 1 フレーム戻る (,)</translation>
    </message>
    <message>
        <source>Next Frame</source>
        <translation>次のフレーム</translation>
    </message>
    <message>
        <source>One frame forward on both sides (.)</source>
        <translation>両側とも 1 フレーム進む (.)</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>フレーム %1 / %2</translation>
    </message>
    <message>
        <source>Too long to compare frame by frame: the first frames are shown</source>
        <translation>長すぎてフレームごとに比較できません: 最初のフレームを表示しています</translation>
    </message>
    <message>
        <source>Different lengths (%1 and %2 frames): the first frames are shown</source>
        <translation>長さが異なります (%1 フレームと %2 フレーム): 最初のフレームを表示しています</translation>
    </message>
</context>
<context>
    <name>Easel::ConnectionDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>新しいサーバー</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 に問い合わせ中…</translation>
    </message>
    <message>
        <source>ComfyUI %1</source>
        <translation>ComfyUI %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 VRAM free</source>
        <translation>%1: VRAM 空き %2 / %3</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>信頼されていない証明書</translation>
    </message>
    <message>
        <source>The server presents a certificate this system does not trust.

SHA-256 fingerprint:
%1

Accept exactly this certificate for this profile? Compare the fingerprint with the one the server&apos;s administrator gave you.</source>
        <translation>サーバーが提示した証明書は、このシステムでは信頼されていません。

SHA-256 フィンガープリント:
%1

このプロファイルでこの証明書だけを受け入れますか？フィンガープリントをサーバー管理者から伝えられたものと照合してください。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Saved; the secrets are in a plain-text file.</source>
        <translation>保存しました。秘密情報は平文のファイルに保存されています。</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>キーチェーンがありません</translation>
    </message>
    <message>
        <source>No keychain is available to keep this profile&apos;s secrets (%1).

Store the header values and API key in a plain-text file that anyone who can read your settings can read?</source>
        <translation>このプロファイルの秘密情報を保管するキーチェーンが利用できません (%1)。

ヘッダーの値と API キーを平文のファイルに保存しますか？このファイルは、設定を読める人なら誰でも読めます。</translation>
    </message>
    <message>
        <source>Not saved: no keychain.</source>
        <translation>保存されませんでした: キーチェーンがありません。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its secrets?</source>
        <translation>プロファイル「%1」とその秘密情報を削除しますか？</translation>
    </message>
    <message>
        <source>Tick the saved servers to use together (at least two).</source>
        <translation>まとめて使う保存済みサーバーにチェックを付けてください (2 台以上)。</translation>
    </message>
    <message numerus="yes">
        <source>%n servers ticked: the queue is spread over them.</source>
        <translation>
            <numerusform>%n 台のサーバーをチェック済み: キューはこれらに分散されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connect to Farm</source>
        <translation>ファームに接続(&amp;C)</translation>
    </message>
    <message>
        <source>Use the ticked servers together</source>
        <translation>チェックしたサーバーをまとめて使う</translation>
    </message>
    <message>
        <source>Use the server shown in the form</source>
        <translation>フォームに表示されているサーバーを使う</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>保存済みの接続</translation>
    </message>
    <message>
        <source>Extra request headers</source>
        <translation>追加のリクエストヘッダー</translation>
    </message>
    <message>
        <source>Select all headers</source>
        <translation>すべてのヘッダーを選択</translation>
    </message>
</context>
<context>
    <name>Easel::ConnectionMonitor</name>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>Connection to %1 lost</source>
        <translation>%1 との接続が切れました</translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost; reconnecting in %n s</source>
        <translation>
            <numerusform>%1 との接続が切れました。%n 秒後に再接続します</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 restarted; jobs it forgot can be queued again</source>
        <translation>%1 が再起動しました。失われたジョブは再度キューに追加できます</translation>
    </message>
    <message>
        <source>%1 is not a compatible ComfyUI server: %2</source>
        <translation>%1 は互換性のある ComfyUI サーバーではありません: %2</translation>
    </message>
</context>
<context>
    <name>Easel::ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>プロファイルには名前が必要です。</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>「%1」はサーバーのアドレスではありません。</translation>
    </message>
    <message>
        <source>The certificate fingerprint is not a SHA-256 digest.</source>
        <translation>証明書のフィンガープリントが SHA-256 ダイジェストではありません。</translation>
    </message>
    <message>
        <source>“%1” is not a valid header name.</source>
        <translation>「%1」は有効なヘッダー名ではありません。</translation>
    </message>
    <message>
        <source>The value of header “%1” contains a line break.</source>
        <translation>ヘッダー「%1」の値に改行が含まれています。</translation>
    </message>
</context>
<context>
    <name>Easel::Conversion</name>
    <message>
        <source>this subgraph is muted or bypassed inside another subgraph; ComfyUI&apos;s frontend still runs the nodes inside it, and so does Easel</source>
        <translation type="vanished">このサブグラフは別のサブグラフ内でミュートまたはバイパスされています。ComfyUI のフロントエンドは中のノードを実行するため、Easel も実行します</translation>
    </message>
    <message>
        <source>subgraphs nested deeper than %1 levels (does a subgraph contain itself?)</source>
        <translation type="vanished">サブグラフの入れ子が %1 段を超えています (サブグラフが自分自身を含んでいませんか?)</translation>
    </message>
    <message>
        <source>group nodes inside subgraphs are not supported (nor by ComfyUI)</source>
        <translation type="vanished">サブグラフ内のグループノードには対応していません (ComfyUI も同様です)</translation>
    </message>
    <message>
        <source>widgets_values holds %1 values where %2 were expected; they are mapped in order</source>
        <translation type="vanished">widgets_values には %2 個のはずの値が %1 個あります。順番に割り当てます</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation type="vanished">ノードタイプ %1 はサーバーにインストールされていません</translation>
    </message>
    <message>
        <source>the link loops through reroutes or bypassed nodes</source>
        <translation type="vanished">リンクがリルートまたはバイパスされたノードを通ってループしています</translation>
    </message>
    <message>
        <source>input refers to link %1, which the workflow does not have</source>
        <translation type="vanished">入力がワークフローに存在しないリンク %1 を参照しています</translation>
    </message>
    <message>
        <source>link %1 names target slot %2, but the node holds it in input %3 (%4 inputs); the input that holds the link is used, as ComfyUI does</source>
        <translation type="vanished">リンク %1 はターゲットスロット %2 を指していますが、ノードは入力 %3 (入力数 %4) に保持しています。ComfyUI と同じく、リンクを保持する入力を使います</translation>
    </message>
    <message>
        <source>link %1 comes from node %2, which does not exist</source>
        <translation type="vanished">リンク %1 は存在しないノード %2 から来ています</translation>
    </message>
    <message>
        <source>the node no longer has the widget %1 this input was made from; the input is dropped, as ComfyUI&apos;s frontend does when it loads the workflow</source>
        <translation type="vanished">このノードには、この入力の元になったウィジェット %1 がもうありません。ComfyUI のフロントエンドがワークフローを読み込むときと同様に、この入力は破棄されます</translation>
    </message>
</context>
<context>
    <name>Easel::DockLayout</name>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back in its first place and size</source>
        <translation>すべてのパネルを最初の位置と大きさに戻します</translation>
    </message>
</context>
<context>
    <name>Easel::EventSocketWorker</name>
    <message>
        <source>The server&apos;s certificate is not trusted (%1); its SHA-256 fingerprint is %2</source>
        <translation>サーバーの証明書は信頼されていません (%1)。SHA-256 フィンガープリントは %2 です</translation>
    </message>
    <message numerus="yes">
        <source>A WebSocket text message of %n character(s) was dropped: the limit is %1 bytes</source>
        <translation>
            <numerusform>%n 文字の WebSocket テキストメッセージを破棄しました: 上限は %1 バイトです</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::EventStream</name>
    <message>
        <source>The server&apos;s certificate is not trusted (%1); its SHA-256 fingerprint is %2</source>
        <translation type="vanished">サーバーの証明書は信頼されていません (%1)。SHA-256 フィンガープリントは %2 です</translation>
    </message>
    <message numerus="yes">
        <source>A WebSocket text message of %n character(s) was dropped: the limit is %1 bytes</source>
        <translation type="vanished">
            <numerusform>%n 文字の WebSocket テキストメッセージを破棄しました: 上限は %1 バイトです</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::FailureDetails</name>
    <message>
        <source>Traceback</source>
        <translation>トレースバック</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 failed&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 が失敗しました&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The server rejected the prompt: %1</source>
        <translation>サーバーがプロンプトを拒否しました: %1</translation>
    </message>
    <message>
        <source>Node %1 (%2), input %3: %4 %5</source>
        <translation>ノード %1 (%2)、入力 %3: %4 %5</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Node %1 (%2): %3</source>
        <translation>ノード %1 (%2): %3</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next:&lt;/i&gt; the inputs named above are marked in the editor. Correct them, then queue again (or Retry to send the same values).</source>
        <translation>&lt;i&gt;次の手順:&lt;/i&gt; 上に挙げた入力がエディターで示されています。修正してから、もう一度キューに入れてください (同じ値のまま送るには「再試行」)。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next:&lt;/i&gt; check that node&apos;s inputs and the models it needs on the server, then Retry. The traceback below is what to attach to a bug report.</source>
        <translation>&lt;i&gt;次の手順:&lt;/i&gt; そのノードの入力と、サーバー上で必要なモデルを確認してから「再試行」してください。不具合を報告するときは下のトレースバックを添付してください。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next:&lt;/i&gt; Retry sends the job again.</source>
        <translation>&lt;i&gt;次の手順:&lt;/i&gt;「再試行」でジョブをもう一度送信します。</translation>
    </message>
</context>
<context>
    <name>Easel::FarmDispatcher</name>
    <message>
        <source>finished there while it was away; outputs fetched, not run again</source>
        <translation>サーバーが離脱している間にそこで完了しました。出力を取得し、再実行はしません</translation>
    </message>
    <message>
        <source>%1: not reachable</source>
        <translation>%1: 接続できません</translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation>%1 には %2 がありません</translation>
    </message>
    <message>
        <source>%1: down</source>
        <translation>%1: ダウン</translation>
    </message>
    <message>
        <source>%1: not in the farm</source>
        <translation>%1: ファームに含まれていません</translation>
    </message>
    <message>
        <source>No server can run this job: %1</source>
        <translation>このジョブを実行できるサーバーがありません: %1</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>warm: %1 loaded</source>
        <translation>ウォーム: %1 読み込み済み</translation>
    </message>
    <message>
        <source>shortest queue (%1) of %2 with room</source>
        <translation>空きのある %2 台中で最短のキュー (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1 for node %2: %3</source>
        <translation>ノード %2 用の %1 を読み込めません: %3</translation>
    </message>
    <message>
        <source>upload failed: %1</source>
        <translation>アップロードに失敗しました: %1</translation>
    </message>
    <message>
        <source>%1 refused the upload for node %2: %3</source>
        <translation>%1 がノード %2 のアップロードを拒否しました: %3</translation>
    </message>
    <message>
        <source>not reachable: %1</source>
        <translation>接続できません: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>the server has no record of it (restarted)</source>
        <translation>サーバーに記録がありません (再起動されました)</translation>
    </message>
    <message>
        <source>to run elsewhere</source>
        <translation>別のサーバーで実行するため</translation>
    </message>
    <message>
        <source>its server has been down for %1 s</source>
        <translation>サーバーが %1 秒間ダウンしています</translation>
    </message>
    <message>
        <source>its server is not in the farm</source>
        <translation>そのサーバーはファームに含まれていません</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>taken back before it ran</source>
        <translation>実行前に取り戻されました</translation>
    </message>
</context>
<context>
    <name>Easel::FarmJobNeeds</name>
    <message>
        <source>a readable API prompt</source>
        <translation>読み取り可能な API プロンプト</translation>
    </message>
    <message>
        <source>node class %1</source>
        <translation>ノードクラス %1</translation>
    </message>
    <message>
        <source>%1 for %2.%3 (node %4)</source>
        <translation>%2.%3 用の %1 (ノード %4)</translation>
    </message>
</context>
<context>
    <name>Easel::FarmQueueDispatch</name>
    <message>
        <source>The input image %1 (node %2) no longer exists</source>
        <translation>入力画像 %1 (ノード %2) はもう存在しません</translation>
    </message>
    <message>
        <source>The farm could not take this job (it is still running there)</source>
        <translation>ファームはこのジョブを受け付けられませんでした (ジョブはまだそこで実行中です)</translation>
    </message>
</context>
<context>
    <name>Easel::FarmRun</name>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>%1 のサーバーに接続できません: %2</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation type="vanished">%1 を保存しました</translation>
    </message>
    <message>
        <source>job %1/%2 sent to %3 (%4)</source>
        <translation>ジョブ %1/%2 を %3 に送信しました (%4)</translation>
    </message>
    <message>
        <source>job %1/%2 on %3: %4</source>
        <translation>ジョブ %1/%2 (%3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) queued on a farm of %1 server(s)</source>
        <translation>
            <numerusform>%1 台のサーバーからなるファームに %n 件のジョブをキューに追加しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done on %3: %n output(s) saved</source>
        <translation type="vanished">
            <numerusform>ジョブ %1/%2 が %3 で完了: %n 件の出力を保存しました</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1/%2 failed: %3</source>
        <translation type="vanished">ジョブ %1/%2 は失敗しました: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n job(s)</source>
        <translation type="vanished">
            <numerusform>%1: %n 件のジョブ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 job(s) succeeded; outputs in %3</source>
        <translation type="vanished">%2 件中 %1 件のジョブが成功しました。出力先: %3</translation>
    </message>
    <message>
        <source>Cannot reach %1 at %2: %3</source>
        <translation>%2 の %1 に接続できません: %3</translation>
    </message>
</context>
<context>
    <name>Easel::FarmServerModel</name>
    <message>
        <source>%1 of %2 free</source>
        <translation>%2 中 %1 空き</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>ComfyUI</source>
        <translation>ComfyUI</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Jobs run</source>
        <translation>実行済みジョブ</translation>
    </message>
    <message>
        <source>Loaded model</source>
        <translation>読み込み済みモデル</translation>
    </message>
</context>
<context>
    <name>Easel::FfmpegInput</name>
    <message>
        <source>The file cannot be opened</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>メモリが不足しています</translation>
    </message>
    <message>
        <source>Reading the file took too long</source>
        <translation>ファイルの読み込みに時間がかかりすぎました</translation>
    </message>
    <message>
        <source>The file is not a readable video or audio file, or it is cut short (%1)</source>
        <translation>読み込める動画・音声ファイルではないか、途中で切れています (%1)</translation>
    </message>
    <message>
        <source>The video claims %1×%2 pixels, more than Easel decodes</source>
        <translation>動画のサイズは %1×%2 ピクセルとされていて、Easel がデコードできる大きさを超えています</translation>
    </message>
    <message>
        <source>The file&apos;s streams cannot be read (%1)</source>
        <translation>ファイルのストリームを読み込めません (%1)</translation>
    </message>
</context>
<context>
    <name>Easel::Filmstrip</name>
    <message>
        <source>This session&apos;s outputs</source>
        <translation>このセッションの出力</translation>
    </message>
    <message>
        <source>This session&apos;s outputs, newest on the right. Arrows move, right-click for actions.</source>
        <translation>このセッションの出力 (新しいものが右)。矢印キーで移動、右クリックで操作。</translation>
    </message>
    <message>
        <source>Back to Live</source>
        <translation>ライブに戻る</translation>
    </message>
    <message>
        <source>Follow new outputs and the live preview again</source>
        <translation>新しい出力とライブプレビューの追従を再開</translation>
    </message>
    <message>
        <source>This session&apos;s pictures appear here as they finish, newest on the right.</source>
        <translation>このセッションの画像は、できあがるとここに表示されます (新しいものが右)。</translation>
    </message>
</context>
<context>
    <name>Easel::GalleryModel</name>
    <message>
        <source>Tags: %1</source>
        <translation>タグ: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー: %1</translation>
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
    <message>
        <source>Between…</source>
        <translation>期間を指定…</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>表示する最初の日</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>表示する最後の日</translation>
    </message>
    <message>
        <source>Only outputs of this workflow</source>
        <translation>このワークフローの出力のみ</translation>
    </message>
    <message>
        <source>Only outputs with this tag</source>
        <translation>このタグの付いた出力のみ</translation>
    </message>
    <message>
        <source>Any workflow</source>
        <translation>すべてのワークフロー</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Could not save the tags:
%1</source>
        <translation>タグを保存できませんでした:
%1</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>ゴミ箱へ移動</translation>
    </message>
    <message>
        <source>Could not move to the trash:
%1</source>
        <translation>ゴミ箱へ移動できませんでした:
%1</translation>
    </message>
    <message>
        <source>Compare the two selected</source>
        <translation>選択した 2 つを比較</translation>
    </message>
    <message>
        <source>Edit tags…</source>
        <translation>タグを編集…</translation>
    </message>
    <message>
        <source>Only outputs made on this server of the farm</source>
        <translation>ファームのこのサーバーで生成された出力のみ</translation>
    </message>
    <message>
        <source>Any server</source>
        <translation>すべてのサーバー</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>選択項目を書き出し…</translation>
    </message>
    <message>
        <source>Could not save the favourite:
%1</source>
        <translation>お気に入りを保存できませんでした:
%1</translation>
    </message>
</context>
<context>
    <name>Easel::GalleryWorker</name>
    <message>
        <source>The library index could not be opened.</source>
        <translation>ライブラリのインデックスを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>Easel::GraphMapDock</name>
    <message>
        <source>Graph</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Inside a subgraph. Click a step to go back out; Backspace in the map goes up one level.</source>
        <translation>サブグラフの中です。階層をクリックすると外に戻ります。グラフ内で Backspace を押すと 1 階層上に戻ります。</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>ワークフロー</translation>
    </message>
</context>
<context>
    <name>Easel::GraphMapView</name>
    <message>
        <source>The workflow&apos;s graph. Click a node to select it in the tree; drag the background to pan, a node to move it; the wheel zooms; F fits the graph.</source>
        <translation>ワークフローのグラフです。ノードをクリックするとツリーで選択されます。背景をドラッグするとパン、ノードをドラッグすると移動、ホイールでズーム、F でグラフ全体を表示します。</translation>
    </message>
    <message>
        <source>%1 · %2 #%3</source>
        <translation>%1 · %2 #%3</translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation>バイパス中</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>ミュート中</translation>
    </message>
    <message>
        <source>No workflow</source>
        <translation>ワークフローなし</translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>グラフを配置しています…</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>A subgraph: double-click to open it</source>
        <translation>サブグラフ: ダブルクリックで開きます</translation>
    </message>
</context>
<context>
    <name>Easel::HeadlessRun</name>
    <message>
        <source>node %1</source>
        <translation type="vanished">ノード %1</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation type="vanished">%1 を保存しました</translation>
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
        <translation type="vanished">
            <numerusform>ジョブ %1/%2 完了: %n 件の出力を保存しました</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1/%2 rejected: %3</source>
        <translation type="vanished">ジョブ %1/%2 は拒否されました: %3</translation>
    </message>
    <message>
        <source>  node %1 (%2), input %3: %4 %5</source>
        <translation type="vanished">  ノード %1 (%2)、入力 %3: %4 %5</translation>
    </message>
    <message>
        <source>-</source>
        <translation type="vanished">-</translation>
    </message>
    <message>
        <source>job %1/%2 failed: %3</source>
        <translation type="vanished">ジョブ %1/%2 は失敗しました: %3</translation>
    </message>
    <message>
        <source>%1 of %2 job(s) succeeded; outputs in %3</source>
        <translation type="vanished">%2 件中 %1 件のジョブが成功しました。出力先: %3</translation>
    </message>
    <message>
        <source>job %1/%2: %3</source>
        <translation type="vanished">ジョブ %1/%2: %3</translation>
    </message>
    <message>
        <source>job %1/%2 finished on the server but produced no output files</source>
        <translation type="vanished">ジョブ %1/%2 はサーバーで完了しましたが、出力ファイルがありません</translation>
    </message>
    <message>
        <source>The server restarted and lost this job.</source>
        <translation>サーバーが再起動し、このジョブは失われました。</translation>
    </message>
    <message>
        <source>Cannot open the output library in %1: %2; no job was sent.</source>
        <translation>%1 の出力ライブラリを開けません: %2。ジョブは送信されていません。</translation>
    </message>
</context>
<context>
    <name>Easel::ImageInputController</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>This workflow has no image input. Open one with a Load Image node to use pictures.</source>
        <translation>このワークフローには画像入力がありません。画像を使うには Load Image ノードのあるワークフローを開いてください。</translation>
    </message>
    <message>
        <source>Choose an Image Input</source>
        <translation>画像入力の選択</translation>
    </message>
    <message>
        <source>Put the picture into:</source>
        <translation>画像の入力先:</translation>
    </message>
    <message>
        <source>Choose, paste or drop a picture into %1 first.</source>
        <translation>先に %1 に画像を選択、貼り付け、またはドロップしてください。</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>サーバーに接続されていません。</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>クリップボードに画像がありません。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 pixels; Easel takes pictures of up to %3 megapixels.</source>
        <translation>画像は %1 × %2 ピクセルです。Easel で使える画像は %3 メガピクセルまでです。</translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation>画像を読み込んでいます…</translation>
    </message>
    <message>
        <source>Preparing the picture…</source>
        <translation>画像を準備しています…</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>画像を %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 をアップロードしています…</translation>
    </message>
    <message>
        <source>No Image Input</source>
        <translation>画像入力がありません</translation>
    </message>
    <message>
        <source>This workflow has no image input to take the picture.</source>
        <translation>このワークフローには、画像を受け取る画像入力がありません。</translation>
    </message>
    <message>
        <source>No workflow is open to take the picture.</source>
        <translation>画像を受け取るワークフローが開かれていません。</translation>
    </message>
    <message>
        <source>Start a new image-to-image workflow from this picture? It opens the “Image to image” starter with the picture as its input.</source>
        <translation>この画像から新しい画像から画像へのワークフローを始めますか? スターター「画像から画像」を、この画像を入力にして開きます。</translation>
    </message>
    <message>
        <source>New Image-to-Image</source>
        <translation>新規 画像から画像</translation>
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
    <name>Easel::ImagePrepDialog</name>
    <message>
        <source>Use Picture for %1</source>
        <translation>%1 に画像を使用</translation>
    </message>
    <message>
        <source>Crop to fill the size</source>
        <translation>サイズいっぱいに切り抜く</translation>
    </message>
    <message>
        <source>Fit inside the size</source>
        <translation>サイズ内に収める</translation>
    </message>
    <message>
        <source>Stretch to the size</source>
        <translation>サイズに合わせて引き伸ばす</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>そのまま</translation>
    </message>
    <message>
        <source> px</source>
        <translation type="vanished"> px</translation>
    </message>
    <message>
        <source>Turn Left</source>
        <translation type="vanished">左に回転</translation>
    </message>
    <message>
        <source>Turn Right</source>
        <translation type="vanished">右に回転</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="vanished">サイズ</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="vanished">形状</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="vanished">回転</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>アップロード(&amp;U)</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 px; the input gets %3 × %4 px.</source>
        <translation>画像は %1 × %2 px です。入力には %3 × %4 px で渡されます。</translation>
    </message>
</context>
<context>
    <name>Easel::ImagePyramid</name>
    <message>
        <source>The image has no size.</source>
        <translation>画像にサイズがありません。</translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2).</source>
        <translation>画像が大きすぎます (%1 × %2)。</translation>
    </message>
</context>
<context>
    <name>Easel::ImageView</name>
    <message>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Opening %1 (%2 × %3)…</source>
        <translation>%1 を開いています (%2 × %3)…</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3 %</source>
        <translation>%1 × %2 px · %3%</translation>
    </message>
    <message>
        <source>Preview · opening %1 × %2…</source>
        <translation>プレビュー · %1 × %2 を開いています…</translation>
    </message>
    <message>
        <source>Opening %1 × %2… %3 %</source>
        <translation>%1 × %2 を開いています… %3%</translation>
    </message>
</context>
<context>
    <name>Easel::InputDelegate</name>
    <message>
        <source>Ctrl+Enter or Tab to apply, Escape to cancel</source>
        <translation type="vanished">Ctrl+Enter または Tab で適用、Esc でキャンセル</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>Empty: click to write</source>
        <translation>空です: クリックして入力</translation>
    </message>
    <message>
        <source>Uploading… %1 %</source>
        <translation>アップロード中… %1%</translation>
    </message>
    <message>
        <source>Tab to apply, Ctrl+Enter to apply and queue, Escape to cancel</source>
        <translation>Tab で適用、Ctrl+Enter で適用してキューに追加、Escape で取り消し</translation>
    </message>
</context>
<context>
    <name>Easel::JobJournal</name>
    <message>
        <source>Cannot write the queue journal: %1</source>
        <translation>キュージャーナルを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>Easel::JobQueue</name>
    <message>
        <source>Cannot write the queue journal: %1</source>
        <translation type="vanished">キュージャーナルを書き込めません: %1</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>バッチ %1</translation>
    </message>
    <message>
        <source>The job&apos;s inputs no longer match the workflow</source>
        <translation>ジョブの入力がワークフローと一致しなくなりました</translation>
    </message>
    <message>
        <source>Cannot read the queue journal: %1</source>
        <translation>キュージャーナルを読み込めません: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="vanished">待機中</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="vanished">サーバー上</translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="vanished">実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="vanished">完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="vanished">失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="vanished">キャンセル済み</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="vanished">中断</translation>
    </message>
    <message>
        <source>Other client</source>
        <translation type="vanished">他のクライアント</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="vanished">%1 秒</translation>
    </message>
    <message>
        <source>Another client&apos;s job</source>
        <translation type="vanished">他のクライアントのジョブ</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="vanished">%1 #%2</translation>
    </message>
    <message>
        <source>Other client, pending</source>
        <translation type="vanished">他のクライアント、待機中</translation>
    </message>
    <message>
        <source>Other client, running</source>
        <translation type="vanished">他のクライアント、実行中</translation>
    </message>
    <message>
        <source>Running %1%</source>
        <translation type="vanished">実行中 %1%</translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="vanished">ジョブ</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="vanished">変更</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="vanished">状態</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="vanished">順番</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="vanished">経過</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="vanished">見込み</translation>
    </message>
    <message>
        <source>Waiting for a server</source>
        <translation type="vanished">サーバー待ち</translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="vanished">サーバー</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="vanished">一時停止中</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="vanished">—</translation>
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
        <translation type="vanished">サーバーにこのプロンプトの記録がありません</translation>
    </message>
    <message>
        <source>Interrupted at node %1</source>
        <translation>ノード %1 で中断しました</translation>
    </message>
    <message>
        <source>The server listed %1 output files for this job; the limit is %2 a job</source>
        <translation>サーバーはこのジョブの出力ファイルを %1 個挙げましたが、上限はジョブあたり %2 個です</translation>
    </message>
    <message numerus="yes">
        <source>The server does not know this job (in neither its queue nor its history for %n second(s)); it was lost</source>
        <translation>
            <numerusform>サーバーはこのジョブを認識していません (%n 秒間キューにも履歴にもありません)。ジョブは失われました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server does not know this job; lost in %n second(s)</source>
        <translation>
            <numerusform>サーバーはこのジョブを認識していません。%n 秒で失われました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for the server&apos;s answer, %n second(s)</source>
        <translation>
            <numerusform>サーバーの応答を待っています (%n 秒)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::JsonBreak</name>
    <message>
        <source>the string that opens here is never closed: the file ends inside it (%1)</source>
        <translation>ここで始まる文字列が閉じられていません: ファイルがその途中で終わっています (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; closes nothing</source>
        <translation>「%1」に対応する開き記号がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not close the &quot;%2&quot; opened at %3</source>
        <translation>「%1」は %3 で開かれた「%2」を閉じていません</translation>
    </message>
    <message>
        <source>the file ends before the &quot;%1&quot; opened at %2 is closed</source>
        <translation>%2 で開かれた「%1」が閉じられる前にファイルが終わっています</translation>
    </message>
</context>
<context>
    <name>Easel::KioskConfigWriter</name>
    <message>
        <source>the hash is written, but the file&apos;s group could not be kept</source>
        <translation>ハッシュは書き込まれましたが、ファイルのグループを維持できませんでした</translation>
    </message>
</context>
<context>
    <name>Easel::KioskController</name>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>This session&apos;s pictures, newest first.</source>
        <translation>このセッションの画像 (新しい順)。</translation>
    </message>
    <message>
        <source>Workflow:</source>
        <translation>ワークフロー:</translation>
    </message>
    <message>
        <source>No approved workflows</source>
        <translation>承認済みのワークフローがありません</translation>
    </message>
    <message>
        <source>Administrator…</source>
        <translation>管理者…</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) used</source>
        <translation>
            <numerusform>%n 件の設定を使用しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n locked by the administrator</source>
        <translation type="vanished">
            <numerusform>。%n 件は管理者によりロックされています</numerusform>
        </translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>この設定を使う</translation>
    </message>
    <message>
        <source>Cancel my picture</source>
        <translation>画像の作成をキャンセル</translation>
    </message>
    <message>
        <source>These settings belong to another workflow. Pick that workflow first.</source>
        <translation>この設定は別のワークフローのものです。先にそのワークフローを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>; %n kept as the administrator set them</source>
        <translation>
            <numerusform>。%n 件は管理者の設定のままです</numerusform>
        </translation>
    </message>
    <message>
        <source>Your picture is on its way.</source>
        <translation>画像を作成しています。</translation>
    </message>
    <message>
        <source>Some values are outside what is allowed here; they are marked in the list.</source>
        <translation>ここで許可されている範囲外の値があります。リストで示しています。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Your picture is ready.</source>
        <translation>画像ができあがりました。</translation>
    </message>
    <message>
        <source>This picture could not be made. Please try again.</source>
        <translation>画像を作成できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your pictures appear here. Press Generate to make one.</source>
        <translation>ここに画像が表示されます。「生成」を押すと画像を作成します。</translation>
    </message>
    <message>
        <source>Press Generate: the live preview and your pictures appear here.</source>
        <translation>「生成」を押すと、ライブプレビューと画像がここに表示されます。</translation>
    </message>
</context>
<context>
    <name>Easel::KioskInputRule</name>
    <message>
        <source>The administrator locked this input.</source>
        <translation>管理者がこの入力をロックしています。</translation>
    </message>
    <message>
        <source>Only a number is allowed here.</source>
        <translation type="vanished">ここには数値のみ入力できます。</translation>
    </message>
    <message>
        <source>Allowed here: %1 to %2.</source>
        <translation type="vanished">ここで使用できる値: %1 ～ %2。</translation>
    </message>
    <message>
        <source>Allowed here: %1.</source>
        <translation type="vanished">ここで使用できる値: %1。</translation>
    </message>
</context>
<context>
    <name>Easel::KioskPin</name>
    <message>
        <source>not of the form pbkdf2-sha256$iterations$salt$hash</source>
        <translation type="vanished">pbkdf2-sha256$iterations$salt$hash の形式ではありません</translation>
    </message>
    <message>
        <source>the iteration count is missing or out of range</source>
        <translation>反復回数がないか、範囲外です</translation>
    </message>
    <message>
        <source>the salt or the hash is not valid base64 of the right length</source>
        <translation>ソルトまたはハッシュが正しい長さの有効な Base64 ではありません</translation>
    </message>
    <message>
        <source>neither an $argon2id$ hash nor of the form pbkdf2-sha256$iterations$salt$hash</source>
        <translation>$argon2id$ ハッシュでも pbkdf2-sha256$iterations$salt$hash 形式でもありません</translation>
    </message>
    <message>
        <source>the PIN needs at least %1 characters</source>
        <translation>PIN は %1 文字以上必要です</translation>
    </message>
    <message>
        <source>the PIN is a run of characters (like 123456)</source>
        <translation>PIN が連続した文字です (123456 など)</translation>
    </message>
    <message>
        <source>the PIN repeats a few characters (like 111111 or 121212)</source>
        <translation>PIN が少数の文字の繰り返しです (111111 や 121212 など)</translation>
    </message>
    <message>
        <source>the PIN looks like a date or a year</source>
        <translation>PIN が日付または年のように見えます</translation>
    </message>
    <message>
        <source>the PIN is a common password</source>
        <translation>PIN がよく使われるパスワードです</translation>
    </message>
    <message>
        <source>not a valid $argon2id$ hash; make a new one with --kiosk-hash-pin</source>
        <translation>有効な $argon2id$ ハッシュではありません。--kiosk-hash-pin で作り直してください</translation>
    </message>
</context>
<context>
    <name>Easel::KioskPolicy</name>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 を読み込めません</translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <translation>http(s) のアドレスではありません</translation>
    </message>
    <message>
        <source>not a number of seconds up to a day</source>
        <translation>1 日以内の秒数ではありません</translation>
    </message>
    <message>
        <source>“%1” is not a rule; the input stays locked</source>
        <translation>「%1」はルールではありません。入力はロックされたままです</translation>
    </message>
    <message>
        <source>keys are node id.input name</source>
        <translation>キーは「ノード ID.入力名」の形式です</translation>
    </message>
    <message>
        <source>Nodes cannot be changed in kiosk mode.</source>
        <translation>キオスクモードではノードを変更できません。</translation>
    </message>
    <message>
        <source>%1 is locked by the administrator.</source>
        <translation>%1 は管理者によりロックされています。</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2; %3 is used</source>
        <translation>%1 ～ %2 の整数ではありません。%3 を使います</translation>
    </message>
    <message>
        <source>an older PBKDF2 hash, still accepted; make an Argon2id one with easel --kiosk-hash-pin</source>
        <translation>古い PBKDF2 ハッシュです (まだ使えます)。easel --kiosk-hash-pin で Argon2id ハッシュを作成してください</translation>
    </message>
    <message>
        <source>“%1” is not locked or editable; the mode stays locked</source>
        <translation>「%1」は locked でも editable でもありません。モードはロックされたままです</translation>
    </message>
    <message>
        <source>What happens to %1 after each picture is set by the administrator.</source>
        <translation>各画像の後に %1 をどうするかは管理者が設定しています。</translation>
    </message>
    <message>
        <source>“%1” is not a mode.</source>
        <translation>「%1」はモードではありません。</translation>
    </message>
</context>
<context>
    <name>Easel::KioskUnlockDialog</name>
    <message>
        <source>No administrator PIN is configured; kiosk mode cannot be left here.</source>
        <translation>管理者 PIN が設定されていないため、ここではキオスクモードを終了できません。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN が違います。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN の誤りが多すぎます。%n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>PIN を入力してください。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
</context>
<context>
    <name>Easel::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Library &amp;Dock</source>
        <translation>ライブラリドック(&amp;D)</translation>
    </message>
    <message>
        <source>Show the library in a dock of its own, which can be moved, floated and resized</source>
        <translation>ライブラリを専用のドックに表示します (移動、フローティング、サイズ変更が可能)</translation>
    </message>
</context>
<context>
    <name>Easel::LibraryFocus</name>
    <message>
        <source>&amp;Library</source>
        <translation>ライブラリ(&amp;L)</translation>
    </message>
    <message>
        <source>Give the whole window to the library (Ctrl+L)</source>
        <translation>ウィンドウ全体をライブラリに使う (Ctrl+L)</translation>
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
    <message>
        <source>The library index %1 has rows that refer to missing outputs</source>
        <translation>ライブラリ索引 %1 に、存在しない出力を参照する行があります</translation>
    </message>
    <message>
        <source>The library index %1 changed while it was opened</source>
        <translation>ライブラリ索引 %1 は開いている途中で変更されました</translation>
    </message>
</context>
<context>
    <name>Easel::LinkEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>← %1 #%2 · %3</source>
        <translation>← %1 #%2 · %3</translation>
    </message>
    <message>
        <source>Widget value</source>
        <translation>ウィジェットの値</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>The input holds its own value (a widget)</source>
        <translation>入力が自身の値を持ちます (ウィジェット)</translation>
    </message>
    <message>
        <source>Nothing feeds the input</source>
        <translation>この入力には何もつながっていません</translation>
    </message>
</context>
<context>
    <name>Easel::MainWindow</name>
    <message>
        <source>Node</source>
        <translation type="vanished">ノード</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">クラス</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">タイトル</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="vanished">%1 に接続中…</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation type="vanished">%1 に接続していません</translation>
    </message>
    <message>
        <source>Queued %1 (number %2)</source>
        <translation type="vanished">%1 をキューに追加しました (番号 %2)</translation>
    </message>
    <message>
        <source>Running node %1</source>
        <translation type="vanished">ノード %1 を実行中</translation>
    </message>
    <message>
        <source>Open Workflow</source>
        <translation>ワークフローを開く</translation>
    </message>
    <message>
        <source>Workflows (*.json);;All files (*)</source>
        <translation type="vanished">ワークフロー (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="vanished">%1 を開いています…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s)</source>
        <translation type="vanished">
            <numerusform>%1: %n 個のノード</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Easel</source>
        <translation type="vanished">%1 — Easel</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n prompt(s)</source>
        <translation type="vanished">
            <numerusform>%n 件のプロンプトをキューに追加しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n output(s)</source>
        <translation type="vanished">
            <numerusform>完了: %n 件の出力</numerusform>
        </translation>
    </message>
    <message>
        <source>The server rejected the prompt</source>
        <translation type="vanished">サーバーがプロンプトを拒否しました</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="vanished">拒否されました: %1</translation>
    </message>
    <message>
        <source>  node %1 (%2), input %3: %4 %5</source>
        <translation type="vanished">  ノード %1 (%2)、入力 %3: %4 %5</translation>
    </message>
    <message>
        <source>-</source>
        <translation type="vanished">-</translation>
    </message>
    <message>
        <source>The output library cannot be opened: %1</source>
        <translation>出力ライブラリを開けません: %1</translation>
    </message>
    <message>
        <source>The server restarted and lost this job. Retry queues it again.</source>
        <translation>サーバーが再起動し、このジョブは失われました。「再試行」で再びキューに入れます。</translation>
    </message>
    <message>
        <source>The server restarted and forgot its queue; Easel&apos;s jobs are checked again.</source>
        <translation>サーバーが再起動してキューを失いました。Easel のジョブを再確認します。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed</source>
        <translation type="vanished">%1: 完了 %2、失敗 %3</translation>
    </message>
    <message>
        <source>Why the job failed</source>
        <translation type="vanished">ジョブが失敗した理由</translation>
    </message>
    <message>
        <source>The server&apos;s node list could not be read: %1</source>
        <translation>サーバーのノード一覧を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>/object_info lists no nodes</source>
        <translation>/object_info にノードがありません</translation>
    </message>
    <message>
        <source>Progress of the queue</source>
        <translation>キューの進行状況</translation>
    </message>
    <message>
        <source>No workflow</source>
        <translation>ワークフローなし</translation>
    </message>
    <message>
        <source>%1[*] — Easel</source>
        <translation>%1[*] — Easel</translation>
    </message>
    <message>
        <source>Workflows and images (*.json *.png *.webp);;All files (*)</source>
        <translation>ワークフローと画像 (*.json *.png *.webp);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The workflow cannot be converted to a prompt; see the problems below the tree.</source>
        <translation>ワークフローをプロンプトに変換できません。ツリーの下の問題一覧を確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>Queued with %n problem(s) found here; the server will judge them.</source>
        <translation>
            <numerusform>ここで %n 件の問題が見つかりましたがキューに入れました。判断はサーバーが行います。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s)</source>
        <translation>
            <numerusform>%n 件のジョブをキューに入れました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 を読み込めません</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>サーバー(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Use settings of an output</source>
        <translation>出力の設定を使う</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n value(s) of the output to the open workflow.</source>
        <translation>
            <numerusform>出力の値 %n 件を開いているワークフローに適用しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>適用されませんでした: %1</translation>
    </message>
    <message>
        <source>Left as they are (linked in the open workflow): %1</source>
        <translation>そのままにしました (開いているワークフローでリンクされています): %1</translation>
    </message>
    <message>
        <source>The output&apos;s workflow cannot be opened: %1</source>
        <translation>出力のワークフローを開けません: %1</translation>
    </message>
    <message>
        <source>The open workflow is a different graph (%1), so the output&apos;s workflow was opened as a new document.</source>
        <translation>開いているワークフローはグラフが異なる (%1) ため、出力のワークフローを新しいドキュメントとして開きました。</translation>
    </message>
    <message numerus="yes">
        <source>The server restarted and lost %n job(s). They are kept in the queue as failed.</source>
        <translation>
            <numerusform>サーバーが再起動し、%n 件のジョブが失われました。これらは失敗としてキューに残されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %n job(s)</source>
        <translation>
            <numerusform>%n 件のジョブを再試行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost job(s) queued again.</source>
        <translation>
            <numerusform>失われた %n 件のジョブを再びキューに追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still run on this server. Switch when they have finished.</source>
        <translation type="vanished">
            <numerusform>このサーバーではまだ %n 件のジョブが実行中です。終了してから切り替えてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Any server</source>
        <translation>任意のサーバー</translation>
    </message>
    <message>
        <source>The farm is stopped; Easel uses one server again.</source>
        <translation>ファームを停止しました。Easel は再び 1 台のサーバーを使います。</translation>
    </message>
    <message>
        <source>The farm needs at least two saved servers.</source>
        <translation>ファームには保存済みのサーバーが 2 台以上必要です。</translation>
    </message>
    <message numerus="yes">
        <source>Using a farm of %n servers.</source>
        <translation>
            <numerusform>%n 台のサーバーからなるファームを使用しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the servers of the render farm</source>
        <translation>レンダーファームのサーバーを表示または非表示にします</translation>
    </message>
    <message>
        <source>The queue could not be moved to the farm: jobs are still on a server.</source>
        <translation type="vanished">キューをファームに移せませんでした: まだサーバー上にジョブがあります。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still run on a server. Switch when they have finished.</source>
        <translation>
            <numerusform>まだ %n 件のジョブがサーバーで実行中です。終了してから切り替えてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Farm: %1 of %n servers ready</source>
        <translation>
            <numerusform>ファーム: %n 台中 %1 台のサーバーが準備完了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not queued: the server would refuse this workflow (%n problem(s), marked on the nodes and listed in the log).</source>
        <translation>
            <numerusform>キューに追加しませんでした: サーバーがこのワークフローを拒否します (問題 %n 件。ノード上に表示し、ログに一覧しています)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>%1 を実行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Why “%1” failed</source>
        <translation>「%1」が失敗した理由</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Open Its &amp;Settings</source>
        <translation>設定を開く(&amp;S)</translation>
    </message>
    <message>
        <source>a render farm</source>
        <translation>レンダーファーム</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>テンプレートから新規作成(&amp;T)</translation>
    </message>
    <message>
        <source>%1 is open.</source>
        <translation>%1 を開きました。</translation>
    </message>
    <message>
        <source>%1 is open. %2 queues it.</source>
        <translation>%1 を開きました。%2 でキューに追加します。</translation>
    </message>
    <message>
        <source>New workflow from the starter “%1”</source>
        <translation>スターター「%1」から新しいワークフロー</translation>
    </message>
    <message>
        <source>The server has no file for %1. Put one into the server&apos;s models folder and restart it, or start from “Check the server (no model)”.</source>
        <translation>サーバーに %1 のファイルがありません。サーバーの models フォルダーに置いて再起動するか、「サーバーの確認 (モデルなし)」から始めてください。</translation>
    </message>
    <message>
        <source>Using the server&apos;s own models: %1</source>
        <translation>サーバーにあるモデルを使います: %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>キーボードショートカット(&amp;K)…</translation>
    </message>
    <message>
        <source>Easel &amp;Documentation</source>
        <translation>Easel ドキュメント(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Easel</source>
        <translation>Easel について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Queue at &amp;Front</source>
        <translation>先頭に追加(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Cancel Running Job</source>
        <translation>実行中のジョブをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find Setting</source>
        <translation>設定を検索(&amp;F)</translation>
    </message>
    <message>
        <source>Easel Documentation</source>
        <translation>Easel ドキュメント</translation>
    </message>
    <message>
        <source>The documentation is not installed here. It is the README.md and the docs folder of Easel&apos;s source.</source>
        <translation>ドキュメントはここにはインストールされていません。Easel のソースにある README.md と docs フォルダーがドキュメントです。</translation>
    </message>
    <message>
        <source>not known (not connected yet)</source>
        <translation>不明 (まだ接続していません)</translation>
    </message>
    <message>
        <source>About Easel</source>
        <translation>Easel について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Easel %1&lt;/h3&gt;&lt;p&gt;A desktop client for ComfyUI.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;ComfyUI server at %4: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Easel %1&lt;/h3&gt;&lt;p&gt;ComfyUI 用のデスクトップクライアント。&lt;/p&gt;&lt;p&gt;Qt %2 (ビルド時: %3)&lt;br&gt;ComfyUI サーバー %4: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Filmstrip</source>
        <translation>フィルムストリップ</translation>
    </message>
    <message>
        <source>Paste Image</source>
        <translation>画像を貼り付け</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>workflow, run, runs</comment>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Queue %p%</source>
        <comment>the whole queue&apos;s progress</comment>
        <translation>キュー %p%</translation>
    </message>
    <message>
        <source>Opening the output library…</source>
        <translation>出力ライブラリを開いています…</translation>
    </message>
    <message>
        <source>The output library is open.</source>
        <translation>出力ライブラリを開きました。</translation>
    </message>
</context>
<context>
    <name>Easel::MaskCanvas</name>
    <message>
        <source>Fill</source>
        <translation>塗りつぶし</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>反転</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>ペイント</translation>
    </message>
</context>
<context>
    <name>Easel::MaskEditorDialog</name>
    <message>
        <source>Mask Editor — %1</source>
        <translation>マスクエディター — %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Paint where the picture should change. [ and ] change the brush, X swaps brush and eraser.</source>
        <translation>画像を変えたい部分を塗ります。[ と ] でブラシを変更、X でブラシと消しゴムを切り替えます。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation type="vanished">ブラシ(&amp;B)</translation>
    </message>
    <message>
        <source>Paint the mask</source>
        <translation>マスクを塗る</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation type="vanished">消しゴム(&amp;E)</translation>
    </message>
    <message>
        <source>Erase the mask</source>
        <translation>マスクを消す</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation type="vanished">塗りつぶし(&amp;F)</translation>
    </message>
    <message>
        <source>Mask the whole picture</source>
        <translation>画像全体をマスク</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="vanished">クリア(&amp;C)</translation>
    </message>
    <message>
        <source>Remove the whole mask</source>
        <translation>マスクをすべて削除</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation type="vanished">反転(&amp;I)</translation>
    </message>
    <message>
        <source>Swap masked and unmasked</source>
        <translation>マスク部分と非マスク部分を入れ替える</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="vanished">全体表示</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>画像をウィンドウに合わせる</translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="vanished">100%</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>実際のサイズ</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation type="vanished">ブラシ</translation>
    </message>
    <message>
        <source> px</source>
        <translation type="vanished"> px</translation>
    </message>
    <message>
        <source>Brush size in picture pixels ([ smaller, ] larger)</source>
        <translation type="vanished">ブラシのサイズ (画像のピクセル単位、[ で小さく、] で大きく)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="vanished">サイズ</translation>
    </message>
    <message>
        <source>Hardness</source>
        <translation type="vanished">硬さ</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="vanished">不透明度</translation>
    </message>
    <message>
        <source>Mask overlay</source>
        <translation type="vanished">マスクのオーバーレイ</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="vanished">色…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="vanished">色</translation>
    </message>
    <message>
        <source>Left button paints, right button erases.
Middle button or Space+drag pans; the wheel zooms.</source>
        <translation type="vanished">左ボタンで塗り、右ボタンで消します。
中ボタンまたは Space+ドラッグでスクロール、ホイールでズームします。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">キャンセル</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">保存(&amp;S)</translation>
    </message>
    <message>
        <source>Upload the mask to the server and use it (Ctrl+S)</source>
        <translation type="vanished">マスクをサーバーにアップロードして使用します (Ctrl+S)</translation>
    </message>
    <message>
        <source>Mask Colour</source>
        <translation>マスクの色</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3%</source>
        <translation>%1 × %2 px · %3%</translation>
    </message>
    <message>
        <source>Uploading the mask…</source>
        <translation>マスクをアップロードしています…</translation>
    </message>
    <message>
        <source>Discard the Mask?</source>
        <translation>マスクを破棄しますか?</translation>
    </message>
    <message>
        <source>The mask has changes that are not saved. Discard them?</source>
        <translation>マスクに保存されていない変更があります。破棄しますか?</translation>
    </message>
    <message>
        <source>Loading or saving the picture</source>
        <translation type="vanished">画像の読み込みまたは保存</translation>
    </message>
</context>
<context>
    <name>Easel::MediaInfo</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Not a readable image: %1</source>
        <translation>読み込める画像ではありません: %1</translation>
    </message>
</context>
<context>
    <name>Easel::MediaKind</name>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>アニメーション</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>3D model</source>
        <translation>3D モデル</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>その他のファイル</translation>
    </message>
</context>
<context>
    <name>Easel::MediaPlayerPage</name>
    <message>
        <source>Text output</source>
        <translation>テキスト出力</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>再生/一時停止 (Space)</translation>
    </message>
    <message>
        <source>Previous frame (,)</source>
        <translation>前のフレーム (,)</translation>
    </message>
    <message>
        <source>Next frame (.)</source>
        <translation>次のフレーム (.)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>再生位置</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <source>Play again from the start (L)</source>
        <translation>最初から繰り返し再生 (L)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <source>Mute the sound (M)</source>
        <translation>音声をミュート (M)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>This file cannot be played: %1</source>
        <translation>このファイルは再生できません: %1</translation>
    </message>
    <message>
        <source>This animation cannot be shown: %1</source>
        <translation>このアニメーションは表示できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n frame(s) fit in memory</source>
        <translation>
            <numerusform>メモリに収まるのは最初の %n フレームだけです</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>%1

%2: Easel keeps it in the library; open it with another program.</source>
        <translation>%1

%2: Easel はライブラリに保管しています。別のプログラムで開いてください。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>frame %1/%2</source>
        <translation>フレーム %1/%2</translation>
    </message>
</context>
<context>
    <name>Easel::MediaProbe</name>
    <message>
        <source>No decoder for %1</source>
        <translation>%1 のデコーダーがありません</translation>
    </message>
    <message>
        <source>The decoder cannot be set up</source>
        <translation>デコーダーを設定できません</translation>
    </message>
    <message>
        <source>The decoder cannot be opened (%1)</source>
        <translation>デコーダーを開けません (%1)</translation>
    </message>
    <message>
        <source>Decoding a frame took too long</source>
        <translation>フレームのデコードに時間がかかりすぎました</translation>
    </message>
    <message>
        <source>No frame could be decoded</source>
        <translation>フレームを 1 つもデコードできませんでした</translation>
    </message>
    <message>
        <source>No sound could be decoded</source>
        <translation>音声を 1 つもデコードできませんでした</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>The image claims %1×%2 pixels, more than Easel decodes</source>
        <translation>画像のサイズは %1×%2 ピクセルとされていて、Easel がデコードできる大きさを超えています</translation>
    </message>
    <message>
        <source>The first frame cannot be decoded: %1</source>
        <translation>最初のフレームをデコードできません: %1</translation>
    </message>
    <message>
        <source>This is not a WebP file</source>
        <translation>WebP ファイルではありません</translation>
    </message>
    <message>
        <source>The file has no picture and no sound</source>
        <translation>ファイルに映像も音声も含まれていません</translation>
    </message>
    <message>
        <source>The video claims %1×%2 pixels; Easel does not decode it</source>
        <translation>動画のサイズは %1×%2 ピクセルとされているため、Easel はデコードしません</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
</context>
<context>
    <name>Easel::NodePickerDialog</name>
    <message>
        <source>Favourite: %1</source>
        <translation>お気に入り: %1</translation>
    </message>
    <message>
        <source>Recently added: %1</source>
        <translation>最近追加: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;No node matches.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一致するノードはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2, optional)</source>
        <translation>%1 (%2、省略可)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>入力:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>値:</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>出力:</translation>
    </message>
    <message>
        <source>An output node: the prompt runs up to it.</source>
        <translation>出力ノードです。プロンプトはここまで実行されます。</translation>
    </message>
</context>
<context>
    <name>Easel::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Easel::NumberEdit</name>
    <message>
        <source>Allowed: %1 to %2. Up and Down change the value by its step.</source>
        <translation>許容範囲: %1 ～ %2。上下キーでステップずつ変更します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 は整数ではありません</translation>
    </message>
    <message>
        <source>allowed: %1 to %2</source>
        <translation>許容範囲: %1 ～ %2</translation>
    </message>
    <message>
        <source>%1 is below the minimum (%2)</source>
        <translation>%1 は最小値を下回っています（%2）</translation>
    </message>
    <message>
        <source>%1 is above the maximum (%2)</source>
        <translation>%1 は最大値を超えています（%2）</translation>
    </message>
</context>
<context>
    <name>Easel::OutputActions</name>
    <message>
        <source>Copy Image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Copy File Path</source>
        <translation>ファイルパスをコピー</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>保存先フォルダーを開く</translation>
    </message>
    <message>
        <source>Open With…</source>
        <translation>プログラムから開く…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Show Workflow</source>
        <translation>ワークフローを表示</translation>
    </message>
    <message>
        <source>Use These Settings</source>
        <translation>この設定を使う</translation>
    </message>
    <message>
        <source>Use as Input</source>
        <translation>入力として使う</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>比較対象…</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>タグ…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>ゴミ箱へ移動</translation>
    </message>
    <message>
        <source>Copied the file %1 (its pixels could not be read).</source>
        <translation>ファイル %1 をコピーしました (ピクセルを読み込めませんでした)。</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>No file manager could be started to show %1.</source>
        <translation>%1 を表示するファイルマネージャーを起動できませんでした。</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 はもうありません。</translation>
    </message>
    <message>
        <source>No application is set up to open %1 on this system. Copy its path (right-click › Copy File Path) and open it from your editor.</source>
        <translation>このシステムには %1 を開くアプリケーションが設定されていません。パスをコピーして (右クリック › ファイルパスをコピー)、お使いのエディターから開いてください。</translation>
    </message>
    <message>
        <source>%1 carries no workflow.</source>
        <translation>%1 にはワークフローが含まれていません。</translation>
    </message>
    <message>
        <source>The favourite could not be saved: %1</source>
        <translation>お気に入りを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The tags could not be saved: %1</source>
        <translation>タグを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 could not be moved to the trash.</source>
        <translation>%1 をゴミ箱へ移動できませんでした。</translation>
    </message>
    <message>
        <source>Moved %1 to the trash.</source>
        <translation>%1 をゴミ箱へ移動しました。</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n File Path(s)</source>
        <translation>
            <numerusform>%n 件のファイルパスをコピー</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the Two</source>
        <translation>2 つを比較</translation>
    </message>
    <message numerus="yes">
        <source>Move %n to Trash</source>
        <translation>
            <numerusform>%n 件をゴミ箱へ移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened the first %1 of %n folder(s).</source>
        <translation>
            <numerusform>%n 個のフォルダーのうち最初の %1 個を開きました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n output(s) to the trash.</source>
        <translation>
            <numerusform>%n 件の出力をゴミ箱へ移動しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags could not be read: %1</source>
        <translation>タグを読み込めませんでした: %1</translation>
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
        <translation type="vanished">%3 にプロンプト %2 のノード %1 が生成</translation>
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
    <message>
        <source>Server: %1</source>
        <translation>サーバー: %1</translation>
    </message>
    <message>
        <source>Made by node %1 of prompt %2</source>
        <translation type="vanished">プロンプト %2 のノード %1 が生成</translation>
    </message>
    <message>
        <source>Settings of this output</source>
        <translation>この出力の設定</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a setting&apos;s label and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <comment>the label of the node that wrote the file, e.g. Save Image</comment>
        <translation>生成元ノード: %1</translation>
    </message>
    <message>
        <source>Workflow: %1</source>
        <translation>ワークフロー: %1</translation>
    </message>
    <message>
        <source>Prompt ID: %1</source>
        <translation>プロンプト ID: %1</translation>
    </message>
    <message>
        <source>Node ID: %1</source>
        <translation>ノード ID: %1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Copies these settings with the prompt and node IDs, for a bug report or the server&apos;s log</source>
        <translation>これらの設定をプロンプト ID とノード ID 付きでコピーします (バグ報告やサーバーのログとの照合用)</translation>
    </message>
    <message>
        <source>Reading the settings of this output…</source>
        <translation>この出力の設定を読み込んでいます…</translation>
    </message>
    <message>
        <source>This output is no longer in the library.</source>
        <translation>この出力はもうライブラリにありません。</translation>
    </message>
</context>
<context>
    <name>Easel::OutputDetails</name>
    <message>
        <source>Show Prompt</source>
        <translation>プロンプトを表示</translation>
    </message>
    <message>
        <source>The prompt exactly as it was queued (API JSON)</source>
        <translation>キューに入れたときのままのプロンプト (API JSON)</translation>
    </message>
    <message>
        <source>No output chosen</source>
        <translation>出力が選択されていません</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Differs from the batch</source>
        <translation>バッチとの違い</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>ワークフロー</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>%1 のプレビュー</translation>
    </message>
    <message>
        <source>The settings appear here when its picture is saved.</source>
        <translation>画像が保存されると、ここに設定が表示されます。</translation>
    </message>
</context>
<context>
    <name>Easel::OutputIntegrity</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not what its name says: %2 bytes that do not start with its format&apos;s signature</source>
        <translation>%1 は名前が示す形式ではありません: %2 バイトのデータが、その形式のシグネチャで始まっていません</translation>
    </message>
    <message>
        <source>The download of %1 was cut short (%2 bytes)</source>
        <translation>%1 のダウンロードが途中で切れました (%2 バイト)</translation>
    </message>
</context>
<context>
    <name>Easel::OutputListModel</name>
    <message>
        <source>Older outputs are in the Library</source>
        <translation>古い出力はライブラリにあります</translation>
    </message>
    <message numerus="yes">
        <source>%n older output(s) of this session are in the Library.</source>
        <translation>
            <numerusform>このセッションの古い出力 %n 件はライブラリにあります。</numerusform>
        </translation>
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
        <translation type="vanished">%1 のダウンロードが途中で切れました (%2 バイト)</translation>
    </message>
    <message>
        <source>Cannot move the download into place at %1</source>
        <translation>ダウンロードしたファイルを %1 に配置できません</translation>
    </message>
    <message>
        <source>[Easel kept the first %1 of %2 characters of this text]</source>
        <translation>[Easel はこのテキストの %2 文字のうち最初の %1 文字を保存しました]</translation>
    </message>
    <message>
        <source>%1 would take the job past its limit of %2 bytes for all its files</source>
        <translation>%1 により、このジョブの全ファイルの上限 %2 バイトを超えてしまいます</translation>
    </message>
    <message>
        <source>Cannot read the download of %1</source>
        <translation type="vanished">%1 のダウンロードを読み取れません</translation>
    </message>
    <message>
        <source>%1 was removed from the library while it was being shared</source>
        <translation>%1 は共有の途中でライブラリから削除されました</translation>
    </message>
    <message>
        <source>Could not record the outputs in the library: %1</source>
        <translation>出力をライブラリに記録できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Easel::OutputSummary</name>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n フレーム</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>saved %1 %2: %3</source>
        <translation>%1 %2 を保存しました: %3</translation>
    </message>
</context>
<context>
    <name>Easel::PngChunkScreen</name>
    <message>
        <source>The PNG file cannot be read.</source>
        <translation>PNG ファイルを読み込めません。</translation>
    </message>
    <message>
        <source>The PNG chunk %1 declares %2 bytes, more than the format allows.</source>
        <translation>PNG チャンク %1 は %2 バイトを宣言しており、形式の上限を超えています。</translation>
    </message>
    <message>
        <source>The PNG chunk %1 holds %2, more than the %3 Easel reads.</source>
        <translation>PNG チャンク %1 は %2 あり、Easel が読み込む上限 %3 を超えています。</translation>
    </message>
    <message>
        <source>The PNG file is cut short: its chunk %1 declares %2, only %3 follow.</source>
        <translation>PNG ファイルが途中で切れています: チャンク %1 は %2 を宣言していますが、続くのは %3 だけです。</translation>
    </message>
</context>
<context>
    <name>Easel::PreviewPane</name>
    <message>
        <source>Node %1</source>
        <translation>ノード %1</translation>
    </message>
</context>
<context>
    <name>Easel::ProfileStore</name>
    <message>
        <source>A secret of profile “%1” is missing from the keychain.</source>
        <translation>プロファイル「%1」の秘密情報がキーチェーンにありません。</translation>
    </message>
</context>
<context>
    <name>Easel::PromptConverter</name>
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
        <source>the node no longer has the widget %1 this input was made from; the input is dropped, as ComfyUI&apos;s frontend does when it loads the workflow</source>
        <translation>このノードには、この入力の元になったウィジェット %1 がもうありません。ComfyUI のフロントエンドがワークフローを読み込むときと同様に、この入力は破棄されます</translation>
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
    <message>
        <source>{…|…} groups and comments are sent as written: %1</source>
        <translation>{…|…} グループとコメントは書かれたとおりに送信されます: %1</translation>
    </message>
    <message>
        <source>%1 would be refused by the server; nothing was sent</source>
        <translation>%1 はサーバーに拒否されるため、何も送信しませんでした</translation>
    </message>
</context>
<context>
    <name>Easel::PromptPreflight</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>the prompt is not a JSON object of nodes</source>
        <translation>プロンプトがノードの JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the node id is given twice; only the later node is sent</source>
        <translation>ノード ID が 2 回指定されています。後のノードだけを送信します</translation>
    </message>
    <message>
        <source>the node is %1, not an object</source>
        <translation>ノードが%1で、オブジェクトではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice; the later value is used</source>
        <translation>「%1」が 2 回指定されています。後の値を使います</translation>
    </message>
    <message>
        <source>the node has no class_type</source>
        <translation>ノードに class_type がありません</translation>
    </message>
    <message>
        <source>class_type is %1, not text</source>
        <translation>class_type が%1で、テキストではありません</translation>
    </message>
    <message>
        <source>the node has an empty class_type</source>
        <translation>ノードの class_type が空です</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation>ノードタイプ %1 はサーバーにインストールされていません</translation>
    </message>
    <message>
        <source>the node has no inputs object</source>
        <translation>ノードに inputs オブジェクトがありません</translation>
    </message>
    <message>
        <source>inputs is %1, not an object</source>
        <translation>inputs が%1で、オブジェクトではありません</translation>
    </message>
    <message>
        <source>the input is given twice; the later value is used</source>
        <translation>入力が 2 回指定されています。後の値を使います</translation>
    </message>
    <message>
        <source>the number %1 is too large for any input</source>
        <translation>数値 %1 はどの入力にも大きすぎます</translation>
    </message>
    <message>
        <source>a link must be [node id, output slot]</source>
        <translation>リンクは [ノード ID, 出力スロット] の形式でなければなりません</translation>
    </message>
    <message>
        <source>the output slot of a link must be a whole number</source>
        <translation>リンクの出力スロットは整数でなければなりません</translation>
    </message>
    <message>
        <source>linked to output %1 of node %2: slots count from 0</source>
        <translation>ノード %2 の出力 %1 にリンクされています: スロットは 0 から数えます</translation>
    </message>
    <message>
        <source>linked to node %1, which is not in the prompt</source>
        <translation>プロンプトにないノード %1 にリンクされています</translation>
    </message>
    <message>
        <source>linked to the node&apos;s own output</source>
        <translation>ノード自身の出力にリンクされています</translation>
    </message>
    <message numerus="yes">
        <source>linked to output %1 of node %2, which has %n output(s)</source>
        <translation>
            <numerusform>ノード %2 の出力 %1 にリンクされていますが、このノードの出力は %n 個です</numerusform>
        </translation>
    </message>
    <message>
        <source>its inputs depend on its own output (a loop through node %1)</source>
        <translation>入力が自身の出力に依存しています (ノード %1 を経由するループ)</translation>
    </message>
</context>
<context>
    <name>Easel::PromptSetting</name>
    <message>
        <source>Positive prompt</source>
        <translation>ポジティブプロンプト</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>ネガティブプロンプト</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <source>CFG</source>
        <translation>CFG</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>サンプラー</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>スケジューラー</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>ノイズ除去</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 を変更</translation>
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
    <message>
        <source>%1: the prompt is not a JSON object (%2)</source>
        <translation>%1: プロンプトが JSON オブジェクトではありません (%2)</translation>
    </message>
    <message>
        <source>%1: the workflow is not valid JSON (%2)</source>
        <translation>%1: ワークフローが有効な JSON ではありません (%2)</translation>
    </message>
    <message>
        <source>The preview image could not be read: %1</source>
        <translation>プレビュー画像を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The preview image claims %1x%2 pixels, more than the %3 allowed</source>
        <translation>プレビュー画像のサイズは %1x%2 ピクセルとされていて、許容される %3 を超えています</translation>
    </message>
    <message>
        <source>The preview image could not be decoded: %1</source>
        <translation>プレビュー画像をデコードできませんでした: %1</translation>
    </message>
    <message>
        <source>%1: the answer is larger than the %2 bytes allowed</source>
        <translation>%1: 応答が許容される %2 バイトを超えています</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>サーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted (%1); its SHA-256 fingerprint is %2</source>
        <translation>サーバーの証明書は信頼されていません (%1)。SHA-256 フィンガープリントは %2 です</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the answer was cut off after %2 of %3 bytes</source>
        <translation>%1: 応答が %3 バイト中 %2 バイトで途切れました</translation>
    </message>
    <message>
        <source>status %1 is not an HTTP status</source>
        <translation>ステータス %1 は HTTP ステータスではありません</translation>
    </message>
    <message>
        <source>conflicting Content-Length headers (%1)</source>
        <translation>Content-Length ヘッダーが矛盾しています (%1)</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: %2 を書き込めません: %3</translation>
    </message>
    <message>
        <source>%1: the answer did not complete within the %2 s allowed for a request</source>
        <translation>%1: リクエストに許された %2 秒以内に応答が完了しませんでした</translation>
    </message>
    <message>
        <source>%1: the server&apos;s answer is not valid HTTP: %2</source>
        <translation>%1: サーバーの応答が有効な HTTP ではありません: %2</translation>
    </message>
    <message>
        <source>the server redirected to another address (%1); Easel follows redirects only within the same server</source>
        <translation>サーバーが別のアドレスにリダイレクトしました (%1)。Easel は同じサーバー内のリダイレクトにしか従いません</translation>
    </message>
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
    <name>Easel::QueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>サーバー上</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Other client</source>
        <translation>他のクライアント</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Another client&apos;s job</source>
        <translation>他のクライアントのジョブ</translation>
    </message>
    <message>
        <source>Other client, pending</source>
        <translation>他のクライアント、待機中</translation>
    </message>
    <message>
        <source>Other client, running</source>
        <translation>他のクライアント、実行中</translation>
    </message>
    <message>
        <source>Running %1%</source>
        <translation>実行中 %1%</translation>
    </message>
    <message>
        <source>Waiting for a server</source>
        <translation>サーバー待ち</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a job&apos;s state: what it waits for</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>順番</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>見込み</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
</context>
<context>
    <name>Easel::QueuePanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Interrupt</source>
        <translation>中断(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>完了分を消去(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel the selected jobs (they are taken off the server&apos;s queue)</source>
        <translation type="vanished">選択したジョブをキャンセル(サーバーのキューからも削除)</translation>
    </message>
    <message>
        <source>Stop the selected running job (only that job)</source>
        <translation>選択した実行中のジョブを停止(そのジョブのみ)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Node %1: step %2 of %3</source>
        <translation type="vanished">ノード %1: ステップ %2 / %3</translation>
    </message>
    <message>
        <source>Running node %1</source>
        <translation type="vanished">ノード %1 を実行中</translation>
    </message>
    <message>
        <source>Move to &amp;Top</source>
        <translation>先頭へ移動(&amp;T)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <source>Move to &amp;Bottom</source>
        <translation>末尾へ移動(&amp;B)</translation>
    </message>
    <message>
        <source>Show &amp;Output</source>
        <translation>出力を表示(&amp;O)</translation>
    </message>
    <message>
        <source>Open This Job&apos;s &amp;Settings</source>
        <translation>このジョブの設定を開く(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel the selected jobs (they are taken off the server&apos;s queue) — Delete</source>
        <translation>選択したジョブをキャンセル (サーバーのキューからも削除) — Delete</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Drag waiting jobs, or use Ctrl+Up/Down, to change the order; right-click for more</source>
        <translation>待機中のジョブをドラッグするか Ctrl+上/下キーで順番を変更します。右クリックでその他の操作</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>%1 を実行中</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n job(s) waiting. Resume to go on.</source>
        <translation>
            <numerusform>一時停止中: %n 件のジョブが待機しています。続けるには再開してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Jobs you queue appear here. Ctrl+Enter queues the open workflow; Variations… queues a sweep.</source>
        <translation>キューに入れたジョブがここに表示されます。Ctrl+Enter で開いているワークフローを、「バリエーション…」でスイープをキューに追加します。</translation>
    </message>
    <message>
        <source>%1: step %2 of %3</source>
        <comment>node label, step, steps</comment>
        <translation>%1: ステップ %2 / %3</translation>
    </message>
    <message>
        <source>Running %1</source>
        <comment>node label</comment>
        <translation>%1 を実行中</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message>
        <source>%v/%m</source>
        <comment>steps done/steps of the running node</comment>
        <translation>%v/%m</translation>
    </message>
    <message>
        <source>Steps of the running node</source>
        <translation>実行中のノードのステップ</translation>
    </message>
</context>
<context>
    <name>Easel::RunGroupSummary</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Easel::RunQueue</name>
    <message>
        <source>node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message>
        <source>job %1/%2: %3</source>
        <translation>ジョブ %1/%2: %3</translation>
    </message>
    <message>
        <source>The workflow is not an API prompt; nothing was queued.</source>
        <translation>ワークフローは API プロンプトではありません。何もキューに追加していません。</translation>
    </message>
    <message>
        <source>job %1/%2 finished on the server but produced no output files</source>
        <translation>ジョブ %1/%2 はサーバーで完了しましたが、出力ファイルがありません</translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done: %n output(s) saved</source>
        <translation>
            <numerusform>ジョブ %1/%2 完了: %n 件の出力を保存しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done on %3: %n output(s) saved</source>
        <translation>
            <numerusform>ジョブ %1/%2 が %3 で完了: %n 件の出力を保存しました</numerusform>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>job %1/%2 failed: %3</source>
        <translation>ジョブ %1/%2 は失敗しました: %3</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断されました</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n job(s)</source>
        <translation>
            <numerusform>%1: %n 件のジョブ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 job(s) succeeded; outputs in %3</source>
        <translation>%2 件中 %1 件のジョブが成功しました。出力先: %3</translation>
    </message>
</context>
<context>
    <name>Easel::RunServers</name>
    <message>
        <source>no connection profile named “%1” (saved: %2)</source>
        <translation>「%1」という名前の接続プロファイルはありません (保存済み: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>It is no longer saved.</source>
        <translation>もう保存されていません。</translation>
    </message>
    <message>
        <source>not an http(s) server address: %1</source>
        <translation>http(s) のサーバーアドレスではありません: %1</translation>
    </message>
    <message>
        <source>the same server is named twice: %1</source>
        <translation>同じサーバーが 2 回指定されています: %1</translation>
    </message>
    <message>
        <source>connection profile “%1” is not used without its secrets: %2</source>
        <translation>接続プロファイル「%1」は機密情報なしでは使用しません: %2</translation>
    </message>
</context>
<context>
    <name>Easel::SavedWorkflow</name>
    <message>
        <source>two nodes have the id %1; the second is ignored</source>
        <translation>2 つのノードが同じ ID %1 を持っています。2 つ目は無視されます</translation>
    </message>
</context>
<context>
    <name>Easel::SecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation>利用できるキーチェーンがありません: %1</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>利用できるキーチェーンがありません。</translation>
    </message>
</context>
<context>
    <name>Easel::SeedEditor</name>
    <message>
        <source>What happens to the value after each queue</source>
        <translation>キューに追加するたびに値をどうするか</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>increment</source>
        <translation>増やす</translation>
    </message>
    <message>
        <source>decrement</source>
        <translation>減らす</translation>
    </message>
    <message>
        <source>randomize</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>New random seed now</source>
        <translation>今すぐ新しいランダムシード</translation>
    </message>
    <message>
        <source>New random seed</source>
        <translation>新しいランダムシード</translation>
    </message>
</context>
<context>
    <name>Easel::ServersPanel</name>
    <message>
        <source>No render farm: list more servers in the settings (farm servers) to spread the queue over them.</source>
        <translation type="vanished">レンダーファームはありません。設定（ファームサーバー）にサーバーを追加すると、キューをそれらに分散できます。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) ready</source>
        <translation type="vanished">
            <numerusform>%n 台中 %1 台のサーバーが準備完了</numerusform>
        </translation>
    </message>
    <message>
        <source>No render farm: tick several servers in Server → Connections… (“Use several servers together as a farm”) to spread the queue over them.</source>
        <translation>レンダーファームはありません。サーバー → 接続… で複数のサーバーにチェックを付けると (「複数のサーバーをファームとしてまとめて使う」)、キューをそれらに分散できます。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n servers ready</source>
        <translation>
            <numerusform>%n 台中 %1 台のサーバーが準備完了</numerusform>
        </translation>
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
    <message>
        <source>This window uses the server &lt;b&gt;%1&lt;/b&gt; (from the command line, a connection profile or the farm), not the one below.</source>
        <translation>このウィンドウはサーバー &lt;b&gt;%1&lt;/b&gt; を使っています (コマンドライン、接続プロファイル、またはファームで指定)。下の設定は使われていません。</translation>
    </message>
    <message>
        <source>It saves outputs in &lt;b&gt;%1&lt;/b&gt; (from the command line), not in the folder below.</source>
        <translation>出力は &lt;b&gt;%1&lt;/b&gt; に保存されます (コマンドラインで指定)。下のフォルダーは使われていません。</translation>
    </message>
    <message>
        <source>The fields below are what Easel uses when it starts without those options.</source>
        <translation>下の項目は、Easel をこれらのオプションなしで起動したときに使われます。</translation>
    </message>
</context>
<context>
    <name>Easel::SettingsTransfer</name>
    <message>
        <source>The output&apos;s workflow cannot be read.</source>
        <translation>出力のワークフローを読み込めません。</translation>
    </message>
    <message>
        <source>node %1 (%2) is not in the open workflow</source>
        <translation>ノード %1 (%2) は開いているワークフローにありません</translation>
    </message>
    <message>
        <source>node %1 is %2 in the open workflow but %3 in the output&apos;s</source>
        <translation>ノード %1 は開いているワークフローでは %2 ですが、出力のワークフローでは %3 です</translation>
    </message>
    <message>
        <source>node %1 (%2) is not in the output&apos;s workflow</source>
        <translation>ノード %1 (%2) は出力のワークフローにありません</translation>
    </message>
</context>
<context>
    <name>Easel::ShortcutsDialog</name>
    <message>
        <source>New shortcut</source>
        <translation>新しいショートカット</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Double-click a shortcut (or select it and press F2), then press the new keys.</source>
        <translation>ショートカットをダブルクリックして (または選択して F2 を押して)、新しいキーを押してください。</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation>%1 はすでに「%2」のショートカットです。</translation>
    </message>
    <message>
        <source>“%1” has no shortcut now.</source>
        <translation>「%1」のショートカットはなくなりました。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」: %2</translation>
    </message>
</context>
<context>
    <name>Easel::StartPage</name>
    <message>
        <source>Open “%1” as a new workflow</source>
        <translation>「%1」を新しいワークフローとして開く</translation>
    </message>
    <message>
        <source>Start something</source>
        <translation>はじめる</translation>
    </message>
    <message>
        <source>&amp;Starter workflows</source>
        <translation>スターターワークフロー(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Workflows you open appear here.</source>
        <translation>開いたワークフローがここに表示されます。</translation>
    </message>
    <message>
        <source>Drop a workflow (.json) or an image made with ComfyUI or Easel (.png, .webp) here</source>
        <translation>ワークフロー (.json) または ComfyUI や Easel で作成した画像 (.png, .webp) をここにドロップ</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Starter workflows</source>
        <translation>スターターワークフロー</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近使ったファイル</translation>
    </message>
    <message>
        <source>Drop zone</source>
        <translation>ドロップ領域</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server has no models.&lt;/b&gt; Put a checkpoint (a .safetensors file) into the server&apos;s &lt;tt&gt;models/checkpoints&lt;/tt&gt; folder and restart it, or download one with ComfyUI&apos;s model manager. Meanwhile, “Check the server (no model)” and “Upscale an image” run without one.</source>
        <translation>&lt;b&gt;サーバーにモデルがありません。&lt;/b&gt;チェックポイント (.safetensors ファイル) をサーバーの &lt;tt&gt;models/checkpoints&lt;/tt&gt; フォルダーに置いて再起動するか、ComfyUI のモデルマネージャーでダウンロードしてください。それまでの間も「サーバーの確認 (モデルなし)」と「画像をアップスケール」はモデルなしで実行できます。</translation>
    </message>
</context>
<context>
    <name>Easel::StarterWorkflows</name>
    <message>
        <source>Image to image</source>
        <translation>画像から画像</translation>
    </message>
    <message>
        <source>Start from a picture of yours: Denoise says how far the result may move from it (0.6 keeps the layout).</source>
        <translation>手持ちの画像から始めます。ノイズ除去の値で、結果が元の画像からどこまで離れてよいかを決めます (0.6 なら構図が保たれます)。</translation>
    </message>
    <message>
        <source>Inpainting</source>
        <translation>インペイント</translation>
    </message>
    <message>
        <source>Paint a mask on your picture (click its thumbnail) and only the masked part is made anew; needs an inpainting model for the best results.</source>
        <translation>画像にマスクを描くと (サムネイルをクリック)、マスクした部分だけが新しく作り直されます。最良の結果を得るにはインペイント用のモデルが必要です。</translation>
    </message>
    <message>
        <source>Check the server (no model)</source>
        <translation>サーバーの確認 (モデルなし)</translation>
    </message>
    <message>
        <source>A plain coloured square, made without any model: queue it to see that the server, the queue and the library work.</source>
        <translation>モデルを使わずに作る単色の正方形です。キューに追加して、サーバー、キュー、ライブラリが動くことを確かめられます。</translation>
    </message>
    <message>
        <source>Text to image (SD 1.5)</source>
        <translation>テキストから画像 (SD 1.5)</translation>
    </message>
    <message>
        <source>Write what you want to see; a Stable Diffusion 1.5 checkpoint paints it at 512×512.</source>
        <translation>見たいものを書くと、Stable Diffusion 1.5 のチェックポイントが 512×512 で描きます。</translation>
    </message>
    <message>
        <source>Text to image (SDXL)</source>
        <translation>テキストから画像 (SDXL)</translation>
    </message>
    <message>
        <source>The same with an SDXL checkpoint at 1024×1024: more detail, more memory.</source>
        <translation>同じことを SDXL のチェックポイントで 1024×1024 で行います。細部が増える分、メモリも多く使います。</translation>
    </message>
    <message>
        <source>Upscale an image</source>
        <translation>画像をアップスケール</translation>
    </message>
    <message>
        <source>Enlarge a picture 2× with Lanczos filtering; no model needed. Drop an image on the Image input.</source>
        <translation>Lanczos フィルターで画像を 2 倍に拡大します。モデルは不要です。「画像」入力に画像をドロップしてください。</translation>
    </message>
</context>
<context>
    <name>Easel::StructureEdit</name>
    <message>
        <source>the server&apos;s node list is not loaded yet</source>
        <translation>サーバーのノード一覧がまだ読み込まれていません</translation>
    </message>
    <message>
        <source>the prompt would have no output node left (such as Save Image), and the server refuses a prompt without one</source>
        <translation>プロンプトに出力ノード (Save Image など) が残らなくなります。サーバーは出力ノードのないプロンプトを拒否します</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒否しました: %1</translation>
    </message>
    <message>
        <source>The server has no node type %1</source>
        <translation>サーバーにノードタイプ %1 はありません</translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>ワークフローにノード %1 はありません</translation>
    </message>
    <message>
        <source>Add %1 after %2</source>
        <translation>%2 の後に %1 を追加</translation>
    </message>
    <message>
        <source>Add %1 before %2</source>
        <translation>%2 の前に %1 を追加</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 を複製</translation>
    </message>
    <message>
        <source>Node %1 has no input %2</source>
        <translation>ノード %1 に入力 %2 はありません</translation>
    </message>
    <message>
        <source>Node %1 has no output %2</source>
        <translation>ノード %1 に出力 %2 はありません</translation>
    </message>
    <message>
        <source>A node cannot take its own output</source>
        <translation>ノードは自分自身の出力を受け取れません</translation>
    </message>
    <message>
        <source>Refused: %1 gives %2, but input %3 of %4 takes %5</source>
        <translation>拒否しました: %1 は %2 を出力しますが、%4 の入力 %3 は %5 を受け取ります</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 を %2 に接続</translation>
    </message>
    <message>
        <source>Use a value for %1</source>
        <translation>%1 に値を使う</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>%1 の接続を解除</translation>
    </message>
</context>
<context>
    <name>Easel::Sweep</name>
    <message>
        <source>The workflow is not an API prompt: %1</source>
        <translation>ワークフローは API プロンプトではありません: %1</translation>
    </message>
    <message>
        <source>A sweep has at most three inputs</source>
        <translation>スイープの入力は最大 3 つです</translation>
    </message>
    <message>
        <source>Node %1 has no input %2</source>
        <translation>ノード %1 に入力 %2 はありません</translation>
    </message>
    <message>
        <source>The values of %1.%2 are empty or the step is not positive</source>
        <translation>%1.%2 の値が空か、ステップが正ではありません</translation>
    </message>
    <message>
        <source>A sweep makes at most %1 jobs</source>
        <translation>スイープで作れるジョブは最大 %1 件です</translation>
    </message>
    <message>
        <source>This sweep makes no jobs</source>
        <translation>このスイープはジョブを作りません</translation>
    </message>
    <message>
        <source>The workflow has no seed input %1</source>
        <translation>ワークフローにシード入力 %1 はありません</translation>
    </message>
</context>
<context>
    <name>Easel::SweepDialog</name>
    <message>
        <source>Queue Jobs</source>
        <translation>ジョブをキューに追加</translation>
    </message>
    <message>
        <source>Batch label</source>
        <translation>バッチ名</translation>
    </message>
    <message>
        <source>Keep the workflow&apos;s seeds</source>
        <translation>ワークフローのシードを使う</translation>
    </message>
    <message>
        <source>Seeds counting up from</source>
        <translation>次の値から連番のシード</translation>
    </message>
    <message>
        <source>Random seeds</source>
        <translation>ランダムなシード</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>名前(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Copies of each job:</source>
        <translation>各ジョブの複製数(&amp;C):</translation>
    </message>
    <message>
        <source>count:</source>
        <translation>個数:</translation>
    </message>
    <message>
        <source>&amp;Seeds:</source>
        <translation>シード(&amp;S):</translation>
    </message>
    <message>
        <source>Grid (up to three inputs)</source>
        <translation>グリッド(入力は最大 3 つ)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>5..9 step 1, or: euler, dpmpp_2m</source>
        <translation>5..9 step 1、または: euler, dpmpp_2m</translation>
    </message>
    <message>
        <source>Input %1:</source>
        <translation>入力 %1:</translation>
    </message>
    <message>
        <source>The workflow has no seed input</source>
        <translation>ワークフローにシード入力がありません</translation>
    </message>
    <message>
        <source>Enter values for every chosen input</source>
        <translation>選んだ入力すべてに値を入力してください</translation>
    </message>
    <message>
        <source>Too many jobs (at most %1)</source>
        <translation>ジョブが多すぎます(最大 %1 件)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) will be queued</source>
        <translation>
            <numerusform>%n 件のジョブをキューに追加します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n Job(s)</source>
        <translation>
            <numerusform>%n 件をキューに追加(&amp;Q)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>キューに追加(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run on:</source>
        <translation>実行先(&amp;R):</translation>
    </message>
    <message>
        <source>Any server of the farm, or only this one for the whole batch</source>
        <translation>ファームの任意のサーバー、またはバッチ全体をこのサーバーのみで実行</translation>
    </message>
    <message>
        <source>Any server</source>
        <translation>任意のサーバー</translation>
    </message>
    <message>
        <source>First seed</source>
        <translation>最初のシード</translation>
    </message>
    <message>
        <source>Number of seeds</source>
        <translation>シードの数</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>入力 %1</translation>
    </message>
</context>
<context>
    <name>Easel::TagDialog</name>
    <message numerus="yes">
        <source>Tags of %n selected output(s):</source>
        <translation>
            <numerusform>選択した %n 件の出力のタグ:</numerusform>
        </translation>
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
    <name>Easel::TextPosition</name>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行目、%2 列目</translation>
    </message>
</context>
<context>
    <name>Easel::ValueRules</name>
    <message>
        <source>allowed: %1 to %2</source>
        <translation>許容範囲: %1 ～ %2</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>数値が必要です</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 は整数ではありません</translation>
    </message>
    <message>
        <source>%1 is below the minimum (%2)</source>
        <translation>%1 は最小値を下回っています (%2)</translation>
    </message>
    <message>
        <source>%1 is above the maximum (%2)</source>
        <translation>%1 は最大値を超えています (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the server&apos;s choices</source>
        <translation>「%1」はサーバーの選択肢にありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here (allowed: %2)</source>
        <translation>「%1」はここでは使えません (使用可能: %2)</translation>
    </message>
    <message>
        <source>expects true or false</source>
        <translation>true または false が必要です</translation>
    </message>
    <message>
        <source>expects text</source>
        <translation>テキストが必要です</translation>
    </message>
    <message>
        <source>expects one of the server&apos;s choices</source>
        <translation>サーバーの選択肢のいずれかが必要です</translation>
    </message>
    <message>
        <source>only plain values can be edited here</source>
        <translation>ここで編集できるのは単純な値だけです</translation>
    </message>
</context>
<context>
    <name>Easel::ViewerPane</name>
    <message>
        <source>Pixel size and zoom</source>
        <translation>ピクセルサイズとズーム</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Fit the picture to the window (F)</source>
        <translation>画像をウィンドウに合わせる (F)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show the picture&apos;s pixels one to one (1)</source>
        <translation>画像のピクセルを等倍で表示 (1)</translation>
    </message>
    <message>
        <source>Queue a workflow: its live preview and its pictures appear here.</source>
        <translation>ワークフローをキューに入れると、ライブプレビューと画像がここに表示されます。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>The settings that made this output (I)</source>
        <translation>この出力を作成した設定 (I)</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 を表示できません: %2</translation>
    </message>
    <message>
        <source>Compare %1 with… pick another output in the filmstrip or the library.</source>
        <translation type="vanished">%1 と比較… フィルムストリップまたはライブラリで別の出力を選んでください。</translation>
    </message>
    <message>
        <source>Comparing %1 and %2</source>
        <translation>%1 と %2 を比較中</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>ライブプレビュー</translation>
    </message>
    <message>
        <source>Compare %1 with… click another in the filmstrip, or double-click one in the library.</source>
        <translation type="vanished">%1 と比較… フィルムストリップで別の画像をクリックするか、ライブラリで画像をダブルクリックしてください。</translation>
    </message>
    <message>
        <source>Compare %1 with… click another in the filmstrip or the library.</source>
        <translation type="vanished">%1 と比較… フィルムストリップまたはライブラリで別の画像をクリックしてください。</translation>
    </message>
    <message>
        <source>Click another picture in the filmstrip or the library to compare it with %1.</source>
        <translation>フィルムストリップまたはライブラリで別の画像をクリックすると %1 と比較します。</translation>
    </message>
    <message>
        <source>Compare %1 with… click another picture</source>
        <translation>%1 と比較… 別の画像をクリック</translation>
    </message>
</context>
<context>
    <name>Easel::WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation>波形</translation>
    </message>
    <message>
        <source>Reading the sound…</source>
        <translation>音声を読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>Easel::WireParsers</name>
    <message>
        <source>%1: unexpected answer, expected %2</source>
        <translation type="vanished">%1: 予期しない応答です。%2 が必要です</translation>
    </message>
    <message>
        <source>%1: the answer is not valid JSON (%2 at %3, byte %4)</source>
        <translation type="vanished">%1: 応答が正しい JSON ではありません (%3、バイト %4 で %2)</translation>
    </message>
    <message>
        <source>%1 was rejected (HTTP %2): %3</source>
        <translation type="vanished">%1 は拒否されました (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2</source>
        <translation type="vanished">%1 は HTTP ステータス %2 で失敗しました</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2: %3</source>
        <translation type="vanished">%1 は HTTP ステータス %2 で失敗しました: %3</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowAutosave</name>
    <message>
        <source>The autosave %1 is damaged: %2</source>
        <translation>自動保存 %1 は破損しています: %2</translation>
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
    <name>Easel::WorkflowDocument</name>
    <message>
        <source>allowed: %1 to %2</source>
        <translation type="vanished">許容範囲: %1 ～ %2</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation type="vanished">数値が必要です</translation>
    </message>
    <message>
        <source>expects a whole number</source>
        <translation type="vanished">整数が必要です</translation>
    </message>
    <message>
        <source>%1 is below the minimum (%2)</source>
        <translation type="vanished">%1 は最小値を下回っています（%2）</translation>
    </message>
    <message>
        <source>%1 is above the maximum (%2)</source>
        <translation type="vanished">%1 は最大値を超えています（%2）</translation>
    </message>
    <message>
        <source>expects true or false</source>
        <translation type="vanished">true または false が必要です</translation>
    </message>
    <message>
        <source>expects text</source>
        <translation type="vanished">テキストが必要です</translation>
    </message>
    <message>
        <source>expects one of the server&apos;s choices</source>
        <translation type="vanished">サーバーの選択肢のいずれかが必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the server&apos;s choices</source>
        <translation type="vanished">「%1」はサーバーの選択肢にありません</translation>
    </message>
    <message>
        <source>only plain values can be edited here</source>
        <translation type="vanished">ここで編集できるのは単純な値だけです</translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>ワークフローにノード %1 はありません</translation>
    </message>
    <message>
        <source>Node %1 has no input %2</source>
        <translation>ノード %1 に入力 %2 はありません</translation>
    </message>
    <message>
        <source>Input %1 of node %2 is a link, not a value</source>
        <translation>ノード %2 の入力 %1 はリンクであり、値ではありません</translation>
    </message>
    <message>
        <source>Input %1 of node %2 takes a link, not a value</source>
        <translation>ノード %2 の入力 %1 は値ではなくリンクを受け取ります</translation>
    </message>
    <message>
        <source>Input %1 of node %2 has no place in the saved workflow</source>
        <translation>ノード %2 の入力 %1 は保存済みワークフローに格納場所がありません</translation>
    </message>
    <message>
        <source>Input %1 of node %2 has no &quot;control after generate&quot; mode %3</source>
        <translation>ノード %2 の入力 %1 には “control after generate” モード %3 がありません</translation>
    </message>
    <message>
        <source>API-format workflows cannot bypass or mute nodes; open the saved workflow to do that</source>
        <translation>API 形式のワークフローではノードをバイパス・ミュートできません。保存済みワークフローを開いてください</translation>
    </message>
    <message>
        <source>the server&apos;s node list is not loaded yet</source>
        <translation>サーバーのノード一覧がまだ読み込まれていません</translation>
    </message>
    <message>
        <source>An API-format workflow has no layout to save as a saved (UI) workflow</source>
        <translation>API 形式のワークフローにはレイアウトがないため、保存済み（UI）ワークフローとして保存できません</translation>
    </message>
    <message>
        <source>The server&apos;s node list is needed to convert the workflow to the API format</source>
        <translation>ワークフローを API 形式に変換するにはサーバーのノード一覧が必要です</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
    <message>
        <source>Only a saved workflow keeps node positions</source>
        <translation>ノードの位置を保持できるのは保存済みワークフローだけです</translation>
    </message>
    <message>
        <source>A node position must be a finite number</source>
        <translation>ノードの位置は有限の数値でなければなりません</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowEditor</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キューに追加</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Saved workflow, opens in ComfyUI (*.json)</source>
        <translation>保存済みワークフロー、ComfyUI で開けます (*.json)</translation>
    </message>
    <message>
        <source>API workflow (*.json)</source>
        <translation>API ワークフロー (*.json)</translation>
    </message>
    <message>
        <source>Save Workflow As</source>
        <translation>ワークフローに名前を付けて保存</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 には保存されていない変更があります。保存しますか？</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from %1</source>
        <translation>%1 の未保存の変更を復元しました</translation>
    </message>
    <message>
        <source>an unsaved workflow</source>
        <translation>未保存のワークフロー</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>未保存の変更を復元</translation>
    </message>
    <message>
        <source>Easel closed with unsaved changes to %1 (%2). Recover them?</source>
        <translation>Easel は %1 の未保存の変更を残して終了しました（%2）。復元しますか？</translation>
    </message>
    <message>
        <source>Uploaded %1</source>
        <translation>%1 をアップロードしました</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove from &amp;Favourites</source>
        <translation>お気に入りから削除(&amp;F)</translation>
    </message>
    <message>
        <source>Add to &amp;Favourites</source>
        <translation>お気に入りに追加(&amp;F)</translation>
    </message>
    <message>
        <source>Stop &amp;Bypassing</source>
        <translation>バイパスを解除(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Bypass</source>
        <translation>バイパス(&amp;B)</translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation>ミュート解除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>ミュート(&amp;M)</translation>
    </message>
    <message>
        <source>Not installed on the server: %1 (node %2)</source>
        <translation>サーバーに未インストール: %1（ノード %2）</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="vanished">%1 #%2</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー: %1</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>問題 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste Image</source>
        <translation>画像を貼り付け</translation>
    </message>
    <message>
        <source>Edit &amp;Mask…</source>
        <translation>マスクを編集(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>画像を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Workflow settings</source>
        <translation>ワークフローの設定</translation>
    </message>
    <message>
        <source>Find a setting</source>
        <translation>設定を検索</translation>
    </message>
    <message>
        <source>Add Node &amp;After…</source>
        <translation>後ろにノードを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add Node B&amp;efore…</source>
        <translation>前にノードを追加(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>複製(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Convert to &amp;Input</source>
        <translation>入力に変換(&amp;I)</translation>
    </message>
    <message>
        <source>No output in the workflow gives %1</source>
        <translation>ワークフローに %1 を出力するものはありません</translation>
    </message>
    <message>
        <source>Convert to &amp;Widget</source>
        <translation>ウィジェットに変換(&amp;W)</translation>
    </message>
    <message>
        <source>After %1 #%2: its outputs feed the new node where the types fit.</source>
        <translation>%1 #%2 の後: 型が合うところで、その出力が新しいノードにつながります。</translation>
    </message>
    <message>
        <source>Before %1 #%2: the new node feeds its inputs where the types fit.</source>
        <translation>%1 #%2 の前: 型が合うところで、新しいノードがその入力につながります。</translation>
    </message>
    <message>
        <source>Uploading %1: %2 of %3</source>
        <translation>%1 をアップロード中: %2 / %3</translation>
    </message>
    <message>
        <source>%1, node %2</source>
        <translation>%1、ノード %2</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>%1
(%2, input %3)</source>
        <translation>%1
(%2、入力 %3)</translation>
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
    <name>Easel::WorkflowFilterModel</name>
    <message>
        <source>bypassed</source>
        <translation>バイパス中</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>ミュート中</translation>
    </message>
    <message>
        <source>not installed on the server</source>
        <translation>サーバーに未インストール</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowModel</name>
    <message>
        <source>missing node</source>
        <translation>存在しないノード</translation>
    </message>
    <message>
        <source>← %1 #%2 · %3</source>
        <translation>← %1 #%2 · %3</translation>
    </message>
    <message>
        <source>%1 #%2 · bypassed</source>
        <translation>%1 #%2 · バイパス中</translation>
    </message>
    <message>
        <source>%1 #%2 · muted</source>
        <translation>%1 #%2 · ミュート中</translation>
    </message>
    <message>
        <source>%1 #%2 · not installed on the server</source>
        <translation>%1 #%2 · サーバーに未インストール</translation>
    </message>
    <message>
        <source>%1 (%2), node %3</source>
        <translation>%1（%2）、ノード %3</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Range: %1 to %2</source>
        <translation>範囲: %1 ～ %2</translation>
    </message>
    <message>
        <source>Double-click to go to node %1</source>
        <translation>ダブルクリックでノード %1 へ移動</translation>
    </message>
    <message>
        <source>Node / input</source>
        <translation>ノード / 入力</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>ワークフローにノード %1 はありません</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%2 の %1 を設定</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3 after each run</source>
        <translation>%2 の %1 を実行ごとに %3 に設定</translation>
    </message>
    <message>
        <source>Bypass %1</source>
        <translation>%1 をバイパス</translation>
    </message>
    <message>
        <source>Mute %1</source>
        <translation>%1 をミュート</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 を有効化</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 の名前を変更</translation>
    </message>
    <message>
        <source>Add %1 to favourites</source>
        <translation>%1 をお気に入りに追加</translation>
    </message>
    <message>
        <source>Remove %1 from favourites</source>
        <translation>%1 をお気に入りから削除</translation>
    </message>
    <message>
        <source>Update values after queueing</source>
        <translation>キュー追加後に値を更新</translation>
    </message>
    <message>
        <source>Node %1 is locked</source>
        <translation>ノード %1 はロックされています</translation>
    </message>
    <message>
        <source>%1 of node %2 is locked</source>
        <translation>ノード %2 の %1 はロックされています</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 を移動</translation>
    </message>
    <message numerus="yes">
        <source>subgraph #%1 · %n node(s)</source>
        <translation>
            <numerusform>サブグラフ #%1 · %n 個のノード</numerusform>
        </translation>
    </message>
    <message>
        <source>The workflow kept changing while the edit was checked; try it again</source>
        <translation>変更の確認中にワークフローが変わりました。もう一度お試しください</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowValidator</name>
    <message>
        <source>the prompt is not a JSON object</source>
        <translation type="vanished">プロンプトが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the node has no class_type (its type is not installed)</source>
        <translation type="vanished">ノードに class_type がありません (タイプがインストールされていません)</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation type="vanished">ノードタイプ %1 はサーバーにインストールされていません</translation>
    </message>
    <message>
        <source>linked to node %1, which is not in the prompt</source>
        <translation type="vanished">プロンプトにないノード %1 にリンクされています</translation>
    </message>
    <message>
        <source>linked to output %1 of node %2, which has %3 outputs</source>
        <translation type="vanished">出力が %3 個しかないノード %2 の出力 %1 にリンクされています</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation type="vanished">数値が必要です</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="vanished">%1 は最小値 %2 より小さいです</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="vanished">%1 は最大値 %2 より大きいです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the server&apos;s choices</source>
        <translation type="vanished">&quot;%1&quot; はサーバーの選択肢にありません</translation>
    </message>
    <message>
        <source>expects true or false</source>
        <translation type="vanished">true または false が必要です</translation>
    </message>
    <message>
        <source>required input is missing</source>
        <translation>必須の入力がありません</translation>
    </message>
    <message>
        <source>its inputs depend on its own output (through node %1)</source>
        <translation type="vanished">入力が自分自身の出力に依存しています (ノード %1 経由)</translation>
    </message>
    <message>
        <source>takes %1, but node %2 gives %3</source>
        <translation type="vanished">%1 を受け取りますが、ノード %2 は %3 を出力します</translation>
    </message>
    <message>
        <source>takes %1, but %2 gives %3</source>
        <translation>%1 を受け取りますが、%2 は %3 を出力します</translation>
    </message>
</context>
<context>
    <name>ImagePrepDialog</name>
    <message>
        <source>Use Picture</source>
        <translation>画像を使用</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>回転</translation>
    </message>
    <message>
        <source>Turn Left</source>
        <translation>左に回転</translation>
    </message>
    <message>
        <source>Turn Right</source>
        <translation>右に回転</translation>
    </message>
</context>
<context>
    <name>JobLabels</name>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n 件完了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 件キャンセル</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskUnlockDialog</name>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Enter the administrator PIN to leave kiosk mode.</source>
        <translation>キオスクモードを終了するには管理者 PIN を入力してください。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
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
        <translation type="vanished">ワークフローが開かれていません。API 形式のワークフローを開いて始めましょう。</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation type="vanished">実行回数:</translation>
    </message>
    <message>
        <source>How many times to queue the workflow</source>
        <translation type="vanished">ワークフローをキューに入れる回数</translation>
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
        <translation type="vanished">プロンプトの実行中はここにライブプレビューが表示されます。</translation>
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
        <translation type="vanished">Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="vanished">Ctrl+Q</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>このセッション</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>実行回数(&amp;R):</translation>
    </message>
    <message>
        <source>How many times to queue the workflow; seeds set to randomize change between runs</source>
        <translation>ワークフローをキューに入れる回数。ランダム設定のシードは実行ごとに変わります</translation>
    </message>
    <message>
        <source>&amp;Variations…</source>
        <translation>バリエーション(&amp;V)…</translation>
    </message>
    <message>
        <source>Queue a sweep: seeds, and a grid over up to three inputs</source>
        <translation>スイープをキューに入れる: シードと最大3つの入力のグリッド</translation>
    </message>
    <message>
        <source>Interrupt Easel&apos;s running job</source>
        <translation>実行中の Easel のジョブを中断</translation>
    </message>
    <message>
        <source>Queue the workflow (Ctrl+Enter)</source>
        <translation>ワークフローをキューに入れる (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Queue &amp;Variations…</source>
        <translation>バリエーションをキューに入れる(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Pause Queue</source>
        <translation>キューを一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;un on:</source>
        <translation>実行先(&amp;U):</translation>
    </message>
    <message>
        <source>Any server of the farm, or only this one for the jobs queued now</source>
        <translation>ファームの任意のサーバー、または今キューに追加するジョブをこのサーバーのみで実行</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>ワークフロー</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
</context>
<context>
    <name>MaskEditorDialog</name>
    <message>
        <source>Mask Editor</source>
        <translation>マスクエディター</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>ブラシ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>消しゴム(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>塗りつぶし(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>クリア(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>反転(&amp;I)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>マスク</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush size in picture pixels ([ smaller, ] larger)</source>
        <translation>ブラシのサイズ (画像のピクセル単位、[ で小さく、] で大きく)</translation>
    </message>
    <message>
        <source>Hardness</source>
        <translation>硬さ</translation>
    </message>
    <message>
        <source>Brush hardness</source>
        <translation>ブラシの硬さ</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Brush opacity</source>
        <translation>ブラシの不透明度</translation>
    </message>
    <message>
        <source>Mask overlay</source>
        <translation>マスクのオーバーレイ</translation>
    </message>
    <message>
        <source>Mask overlay opacity</source>
        <translation>マスクのオーバーレイの不透明度</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>色…</translation>
    </message>
    <message>
        <source>Left button paints, right button erases.
Middle button or Space+drag pans; the wheel zooms.</source>
        <translation>左ボタンで塗り、右ボタンで消します。
中ボタンまたは Space+ドラッグでスクロール、ホイールでズームします。</translation>
    </message>
    <message>
        <source>Loading or saving the picture</source>
        <translation>画像の読み込みまたは保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Upload the mask to the server and use it (Ctrl+S)</source>
        <translation>マスクをサーバーにアップロードして使用します (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>NodePickerDialog</name>
    <message>
        <source>Add Node</source>
        <translation>ノードを追加</translation>
    </message>
    <message>
        <source>Search by name, type or category</source>
        <translation>名前、型、カテゴリで検索</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>お気に入り(&amp;F)</translation>
    </message>
    <message>
        <source>Favourite nodes are listed first</source>
        <translation>お気に入りのノードが先頭に表示されます</translation>
    </message>
</context>
<context>
    <name>ParameterLabels</name>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <source>CFG</source>
        <translation>CFG</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>サンプラー</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>スケジューラー</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>ノイズ除去</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Diffusion model</source>
        <translation>拡散モデル</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <source>LoRA strength</source>
        <translation>LoRA の強度</translation>
    </message>
    <message>
        <source>LoRA strength (CLIP)</source>
        <translation>LoRA の強度 (CLIP)</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>File name prefix</source>
        <translation>ファイル名の接頭辞</translation>
    </message>
    <message>
        <source>Upscale method</source>
        <translation>アップスケール方法</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source>Positive prompt</source>
        <translation>ポジティブプロンプト</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>ネガティブプロンプト</translation>
    </message>
</context>
<context>
    <name>ServersPanel</name>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Each server of the farm: jobs go to servers that have their nodes and models, the one with the model loaded first, then the shortest queue.</source>
        <translation>ファームの各サーバー: ジョブはそのノードとモデルを持つサーバーに送られ、モデルを読み込み済みのサーバーが優先され、次にキューが最も短いサーバーが選ばれます。</translation>
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
    <message>
        <source>&quot;&amp;Use these settings&quot; restores {a|b} prompts and %…% names as written</source>
        <translation>「この設定を使う」で {a|b} プロンプトと %…% 名を書かれたとおりに復元する(&amp;U)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>&amp;Finished jobs kept in the queue:</source>
        <translation>キューに残す完了済みジョブ(&amp;F):</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>The queue lists the newest finished jobs up to this number; older finished jobs leave the queue, and their outputs stay in the Library. All (0) keeps every finished job in the queue, which grows through a long day. Applied at once.</source>
        <translation>キューには完了したジョブを新しいものからこの数まで表示します。それより古い完了済みジョブはキューから外れますが、その出力はライブラリに残ります。「すべて」(0) では完了したジョブをすべてキューに残すため、長い一日のうちにキューが長くなります。変更はすぐに反映されます。</translation>
    </message>
    <message>
        <source>Older finished jobs leave the queue; their outputs stay in the Library.</source>
        <translation>古い完了済みジョブはキューから外れます。その出力はライブラリに残ります。</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation>タグの編集</translation>
    </message>
    <message>
        <source>Checked: on every selected output. Unchecked: removed from them. Partly checked: left as it is.</source>
        <translation>チェックあり: 選択したすべての出力に付けます。チェックなし: それらから外します。一部チェック: そのままにします。</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新しいタグ</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>WorkflowEditor</name>
    <message>
        <source>Find a node or input by name, title or value (Ctrl+F)</source>
        <translation>名前・タイトル・値でノードや入力を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>&amp;Simple</source>
        <translation>シンプル(&amp;S)</translation>
    </message>
    <message>
        <source>Show only favourites and the inputs the workflow exposes</source>
        <translation>お気に入りとワークフローが公開している入力だけを表示</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>すべて(&amp;A)</translation>
    </message>
    <message>
        <source>Show every node and input</source>
        <translation>すべてのノードと入力を表示</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>ワークフロー</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
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
        <translation type="vanished">ComfyUI サーバーのアドレス (既定値: 設定の値、なければ %1)。</translation>
    </message>
    <message>
        <source>Folder for finished outputs.</source>
        <translation>完成した出力の保存先フォルダー。</translation>
    </message>
    <message>
        <source>Use the named profile (not yet supported).</source>
        <translation type="vanished">指定したプロファイルを使う (未対応)。</translation>
    </message>
    <message>
        <source>Start in kiosk mode (not yet supported).</source>
        <translation type="vanished">キオスクモードで起動する (未対応)。</translation>
    </message>
    <message>
        <source>--profile is not yet supported; profile “%1” shares the default settings.</source>
        <translation type="vanished">--profile にはまだ対応していません。プロファイル「%1」は既定の設定を共有します。</translation>
    </message>
    <message>
        <source>--kiosk is not yet supported; starting normally.</source>
        <translation type="vanished">--kiosk にはまだ対応していません。通常どおり起動します。</translation>
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
        <translation type="vanished">サーバーのアドレス。</translation>
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
        <translation type="vanished">--count には 1 から 10000 までの数値を指定します</translation>
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
        <translation type="vanished">ComfyUI ワークフローをキューに入れ、進行を追い、すべての出力を保存します。ファイルは
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
    <message>
        <source>Misbehave on purpose: NAME[:KEY=VALUE,...], e.g. close_ws_every:seconds=2 or http_500:path=/view,count=3. Repeatable. Names: %1.</source>
        <translation>意図的に異常動作させます: NAME[:KEY=VALUE,...]、例 close_ws_every:seconds=2 や http_500:path=/view,count=3。複数指定可。名前: %1。</translation>
    </message>
    <message>
        <source>Accept fault commands on POST /sim/control (loopback only).</source>
        <translation>POST /sim/control で障害コマンドを受け付けます（ループバックのみ）。</translation>
    </message>
    <message>
        <source>no connection profile named “%1” (saved: %2)</source>
        <translation>「%1」という名前の接続プロファイルはありません (保存済み: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>the PIN needs at least 4 characters</source>
        <translation type="vanished">PIN は 4 文字以上必要です</translation>
    </message>
    <message>
        <source>Use the named connection profile (Server → Connections…).</source>
        <translation type="vanished">指定した接続プロファイルを使う (サーバー → 接続…)。</translation>
    </message>
    <message>
        <source>Start in kiosk mode (see docs/kiosk.md).</source>
        <translation>キオスクモードで起動する (docs/kiosk.md を参照)。</translation>
    </message>
    <message>
        <source>Read a PIN from standard input and print its hash for kiosk.conf&apos;s admin_pin.</source>
        <translation type="vanished">標準入力から PIN を読み取り、kiosk.conf の admin_pin 用のハッシュを出力する。</translation>
    </message>
    <message>
        <source>kiosk mode: no approved workflows in “%1”</source>
        <translation>キオスクモード: 「%1」に承認済みのワークフローがありません</translation>
    </message>
    <message>
        <source>use either --server or --profile</source>
        <translation>--server と --profile のどちらか一方を使ってください</translation>
    </message>
    <message>
        <source>The server&apos;s address; repeat it to spread the jobs over a farm of servers.</source>
        <translation>サーバーのアドレス。複数回指定すると、ジョブをサーバーファームに分散します。</translation>
    </message>
    <message>
        <source>Node classes this server lacks, comma-separated (a farm&apos;s servers differ in their custom nodes).</source>
        <translation>このサーバーにないノードクラス (カンマ区切り)。ファームのサーバーごとにカスタムノードが異なります。</translation>
    </message>
    <message>
        <source>Serve HTTPS/WSS with this PEM certificate.</source>
        <translation>この PEM 証明書で HTTPS/WSS を提供する。</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>--tls-cert の PEM 秘密鍵。</translation>
    </message>
    <message>
        <source>Answer 401 unless a request has this header, e.g. &quot;Authorization: Bearer abc&quot;.</source>
        <translation>要求にこのヘッダーがない場合は 401 を返す (例: &quot;Authorization: Bearer abc&quot;)。</translation>
    </message>
    <message>
        <source>The ComfyUI server&apos;s address (default: from the preferences, else %1). Repeat it, or add --profile, to use several servers together as a render farm.</source>
        <translation>ComfyUI サーバーのアドレス (既定値: 設定の値、なければ %1)。複数回指定するか --profile を追加すると、複数のサーバーをレンダーファームとしてまとめて使います。</translation>
    </message>
    <message>
        <source>Use the named connection profile (Server → Connections…). Repeat it to use several servers together as a render farm.</source>
        <translation>指定した接続プロファイルを使う (サーバー → 接続…)。複数回指定すると、複数のサーバーをレンダーファームとしてまとめて使います。</translation>
    </message>
    <message>
        <source>the same server is named twice: %1</source>
        <translation>同じサーバーが 2 回指定されています: %1</translation>
    </message>
    <message>
        <source>Queue a ComfyUI workflow, follow it and save every output. The file may be
API JSON, a saved (UI) workflow, or a PNG/WebP image carrying one; saved
workflows are converted with the server&apos;s /object_info (or --object-info FILE).
--server and --profile may be repeated and mixed: two or more servers make a farm
that shares the jobs out.
Exit code: 0 when every job succeeded, 1 when a job failed or was rejected,
2 for a bad command line or workflow (an unknown profile, or one whose secrets
cannot be read), 3 when the server cannot be reached.</source>
        <translation>ComfyUI ワークフローをキューに入れ、進行を追い、すべての出力を保存します。ファイルは
API 形式の JSON、保存された (UI) ワークフロー、またはそれを含む PNG/WebP 画像です。保存された
ワークフローはサーバーの /object_info (または --object-info FILE) で変換します。
--server と --profile は繰り返し指定でき、混在もできます。2 台以上のサーバーはジョブを分担する
ファームになります。
終了コード: 0 すべてのジョブが成功、1 ジョブが失敗または拒否された、
2 コマンドラインまたはワークフローが不正 (不明なプロファイル、または秘密情報を
読み取れないプロファイル)、3 サーバーに接続できない。</translation>
    </message>
    <message>
        <source>Use the named connection profile saved in Easel (Server → Connections…): its address, headers, certificate and API key. Repeat it, or add --server, for a farm.</source>
        <translation>Easel に保存した指定の接続プロファイルを使う (サーバー → 接続…): アドレス、ヘッダー、証明書、API キー。ファームにするには複数回指定するか、--server を追加します。</translation>
    </message>
    <message>
        <source>the PIN could not be hashed (out of memory?)</source>
        <translation>PIN をハッシュ化できませんでした (メモリ不足?)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Read a PIN (6 characters or more, not easy to guess) from standard input and print its Argon2id hash for kiosk.conf&apos;s admin_pin.</source>
        <translation>標準入力から PIN (6 文字以上、推測されにくいもの) を読み取り、kiosk.conf の admin_pin 用の Argon2id ハッシュを出力します。</translation>
    </message>
    <message>
        <source>With --kiosk-hash-pin: write the hash into this kiosk.conf instead (readable by its owner and group only).</source>
        <translation>--kiosk-hash-pin と併用: ハッシュを出力する代わりにこの kiosk.conf に書き込みます (所有者とグループのみ読み取り可)。</translation>
    </message>
    <message>
        <source>Print each saved output as a JSON line on stdout (kind, path, bytes, size, frames, duration, codec, text); progress goes to stderr.</source>
        <translation>保存した各出力を JSON 行として stdout に出力します (kind, path, bytes, size, frames, duration, codec, text)。進行状況は stderr に出力します。</translation>
    </message>
    <message>
        <source>--count takes a number from 1 to %1</source>
        <translation>--count には 1 から %1 までの数値を指定します</translation>
    </message>
    <message>
        <source>--count %1 of this workflow would keep %2 MiB of prompts (at most %3 MiB); run it in parts</source>
        <translation>このワークフローを --count %1 で実行すると %2 MiB のプロンプトを保持することになります (上限 %3 MiB)。分けて実行してください</translation>
    </message>
</context>
</TS>
