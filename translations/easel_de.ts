<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>host:8188 or https://host/comfy</source>
        <translation>host:8188 oder https://host/comfy</translation>
    </message>
    <message>
        <source>Use &amp;TLS (https and wss)</source>
        <translation>TLS ver&amp;wenden (https und wss)</translation>
    </message>
    <message>
        <source>Accepted &amp;certificate:</source>
        <translation>Akzeptiertes &amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Only certificates the system trusts</source>
        <translation>Nur Zertifikate, denen das System vertraut</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the one self-signed certificate accepted for this server</source>
        <translation>SHA-256-Fingerabdruck des einen selbstsignierten Zertifikats, das für diesen Server akzeptiert wird</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Zusätzliche &amp;Header:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add &amp;header</source>
        <translation>Header hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation>Header &amp;entfernen</translation>
    </message>
    <message>
        <source>Comfy &amp;API key:</source>
        <translation>Comfy-API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Use several servers together as a &amp;farm</source>
        <translation>Mehrere Server &amp;gemeinsam als Farm verwenden</translation>
    </message>
    <message>
        <source>Spread the queue over every ticked server: each job goes to a server that has its nodes and models</source>
        <translation>Die Warteschlange auf alle angehakten Server verteilen: Jeder Auftrag geht an einen Server, der seine Knoten und Modelle hat</translation>
    </message>
</context>
<context>
    <name>Easel</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="vanished">Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>two nodes have the id %1; the second is ignored</source>
        <translation type="vanished">zwei Knoten haben die ID %1; der zweite wird ignoriert</translation>
    </message>
    <message>
        <source>the string that opens here is never closed: the file ends inside it (%1)</source>
        <translation type="vanished">die hier beginnende Zeichenkette wird nie geschlossen: die Datei endet darin (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; closes nothing</source>
        <translation type="vanished">„%1“ schließt nichts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not close the &quot;%2&quot; opened at %3</source>
        <translation type="vanished">„%1“ schließt nicht das bei %3 geöffnete „%2“</translation>
    </message>
    <message>
        <source>the file ends before the &quot;%1&quot; opened at %2 is closed</source>
        <translation type="vanished">die Datei endet, bevor das bei %2 geöffnete „%1“ geschlossen ist</translation>
    </message>
    <message>
        <source>The animation&apos;s frames are too large or unreadable</source>
        <translation type="vanished">Die Frames der Animation sind zu groß oder nicht lesbar</translation>
    </message>
    <message>
        <source>No frame could be decoded: %1</source>
        <translation type="vanished">Es konnte kein Frame dekodiert werden: %1</translation>
    </message>
    <message>
        <source>The file has no pictures</source>
        <translation type="vanished">Die Datei enthält keine Bilder</translation>
    </message>
    <message>
        <source>The frames cannot be decoded</source>
        <translation type="vanished">Die Frames können nicht dekodiert werden</translation>
    </message>
    <message>
        <source>No frame could be decoded</source>
        <translation type="vanished">Es konnte kein Frame dekodiert werden</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="vanished">%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>No decoder for %1</source>
        <translation type="vanished">Kein Decoder für %1</translation>
    </message>
    <message>
        <source>The decoder cannot be set up</source>
        <translation type="vanished">Der Decoder kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>The decoder cannot be opened (%1)</source>
        <translation type="vanished">Der Decoder kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>Decoding a frame took too long</source>
        <translation type="vanished">Das Dekodieren eines Frames hat zu lange gedauert</translation>
    </message>
    <message>
        <source>No sound could be decoded</source>
        <translation type="vanished">Es konnte kein Ton dekodiert werden</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation type="vanished">Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The image claims %1×%2 pixels, more than Easel decodes</source>
        <translation type="vanished">Das Bild gibt %1×%2 Pixel an, mehr als Easel dekodiert</translation>
    </message>
    <message>
        <source>The first frame cannot be decoded: %1</source>
        <translation type="vanished">Der erste Frame kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>This is not a WebP file</source>
        <translation type="vanished">Dies ist keine WebP-Datei</translation>
    </message>
    <message>
        <source>The file has no picture and no sound</source>
        <translation type="vanished">Die Datei enthält weder Bild noch Ton</translation>
    </message>
    <message>
        <source>The video claims %1×%2 pixels; Easel does not decode it</source>
        <translation type="vanished">Das Video gibt %1×%2 Pixel an; Easel dekodiert es nicht</translation>
    </message>
    <message>
        <source>%1 is not what its name says: %2 bytes that do not start with its format&apos;s signature</source>
        <translation type="vanished">%1 ist nicht, was der Name sagt: %2 Bytes, die nicht mit der Signatur ihres Formats beginnen</translation>
    </message>
    <message>
        <source>The download of %1 was cut short (%2 bytes)</source>
        <translation type="vanished">Der Download von %1 brach vorzeitig ab (%2 Bytes)</translation>
    </message>
    <message>
        <source>%n frame(s)</source>
        <translation type="vanished">%n Frames</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="vanished">%1 s</translation>
    </message>
    <message>
        <source>saved %1 %2: %3</source>
        <translation type="vanished">%1 %2 gespeichert: %3</translation>
    </message>
</context>
<context>
    <name>Easel::AnimationFrames</name>
    <message>
        <source>The animation&apos;s frames are too large or unreadable</source>
        <translation>Die Frames der Animation sind zu groß oder nicht lesbar</translation>
    </message>
    <message>
        <source>No frame could be decoded: %1</source>
        <translation>Es konnte kein Frame dekodiert werden: %1</translation>
    </message>
    <message>
        <source>The file has no pictures</source>
        <translation>Die Datei enthält keine Bilder</translation>
    </message>
    <message>
        <source>The frames cannot be decoded</source>
        <translation>Die Frames können nicht dekodiert werden</translation>
    </message>
    <message>
        <source>No frame could be decoded</source>
        <translation>Es konnte kein Frame dekodiert werden</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Easel::ApiWorkflow</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at %3</source>
        <translation>%1 ist kein gültiges JSON: %2 bei %3</translation>
    </message>
    <message>
        <source>%1 is not a workflow: expected a JSON object of nodes</source>
        <translation>%1 ist kein Workflow: erwartet wurde ein JSON-Objekt mit Knoten</translation>
    </message>
    <message>
        <source>%1 is a saved (UI) workflow. Export it from ComfyUI with &quot;Export (API)&quot; to open it here.</source>
        <translation>%1 ist ein gespeicherter (UI-)Workflow. Exportieren Sie ihn in ComfyUI mit „Export (API)“, um ihn hier zu öffnen.</translation>
    </message>
    <message>
        <source>%1 holds no nodes</source>
        <translation>%1 enthält keine Knoten</translation>
    </message>
    <message>
        <source>%1: node %2 has no class_type; this is not an API-format workflow</source>
        <translation>%1: Knoten %2 hat keinen class_type; dies ist kein Workflow im API-Format</translation>
    </message>
    <message>
        <source>%1: the inputs of node %2 are not an object</source>
        <translation>%1: die Eingänge von Knoten %2 sind kein Objekt</translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>Der Workflow hat keinen Knoten %1</translation>
    </message>
    <message>
        <source>Input %1 of node %2 is a link, not a value</source>
        <translation>Eingang %1 von Knoten %2 ist eine Verbindung, kein Wert</translation>
    </message>
</context>
<context>
    <name>Easel::BatchNotifier</name>
    <message>
        <source>Batch “%1” finished</source>
        <translation>Stapel „%1“ fertig</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) done</source>
        <translation>
            <numerusform>%n Auftrag fertig</numerusform>
            <numerusform>%n Aufträge fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed or cancelled</source>
        <translation type="vanished">%1 fertig, %2 fehlgeschlagen oder abgebrochen</translation>
    </message>
</context>
<context>
    <name>Easel::CatalogueCache</name>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Easel::ClipspaceTransfer</name>
    <message>
        <source>The file is not a picture Easel can read (%1).</source>
        <translation>Die Datei ist kein Bild, das Easel lesen kann (%1).</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 pixels; Easel edits pictures of up to %3 megapixels.</source>
        <translation>Das Bild hat %1 × %2 Pixel; Easel bearbeitet Bilder bis %3 Megapixel.</translation>
    </message>
    <message>
        <source>The picture cannot be decoded (%1).</source>
        <translation>Das Bild kann nicht dekodiert werden (%1).</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: %2</source>
        <translation>%1 kann nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The server refused the %1 as too large (HTTP 413). The mask is kept; try a smaller picture.</source>
        <translation>Der Server hat die Datei (%1) als zu groß abgelehnt (HTTP 413). Die Maske bleibt erhalten; versuchen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>Uploading the %1 failed: %2. The mask is kept; save again to retry.</source>
        <translation>Hochladen fehlgeschlagen (%1): %2. Die Maske bleibt erhalten; speichern Sie erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>The mask could not be encoded.</source>
        <translation>Die Maske konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>paint layer</source>
        <translation>Malebene</translation>
    </message>
    <message>
        <source>painted picture</source>
        <translation>bemaltes Bild</translation>
    </message>
    <message>
        <source>masked picture</source>
        <translation>maskiertes Bild</translation>
    </message>
    <message>
        <source>The server refused the %1 as a bad request (HTTP 400). The mask is kept; check that the server accepts uploads into input/clipspace, then save again.</source>
        <translation>Der Server hat die Datei (%1) als fehlerhafte Anfrage abgelehnt (HTTP 400). Die Maske bleibt erhalten; prüfen Sie, ob der Server Uploads nach input/clipspace annimmt, und speichern Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>Easel::ComboEditor</name>
    <message>
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <source>Upload an image from this computer to the server and use it</source>
        <translation>Ein Bild von diesem Rechner auf den Server hochladen und verwenden</translation>
    </message>
    <message>
        <source>Upload Image</source>
        <translation>Bild hochladen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>%1 (not on the server)</source>
        <translation>%1 (nicht auf dem Server)</translation>
    </message>
    <message>
        <source>Upload Video</source>
        <translation>Video hochladen</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.webm *.mov *.mkv *.avi *.m4v *.gif)</source>
        <translation>Videos (*.mp4 *.webm *.mov *.mkv *.avi *.m4v *.gif)</translation>
    </message>
    <message>
        <source>Upload Audio</source>
        <translation>Audio hochladen</translation>
    </message>
    <message>
        <source>Sound (*.wav *.mp3 *.flac *.ogg *.opus *.m4a *.aac)</source>
        <translation>Audio (*.wav *.mp3 *.flac *.ogg *.opus *.m4a *.aac)</translation>
    </message>
    <message>
        <source>Upload a video from this computer to the server and use it</source>
        <translation>Ein Video von diesem Rechner auf den Server hochladen und verwenden</translation>
    </message>
    <message>
        <source>Upload a sound file from this computer to the server and use it</source>
        <translation>Eine Audiodatei von diesem Rechner auf den Server hochladen und verwenden</translation>
    </message>
</context>
<context>
    <name>Easel::CompareCanvas</name>
    <message>
        <source>Difference: black where %1 and %2 are the same</source>
        <translation>Differenz: schwarz, wo %1 und %2 gleich sind</translation>
    </message>
</context>
<context>
    <name>Easel::ComparePane</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Wischen</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Close Compare</source>
        <translation>Vergleich schließen</translation>
    </message>
    <message>
        <source>Back to the single picture (Escape)</source>
        <translation>Zurück zum einzelnen Bild (Esc)</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Previous Frame</source>
        <translation>Vorheriger Frame</translation>
    </message>
    <message>
        <source>One frame back on both sides (,)</source>
        <translation>Auf beiden Seiten einen Frame zurück (,)</translation>
    </message>
    <message>
        <source>Next Frame</source>
        <translation>Nächster Frame</translation>
    </message>
    <message>
        <source>One frame forward on both sides (.)</source>
        <translation>Auf beiden Seiten einen Frame vor (.)</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Frame %1 von %2</translation>
    </message>
    <message>
        <source>Too long to compare frame by frame: the first frames are shown</source>
        <translation>Zu lang für einen Vergleich Frame für Frame: Die ersten Frames werden gezeigt</translation>
    </message>
    <message>
        <source>Different lengths (%1 and %2 frames): the first frames are shown</source>
        <translation>Unterschiedliche Längen (%1 und %2 Frames): Die ersten Frames werden gezeigt</translation>
    </message>
</context>
<context>
    <name>Easel::ConnectionDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Frage %1 an…</translation>
    </message>
    <message>
        <source>ComfyUI %1</source>
        <translation>ComfyUI %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 VRAM free</source>
        <translation>%1: %2 von %3 VRAM frei</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The server presents a certificate this system does not trust.

SHA-256 fingerprint:
%1

Accept exactly this certificate for this profile? Compare the fingerprint with the one the server&apos;s administrator gave you.</source>
        <translation>Der Server legt ein Zertifikat vor, dem dieses System nicht vertraut.

SHA-256-Fingerabdruck:
%1

Genau dieses Zertifikat für dieses Profil akzeptieren? Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Administrator des Servers gegeben hat.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved; the secrets are in a plain-text file.</source>
        <translation>Gespeichert; die vertraulichen Daten liegen in einer Klartextdatei.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>No keychain is available to keep this profile&apos;s secrets (%1).

Store the header values and API key in a plain-text file that anyone who can read your settings can read?</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um die vertraulichen Daten dieses Profils aufzubewahren (%1).

Header-Werte und API-Schlüssel in einer Klartextdatei speichern, die jeder lesen kann, der Ihre Einstellungen lesen kann?</translation>
    </message>
    <message>
        <source>Not saved: no keychain.</source>
        <translation>Nicht gespeichert: kein Schlüsselbund.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its secrets?</source>
        <translation>Das Profil „%1“ und seine vertraulichen Daten löschen?</translation>
    </message>
    <message>
        <source>Tick the saved servers to use together (at least two).</source>
        <translation>Haken Sie die gespeicherten Server an, die gemeinsam verwendet werden sollen (mindestens zwei).</translation>
    </message>
    <message numerus="yes">
        <source>%n servers ticked: the queue is spread over them.</source>
        <translation>
            <numerusform>%n Server angehakt: Die Warteschlange wird auf ihn verteilt.</numerusform>
            <numerusform>%n Server angehakt: Die Warteschlange wird auf sie verteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connect to Farm</source>
        <translation>Mit der Farm &amp;verbinden</translation>
    </message>
    <message>
        <source>Use the ticked servers together</source>
        <translation>Die angehakten Server gemeinsam verwenden</translation>
    </message>
    <message>
        <source>Use the server shown in the form</source>
        <translation>Den im Formular angezeigten Server verwenden</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>Extra request headers</source>
        <translation>Zusätzliche Anfrage-Header</translation>
    </message>
    <message>
        <source>Select all headers</source>
        <translation>Alle Header auswählen</translation>
    </message>
</context>
<context>
    <name>Easel::ConnectionMonitor</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connection to %1 lost</source>
        <translation>Verbindung zu %1 verloren</translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost; reconnecting in %n s</source>
        <translation>
            <numerusform>Verbindung zu %1 verloren; neuer Versuch in %n s</numerusform>
            <numerusform>Verbindung zu %1 verloren; neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 restarted; jobs it forgot can be queued again</source>
        <translation>%1 wurde neu gestartet; vergessene Aufträge können erneut eingereiht werden</translation>
    </message>
    <message>
        <source>%1 is not a compatible ComfyUI server: %2</source>
        <translation>%1 ist kein kompatibler ComfyUI-Server: %2</translation>
    </message>
</context>
<context>
    <name>Easel::ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>„%1“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>The certificate fingerprint is not a SHA-256 digest.</source>
        <translation>Der Zertifikat-Fingerabdruck ist kein SHA-256-Hashwert.</translation>
    </message>
    <message>
        <source>“%1” is not a valid header name.</source>
        <translation>„%1“ ist kein gültiger Header-Name.</translation>
    </message>
    <message>
        <source>The value of header “%1” contains a line break.</source>
        <translation>Der Wert des Headers „%1“ enthält einen Zeilenumbruch.</translation>
    </message>
</context>
<context>
    <name>Easel::Conversion</name>
    <message>
        <source>this subgraph is muted or bypassed inside another subgraph; ComfyUI&apos;s frontend still runs the nodes inside it, and so does Easel</source>
        <translation type="vanished">dieser Subgraph ist innerhalb eines anderen Subgraphen stummgeschaltet oder überbrückt; das ComfyUI-Frontend führt seine Knoten trotzdem aus, und Easel ebenso</translation>
    </message>
    <message>
        <source>subgraphs nested deeper than %1 levels (does a subgraph contain itself?)</source>
        <translation type="vanished">Subgraphen sind tiefer als %1 Ebenen verschachtelt (enthält ein Subgraph sich selbst?)</translation>
    </message>
    <message>
        <source>group nodes inside subgraphs are not supported (nor by ComfyUI)</source>
        <translation type="vanished">Gruppenknoten innerhalb von Subgraphen werden nicht unterstützt (auch nicht von ComfyUI)</translation>
    </message>
    <message>
        <source>widgets_values holds %1 values where %2 were expected; they are mapped in order</source>
        <translation type="vanished">widgets_values enthält %1 Werte, erwartet wurden %2; sie werden der Reihe nach zugeordnet</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation type="vanished">der Knotentyp %1 ist auf dem Server nicht installiert</translation>
    </message>
    <message>
        <source>the link loops through reroutes or bypassed nodes</source>
        <translation type="vanished">die Verbindung läuft im Kreis durch Umleitungen oder überbrückte Knoten</translation>
    </message>
    <message>
        <source>input refers to link %1, which the workflow does not have</source>
        <translation type="vanished">der Eingang verweist auf Verbindung %1, die der Workflow nicht hat</translation>
    </message>
    <message>
        <source>link %1 names target slot %2, but the node holds it in input %3 (%4 inputs); the input that holds the link is used, as ComfyUI does</source>
        <translation type="vanished">Verbindung %1 nennt Ziel-Slot %2, der Knoten führt sie aber in Eingang %3 (%4 Eingänge); wie in ComfyUI wird der Eingang verwendet, der die Verbindung hält</translation>
    </message>
    <message>
        <source>link %1 comes from node %2, which does not exist</source>
        <translation type="vanished">Verbindung %1 kommt von Knoten %2, den es nicht gibt</translation>
    </message>
    <message>
        <source>the node no longer has the widget %1 this input was made from; the input is dropped, as ComfyUI&apos;s frontend does when it loads the workflow</source>
        <translation type="vanished">der Knoten hat das Widget %1 nicht mehr, aus dem dieser Eingang entstand; der Eingang wird verworfen, wie es das ComfyUI-Frontend beim Laden des Workflows tut</translation>
    </message>
