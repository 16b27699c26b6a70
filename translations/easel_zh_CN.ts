<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>host:8188 or https://host/comfy</source>
        <translation>host:8188 或 https://host/comfy</translation>
    </message>
    <message>
        <source>Use &amp;TLS (https and wss)</source>
        <translation>使用 TLS（https 和 wss）(&amp;T)</translation>
    </message>
    <message>
        <source>Accepted &amp;certificate:</source>
        <translation>接受的证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Only certificates the system trusts</source>
        <translation>仅限系统信任的证书</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the one self-signed certificate accepted for this server</source>
        <translation>此服务器唯一接受的自签名证书的 SHA-256 指纹</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>额外请求头(&amp;H)：</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add &amp;header</source>
        <translation>添加请求头(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation>移除请求头(&amp;R)</translation>
    </message>
    <message>
        <source>Comfy &amp;API key:</source>
        <translation>Comfy API 密钥(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Use several servers together as a &amp;farm</source>
        <translation>将多台服务器组成集群一起使用(&amp;F)</translation>
    </message>
    <message>
        <source>Spread the queue over every ticked server: each job goes to a server that has its nodes and models</source>
        <translation>将队列分配到所有勾选的服务器：每个任务会发送到拥有其节点和模型的服务器</translation>
    </message>
</context>
<context>
    <name>Easel</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="vanished">第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>two nodes have the id %1; the second is ignored</source>
        <translation type="vanished">两个节点的 ID 都是 %1；第二个将被忽略</translation>
    </message>
    <message>
        <source>the string that opens here is never closed: the file ends inside it (%1)</source>
        <translation type="vanished">此处开始的字符串未闭合：文件在字符串内部结束（%1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; closes nothing</source>
        <translation type="vanished">“%1”没有可闭合的内容</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not close the &quot;%2&quot; opened at %3</source>
        <translation type="vanished">“%1”未能闭合 %3 处打开的“%2”</translation>
    </message>
    <message>
        <source>the file ends before the &quot;%1&quot; opened at %2 is closed</source>
        <translation type="vanished">文件在 %2 处打开的“%1”闭合之前就结束了</translation>
    </message>
    <message>
        <source>The animation&apos;s frames are too large or unreadable</source>
        <translation type="vanished">动画的帧过大或无法读取</translation>
    </message>
    <message>
        <source>No frame could be decoded: %1</source>
        <translation type="vanished">无法解码任何帧：%1</translation>
    </message>
    <message>
        <source>The file has no pictures</source>
        <translation type="vanished">文件中没有图像</translation>
    </message>
    <message>
        <source>The frames cannot be decoded</source>
        <translation type="vanished">无法解码这些帧</translation>
    </message>
    <message>
        <source>No frame could be decoded</source>
        <translation type="vanished">无法解码任何帧</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="vanished">无法打开 %1：%2</translation>
    </message>
    <message>
        <source>No decoder for %1</source>
        <translation type="vanished">没有适用于 %1 的解码器</translation>
    </message>
    <message>
        <source>The decoder cannot be set up</source>
        <translation type="vanished">无法设置解码器</translation>
    </message>
    <message>
        <source>The decoder cannot be opened (%1)</source>
        <translation type="vanished">无法打开解码器（%1）</translation>
    </message>
    <message>
        <source>Decoding a frame took too long</source>
        <translation type="vanished">解码一帧耗时过长</translation>
    </message>
    <message>
        <source>No sound could be decoded</source>
        <translation type="vanished">无法解码任何声音</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation type="vanished">无法打开该文件</translation>
    </message>
    <message>
        <source>The image claims %1×%2 pixels, more than Easel decodes</source>
        <translation type="vanished">图像声称为 %1×%2 像素，超出了 Easel 可解码的范围</translation>
    </message>
    <message>
        <source>The first frame cannot be decoded: %1</source>
        <translation type="vanished">无法解码第一帧：%1</translation>
    </message>
    <message>
        <source>This is not a WebP file</source>
        <translation type="vanished">这不是 WebP 文件</translation>
    </message>
    <message>
        <source>The file has no picture and no sound</source>
        <translation type="vanished">文件中既没有画面也没有声音</translation>
    </message>
    <message>
        <source>The video claims %1×%2 pixels; Easel does not decode it</source>
        <translation type="vanished">视频声称为 %1×%2 像素；Easel 不会解码它</translation>
    </message>
    <message>
        <source>%1 is not what its name says: %2 bytes that do not start with its format&apos;s signature</source>
        <translation type="vanished">%1 与其名称不符：这 %2 字节的开头不是其格式的签名</translation>
    </message>
    <message>
        <source>The download of %1 was cut short (%2 bytes)</source>
        <translation type="vanished">%1 的下载被中断（%2 字节）</translation>
    </message>
    <message>
        <source>%n frame(s)</source>
        <translation type="vanished">%n 帧</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="vanished">%1 秒</translation>
    </message>
    <message>
        <source>saved %1 %2: %3</source>
        <translation type="vanished">已保存 %1 %2：%3</translation>
    </message>
</context>
<context>
    <name>Easel::AnimationFrames</name>
    <message>
        <source>The animation&apos;s frames are too large or unreadable</source>
        <translation>动画的帧过大或无法读取</translation>
    </message>
    <message>
        <source>No frame could be decoded: %1</source>
        <translation>无法解码任何帧：%1</translation>
    </message>
    <message>
        <source>The file has no pictures</source>
        <translation>文件中没有图像</translation>
    </message>
    <message>
        <source>The frames cannot be decoded</source>
        <translation>无法解码这些帧</translation>
    </message>
    <message>
        <source>No frame could be decoded</source>
        <translation>无法解码任何帧</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>Easel::ApiWorkflow</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at %3</source>
        <translation>%1 不是有效的 JSON：%3 处 %2</translation>
    </message>
    <message>
        <source>%1 is not a workflow: expected a JSON object of nodes</source>
        <translation>%1 不是工作流：应为由节点组成的 JSON 对象</translation>
    </message>
    <message>
        <source>%1 is a saved (UI) workflow. Export it from ComfyUI with &quot;Export (API)&quot; to open it here.</source>
        <translation>%1 是已保存的（UI）工作流。请在 ComfyUI 中用“Export (API)”导出后再在此打开。</translation>
    </message>
    <message>
        <source>%1 holds no nodes</source>
        <translation>%1 不包含任何节点</translation>
    </message>
    <message>
        <source>%1: node %2 has no class_type; this is not an API-format workflow</source>
        <translation>%1：节点 %2 没有 class_type；这不是 API 格式的工作流</translation>
    </message>
    <message>
        <source>%1: the inputs of node %2 are not an object</source>
        <translation>%1：节点 %2 的输入不是对象</translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>工作流中没有节点 %1</translation>
    </message>
    <message>
        <source>Input %1 of node %2 is a link, not a value</source>
        <translation>节点 %2 的输入 %1 是连接，不是值</translation>
    </message>
</context>
<context>
    <name>Easel::BatchNotifier</name>
    <message>
        <source>Batch “%1” finished</source>
        <translation>批次“%1”已完成</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) done</source>
        <translation>
            <numerusform>%n 个任务已完成</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed or cancelled</source>
        <translation type="vanished">%1 个完成，%2 个失败或已取消</translation>
    </message>
</context>
<context>
    <name>Easel::CatalogueCache</name>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
</context>
<context>
    <name>Easel::ClipspaceTransfer</name>
    <message>
        <source>The file is not a picture Easel can read (%1).</source>
        <translation>该文件不是 Easel 可读取的图像（%1）。</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 pixels; Easel edits pictures of up to %3 megapixels.</source>
        <translation>图像为 %1 × %2 像素；Easel 可编辑的图像最大为 %3 百万像素。</translation>
    </message>
    <message>
        <source>The picture cannot be decoded (%1).</source>
        <translation>无法解码该图像（%1）。</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>未连接到服务器。</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: %2</source>
        <translation>无法获取 %1：%2</translation>
    </message>
    <message>
        <source>The server refused the %1 as too large (HTTP 413). The mask is kept; try a smaller picture.</source>
        <translation>服务器以过大为由拒绝了%1（HTTP 413）。遮罩已保留；请尝试较小的图像。</translation>
    </message>
    <message>
        <source>Uploading the %1 failed: %2. The mask is kept; save again to retry.</source>
        <translation>上传%1失败：%2。遮罩已保留；再次保存即可重试。</translation>
    </message>
    <message>
        <source>The mask could not be encoded.</source>
        <translation>无法编码遮罩。</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>遮罩</translation>
    </message>
    <message>
        <source>paint layer</source>
        <translation>绘画图层</translation>
    </message>
    <message>
        <source>painted picture</source>
        <translation>绘制后的图像</translation>
    </message>
    <message>
        <source>masked picture</source>
        <translation>带遮罩的图像</translation>
    </message>
    <message>
        <source>The server refused the %1 as a bad request (HTTP 400). The mask is kept; check that the server accepts uploads into input/clipspace, then save again.</source>
        <translation>服务器以错误请求为由拒绝了%1（HTTP 400）。遮罩已保留；请确认服务器接受上传到 input/clipspace，然后再次保存。</translation>
    </message>
</context>
<context>
    <name>Easel::ComboEditor</name>
    <message>
        <source>Upload…</source>
        <translation>上传…</translation>
    </message>
    <message>
        <source>Upload an image from this computer to the server and use it</source>
        <translation>将本机的图像上传到服务器并使用</translation>
    </message>
    <message>
        <source>Upload Image</source>
        <translation>上传图像</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>%1 (not on the server)</source>
        <translation>%1（服务器上没有）</translation>
    </message>
    <message>
        <source>Upload Video</source>
        <translation>上传视频</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.webm *.mov *.mkv *.avi *.m4v *.gif)</source>
        <translation>视频 (*.mp4 *.webm *.mov *.mkv *.avi *.m4v *.gif)</translation>
    </message>
    <message>
        <source>Upload Audio</source>
        <translation>上传音频</translation>
    </message>
    <message>
        <source>Sound (*.wav *.mp3 *.flac *.ogg *.opus *.m4a *.aac)</source>
        <translation>音频 (*.wav *.mp3 *.flac *.ogg *.opus *.m4a *.aac)</translation>
    </message>
    <message>
        <source>Upload a video from this computer to the server and use it</source>
        <translation>将本机的视频上传到服务器并使用</translation>
    </message>
    <message>
        <source>Upload a sound file from this computer to the server and use it</source>
        <translation>将本机的音频文件上传到服务器并使用</translation>
    </message>
</context>
<context>
    <name>Easel::CompareCanvas</name>
    <message>
        <source>Difference: black where %1 and %2 are the same</source>
        <translation>差异：%1 与 %2 相同之处显示为黑色</translation>
    </message>
</context>
<context>
    <name>Easel::ComparePane</name>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>滑动对比</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>Close Compare</source>
        <translation>关闭比较</translation>
    </message>
    <message>
        <source>Back to the single picture (Escape)</source>
        <translation>返回单张图像 (Esc)</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Previous Frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <source>One frame back on both sides (,)</source>
        <translation>两侧各后退一帧 (,)</translation>
    </message>
    <message>
        <source>Next Frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <source>One frame forward on both sides (.)</source>
        <translation>两侧各前进一帧 (.)</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>第 %1 帧，共 %2 帧</translation>
    </message>
    <message>
        <source>Too long to compare frame by frame: the first frames are shown</source>
        <translation>过长，无法逐帧比较：显示的是开头的帧</translation>
    </message>
    <message>
        <source>Different lengths (%1 and %2 frames): the first frames are shown</source>
        <translation>长度不同（%1 帧和 %2 帧）：显示的是开头的帧</translation>
    </message>
</context>
<context>
    <name>Easel::ConnectionDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>新服务器</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <source>ComfyUI %1</source>
        <translation>ComfyUI %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 VRAM free</source>
        <translation>%1：可用 VRAM %2 / %3</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>不受信任的证书</translation>
    </message>
    <message>
        <source>The server presents a certificate this system does not trust.

SHA-256 fingerprint:
%1

Accept exactly this certificate for this profile? Compare the fingerprint with the one the server&apos;s administrator gave you.</source>
        <translation>服务器提供的证书不受本系统信任。

SHA-256 指纹：
%1

是否为此配置文件仅接受这一证书？请将该指纹与服务器管理员提供的指纹进行比对。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Saved; the secrets are in a plain-text file.</source>
        <translation>已保存；机密信息存放在明文文件中。</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>无密钥环</translation>
    </message>
    <message>
        <source>No keychain is available to keep this profile&apos;s secrets (%1).

Store the header values and API key in a plain-text file that anyone who can read your settings can read?</source>
        <translation>没有可用的密钥环来保存此配置文件的机密信息（%1）。

是否将请求头的值和 API 密钥保存到明文文件中？任何能读取这些设置的人都能读取该文件。</translation>
    </message>
    <message>
        <source>Not saved: no keychain.</source>
        <translation>未保存：没有密钥环。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its secrets?</source>
        <translation>删除配置文件“%1”及其机密信息？</translation>
    </message>
    <message>
        <source>Tick the saved servers to use together (at least two).</source>
        <translation>勾选要一起使用的已保存服务器（至少两台）。</translation>
    </message>
    <message numerus="yes">
        <source>%n servers ticked: the queue is spread over them.</source>
        <translation>
            <numerusform>已勾选 %n 台服务器：队列将分配到这些服务器上。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connect to Farm</source>
        <translation>连接到集群(&amp;C)</translation>
    </message>
    <message>
        <source>Use the ticked servers together</source>
        <translation>一起使用勾选的服务器</translation>
    </message>
    <message>
        <source>Use the server shown in the form</source>
        <translation>使用表单中显示的服务器</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>已保存的连接</translation>
    </message>
    <message>
        <source>Extra request headers</source>
        <translation>额外请求头</translation>
    </message>
    <message>
        <source>Select all headers</source>
        <translation>选择所有请求头</translation>
    </message>
</context>
<context>
    <name>Easel::ConnectionMonitor</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Connection to %1 lost</source>
        <translation>与 %1 的连接已断开</translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost; reconnecting in %n s</source>
        <translation>
            <numerusform>与 %1 的连接已断开；%n 秒后重新连接</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 restarted; jobs it forgot can be queued again</source>
        <translation>%1 已重启；它遗忘的任务可以重新加入队列</translation>
    </message>
    <message>
        <source>%1 is not a compatible ComfyUI server: %2</source>
        <translation>%1 不是兼容的 ComfyUI 服务器：%2</translation>
    </message>
</context>
<context>
    <name>Easel::ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>配置文件需要一个名称。</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>“%1”不是服务器地址。</translation>
    </message>
    <message>
        <source>The certificate fingerprint is not a SHA-256 digest.</source>
        <translation>证书指纹不是 SHA-256 摘要。</translation>
    </message>
    <message>
        <source>“%1” is not a valid header name.</source>
        <translation>“%1”不是有效的请求头名称。</translation>
    </message>
    <message>
        <source>The value of header “%1” contains a line break.</source>
        <translation>请求头“%1”的值包含换行符。</translation>
    </message>
</context>
<context>
    <name>Easel::Conversion</name>
    <message>
        <source>this subgraph is muted or bypassed inside another subgraph; ComfyUI&apos;s frontend still runs the nodes inside it, and so does Easel</source>
        <translation type="vanished">此子图在另一个子图中被静音或绕过；ComfyUI 前端仍会运行其中的节点，Easel 也是如此</translation>
    </message>
    <message>
        <source>subgraphs nested deeper than %1 levels (does a subgraph contain itself?)</source>
        <translation type="vanished">子图嵌套超过 %1 层（是否有子图包含了自身？）</translation>
    </message>
    <message>
        <source>group nodes inside subgraphs are not supported (nor by ComfyUI)</source>
        <translation type="vanished">不支持子图中的组节点（ComfyUI 也不支持）</translation>
    </message>
    <message>
        <source>widgets_values holds %1 values where %2 were expected; they are mapped in order</source>
        <translation type="vanished">widgets_values 中有 %1 个值，预期为 %2 个；将按顺序对应</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation type="vanished">服务器上未安装节点类型 %1</translation>
    </message>
    <message>
        <source>the link loops through reroutes or bypassed nodes</source>
        <translation type="vanished">连接经由重路由或被绕过的节点形成了循环</translation>
    </message>
    <message>
        <source>input refers to link %1, which the workflow does not have</source>
        <translation type="vanished">输入引用了工作流中不存在的连接 %1</translation>
    </message>
    <message>
        <source>link %1 names target slot %2, but the node holds it in input %3 (%4 inputs); the input that holds the link is used, as ComfyUI does</source>
        <translation type="vanished">连接 %1 指向目标槽 %2，但节点将其放在输入 %3（共 %4 个输入）中；与 ComfyUI 一样，使用持有该连接的输入</translation>
    </message>
    <message>
        <source>link %1 comes from node %2, which does not exist</source>
        <translation type="vanished">连接 %1 来自不存在的节点 %2</translation>
    </message>
    <message>
        <source>the node no longer has the widget %1 this input was made from; the input is dropped, as ComfyUI&apos;s frontend does when it loads the workflow</source>
        <translation type="vanished">该节点已没有此输入所来自的控件 %1；此输入将被丢弃，与 ComfyUI 前端加载工作流时的做法相同</translation>
    </message>
</context>
<context>
    <name>Easel::DockLayout</name>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back in its first place and size</source>
        <translation>将所有面板恢复到最初的位置和大小</translation>
    </message>
</context>
<context>
    <name>Easel::EventSocketWorker</name>
    <message>
        <source>The server&apos;s certificate is not trusted (%1); its SHA-256 fingerprint is %2</source>
        <translation>服务器的证书不受信任（%1）；其 SHA-256 指纹为 %2</translation>
    </message>
    <message numerus="yes">
        <source>A WebSocket text message of %n character(s) was dropped: the limit is %1 bytes</source>
        <translation>
            <numerusform>已丢弃一条 %n 个字符的 WebSocket 文本消息：上限为 %1 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::EventStream</name>
    <message>
        <source>The server&apos;s certificate is not trusted (%1); its SHA-256 fingerprint is %2</source>
        <translation type="vanished">服务器的证书不受信任（%1）；其 SHA-256 指纹为 %2</translation>
    </message>
    <message numerus="yes">
        <source>A WebSocket text message of %n character(s) was dropped: the limit is %1 bytes</source>
        <translation type="vanished">
            <numerusform>已丢弃一条 %n 个字符的 WebSocket 文本消息：上限为 %1 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::FailureDetails</name>
    <message>
        <source>Traceback</source>
        <translation>回溯</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 failed&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 失败&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The server rejected the prompt: %1</source>
        <translation>服务器拒绝了提示词：%1</translation>
    </message>
    <message>
        <source>Node %1 (%2), input %3: %4 %5</source>
        <translation>节点 %1（%2），输入 %3：%4 %5</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Node %1 (%2): %3</source>
        <translation>节点 %1（%2）：%3</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next:&lt;/i&gt; the inputs named above are marked in the editor. Correct them, then queue again (or Retry to send the same values).</source>
        <translation>&lt;i&gt;下一步：&lt;/i&gt;上面列出的输入已在编辑器中标出。请更正后重新加入队列（或用“重试”按相同的值再次发送）。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next:&lt;/i&gt; check that node&apos;s inputs and the models it needs on the server, then Retry. The traceback below is what to attach to a bug report.</source>
        <translation>&lt;i&gt;下一步：&lt;/i&gt;检查该节点的输入以及它在服务器上所需的模型，然后“重试”。提交错误报告时请附上下面的回溯信息。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next:&lt;/i&gt; Retry sends the job again.</source>
        <translation>&lt;i&gt;下一步：&lt;/i&gt;“重试”会再次发送该任务。</translation>
    </message>
</context>
<context>
    <name>Easel::FarmDispatcher</name>
    <message>
        <source>finished there while it was away; outputs fetched, not run again</source>
        <translation>在该服务器离线期间已在其上完成；已获取输出，不再重新运行</translation>
    </message>
    <message>
        <source>%1: not reachable</source>
        <translation>%1：无法访问</translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation>%1 缺少 %2</translation>
    </message>
    <message>
        <source>%1: down</source>
        <translation>%1：已宕机</translation>
    </message>
    <message>
        <source>%1: not in the farm</source>
        <translation>%1：不在集群中</translation>
    </message>
    <message>
        <source>No server can run this job: %1</source>
        <translation>没有服务器能运行此任务：%1</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <source>warm: %1 loaded</source>
        <translation>预热：已加载 %1</translation>
    </message>
    <message>
        <source>shortest queue (%1) of %2 with room</source>
        <translation>%2 台有空位的服务器中队列最短（%1）</translation>
    </message>
    <message>
        <source>Cannot read %1 for node %2: %3</source>
        <translation>无法读取节点 %2 的 %1：%3</translation>
    </message>
    <message>
        <source>upload failed: %1</source>
        <translation>上传失败：%1</translation>
    </message>
    <message>
        <source>%1 refused the upload for node %2: %3</source>
        <translation>%1 拒绝了节点 %2 的上传：%3</translation>
    </message>
    <message>
        <source>not reachable: %1</source>
        <translation>无法访问：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>the server has no record of it (restarted)</source>
        <translation>服务器上没有它的记录（已重启）</translation>
    </message>
    <message>
        <source>to run elsewhere</source>
        <translation>以便在其他服务器上运行</translation>
    </message>
    <message>
        <source>its server has been down for %1 s</source>
        <translation>其服务器已宕机 %1 秒</translation>
    </message>
    <message>
        <source>its server is not in the farm</source>
        <translation>其服务器不在集群中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>taken back before it ran</source>
        <translation>在运行前已收回</translation>
    </message>
</context>
<context>
    <name>Easel::FarmJobNeeds</name>
    <message>
        <source>a readable API prompt</source>
        <translation>可读取的 API 提示词</translation>
    </message>
    <message>
        <source>node class %1</source>
        <translation>节点类 %1</translation>
    </message>
    <message>
        <source>%1 for %2.%3 (node %4)</source>
        <translation>%2.%3 所需的 %1（节点 %4）</translation>
    </message>
</context>
<context>
    <name>Easel::FarmQueueDispatch</name>
    <message>
        <source>The input image %1 (node %2) no longer exists</source>
        <translation>输入图像 %1（节点 %2）已不存在</translation>
    </message>
    <message>
        <source>The farm could not take this job (it is still running there)</source>
        <translation>集群无法接收此任务（它仍在那里运行）</translation>
    </message>
</context>
<context>
    <name>Easel::FarmRun</name>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>无法连接到 %1 的服务器：%2</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation type="vanished">已保存 %1</translation>
    </message>
    <message>
        <source>job %1/%2 sent to %3 (%4)</source>
        <translation>任务 %1/%2 已发送到 %3（%4）</translation>
    </message>
    <message>
        <source>job %1/%2 on %3: %4</source>
        <translation>任务 %1/%2 在 %3 上：%4</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) queued on a farm of %1 server(s)</source>
        <translation>
            <numerusform>已将 %n 个任务加入由 %1 台服务器组成的集群队列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done on %3: %n output(s) saved</source>
        <translation type="vanished">
            <numerusform>任务 %1/%2 在 %3 上完成：已保存 %n 个输出</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1/%2 failed: %3</source>
        <translation type="vanished">任务 %1/%2 失败：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n job(s)</source>
        <translation type="vanished">
            <numerusform>%1：%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 job(s) succeeded; outputs in %3</source>
        <translation type="vanished">%2 个任务中成功 %1 个；输出位于 %3</translation>
    </message>
    <message>
        <source>Cannot reach %1 at %2: %3</source>
        <translation>无法连接到位于 %2 的 %1：%3</translation>
    </message>
</context>
<context>
    <name>Easel::FarmServerModel</name>
    <message>
        <source>%1 of %2 free</source>
        <translation>%2 中 %1 可用</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>ComfyUI</source>
        <translation>ComfyUI</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Jobs run</source>
        <translation>已运行任务</translation>
    </message>
    <message>
        <source>Loaded model</source>
        <translation>已加载模型</translation>
    </message>
</context>
<context>
    <name>Easel::FfmpegInput</name>
    <message>
        <source>The file cannot be opened</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>Reading the file took too long</source>
        <translation>读取文件耗时过长</translation>
    </message>
    <message>
        <source>The file is not a readable video or audio file, or it is cut short (%1)</source>
        <translation>该文件不是可读取的视频或音频文件，或者不完整（%1）</translation>
    </message>
    <message>
        <source>The video claims %1×%2 pixels, more than Easel decodes</source>
        <translation>视频声称为 %1×%2 像素，超出了 Easel 可解码的范围</translation>
    </message>
    <message>
        <source>The file&apos;s streams cannot be read (%1)</source>
        <translation>无法读取文件的流（%1）</translation>
    </message>
</context>
<context>
    <name>Easel::Filmstrip</name>
    <message>
        <source>This session&apos;s outputs</source>
        <translation>本次会话的输出</translation>
    </message>
    <message>
        <source>This session&apos;s outputs, newest on the right. Arrows move, right-click for actions.</source>
        <translation>本次会话的输出，最新的在右侧。方向键移动，右键单击可执行操作。</translation>
    </message>
    <message>
        <source>Back to Live</source>
        <translation>返回实时</translation>
    </message>
    <message>
        <source>Follow new outputs and the live preview again</source>
        <translation>重新跟随新的输出和实时预览</translation>
    </message>
    <message>
        <source>This session&apos;s pictures appear here as they finish, newest on the right.</source>
        <translation>本次会话的图片完成后会显示在这里，最新的在右侧。</translation>
    </message>
</context>
<context>
    <name>Easel::GalleryModel</name>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
</context>
<context>
    <name>Easel::GalleryWidget</name>
    <message>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Prompt, file name or seed</source>
        <translation>提示词、文件名或种子</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>最大优先</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>缩略图大小</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Could not export:
%1</source>
        <translation>无法导出：
%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>使用这些设置</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <source>Copy seed</source>
        <translation>复制种子</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>从收藏中移除</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>添加到收藏</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Move selected to trash</source>
        <translation>将所选移到回收站</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>指定时间段…</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>显示的第一天</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>显示的最后一天</translation>
    </message>
    <message>
        <source>Only outputs of this workflow</source>
        <translation>仅显示此工作流的输出</translation>
    </message>
    <message>
        <source>Only outputs with this tag</source>
        <translation>仅显示带有此标签的输出</translation>
    </message>
    <message>
        <source>Any workflow</source>
        <translation>任意工作流</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Could not save the tags:
%1</source>
        <translation>无法保存标签：
%1</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Could not move to the trash:
%1</source>
        <translation>无法移到回收站：
%1</translation>
    </message>
    <message>
        <source>Compare the two selected</source>
        <translation>比较所选的两项</translation>
    </message>
    <message>
        <source>Edit tags…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <source>Only outputs made on this server of the farm</source>
        <translation>仅显示在集群中此服务器上生成的输出</translation>
    </message>
    <message>
        <source>Any server</source>
        <translation>任意服务器</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <source>Could not save the favourite:
%1</source>
        <translation>无法保存收藏：
%1</translation>
    </message>
</context>
<context>
    <name>Easel::GalleryWorker</name>
    <message>
        <source>The library index could not be opened.</source>
        <translation>无法打开库索引。</translation>
    </message>
</context>
<context>
    <name>Easel::GraphMapDock</name>
    <message>
        <source>Graph</source>
        <translation>节点图</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Inside a subgraph. Click a step to go back out; Backspace in the map goes up one level.</source>
        <translation>位于子图内部。单击某一层级可返回外层；在节点图中按 Backspace 返回上一层。</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>工作流</translation>
    </message>
</context>
<context>
    <name>Easel::GraphMapView</name>
    <message>
        <source>The workflow&apos;s graph. Click a node to select it in the tree; drag the background to pan, a node to move it; the wheel zooms; F fits the graph.</source>
        <translation>工作流的节点图。单击节点可在树中选中它；拖动背景可平移视图，拖动节点可移动节点；滚轮缩放；按 F 显示整个节点图。</translation>
    </message>
    <message>
        <source>%1 · %2 #%3</source>
        <translation>%1 · %2 #%3</translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation>已绕过</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <source>No workflow</source>
        <translation>无工作流</translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>正在排布节点图…</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>A subgraph: double-click to open it</source>
        <translation>子图：双击即可打开</translation>
    </message>
</context>
<context>
    <name>Easel::HeadlessRun</name>
    <message>
        <source>node %1</source>
        <translation type="vanished">节点 %1</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation type="vanished">已保存 %1</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>无法连接到 %1 的服务器：%2</translation>
    </message>
    <message>
        <source>No event stream from the server; following the jobs by polling.</source>
        <translation>服务器没有事件流；改为轮询跟踪任务。</translation>
    </message>
    <message>
        <source>job %1/%2 queued as %3</source>
        <translation>任务 %1/%2 已排队，编号 %3</translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done: %n output(s) saved</source>
        <translation type="vanished">
            <numerusform>任务 %1/%2 完成：已保存 %n 个输出</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1/%2 rejected: %3</source>
        <translation type="vanished">任务 %1/%2 被拒绝：%3</translation>
    </message>
    <message>
        <source>  node %1 (%2), input %3: %4 %5</source>
        <translation type="vanished">  节点 %1（%2），输入 %3：%4 %5</translation>
    </message>
    <message>
        <source>-</source>
        <translation type="vanished">-</translation>
    </message>
    <message>
        <source>job %1/%2 failed: %3</source>
        <translation type="vanished">任务 %1/%2 失败：%3</translation>
    </message>
    <message>
        <source>%1 of %2 job(s) succeeded; outputs in %3</source>
        <translation type="vanished">%2 个任务中成功 %1 个；输出位于 %3</translation>
    </message>
    <message>
        <source>job %1/%2: %3</source>
        <translation type="vanished">任务 %1/%2：%3</translation>
    </message>
    <message>
        <source>job %1/%2 finished on the server but produced no output files</source>
        <translation type="vanished">任务 %1/%2 已在服务器上完成，但没有生成输出文件</translation>
    </message>
    <message>
        <source>The server restarted and lost this job.</source>
        <translation>服务器已重启并丢失了此任务。</translation>
    </message>
    <message>
        <source>Cannot open the output library in %1: %2; no job was sent.</source>
        <translation>无法打开 %1 中的输出库：%2；未发送任何任务。</translation>
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
        <translation>此工作流没有图像输入。要使用图像，请打开一个带有 Load Image 节点的工作流。</translation>
    </message>
    <message>
        <source>Choose an Image Input</source>
        <translation>选择图像输入</translation>
    </message>
    <message>
        <source>Put the picture into:</source>
        <translation>将图像放入：</translation>
    </message>
    <message>
        <source>Choose, paste or drop a picture into %1 first.</source>
        <translation>请先为 %1 选择、粘贴或拖入一张图像。</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>未连接到服务器。</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>剪贴板中没有图像。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 pixels; Easel takes pictures of up to %3 megapixels.</source>
        <translation>图像为 %1 × %2 像素；Easel 接受的图像最大为 %3 百万像素。</translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation>正在读取图像…</translation>
    </message>
    <message>
        <source>Preparing the picture…</source>
        <translation>正在准备图像…</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>无法将图像写入 %1。</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>正在上传 %1…</translation>
    </message>
    <message>
        <source>No Image Input</source>
        <translation>没有图像输入</translation>
    </message>
    <message>
        <source>This workflow has no image input to take the picture.</source>
        <translation>此工作流没有可接收该图片的图像输入。</translation>
    </message>
    <message>
        <source>No workflow is open to take the picture.</source>
        <translation>没有打开可接收该图片的工作流。</translation>
    </message>
    <message>
        <source>Start a new image-to-image workflow from this picture? It opens the “Image to image” starter with the picture as its input.</source>
        <translation>要用这张图片新建一个图生图工作流吗？这会打开入门工作流“图生图”，并以该图片作为输入。</translation>
    </message>
    <message>
        <source>New Image-to-Image</source>
        <translation>新建图生图</translation>
    </message>
</context>
<context>
    <name>Easel::ImageMetadata</name>
    <message>
        <source>the PNG text &quot;%1&quot; is corrupt or inflates to more than %2 MB</source>
        <translation>PNG 文本“%1”已损坏或解压后超过 %2 MB</translation>
    </message>
    <message>
        <source>not a PNG file</source>
        <translation>不是 PNG 文件</translation>
    </message>
    <message>
        <source>the PNG file is truncated (no IEND chunk)</source>
        <translation>PNG 文件被截断（没有 IEND 块）</translation>
    </message>
    <message>
        <source>the PNG chunk %1 claims %2 bytes, which is not valid</source>
        <translation>PNG 块 %1 声明 %2 字节，这是无效的</translation>
    </message>
    <message>
        <source>the PNG file is truncated (chunk %1 claims %2 bytes)</source>
        <translation>PNG 文件被截断（块 %1 声明 %2 字节）</translation>
    </message>
    <message>
        <source>the PNG text chunk holds %1 MB, more than the %2 MB Easel reads</source>
        <translation>PNG 文本块有 %1 MB，超过了 Easel 读取的上限 %2 MB</translation>
    </message>
    <message>
        <source>the PNG file is truncated</source>
        <translation>PNG 文件被截断</translation>
    </message>
    <message>
        <source>not a WebP file</source>
        <translation>不是 WebP 文件</translation>
    </message>
    <message>
        <source>the WebP EXIF chunk holds %1 MB, more than the %2 MB Easel reads</source>
        <translation>WebP EXIF 块有 %1 MB，超过了 Easel 读取的上限 %2 MB</translation>
    </message>
    <message>
        <source>the WebP file is truncated</source>
        <translation>WebP 文件被截断</translation>
    </message>