</context>
<context>
    <name>Easel::DockLayout</name>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put every panel back in its first place and size</source>
        <translation>Alle Bereiche wieder an ihren ursprünglichen Platz und in ihre ursprüngliche Größe setzen</translation>
    </message>
</context>
<context>
    <name>Easel::EventSocketWorker</name>
    <message>
        <source>The server&apos;s certificate is not trusted (%1); its SHA-256 fingerprint is %2</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (%1); sein SHA-256-Fingerabdruck ist %2</translation>
    </message>
    <message numerus="yes">
        <source>A WebSocket text message of %n character(s) was dropped: the limit is %1 bytes</source>
        <translation>
            <numerusform>Eine WebSocket-Textnachricht mit %n Zeichen wurde verworfen: Die Grenze liegt bei %1 Bytes</numerusform>
            <numerusform>Eine WebSocket-Textnachricht mit %n Zeichen wurde verworfen: Die Grenze liegt bei %1 Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::EventStream</name>
    <message>
        <source>The server&apos;s certificate is not trusted (%1); its SHA-256 fingerprint is %2</source>
        <translation type="vanished">Dem Zertifikat des Servers wird nicht vertraut (%1); sein SHA-256-Fingerabdruck ist %2</translation>
    </message>
    <message numerus="yes">
        <source>A WebSocket text message of %n character(s) was dropped: the limit is %1 bytes</source>
        <translation type="vanished">
            <numerusform>Eine WebSocket-Textnachricht mit %n Zeichen wurde verworfen: Die Grenze liegt bei %1 Bytes</numerusform>
            <numerusform>Eine WebSocket-Textnachricht mit %n Zeichen wurde verworfen: Die Grenze liegt bei %1 Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::FailureDetails</name>
    <message>
        <source>Traceback</source>
        <translation>Traceback</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 failed&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 fehlgeschlagen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The server rejected the prompt: %1</source>
        <translation>Der Server hat den Prompt abgelehnt: %1</translation>
    </message>
    <message>
        <source>Node %1 (%2), input %3: %4 %5</source>
        <translation>Knoten %1 (%2), Eingang %3: %4 %5</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Node %1 (%2): %3</source>
        <translation>Knoten %1 (%2): %3</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next:&lt;/i&gt; the inputs named above are marked in the editor. Correct them, then queue again (or Retry to send the same values).</source>
        <translation>&lt;i&gt;Als Nächstes:&lt;/i&gt; Die oben genannten Eingänge sind im Editor markiert. Korrigieren Sie sie und reihen Sie erneut ein (oder senden Sie mit „Wiederholen“ dieselben Werte noch einmal).</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next:&lt;/i&gt; check that node&apos;s inputs and the models it needs on the server, then Retry. The traceback below is what to attach to a bug report.</source>
        <translation>&lt;i&gt;Als Nächstes:&lt;/i&gt; Prüfen Sie die Eingänge dieses Knotens und die Modelle, die er auf dem Server braucht, und wählen Sie dann „Wiederholen“. Den Traceback unten hängen Sie an einen Fehlerbericht an.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next:&lt;/i&gt; Retry sends the job again.</source>
        <translation>&lt;i&gt;Als Nächstes:&lt;/i&gt; „Wiederholen“ sendet den Auftrag erneut.</translation>
    </message>
</context>
<context>
    <name>Easel::FarmDispatcher</name>
    <message>
        <source>finished there while it was away; outputs fetched, not run again</source>
        <translation>dort fertig geworden, während der Server nicht erreichbar war; Ausgaben abgeholt, nicht erneut ausgeführt</translation>
    </message>
    <message>
        <source>%1: not reachable</source>
        <translation>%1: nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation>%1 fehlt: %2</translation>
    </message>
    <message>
        <source>%1: down</source>
        <translation>%1: ausgefallen</translation>
    </message>
    <message>
        <source>%1: not in the farm</source>
        <translation>%1: nicht in der Farm</translation>
    </message>
    <message>
        <source>No server can run this job: %1</source>
        <translation>Kein Server kann diesen Auftrag ausführen: %1</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fest zugewiesen</translation>
    </message>
    <message>
        <source>warm: %1 loaded</source>
        <translation>vorgewärmt: %1 geladen</translation>
    </message>
    <message>
        <source>shortest queue (%1) of %2 with room</source>
        <translation>kürzeste Warteschlange (%1) von %2 mit freier Kapazität</translation>
    </message>
    <message>
        <source>Cannot read %1 for node %2: %3</source>
        <translation>%1 für Knoten %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>upload failed: %1</source>
        <translation>Hochladen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 refused the upload for node %2: %3</source>
        <translation>%1 hat das Hochladen für Knoten %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>not reachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>the server has no record of it (restarted)</source>
        <translation>der Server kennt ihn nicht (neu gestartet)</translation>
    </message>
    <message>
        <source>to run elsewhere</source>
        <translation>zur Ausführung an anderer Stelle</translation>
    </message>
    <message>
        <source>its server has been down for %1 s</source>
        <translation>sein Server ist seit %1 s ausgefallen</translation>
    </message>
    <message>
        <source>its server is not in the farm</source>
        <translation>sein Server ist nicht in der Farm</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>taken back before it ran</source>
        <translation>vor der Ausführung zurückgeholt</translation>
    </message>
</context>
<context>
    <name>Easel::FarmJobNeeds</name>
    <message>
        <source>a readable API prompt</source>
        <translation>ein lesbarer API-Prompt</translation>
    </message>
    <message>
        <source>node class %1</source>
        <translation>Knotenklasse %1</translation>
    </message>
    <message>
        <source>%1 for %2.%3 (node %4)</source>
        <translation>%1 für %2.%3 (Knoten %4)</translation>
    </message>
</context>
<context>
    <name>Easel::FarmQueueDispatch</name>
    <message>
        <source>The input image %1 (node %2) no longer exists</source>
        <translation>Das Eingabebild %1 (Knoten %2) existiert nicht mehr</translation>
    </message>
    <message>
        <source>The farm could not take this job (it is still running there)</source>
        <translation>Die Farm konnte diesen Auftrag nicht übernehmen (er läuft dort noch)</translation>
    </message>
</context>
<context>
    <name>Easel::FarmRun</name>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Der Server unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation type="vanished">%1 gespeichert</translation>
    </message>
    <message>
        <source>job %1/%2 sent to %3 (%4)</source>
        <translation>Auftrag %1/%2 an %3 gesendet (%4)</translation>
    </message>
    <message>
        <source>job %1/%2 on %3: %4</source>
        <translation>Auftrag %1/%2 auf %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) queued on a farm of %1 server(s)</source>
        <translation>
            <numerusform>%n Auftrag in einer Farm mit %1 Server(n) eingereiht</numerusform>
            <numerusform>%n Aufträge in einer Farm mit %1 Server(n) eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done on %3: %n output(s) saved</source>
        <translation type="vanished">
            <numerusform>Auftrag %1/%2 auf %3 fertig: %n Ausgabe gespeichert</numerusform>
            <numerusform>Auftrag %1/%2 auf %3 fertig: %n Ausgaben gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1/%2 failed: %3</source>
        <translation type="vanished">Auftrag %1/%2 fehlgeschlagen: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n job(s)</source>
        <translation type="vanished">
            <numerusform>%1: %n Auftrag</numerusform>
            <numerusform>%1: %n Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 job(s) succeeded; outputs in %3</source>
        <translation type="vanished">%1 von %2 Aufträgen erfolgreich; Ausgaben in %3</translation>
    </message>
    <message>
        <source>Cannot reach %1 at %2: %3</source>
        <translation>%1 unter %2 ist nicht erreichbar: %3</translation>
    </message>
</context>
<context>
    <name>Easel::FarmServerModel</name>
    <message>
        <source>%1 of %2 free</source>
        <translation>%1 von %2 frei</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
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
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Jobs run</source>
        <translation>Ausgeführte Aufträge</translation>
    </message>
    <message>
        <source>Loaded model</source>
        <translation>Geladenes Modell</translation>
    </message>
</context>
<context>
    <name>Easel::FfmpegInput</name>
    <message>
        <source>The file cannot be opened</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Reading the file took too long</source>
        <translation>Das Lesen der Datei hat zu lange gedauert</translation>
    </message>
    <message>
        <source>The file is not a readable video or audio file, or it is cut short (%1)</source>
        <translation>Die Datei ist keine lesbare Video- oder Audiodatei oder sie ist unvollständig (%1)</translation>
    </message>
    <message>
        <source>The video claims %1×%2 pixels, more than Easel decodes</source>
        <translation>Das Video gibt %1×%2 Pixel an, mehr als Easel dekodiert</translation>
    </message>
    <message>
        <source>The file&apos;s streams cannot be read (%1)</source>
        <translation>Die Streams der Datei können nicht gelesen werden (%1)</translation>
    </message>
</context>
<context>
    <name>Easel::Filmstrip</name>
    <message>
        <source>This session&apos;s outputs</source>
        <translation>Ausgaben dieser Sitzung</translation>
    </message>
    <message>
        <source>This session&apos;s outputs, newest on the right. Arrows move, right-click for actions.</source>
        <translation>Die Ausgaben dieser Sitzung, die neueste rechts. Pfeiltasten bewegen, Rechtsklick für Aktionen.</translation>
    </message>
    <message>
        <source>Back to Live</source>
        <translation>Zurück zu Live</translation>
    </message>
    <message>
        <source>Follow new outputs and the live preview again</source>
        <translation>Wieder neuen Ausgaben und der Live-Vorschau folgen</translation>
    </message>
    <message>
        <source>This session&apos;s pictures appear here as they finish, newest on the right.</source>
        <translation>Die Bilder dieser Sitzung erscheinen hier, sobald sie fertig sind, die neuesten rechts.</translation>
    </message>
</context>
<context>
    <name>Easel::GalleryModel</name>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>Easel::GalleryWidget</name>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Prompt, file name or seed</source>
        <translation>Prompt, Dateiname oder Seed</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>Größte zuerst</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Vorschaugröße</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Could not export:
%1</source>
        <translation>Export fehlgeschlagen:
%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Diese Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy seed</source>
        <translation>Seed kopieren</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>Enthaltenden Ordner öffnen</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Aus Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Move selected to trash</source>
        <translation>Auswahl in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
        <source>Only outputs of this workflow</source>
        <translation>Nur Ausgaben dieses Workflows</translation>
    </message>
    <message>
        <source>Only outputs with this tag</source>
        <translation>Nur Ausgaben mit diesem Schlagwort</translation>
    </message>
    <message>
        <source>Any workflow</source>
        <translation>Alle Workflows</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Could not save the tags:
%1</source>
        <translation>Die Schlagwörter konnten nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Could not move to the trash:
%1</source>
        <translation>Verschieben in den Papierkorb fehlgeschlagen:
%1</translation>
    </message>
    <message>
        <source>Compare the two selected</source>
        <translation>Die beiden ausgewählten vergleichen</translation>
    </message>
    <message>
        <source>Edit tags…</source>
        <translation>Schlagwörter bearbeiten…</translation>
    </message>
    <message>
        <source>Only outputs made on this server of the farm</source>
        <translation>Nur Ausgaben, die auf diesem Server der Farm erzeugt wurden</translation>
    </message>
    <message>
        <source>Any server</source>
        <translation>Alle Server</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <source>Could not save the favourite:
%1</source>
        <translation>Der Favorit konnte nicht gespeichert werden:
%1</translation>
    </message>
</context>
<context>
    <name>Easel::GalleryWorker</name>
    <message>
        <source>The library index could not be opened.</source>
        <translation>Der Bibliotheksindex konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Easel::GraphMapDock</name>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Inside a subgraph. Click a step to go back out; Backspace in the map goes up one level.</source>
        <translation>Innerhalb eines Subgraphen. Klicken Sie auf eine Stufe, um wieder hinauszugehen; die Rücktaste im Graphen geht eine Ebene nach oben.</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
</context>
<context>
    <name>Easel::GraphMapView</name>
    <message>
        <source>The workflow&apos;s graph. Click a node to select it in the tree; drag the background to pan, a node to move it; the wheel zooms; F fits the graph.</source>
        <translation>Der Graph des Workflows. Klicken Sie auf einen Knoten, um ihn im Baum auszuwählen; ziehen Sie den Hintergrund, um die Ansicht zu verschieben, oder einen Knoten, um ihn zu bewegen; das Mausrad zoomt; F zeigt den ganzen Graphen.</translation>
    </message>
    <message>
        <source>%1 · %2 #%3</source>
        <translation>%1 · %2 #%3</translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation>Umgangen</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <source>No workflow</source>
        <translation>Kein Workflow</translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>Graph wird angeordnet…</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgänge</translation>
    </message>
    <message>
        <source>A subgraph: double-click to open it</source>
        <translation>Ein Subgraph: zum Öffnen doppelklicken</translation>
    </message>
</context>
<context>
    <name>Easel::HeadlessRun</name>
    <message>
        <source>node %1</source>
        <translation type="vanished">Knoten %1</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation type="vanished">%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Der Server unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>No event stream from the server; following the jobs by polling.</source>
        <translation>Kein Ereignisstrom vom Server; die Aufträge werden durch Abfragen verfolgt.</translation>
    </message>
    <message>
        <source>job %1/%2 queued as %3</source>
        <translation>Auftrag %1/%2 eingereiht als %3</translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done: %n output(s) saved</source>
        <translation type="vanished">
            <numerusform>Auftrag %1/%2 fertig: %n Ausgabe gespeichert</numerusform>
            <numerusform>Auftrag %1/%2 fertig: %n Ausgaben gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1/%2 rejected: %3</source>
        <translation type="vanished">Auftrag %1/%2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>  node %1 (%2), input %3: %4 %5</source>
        <translation type="vanished">  Knoten %1 (%2), Eingang %3: %4 %5</translation>
    </message>
    <message>
        <source>-</source>
        <translation type="vanished">-</translation>
    </message>
    <message>
        <source>job %1/%2 failed: %3</source>
        <translation type="vanished">Auftrag %1/%2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 of %2 job(s) succeeded; outputs in %3</source>
        <translation type="vanished">%1 von %2 Aufträgen erfolgreich; Ausgaben in %3</translation>
    </message>
    <message>
        <source>job %1/%2: %3</source>
        <translation type="vanished">Auftrag %1/%2: %3</translation>
    </message>
    <message>
        <source>job %1/%2 finished on the server but produced no output files</source>
        <translation type="vanished">Auftrag %1/%2 wurde auf dem Server beendet, hat aber keine Ausgabedateien erzeugt</translation>
    </message>
    <message>
        <source>The server restarted and lost this job.</source>
        <translation>Der Server wurde neu gestartet und hat diesen Auftrag verloren.</translation>
    </message>
    <message>
        <source>Cannot open the output library in %1: %2; no job was sent.</source>
        <translation>Die Ausgabebibliothek in %1 kann nicht geöffnet werden: %2; es wurde kein Auftrag gesendet.</translation>
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
        <translation>Dieser Workflow hat keinen Bildeingang. Öffnen Sie einen mit einem „Load Image“-Knoten, um Bilder zu verwenden.</translation>
    </message>
    <message>
        <source>Choose an Image Input</source>
        <translation>Bildeingang wählen</translation>
    </message>
    <message>
        <source>Put the picture into:</source>
        <translation>Bild einsetzen in:</translation>
    </message>
    <message>
        <source>Choose, paste or drop a picture into %1 first.</source>
        <translation>Wählen Sie zuerst ein Bild für %1, fügen Sie es ein oder ziehen Sie es hinein.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 pixels; Easel takes pictures of up to %3 megapixels.</source>
        <translation>Das Bild hat %1 × %2 Pixel; Easel nimmt Bilder bis %3 Megapixel an.</translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation>Bild wird gelesen…</translation>
    </message>
    <message>
        <source>Preparing the picture…</source>
        <translation>Bild wird vorbereitet…</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>Das Bild konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>No Image Input</source>
        <translation>Kein Bildeingang</translation>
    </message>
    <message>
        <source>This workflow has no image input to take the picture.</source>
        <translation>Dieser Workflow hat keinen Bildeingang, der das Bild aufnehmen kann.</translation>
    </message>
    <message>
        <source>No workflow is open to take the picture.</source>
        <translation>Es ist kein Workflow geöffnet, der das Bild aufnehmen kann.</translation>
    </message>
    <message>
        <source>Start a new image-to-image workflow from this picture? It opens the “Image to image” starter with the picture as its input.</source>
        <translation>Einen neuen Bild-zu-Bild-Workflow mit diesem Bild beginnen? Dazu wird die Vorlage „Bild zu Bild“ mit dem Bild als Eingabe geöffnet.</translation>
    </message>
    <message>
        <source>New Image-to-Image</source>
        <translation>Neues Bild zu Bild</translation>
    </message>
</context>
<context>
    <name>Easel::ImageMetadata</name>
    <message>
        <source>the PNG text &quot;%1&quot; is corrupt or inflates to more than %2 MB</source>
        <translation>der PNG-Text „%1“ ist beschädigt oder entpackt sich auf mehr als %2 MB</translation>
    </message>
    <message>
        <source>not a PNG file</source>
        <translation>keine PNG-Datei</translation>
    </message>
    <message>
        <source>the PNG file is truncated (no IEND chunk)</source>
        <translation>die PNG-Datei ist abgeschnitten (kein IEND-Block)</translation>
    </message>
    <message>
        <source>the PNG chunk %1 claims %2 bytes, which is not valid</source>
        <translation>der PNG-Block %1 gibt %2 Bytes an, was ungültig ist</translation>
    </message>
    <message>
        <source>the PNG file is truncated (chunk %1 claims %2 bytes)</source>
        <translation>die PNG-Datei ist abgeschnitten (Block %1 gibt %2 Bytes an)</translation>
    </message>
    <message>
        <source>the PNG text chunk holds %1 MB, more than the %2 MB Easel reads</source>
        <translation>der PNG-Textblock enthält %1 MB, mehr als die %2 MB, die Easel liest</translation>
    </message>
    <message>
        <source>the PNG file is truncated</source>
        <translation>die PNG-Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>not a WebP file</source>
        <translation>keine WebP-Datei</translation>
    </message>
    <message>
        <source>the WebP EXIF chunk holds %1 MB, more than the %2 MB Easel reads</source>
        <translation>der WebP-EXIF-Block enthält %1 MB, mehr als die %2 MB, die Easel liest</translation>
    </message>
    <message>
        <source>the WebP file is truncated</source>
        <translation>die WebP-Datei ist abgeschnitten</translation>
    </message>