</context>
<context>
    <name>Easel::ImagePrepDialog</name>
    <message>
        <source>Use Picture for %1</source>
        <translation>将图像用于 %1</translation>
    </message>
    <message>
        <source>Crop to fill the size</source>
        <translation>裁剪以填满尺寸</translation>
    </message>
    <message>
        <source>Fit inside the size</source>
        <translation>适应尺寸</translation>
    </message>
    <message>
        <source>Stretch to the size</source>
        <translation>拉伸到该尺寸</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <source> px</source>
        <translation type="vanished"> 像素</translation>
    </message>
    <message>
        <source>Turn Left</source>
        <translation type="vanished">向左旋转</translation>
    </message>
    <message>
        <source>Turn Right</source>
        <translation type="vanished">向右旋转</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="vanished">尺寸</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="vanished">形状</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="vanished">旋转</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>上传(&amp;U)</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 px; the input gets %3 × %4 px.</source>
        <translation>图像为 %1 × %2 像素；输入将得到 %3 × %4 像素。</translation>
    </message>
</context>
<context>
    <name>Easel::ImagePyramid</name>
    <message>
        <source>The image has no size.</source>
        <translation>图像没有尺寸。</translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2).</source>
        <translation>图像过大（%1 × %2）。</translation>
    </message>
</context>
<context>
    <name>Easel::ImageView</name>
    <message>
        <source>Picture</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Opening %1 (%2 × %3)…</source>
        <translation>正在打开 %1（%2 × %3）…</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3 %</source>
        <translation>%1 × %2 像素 · %3%</translation>
    </message>
    <message>
        <source>Preview · opening %1 × %2…</source>
        <translation>预览 · 正在打开 %1 × %2…</translation>
    </message>
    <message>
        <source>Opening %1 × %2… %3 %</source>
        <translation>正在打开 %1 × %2… %3%</translation>
    </message>
</context>
<context>
    <name>Easel::InputDelegate</name>
    <message>
        <source>Ctrl+Enter or Tab to apply, Escape to cancel</source>
        <translation type="vanished">Ctrl+Enter 或 Tab 应用，Esc 取消</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Empty: click to write</source>
        <translation>空：点击输入</translation>
    </message>
    <message>
        <source>Uploading… %1 %</source>
        <translation>正在上传… %1%</translation>
    </message>
    <message>
        <source>Tab to apply, Ctrl+Enter to apply and queue, Escape to cancel</source>
        <translation>Tab 应用，Ctrl+Enter 应用并加入队列，Escape 取消</translation>
    </message>
</context>
<context>
    <name>Easel::JobJournal</name>
    <message>
        <source>Cannot write the queue journal: %1</source>
        <translation>无法写入队列日志：%1</translation>
    </message>
</context>
<context>
    <name>Easel::JobQueue</name>
    <message>
        <source>Cannot write the queue journal: %1</source>
        <translation type="vanished">无法写入队列日志：%1</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>The job&apos;s inputs no longer match the workflow</source>
        <translation>任务的输入已与工作流不匹配</translation>
    </message>
    <message>
        <source>Cannot read the queue journal: %1</source>
        <translation>无法读取队列日志：%1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="vanished">等待中</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="vanished">在服务器上</translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="vanished">运行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="vanished">完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="vanished">失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="vanished">已取消</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="vanished">已中断</translation>
    </message>
    <message>
        <source>Other client</source>
        <translation type="vanished">其他客户端</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="vanished">%1 秒</translation>
    </message>
    <message>
        <source>Another client&apos;s job</source>
        <translation type="vanished">其他客户端的任务</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="vanished">%1 #%2</translation>
    </message>
    <message>
        <source>Other client, pending</source>
        <translation type="vanished">其他客户端，等待中</translation>
    </message>
    <message>
        <source>Other client, running</source>
        <translation type="vanished">其他客户端，运行中</translation>
    </message>
    <message>
        <source>Running %1%</source>
        <translation type="vanished">运行中 %1%</translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="vanished">任务</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="vanished">更改</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="vanished">状态</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="vanished">位置</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="vanished">已用时间</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="vanished">预计</translation>
    </message>
    <message>
        <source>Waiting for a server</source>
        <translation type="vanished">等待服务器</translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="vanished">服务器</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="vanished">已暂停</translation>
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
        <translation>节点 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>Interrupted at node %1 (%2)</source>
        <translation>在节点 %1（%2）处中断</translation>
    </message>
    <message>
        <source>The server has no record of this prompt</source>
        <translation type="vanished">服务器上没有此提示的记录</translation>
    </message>
    <message>
        <source>Interrupted at node %1</source>
        <translation>在节点 %1 处中断</translation>
    </message>
    <message>
        <source>The server listed %1 output files for this job; the limit is %2 a job</source>
        <translation>服务器为此任务列出了 %1 个输出文件；每个任务的上限为 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>The server does not know this job (in neither its queue nor its history for %n second(s)); it was lost</source>
        <translation>
            <numerusform>服务器不知道此任务（%n 秒内既不在其队列中，也不在其历史记录中）；该任务已丢失</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server does not know this job; lost in %n second(s)</source>
        <translation>
            <numerusform>服务器不知道此任务；%n 秒后判定为丢失</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for the server&apos;s answer, %n second(s)</source>
        <translation>
            <numerusform>正在等待服务器应答，已等待 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::JsonBreak</name>
    <message>
        <source>the string that opens here is never closed: the file ends inside it (%1)</source>
        <translation>此处开始的字符串未闭合：文件在字符串内部结束（%1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; closes nothing</source>
        <translation>“%1”没有可闭合的内容</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not close the &quot;%2&quot; opened at %3</source>
        <translation>“%1”未能闭合 %3 处打开的“%2”</translation>
    </message>
    <message>
        <source>the file ends before the &quot;%1&quot; opened at %2 is closed</source>
        <translation>文件在 %2 处打开的“%1”闭合之前就结束了</translation>
    </message>
</context>
<context>
    <name>Easel::KioskConfigWriter</name>
    <message>
        <source>the hash is written, but the file&apos;s group could not be kept</source>
        <translation>哈希已写入，但无法保留文件的所属组</translation>
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
        <translation>本次会话的图片，最新的在前。</translation>
    </message>
    <message>
        <source>Workflow:</source>
        <translation>工作流：</translation>
    </message>
    <message>
        <source>No approved workflows</source>
        <translation>没有已批准的工作流</translation>
    </message>
    <message>
        <source>Administrator…</source>
        <translation>管理员…</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) used</source>
        <translation>
            <numerusform>已使用 %n 项设置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n locked by the administrator</source>
        <translation type="vanished">
            <numerusform>；%n 项被管理员锁定</numerusform>
        </translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>使用这些设置</translation>
    </message>
    <message>
        <source>Cancel my picture</source>
        <translation>取消我的图片</translation>
    </message>
    <message>
        <source>These settings belong to another workflow. Pick that workflow first.</source>
        <translation>这些设置属于另一个工作流。请先选择那个工作流。</translation>
    </message>
    <message numerus="yes">
        <source>; %n kept as the administrator set them</source>
        <translation>
            <numerusform>；%n 项保持管理员的设置</numerusform>
        </translation>
    </message>
    <message>
        <source>Your picture is on its way.</source>
        <translation>正在生成您的图片。</translation>
    </message>
    <message>
        <source>Some values are outside what is allowed here; they are marked in the list.</source>
        <translation>部分数值超出此处允许的范围；已在列表中标出。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Your picture is ready.</source>
        <translation>您的图片已完成。</translation>
    </message>
    <message>
        <source>This picture could not be made. Please try again.</source>
        <translation>无法生成这张图片。请重试。</translation>
    </message>
    <message>
        <source>Your pictures appear here. Press Generate to make one.</source>
        <translation>您的图片会显示在这里。按“生成”即可创建一张。</translation>
    </message>
    <message>
        <source>Press Generate: the live preview and your pictures appear here.</source>
        <translation>按“生成”后，实时预览和您的图片会显示在这里。</translation>
    </message>
</context>
<context>
    <name>Easel::KioskInputRule</name>
    <message>
        <source>The administrator locked this input.</source>
        <translation>管理员已锁定此输入。</translation>
    </message>
    <message>
        <source>Only a number is allowed here.</source>
        <translation type="vanished">此处只允许输入数字。</translation>
    </message>
    <message>
        <source>Allowed here: %1 to %2.</source>
        <translation type="vanished">此处允许：%1 到 %2。</translation>
    </message>
    <message>
        <source>Allowed here: %1.</source>
        <translation type="vanished">此处允许：%1。</translation>
    </message>
</context>
<context>
    <name>Easel::KioskPin</name>
    <message>
        <source>not of the form pbkdf2-sha256$iterations$salt$hash</source>
        <translation type="vanished">不是 pbkdf2-sha256$iterations$salt$hash 格式</translation>
    </message>
    <message>
        <source>the iteration count is missing or out of range</source>
        <translation>迭代次数缺失或超出范围</translation>
    </message>
    <message>
        <source>the salt or the hash is not valid base64 of the right length</source>
        <translation>盐值或哈希不是长度正确的有效 Base64</translation>
    </message>
    <message>
        <source>neither an $argon2id$ hash nor of the form pbkdf2-sha256$iterations$salt$hash</source>
        <translation>既不是 $argon2id$ 哈希，也不是 pbkdf2-sha256$iterations$salt$hash 格式</translation>
    </message>
    <message>
        <source>the PIN needs at least %1 characters</source>
        <translation>PIN 至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>the PIN is a run of characters (like 123456)</source>
        <translation>PIN 是连续的字符（如 123456）</translation>
    </message>
    <message>
        <source>the PIN repeats a few characters (like 111111 or 121212)</source>
        <translation>PIN 重复了少数几个字符（如 111111 或 121212）</translation>
    </message>
    <message>
        <source>the PIN looks like a date or a year</source>
        <translation>PIN 看起来像日期或年份</translation>
    </message>
    <message>
        <source>the PIN is a common password</source>
        <translation>PIN 是常见密码</translation>
    </message>
    <message>
        <source>not a valid $argon2id$ hash; make a new one with --kiosk-hash-pin</source>
        <translation>不是有效的 $argon2id$ 哈希；请用 --kiosk-hash-pin 重新生成</translation>
    </message>
</context>
<context>
    <name>Easel::KioskPolicy</name>
    <message>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <translation>不是 http(s) 地址</translation>
    </message>
    <message>
        <source>not a number of seconds up to a day</source>
        <translation>不是一天以内的秒数</translation>
    </message>
    <message>
        <source>“%1” is not a rule; the input stays locked</source>
        <translation>“%1”不是规则；该输入保持锁定</translation>
    </message>
    <message>
        <source>keys are node id.input name</source>
        <translation>键的格式为“节点 ID.输入名称”</translation>
    </message>
    <message>
        <source>Nodes cannot be changed in kiosk mode.</source>
        <translation>展台模式下无法更改节点。</translation>
    </message>
    <message>
        <source>%1 is locked by the administrator.</source>
        <translation>%1 已被管理员锁定。</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2; %3 is used</source>
        <translation>不是 %1 到 %2 之间的整数；将使用 %3</translation>
    </message>
    <message>
        <source>an older PBKDF2 hash, still accepted; make an Argon2id one with easel --kiosk-hash-pin</source>
        <translation>较旧的 PBKDF2 哈希，仍可接受；请用 easel --kiosk-hash-pin 生成 Argon2id 哈希</translation>
    </message>
    <message>
        <source>“%1” is not locked or editable; the mode stays locked</source>
        <translation>“%1”既不是 locked 也不是 editable；该模式保持锁定</translation>
    </message>
    <message>
        <source>What happens to %1 after each picture is set by the administrator.</source>
        <translation>每张图片生成后 %1 如何变化由管理员设定。</translation>
    </message>
    <message>
        <source>“%1” is not a mode.</source>
        <translation>“%1”不是一种模式。</translation>
    </message>
</context>
<context>
    <name>Easel::KioskUnlockDialog</name>
    <message>
        <source>No administrator PIN is configured; kiosk mode cannot be left here.</source>
        <translation>未配置管理员 PIN；无法在此退出展台模式。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN 错误。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN 错误次数过多。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>请输入 PIN。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
</context>
<context>
    <name>Easel::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Library &amp;Dock</source>
        <translation>库停靠窗口(&amp;D)</translation>
    </message>
    <message>
        <source>Show the library in a dock of its own, which can be moved, floated and resized</source>
        <translation>在独立的停靠窗口中显示库，可移动、浮动和调整大小</translation>
    </message>