</context>
<context>
    <name>Easel::ImagePrepDialog</name>
    <message>
        <source>Use Picture for %1</source>
        <translation>Bild für %1 verwenden</translation>
    </message>
    <message>
        <source>Crop to fill the size</source>
        <translation>Zuschneiden, um die Größe zu füllen</translation>
    </message>
    <message>
        <source>Fit inside the size</source>
        <translation>In die Größe einpassen</translation>
    </message>
    <message>
        <source>Stretch to the size</source>
        <translation>Auf die Größe strecken</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <source> px</source>
        <translation type="vanished"> px</translation>
    </message>
    <message>
        <source>Turn Left</source>
        <translation type="vanished">Nach links drehen</translation>
    </message>
    <message>
        <source>Turn Right</source>
        <translation type="vanished">Nach rechts drehen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="vanished">Größe</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="vanished">Form</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="vanished">Drehen</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 px; the input gets %3 × %4 px.</source>
        <translation>Das Bild hat %1 × %2 px; der Eingang erhält %3 × %4 px.</translation>
    </message>
</context>
<context>
    <name>Easel::ImagePyramid</name>
    <message>
        <source>The image has no size.</source>
        <translation>Das Bild hat keine Größe.</translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2).</source>
        <translation>Das Bild ist zu groß (%1 × %2).</translation>
    </message>
</context>
<context>
    <name>Easel::ImageView</name>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening %1 (%2 × %3)…</source>
        <translation>%1 wird geöffnet (%2 × %3)…</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3 %</source>
        <translation>%1 × %2 px · %3 %</translation>
    </message>
    <message>
        <source>Preview · opening %1 × %2…</source>
        <translation>Vorschau · %1 × %2 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening %1 × %2… %3 %</source>
        <translation>%1 × %2 wird geöffnet… %3 %</translation>
    </message>
</context>
<context>
    <name>Easel::InputDelegate</name>
    <message>
        <source>Ctrl+Enter or Tab to apply, Escape to cancel</source>
        <translation type="vanished">Strg+Eingabe oder Tab übernimmt, Esc bricht ab</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Empty: click to write</source>
        <translation>Leer: zum Schreiben klicken</translation>
    </message>
    <message>
        <source>Uploading… %1 %</source>
        <translation>Wird hochgeladen… %1 %</translation>
    </message>
    <message>
        <source>Tab to apply, Ctrl+Enter to apply and queue, Escape to cancel</source>
        <translation>Tab zum Übernehmen, Strg+Eingabe zum Übernehmen und Einreihen, Escape zum Abbrechen</translation>
    </message>
</context>
<context>
    <name>Easel::JobJournal</name>
    <message>
        <source>Cannot write the queue journal: %1</source>
        <translation>Das Warteschlangen-Journal kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Easel::JobQueue</name>
    <message>
        <source>Cannot write the queue journal: %1</source>
        <translation type="vanished">Das Warteschlangen-Journal kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Stapel %1</translation>
    </message>
    <message>
        <source>The job&apos;s inputs no longer match the workflow</source>
        <translation>Die Eingänge des Auftrags passen nicht mehr zum Workflow</translation>
    </message>
    <message>
        <source>Cannot read the queue journal: %1</source>
        <translation>Das Warteschlangen-Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="vanished">Wartet</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="vanished">Auf dem Server</translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="vanished">Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="vanished">Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="vanished">Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="vanished">Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="vanished">Unterbrochen</translation>
    </message>
    <message>
        <source>Other client</source>
        <translation type="vanished">Anderer Client</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="vanished">%1 s</translation>
    </message>
    <message>
        <source>Another client&apos;s job</source>
        <translation type="vanished">Auftrag eines anderen Clients</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="vanished">%1 #%2</translation>
    </message>
    <message>
        <source>Other client, pending</source>
        <translation type="vanished">Anderer Client, wartet</translation>
    </message>
    <message>
        <source>Other client, running</source>
        <translation type="vanished">Anderer Client, läuft</translation>
    </message>
    <message>
        <source>Running %1%</source>
        <translation type="vanished">Läuft %1 %</translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="vanished">Auftrag</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="vanished">Änderungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="vanished">Position</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="vanished">Vergangen</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="vanished">Geschätzt</translation>
    </message>
    <message>
        <source>Waiting for a server</source>
        <translation type="vanished">Wartet auf einen Server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="vanished">Server</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="vanished">Angehalten</translation>
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
        <translation>Knoten %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Interrupted at node %1 (%2)</source>
        <translation>Bei Knoten %1 (%2) unterbrochen</translation>
    </message>
    <message>
        <source>The server has no record of this prompt</source>
        <translation type="vanished">Der Server kennt diesen Prompt nicht</translation>
    </message>
    <message>
        <source>Interrupted at node %1</source>
        <translation>Bei Knoten %1 unterbrochen</translation>
    </message>
    <message>
        <source>The server listed %1 output files for this job; the limit is %2 a job</source>
        <translation>Der Server hat für diesen Auftrag %1 Ausgabedateien gemeldet; die Grenze liegt bei %2 pro Auftrag</translation>
    </message>
    <message numerus="yes">
        <source>The server does not know this job (in neither its queue nor its history for %n second(s)); it was lost</source>
        <translation>
            <numerusform>Der Server kennt diesen Auftrag nicht (seit %n Sekunde weder in seiner Warteschlange noch in seinem Verlauf); er ging verloren</numerusform>
            <numerusform>Der Server kennt diesen Auftrag nicht (seit %n Sekunden weder in seiner Warteschlange noch in seinem Verlauf); er ging verloren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server does not know this job; lost in %n second(s)</source>
        <translation>
            <numerusform>der Server kennt diesen Auftrag nicht; nach %n Sekunde verloren</numerusform>
            <numerusform>der Server kennt diesen Auftrag nicht; nach %n Sekunden verloren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for the server&apos;s answer, %n second(s)</source>
        <translation>
            <numerusform>wartet seit %n Sekunde auf die Antwort des Servers</numerusform>
            <numerusform>wartet seit %n Sekunden auf die Antwort des Servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::JsonBreak</name>
    <message>
        <source>the string that opens here is never closed: the file ends inside it (%1)</source>
        <translation>die hier beginnende Zeichenkette wird nie geschlossen: die Datei endet darin (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; closes nothing</source>
        <translation>„%1“ schließt nichts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not close the &quot;%2&quot; opened at %3</source>
        <translation>„%1“ schließt nicht das bei %3 geöffnete „%2“</translation>
    </message>
    <message>
        <source>the file ends before the &quot;%1&quot; opened at %2 is closed</source>
        <translation>die Datei endet, bevor das bei %2 geöffnete „%1“ geschlossen ist</translation>
    </message>
</context>
<context>
    <name>Easel::KioskConfigWriter</name>
    <message>
        <source>the hash is written, but the file&apos;s group could not be kept</source>
        <translation>der Hash wurde geschrieben, aber die Gruppe der Datei konnte nicht beibehalten werden</translation>
    </message>
</context>
<context>
    <name>Easel::KioskController</name>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>This session&apos;s pictures, newest first.</source>
        <translation>Die Bilder dieser Sitzung, neueste zuerst.</translation>
    </message>
    <message>
        <source>Workflow:</source>
        <translation>Workflow:</translation>
    </message>
    <message>
        <source>No approved workflows</source>
        <translation>Keine freigegebenen Workflows</translation>
    </message>
    <message>
        <source>Administrator…</source>
        <translation>Administrator…</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) used</source>
        <translation>
            <numerusform>%n Einstellung übernommen</numerusform>
            <numerusform>%n Einstellungen übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n locked by the administrator</source>
        <translation type="vanished">
            <numerusform>; %n vom Administrator gesperrt</numerusform>
            <numerusform>; %n vom Administrator gesperrt</numerusform>
        </translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Diese Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Cancel my picture</source>
        <translation>Mein Bild abbrechen</translation>
    </message>
    <message>
        <source>These settings belong to another workflow. Pick that workflow first.</source>
        <translation>Diese Einstellungen gehören zu einem anderen Workflow. Wählen Sie zuerst diesen Workflow.</translation>
    </message>
    <message numerus="yes">
        <source>; %n kept as the administrator set them</source>
        <translation>
            <numerusform>; %n wie vom Administrator festgelegt beibehalten</numerusform>
            <numerusform>; %n wie vom Administrator festgelegt beibehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Your picture is on its way.</source>
        <translation>Ihr Bild ist unterwegs.</translation>
    </message>
    <message>
        <source>Some values are outside what is allowed here; they are marked in the list.</source>
        <translation>Einige Werte liegen außerhalb des hier Erlaubten; sie sind in der Liste markiert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Your picture is ready.</source>
        <translation>Ihr Bild ist fertig.</translation>
    </message>
    <message>
        <source>This picture could not be made. Please try again.</source>
        <translation>Dieses Bild konnte nicht erstellt werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your pictures appear here. Press Generate to make one.</source>
        <translation>Hier erscheinen Ihre Bilder. Klicken Sie auf „Erzeugen“, um eines zu erstellen.</translation>
    </message>
    <message>
        <source>Press Generate: the live preview and your pictures appear here.</source>
        <translation>Klicken Sie auf „Erzeugen“: Die Live-Vorschau und Ihre Bilder erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>Easel::KioskInputRule</name>
    <message>
        <source>The administrator locked this input.</source>
        <translation>Der Administrator hat diesen Eingang gesperrt.</translation>
    </message>
    <message>
        <source>Only a number is allowed here.</source>
        <translation type="vanished">Hier ist nur eine Zahl erlaubt.</translation>
    </message>
    <message>
        <source>Allowed here: %1 to %2.</source>
        <translation type="vanished">Hier erlaubt: %1 bis %2.</translation>
    </message>
    <message>
        <source>Allowed here: %1.</source>
        <translation type="vanished">Hier erlaubt: %1.</translation>
    </message>
</context>
<context>
    <name>Easel::KioskPin</name>
    <message>
        <source>not of the form pbkdf2-sha256$iterations$salt$hash</source>
        <translation type="vanished">nicht in der Form pbkdf2-sha256$iterations$salt$hash</translation>
    </message>
    <message>
        <source>the iteration count is missing or out of range</source>
        <translation>die Anzahl der Iterationen fehlt oder liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>the salt or the hash is not valid base64 of the right length</source>
        <translation>Salt oder Hash ist kein gültiges Base64 der richtigen Länge</translation>
    </message>
    <message>
        <source>neither an $argon2id$ hash nor of the form pbkdf2-sha256$iterations$salt$hash</source>
        <translation>weder ein $argon2id$-Hash noch in der Form pbkdf2-sha256$iterations$salt$hash</translation>
    </message>
    <message>
        <source>the PIN needs at least %1 characters</source>
        <translation>die PIN braucht mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>the PIN is a run of characters (like 123456)</source>
        <translation>die PIN ist eine Zeichenfolge (wie 123456)</translation>
    </message>
    <message>
        <source>the PIN repeats a few characters (like 111111 or 121212)</source>
        <translation>die PIN wiederholt wenige Zeichen (wie 111111 oder 121212)</translation>
    </message>
    <message>
        <source>the PIN looks like a date or a year</source>
        <translation>die PIN sieht wie ein Datum oder eine Jahreszahl aus</translation>
    </message>
    <message>
        <source>the PIN is a common password</source>
        <translation>die PIN ist ein häufiges Passwort</translation>
    </message>
    <message>
        <source>not a valid $argon2id$ hash; make a new one with --kiosk-hash-pin</source>
        <translation>kein gültiger $argon2id$-Hash; erzeugen Sie einen neuen mit --kiosk-hash-pin</translation>
    </message>
</context>
<context>
    <name>Easel::KioskPolicy</name>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <translation>keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>not a number of seconds up to a day</source>
        <translation>keine Sekundenzahl bis höchstens einen Tag</translation>
    </message>
    <message>
        <source>“%1” is not a rule; the input stays locked</source>
        <translation>„%1“ ist keine Regel; der Eingang bleibt gesperrt</translation>
    </message>
    <message>
        <source>keys are node id.input name</source>
        <translation>Schlüssel haben die Form Knoten-ID.Eingangsname</translation>
    </message>
    <message>
        <source>Nodes cannot be changed in kiosk mode.</source>
        <translation>Im Kiosk-Modus können Knoten nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1 is locked by the administrator.</source>
        <translation>%1 ist vom Administrator gesperrt.</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2; %3 is used</source>
        <translation>keine ganze Zahl von %1 bis %2; %3 wird verwendet</translation>
    </message>
    <message>
        <source>an older PBKDF2 hash, still accepted; make an Argon2id one with easel --kiosk-hash-pin</source>
        <translation>ein älterer PBKDF2-Hash, noch akzeptiert; erzeugen Sie einen Argon2id-Hash mit easel --kiosk-hash-pin</translation>
    </message>
    <message>
        <source>“%1” is not locked or editable; the mode stays locked</source>
        <translation>„%1“ ist weder locked noch editable; der Modus bleibt gesperrt</translation>
    </message>
    <message>
        <source>What happens to %1 after each picture is set by the administrator.</source>
        <translation>Was nach jedem Bild mit %1 geschieht, legt der Administrator fest.</translation>
    </message>
    <message>
        <source>“%1” is not a mode.</source>
        <translation>„%1“ ist kein Modus.</translation>
    </message>
</context>
<context>
    <name>Easel::KioskUnlockDialog</name>
    <message>
        <source>No administrator PIN is configured; kiosk mode cannot be left here.</source>
        <translation>Es ist keine Administrator-PIN eingerichtet; der Kiosk-Modus kann hier nicht verlassen werden.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>Geben Sie die PIN ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>Easel::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Library &amp;Dock</source>
        <translation>Bibliothek als &amp;Dock</translation>
    </message>
    <message>
        <source>Show the library in a dock of its own, which can be moved, floated and resized</source>
        <translation>Die Bibliothek in einem eigenen Dock zeigen, das verschoben, abgelöst und in der Größe geändert werden kann</translation>
    </message>
</context>
<context>
    <name>Easel::LibraryFocus</name>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>Give the whole window to the library (Ctrl+L)</source>
        <translation>Das ganze Fenster der Bibliothek überlassen (Strg+L)</translation>
    </message>
</context>
<context>
    <name>Easel::LibraryIndex</name>
    <message>
        <source>Cannot create the folder for %1</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The library index %1 was made by a newer Easel</source>
        <translation>Der Bibliotheksindex %1 stammt von einer neueren Easel-Version</translation>
    </message>
    <message>
        <source>The library index %1 has rows that refer to missing outputs</source>
        <translation>Der Bibliotheksindex %1 enthält Zeilen, die auf fehlende Ausgaben verweisen</translation>
    </message>
    <message>
        <source>The library index %1 changed while it was opened</source>
        <translation>Der Bibliotheksindex %1 hat sich beim Öffnen geändert</translation>
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
        <translation>Widget-Wert</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>The input holds its own value (a widget)</source>
        <translation>Der Eingang hat einen eigenen Wert (ein Widget)</translation>
    </message>
    <message>
        <source>Nothing feeds the input</source>
        <translation>Nichts speist den Eingang</translation>
    </message>
</context>
<context>
    <name>Easel::MainWindow</name>
    <message>
        <source>Node</source>
        <translation type="vanished">Knoten</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">Klasse</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">Titel</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="vanished">Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation type="vanished">Nicht verbunden mit %1</translation>
    </message>
    <message>
        <source>Queued %1 (number %2)</source>
        <translation type="vanished">%1 eingereiht (Nummer %2)</translation>
    </message>
    <message>
        <source>Running node %1</source>
        <translation type="vanished">Führe Knoten %1 aus</translation>
    </message>
    <message>
        <source>Open Workflow</source>
        <translation>Workflow öffnen</translation>
    </message>
    <message>
        <source>Workflows (*.json);;All files (*)</source>
        <translation type="vanished">Workflows (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="vanished">Öffne %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s)</source>
        <translation type="vanished">
            <numerusform>%1: %n Knoten</numerusform>
            <numerusform>%1: %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Easel</source>
        <translation type="vanished">%1 — Easel</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n prompt(s)</source>
        <translation type="vanished">
            <numerusform>%n Prompt eingereiht</numerusform>
            <numerusform>%n Prompts eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n output(s)</source>
        <translation type="vanished">
            <numerusform>Fertig: %n Ausgabe</numerusform>
            <numerusform>Fertig: %n Ausgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>The server rejected the prompt</source>
        <translation type="vanished">Der Server hat den Prompt abgelehnt</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="vanished">Abgelehnt: %1</translation>
    </message>
    <message>
        <source>  node %1 (%2), input %3: %4 %5</source>
        <translation type="vanished">  Knoten %1 (%2), Eingang %3: %4 %5</translation>
    </message>
    <message>
        <source>-</source>
        <translation type="vanished">-</translation>
    </message>
    <message>
        <source>The output library cannot be opened: %1</source>
        <translation>Die Ausgabebibliothek kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The server restarted and lost this job. Retry queues it again.</source>
        <translation>Der Server wurde neu gestartet und hat diesen Auftrag verloren. „Wiederholen“ reiht ihn erneut ein.</translation>
    </message>
    <message>
        <source>The server restarted and forgot its queue; Easel&apos;s jobs are checked again.</source>
        <translation>Der Server wurde neu gestartet und hat seine Warteschlange vergessen; Easels Aufträge werden erneut geprüft.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed</source>
        <translation type="vanished">%1: %2 fertig, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Why the job failed</source>
        <translation type="vanished">Warum der Auftrag fehlschlug</translation>
    </message>
    <message>
        <source>The server&apos;s node list could not be read: %1</source>
        <translation>Die Knotenliste des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>/object_info lists no nodes</source>
        <translation>/object_info listet keine Knoten</translation>
    </message>
    <message>
        <source>Progress of the queue</source>
        <translation>Fortschritt der Warteschlange</translation>
    </message>
    <message>
        <source>No workflow</source>
        <translation>Kein Workflow</translation>
    </message>
    <message>
        <source>%1[*] — Easel</source>
        <translation>%1[*] — Easel</translation>
    </message>
    <message>
        <source>Workflows and images (*.json *.png *.webp);;All files (*)</source>
        <translation>Workflows und Bilder (*.json *.png *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The workflow cannot be converted to a prompt; see the problems below the tree.</source>
        <translation>Der Workflow lässt sich nicht in einen Prompt umwandeln; siehe die Probleme unter dem Baum.</translation>
    </message>
    <message numerus="yes">
        <source>Queued with %n problem(s) found here; the server will judge them.</source>
        <translation>
            <numerusform>Mit %n hier gefundenen Problem eingereiht; der Server entscheidet darüber.</numerusform>
            <numerusform>Mit %n hier gefundenen Problemen eingereiht; der Server entscheidet darüber.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s)</source>
        <translation>
            <numerusform>%n Auftrag eingereiht</numerusform>
            <numerusform>%n Aufträge eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Use settings of an output</source>
        <translation>Einstellungen einer Ausgabe verwenden</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n value(s) of the output to the open workflow.</source>
        <translation>
            <numerusform>%n Wert der Ausgabe auf den geöffneten Workflow angewendet.</numerusform>
            <numerusform>%n Werte der Ausgabe auf den geöffneten Workflow angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <source>Left as they are (linked in the open workflow): %1</source>
        <translation>Unverändert gelassen (im geöffneten Workflow verbunden): %1</translation>
    </message>
    <message>
        <source>The output&apos;s workflow cannot be opened: %1</source>
        <translation>Der Workflow der Ausgabe kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The open workflow is a different graph (%1), so the output&apos;s workflow was opened as a new document.</source>
        <translation>Der geöffnete Workflow ist ein anderer Graph (%1), daher wurde der Workflow der Ausgabe als neues Dokument geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>The server restarted and lost %n job(s). They are kept in the queue as failed.</source>
        <translation>
            <numerusform>Der Server wurde neu gestartet und hat %n Auftrag verloren. Er bleibt als fehlgeschlagen in der Warteschlange.</numerusform>
            <numerusform>Der Server wurde neu gestartet und hat %n Aufträge verloren. Sie bleiben als fehlgeschlagen in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %n job(s)</source>
        <translation>
            <numerusform>%n Auftrag wiederholen</numerusform>
            <numerusform>%n Aufträge wiederholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost job(s) queued again.</source>
        <translation>
            <numerusform>%n verlorener Auftrag erneut eingereiht.</numerusform>
            <numerusform>%n verlorene Aufträge erneut eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still run on this server. Switch when they have finished.</source>
        <translation type="vanished">
            <numerusform>%n Auftrag läuft noch auf diesem Server. Wechseln Sie, wenn er beendet ist.</numerusform>
            <numerusform>%n Aufträge laufen noch auf diesem Server. Wechseln Sie, wenn sie beendet sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Any server</source>
        <translation>Beliebiger Server</translation>
    </message>
    <message>
        <source>The farm is stopped; Easel uses one server again.</source>
        <translation>Die Farm ist beendet; Easel verwendet wieder einen einzelnen Server.</translation>
    </message>
    <message>
        <source>The farm needs at least two saved servers.</source>
        <translation>Die Farm braucht mindestens zwei gespeicherte Server.</translation>
    </message>
    <message numerus="yes">
        <source>Using a farm of %n servers.</source>
        <translation>
            <numerusform>Farm mit %n Server wird verwendet.</numerusform>
            <numerusform>Farm mit %n Servern wird verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the servers of the render farm</source>
        <translation>Die Server der Render-Farm ein- oder ausblenden</translation>
    </message>
    <message>
        <source>The queue could not be moved to the farm: jobs are still on a server.</source>
        <translation type="vanished">Die Warteschlange konnte nicht in die Farm verschoben werden: Es sind noch Aufträge auf einem Server.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still run on a server. Switch when they have finished.</source>
        <translation>
            <numerusform>%n Auftrag läuft noch auf einem Server. Wechseln Sie, wenn er beendet ist.</numerusform>
            <numerusform>%n Aufträge laufen noch auf einem Server. Wechseln Sie, wenn sie beendet sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Farm: %1 of %n servers ready</source>
        <translation>
            <numerusform>Farm: %1 von %n Server bereit</numerusform>
            <numerusform>Farm: %1 von %n Servern bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not queued: the server would refuse this workflow (%n problem(s), marked on the nodes and listed in the log).</source>
        <translation>
            <numerusform>Nicht eingereiht: Der Server würde diesen Workflow ablehnen (%n Problem, an den Knoten markiert und im Protokoll aufgeführt).</numerusform>
            <numerusform>Nicht eingereiht: Der Server würde diesen Workflow ablehnen (%n Probleme, an den Knoten markiert und im Protokoll aufgeführt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Why “%1” failed</source>
        <translation>Warum „%1“ fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Open Its &amp;Settings</source>
        <translation>&amp;Einstellungen öffnen</translation>
    </message>
    <message>
        <source>a render farm</source>
        <translation>eine Render-Farm</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>%1 is open.</source>
        <translation>%1 ist geöffnet.</translation>
    </message>
    <message>
        <source>%1 is open. %2 queues it.</source>
        <translation>%1 ist geöffnet. Mit %2 einreihen.</translation>
    </message>
    <message>
        <source>New workflow from the starter “%1”</source>
        <translation>Neuer Workflow aus der Vorlage „%1“</translation>
    </message>
    <message>
        <source>The server has no file for %1. Put one into the server&apos;s models folder and restart it, or start from “Check the server (no model)”.</source>
        <translation>Der Server hat keine Datei für %1. Legen Sie eine in den Modellordner des Servers und starten Sie ihn neu, oder beginnen Sie mit „Server prüfen (ohne Modell)“.</translation>
    </message>
    <message>
        <source>Using the server&apos;s own models: %1</source>
        <translation>Die Modelle des Servers werden verwendet: %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>Easel &amp;Documentation</source>
        <translation>Easel-&amp;Dokumentation</translation>
    </message>
    <message>
        <source>&amp;About Easel</source>
        <translation>Ü&amp;ber Easel</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Queue at &amp;Front</source>
        <translation>An die &amp;Spitze einreihen</translation>
    </message>
    <message>
        <source>&amp;Cancel Running Job</source>
        <translation>Laufenden Auftrag a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Find Setting</source>
        <translation>Einstellung &amp;suchen</translation>
    </message>
    <message>
        <source>Easel Documentation</source>
        <translation>Easel-Dokumentation</translation>
    </message>
    <message>
        <source>The documentation is not installed here. It is the README.md and the docs folder of Easel&apos;s source.</source>
        <translation>Die Dokumentation ist hier nicht installiert. Sie besteht aus README.md und dem Ordner docs im Quellcode von Easel.</translation>
    </message>
    <message>
        <source>not known (not connected yet)</source>
        <translation>unbekannt (noch nicht verbunden)</translation>
    </message>
    <message>
        <source>About Easel</source>
        <translation>Über Easel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Easel %1&lt;/h3&gt;&lt;p&gt;A desktop client for ComfyUI.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;ComfyUI server at %4: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Easel %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Client für ComfyUI.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit %3)&lt;br&gt;ComfyUI-Server unter %4: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Filmstrip</source>
        <translation>Filmstreifen</translation>
    </message>
    <message>
        <source>Paste Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>workflow, run, runs</comment>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Queue %p%</source>
        <comment>the whole queue&apos;s progress</comment>
        <translation>Warteschlange %p%</translation>
    </message>
    <message>
        <source>Opening the output library…</source>
        <translation>Die Ausgabebibliothek wird geöffnet…</translation>
    </message>
    <message>
        <source>The output library is open.</source>
        <translation>Die Ausgabebibliothek ist geöffnet.</translation>
    </message>
</context>
<context>
    <name>Easel::MaskCanvas</name>
    <message>
        <source>Fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Umkehren</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>Malen</translation>
    </message>
</context>
<context>
    <name>Easel::MaskEditorDialog</name>
    <message>
        <source>Mask Editor — %1</source>
        <translation>Maskeneditor — %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Paint where the picture should change. [ and ] change the brush, X swaps brush and eraser.</source>
        <translation>Malen Sie dort, wo sich das Bild ändern soll. [ und ] ändern den Pinsel, X wechselt zwischen Pinsel und Radierer.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation type="vanished">&amp;Pinsel</translation>
    </message>
    <message>
        <source>Paint the mask</source>
        <translation>Maske malen</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation type="vanished">&amp;Radierer</translation>
    </message>
    <message>
        <source>Erase the mask</source>
        <translation>Maske radieren</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation type="vanished">&amp;Füllen</translation>
    </message>
    <message>
        <source>Mask the whole picture</source>
        <translation>Das ganze Bild maskieren</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="vanished">&amp;Leeren</translation>
    </message>
    <message>
        <source>Remove the whole mask</source>
        <translation>Die ganze Maske entfernen</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation type="vanished">&amp;Umkehren</translation>
    </message>
    <message>
        <source>Swap masked and unmasked</source>
        <translation>Maskierte und unmaskierte Bereiche tauschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="vanished">Einpassen</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>Bild an das Fenster anpassen</translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="vanished">100 %</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation type="vanished">Pinsel</translation>
    </message>
    <message>
        <source> px</source>
        <translation type="vanished"> px</translation>
    </message>
    <message>
        <source>Brush size in picture pixels ([ smaller, ] larger)</source>
        <translation type="vanished">Pinselgröße in Bildpixeln ([ kleiner, ] größer)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="vanished">Größe</translation>
    </message>
    <message>
        <source>Hardness</source>
        <translation type="vanished">Härte</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="vanished">Deckkraft</translation>
    </message>
    <message>
        <source>Mask overlay</source>
        <translation type="vanished">Maskenüberlagerung</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="vanished">Farbe…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="vanished">Farbe</translation>
    </message>
    <message>
        <source>Left button paints, right button erases.
Middle button or Space+drag pans; the wheel zooms.</source>
        <translation type="vanished">Linke Maustaste malt, rechte radiert.
Mittlere Maustaste oder Leertaste+Ziehen verschiebt; das Mausrad zoomt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">&amp;Speichern</translation>
    </message>
    <message>
        <source>Upload the mask to the server and use it (Ctrl+S)</source>
        <translation type="vanished">Die Maske auf den Server hochladen und verwenden (Strg+S)</translation>
    </message>
    <message>
        <source>Mask Colour</source>
        <translation>Maskenfarbe</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3%</source>
        <translation>%1 × %2 px · %3 %</translation>
    </message>
    <message>
        <source>Uploading the mask…</source>
        <translation>Maske wird hochgeladen…</translation>
    </message>
    <message>
        <source>Discard the Mask?</source>
        <translation>Maske verwerfen?</translation>
    </message>
    <message>
        <source>The mask has changes that are not saved. Discard them?</source>
        <translation>Die Maske hat nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Loading or saving the picture</source>
        <translation type="vanished">Bild wird geladen oder gespeichert</translation>
    </message>
</context>
<context>
    <name>Easel::MediaInfo</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Not a readable image: %1</source>
        <translation>Kein lesbares Bild: %1</translation>
    </message>
</context>
<context>
    <name>Easel::MediaKind</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>3D model</source>
        <translation>3D-Modell</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Andere Datei</translation>
    </message>
</context>
<context>
    <name>Easel::MediaPlayerPage</name>
    <message>
        <source>Text output</source>
        <translation>Textausgabe</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Previous frame (,)</source>
        <translation>Vorheriger Frame (,)</translation>
    </message>
    <message>
        <source>Next frame (.)</source>
        <translation>Nächster Frame (.)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Play again from the start (L)</source>
        <translation>Wieder von vorn abspielen (L)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Mute the sound (M)</source>
        <translation>Ton stummschalten (M)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>This file cannot be played: %1</source>
        <translation>Diese Datei kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>This animation cannot be shown: %1</source>
        <translation>Diese Animation kann nicht angezeigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n frame(s) fit in memory</source>
        <translation>
            <numerusform>Nur %n Frame passt in den Speicher</numerusform>
            <numerusform>Nur die ersten %n Frames passen in den Speicher</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>%1

%2: Easel keeps it in the library; open it with another program.</source>
        <translation>%1

%2: Easel bewahrt die Datei in der Bibliothek auf; öffnen Sie sie mit einem anderen Programm.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>frame %1/%2</source>
        <translation>Frame %1/%2</translation>
    </message>
</context>
<context>
    <name>Easel::MediaProbe</name>
    <message>
        <source>No decoder for %1</source>
        <translation>Kein Decoder für %1</translation>
    </message>
    <message>
        <source>The decoder cannot be set up</source>
        <translation>Der Decoder kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>The decoder cannot be opened (%1)</source>
        <translation>Der Decoder kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>Decoding a frame took too long</source>
        <translation>Das Dekodieren eines Frames hat zu lange gedauert</translation>
    </message>
    <message>
        <source>No frame could be decoded</source>
        <translation>Es konnte kein Frame dekodiert werden</translation>
    </message>
    <message>
        <source>No sound could be decoded</source>
        <translation>Es konnte kein Ton dekodiert werden</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The image claims %1×%2 pixels, more than Easel decodes</source>
        <translation>Das Bild gibt %1×%2 Pixel an, mehr als Easel dekodiert</translation>
    </message>
    <message>
        <source>The first frame cannot be decoded: %1</source>
        <translation>Der erste Frame kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>This is not a WebP file</source>
        <translation>Dies ist keine WebP-Datei</translation>
    </message>
    <message>
        <source>The file has no picture and no sound</source>
        <translation>Die Datei enthält weder Bild noch Ton</translation>
    </message>
    <message>
        <source>The video claims %1×%2 pixels; Easel does not decode it</source>
        <translation>Das Video gibt %1×%2 Pixel an; Easel dekodiert es nicht</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Easel::NodePickerDialog</name>
    <message>
        <source>Favourite: %1</source>
        <translation>Favorit: %1</translation>
    </message>
    <message>
        <source>Recently added: %1</source>
        <translation>Zuletzt hinzugefügt: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;No node matches.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Knoten passt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2, optional)</source>
        <translation>%1 (%2, optional)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Eingänge:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Ausgänge:</translation>
    </message>
    <message>
        <source>An output node: the prompt runs up to it.</source>
        <translation>Ein Ausgabeknoten: Der Prompt läuft bis zu ihm.</translation>
    </message>
</context>
<context>
    <name>Easel::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Easel::NumberEdit</name>
    <message>
        <source>Allowed: %1 to %2. Up and Down change the value by its step.</source>
        <translation>Erlaubt: %1 bis %2. Pfeil hoch und runter ändern den Wert um die Schrittweite.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>allowed: %1 to %2</source>
        <translation>erlaubt: %1 bis %2</translation>
    </message>
    <message>
        <source>%1 is below the minimum (%2)</source>
        <translation>%1 liegt unter dem Minimum (%2)</translation>
    </message>
    <message>
        <source>%1 is above the maximum (%2)</source>
        <translation>%1 liegt über dem Maximum (%2)</translation>
    </message>
</context>
<context>
    <name>Easel::OutputActions</name>
    <message>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy File Path</source>
        <translation>Dateipfad kopieren</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>Enthaltenden Ordner öffnen</translation>
    </message>
    <message>
        <source>Open With…</source>
        <translation>Öffnen mit…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show Workflow</source>
        <translation>Workflow anzeigen</translation>
    </message>
    <message>
        <source>Use These Settings</source>
        <translation>Diese Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Use as Input</source>
        <translation>Als Eingabe verwenden</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Schlagwörter…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Copied the file %1 (its pixels could not be read).</source>
        <translation>Die Datei %1 wurde kopiert (ihre Pixel konnten nicht gelesen werden).</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>No file manager could be started to show %1.</source>
        <translation>Es konnte kein Dateimanager gestartet werden, um %1 anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>No application is set up to open %1 on this system. Copy its path (right-click › Copy File Path) and open it from your editor.</source>
        <translation>Auf diesem System ist keine Anwendung zum Öffnen von %1 eingerichtet. Kopieren Sie den Pfad (Rechtsklick › Dateipfad kopieren) und öffnen Sie die Datei in Ihrem Editor.</translation>
    </message>
    <message>
        <source>%1 carries no workflow.</source>
        <translation>%1 enthält keinen Workflow.</translation>
    </message>
    <message>
        <source>The favourite could not be saved: %1</source>
        <translation>Der Favorit konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The tags could not be saved: %1</source>
        <translation>Die Schlagwörter konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be moved to the trash.</source>
        <translation>%1 konnte nicht in den Papierkorb verschoben werden.</translation>
    </message>
    <message>
        <source>Moved %1 to the trash.</source>
        <translation>%1 wurde in den Papierkorb verschoben.</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n File Path(s)</source>
        <translation>
            <numerusform>%n Dateipfad kopieren</numerusform>
            <numerusform>%n Dateipfade kopieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the Two</source>
        <translation>Die beiden vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n to Trash</source>
        <translation>
            <numerusform>%n Ausgabe in den Papierkorb verschieben</numerusform>
            <numerusform>%n Ausgaben in den Papierkorb verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened the first %1 of %n folder(s).</source>
        <translation>
            <numerusform>Die ersten %1 von %n Ordner wurden geöffnet.</numerusform>
            <numerusform>Die ersten %1 von %n Ordnern wurden geöffnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n output(s) to the trash.</source>
        <translation>
            <numerusform>%n Ausgabe in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Ausgaben in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags could not be read: %1</source>
        <translation>Die Schlagwörter konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Easel::OutputDetailDialog</name>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Seed: %1</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Prompt: %1</translation>
    </message>
    <message>
        <source>Made by node %1 of prompt %2 on %3</source>
        <translation type="vanished">Erzeugt von Knoten %1 des Prompts %2 am %3</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Changed inputs:</source>
        <translation>Geänderte Eingänge:</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Diese Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Copy seed</source>
        <translation>Seed kopieren</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Made by node %1 of prompt %2</source>
        <translation type="vanished">Erzeugt von Knoten %1 des Prompts %2</translation>
    </message>
    <message>
        <source>Settings of this output</source>
        <translation>Einstellungen dieser Ausgabe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a setting&apos;s label and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <comment>the label of the node that wrote the file, e.g. Save Image</comment>
        <translation>Erzeugt von: %1</translation>
    </message>
    <message>
        <source>Workflow: %1</source>
        <translation>Workflow: %1</translation>
    </message>
    <message>
        <source>Prompt ID: %1</source>
        <translation>Prompt-ID: %1</translation>
    </message>
    <message>
        <source>Node ID: %1</source>
        <translation>Knoten-ID: %1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copies these settings with the prompt and node IDs, for a bug report or the server&apos;s log</source>
        <translation>Kopiert diese Einstellungen mit Prompt- und Knoten-ID, für einen Fehlerbericht oder das Protokoll des Servers</translation>
    </message>
    <message>
        <source>Reading the settings of this output…</source>
        <translation>Die Einstellungen dieser Ausgabe werden gelesen…</translation>
    </message>
    <message>
        <source>This output is no longer in the library.</source>
        <translation>Diese Ausgabe ist nicht mehr in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>Easel::OutputDetails</name>
    <message>
        <source>Show Prompt</source>
        <translation>Prompt anzeigen</translation>
    </message>
    <message>
        <source>The prompt exactly as it was queued (API JSON)</source>
        <translation>Der Prompt genau so, wie er eingereiht wurde (API-JSON)</translation>
    </message>
    <message>
        <source>No output chosen</source>
        <translation>Keine Ausgabe gewählt</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Differs from the batch</source>
        <translation>Abweichend vom Stapel</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Vorschau von %1</translation>
    </message>
    <message>
        <source>The settings appear here when its picture is saved.</source>
        <translation>Die Einstellungen erscheinen hier, sobald das Bild gespeichert ist.</translation>
    </message>