</context>
<context>
    <name>Easel::LibraryFocus</name>
    <message>
        <source>&amp;Library</source>
        <translation>库(&amp;L)</translation>
    </message>
    <message>
        <source>Give the whole window to the library (Ctrl+L)</source>
        <translation>将整个窗口用于显示库 (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>Easel::LibraryIndex</name>
    <message>
        <source>Cannot create the folder for %1</source>
        <translation>无法为 %1 创建文件夹</translation>
    </message>
    <message>
        <source>The library index %1 was made by a newer Easel</source>
        <translation>库索引 %1 由更新版本的 Easel 创建</translation>
    </message>
    <message>
        <source>The library index %1 has rows that refer to missing outputs</source>
        <translation>库索引 %1 中有引用了缺失输出的行</translation>
    </message>
    <message>
        <source>The library index %1 changed while it was opened</source>
        <translation>库索引 %1 在打开过程中被更改</translation>
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
        <translation>控件值</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>The input holds its own value (a widget)</source>
        <translation>此输入使用自己的值（控件）</translation>
    </message>
    <message>
        <source>Nothing feeds the input</source>
        <translation>没有任何内容连接到此输入</translation>
    </message>
</context>
<context>
    <name>Easel::MainWindow</name>
    <message>
        <source>Node</source>
        <translation type="vanished">节点</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">类</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">标题</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="vanished">正在连接 %1…</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation type="vanished">未连接到 %1</translation>
    </message>
    <message>
        <source>Queued %1 (number %2)</source>
        <translation type="vanished">已排队 %1（编号 %2）</translation>
    </message>
    <message>
        <source>Running node %1</source>
        <translation type="vanished">正在运行节点 %1</translation>
    </message>
    <message>
        <source>Open Workflow</source>
        <translation>打开工作流</translation>
    </message>
    <message>
        <source>Workflows (*.json);;All files (*)</source>
        <translation type="vanished">工作流 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="vanished">正在打开 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s)</source>
        <translation type="vanished">
            <numerusform>%1：%n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Easel</source>
        <translation type="vanished">%1 — Easel</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n prompt(s)</source>
        <translation type="vanished">
            <numerusform>已排队 %n 个提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n output(s)</source>
        <translation type="vanished">
            <numerusform>完成：%n 个输出</numerusform>
        </translation>
    </message>
    <message>
        <source>The server rejected the prompt</source>
        <translation type="vanished">服务器拒绝了该提示</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="vanished">已拒绝：%1</translation>
    </message>
    <message>
        <source>  node %1 (%2), input %3: %4 %5</source>
        <translation type="vanished">  节点 %1（%2），输入 %3：%4 %5</translation>
    </message>
    <message>
        <source>-</source>
        <translation type="vanished">-</translation>
    </message>
    <message>
        <source>The output library cannot be opened: %1</source>
        <translation>无法打开输出库：%1</translation>
    </message>
    <message>
        <source>The server restarted and lost this job. Retry queues it again.</source>
        <translation>服务器已重启并丢失了此任务。“重试”会将其重新加入队列。</translation>
    </message>
    <message>
        <source>The server restarted and forgot its queue; Easel&apos;s jobs are checked again.</source>
        <translation>服务器已重启并丢失了队列；正在重新检查 Easel 的任务。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed</source>
        <translation type="vanished">%1：完成 %2，失败 %3</translation>
    </message>
    <message>
        <source>Why the job failed</source>
        <translation type="vanished">任务失败的原因</translation>
    </message>
    <message>
        <source>The server&apos;s node list could not be read: %1</source>
        <translation>无法读取服务器的节点列表：%1</translation>
    </message>
    <message>
        <source>/object_info lists no nodes</source>
        <translation>/object_info 未列出任何节点</translation>
    </message>
    <message>
        <source>Progress of the queue</source>
        <translation>队列进度</translation>
    </message>
    <message>
        <source>No workflow</source>
        <translation>无工作流</translation>
    </message>
    <message>
        <source>%1[*] — Easel</source>
        <translation>%1[*] — Easel</translation>
    </message>
    <message>
        <source>Workflows and images (*.json *.png *.webp);;All files (*)</source>
        <translation>工作流和图像 (*.json *.png *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The workflow cannot be converted to a prompt; see the problems below the tree.</source>
        <translation>无法将工作流转换为提示；请查看树下方的问题列表。</translation>
    </message>
    <message numerus="yes">
        <source>Queued with %n problem(s) found here; the server will judge them.</source>
        <translation>
            <numerusform>已加入队列，此处发现 %n 个问题；由服务器判断。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s)</source>
        <translation>
            <numerusform>已将 %n 个任务加入队列</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Use settings of an output</source>
        <translation>使用某个输出的设置</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n value(s) of the output to the open workflow.</source>
        <translation>
            <numerusform>已将该输出的 %n 个值应用到打开的工作流。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Left as they are (linked in the open workflow): %1</source>
        <translation>保持不变（在打开的工作流中已连接）：%1</translation>
    </message>
    <message>
        <source>The output&apos;s workflow cannot be opened: %1</source>
        <translation>无法打开该输出的工作流：%1</translation>
    </message>
    <message>
        <source>The open workflow is a different graph (%1), so the output&apos;s workflow was opened as a new document.</source>
        <translation>打开的工作流是不同的图（%1），因此已将该输出的工作流作为新文档打开。</translation>
    </message>
    <message numerus="yes">
        <source>The server restarted and lost %n job(s). They are kept in the queue as failed.</source>
        <translation>
            <numerusform>服务器已重启，丢失了 %n 个任务。它们以失败状态保留在队列中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %n job(s)</source>
        <translation>
            <numerusform>重试 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost job(s) queued again.</source>
        <translation>
            <numerusform>已将 %n 个丢失的任务重新加入队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still run on this server. Switch when they have finished.</source>
        <translation type="vanished">
            <numerusform>此服务器上仍有 %n 个任务在运行。请在它们完成后再切换。</numerusform>
        </translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Any server</source>
        <translation>任意服务器</translation>
    </message>
    <message>
        <source>The farm is stopped; Easel uses one server again.</source>
        <translation>集群已停止；Easel 重新使用单台服务器。</translation>
    </message>
    <message>
        <source>The farm needs at least two saved servers.</source>
        <translation>集群至少需要两台已保存的服务器。</translation>
    </message>
    <message numerus="yes">
        <source>Using a farm of %n servers.</source>
        <translation>
            <numerusform>正在使用由 %n 台服务器组成的集群。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the servers of the render farm</source>
        <translation>显示或隐藏渲染集群的服务器</translation>
    </message>
    <message>
        <source>The queue could not be moved to the farm: jobs are still on a server.</source>
        <translation type="vanished">无法将队列移到集群：仍有任务在某台服务器上。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still run on a server. Switch when they have finished.</source>
        <translation>
            <numerusform>仍有 %n 个任务在服务器上运行。请在它们完成后再切换。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Farm: %1 of %n servers ready</source>
        <translation>
            <numerusform>集群：%n 台服务器中 %1 台就绪</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not queued: the server would refuse this workflow (%n problem(s), marked on the nodes and listed in the log).</source>
        <translation>
            <numerusform>未加入队列：服务器会拒绝此工作流（%n 个问题，已在节点上标出并列在日志中）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>正在运行 %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Why “%1” failed</source>
        <translation>“%1”失败的原因</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Open Its &amp;Settings</source>
        <translation>打开其设置(&amp;S)</translation>
    </message>
    <message>
        <source>a render farm</source>
        <translation>渲染集群</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>从模板新建(&amp;T)</translation>
    </message>
    <message>
        <source>%1 is open.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>%1 is open. %2 queues it.</source>
        <translation>已打开 %1。按 %2 加入队列。</translation>
    </message>
    <message>
        <source>New workflow from the starter “%1”</source>
        <translation>基于入门工作流“%1”的新工作流</translation>
    </message>
    <message>
        <source>The server has no file for %1. Put one into the server&apos;s models folder and restart it, or start from “Check the server (no model)”.</source>
        <translation>服务器上没有 %1 的文件。请将文件放入服务器的模型文件夹并重启服务器，或从“检查服务器（无需模型）”开始。</translation>
    </message>
    <message>
        <source>Using the server&apos;s own models: %1</source>
        <translation>使用服务器自己的模型：%1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>Easel &amp;Documentation</source>
        <translation>Easel 文档(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Easel</source>
        <translation>关于 Easel(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Queue at &amp;Front</source>
        <translation>加到队列最前(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Cancel Running Job</source>
        <translation>取消正在运行的任务(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find Setting</source>
        <translation>查找设置(&amp;F)</translation>
    </message>
    <message>
        <source>Easel Documentation</source>
        <translation>Easel 文档</translation>
    </message>
    <message>
        <source>The documentation is not installed here. It is the README.md and the docs folder of Easel&apos;s source.</source>
        <translation>此处未安装文档。文档即 Easel 源代码中的 README.md 和 docs 文件夹。</translation>
    </message>
    <message>
        <source>not known (not connected yet)</source>
        <translation>未知（尚未连接）</translation>
    </message>
    <message>
        <source>About Easel</source>
        <translation>关于 Easel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Easel %1&lt;/h3&gt;&lt;p&gt;A desktop client for ComfyUI.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;ComfyUI server at %4: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Easel %1&lt;/h3&gt;&lt;p&gt;ComfyUI 桌面客户端。&lt;/p&gt;&lt;p&gt;Qt %2（构建时使用 %3）&lt;br&gt;ComfyUI 服务器 %4：%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Filmstrip</source>
        <translation>胶片栏</translation>
    </message>
    <message>
        <source>Paste Image</source>
        <translation>粘贴图像</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>workflow, run, runs</comment>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Queue %p%</source>
        <comment>the whole queue&apos;s progress</comment>
        <translation>队列 %p%</translation>
    </message>
    <message>
        <source>Opening the output library…</source>
        <translation>正在打开输出库…</translation>
    </message>
    <message>
        <source>The output library is open.</source>
        <translation>输出库已打开。</translation>
    </message>
</context>
<context>
    <name>Easel::MaskCanvas</name>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>反转</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>绘制</translation>
    </message>
</context>
<context>
    <name>Easel::MaskEditorDialog</name>
    <message>
        <source>Mask Editor — %1</source>
        <translation>遮罩编辑器 — %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Paint where the picture should change. [ and ] change the brush, X swaps brush and eraser.</source>
        <translation>在图像需要改变的地方涂抹。[ 和 ] 调整画笔，X 切换画笔和橡皮擦。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation type="vanished">画笔(&amp;B)</translation>
    </message>
    <message>
        <source>Paint the mask</source>
        <translation>绘制遮罩</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation type="vanished">橡皮擦(&amp;E)</translation>
    </message>
    <message>
        <source>Erase the mask</source>
        <translation>擦除遮罩</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation type="vanished">填充(&amp;F)</translation>
    </message>
    <message>
        <source>Mask the whole picture</source>
        <translation>遮罩整张图像</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="vanished">清除(&amp;C)</translation>
    </message>
    <message>
        <source>Remove the whole mask</source>
        <translation>移除整个遮罩</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation type="vanished">反转(&amp;I)</translation>
    </message>
    <message>
        <source>Swap masked and unmasked</source>
        <translation>交换遮罩区域和非遮罩区域</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="vanished">适应窗口</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>使图像适应窗口</translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="vanished">100%</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation type="vanished">画笔</translation>
    </message>
    <message>
        <source> px</source>
        <translation type="vanished"> 像素</translation>
    </message>
    <message>
        <source>Brush size in picture pixels ([ smaller, ] larger)</source>
        <translation type="vanished">画笔大小，以图像像素计（[ 缩小，] 放大）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="vanished">尺寸</translation>
    </message>
    <message>
        <source>Hardness</source>
        <translation type="vanished">硬度</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="vanished">不透明度</translation>
    </message>
    <message>
        <source>Mask overlay</source>
        <translation type="vanished">遮罩叠加</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="vanished">颜色…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="vanished">颜色</translation>
    </message>
    <message>
        <source>Left button paints, right button erases.
Middle button or Space+drag pans; the wheel zooms.</source>
        <translation type="vanished">左键绘制，右键擦除。
中键或 Space+拖动可平移；滚轮缩放。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">保存(&amp;S)</translation>
    </message>
    <message>
        <source>Upload the mask to the server and use it (Ctrl+S)</source>
        <translation type="vanished">将遮罩上传到服务器并使用 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Mask Colour</source>
        <translation>遮罩颜色</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3%</source>
        <translation>%1 × %2 像素 · %3%</translation>
    </message>
    <message>
        <source>Uploading the mask…</source>
        <translation>正在上传遮罩…</translation>
    </message>
    <message>
        <source>Discard the Mask?</source>
        <translation>放弃遮罩？</translation>
    </message>
    <message>
        <source>The mask has changes that are not saved. Discard them?</source>
        <translation>遮罩有未保存的更改。要放弃吗？</translation>
    </message>
    <message>
        <source>Loading or saving the picture</source>
        <translation type="vanished">正在加载或保存图像</translation>
    </message>
</context>
<context>
    <name>Easel::MediaInfo</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Not a readable image: %1</source>
        <translation>不是可读取的图像：%1</translation>
    </message>
</context>
<context>
    <name>Easel::MediaKind</name>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>动画</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>3D model</source>
        <translation>3D 模型</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>其他文件</translation>
    </message>
</context>
<context>
    <name>Easel::MediaPlayerPage</name>
    <message>
        <source>Text output</source>
        <translation>文本输出</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停 (Space)</translation>
    </message>
    <message>
        <source>Previous frame (,)</source>
        <translation>上一帧 (,)</translation>
    </message>
    <message>
        <source>Next frame (.)</source>
        <translation>下一帧 (.)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Play again from the start (L)</source>
        <translation>从头重新播放 (L)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Mute the sound (M)</source>
        <translation>静音 (M)</translation>
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
        <translation>无法播放此文件：%1</translation>
    </message>
    <message>
        <source>This animation cannot be shown: %1</source>
        <translation>无法显示此动画：%1</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n frame(s) fit in memory</source>
        <translation>
            <numerusform>内存中只能容纳前 %n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>%1

%2: Easel keeps it in the library; open it with another program.</source>
        <translation>%1

%2：Easel 会将其保留在库中；请用其他程序打开。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>frame %1/%2</source>
        <translation>第 %1/%2 帧</translation>
    </message>
</context>
<context>
    <name>Easel::MediaProbe</name>
    <message>
        <source>No decoder for %1</source>
        <translation>没有适用于 %1 的解码器</translation>
    </message>
    <message>
        <source>The decoder cannot be set up</source>
        <translation>无法设置解码器</translation>
    </message>
    <message>
        <source>The decoder cannot be opened (%1)</source>
        <translation>无法打开解码器（%1）</translation>
    </message>
    <message>
        <source>Decoding a frame took too long</source>
        <translation>解码一帧耗时过长</translation>
    </message>
    <message>
        <source>No frame could be decoded</source>
        <translation>无法解码任何帧</translation>
    </message>
    <message>
        <source>No sound could be decoded</source>
        <translation>无法解码任何声音</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <source>The image claims %1×%2 pixels, more than Easel decodes</source>
        <translation>图像声称为 %1×%2 像素，超出了 Easel 可解码的范围</translation>
    </message>
    <message>
        <source>The first frame cannot be decoded: %1</source>
        <translation>无法解码第一帧：%1</translation>
    </message>
    <message>
        <source>This is not a WebP file</source>
        <translation>这不是 WebP 文件</translation>
    </message>
    <message>
        <source>The file has no picture and no sound</source>
        <translation>文件中既没有画面也没有声音</translation>
    </message>
    <message>
        <source>The video claims %1×%2 pixels; Easel does not decode it</source>
        <translation>视频声称为 %1×%2 像素；Easel 不会解码它</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>Easel::NodePickerDialog</name>
    <message>
        <source>Favourite: %1</source>
        <translation>收藏：%1</translation>
    </message>
    <message>
        <source>Recently added: %1</source>
        <translation>最近添加：%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;No node matches.&lt;/p&gt;</source>
        <translation>&lt;p&gt;没有匹配的节点。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2, optional)</source>
        <translation>%1（%2，可选）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>值：</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>An output node: the prompt runs up to it.</source>
        <translation>输出节点：提示会一直运行到此节点。</translation>
    </message>
</context>
<context>
    <name>Easel::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Easel::NumberEdit</name>
    <message>
        <source>Allowed: %1 to %2. Up and Down change the value by its step.</source>
        <translation>允许：%1 到 %2。上下方向键按步长调整数值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>allowed: %1 to %2</source>
        <translation>允许：%1 到 %2</translation>
    </message>
    <message>
        <source>%1 is below the minimum (%2)</source>
        <translation>%1 低于最小值（%2）</translation>
    </message>
    <message>
        <source>%1 is above the maximum (%2)</source>
        <translation>%1 高于最大值（%2）</translation>
    </message>
</context>
<context>
    <name>Easel::OutputActions</name>
    <message>
        <source>Copy Image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <source>Copy File Path</source>
        <translation>复制文件路径</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Open With…</source>
        <translation>打开方式…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Show Workflow</source>
        <translation>显示工作流</translation>
    </message>
    <message>
        <source>Use These Settings</source>
        <translation>使用这些设置</translation>
    </message>
    <message>
        <source>Use as Input</source>
        <translation>用作输入</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>与…比较</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Copied the file %1 (its pixels could not be read).</source>
        <translation>已复制文件 %1（无法读取其像素）。</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>已将 %1 复制到剪贴板。</translation>
    </message>
    <message>
        <source>No file manager could be started to show %1.</source>
        <translation>无法启动文件管理器来显示 %1。</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>No application is set up to open %1 on this system. Copy its path (right-click › Copy File Path) and open it from your editor.</source>
        <translation>此系统上没有设置可打开 %1 的应用程序。请复制其路径（右键单击 › 复制文件路径），然后在您的编辑器中打开。</translation>
    </message>
    <message>
        <source>%1 carries no workflow.</source>
        <translation>%1 不包含工作流。</translation>
    </message>
    <message>
        <source>The favourite could not be saved: %1</source>
        <translation>无法保存收藏：%1</translation>
    </message>
    <message>
        <source>The tags could not be saved: %1</source>
        <translation>无法保存标签：%1</translation>
    </message>
    <message>
        <source>%1 could not be moved to the trash.</source>
        <translation>无法将 %1 移到回收站。</translation>
    </message>
    <message>
        <source>Moved %1 to the trash.</source>
        <translation>已将 %1 移到回收站。</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n File Path(s)</source>
        <translation>
            <numerusform>复制 %n 个文件路径</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the Two</source>
        <translation>比较这两项</translation>
    </message>
    <message numerus="yes">
        <source>Move %n to Trash</source>
        <translation>
            <numerusform>将 %n 项移到回收站</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened the first %1 of %n folder(s).</source>
        <translation>
            <numerusform>已打开 %n 个文件夹中的前 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n output(s) to the trash.</source>
        <translation>
            <numerusform>已将 %n 个输出移到回收站。</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags could not be read: %1</source>
        <translation>无法读取标签：%1</translation>
    </message>
</context>
<context>
    <name>Easel::OutputDetailDialog</name>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>种子：%1</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>提示词：%1</translation>
    </message>
    <message>
        <source>Made by node %1 of prompt %2 on %3</source>
        <translation type="vanished">由提示 %2 的节点 %1 于 %3 生成</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Changed inputs:</source>
        <translation>已更改的输入：</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>使用这些设置</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>与…比较</translation>
    </message>
    <message>
        <source>Copy seed</source>
        <translation>复制种子</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Made by node %1 of prompt %2</source>
        <translation type="vanished">由提示 %2 的节点 %1 生成</translation>
    </message>
    <message>
        <source>Settings of this output</source>
        <translation>此输出的设置</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a setting&apos;s label and its value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <comment>the label of the node that wrote the file, e.g. Save Image</comment>
        <translation>生成节点：%1</translation>
    </message>
    <message>
        <source>Workflow: %1</source>
        <translation>工作流：%1</translation>
    </message>
    <message>
        <source>Prompt ID: %1</source>
        <translation>提示词 ID：%1</translation>
    </message>
    <message>
        <source>Node ID: %1</source>
        <translation>节点 ID：%1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copies these settings with the prompt and node IDs, for a bug report or the server&apos;s log</source>
        <translation>复制这些设置以及提示词 ID 和节点 ID，用于错误报告或对照服务器日志</translation>
    </message>
    <message>
        <source>Reading the settings of this output…</source>
        <translation>正在读取此输出的设置…</translation>
    </message>
    <message>
        <source>This output is no longer in the library.</source>
        <translation>此输出已不在库中。</translation>
    </message>
</context>
<context>
    <name>Easel::OutputDetails</name>
    <message>
        <source>Show Prompt</source>
        <translation>显示提示词</translation>
    </message>
    <message>
        <source>The prompt exactly as it was queued (API JSON)</source>
        <translation>与加入队列时完全一致的提示词（API JSON）</translation>
    </message>
    <message>
        <source>No output chosen</source>
        <translation>未选择输出</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>Differs from the batch</source>
        <translation>与批次不同之处</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>工作流</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>%1 的预览</translation>
    </message>
    <message>
        <source>The settings appear here when its picture is saved.</source>
        <translation>图像保存后，设置会显示在这里。</translation>
    </message>
</context>
<context>
    <name>Easel::OutputIntegrity</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not what its name says: %2 bytes that do not start with its format&apos;s signature</source>
        <translation>%1 与其名称不符：这 %2 字节的开头不是其格式的签名</translation>
    </message>
    <message>
        <source>The download of %1 was cut short (%2 bytes)</source>
        <translation>%1 的下载被中断（%2 字节）</translation>
    </message>
</context>
<context>
    <name>Easel::OutputListModel</name>
    <message>
        <source>Older outputs are in the Library</source>
        <translation>较早的输出在库中</translation>
    </message>
    <message numerus="yes">
        <source>%n older output(s) of this session are in the Library.</source>
        <translation>
            <numerusform>本次会话中较早的 %n 个输出在库中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::OutputSaver</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Easel::OutputStore</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>无法获取 %1：%2</translation>
    </message>
    <message>
        <source>The download of %1 was cut short (%2 bytes)</source>
        <translation type="vanished">%1 的下载被中断（%2 字节）</translation>
    </message>
    <message>
        <source>Cannot move the download into place at %1</source>
        <translation>无法将下载的文件移动到 %1</translation>
    </message>
    <message>
        <source>[Easel kept the first %1 of %2 characters of this text]</source>
        <translation>[Easel 保留了此文本 %2 个字符中的前 %1 个]</translation>
    </message>
    <message>
        <source>%1 would take the job past its limit of %2 bytes for all its files</source>
        <translation>%1 会使该任务的所有文件超出 %2 字节的上限</translation>
    </message>
    <message>
        <source>Cannot read the download of %1</source>
        <translation type="vanished">无法读取 %1 的下载内容</translation>
    </message>
    <message>
        <source>%1 was removed from the library while it was being shared</source>
        <translation>%1 在共享过程中已从库中移除</translation>
    </message>
    <message>
        <source>Could not record the outputs in the library: %1</source>
        <translation>无法将输出记录到库中：%1</translation>
    </message>
</context>
<context>
    <name>Easel::OutputSummary</name>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>saved %1 %2: %3</source>
        <translation>已保存 %1 %2：%3</translation>
    </message>
</context>
<context>
    <name>Easel::PngChunkScreen</name>
    <message>
        <source>The PNG file cannot be read.</source>
        <translation>无法读取该 PNG 文件。</translation>
    </message>
    <message>
        <source>The PNG chunk %1 declares %2 bytes, more than the format allows.</source>
        <translation>PNG 数据块 %1 声明了 %2 字节，超出该格式允许的范围。</translation>
    </message>
    <message>
        <source>The PNG chunk %1 holds %2, more than the %3 Easel reads.</source>
        <translation>PNG 数据块 %1 有 %2，超过 Easel 读取的上限 %3。</translation>
    </message>
    <message>
        <source>The PNG file is cut short: its chunk %1 declares %2, only %3 follow.</source>
        <translation>PNG 文件不完整：其数据块 %1 声明了 %2，后面只有 %3。</translation>
    </message>
</context>
<context>
    <name>Easel::PreviewPane</name>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
</context>
<context>
    <name>Easel::ProfileStore</name>
    <message>
        <source>A secret of profile “%1” is missing from the keychain.</source>
        <translation>密钥环中缺少配置文件“%1”的一项机密信息。</translation>
    </message>
</context>
<context>
    <name>Easel::PromptConverter</name>
    <message>
        <source>this subgraph is muted or bypassed inside another subgraph; ComfyUI&apos;s frontend still runs the nodes inside it, and so does Easel</source>
        <translation>此子图在另一个子图中被静音或绕过；ComfyUI 前端仍会运行其中的节点，Easel 也是如此</translation>
    </message>
    <message>
        <source>subgraphs nested deeper than %1 levels (does a subgraph contain itself?)</source>
        <translation>子图嵌套超过 %1 层（是否有子图包含了自身？）</translation>
    </message>
    <message>
        <source>group nodes inside subgraphs are not supported (nor by ComfyUI)</source>
        <translation>不支持子图中的组节点（ComfyUI 也不支持）</translation>
    </message>
    <message>
        <source>widgets_values holds %1 values where %2 were expected; they are mapped in order</source>
        <translation>widgets_values 中有 %1 个值，预期为 %2 个；将按顺序对应</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation>服务器上未安装节点类型 %1</translation>
    </message>
    <message>
        <source>the node no longer has the widget %1 this input was made from; the input is dropped, as ComfyUI&apos;s frontend does when it loads the workflow</source>
        <translation>该节点已没有此输入所来自的控件 %1；此输入将被丢弃，与 ComfyUI 前端加载工作流时的做法相同</translation>
    </message>
    <message>
        <source>the link loops through reroutes or bypassed nodes</source>
        <translation>连接经由重路由或被绕过的节点形成了循环</translation>
    </message>
    <message>
        <source>input refers to link %1, which the workflow does not have</source>
        <translation>输入引用了工作流中不存在的连接 %1</translation>
    </message>
    <message>
        <source>link %1 names target slot %2, but the node holds it in input %3 (%4 inputs); the input that holds the link is used, as ComfyUI does</source>
        <translation>连接 %1 指向目标槽 %2，但节点将其放在输入 %3（共 %4 个输入）中；与 ComfyUI 一样，使用持有该连接的输入</translation>
    </message>
    <message>
        <source>link %1 comes from node %2, which does not exist</source>
        <translation>连接 %1 来自不存在的节点 %2</translation>
    </message>
</context>
<context>
    <name>Easel::PromptLoader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read /object_info from %1: %2</source>
        <translation>无法从 %1 读取 /object_info：%2</translation>
    </message>
    <message>
        <source>The node catalogue (/object_info) is unreadable: %1</source>
        <translation>节点目录（/object_info）无法读取：%1</translation>
    </message>
    <message>
        <source>%1 cannot be converted to an API prompt</source>
        <translation>%1 无法转换为 API 提示</translation>
    </message>
    <message>
        <source>{…|…} groups and comments are sent as written: %1</source>
        <translation>{…|…} 组和注释将按原样发送：%1</translation>
    </message>
    <message>
        <source>%1 would be refused by the server; nothing was sent</source>
        <translation>%1 会被服务器拒绝；未发送任何内容</translation>
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
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>the prompt is not a JSON object of nodes</source>
        <translation>提示词不是由节点组成的 JSON 对象</translation>
    </message>
    <message>
        <source>the node id is given twice; only the later node is sent</source>
        <translation>节点 ID 出现了两次；只发送后一个节点</translation>
    </message>
    <message>
        <source>the node is %1, not an object</source>
        <translation>该节点是%1，而不是对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice; the later value is used</source>
        <translation>“%1”出现了两次；使用后一个值</translation>
    </message>
    <message>
        <source>the node has no class_type</source>
        <translation>该节点没有 class_type</translation>
    </message>
    <message>
        <source>class_type is %1, not text</source>
        <translation>class_type 是%1，而不是文本</translation>
    </message>
    <message>
        <source>the node has an empty class_type</source>
        <translation>该节点的 class_type 为空</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation>服务器上未安装节点类型 %1</translation>
    </message>
    <message>
        <source>the node has no inputs object</source>
        <translation>该节点没有 inputs 对象</translation>
    </message>
    <message>
        <source>inputs is %1, not an object</source>
        <translation>inputs 是%1，而不是对象</translation>
    </message>
    <message>
        <source>the input is given twice; the later value is used</source>
        <translation>该输入出现了两次；使用后一个值</translation>
    </message>
    <message>
        <source>the number %1 is too large for any input</source>
        <translation>数字 %1 对任何输入来说都过大</translation>
    </message>
    <message>
        <source>a link must be [node id, output slot]</source>
        <translation>链接必须是 [节点 ID, 输出槽]</translation>
    </message>
    <message>
        <source>the output slot of a link must be a whole number</source>
        <translation>链接的输出槽必须是整数</translation>
    </message>
    <message>
        <source>linked to output %1 of node %2: slots count from 0</source>
        <translation>连接到节点 %2 的输出 %1：槽位从 0 开始计数</translation>
    </message>
    <message>
        <source>linked to node %1, which is not in the prompt</source>
        <translation>连接到了不在提示词中的节点 %1</translation>
    </message>
    <message>
        <source>linked to the node&apos;s own output</source>
        <translation>连接到了节点自身的输出</translation>
    </message>
    <message numerus="yes">
        <source>linked to output %1 of node %2, which has %n output(s)</source>
        <translation>
            <numerusform>连接到节点 %2 的输出 %1，但该节点只有 %n 个输出</numerusform>
        </translation>
    </message>
    <message>
        <source>its inputs depend on its own output (a loop through node %1)</source>
        <translation>其输入依赖于自身的输出（经由节点 %1 的循环）</translation>
    </message>
</context>
<context>
    <name>Easel::PromptSetting</name>
    <message>
        <source>Positive prompt</source>
        <translation>正向提示词</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>CFG</source>
        <translation>CFG</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>调度器</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>降噪</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 已更改</translation>
    </message>
</context>
<context>
    <name>Easel::ProtocolError</name>
    <message>
        <source>%1: malformed frame: %2</source>
        <translation>%1：格式错误的帧：%2</translation>
    </message>
    <message>
        <source>shorter than its 8-byte header</source>
        <translation>比 8 字节的头部还短</translation>
    </message>
    <message>
        <source>node id length past the end</source>
        <translation>节点 ID 长度超出末尾</translation>
    </message>
    <message>
        <source>metadata length past the end</source>
        <translation>元数据长度超出末尾</translation>
    </message>
    <message>
        <source>metadata is not a JSON object</source>
        <translation>元数据不是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown event type</source>
        <translation>未知的事件类型</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>没有错误</translation>
    </message>
    <message>
        <source>The server refused the connection (is ComfyUI running on that port?)</source>
        <translation>服务器拒绝了连接（ComfyUI 是否在该端口上运行？）</translation>
    </message>
    <message>
        <source>The server closed the connection prematurely</source>
        <translation>服务器过早关闭了连接</translation>
    </message>
    <message>
        <source>The server&apos;s host name was not found</source>
        <translation>找不到服务器的主机名</translation>
    </message>
    <message>
        <source>The connection to the server timed out</source>
        <translation>连接服务器超时</translation>
    </message>
    <message>
        <source>The request was canceled or timed out</source>
        <translation>请求已取消或超时</translation>
    </message>
    <message>
        <source>The TLS handshake with the server failed</source>
        <translation>与服务器的 TLS 握手失败</translation>
    </message>
    <message>
        <source>The network connection was temporarily broken</source>
        <translation>网络连接暂时中断</translation>
    </message>
    <message>
        <source>The network session failed</source>
        <translation>网络会话失败</translation>
    </message>
    <message>
        <source>Background requests are not allowed</source>
        <translation>不允许后台请求</translation>
    </message>
    <message>
        <source>The server redirected too many times</source>
        <translation>服务器重定向次数过多</translation>
    </message>
    <message>
        <source>The server redirected from https to http</source>
        <translation>服务器从 https 重定向到了 http</translation>
    </message>
    <message>
        <source>The proxy refused the connection</source>
        <translation>代理拒绝了连接</translation>
    </message>
    <message>
        <source>The proxy closed the connection prematurely</source>
        <translation>代理过早关闭了连接</translation>
    </message>
    <message>
        <source>The proxy host name was not found</source>
        <translation>找不到代理的主机名</translation>
    </message>
    <message>
        <source>The connection to the proxy timed out</source>
        <translation>连接代理超时</translation>
    </message>
    <message>
        <source>The proxy requires authentication</source>
        <translation>代理需要身份验证</translation>
    </message>
    <message>
        <source>Access to the resource was denied (403)</source>
        <translation>访问资源被拒绝（403）</translation>
    </message>
    <message>
        <source>The operation is not permitted on the server</source>
        <translation>服务器不允许此操作</translation>
    </message>
    <message>
        <source>The resource was not found on the server (404)</source>
        <translation>服务器上找不到该资源（404）</translation>
    </message>
    <message>
        <source>The server requires authentication</source>
        <translation>服务器需要身份验证</translation>
    </message>
    <message>
        <source>The request had to be sent again but could not be</source>
        <translation>请求需要重新发送，但无法重发</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource</source>
        <translation>请求与资源的当前状态冲突</translation>
    </message>
    <message>
        <source>The resource is no longer available on the server</source>
        <translation>该资源在服务器上已不可用</translation>
    </message>
    <message>
        <source>The server reported an internal error</source>
        <translation>服务器报告了内部错误</translation>
    </message>
    <message>
        <source>The server does not implement this operation</source>
        <translation>服务器未实现此操作</translation>
    </message>
    <message>
        <source>The server is unavailable</source>
        <translation>服务器不可用</translation>
    </message>
    <message>
        <source>The URL uses an unknown protocol</source>
        <translation>URL 使用了未知的协议</translation>
    </message>
    <message>
        <source>The operation is invalid for this protocol</source>
        <translation>此操作对该协议无效</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke the HTTP protocol</source>
        <translation>服务器的应答违反了 HTTP 协议</translation>
    </message>
    <message>
        <source>An unknown network error occurred</source>
        <translation>发生了未知的网络错误</translation>
    </message>
    <message>
        <source>An unknown proxy error occurred</source>
        <translation>发生了未知的代理错误</translation>
    </message>
    <message>
        <source>The server answered with an unknown error</source>
        <translation>服务器返回了未知错误</translation>
    </message>
    <message>
        <source>An unknown server error occurred</source>
        <translation>发生了未知的服务器错误</translation>
    </message>
    <message>
        <source>%1: unexpected message, expected an object with a &quot;type&quot; string</source>
        <translation>%1：意外的消息，应为带有“type”字符串的对象</translation>
    </message>
    <message>
        <source>%1: the prompt is not a JSON object (%2)</source>
        <translation>%1：提示词不是 JSON 对象（%2）</translation>
    </message>
    <message>
        <source>%1: the workflow is not valid JSON (%2)</source>
        <translation>%1：工作流不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>The preview image could not be read: %1</source>
        <translation>无法读取预览图像：%1</translation>
    </message>
    <message>
        <source>The preview image claims %1x%2 pixels, more than the %3 allowed</source>
        <translation>预览图像声称为 %1x%2 像素，超过了允许的 %3</translation>
    </message>
    <message>
        <source>The preview image could not be decoded: %1</source>
        <translation>无法解码预览图像：%1</translation>
    </message>
    <message>
        <source>%1: the answer is larger than the %2 bytes allowed</source>
        <translation>%1：响应超过了允许的 %2 字节</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted (%1); its SHA-256 fingerprint is %2</source>
        <translation>服务器的证书不受信任（%1）；其 SHA-256 指纹为 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the answer was cut off after %2 of %3 bytes</source>
        <translation>%1：响应在 %3 字节中的第 %2 字节处被截断</translation>
    </message>
    <message>
        <source>status %1 is not an HTTP status</source>
        <translation>状态 %1 不是 HTTP 状态码</translation>
    </message>
    <message>
        <source>conflicting Content-Length headers (%1)</source>
        <translation>Content-Length 标头相互冲突（%1）</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1：无法写入 %2：%3</translation>
    </message>
    <message>
        <source>%1: the answer did not complete within the %2 s allowed for a request</source>
        <translation>%1：响应未在每个请求允许的 %2 秒内完成</translation>
    </message>
    <message>
        <source>%1: the server&apos;s answer is not valid HTTP: %2</source>
        <translation>%1：服务器的响应不是有效的 HTTP：%2</translation>
    </message>
    <message>
        <source>the server redirected to another address (%1); Easel follows redirects only within the same server</source>
        <translation>服务器重定向到了另一个地址（%1）；Easel 只跟随同一服务器内的重定向</translation>
    </message>
    <message>
        <source>%1: unexpected answer, expected %2</source>
        <translation>%1：意外的应答，应为 %2</translation>
    </message>
    <message>
        <source>%1: the answer is not valid JSON (%2 at %3, byte %4)</source>
        <translation>%1：应答不是有效的 JSON（%3 处，第 %4 字节：%2）</translation>
    </message>
    <message>
        <source>%1 was rejected (HTTP %2): %3</source>
        <translation>%1 被拒绝（HTTP %2）：%3</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2</source>
        <translation>%1 失败，HTTP 状态码 %2</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2: %3</source>
        <translation>%1 失败，HTTP 状态码 %2：%3</translation>
    </message>
</context>
<context>
    <name>Easel::QueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>在服务器上</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Other client</source>
        <translation>其他客户端</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Another client&apos;s job</source>
        <translation>其他客户端的任务</translation>
    </message>
    <message>
        <source>Other client, pending</source>
        <translation>其他客户端，等待中</translation>
    </message>
    <message>
        <source>Other client, running</source>
        <translation>其他客户端，运行中</translation>
    </message>
    <message>
        <source>Running %1%</source>
        <translation>运行中 %1%</translation>
    </message>
    <message>
        <source>Waiting for a server</source>
        <translation>等待服务器</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a job&apos;s state: what it waits for</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>Easel::QueuePanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Interrupt</source>
        <translation>中断(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>清除已完成(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel the selected jobs (they are taken off the server&apos;s queue)</source>
        <translation type="vanished">取消所选任务（会从服务器队列中移除）</translation>
    </message>
    <message>
        <source>Stop the selected running job (only that job)</source>
        <translation>停止所选的运行中任务（仅此任务）</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Node %1: step %2 of %3</source>
        <translation type="vanished">节点 %1：第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <source>Running node %1</source>
        <translation type="vanished">正在运行节点 %1</translation>
    </message>
    <message>
        <source>Move to &amp;Top</source>
        <translation>移到最前(&amp;T)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Move to &amp;Bottom</source>
        <translation>移到最后(&amp;B)</translation>
    </message>
    <message>
        <source>Show &amp;Output</source>
        <translation>显示输出(&amp;O)</translation>
    </message>
    <message>
        <source>Open This Job&apos;s &amp;Settings</source>
        <translation>打开此任务的设置(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel the selected jobs (they are taken off the server&apos;s queue) — Delete</source>
        <translation>取消所选任务（会从服务器队列中移除）— Delete</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Drag waiting jobs, or use Ctrl+Up/Down, to change the order; right-click for more</source>
        <translation>拖动等待中的任务或使用 Ctrl+上/下方向键调整顺序；右键单击查看更多操作</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>正在运行 %1</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n job(s) waiting. Resume to go on.</source>
        <translation>
            <numerusform>已暂停：%n 个任务正在等待。点击“继续”以继续运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Jobs you queue appear here. Ctrl+Enter queues the open workflow; Variations… queues a sweep.</source>
        <translation>加入队列的任务会显示在这里。Ctrl+Enter 将打开的工作流加入队列；“变体…”将一组扫描加入队列。</translation>
    </message>
    <message>
        <source>%1: step %2 of %3</source>
        <comment>node label, step, steps</comment>
        <translation>%1：第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <source>Running %1</source>
        <comment>node label</comment>
        <translation>正在运行 %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>%v/%m</source>
        <comment>steps done/steps of the running node</comment>
        <translation>%v/%m</translation>
    </message>
    <message>
        <source>Steps of the running node</source>
        <translation>正在运行的节点的步数</translation>
    </message>
</context>
<context>
    <name>Easel::RunGroupSummary</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Easel::RunQueue</name>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>job %1/%2: %3</source>
        <translation>任务 %1/%2：%3</translation>
    </message>
    <message>
        <source>The workflow is not an API prompt; nothing was queued.</source>
        <translation>该工作流不是 API 提示词；没有任何内容加入队列。</translation>
    </message>
    <message>
        <source>job %1/%2 finished on the server but produced no output files</source>
        <translation>任务 %1/%2 已在服务器上完成，但没有生成输出文件</translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done: %n output(s) saved</source>
        <translation>
            <numerusform>任务 %1/%2 完成：已保存 %n 个输出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done on %3: %n output(s) saved</source>
        <translation>
            <numerusform>任务 %1/%2 在 %3 上完成：已保存 %n 个输出</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1/%2 rejected: %3</source>
        <translation>任务 %1/%2 被拒绝：%3</translation>
    </message>
    <message>
        <source>  node %1 (%2), input %3: %4 %5</source>
        <translation>  节点 %1（%2），输入 %3：%4 %5</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>job %1/%2 failed: %3</source>
        <translation>任务 %1/%2 失败：%3</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n job(s)</source>
        <translation>
            <numerusform>%1：%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 job(s) succeeded; outputs in %3</source>
        <translation>%2 个任务中成功 %1 个；输出位于 %3</translation>
    </message>
</context>
<context>
    <name>Easel::RunServers</name>
    <message>
        <source>no connection profile named “%1” (saved: %2)</source>
        <translation>没有名为“%1”的连接配置文件（已保存：%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>It is no longer saved.</source>
        <translation>该配置文件已不再保存。</translation>
    </message>
    <message>
        <source>not an http(s) server address: %1</source>
        <translation>不是 http(s) 服务器地址：%1</translation>
    </message>
    <message>
        <source>the same server is named twice: %1</source>
        <translation>同一服务器被指定了两次：%1</translation>
    </message>
    <message>
        <source>connection profile “%1” is not used without its secrets: %2</source>
        <translation>连接配置“%1”缺少机密信息，不予使用：%2</translation>
    </message>
</context>
<context>
    <name>Easel::SavedWorkflow</name>
    <message>
        <source>two nodes have the id %1; the second is ignored</source>
        <translation>两个节点的 ID 都是 %1；第二个将被忽略</translation>
    </message>
</context>
<context>
    <name>Easel::SecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>密钥环未在 %1 秒内响应。</translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation>没有可用的密钥环：%1</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>没有可用的密钥环。</translation>
    </message>
</context>
<context>
    <name>Easel::SeedEditor</name>
    <message>
        <source>What happens to the value after each queue</source>
        <translation>每次加入队列后数值如何变化</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>increment</source>
        <translation>递增</translation>
    </message>
    <message>
        <source>decrement</source>
        <translation>递减</translation>
    </message>
    <message>
        <source>randomize</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>New random seed now</source>
        <translation>立即生成新的随机种子</translation>
    </message>
    <message>
        <source>New random seed</source>
        <translation>新的随机种子</translation>
    </message>
</context>
<context>
    <name>Easel::ServersPanel</name>
    <message>
        <source>No render farm: list more servers in the settings (farm servers) to spread the queue over them.</source>
        <translation type="vanished">没有渲染集群：在设置（集群服务器）中添加更多服务器，以便将队列分配到它们上。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) ready</source>
        <translation type="vanished">
            <numerusform>%n 台服务器中 %1 台就绪</numerusform>
        </translation>
    </message>
    <message>
        <source>No render farm: tick several servers in Server → Connections… (“Use several servers together as a farm”) to spread the queue over them.</source>
        <translation>没有渲染集群：在 服务器 → 连接… 中勾选多台服务器（“将多台服务器组成集群一起使用”），即可将队列分配到它们上。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n servers ready</source>
        <translation>
            <numerusform>%n 台服务器中 %1 台就绪</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Save Outputs In</source>
        <translation>输出保存位置</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>“%1”不是 http 或 https 地址。</translation>
    </message>
    <message>
        <source>This window uses the server &lt;b&gt;%1&lt;/b&gt; (from the command line, a connection profile or the farm), not the one below.</source>
        <translation>此窗口使用的是服务器 &lt;b&gt;%1&lt;/b&gt;（来自命令行、连接配置文件或集群），而不是下面的服务器。</translation>
    </message>
    <message>
        <source>It saves outputs in &lt;b&gt;%1&lt;/b&gt; (from the command line), not in the folder below.</source>
        <translation>输出保存在 &lt;b&gt;%1&lt;/b&gt;（来自命令行），而不是下面的文件夹中。</translation>
    </message>
    <message>
        <source>The fields below are what Easel uses when it starts without those options.</source>
        <translation>下面的字段是 Easel 在不带这些选项启动时使用的设置。</translation>
    </message>
</context>
<context>
    <name>Easel::SettingsTransfer</name>
    <message>
        <source>The output&apos;s workflow cannot be read.</source>
        <translation>无法读取该输出的工作流。</translation>
    </message>
    <message>
        <source>node %1 (%2) is not in the open workflow</source>
        <translation>节点 %1（%2）不在打开的工作流中</translation>
    </message>
    <message>
        <source>node %1 is %2 in the open workflow but %3 in the output&apos;s</source>
        <translation>节点 %1 在打开的工作流中为 %2，但在该输出的工作流中为 %3</translation>
    </message>
    <message>
        <source>node %1 (%2) is not in the output&apos;s workflow</source>
        <translation>节点 %1（%2）不在该输出的工作流中</translation>
    </message>
</context>
<context>
    <name>Easel::ShortcutsDialog</name>
    <message>
        <source>New shortcut</source>
        <translation>新快捷键</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Double-click a shortcut (or select it and press F2), then press the new keys.</source>
        <translation>双击一个快捷键（或选中后按 F2），然后按下新的按键。</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation>%1 已是“%2”的快捷键。</translation>
    </message>
    <message>
        <source>“%1” has no shortcut now.</source>
        <translation>“%1”现在没有快捷键。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Easel::StartPage</name>
    <message>
        <source>Open “%1” as a new workflow</source>
        <translation>将“%1”作为新工作流打开</translation>
    </message>
    <message>
        <source>Start something</source>
        <translation>开始创作</translation>
    </message>
    <message>
        <source>&amp;Starter workflows</source>
        <translation>入门工作流(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>最近的文件(&amp;R)</translation>
    </message>
    <message>
        <source>Workflows you open appear here.</source>
        <translation>您打开的工作流会显示在这里。</translation>
    </message>
    <message>
        <source>Drop a workflow (.json) or an image made with ComfyUI or Easel (.png, .webp) here</source>
        <translation>将工作流（.json）或用 ComfyUI 或 Easel 生成的图像（.png、.webp）拖放到此处</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Starter workflows</source>
        <translation>入门工作流</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <source>Drop zone</source>
        <translation>拖放区域</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server has no models.&lt;/b&gt; Put a checkpoint (a .safetensors file) into the server&apos;s &lt;tt&gt;models/checkpoints&lt;/tt&gt; folder and restart it, or download one with ComfyUI&apos;s model manager. Meanwhile, “Check the server (no model)” and “Upscale an image” run without one.</source>
        <translation>&lt;b&gt;服务器上没有模型。&lt;/b&gt;请将检查点（.safetensors 文件）放入服务器的 &lt;tt&gt;models/checkpoints&lt;/tt&gt; 文件夹并重启服务器，或使用 ComfyUI 的模型管理器下载一个。在此之前，“检查服务器（无需模型）”和“放大图像”无需模型即可运行。</translation>
    </message>
</context>
<context>
    <name>Easel::StarterWorkflows</name>
    <message>
        <source>Image to image</source>
        <translation>图生图</translation>
    </message>
    <message>
        <source>Start from a picture of yours: Denoise says how far the result may move from it (0.6 keeps the layout).</source>
        <translation>从您自己的图片开始：降噪值决定结果可以偏离原图多远（0.6 可保留构图）。</translation>
    </message>
    <message>
        <source>Inpainting</source>
        <translation>局部重绘</translation>
    </message>
    <message>
        <source>Paint a mask on your picture (click its thumbnail) and only the masked part is made anew; needs an inpainting model for the best results.</source>
        <translation>在图片上绘制遮罩（单击其缩略图），只有遮罩部分会重新生成；使用局部重绘模型效果最佳。</translation>
    </message>
    <message>
        <source>Check the server (no model)</source>
        <translation>检查服务器（无需模型）</translation>
    </message>
    <message>
        <source>A plain coloured square, made without any model: queue it to see that the server, the queue and the library work.</source>
        <translation>一个纯色方块，无需任何模型即可生成：将其加入队列，即可确认服务器、队列和库都能正常工作。</translation>
    </message>
    <message>
        <source>Text to image (SD 1.5)</source>
        <translation>文生图（SD 1.5）</translation>
    </message>
    <message>
        <source>Write what you want to see; a Stable Diffusion 1.5 checkpoint paints it at 512×512.</source>
        <translation>写下您想看到的内容，Stable Diffusion 1.5 检查点会以 512×512 绘制出来。</translation>
    </message>
    <message>
        <source>Text to image (SDXL)</source>
        <translation>文生图（SDXL）</translation>
    </message>
    <message>
        <source>The same with an SDXL checkpoint at 1024×1024: more detail, more memory.</source>
        <translation>同上，但使用 SDXL 检查点，尺寸为 1024×1024：细节更多，占用内存也更多。</translation>
    </message>
    <message>
        <source>Upscale an image</source>
        <translation>放大图像</translation>
    </message>
    <message>
        <source>Enlarge a picture 2× with Lanczos filtering; no model needed. Drop an image on the Image input.</source>
        <translation>使用 Lanczos 滤波将图片放大 2 倍，无需模型。将图像拖放到“图像”输入上。</translation>
    </message>
</context>
<context>
    <name>Easel::StructureEdit</name>
    <message>
        <source>the server&apos;s node list is not loaded yet</source>
        <translation>服务器的节点列表尚未加载</translation>
    </message>
    <message>
        <source>the prompt would have no output node left (such as Save Image), and the server refuses a prompt without one</source>
        <translation>提示将不再有输出节点（如 Save Image），而服务器会拒绝没有输出节点的提示</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>The server has no node type %1</source>
        <translation>服务器上没有节点类型 %1</translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>工作流中没有节点 %1</translation>
    </message>
    <message>
        <source>Add %1 after %2</source>
        <translation>在 %2 之后添加 %1</translation>
    </message>
    <message>
        <source>Add %1 before %2</source>
        <translation>在 %2 之前添加 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>创建 %1 的副本</translation>
    </message>
    <message>
        <source>Node %1 has no input %2</source>
        <translation>节点 %1 没有输入 %2</translation>
    </message>
    <message>
        <source>Node %1 has no output %2</source>
        <translation>节点 %1 没有输出 %2</translation>
    </message>
    <message>
        <source>A node cannot take its own output</source>
        <translation>节点不能接收自己的输出</translation>
    </message>
    <message>
        <source>Refused: %1 gives %2, but input %3 of %4 takes %5</source>
        <translation>已拒绝：%1 输出 %2，但 %4 的输入 %3 接受 %5</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>将 %1 连接到 %2</translation>
    </message>
    <message>
        <source>Use a value for %1</source>
        <translation>为 %1 使用值</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>断开 %1</translation>
    </message>
</context>
<context>
    <name>Easel::Sweep</name>
    <message>
        <source>The workflow is not an API prompt: %1</source>
        <translation>该工作流不是 API 提示词：%1</translation>
    </message>
    <message>
        <source>A sweep has at most three inputs</source>
        <translation>扫描最多有三个输入</translation>
    </message>
    <message>
        <source>Node %1 has no input %2</source>
        <translation>节点 %1 没有输入 %2</translation>
    </message>
    <message>
        <source>The values of %1.%2 are empty or the step is not positive</source>
        <translation>%1.%2 的值为空或步长不为正</translation>
    </message>
    <message>
        <source>A sweep makes at most %1 jobs</source>
        <translation>扫描最多生成 %1 个任务</translation>
    </message>
    <message>
        <source>This sweep makes no jobs</source>
        <translation>此扫描不会生成任务</translation>
    </message>
    <message>
        <source>The workflow has no seed input %1</source>
        <translation>该工作流没有种子输入 %1</translation>
    </message>
</context>
<context>
    <name>Easel::SweepDialog</name>
    <message>
        <source>Queue Jobs</source>
        <translation>加入任务队列</translation>
    </message>
    <message>
        <source>Batch label</source>
        <translation>批次名称</translation>
    </message>
    <message>
        <source>Keep the workflow&apos;s seeds</source>
        <translation>保留工作流的种子</translation>
    </message>
    <message>
        <source>Seeds counting up from</source>
        <translation>从此值递增的种子</translation>
    </message>
    <message>
        <source>Random seeds</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>名称(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Copies of each job:</source>
        <translation>每个任务的副本数(&amp;C)：</translation>
    </message>
    <message>
        <source>count:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>&amp;Seeds:</source>
        <translation>种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Grid (up to three inputs)</source>
        <translation>网格（最多三个输入）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>5..9 step 1, or: euler, dpmpp_2m</source>
        <translation>5..9 step 1，或：euler, dpmpp_2m</translation>
    </message>
    <message>
        <source>Input %1:</source>
        <translation>输入 %1：</translation>
    </message>
    <message>
        <source>The workflow has no seed input</source>
        <translation>该工作流没有种子输入</translation>
    </message>
    <message>
        <source>Enter values for every chosen input</source>
        <translation>请为每个所选输入填写值</translation>
    </message>
    <message>
        <source>Too many jobs (at most %1)</source>
        <translation>任务过多（最多 %1 个）</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) will be queued</source>
        <translation>
            <numerusform>将加入 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n Job(s)</source>
        <translation>
            <numerusform>加入 %n 个任务(&amp;Q)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>加入队列(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run on:</source>
        <translation>运行于(&amp;R)：</translation>
    </message>
    <message>
        <source>Any server of the farm, or only this one for the whole batch</source>
        <translation>集群中的任意服务器，或整个批次仅使用此服务器</translation>
    </message>
    <message>
        <source>Any server</source>
        <translation>任意服务器</translation>
    </message>
    <message>
        <source>First seed</source>
        <translation>起始种子</translation>
    </message>
    <message>
        <source>Number of seeds</source>
        <translation>种子数量</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>输入 %1</translation>
    </message>
</context>
<context>
    <name>Easel::TagDialog</name>
    <message numerus="yes">
        <source>Tags of %n selected output(s):</source>
        <translation>
            <numerusform>所选 %n 个输出的标签：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::TerminalReporter</name>
    <message>
        <source>job %1/%2</source>
        <translation>任务 %1/%2</translation>
    </message>
</context>
<context>
    <name>Easel::TextPosition</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
</context>
<context>
    <name>Easel::ValueRules</name>
    <message>
        <source>allowed: %1 to %2</source>
        <translation>允许：%1 到 %2</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>需要一个数字</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>%1 is below the minimum (%2)</source>
        <translation>%1 低于最小值（%2）</translation>
    </message>
    <message>
        <source>%1 is above the maximum (%2)</source>
        <translation>%1 高于最大值（%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the server&apos;s choices</source>
        <translation>“%1”不是服务器提供的选项之一</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here (allowed: %2)</source>
        <translation>此处不允许使用“%1”（允许：%2）</translation>
    </message>
    <message>
        <source>expects true or false</source>
        <translation>需要 true 或 false</translation>
    </message>
    <message>
        <source>expects text</source>
        <translation>需要文本</translation>
    </message>
    <message>
        <source>expects one of the server&apos;s choices</source>
        <translation>需要服务器选项之一</translation>
    </message>
    <message>
        <source>only plain values can be edited here</source>
        <translation>此处只能编辑简单值</translation>
    </message>
</context>
<context>
    <name>Easel::ViewerPane</name>
    <message>
        <source>Pixel size and zoom</source>
        <translation>像素尺寸和缩放</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Fit the picture to the window (F)</source>
        <translation>使图像适应窗口 (F)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show the picture&apos;s pixels one to one (1)</source>
        <translation>按 1:1 显示图像像素 (1)</translation>
    </message>
    <message>
        <source>Queue a workflow: its live preview and its pictures appear here.</source>
        <translation>将工作流加入队列后，其实时预览和图像会显示在这里。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>The settings that made this output (I)</source>
        <translation>生成此输出所用的设置 (I)</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
    <message>
        <source>Compare %1 with… pick another output in the filmstrip or the library.</source>
        <translation type="vanished">将 %1 与…比较：请在胶片栏或库中选择另一个输出。</translation>
    </message>
    <message>
        <source>Comparing %1 and %2</source>
        <translation>正在比较 %1 和 %2</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>实时预览</translation>
    </message>
    <message>
        <source>Compare %1 with… click another in the filmstrip, or double-click one in the library.</source>
        <translation type="vanished">将 %1 与…比较：在胶片条中单击另一张，或在图库中双击一张。</translation>
    </message>
    <message>
        <source>Compare %1 with… click another in the filmstrip or the library.</source>
        <translation type="vanished">将 %1 与…比较：在胶片条或图库中单击另一张。</translation>
    </message>
    <message>
        <source>Click another picture in the filmstrip or the library to compare it with %1.</source>
        <translation>在胶片栏或库中点击另一张图片，将其与 %1 比较。</translation>
    </message>
    <message>
        <source>Compare %1 with… click another picture</source>
        <translation>将 %1 与… 比较，请点击另一张图片</translation>
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
        <translation>正在读取音频…</translation>
    </message>
</context>
<context>
    <name>Easel::WireParsers</name>
    <message>
        <source>%1: unexpected answer, expected %2</source>
        <translation type="vanished">%1：意外的应答，应为 %2</translation>
    </message>
    <message>
        <source>%1: the answer is not valid JSON (%2 at %3, byte %4)</source>
        <translation type="vanished">%1：应答不是有效的 JSON（%3 处，第 %4 字节：%2）</translation>
    </message>
    <message>
        <source>%1 was rejected (HTTP %2): %3</source>
        <translation type="vanished">%1 被拒绝（HTTP %2）：%3</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2</source>
        <translation type="vanished">%1 失败，HTTP 状态码 %2</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2: %3</source>
        <translation type="vanished">%1 失败，HTTP 状态码 %2：%3</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowAutosave</name>
    <message>
        <source>The autosave %1 is damaged: %2</source>
        <translation>自动保存 %1 已损坏：%2</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowDiagnostic</name>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>node %1 (%2)</source>
        <translation>节点 %1（%2）</translation>
    </message>
    <message>
        <source>, input %1</source>
        <translation>，输入 %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
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
        <translation type="vanished">允许：%1 到 %2</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation type="vanished">需要数字</translation>
    </message>
    <message>
        <source>expects a whole number</source>
        <translation type="vanished">需要整数</translation>
    </message>
    <message>
        <source>%1 is below the minimum (%2)</source>
        <translation type="vanished">%1 低于最小值（%2）</translation>
    </message>
    <message>
        <source>%1 is above the maximum (%2)</source>
        <translation type="vanished">%1 高于最大值（%2）</translation>
    </message>
    <message>
        <source>expects true or false</source>
        <translation type="vanished">需要 true 或 false</translation>
    </message>
    <message>
        <source>expects text</source>
        <translation type="vanished">需要文本</translation>
    </message>
    <message>
        <source>expects one of the server&apos;s choices</source>
        <translation type="vanished">需要服务器选项之一</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the server&apos;s choices</source>
        <translation type="vanished">“%1”不在服务器的选项中</translation>
    </message>
    <message>
        <source>only plain values can be edited here</source>
        <translation type="vanished">此处只能编辑简单值</translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>工作流中没有节点 %1</translation>
    </message>
    <message>
        <source>Node %1 has no input %2</source>
        <translation>节点 %1 没有输入 %2</translation>
    </message>
    <message>
        <source>Input %1 of node %2 is a link, not a value</source>
        <translation>节点 %2 的输入 %1 是连接，不是数值</translation>
    </message>
    <message>
        <source>Input %1 of node %2 takes a link, not a value</source>
        <translation>节点 %2 的输入 %1 接受连接，而不是数值</translation>
    </message>
    <message>
        <source>Input %1 of node %2 has no place in the saved workflow</source>
        <translation>节点 %2 的输入 %1 在保存的工作流中没有位置</translation>
    </message>
    <message>
        <source>Input %1 of node %2 has no &quot;control after generate&quot; mode %3</source>
        <translation>节点 %2 的输入 %1 没有“control after generate”模式 %3</translation>
    </message>
    <message>
        <source>API-format workflows cannot bypass or mute nodes; open the saved workflow to do that</source>
        <translation>API 格式的工作流无法绕过或静音节点；请打开保存的工作流</translation>
    </message>
    <message>
        <source>the server&apos;s node list is not loaded yet</source>
        <translation>服务器的节点列表尚未加载</translation>
    </message>
    <message>
        <source>An API-format workflow has no layout to save as a saved (UI) workflow</source>
        <translation>API 格式的工作流没有布局，无法保存为 UI 工作流</translation>
    </message>
    <message>
        <source>The server&apos;s node list is needed to convert the workflow to the API format</source>
        <translation>将工作流转换为 API 格式需要服务器的节点列表</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Only a saved workflow keeps node positions</source>
        <translation>只有保存的工作流才会保留节点位置</translation>
    </message>
    <message>
        <source>A node position must be a finite number</source>
        <translation>节点位置必须是有限数值</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowEditor</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>加入队列</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Saved workflow, opens in ComfyUI (*.json)</source>
        <translation>保存的工作流，可在 ComfyUI 中打开 (*.json)</translation>
    </message>
    <message>
        <source>API workflow (*.json)</source>
        <translation>API 工作流 (*.json)</translation>
    </message>
    <message>
        <source>Save Workflow As</source>
        <translation>工作流另存为</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from %1</source>
        <translation>已恢复 %1 的未保存更改</translation>
    </message>
    <message>
        <source>an unsaved workflow</source>
        <translation>一个未保存的工作流</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Easel closed with unsaved changes to %1 (%2). Recover them?</source>
        <translation>Easel 关闭时 %1 有未保存的更改（%2）。要恢复吗？</translation>
    </message>
    <message>
        <source>Uploaded %1</source>
        <translation>已上传 %1</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove from &amp;Favourites</source>
        <translation>从收藏中移除(&amp;F)</translation>
    </message>
    <message>
        <source>Add to &amp;Favourites</source>
        <translation>添加到收藏(&amp;F)</translation>
    </message>
    <message>
        <source>Stop &amp;Bypassing</source>
        <translation>取消绕过(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Bypass</source>
        <translation>绕过(&amp;B)</translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation>取消静音(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>静音(&amp;M)</translation>
    </message>
    <message>
        <source>Not installed on the server: %1 (node %2)</source>
        <translation>服务器上未安装：%1（节点 %2）</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="vanished">%1 #%2</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>问题 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste Image</source>
        <translation>粘贴图像</translation>
    </message>
    <message>
        <source>Edit &amp;Mask…</source>
        <translation>编辑遮罩(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>粘贴图像(&amp;P)</translation>
    </message>
    <message>
        <source>Workflow settings</source>
        <translation>工作流设置</translation>
    </message>
    <message>
        <source>Find a setting</source>
        <translation>查找设置</translation>
    </message>
    <message>
        <source>Add Node &amp;After…</source>
        <translation>在后面添加节点(&amp;A)…</translation>
    </message>
    <message>
        <source>Add Node B&amp;efore…</source>
        <translation>在前面添加节点(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>创建副本(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Convert to &amp;Input</source>
        <translation>转换为输入(&amp;I)</translation>
    </message>
    <message>
        <source>No output in the workflow gives %1</source>
        <translation>工作流中没有任何输出提供 %1</translation>
    </message>
    <message>
        <source>Convert to &amp;Widget</source>
        <translation>转换为控件(&amp;W)</translation>
    </message>
    <message>
        <source>After %1 #%2: its outputs feed the new node where the types fit.</source>
        <translation>在 %1 #%2 之后：类型匹配时，其输出会连接到新节点。</translation>
    </message>
    <message>
        <source>Before %1 #%2: the new node feeds its inputs where the types fit.</source>
        <translation>在 %1 #%2 之前：类型匹配时，新节点会连接到其输入。</translation>
    </message>
    <message>
        <source>Uploading %1: %2 of %3</source>
        <translation>正在上传 %1：%2 / %3</translation>
    </message>
    <message>
        <source>%1, node %2</source>
        <translation>%1，节点 %2</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
（%2）</translation>
    </message>
    <message>
        <source>%1
(%2, input %3)</source>
        <translation>%1
（%2，输入 %3）</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; Easel opens workflow files of up to %3 MB</source>
        <translation>%1 大小为 %2 MB；Easel 只能打开不超过 %3 MB 的工作流文件</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>%1 holds no nodes</source>
        <translation>%1 不包含任何节点</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 carries no ComfyUI workflow</source>
        <translation>%1 不包含 ComfyUI 工作流</translation>
    </message>
    <message>
        <source>%1: node %2 has no class_type; this is not an API-format workflow</source>
        <translation>%1：节点 %2 没有 class_type；这不是 API 格式的工作流</translation>
    </message>
    <message>
        <source>%1 is not a workflow: expected an API-format or a saved ComfyUI workflow</source>
        <translation>%1 不是工作流：应为 API 格式或已保存的 ComfyUI 工作流</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowFilterModel</name>
    <message>
        <source>bypassed</source>
        <translation>已绕过</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <source>not installed on the server</source>
        <translation>服务器上未安装</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowModel</name>
    <message>
        <source>missing node</source>
        <translation>缺失的节点</translation>
    </message>
    <message>
        <source>← %1 #%2 · %3</source>
        <translation>← %1 #%2 · %3</translation>
    </message>
    <message>
        <source>%1 #%2 · bypassed</source>
        <translation>%1 #%2 · 已绕过</translation>
    </message>
    <message>
        <source>%1 #%2 · muted</source>
        <translation>%1 #%2 · 已静音</translation>
    </message>
    <message>
        <source>%1 #%2 · not installed on the server</source>
        <translation>%1 #%2 · 服务器上未安装</translation>
    </message>
    <message>
        <source>%1 (%2), node %3</source>
        <translation>%1（%2），节点 %3</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Range: %1 to %2</source>
        <translation>范围：%1 到 %2</translation>
    </message>
    <message>
        <source>Double-click to go to node %1</source>
        <translation>双击跳转到节点 %1</translation>
    </message>
    <message>
        <source>Node / input</source>
        <translation>节点 / 输入</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>工作流中没有节点 %1</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>设置 %2 的 %1</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3 after each run</source>
        <translation>每次运行后将 %2 的 %1 设为 %3</translation>
    </message>
    <message>
        <source>Bypass %1</source>
        <translation>绕过 %1</translation>
    </message>
    <message>
        <source>Mute %1</source>
        <translation>静音 %1</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>启用 %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>重命名 %1</translation>
    </message>
    <message>
        <source>Add %1 to favourites</source>
        <translation>将 %1 添加到收藏</translation>
    </message>
    <message>
        <source>Remove %1 from favourites</source>
        <translation>将 %1 从收藏中移除</translation>
    </message>
    <message>
        <source>Update values after queueing</source>
        <translation>加入队列后更新数值</translation>
    </message>
    <message>
        <source>Node %1 is locked</source>
        <translation>节点 %1 已锁定</translation>
    </message>
    <message>
        <source>%1 of node %2 is locked</source>
        <translation>节点 %2 的 %1 已锁定</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message numerus="yes">
        <source>subgraph #%1 · %n node(s)</source>
        <translation>
            <numerusform>子图 #%1 · %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>The workflow kept changing while the edit was checked; try it again</source>
        <translation>检查此编辑时工作流仍在变化；请重试</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowValidator</name>
    <message>
        <source>the prompt is not a JSON object</source>
        <translation type="vanished">提示不是 JSON 对象</translation>
    </message>
    <message>
        <source>the node has no class_type (its type is not installed)</source>
        <translation type="vanished">节点没有 class_type（其类型未安装）</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation type="vanished">服务器上未安装节点类型 %1</translation>
    </message>
    <message>
        <source>linked to node %1, which is not in the prompt</source>
        <translation type="vanished">连接到了不在提示中的节点 %1</translation>
    </message>
    <message>
        <source>linked to output %1 of node %2, which has %3 outputs</source>
        <translation type="vanished">连接到节点 %2 的输出 %1，而该节点只有 %3 个输出</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation type="vanished">需要一个数字</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="vanished">%1 低于最小值 %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="vanished">%1 高于最大值 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the server&apos;s choices</source>
        <translation type="vanished">“%1”不在服务器的可选项中</translation>
    </message>
    <message>
        <source>expects true or false</source>
        <translation type="vanished">需要 true 或 false</translation>
    </message>
    <message>
        <source>required input is missing</source>
        <translation>缺少必需的输入</translation>
    </message>
    <message>
        <source>its inputs depend on its own output (through node %1)</source>
        <translation type="vanished">其输入依赖于自身的输出（经由节点 %1）</translation>
    </message>
    <message>
        <source>takes %1, but node %2 gives %3</source>
        <translation type="vanished">接受 %1，但节点 %2 输出 %3</translation>
    </message>
    <message>
        <source>takes %1, but %2 gives %3</source>
        <translation>接受 %1，但 %2 输出 %3</translation>
    </message>
</context>
<context>
    <name>ImagePrepDialog</name>
    <message>
        <source>Use Picture</source>
        <translation>使用图像</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Turn Left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <source>Turn Right</source>
        <translation>向右旋转</translation>
    </message>
</context>
<context>
    <name>JobLabels</name>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n 个已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 个已取消</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskUnlockDialog</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Enter the administrator PIN to leave kiosk mode.</source>
        <translation>输入管理员 PIN 以退出展台模式。</translation>
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
        <translation type="vanished">尚未打开工作流。请打开一个 API 格式的工作流以开始。</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation type="vanished">运行次数：</translation>
    </message>
    <message>
        <source>How many times to queue the workflow</source>
        <translation type="vanished">工作流加入队列的次数</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>加入队列(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>The live preview appears here while a prompt runs.</source>
        <translation type="vanished">提示运行时，实时预览会显示在这里。</translation>
    </message>
    <message>
        <source>Finished outputs, newest first. Double-click one to open it.</source>
        <translation>已完成的输出，最新的在前。双击即可打开。</translation>
    </message>
    <message>
        <source>Messages from the server appear here.</source>
        <translation>服务器消息会显示在这里。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Open Workflow…</source>
        <translation>打开工作流(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="vanished">Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="vanished">Ctrl+Q</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>本次会话</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>运行次数(&amp;R)：</translation>
    </message>
    <message>
        <source>How many times to queue the workflow; seeds set to randomize change between runs</source>
        <translation>工作流加入队列的次数；设为随机的种子在每次运行之间会变化</translation>
    </message>
    <message>
        <source>&amp;Variations…</source>
        <translation>变体(&amp;V)…</translation>
    </message>
    <message>
        <source>Queue a sweep: seeds, and a grid over up to three inputs</source>
        <translation>加入扫描任务：种子以及最多三个输入的网格</translation>
    </message>
    <message>
        <source>Interrupt Easel&apos;s running job</source>
        <translation>中断 Easel 正在运行的任务</translation>
    </message>
    <message>
        <source>Queue the workflow (Ctrl+Enter)</source>
        <translation>将工作流加入队列 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Queue &amp;Variations…</source>
        <translation>加入变体(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Pause Queue</source>
        <translation>暂停队列(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;un on:</source>
        <translation>运行于(&amp;U)：</translation>
    </message>
    <message>
        <source>Any server of the farm, or only this one for the jobs queued now</source>
        <translation>集群中的任意服务器，或现在加入队列的任务仅使用此服务器</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>工作流</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
</context>
<context>
    <name>MaskEditorDialog</name>
    <message>
        <source>Mask Editor</source>
        <translation>遮罩编辑器</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>画笔(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>橡皮擦(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>填充(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>反转(&amp;I)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>遮罩</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Brush size in picture pixels ([ smaller, ] larger)</source>
        <translation>画笔大小，以图像像素计（[ 缩小，] 放大）</translation>
    </message>
    <message>
        <source>Hardness</source>
        <translation>硬度</translation>
    </message>
    <message>
        <source>Brush hardness</source>
        <translation>画笔硬度</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Brush opacity</source>
        <translation>画笔不透明度</translation>
    </message>
    <message>
        <source>Mask overlay</source>
        <translation>遮罩叠加</translation>
    </message>
    <message>
        <source>Mask overlay opacity</source>
        <translation>遮罩叠加不透明度</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Left button paints, right button erases.
Middle button or Space+drag pans; the wheel zooms.</source>
        <translation>左键绘制，右键擦除。
中键或 Space+拖动可平移；滚轮缩放。</translation>
    </message>
    <message>
        <source>Loading or saving the picture</source>
        <translation>正在加载或保存图像</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Upload the mask to the server and use it (Ctrl+S)</source>
        <translation>将遮罩上传到服务器并使用 (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>NodePickerDialog</name>
    <message>
        <source>Add Node</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <source>Search by name, type or category</source>
        <translation>按名称、类型或类别搜索</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>收藏(&amp;F)</translation>
    </message>
    <message>
        <source>Favourite nodes are listed first</source>
        <translation>收藏的节点排在最前面</translation>
    </message>
</context>
<context>
    <name>ParameterLabels</name>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>CFG</source>
        <translation>CFG</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>调度器</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>降噪</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Diffusion model</source>
        <translation>扩散模型</translation>
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
        <translation>LoRA 强度</translation>
    </message>
    <message>
        <source>LoRA strength (CLIP)</source>
        <translation>LoRA 强度（CLIP）</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>File name prefix</source>
        <translation>文件名前缀</translation>
    </message>
    <message>
        <source>Upscale method</source>
        <translation>放大方法</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放比例</translation>
    </message>
    <message>
        <source>Positive prompt</source>
        <translation>正向提示词</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>反向提示词</translation>
    </message>
</context>
<context>
    <name>ServersPanel</name>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Each server of the farm: jobs go to servers that have their nodes and models, the one with the model loaded first, then the shortest queue.</source>
        <translation>集群中的每台服务器：任务会发送到拥有其节点和模型的服务器，优先选择已加载该模型的服务器，其次选择队列最短的服务器。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>ComfyUI &amp;address:</source>
        <translation>ComfyUI 地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Used when Easel starts without --server.</source>
        <translation>在不带 --server 启动 Easel 时使用。</translation>
    </message>
    <message>
        <source>&amp;Save outputs in:</source>
        <translation>输出保存位置(&amp;S)：</translation>
    </message>
    <message>
        <source>Leave empty for the Easel folder in your Pictures folder.</source>
        <translation>留空则使用“图片”文件夹中的 Easel 文件夹。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Open files in the running window instead of a new one</source>
        <translation>在已运行的窗口中打开文件，而不是新建窗口(&amp;O)</translation>
    </message>
    <message>
        <source>&quot;&amp;Use these settings&quot; restores {a|b} prompts and %…% names as written</source>
        <translation>“使用这些设置”按原样恢复 {a|b} 提示词和 %…% 名称(&amp;U)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>&amp;Finished jobs kept in the queue:</source>
        <translation>队列中保留的已完成任务(&amp;F)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>The queue lists the newest finished jobs up to this number; older finished jobs leave the queue, and their outputs stay in the Library. All (0) keeps every finished job in the queue, which grows through a long day. Applied at once.</source>
        <translation>队列最多列出此数量的最新已完成任务；更早的已完成任务会离开队列，其输出保留在库中。“全部”（0）会将每个已完成任务都保留在队列中，队列会在漫长的一天中不断变长。更改立即生效。</translation>
    </message>
    <message>
        <source>Older finished jobs leave the queue; their outputs stay in the Library.</source>
        <translation>较早的已完成任务会离开队列；其输出保留在库中。</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>Checked: on every selected output. Unchecked: removed from them. Partly checked: left as it is.</source>
        <translation>勾选：添加到每个所选输出。未勾选：从这些输出中移除。部分勾选：保持不变。</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>WorkflowEditor</name>
    <message>
        <source>Find a node or input by name, title or value (Ctrl+F)</source>
        <translation>按名称、标题或值查找节点或输入 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>&amp;Simple</source>
        <translation>简洁(&amp;S)</translation>
    </message>
    <message>
        <source>Show only favourites and the inputs the workflow exposes</source>
        <translation>只显示收藏和工作流公开的输入</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>全部(&amp;A)</translation>
    </message>
    <message>
        <source>Show every node and input</source>
        <translation>显示所有节点和输入</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>工作流</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Easel, a desktop client for ComfyUI.</source>
        <translation>Easel，ComfyUI 的桌面客户端。</translation>
    </message>
    <message>
        <source>API-format workflows (.json) or images to open.</source>
        <translation>要打开的 API 格式工作流（.json）或图像。</translation>
    </message>
    <message>
        <source>The ComfyUI server&apos;s address (default: from the preferences, else %1).</source>
        <translation type="vanished">ComfyUI 服务器地址（默认：首选项中的地址，否则为 %1）。</translation>
    </message>
    <message>
        <source>Folder for finished outputs.</source>
        <translation>已完成输出的文件夹。</translation>
    </message>
    <message>
        <source>Use the named profile (not yet supported).</source>
        <translation type="vanished">使用指定的配置文件（尚不支持）。</translation>
    </message>
    <message>
        <source>Start in kiosk mode (not yet supported).</source>
        <translation type="vanished">以展台模式启动（尚不支持）。</translation>
    </message>
    <message>
        <source>--profile is not yet supported; profile “%1” shares the default settings.</source>
        <translation type="vanished">尚不支持 --profile；配置文件“%1”使用默认设置。</translation>
    </message>
    <message>
        <source>--kiosk is not yet supported; starting normally.</source>
        <translation type="vanished">尚不支持 --kiosk；正常启动。</translation>
    </message>
    <message>
        <source>not an http(s) server address: %1</source>
        <translation>不是 http(s) 服务器地址：%1</translation>
    </message>
    <message>
        <source>another Easel is running but does not answer; opening a new window.</source>
        <translation>另一个 Easel 正在运行但没有响应；将打开新窗口。</translation>
    </message>
    <message>
        <source>The server&apos;s address.</source>
        <translation type="vanished">服务器地址。</translation>
    </message>
    <message>
        <source>Folder for the outputs.</source>
        <translation>输出文件夹。</translation>
    </message>
    <message>
        <source>Set an input before queueing (repeatable), e.g. 3.seed=42.</source>
        <translation>在加入队列前设置输入（可重复），例如 3.seed=42。</translation>
    </message>
    <message>
        <source>Queue the workflow N times; seeds not pinned with --set get a new random value for every run after the first.</source>
        <translation>将工作流加入队列 N 次；未用 --set 固定的种子在第一次之后的每次运行都会获得新的随机值。</translation>
    </message>
    <message>
        <source>give exactly one workflow file (see --help)</source>
        <translation>请只指定一个工作流文件（参见 --help）</translation>
    </message>
    <message>
        <source>--count takes a number from 1 to 10000</source>
        <translation type="vanished">--count 需要 1 到 10000 之间的数字</translation>
    </message>
    <message>
        <source>--set wants NODE.INPUT=VALUE, got %1</source>
        <translation>--set 需要 NODE.INPUT=VALUE，实际为 %1</translation>
    </message>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>无法创建输出文件夹 %1</translation>
    </message>
    <message>
        <source>A ComfyUI 0.3.64 simulator for testing Easel.</source>
        <translation>用于测试 Easel 的 ComfyUI 0.3.64 模拟器。</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>监听地址。</translation>
    </message>
    <message>
        <source>Port (0 = a free one).</source>
        <translation>端口（0 = 任一空闲端口）。</translation>
    </message>
    <message>
        <source>Milliseconds per node step.</source>
        <translation>每个节点步骤的毫秒数。</translation>
    </message>
    <message>
        <source>Folder for output/, input/ and temp/.</source>
        <translation>output/、input/ 和 temp/ 所在的文件夹。</translation>
    </message>
    <message>
        <source>easel-sim: cannot listen on %1:%2</source>
        <translation>easel-sim：无法在 %1:%2 上监听</translation>
    </message>
    <message>
        <source>Queue a ComfyUI workflow, follow it and save every output. The file may be
API JSON, a saved (UI) workflow, or a PNG/WebP image carrying one; saved
workflows are converted with the server&apos;s /object_info (or --object-info FILE).
Exit code: 0 when every job succeeded, 1 when a job failed or was rejected,
2 for a bad command line or workflow, 3 when the server cannot be reached.</source>
        <translation type="vanished">将 ComfyUI 工作流加入队列，跟踪其运行并保存所有输出。文件可以是
API JSON、已保存的（UI）工作流，或包含工作流的 PNG/WebP 图像；已保存的
工作流将通过服务器的 /object_info（或 --object-info FILE）进行转换。
退出码：0 表示所有任务成功，1 表示有任务失败或被拒绝，
2 表示命令行或工作流有误，3 表示无法连接服务器。</translation>
    </message>
    <message>
        <source>The workflow (API JSON, saved JSON, PNG or WebP).</source>
        <translation>工作流（API JSON、已保存的 JSON、PNG 或 WebP）。</translation>
    </message>
    <message>
        <source>Print the API prompt the file converts to (JSON on stdout, warnings on stderr) and exit; 2 when it cannot be converted.</source>
        <translation>输出文件转换得到的 API 提示（JSON 写到 stdout，警告写到 stderr）并退出；无法转换时返回 2。</translation>
    </message>
    <message>
        <source>Read the node catalogue from this /object_info JSON file instead of asking --server.</source>
        <translation>从此 /object_info JSON 文件读取节点目录，而不是询问 --server。</translation>
    </message>
    <message>
        <source>%1 has no node that would run (all muted, bypassed or virtual?); ComfyUI&apos;s Workflow &gt; Export (API) shows what it would send</source>
        <translation>%1 中没有会运行的节点（全部被静音、绕过或是虚拟节点？）；ComfyUI 的 Workflow &gt; Export (API) 可显示将要发送的内容</translation>
    </message>
    <message>
        <source>Misbehave on purpose: NAME[:KEY=VALUE,...], e.g. close_ws_every:seconds=2 or http_500:path=/view,count=3. Repeatable. Names: %1.</source>
        <translation>故意制造故障：NAME[:KEY=VALUE,...]，例如 close_ws_every:seconds=2 或 http_500:path=/view,count=3。可重复指定。名称：%1。</translation>
    </message>
    <message>
        <source>Accept fault commands on POST /sim/control (loopback only).</source>
        <translation>通过 POST /sim/control 接受故障命令（仅限本机回环）。</translation>
    </message>
    <message>
        <source>no connection profile named “%1” (saved: %2)</source>
        <translation>没有名为“%1”的连接配置文件（已保存：%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the PIN needs at least 4 characters</source>
        <translation type="vanished">PIN 至少需要 4 个字符</translation>
    </message>
    <message>
        <source>Use the named connection profile (Server → Connections…).</source>
        <translation type="vanished">使用指定的连接配置文件（服务器 → 连接…）。</translation>
    </message>
    <message>
        <source>Start in kiosk mode (see docs/kiosk.md).</source>
        <translation>以展台模式启动（参见 docs/kiosk.md）。</translation>
    </message>
    <message>
        <source>Read a PIN from standard input and print its hash for kiosk.conf&apos;s admin_pin.</source>
        <translation type="vanished">从标准输入读取 PIN，并输出其哈希值，供 kiosk.conf 的 admin_pin 使用。</translation>
    </message>
    <message>
        <source>kiosk mode: no approved workflows in “%1”</source>
        <translation>展台模式：“%1”中没有已批准的工作流</translation>
    </message>
    <message>
        <source>use either --server or --profile</source>
        <translation>只能使用 --server 或 --profile 之一</translation>
    </message>
    <message>
        <source>The server&apos;s address; repeat it to spread the jobs over a farm of servers.</source>
        <translation>服务器地址；重复指定可将任务分配到由多台服务器组成的集群。</translation>
    </message>
    <message>
        <source>Node classes this server lacks, comma-separated (a farm&apos;s servers differ in their custom nodes).</source>
        <translation>此服务器缺少的节点类，以逗号分隔（集群中各服务器的自定义节点各不相同）。</translation>
    </message>
    <message>
        <source>Serve HTTPS/WSS with this PEM certificate.</source>
        <translation>使用此 PEM 证书提供 HTTPS/WSS 服务。</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>--tls-cert 的 PEM 私钥。</translation>
    </message>
    <message>
        <source>Answer 401 unless a request has this header, e.g. &quot;Authorization: Bearer abc&quot;.</source>
        <translation>如果请求不包含此请求头则返回 401，例如 &quot;Authorization: Bearer abc&quot;。</translation>
    </message>
    <message>
        <source>The ComfyUI server&apos;s address (default: from the preferences, else %1). Repeat it, or add --profile, to use several servers together as a render farm.</source>
        <translation>ComfyUI 服务器地址（默认：首选项中的地址，否则为 %1）。重复指定或添加 --profile，可将多台服务器组成渲染集群一起使用。</translation>
    </message>
    <message>
        <source>Use the named connection profile (Server → Connections…). Repeat it to use several servers together as a render farm.</source>
        <translation>使用指定的连接配置文件（服务器 → 连接…）。重复指定可将多台服务器组成渲染集群一起使用。</translation>
    </message>
    <message>
        <source>the same server is named twice: %1</source>
        <translation>同一服务器被指定了两次：%1</translation>
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
        <translation>将 ComfyUI 工作流加入队列，跟踪其运行并保存所有输出。文件可以是
API JSON、已保存的（UI）工作流，或包含工作流的 PNG/WebP 图像；已保存的
工作流将通过服务器的 /object_info（或 --object-info FILE）进行转换。
--server 和 --profile 可以重复指定并混合使用：两台或更多服务器组成一个集群，
共同分担任务。
退出码：0 表示所有任务成功，1 表示有任务失败或被拒绝，
2 表示命令行或工作流有误（未知的配置文件，或无法读取其机密信息的配置文件），
3 表示无法连接服务器。</translation>
    </message>
    <message>
        <source>Use the named connection profile saved in Easel (Server → Connections…): its address, headers, certificate and API key. Repeat it, or add --server, for a farm.</source>
        <translation>使用 Easel 中保存的指定连接配置文件（服务器 → 连接…）：其地址、请求头、证书和 API 密钥。重复指定或添加 --server 可组成集群。</translation>
    </message>
    <message>
        <source>the PIN could not be hashed (out of memory?)</source>
        <translation>无法对 PIN 进行哈希（内存不足？）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Read a PIN (6 characters or more, not easy to guess) from standard input and print its Argon2id hash for kiosk.conf&apos;s admin_pin.</source>
        <translation>从标准输入读取 PIN（至少 6 个字符，不易猜测），并输出其 Argon2id 哈希，用于 kiosk.conf 的 admin_pin。</translation>
    </message>
    <message>
        <source>With --kiosk-hash-pin: write the hash into this kiosk.conf instead (readable by its owner and group only).</source>
        <translation>与 --kiosk-hash-pin 一起使用：改为将哈希写入此 kiosk.conf（仅其所有者和所属组可读）。</translation>
    </message>
    <message>
        <source>Print each saved output as a JSON line on stdout (kind, path, bytes, size, frames, duration, codec, text); progress goes to stderr.</source>
        <translation>将每个已保存的输出作为一行 JSON 输出到 stdout（kind、path、bytes、size、frames、duration、codec、text）；进度输出到 stderr。</translation>
    </message>
    <message>
        <source>--count takes a number from 1 to %1</source>
        <translation>--count 需要 1 到 %1 之间的数字</translation>
    </message>
    <message>
        <source>--count %1 of this workflow would keep %2 MiB of prompts (at most %3 MiB); run it in parts</source>
        <translation>此工作流使用 --count %1 将保留 %2 MiB 的提示词（最多 %3 MiB）；请分批运行</translation>
    </message>
</context>
</TS>