</context>
<context>
    <name>Easel::OutputIntegrity</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not what its name says: %2 bytes that do not start with its format&apos;s signature</source>
        <translation>%1 ist nicht, was der Name sagt: %2 Bytes, die nicht mit der Signatur ihres Formats beginnen</translation>
    </message>
    <message>
        <source>The download of %1 was cut short (%2 bytes)</source>
        <translation>Der Download von %1 brach vorzeitig ab (%2 Bytes)</translation>
    </message>
</context>
<context>
    <name>Easel::OutputListModel</name>
    <message>
        <source>Older outputs are in the Library</source>
        <translation>Ältere Ausgaben sind in der Bibliothek</translation>
    </message>
    <message numerus="yes">
        <source>%n older output(s) of this session are in the Library.</source>
        <translation>
            <numerusform>%n ältere Ausgabe dieser Sitzung ist in der Bibliothek.</numerusform>
            <numerusform>%n ältere Ausgaben dieser Sitzung sind in der Bibliothek.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::OutputSaver</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Easel::OutputStore</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>%1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The download of %1 was cut short (%2 bytes)</source>
        <translation type="vanished">Der Download von %1 brach vorzeitig ab (%2 Bytes)</translation>
    </message>
    <message>
        <source>Cannot move the download into place at %1</source>
        <translation>Der Download kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>[Easel kept the first %1 of %2 characters of this text]</source>
        <translation>[Easel hat die ersten %1 von %2 Zeichen dieses Textes behalten]</translation>
    </message>
    <message>
        <source>%1 would take the job past its limit of %2 bytes for all its files</source>
        <translation>%1 würde den Auftrag über seine Grenze von %2 Bytes für alle seine Dateien bringen</translation>
    </message>
    <message>
        <source>Cannot read the download of %1</source>
        <translation type="vanished">Der Download von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 was removed from the library while it was being shared</source>
        <translation>%1 wurde aus der Bibliothek entfernt, während die Datei gemeinsam genutzt werden sollte</translation>
    </message>
    <message>
        <source>Could not record the outputs in the library: %1</source>
        <translation>Die Ausgaben konnten nicht in der Bibliothek verzeichnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Easel::OutputSummary</name>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n Frame</numerusform>
            <numerusform>%n Frames</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>saved %1 %2: %3</source>
        <translation>%1 %2 gespeichert: %3</translation>
    </message>
</context>
<context>
    <name>Easel::PngChunkScreen</name>
    <message>
        <source>The PNG file cannot be read.</source>
        <translation>Die PNG-Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PNG chunk %1 declares %2 bytes, more than the format allows.</source>
        <translation>Der PNG-Block %1 gibt %2 Bytes an, mehr als das Format erlaubt.</translation>
    </message>
    <message>
        <source>The PNG chunk %1 holds %2, more than the %3 Easel reads.</source>
        <translation>Der PNG-Block %1 enthält %2, mehr als die %3, die Easel liest.</translation>
    </message>
    <message>
        <source>The PNG file is cut short: its chunk %1 declares %2, only %3 follow.</source>
        <translation>Die PNG-Datei ist unvollständig: Ihr Block %1 gibt %2 an, es folgen nur %3.</translation>
    </message>
</context>
<context>
    <name>Easel::PreviewPane</name>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
</context>
<context>
    <name>Easel::ProfileStore</name>
    <message>
        <source>A secret of profile “%1” is missing from the keychain.</source>
        <translation>Im Schlüsselbund fehlt ein vertraulicher Wert des Profils „%1“.</translation>
    </message>
</context>
<context>
    <name>Easel::PromptConverter</name>
    <message>
        <source>this subgraph is muted or bypassed inside another subgraph; ComfyUI&apos;s frontend still runs the nodes inside it, and so does Easel</source>
        <translation>dieser Subgraph ist innerhalb eines anderen Subgraphen stummgeschaltet oder umgangen; das ComfyUI-Frontend führt seine Knoten trotzdem aus, und Easel ebenso</translation>
    </message>
    <message>
        <source>subgraphs nested deeper than %1 levels (does a subgraph contain itself?)</source>
        <translation>Subgraphen sind tiefer als %1 Ebenen verschachtelt (enthält ein Subgraph sich selbst?)</translation>
    </message>
    <message>
        <source>group nodes inside subgraphs are not supported (nor by ComfyUI)</source>
        <translation>Gruppenknoten innerhalb von Subgraphen werden nicht unterstützt (auch nicht von ComfyUI)</translation>
    </message>
    <message>
        <source>widgets_values holds %1 values where %2 were expected; they are mapped in order</source>
        <translation>widgets_values enthält %1 Werte, erwartet wurden %2; sie werden der Reihe nach zugeordnet</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation>der Knotentyp %1 ist auf dem Server nicht installiert</translation>
    </message>
    <message>
        <source>the node no longer has the widget %1 this input was made from; the input is dropped, as ComfyUI&apos;s frontend does when it loads the workflow</source>
        <translation>der Knoten hat das Widget %1 nicht mehr, aus dem dieser Eingang entstand; der Eingang wird verworfen, wie es das ComfyUI-Frontend beim Laden des Workflows tut</translation>
    </message>
    <message>
        <source>the link loops through reroutes or bypassed nodes</source>
        <translation>die Verbindung läuft im Kreis durch Umleitungen oder umgangene Knoten</translation>
    </message>
    <message>
        <source>input refers to link %1, which the workflow does not have</source>
        <translation>der Eingang verweist auf Verbindung %1, die der Workflow nicht hat</translation>
    </message>
    <message>
        <source>link %1 names target slot %2, but the node holds it in input %3 (%4 inputs); the input that holds the link is used, as ComfyUI does</source>
        <translation>Verbindung %1 nennt Ziel-Slot %2, der Knoten führt sie aber in Eingang %3 (%4 Eingänge); wie in ComfyUI wird der Eingang verwendet, der die Verbindung hält</translation>
    </message>
    <message>
        <source>link %1 comes from node %2, which does not exist</source>
        <translation>Verbindung %1 kommt von Knoten %2, den es nicht gibt</translation>
    </message>
</context>
<context>
    <name>Easel::PromptLoader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read /object_info from %1: %2</source>
        <translation>/object_info kann nicht von %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>The node catalogue (/object_info) is unreadable: %1</source>
        <translation>Der Knotenkatalog (/object_info) ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1 cannot be converted to an API prompt</source>
        <translation>%1 kann nicht in einen API-Prompt umgewandelt werden</translation>
    </message>
    <message>
        <source>{…|…} groups and comments are sent as written: %1</source>
        <translation>{…|…}-Gruppen und Kommentare werden unverändert gesendet: %1</translation>
    </message>
    <message>
        <source>%1 would be refused by the server; nothing was sent</source>
        <translation>%1 würde vom Server abgelehnt; es wurde nichts gesendet</translation>
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
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>the prompt is not a JSON object of nodes</source>
        <translation>der Prompt ist kein JSON-Objekt aus Knoten</translation>
    </message>
    <message>
        <source>the node id is given twice; only the later node is sent</source>
        <translation>die Knoten-ID kommt zweimal vor; nur der spätere Knoten wird gesendet</translation>
    </message>
    <message>
        <source>the node is %1, not an object</source>
        <translation>der Knoten ist %1, kein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice; the later value is used</source>
        <translation>„%1“ kommt zweimal vor; der spätere Wert wird verwendet</translation>
    </message>
    <message>
        <source>the node has no class_type</source>
        <translation>der Knoten hat keinen class_type</translation>
    </message>
    <message>
        <source>class_type is %1, not text</source>
        <translation>class_type ist %1, kein Text</translation>
    </message>
    <message>
        <source>the node has an empty class_type</source>
        <translation>der Knoten hat einen leeren class_type</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation>der Knotentyp %1 ist auf dem Server nicht installiert</translation>
    </message>
    <message>
        <source>the node has no inputs object</source>
        <translation>der Knoten hat kein inputs-Objekt</translation>
    </message>
    <message>
        <source>inputs is %1, not an object</source>
        <translation>inputs ist %1, kein Objekt</translation>
    </message>
    <message>
        <source>the input is given twice; the later value is used</source>
        <translation>der Eingang kommt zweimal vor; der spätere Wert wird verwendet</translation>
    </message>
    <message>
        <source>the number %1 is too large for any input</source>
        <translation>die Zahl %1 ist für jeden Eingang zu groß</translation>
    </message>
    <message>
        <source>a link must be [node id, output slot]</source>
        <translation>eine Verbindung muss [Knoten-ID, Ausgangsslot] sein</translation>
    </message>
    <message>
        <source>the output slot of a link must be a whole number</source>
        <translation>der Ausgangsslot einer Verbindung muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>linked to output %1 of node %2: slots count from 0</source>
        <translation>verbunden mit Ausgang %1 von Knoten %2: Slots werden ab 0 gezählt</translation>
    </message>
    <message>
        <source>linked to node %1, which is not in the prompt</source>
        <translation>verbunden mit Knoten %1, der nicht im Prompt ist</translation>
    </message>
    <message>
        <source>linked to the node&apos;s own output</source>
        <translation>mit dem eigenen Ausgang des Knotens verbunden</translation>
    </message>
    <message numerus="yes">
        <source>linked to output %1 of node %2, which has %n output(s)</source>
        <translation>
            <numerusform>verbunden mit Ausgang %1 von Knoten %2, der %n Ausgang hat</numerusform>
            <numerusform>verbunden mit Ausgang %1 von Knoten %2, der %n Ausgänge hat</numerusform>
        </translation>
    </message>
    <message>
        <source>its inputs depend on its own output (a loop through node %1)</source>
        <translation>seine Eingänge hängen von seinem eigenen Ausgang ab (eine Schleife über Knoten %1)</translation>
    </message>
</context>
<context>
    <name>Easel::PromptSetting</name>
    <message>
        <source>Positive prompt</source>
        <translation>Positiver Prompt</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>Negativer Prompt</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>CFG</source>
        <translation>CFG</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>Denoise</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
</context>
<context>
    <name>Easel::ProtocolError</name>
    <message>
        <source>%1: malformed frame: %2</source>
        <translation>%1: fehlerhafter Frame: %2</translation>
    </message>
    <message>
        <source>shorter than its 8-byte header</source>
        <translation>kürzer als sein 8-Byte-Header</translation>
    </message>
    <message>
        <source>node id length past the end</source>
        <translation>Länge der Knoten-ID reicht über das Ende hinaus</translation>
    </message>
    <message>
        <source>metadata length past the end</source>
        <translation>Länge der Metadaten reicht über das Ende hinaus</translation>
    </message>
    <message>
        <source>metadata is not a JSON object</source>
        <translation>Metadaten sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown event type</source>
        <translation>unbekannter Ereignistyp</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>The server refused the connection (is ComfyUI running on that port?)</source>
        <translation>Der Server hat die Verbindung abgelehnt (läuft ComfyUI auf diesem Port?)</translation>
    </message>
    <message>
        <source>The server closed the connection prematurely</source>
        <translation>Der Server hat die Verbindung vorzeitig geschlossen</translation>
    </message>
    <message>
        <source>The server&apos;s host name was not found</source>
        <translation>Der Hostname des Servers wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The connection to the server timed out</source>
        <translation>Zeitüberschreitung bei der Verbindung zum Server</translation>
    </message>
    <message>
        <source>The request was canceled or timed out</source>
        <translation>Die Anfrage wurde abgebrochen oder hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>The TLS handshake with the server failed</source>
        <translation>Der TLS-Handshake mit dem Server ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The network connection was temporarily broken</source>
        <translation>Die Netzwerkverbindung war vorübergehend unterbrochen</translation>
    </message>
    <message>
        <source>The network session failed</source>
        <translation>Die Netzwerksitzung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Background requests are not allowed</source>
        <translation>Hintergrundanfragen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>The server redirected too many times</source>
        <translation>Der Server hat zu oft umgeleitet</translation>
    </message>
    <message>
        <source>The server redirected from https to http</source>
        <translation>Der Server hat von https auf http umgeleitet</translation>
    </message>
    <message>
        <source>The proxy refused the connection</source>
        <translation>Der Proxy hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>The proxy closed the connection prematurely</source>
        <translation>Der Proxy hat die Verbindung vorzeitig geschlossen</translation>
    </message>
    <message>
        <source>The proxy host name was not found</source>
        <translation>Der Hostname des Proxys wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The connection to the proxy timed out</source>
        <translation>Zeitüberschreitung bei der Verbindung zum Proxy</translation>
    </message>
    <message>
        <source>The proxy requires authentication</source>
        <translation>Der Proxy verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>Access to the resource was denied (403)</source>
        <translation>Der Zugriff auf die Ressource wurde verweigert (403)</translation>
    </message>
    <message>
        <source>The operation is not permitted on the server</source>
        <translation>Der Vorgang ist auf dem Server nicht erlaubt</translation>
    </message>
    <message>
        <source>The resource was not found on the server (404)</source>
        <translation>Die Ressource wurde auf dem Server nicht gefunden (404)</translation>
    </message>
    <message>
        <source>The server requires authentication</source>
        <translation>Der Server verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>The request had to be sent again but could not be</source>
        <translation>Die Anfrage musste erneut gesendet werden, was nicht möglich war</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource</source>
        <translation>Die Anfrage steht im Widerspruch zum aktuellen Zustand der Ressource</translation>
    </message>
    <message>
        <source>The resource is no longer available on the server</source>
        <translation>Die Ressource ist auf dem Server nicht mehr verfügbar</translation>
    </message>
    <message>
        <source>The server reported an internal error</source>
        <translation>Der Server hat einen internen Fehler gemeldet</translation>
    </message>
    <message>
        <source>The server does not implement this operation</source>
        <translation>Der Server unterstützt diesen Vorgang nicht</translation>
    </message>
    <message>
        <source>The server is unavailable</source>
        <translation>Der Server ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The URL uses an unknown protocol</source>
        <translation>Die URL verwendet ein unbekanntes Protokoll</translation>
    </message>
    <message>
        <source>The operation is invalid for this protocol</source>
        <translation>Der Vorgang ist für dieses Protokoll ungültig</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke the HTTP protocol</source>
        <translation>Die Antwort des Servers verletzt das HTTP-Protokoll</translation>
    </message>
    <message>
        <source>An unknown network error occurred</source>
        <translation>Ein unbekannter Netzwerkfehler ist aufgetreten</translation>
    </message>
    <message>
        <source>An unknown proxy error occurred</source>
        <translation>Ein unbekannter Proxy-Fehler ist aufgetreten</translation>
    </message>
    <message>
        <source>The server answered with an unknown error</source>
        <translation>Der Server hat mit einem unbekannten Fehler geantwortet</translation>
    </message>
    <message>
        <source>An unknown server error occurred</source>
        <translation>Ein unbekannter Serverfehler ist aufgetreten</translation>
    </message>
    <message>
        <source>%1: unexpected message, expected an object with a &quot;type&quot; string</source>
        <translation>%1: unerwartete Nachricht, erwartet wurde ein Objekt mit einer Zeichenkette „type“</translation>
    </message>
    <message>
        <source>%1: the prompt is not a JSON object (%2)</source>
        <translation>%1: der Prompt ist kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>%1: the workflow is not valid JSON (%2)</source>
        <translation>%1: der Workflow ist kein gültiges JSON (%2)</translation>
    </message>
    <message>
        <source>The preview image could not be read: %1</source>
        <translation>Das Vorschaubild konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The preview image claims %1x%2 pixels, more than the %3 allowed</source>
        <translation>Das Vorschaubild gibt %1x%2 Pixel an, mehr als die erlaubten %3</translation>
    </message>
    <message>
        <source>The preview image could not be decoded: %1</source>
        <translation>Das Vorschaubild konnte nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>%1: the answer is larger than the %2 bytes allowed</source>
        <translation>%1: die Antwort ist größer als die erlaubten %2 Bytes</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted (%1); its SHA-256 fingerprint is %2</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut (%1); sein SHA-256-Fingerabdruck ist %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the answer was cut off after %2 of %3 bytes</source>
        <translation>%1: die Antwort brach nach %2 von %3 Bytes ab</translation>
    </message>
    <message>
        <source>status %1 is not an HTTP status</source>
        <translation>Status %1 ist kein HTTP-Status</translation>
    </message>
    <message>
        <source>conflicting Content-Length headers (%1)</source>
        <translation>widersprüchliche Content-Length-Header (%1)</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>%1: the answer did not complete within the %2 s allowed for a request</source>
        <translation>%1: Die Antwort kam nicht innerhalb der für eine Anfrage erlaubten %2 s vollständig an</translation>
    </message>
    <message>
        <source>%1: the server&apos;s answer is not valid HTTP: %2</source>
        <translation>%1: Die Antwort des Servers ist kein gültiges HTTP: %2</translation>
    </message>
    <message>
        <source>the server redirected to another address (%1); Easel follows redirects only within the same server</source>
        <translation>der Server hat an eine andere Adresse umgeleitet (%1); Easel folgt Umleitungen nur innerhalb desselben Servers</translation>
    </message>
    <message>
        <source>%1: unexpected answer, expected %2</source>
        <translation>%1: unerwartete Antwort, erwartet wurde %2</translation>
    </message>
    <message>
        <source>%1: the answer is not valid JSON (%2 at %3, byte %4)</source>
        <translation>%1: die Antwort ist kein gültiges JSON (%2 bei %3, Byte %4)</translation>
    </message>
    <message>
        <source>%1 was rejected (HTTP %2): %3</source>
        <translation>%1 wurde abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2</source>
        <translation>%1 ist mit HTTP-Status %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2: %3</source>
        <translation>%1 ist mit HTTP-Status %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>Easel::QueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Other client</source>
        <translation>Anderer Client</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Another client&apos;s job</source>
        <translation>Auftrag eines anderen Clients</translation>
    </message>
    <message>
        <source>Other client, pending</source>
        <translation>Anderer Client, wartet</translation>
    </message>
    <message>
        <source>Other client, running</source>
        <translation>Anderer Client, läuft</translation>
    </message>
    <message>
        <source>Running %1%</source>
        <translation>Läuft %1 %</translation>
    </message>
    <message>
        <source>Waiting for a server</source>
        <translation>Wartet auf einen Server</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
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
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>Easel::QueuePanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Interrupt</source>
        <translation>&amp;Unterbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>Beendete &amp;leeren</translation>
    </message>
    <message>
        <source>Cancel the selected jobs (they are taken off the server&apos;s queue)</source>
        <translation type="vanished">Die gewählten Aufträge abbrechen (sie werden aus der Warteschlange des Servers genommen)</translation>
    </message>
    <message>
        <source>Stop the selected running job (only that job)</source>
        <translation>Den gewählten laufenden Auftrag anhalten (nur diesen)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Node %1: step %2 of %3</source>
        <translation type="vanished">Knoten %1: Schritt %2 von %3</translation>
    </message>
    <message>
        <source>Running node %1</source>
        <translation type="vanished">Knoten %1 läuft</translation>
    </message>
    <message>
        <source>Move to &amp;Top</source>
        <translation>An den &amp;Anfang</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Move to &amp;Bottom</source>
        <translation>An das &amp;Ende</translation>
    </message>
    <message>
        <source>Show &amp;Output</source>
        <translation>Ausgabe &amp;zeigen</translation>
    </message>
    <message>
        <source>Open This Job&apos;s &amp;Settings</source>
        <translation>Ein&amp;stellungen dieses Auftrags öffnen</translation>
    </message>
    <message>
        <source>Cancel the selected jobs (they are taken off the server&apos;s queue) — Delete</source>
        <translation>Die gewählten Aufträge abbrechen (sie werden aus der Warteschlange des Servers genommen) — Entf</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Drag waiting jobs, or use Ctrl+Up/Down, to change the order; right-click for more</source>
        <translation>Wartende Aufträge ziehen oder Strg+Pfeil hoch/runter verwenden, um die Reihenfolge zu ändern; Rechtsklick für mehr</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>%1 läuft</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n job(s) waiting. Resume to go on.</source>
        <translation>
            <numerusform>Angehalten: %n Auftrag wartet. Mit „Fortsetzen“ geht es weiter.</numerusform>
            <numerusform>Angehalten: %n Aufträge warten. Mit „Fortsetzen“ geht es weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Jobs you queue appear here. Ctrl+Enter queues the open workflow; Variations… queues a sweep.</source>
        <translation>Hier erscheinen die Aufträge, die Sie einreihen. Strg+Eingabe reiht den geöffneten Workflow ein; „Variationen…“ reiht eine Variation ein.</translation>
    </message>
    <message>
        <source>%1: step %2 of %3</source>
        <comment>node label, step, steps</comment>
        <translation>%1: Schritt %2 von %3</translation>
    </message>
    <message>
        <source>Running %1</source>
        <comment>node label</comment>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>%v/%m</source>
        <comment>steps done/steps of the running node</comment>
        <translation>%v/%m</translation>
    </message>
    <message>
        <source>Steps of the running node</source>
        <translation>Schritte des laufenden Knotens</translation>
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
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>job %1/%2: %3</source>
        <translation>Auftrag %1/%2: %3</translation>
    </message>
    <message>
        <source>The workflow is not an API prompt; nothing was queued.</source>
        <translation>Der Workflow ist kein API-Prompt; es wurde nichts eingereiht.</translation>
    </message>
    <message>
        <source>job %1/%2 finished on the server but produced no output files</source>
        <translation>Auftrag %1/%2 wurde auf dem Server beendet, hat aber keine Ausgabedateien erzeugt</translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done: %n output(s) saved</source>
        <translation>
            <numerusform>Auftrag %1/%2 fertig: %n Ausgabe gespeichert</numerusform>
            <numerusform>Auftrag %1/%2 fertig: %n Ausgaben gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done on %3: %n output(s) saved</source>
        <translation>
            <numerusform>Auftrag %1/%2 auf %3 fertig: %n Ausgabe gespeichert</numerusform>
            <numerusform>Auftrag %1/%2 auf %3 fertig: %n Ausgaben gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1/%2 rejected: %3</source>
        <translation>Auftrag %1/%2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>  node %1 (%2), input %3: %4 %5</source>
        <translation>  Knoten %1 (%2), Eingang %3: %4 %5</translation>
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
        <translation>Auftrag %1/%2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n job(s)</source>
        <translation>
            <numerusform>%1: %n Auftrag</numerusform>
            <numerusform>%1: %n Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 job(s) succeeded; outputs in %3</source>
        <translation>%1 von %2 Aufträgen erfolgreich; Ausgaben in %3</translation>
    </message>
</context>
<context>
    <name>Easel::RunServers</name>
    <message>
        <source>no connection profile named “%1” (saved: %2)</source>
        <translation>kein Verbindungsprofil namens „%1“ (gespeichert: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>It is no longer saved.</source>
        <translation>Es ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>not an http(s) server address: %1</source>
        <translation>keine http(s)-Serveradresse: %1</translation>
    </message>
    <message>
        <source>the same server is named twice: %1</source>
        <translation>derselbe Server ist doppelt angegeben: %1</translation>
    </message>
    <message>
        <source>connection profile “%1” is not used without its secrets: %2</source>
        <translation>Verbindungsprofil „%1“ wird ohne seine vertraulichen Daten nicht verwendet: %2</translation>
    </message>
</context>
<context>
    <name>Easel::SavedWorkflow</name>
    <message>
        <source>two nodes have the id %1; the second is ignored</source>
        <translation>zwei Knoten haben die ID %1; der zweite wird ignoriert</translation>
    </message>
</context>
<context>
    <name>Easel::SecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation>Kein Schlüsselbund verfügbar: %1</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Kein Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>Easel::SeedEditor</name>
    <message>
        <source>What happens to the value after each queue</source>
        <translation>Was nach jedem Einreihen mit dem Wert geschieht</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>increment</source>
        <translation>erhöhen</translation>
    </message>
    <message>
        <source>decrement</source>
        <translation>verringern</translation>
    </message>
    <message>
        <source>randomize</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>New random seed now</source>
        <translation>Jetzt neuen Zufalls-Seed</translation>
    </message>
    <message>
        <source>New random seed</source>
        <translation>Neuer Zufalls-Seed</translation>
    </message>
</context>
<context>
    <name>Easel::ServersPanel</name>
    <message>
        <source>No render farm: list more servers in the settings (farm servers) to spread the queue over them.</source>
        <translation type="vanished">Keine Render-Farm: Tragen Sie in den Einstellungen weitere Server ein (Farm-Server), um die Warteschlange auf sie zu verteilen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) ready</source>
        <translation type="vanished">
            <numerusform>%1 von %n Server bereit</numerusform>
            <numerusform>%1 von %n Servern bereit</numerusform>
        </translation>
    </message>
    <message>
        <source>No render farm: tick several servers in Server → Connections… (“Use several servers together as a farm”) to spread the queue over them.</source>
        <translation>Keine Render-Farm: Haken Sie unter Server → Verbindungen… mehrere Server an („Mehrere Server gemeinsam als Farm verwenden“), um die Warteschlange auf sie zu verteilen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n servers ready</source>
        <translation>
            <numerusform>%1 von %n Server bereit</numerusform>
            <numerusform>%1 von %n Servern bereit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Save Outputs In</source>
        <translation>Ausgaben speichern in</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>„%1“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>This window uses the server &lt;b&gt;%1&lt;/b&gt; (from the command line, a connection profile or the farm), not the one below.</source>
        <translation>Dieses Fenster verwendet den Server &lt;b&gt;%1&lt;/b&gt; (aus der Befehlszeile, einem Verbindungsprofil oder der Farm), nicht den unten angegebenen.</translation>
    </message>
    <message>
        <source>It saves outputs in &lt;b&gt;%1&lt;/b&gt; (from the command line), not in the folder below.</source>
        <translation>Es speichert Ausgaben in &lt;b&gt;%1&lt;/b&gt; (aus der Befehlszeile), nicht im Ordner unten.</translation>
    </message>
    <message>
        <source>The fields below are what Easel uses when it starts without those options.</source>
        <translation>Die Felder unten verwendet Easel, wenn es ohne diese Optionen startet.</translation>
    </message>
</context>
<context>
    <name>Easel::SettingsTransfer</name>
    <message>
        <source>The output&apos;s workflow cannot be read.</source>
        <translation>Der Workflow der Ausgabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>node %1 (%2) is not in the open workflow</source>
        <translation>Knoten %1 (%2) ist nicht im geöffneten Workflow</translation>
    </message>
    <message>
        <source>node %1 is %2 in the open workflow but %3 in the output&apos;s</source>
        <translation>Knoten %1 ist im geöffneten Workflow %2, im Workflow der Ausgabe aber %3</translation>
    </message>
    <message>
        <source>node %1 (%2) is not in the output&apos;s workflow</source>
        <translation>Knoten %1 (%2) ist nicht im Workflow der Ausgabe</translation>
    </message>
</context>
<context>
    <name>Easel::ShortcutsDialog</name>
    <message>
        <source>New shortcut</source>
        <translation>Neues Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Double-click a shortcut (or select it and press F2), then press the new keys.</source>
        <translation>Doppelklicken Sie auf ein Tastenkürzel (oder wählen Sie es aus und drücken Sie F2) und drücken Sie dann die neuen Tasten.</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation>%1 ist bereits das Tastenkürzel von „%2“.</translation>
    </message>
    <message>
        <source>“%1” has no shortcut now.</source>
        <translation>„%1“ hat jetzt kein Tastenkürzel.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
</context>
<context>
    <name>Easel::StartPage</name>
    <message>
        <source>Open “%1” as a new workflow</source>
        <translation>„%1“ als neuen Workflow öffnen</translation>
    </message>
    <message>
        <source>Start something</source>
        <translation>Loslegen</translation>
    </message>
    <message>
        <source>&amp;Starter workflows</source>
        <translation>&amp;Workflow-Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <source>Workflows you open appear here.</source>
        <translation>Hier erscheinen die Workflows, die Sie öffnen.</translation>
    </message>
    <message>
        <source>Drop a workflow (.json) or an image made with ComfyUI or Easel (.png, .webp) here</source>
        <translation>Ziehen Sie einen Workflow (.json) oder ein mit ComfyUI oder Easel erstelltes Bild (.png, .webp) hierher</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Starter workflows</source>
        <translation>Workflow-Vorlagen</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <source>Drop zone</source>
        <translation>Ablagebereich</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server has no models.&lt;/b&gt; Put a checkpoint (a .safetensors file) into the server&apos;s &lt;tt&gt;models/checkpoints&lt;/tt&gt; folder and restart it, or download one with ComfyUI&apos;s model manager. Meanwhile, “Check the server (no model)” and “Upscale an image” run without one.</source>
        <translation>&lt;b&gt;Der Server hat keine Modelle.&lt;/b&gt; Legen Sie einen Checkpoint (eine .safetensors-Datei) in den Ordner &lt;tt&gt;models/checkpoints&lt;/tt&gt; des Servers und starten Sie ihn neu, oder laden Sie einen mit dem Modell-Manager von ComfyUI herunter. Bis dahin laufen „Server prüfen (ohne Modell)“ und „Bild hochskalieren“ auch ohne Modell.</translation>
    </message>
</context>
<context>
    <name>Easel::StarterWorkflows</name>
    <message>
        <source>Image to image</source>
        <translation>Bild zu Bild</translation>
    </message>
    <message>
        <source>Start from a picture of yours: Denoise says how far the result may move from it (0.6 keeps the layout).</source>
        <translation>Gehen Sie von einem eigenen Bild aus: Denoise bestimmt, wie weit sich das Ergebnis davon entfernen darf (0,6 behält den Bildaufbau bei).</translation>
    </message>
    <message>
        <source>Inpainting</source>
        <translation>Inpainting</translation>
    </message>
    <message>
        <source>Paint a mask on your picture (click its thumbnail) and only the masked part is made anew; needs an inpainting model for the best results.</source>
        <translation>Malen Sie eine Maske auf Ihr Bild (klicken Sie auf sein Vorschaubild), und nur der maskierte Teil wird neu erzeugt; die besten Ergebnisse gibt es mit einem Inpainting-Modell.</translation>
    </message>
    <message>
        <source>Check the server (no model)</source>
        <translation>Server prüfen (ohne Modell)</translation>
    </message>
    <message>
        <source>A plain coloured square, made without any model: queue it to see that the server, the queue and the library work.</source>
        <translation>Ein einfarbiges Quadrat, ganz ohne Modell erzeugt: Reihen Sie es ein, um zu sehen, dass Server, Warteschlange und Bibliothek funktionieren.</translation>
    </message>
    <message>
        <source>Text to image (SD 1.5)</source>
        <translation>Text zu Bild (SD 1.5)</translation>
    </message>
    <message>
        <source>Write what you want to see; a Stable Diffusion 1.5 checkpoint paints it at 512×512.</source>
        <translation>Schreiben Sie, was Sie sehen möchten; ein Stable-Diffusion-1.5-Checkpoint malt es in 512×512.</translation>
    </message>
    <message>
        <source>Text to image (SDXL)</source>
        <translation>Text zu Bild (SDXL)</translation>
    </message>
    <message>
        <source>The same with an SDXL checkpoint at 1024×1024: more detail, more memory.</source>
        <translation>Dasselbe mit einem SDXL-Checkpoint in 1024×1024: mehr Details, mehr Speicherbedarf.</translation>
    </message>
    <message>
        <source>Upscale an image</source>
        <translation>Bild hochskalieren</translation>
    </message>
    <message>
        <source>Enlarge a picture 2× with Lanczos filtering; no model needed. Drop an image on the Image input.</source>
        <translation>Vergrößert ein Bild auf das Doppelte mit Lanczos-Filterung; kein Modell nötig. Ziehen Sie ein Bild auf den Eingang „Bild“.</translation>
    </message>
</context>
<context>
    <name>Easel::StructureEdit</name>
    <message>
        <source>the server&apos;s node list is not loaded yet</source>
        <translation>die Knotenliste des Servers ist noch nicht geladen</translation>
    </message>
    <message>
        <source>the prompt would have no output node left (such as Save Image), and the server refuses a prompt without one</source>
        <translation>dem Prompt bliebe kein Ausgabeknoten (wie Save Image), und der Server lehnt einen Prompt ohne einen solchen ab</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server has no node type %1</source>
        <translation>Der Server hat keinen Knotentyp %1</translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>Der Workflow hat keinen Knoten %1</translation>
    </message>
    <message>
        <source>Add %1 after %2</source>
        <translation>%1 nach %2 einfügen</translation>
    </message>
    <message>
        <source>Add %1 before %2</source>
        <translation>%1 vor %2 einfügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Node %1 has no input %2</source>
        <translation>Knoten %1 hat keinen Eingang %2</translation>
    </message>
    <message>
        <source>Node %1 has no output %2</source>
        <translation>Knoten %1 hat keinen Ausgang %2</translation>
    </message>
    <message>
        <source>A node cannot take its own output</source>
        <translation>Ein Knoten kann nicht seinen eigenen Ausgang aufnehmen</translation>
    </message>
    <message>
        <source>Refused: %1 gives %2, but input %3 of %4 takes %5</source>
        <translation>Abgelehnt: %1 liefert %2, aber Eingang %3 von %4 nimmt %5</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Use a value for %1</source>
        <translation>Wert für %1 verwenden</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>%1 trennen</translation>
    </message>
</context>
<context>
    <name>Easel::Sweep</name>
    <message>
        <source>The workflow is not an API prompt: %1</source>
        <translation>Der Workflow ist kein API-Prompt: %1</translation>
    </message>
    <message>
        <source>A sweep has at most three inputs</source>
        <translation>Eine Variation hat höchstens drei Eingänge</translation>
    </message>
    <message>
        <source>Node %1 has no input %2</source>
        <translation>Knoten %1 hat keinen Eingang %2</translation>
    </message>
    <message>
        <source>The values of %1.%2 are empty or the step is not positive</source>
        <translation>Die Werte von %1.%2 sind leer oder die Schrittweite ist nicht positiv</translation>
    </message>
    <message>
        <source>A sweep makes at most %1 jobs</source>
        <translation>Eine Variation erzeugt höchstens %1 Aufträge</translation>
    </message>
    <message>
        <source>This sweep makes no jobs</source>
        <translation>Diese Variation erzeugt keine Aufträge</translation>
    </message>
    <message>
        <source>The workflow has no seed input %1</source>
        <translation>Der Workflow hat keinen Seed-Eingang %1</translation>
    </message>
</context>
<context>
    <name>Easel::SweepDialog</name>
    <message>
        <source>Queue Jobs</source>
        <translation>Aufträge einreihen</translation>
    </message>
    <message>
        <source>Batch label</source>
        <translation>Stapelname</translation>
    </message>
    <message>
        <source>Keep the workflow&apos;s seeds</source>
        <translation>Seeds des Workflows behalten</translation>
    </message>
    <message>
        <source>Seeds counting up from</source>
        <translation>Seeds aufsteigend ab</translation>
    </message>
    <message>
        <source>Random seeds</source>
        <translation>Zufällige Seeds</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Copies of each job:</source>
        <translation>&amp;Kopien jedes Auftrags:</translation>
    </message>
    <message>
        <source>count:</source>
        <translation>Anzahl:</translation>
    </message>
    <message>
        <source>&amp;Seeds:</source>
        <translation>&amp;Seeds:</translation>
    </message>
    <message>
        <source>Grid (up to three inputs)</source>
        <translation>Raster (bis zu drei Eingänge)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>5..9 step 1, or: euler, dpmpp_2m</source>
        <translation>5..9 step 1, oder: euler, dpmpp_2m</translation>
    </message>
    <message>
        <source>Input %1:</source>
        <translation>Eingang %1:</translation>
    </message>
    <message>
        <source>The workflow has no seed input</source>
        <translation>Der Workflow hat keinen Seed-Eingang</translation>
    </message>
    <message>
        <source>Enter values for every chosen input</source>
        <translation>Werte für jeden gewählten Eingang eingeben</translation>
    </message>
    <message>
        <source>Too many jobs (at most %1)</source>
        <translation>Zu viele Aufträge (höchstens %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) will be queued</source>
        <translation>
            <numerusform>%n Auftrag wird eingereiht</numerusform>
            <numerusform>%n Aufträge werden eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n Job(s)</source>
        <translation>
            <numerusform>%n Auftrag ein&amp;reihen</numerusform>
            <numerusform>%n Aufträge ein&amp;reihen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>Ein&amp;reihen</translation>
    </message>
    <message>
        <source>&amp;Run on:</source>
        <translation>Ausführen &amp;auf:</translation>
    </message>
    <message>
        <source>Any server of the farm, or only this one for the whole batch</source>
        <translation>Ein beliebiger Server der Farm oder nur dieser für den ganzen Stapel</translation>
    </message>
    <message>
        <source>Any server</source>
        <translation>Beliebiger Server</translation>
    </message>
    <message>
        <source>First seed</source>
        <translation>Erster Seed</translation>
    </message>
    <message>
        <source>Number of seeds</source>
        <translation>Anzahl der Seeds</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Eingang %1</translation>
    </message>
</context>
<context>
    <name>Easel::TagDialog</name>
    <message numerus="yes">
        <source>Tags of %n selected output(s):</source>
        <translation>
            <numerusform>Schlagwörter der %n ausgewählten Ausgabe:</numerusform>
            <numerusform>Schlagwörter der %n ausgewählten Ausgaben:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::TerminalReporter</name>
    <message>
        <source>job %1/%2</source>
        <translation>Auftrag %1/%2</translation>
    </message>
</context>
<context>
    <name>Easel::TextPosition</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
</context>
<context>
    <name>Easel::ValueRules</name>
    <message>
        <source>allowed: %1 to %2</source>
        <translation>erlaubt: %1 bis %2</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>erwartet eine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is below the minimum (%2)</source>
        <translation>%1 liegt unter dem Minimum (%2)</translation>
    </message>
    <message>
        <source>%1 is above the maximum (%2)</source>
        <translation>%1 liegt über dem Maximum (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the server&apos;s choices</source>
        <translation>„%1“ gehört nicht zu den Auswahlmöglichkeiten des Servers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here (allowed: %2)</source>
        <translation>„%1“ ist hier nicht erlaubt (erlaubt: %2)</translation>
    </message>
    <message>
        <source>expects true or false</source>
        <translation>erwartet true oder false</translation>
    </message>
    <message>
        <source>expects text</source>
        <translation>erwartet Text</translation>
    </message>
    <message>
        <source>expects one of the server&apos;s choices</source>
        <translation>erwartet eine der Auswahlmöglichkeiten des Servers</translation>
    </message>
    <message>
        <source>only plain values can be edited here</source>
        <translation>hier lassen sich nur einfache Werte bearbeiten</translation>
    </message>
</context>
<context>
    <name>Easel::ViewerPane</name>
    <message>
        <source>Pixel size and zoom</source>
        <translation>Pixelgröße und Zoom</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the picture to the window (F)</source>
        <translation>Bild an das Fenster anpassen (F)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the picture&apos;s pixels one to one (1)</source>
        <translation>Die Pixel des Bildes eins zu eins zeigen (1)</translation>
    </message>
    <message>
        <source>Queue a workflow: its live preview and its pictures appear here.</source>
        <translation>Reihen Sie einen Workflow ein: Seine Live-Vorschau und seine Bilder erscheinen hier.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The settings that made this output (I)</source>
        <translation>Die Einstellungen, mit denen diese Ausgabe entstand (I)</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>Compare %1 with… pick another output in the filmstrip or the library.</source>
        <translation type="vanished">%1 vergleichen mit… Wählen Sie eine andere Ausgabe im Filmstreifen oder in der Bibliothek.</translation>
    </message>
    <message>
        <source>Comparing %1 and %2</source>
        <translation>%1 und %2 im Vergleich</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>Live-Vorschau</translation>
    </message>
    <message>
        <source>Compare %1 with… click another in the filmstrip, or double-click one in the library.</source>
        <translation type="vanished">%1 vergleichen mit… Klicken Sie ein anderes im Filmstreifen an oder doppelklicken Sie eines in der Bibliothek.</translation>
    </message>
    <message>
        <source>Compare %1 with… click another in the filmstrip or the library.</source>
        <translation type="vanished">%1 vergleichen mit… Klicken Sie ein anderes im Filmstreifen oder in der Bibliothek an.</translation>
    </message>
    <message>
        <source>Click another picture in the filmstrip or the library to compare it with %1.</source>
        <translation>Klicken Sie ein anderes Bild im Filmstreifen oder in der Bibliothek an, um es mit %1 zu vergleichen.</translation>
    </message>
    <message>
        <source>Compare %1 with… click another picture</source>
        <translation>%1 vergleichen mit… anderes Bild anklicken</translation>
    </message>
</context>
<context>
    <name>Easel::WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation>Wellenform</translation>
    </message>
    <message>
        <source>Reading the sound…</source>
        <translation>Audio wird gelesen…</translation>
    </message>
</context>
<context>
    <name>Easel::WireParsers</name>
    <message>
        <source>%1: unexpected answer, expected %2</source>
        <translation type="vanished">%1: unerwartete Antwort, erwartet wurde %2</translation>
    </message>
    <message>
        <source>%1: the answer is not valid JSON (%2 at %3, byte %4)</source>
        <translation type="vanished">%1: die Antwort ist kein gültiges JSON (%2 bei %3, Byte %4)</translation>
    </message>
    <message>
        <source>%1 was rejected (HTTP %2): %3</source>
        <translation type="vanished">%1 wurde abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2</source>
        <translation type="vanished">%1 ist mit HTTP-Status %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2: %3</source>
        <translation type="vanished">%1 ist mit HTTP-Status %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowAutosave</name>
    <message>
        <source>The autosave %1 is damaged: %2</source>
        <translation>Die automatische Sicherung %1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowDiagnostic</name>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>node %1 (%2)</source>
        <translation>Knoten %1 (%2)</translation>
    </message>
    <message>
        <source>, input %1</source>
        <translation>, Eingang %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowDocument</name>
    <message>
        <source>allowed: %1 to %2</source>
        <translation type="vanished">erlaubt: %1 bis %2</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation type="vanished">erwartet eine Zahl</translation>
    </message>
    <message>
        <source>expects a whole number</source>
        <translation type="vanished">erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is below the minimum (%2)</source>
        <translation type="vanished">%1 liegt unter dem Minimum (%2)</translation>
    </message>
    <message>
        <source>%1 is above the maximum (%2)</source>
        <translation type="vanished">%1 liegt über dem Maximum (%2)</translation>
    </message>
    <message>
        <source>expects true or false</source>
        <translation type="vanished">erwartet wahr oder falsch</translation>
    </message>
    <message>
        <source>expects text</source>
        <translation type="vanished">erwartet Text</translation>
    </message>
    <message>
        <source>expects one of the server&apos;s choices</source>
        <translation type="vanished">erwartet eine der Auswahlmöglichkeiten des Servers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the server&apos;s choices</source>
        <translation type="vanished">„%1“ ist keine der Auswahlmöglichkeiten des Servers</translation>
    </message>
    <message>
        <source>only plain values can be edited here</source>
        <translation type="vanished">hier lassen sich nur einfache Werte bearbeiten</translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>Der Workflow hat keinen Knoten %1</translation>
    </message>
    <message>
        <source>Node %1 has no input %2</source>
        <translation>Knoten %1 hat keinen Eingang %2</translation>
    </message>
    <message>
        <source>Input %1 of node %2 is a link, not a value</source>
        <translation>Eingang %1 von Knoten %2 ist eine Verbindung, kein Wert</translation>
    </message>
    <message>
        <source>Input %1 of node %2 takes a link, not a value</source>
        <translation>Eingang %1 von Knoten %2 erwartet eine Verbindung, keinen Wert</translation>
    </message>
    <message>
        <source>Input %1 of node %2 has no place in the saved workflow</source>
        <translation>Eingang %1 von Knoten %2 hat keinen Platz im gespeicherten Workflow</translation>
    </message>
    <message>
        <source>Input %1 of node %2 has no &quot;control after generate&quot; mode %3</source>
        <translation>Eingang %1 von Knoten %2 hat keinen „control after generate“-Modus %3</translation>
    </message>
    <message>
        <source>API-format workflows cannot bypass or mute nodes; open the saved workflow to do that</source>
        <translation>API-Workflows können Knoten nicht umgehen oder stummschalten; öffnen Sie dazu den gespeicherten Workflow</translation>
    </message>
    <message>
        <source>the server&apos;s node list is not loaded yet</source>
        <translation>die Knotenliste des Servers ist noch nicht geladen</translation>
    </message>
    <message>
        <source>An API-format workflow has no layout to save as a saved (UI) workflow</source>
        <translation>Ein API-Workflow hat kein Layout, um ihn als gespeicherten (UI-)Workflow zu sichern</translation>
    </message>
    <message>
        <source>The server&apos;s node list is needed to convert the workflow to the API format</source>
        <translation>Für die Umwandlung ins API-Format wird die Knotenliste des Servers benötigt</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Only a saved workflow keeps node positions</source>
        <translation>Nur ein gespeicherter Workflow bewahrt Knotenpositionen</translation>
    </message>
    <message>
        <source>A node position must be a finite number</source>
        <translation>Eine Knotenposition muss eine endliche Zahl sein</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowEditor</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Einreihen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Saved workflow, opens in ComfyUI (*.json)</source>
        <translation>Gespeicherter Workflow, öffnet in ComfyUI (*.json)</translation>
    </message>
    <message>
        <source>API workflow (*.json)</source>
        <translation>API-Workflow (*.json)</translation>
    </message>
    <message>
        <source>Save Workflow As</source>
        <translation>Workflow speichern unter</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from %1</source>
        <translation>Ungespeicherte Änderungen vom %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>an unsaved workflow</source>
        <translation>einem ungespeicherten Workflow</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Easel closed with unsaved changes to %1 (%2). Recover them?</source>
        <translation>Easel wurde mit ungespeicherten Änderungen an %1 beendet (%2). Wiederherstellen?</translation>
    </message>
    <message>
        <source>Uploaded %1</source>
        <translation>%1 hochgeladen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <source>Remove from &amp;Favourites</source>
        <translation>Aus &amp;Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to &amp;Favourites</source>
        <translation>Zu &amp;Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Stop &amp;Bypassing</source>
        <translation>&amp;Nicht mehr umgehen</translation>
    </message>
    <message>
        <source>&amp;Bypass</source>
        <translation>&amp;Umgehen</translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation>Stummschaltung &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Stummschalten</translation>
    </message>
    <message>
        <source>Not installed on the server: %1 (node %2)</source>
        <translation>Nicht auf dem Server installiert: %1 (Knoten %2)</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="vanished">%1 #%2</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
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
        <translation>Server: %1</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Probleme (%n)</numerusform>
            <numerusform>Probleme (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>Edit &amp;Mask…</source>
        <translation>&amp;Maske bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>Bild ein&amp;fügen</translation>
    </message>
    <message>
        <source>Workflow settings</source>
        <translation>Workflow-Einstellungen</translation>
    </message>
    <message>
        <source>Find a setting</source>
        <translation>Einstellung suchen</translation>
    </message>
    <message>
        <source>Add Node &amp;After…</source>
        <translation>Knoten dan&amp;ach einfügen…</translation>
    </message>
    <message>
        <source>Add Node B&amp;efore…</source>
        <translation>Knoten da&amp;vor einfügen…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Convert to &amp;Input</source>
        <translation>In Ein&amp;gang umwandeln</translation>
    </message>
    <message>
        <source>No output in the workflow gives %1</source>
        <translation>Kein Ausgang im Workflow liefert %1</translation>
    </message>
    <message>
        <source>Convert to &amp;Widget</source>
        <translation>In &amp;Widget umwandeln</translation>
    </message>
    <message>
        <source>After %1 #%2: its outputs feed the new node where the types fit.</source>
        <translation>Nach %1 #%2: Seine Ausgänge speisen den neuen Knoten, wo die Typen passen.</translation>
    </message>
    <message>
        <source>Before %1 #%2: the new node feeds its inputs where the types fit.</source>
        <translation>Vor %1 #%2: Der neue Knoten speist seine Eingänge, wo die Typen passen.</translation>
    </message>
    <message>
        <source>Uploading %1: %2 of %3</source>
        <translation>%1 wird hochgeladen: %2 von %3</translation>
    </message>
    <message>
        <source>%1, node %2</source>
        <translation>%1, Knoten %2</translation>
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
(%2, Eingang %3)</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; Easel opens workflow files of up to %3 MB</source>
        <translation>%1 ist %2 MB groß; Easel öffnet Workflow-Dateien bis %3 MB</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1 holds no nodes</source>
        <translation>%1 enthält keine Knoten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 carries no ComfyUI workflow</source>
        <translation>%1 enthält keinen ComfyUI-Workflow</translation>
    </message>
    <message>
        <source>%1: node %2 has no class_type; this is not an API-format workflow</source>
        <translation>%1: Knoten %2 hat keinen class_type; dies ist kein Workflow im API-Format</translation>
    </message>
    <message>
        <source>%1 is not a workflow: expected an API-format or a saved ComfyUI workflow</source>
        <translation>%1 ist kein Workflow: erwartet wurde ein Workflow im API-Format oder ein gespeicherter ComfyUI-Workflow</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowFilterModel</name>
    <message>
        <source>bypassed</source>
        <translation>umgangen</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <source>not installed on the server</source>
        <translation>nicht auf dem Server installiert</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowModel</name>
    <message>
        <source>missing node</source>
        <translation>fehlender Knoten</translation>
    </message>
    <message>
        <source>← %1 #%2 · %3</source>
        <translation>← %1 #%2 · %3</translation>
    </message>
    <message>
        <source>%1 #%2 · bypassed</source>
        <translation>%1 #%2 · umgangen</translation>
    </message>
    <message>
        <source>%1 #%2 · muted</source>
        <translation>%1 #%2 · stummgeschaltet</translation>
    </message>
    <message>
        <source>%1 #%2 · not installed on the server</source>
        <translation>%1 #%2 · nicht auf dem Server installiert</translation>
    </message>
    <message>
        <source>%1 (%2), node %3</source>
        <translation>%1 (%2), Knoten %3</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Range: %1 to %2</source>
        <translation>Bereich: %1 bis %2</translation>
    </message>
    <message>
        <source>Double-click to go to node %1</source>
        <translation>Doppelklick springt zu Knoten %1</translation>
    </message>
    <message>
        <source>Node / input</source>
        <translation>Knoten / Eingang</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>Der Workflow hat keinen Knoten %1</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3 after each run</source>
        <translation>%1 von %2 nach jedem Lauf auf %3 setzen</translation>
    </message>
    <message>
        <source>Bypass %1</source>
        <translation>%1 umgehen</translation>
    </message>
    <message>
        <source>Mute %1</source>
        <translation>%1 stummschalten</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Add %1 to favourites</source>
        <translation>%1 zu Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from favourites</source>
        <translation>%1 aus Favoriten entfernen</translation>
    </message>
    <message>
        <source>Update values after queueing</source>
        <translation>Werte nach dem Einreihen aktualisieren</translation>
    </message>
    <message>
        <source>Node %1 is locked</source>
        <translation>Knoten %1 ist gesperrt</translation>
    </message>
    <message>
        <source>%1 of node %2 is locked</source>
        <translation>%1 von Knoten %2 ist gesperrt</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>subgraph #%1 · %n node(s)</source>
        <translation>
            <numerusform>Subgraph #%1 · %n Knoten</numerusform>
            <numerusform>Subgraph #%1 · %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>The workflow kept changing while the edit was checked; try it again</source>
        <translation>Der Workflow hat sich geändert, während die Änderung geprüft wurde; versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowValidator</name>
    <message>
        <source>the prompt is not a JSON object</source>
        <translation type="vanished">der Prompt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the node has no class_type (its type is not installed)</source>
        <translation type="vanished">der Knoten hat keinen class_type (sein Typ ist nicht installiert)</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation type="vanished">der Knotentyp %1 ist auf dem Server nicht installiert</translation>
    </message>
    <message>
        <source>linked to node %1, which is not in the prompt</source>
        <translation type="vanished">verbunden mit Knoten %1, der nicht im Prompt ist</translation>
    </message>
    <message>
        <source>linked to output %1 of node %2, which has %3 outputs</source>
        <translation type="vanished">verbunden mit Ausgang %1 von Knoten %2, der %3 Ausgänge hat</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation type="vanished">erwartet eine Zahl</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="vanished">%1 liegt unter dem Minimum %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="vanished">%1 liegt über dem Maximum %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the server&apos;s choices</source>
        <translation type="vanished">„%1“ gehört nicht zu den Auswahlmöglichkeiten des Servers</translation>
    </message>
    <message>
        <source>expects true or false</source>
        <translation type="vanished">erwartet true oder false</translation>
    </message>
    <message>
        <source>required input is missing</source>
        <translation>ein erforderlicher Eingang fehlt</translation>
    </message>
    <message>
        <source>its inputs depend on its own output (through node %1)</source>
        <translation type="vanished">seine Eingänge hängen von seinem eigenen Ausgang ab (über Knoten %1)</translation>
    </message>
    <message>
        <source>takes %1, but node %2 gives %3</source>
        <translation type="vanished">nimmt %1, aber Knoten %2 liefert %3</translation>
    </message>
    <message>
        <source>takes %1, but %2 gives %3</source>
        <translation>nimmt %1, aber %2 liefert %3</translation>
    </message>
</context>
<context>
    <name>ImagePrepDialog</name>
    <message>
        <source>Use Picture</source>
        <translation>Bild verwenden</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <source>Turn Left</source>
        <translation>Nach links drehen</translation>
    </message>
    <message>
        <source>Turn Right</source>
        <translation>Nach rechts drehen</translation>
    </message>
</context>
<context>
    <name>JobLabels</name>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n fertig</numerusform>
            <numerusform>%n fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskUnlockDialog</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Enter the administrator PIN to leave kiosk mode.</source>
        <translation>Geben Sie die Administrator-PIN ein, um den Kiosk-Modus zu verlassen.</translation>
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
        <translation type="vanished">Kein Workflow geöffnet. Öffnen Sie einen Workflow im API-Format, um zu beginnen.</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation type="vanished">Durchläufe:</translation>
    </message>
    <message>
        <source>How many times to queue the workflow</source>
        <translation type="vanished">Wie oft der Workflow eingereiht wird</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Einreihen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>The live preview appears here while a prompt runs.</source>
        <translation type="vanished">Die Live-Vorschau erscheint hier, während ein Prompt läuft.</translation>
    </message>
    <message>
        <source>Finished outputs, newest first. Double-click one to open it.</source>
        <translation>Fertige Ausgaben, neueste zuerst. Zum Öffnen doppelklicken.</translation>
    </message>
    <message>
        <source>Messages from the server appear here.</source>
        <translation>Meldungen des Servers erscheinen hier.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Open Workflow…</source>
        <translation>Workflow ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="vanished">Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="vanished">Ctrl+Q</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Diese Sitzung</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Durchläufe:</translation>
    </message>
    <message>
        <source>How many times to queue the workflow; seeds set to randomize change between runs</source>
        <translation>Wie oft der Workflow eingereiht wird; auf Zufall gestellte Seeds ändern sich zwischen den Durchläufen</translation>
    </message>
    <message>
        <source>&amp;Variations…</source>
        <translation>&amp;Variationen …</translation>
    </message>
    <message>
        <source>Queue a sweep: seeds, and a grid over up to three inputs</source>
        <translation>Eine Serie einreihen: Seeds und ein Raster über bis zu drei Eingaben</translation>
    </message>
    <message>
        <source>Interrupt Easel&apos;s running job</source>
        <translation>Den laufenden Auftrag von Easel unterbrechen</translation>
    </message>
    <message>
        <source>Queue the workflow (Ctrl+Enter)</source>
        <translation>Workflow einreihen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Queue &amp;Variations…</source>
        <translation>&amp;Variationen einreihen …</translation>
    </message>
    <message>
        <source>&amp;Pause Queue</source>
        <translation>Warteschlange &amp;anhalten</translation>
    </message>
    <message>
        <source>R&amp;un on:</source>
        <translation>Ausführen a&amp;uf:</translation>
    </message>
    <message>
        <source>Any server of the farm, or only this one for the jobs queued now</source>
        <translation>Ein beliebiger Server der Farm oder nur dieser für die jetzt eingereihten Aufträge</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>MaskEditorDialog</name>
    <message>
        <source>Mask Editor</source>
        <translation>Maskeneditor</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>&amp;Pinsel</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Radierer</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Füllen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Umkehren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush size in picture pixels ([ smaller, ] larger)</source>
        <translation>Pinselgröße in Bildpixeln ([ kleiner, ] größer)</translation>
    </message>
    <message>
        <source>Hardness</source>
        <translation>Härte</translation>
    </message>
    <message>
        <source>Brush hardness</source>
        <translation>Pinselhärte</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Brush opacity</source>
        <translation>Pinseldeckkraft</translation>
    </message>
    <message>
        <source>Mask overlay</source>
        <translation>Maskenüberlagerung</translation>
    </message>
    <message>
        <source>Mask overlay opacity</source>
        <translation>Deckkraft der Maskenüberlagerung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Left button paints, right button erases.
Middle button or Space+drag pans; the wheel zooms.</source>
        <translation>Linke Maustaste malt, rechte radiert.
Mittlere Maustaste oder Leertaste+Ziehen verschiebt; das Mausrad zoomt.</translation>
    </message>
    <message>
        <source>Loading or saving the picture</source>
        <translation>Bild wird geladen oder gespeichert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Upload the mask to the server and use it (Ctrl+S)</source>
        <translation>Die Maske auf den Server hochladen und verwenden (Strg+S)</translation>
    </message>
</context>
<context>
    <name>NodePickerDialog</name>
    <message>
        <source>Add Node</source>
        <translation>Knoten hinzufügen</translation>
    </message>
    <message>
        <source>Search by name, type or category</source>
        <translation>Nach Name, Typ oder Kategorie suchen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>&amp;Favorit</translation>
    </message>
    <message>
        <source>Favourite nodes are listed first</source>
        <translation>Favorisierte Knoten stehen oben</translation>
    </message>
</context>
<context>
    <name>ParameterLabels</name>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>CFG</source>
        <translation>CFG</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>Denoise</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Diffusion model</source>
        <translation>Diffusionsmodell</translation>
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
        <translation>LoRA-Stärke</translation>
    </message>
    <message>
        <source>LoRA strength (CLIP)</source>
        <translation>LoRA-Stärke (CLIP)</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Stapelgröße</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>File name prefix</source>
        <translation>Dateinamenpräfix</translation>
    </message>
    <message>
        <source>Upscale method</source>
        <translation>Hochskalierungsmethode</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Positive prompt</source>
        <translation>Positiver Prompt</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>Negativer Prompt</translation>
    </message>
</context>
<context>
    <name>ServersPanel</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Each server of the farm: jobs go to servers that have their nodes and models, the one with the model loaded first, then the shortest queue.</source>
        <translation>Jeder Server der Farm: Aufträge gehen an Server, die ihre Knoten und Modelle haben, zuerst an den mit bereits geladenem Modell, dann an den mit der kürzesten Warteschlange.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>ComfyUI &amp;address:</source>
        <translation>ComfyUI-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Used when Easel starts without --server.</source>
        <translation>Wird verwendet, wenn Easel ohne --server startet.</translation>
    </message>
    <message>
        <source>&amp;Save outputs in:</source>
        <translation>Ausgaben s&amp;peichern in:</translation>
    </message>
    <message>
        <source>Leave empty for the Easel folder in your Pictures folder.</source>
        <translation>Leer lassen für den Ordner „Easel“ in Ihrem Bilder-Ordner.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Desi&amp;gn:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Open files in the running window instead of a new one</source>
        <translation>Dateien im laufenden Fenster &amp;öffnen statt in einem neuen</translation>
    </message>
    <message>
        <source>&quot;&amp;Use these settings&quot; restores {a|b} prompts and %…% names as written</source>
        <translation>„Diese Einstellungen &amp;verwenden“ stellt {a|b}-Prompts und %…%-Namen wie geschrieben wieder her</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Finished jobs kept in the queue:</source>
        <translation>&amp;Beendete Aufträge in der Warteschlange behalten:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The queue lists the newest finished jobs up to this number; older finished jobs leave the queue, and their outputs stay in the Library. All (0) keeps every finished job in the queue, which grows through a long day. Applied at once.</source>
        <translation>Die Warteschlange listet die neuesten beendeten Aufträge bis zu dieser Anzahl; ältere beendete Aufträge verlassen die Warteschlange, ihre Ausgaben bleiben in der Bibliothek. „Alle“ (0) behält jeden beendeten Auftrag in der Warteschlange, die dann im Lauf eines langen Tages wächst. Wird sofort übernommen.</translation>
    </message>
    <message>
        <source>Older finished jobs leave the queue; their outputs stay in the Library.</source>
        <translation>Ältere beendete Aufträge verlassen die Warteschlange; ihre Ausgaben bleiben in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <source>Checked: on every selected output. Unchecked: removed from them. Partly checked: left as it is.</source>
        <translation>Markiert: an jeder ausgewählten Ausgabe. Nicht markiert: von ihnen entfernt. Teilweise markiert: bleibt unverändert.</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>WorkflowEditor</name>
    <message>
        <source>Find a node or input by name, title or value (Ctrl+F)</source>
        <translation>Knoten oder Eingang nach Name, Titel oder Wert suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Simple</source>
        <translation>&amp;Einfach</translation>
    </message>
    <message>
        <source>Show only favourites and the inputs the workflow exposes</source>
        <translation>Nur Favoriten und die vom Workflow freigegebenen Eingänge zeigen</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Show every node and input</source>
        <translation>Alle Knoten und Eingänge zeigen</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Easel, a desktop client for ComfyUI.</source>
        <translation>Easel, ein Desktop-Client für ComfyUI.</translation>
    </message>
    <message>
        <source>API-format workflows (.json) or images to open.</source>
        <translation>Zu öffnende Workflows im API-Format (.json) oder Bilder.</translation>
    </message>
    <message>
        <source>The ComfyUI server&apos;s address (default: from the preferences, else %1).</source>
        <translation type="vanished">Die Adresse des ComfyUI-Servers (Vorgabe: aus den Einstellungen, sonst %1).</translation>
    </message>
    <message>
        <source>Folder for finished outputs.</source>
        <translation>Ordner für fertige Ausgaben.</translation>
    </message>
    <message>
        <source>Use the named profile (not yet supported).</source>
        <translation type="vanished">Das benannte Profil verwenden (noch nicht unterstützt).</translation>
    </message>
    <message>
        <source>Start in kiosk mode (not yet supported).</source>
        <translation type="vanished">Im Kiosk-Modus starten (noch nicht unterstützt).</translation>
    </message>
    <message>
        <source>--profile is not yet supported; profile “%1” shares the default settings.</source>
        <translation type="vanished">--profile wird noch nicht unterstützt; Profil „%1“ verwendet die Standardeinstellungen.</translation>
    </message>
    <message>
        <source>--kiosk is not yet supported; starting normally.</source>
        <translation type="vanished">--kiosk wird noch nicht unterstützt; normaler Start.</translation>
    </message>
    <message>
        <source>not an http(s) server address: %1</source>
        <translation>keine http(s)-Serveradresse: %1</translation>
    </message>
    <message>
        <source>another Easel is running but does not answer; opening a new window.</source>
        <translation>ein anderes Easel läuft, antwortet aber nicht; ein neues Fenster wird geöffnet.</translation>
    </message>
    <message>
        <source>The server&apos;s address.</source>
        <translation type="vanished">Die Adresse des Servers.</translation>
    </message>
    <message>
        <source>Folder for the outputs.</source>
        <translation>Ordner für die Ausgaben.</translation>
    </message>
    <message>
        <source>Set an input before queueing (repeatable), e.g. 3.seed=42.</source>
        <translation>Einen Eingang vor dem Einreihen setzen (wiederholbar), z. B. 3.seed=42.</translation>
    </message>
    <message>
        <source>Queue the workflow N times; seeds not pinned with --set get a new random value for every run after the first.</source>
        <translation>Den Workflow N-mal einreihen; nicht mit --set festgelegte Seeds erhalten ab dem zweiten Durchlauf jeweils einen neuen Zufallswert.</translation>
    </message>
    <message>
        <source>give exactly one workflow file (see --help)</source>
        <translation>genau eine Workflow-Datei angeben (siehe --help)</translation>
    </message>
    <message>
        <source>--count takes a number from 1 to 10000</source>
        <translation type="vanished">--count erwartet eine Zahl von 1 bis 10000</translation>
    </message>
    <message>
        <source>--set wants NODE.INPUT=VALUE, got %1</source>
        <translation>--set erwartet NODE.INPUT=VALUE, erhalten: %1</translation>
    </message>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>der Ausgabeordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>A ComfyUI 0.3.64 simulator for testing Easel.</source>
        <translation>Ein ComfyUI-0.3.64-Simulator zum Testen von Easel.</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Adresse, auf der gelauscht wird.</translation>
    </message>
    <message>
        <source>Port (0 = a free one).</source>
        <translation>Port (0 = ein freier).</translation>
    </message>
    <message>
        <source>Milliseconds per node step.</source>
        <translation>Millisekunden pro Knotenschritt.</translation>
    </message>
    <message>
        <source>Folder for output/, input/ and temp/.</source>
        <translation>Ordner für output/, input/ und temp/.</translation>
    </message>
    <message>
        <source>easel-sim: cannot listen on %1:%2</source>
        <translation>easel-sim: kann nicht auf %1:%2 lauschen</translation>
    </message>
    <message>
        <source>Queue a ComfyUI workflow, follow it and save every output. The file may be
API JSON, a saved (UI) workflow, or a PNG/WebP image carrying one; saved
workflows are converted with the server&apos;s /object_info (or --object-info FILE).
Exit code: 0 when every job succeeded, 1 when a job failed or was rejected,
2 for a bad command line or workflow, 3 when the server cannot be reached.</source>
        <translation type="vanished">Einen ComfyUI-Workflow einreihen, verfolgen und jede Ausgabe speichern. Die Datei kann
API-JSON, ein gespeicherter (UI-)Workflow oder ein PNG/WebP-Bild mit einem Workflow sein;
gespeicherte Workflows werden mit /object_info des Servers (oder --object-info DATEI) umgewandelt.
Exit-Code: 0, wenn jeder Auftrag gelang, 1, wenn ein Auftrag fehlschlug oder abgelehnt wurde,
2 bei falscher Befehlszeile oder fehlerhaftem Workflow, 3, wenn der Server nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>The workflow (API JSON, saved JSON, PNG or WebP).</source>
        <translation>Der Workflow (API-JSON, gespeichertes JSON, PNG oder WebP).</translation>
    </message>
    <message>
        <source>Print the API prompt the file converts to (JSON on stdout, warnings on stderr) and exit; 2 when it cannot be converted.</source>
        <translation>Den API-Prompt ausgeben, in den die Datei umgewandelt wird (JSON auf stdout, Warnungen auf stderr), und beenden; 2, wenn sie nicht umgewandelt werden kann.</translation>
    </message>
    <message>
        <source>Read the node catalogue from this /object_info JSON file instead of asking --server.</source>
        <translation>Den Knotenkatalog aus dieser /object_info-JSON-Datei lesen, statt --server zu fragen.</translation>
    </message>
    <message>
        <source>%1 has no node that would run (all muted, bypassed or virtual?); ComfyUI&apos;s Workflow &gt; Export (API) shows what it would send</source>
        <translation>%1 hat keinen Knoten, der ausgeführt würde (alle stummgeschaltet, überbrückt oder virtuell?); ComfyUIs Workflow &gt; Export (API) zeigt, was gesendet würde</translation>
    </message>
    <message>
        <source>Misbehave on purpose: NAME[:KEY=VALUE,...], e.g. close_ws_every:seconds=2 or http_500:path=/view,count=3. Repeatable. Names: %1.</source>
        <translation>Absichtlich Fehler erzeugen: NAME[:SCHLÜSSEL=WERT,...], z. B. close_ws_every:seconds=2 oder http_500:path=/view,count=3. Mehrfach angebbar. Namen: %1.</translation>
    </message>
    <message>
        <source>Accept fault commands on POST /sim/control (loopback only).</source>
        <translation>Fehlerbefehle über POST /sim/control annehmen (nur Loopback).</translation>
    </message>
    <message>
        <source>no connection profile named “%1” (saved: %2)</source>
        <translation>kein Verbindungsprofil namens „%1“ (gespeichert: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the PIN needs at least 4 characters</source>
        <translation type="vanished">die PIN braucht mindestens 4 Zeichen</translation>
    </message>
    <message>
        <source>Use the named connection profile (Server → Connections…).</source>
        <translation type="vanished">Das benannte Verbindungsprofil verwenden (Server → Verbindungen…).</translation>
    </message>
    <message>
        <source>Start in kiosk mode (see docs/kiosk.md).</source>
        <translation>Im Kiosk-Modus starten (siehe docs/kiosk.md).</translation>
    </message>
    <message>
        <source>Read a PIN from standard input and print its hash for kiosk.conf&apos;s admin_pin.</source>
        <translation type="vanished">Eine PIN von der Standardeingabe lesen und ihren Hash für admin_pin in kiosk.conf ausgeben.</translation>
    </message>
    <message>
        <source>kiosk mode: no approved workflows in “%1”</source>
        <translation>Kiosk-Modus: keine freigegebenen Workflows in „%1“</translation>
    </message>
    <message>
        <source>use either --server or --profile</source>
        <translation>verwenden Sie entweder --server oder --profile</translation>
    </message>
    <message>
        <source>The server&apos;s address; repeat it to spread the jobs over a farm of servers.</source>
        <translation>Die Adresse des Servers; mehrfach angeben, um die Aufträge auf eine Farm von Servern zu verteilen.</translation>
    </message>
    <message>
        <source>Node classes this server lacks, comma-separated (a farm&apos;s servers differ in their custom nodes).</source>
        <translation>Knotenklassen, die diesem Server fehlen, durch Kommas getrennt (die Server einer Farm unterscheiden sich in ihren Custom Nodes).</translation>
    </message>
    <message>
        <source>Serve HTTPS/WSS with this PEM certificate.</source>
        <translation>HTTPS/WSS mit diesem PEM-Zertifikat bereitstellen.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>Der private PEM-Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <source>Answer 401 unless a request has this header, e.g. &quot;Authorization: Bearer abc&quot;.</source>
        <translation>Mit 401 antworten, wenn eine Anfrage diesen Header nicht hat, z. B. „Authorization: Bearer abc“.</translation>
    </message>
    <message>
        <source>The ComfyUI server&apos;s address (default: from the preferences, else %1). Repeat it, or add --profile, to use several servers together as a render farm.</source>
        <translation>Die Adresse des ComfyUI-Servers (Vorgabe: aus den Einstellungen, sonst %1). Mehrfach angeben oder --profile hinzufügen, um mehrere Server gemeinsam als Render-Farm zu verwenden.</translation>
    </message>
    <message>
        <source>Use the named connection profile (Server → Connections…). Repeat it to use several servers together as a render farm.</source>
        <translation>Das benannte Verbindungsprofil verwenden (Server → Verbindungen…). Mehrfach angeben, um mehrere Server gemeinsam als Render-Farm zu verwenden.</translation>
    </message>
    <message>
        <source>the same server is named twice: %1</source>
        <translation>derselbe Server ist doppelt angegeben: %1</translation>
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
        <translation>Einen ComfyUI-Workflow einreihen, verfolgen und jede Ausgabe speichern. Die Datei kann
API-JSON, ein gespeicherter (UI-)Workflow oder ein PNG/WebP-Bild mit einem Workflow sein;
gespeicherte Workflows werden mit /object_info des Servers (oder --object-info DATEI) umgewandelt.
--server und --profile können wiederholt und gemischt werden: Zwei oder mehr Server bilden eine Farm,
die die Aufträge verteilt.
Exit-Code: 0, wenn jeder Auftrag gelang, 1, wenn ein Auftrag fehlschlug oder abgelehnt wurde,
2 bei falscher Befehlszeile oder fehlerhaftem Workflow (unbekanntes Profil oder eines, dessen vertrauliche
Daten nicht lesbar sind), 3, wenn der Server nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Use the named connection profile saved in Easel (Server → Connections…): its address, headers, certificate and API key. Repeat it, or add --server, for a farm.</source>
        <translation>Das in Easel gespeicherte benannte Verbindungsprofil verwenden (Server → Verbindungen…): Adresse, Header, Zertifikat und API-Schlüssel. Für eine Farm mehrfach angeben oder --server hinzufügen.</translation>
    </message>
    <message>
        <source>the PIN could not be hashed (out of memory?)</source>
        <translation>die PIN konnte nicht gehasht werden (zu wenig Speicher?)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Read a PIN (6 characters or more, not easy to guess) from standard input and print its Argon2id hash for kiosk.conf&apos;s admin_pin.</source>
        <translation>Eine PIN (mindestens 6 Zeichen, schwer zu erraten) von der Standardeingabe lesen und ihren Argon2id-Hash für admin_pin in kiosk.conf ausgeben.</translation>
    </message>
    <message>
        <source>With --kiosk-hash-pin: write the hash into this kiosk.conf instead (readable by its owner and group only).</source>
        <translation>Mit --kiosk-hash-pin: den Hash stattdessen in diese kiosk.conf schreiben (nur für Besitzer und Gruppe lesbar).</translation>
    </message>
    <message>
        <source>Print each saved output as a JSON line on stdout (kind, path, bytes, size, frames, duration, codec, text); progress goes to stderr.</source>
        <translation>Jede gespeicherte Ausgabe als JSON-Zeile auf stdout ausgeben (kind, path, bytes, size, frames, duration, codec, text); der Fortschritt geht nach stderr.</translation>
    </message>
    <message>
        <source>--count takes a number from 1 to %1</source>
        <translation>--count erwartet eine Zahl von 1 bis %1</translation>
    </message>
    <message>
        <source>--count %1 of this workflow would keep %2 MiB of prompts (at most %3 MiB); run it in parts</source>
        <translation>--count %1 würde für diesen Workflow %2 MiB an Prompts vorhalten (höchstens %3 MiB); führen Sie ihn in Teilen aus</translation>
    </message>
</context>
</TS>
