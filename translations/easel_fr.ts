<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BatchNames</name>
    <message>
        <source>%1 #%2</source>
        <comment>a document&apos;s name, the how-manieth time it is queued</comment>
        <translation>%1 nº %2</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>host:8188 or https://host/comfy</source>
        <translation>host:8188 ou https://host/comfy</translation>
    </message>
    <message>
        <source>Use &amp;TLS (https and wss)</source>
        <translation>&amp;Utiliser TLS (https et wss)</translation>
    </message>
    <message>
        <source>Accepted &amp;certificate:</source>
        <translation>&amp;Certificat accepté :</translation>
    </message>
    <message>
        <source>Only certificates the system trusts</source>
        <translation>Uniquement les certificats approuvés par le système</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the one self-signed certificate accepted for this server</source>
        <translation>Empreinte SHA-256 de l’unique certificat auto-signé accepté pour ce serveur</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>&amp;En-têtes supplémentaires :</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add &amp;header</source>
        <translation>A&amp;jouter un en-tête</translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation>&amp;Retirer l’en-tête</translation>
    </message>
    <message>
        <source>Comfy &amp;API key:</source>
        <translation>C&amp;lé d’API Comfy :</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Use several servers together as a &amp;farm</source>
        <translation>Utiliser plusieurs serveurs ensemble comme &amp;ferme</translation>
    </message>
    <message>
        <source>Spread the queue over every ticked server: each job goes to a server that has its nodes and models</source>
        <translation>Répartir la file d’attente sur tous les serveurs cochés : chaque tâche va à un serveur qui a ses nœuds et modèles</translation>
    </message>
</context>
<context>
    <name>Easel</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="vanished">ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>two nodes have the id %1; the second is ignored</source>
        <translation type="vanished">deux nœuds ont l’identifiant %1 ; le second est ignoré</translation>
    </message>
    <message>
        <source>the string that opens here is never closed: the file ends inside it (%1)</source>
        <translation type="vanished">la chaîne ouverte ici n’est jamais fermée : le fichier se termine à l’intérieur (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; closes nothing</source>
        <translation type="vanished">« %1 » ne ferme rien</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not close the &quot;%2&quot; opened at %3</source>
        <translation type="vanished">« %1 » ne ferme pas le « %2 » ouvert en %3</translation>
    </message>
    <message>
        <source>the file ends before the &quot;%1&quot; opened at %2 is closed</source>
        <translation type="vanished">le fichier se termine avant la fermeture du « %1 » ouvert en %2</translation>
    </message>
    <message>
        <source>The animation&apos;s frames are too large or unreadable</source>
        <translation type="vanished">Les images de l’animation sont trop grandes ou illisibles</translation>
    </message>
    <message>
        <source>No frame could be decoded: %1</source>
        <translation type="vanished">Aucune image n’a pu être décodée : %1</translation>
    </message>
    <message>
        <source>The file has no pictures</source>
        <translation type="vanished">Le fichier ne contient aucune image</translation>
    </message>
    <message>
        <source>The frames cannot be decoded</source>
        <translation type="vanished">Les images ne peuvent pas être décodées</translation>
    </message>
    <message>
        <source>No frame could be decoded</source>
        <translation type="vanished">Aucune image n’a pu être décodée</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="vanished">Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>No decoder for %1</source>
        <translation type="vanished">Aucun décodeur pour %1</translation>
    </message>
    <message>
        <source>The decoder cannot be set up</source>
        <translation type="vanished">Le décodeur ne peut pas être configuré</translation>
    </message>
    <message>
        <source>The decoder cannot be opened (%1)</source>
        <translation type="vanished">Le décodeur ne peut pas être ouvert (%1)</translation>
    </message>
    <message>
        <source>Decoding a frame took too long</source>
        <translation type="vanished">Le décodage d’une image a pris trop de temps</translation>
    </message>
    <message>
        <source>No sound could be decoded</source>
        <translation type="vanished">Aucun son n’a pu être décodé</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation type="vanished">Le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>The image claims %1×%2 pixels, more than Easel decodes</source>
        <translation type="vanished">L’image annonce %1×%2 pixels, plus qu’Easel ne décode</translation>
    </message>
    <message>
        <source>The first frame cannot be decoded: %1</source>
        <translation type="vanished">La première image ne peut pas être décodée : %1</translation>
    </message>
    <message>
        <source>This is not a WebP file</source>
        <translation type="vanished">Ce n’est pas un fichier WebP</translation>
    </message>
    <message>
        <source>The file has no picture and no sound</source>
        <translation type="vanished">Le fichier ne contient ni image ni son</translation>
    </message>
    <message>
        <source>The video claims %1×%2 pixels; Easel does not decode it</source>
        <translation type="vanished">La vidéo annonce %1×%2 pixels ; Easel ne la décode pas</translation>
    </message>
    <message>
        <source>%1 is not what its name says: %2 bytes that do not start with its format&apos;s signature</source>
        <translation type="vanished">%1 n’est pas ce que son nom indique : %2 octets qui ne commencent pas par la signature de son format</translation>
    </message>
    <message>
        <source>The download of %1 was cut short (%2 bytes)</source>
        <translation type="vanished">Le téléchargement de %1 a été interrompu (%2 octets)</translation>
    </message>
    <message>
        <source>%n frame(s)</source>
        <translation type="vanished">%n images</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="vanished">%1 s</translation>
    </message>
    <message>
        <source>saved %1 %2: %3</source>
        <translation type="vanished">%1 %2 enregistré : %3</translation>
    </message>
</context>
<context>
    <name>Easel::AnimationFrames</name>
    <message>
        <source>The animation&apos;s frames are too large or unreadable</source>
        <translation>Les images de l’animation sont trop grandes ou illisibles</translation>
    </message>
    <message>
        <source>No frame could be decoded: %1</source>
        <translation>Aucune image n’a pu être décodée : %1</translation>
    </message>
    <message>
        <source>The file has no pictures</source>
        <translation>Le fichier ne contient aucune image</translation>
    </message>
    <message>
        <source>The frames cannot be decoded</source>
        <translation>Les images ne peuvent pas être décodées</translation>
    </message>
    <message>
        <source>No frame could be decoded</source>
        <translation>Aucune image n’a pu être décodée</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>Easel::ApiWorkflow</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at %3</source>
        <translation>%1 n’est pas du JSON valide : %2 à %3</translation>
    </message>
    <message>
        <source>%1 is not a workflow: expected a JSON object of nodes</source>
        <translation>%1 n’est pas un workflow : un objet JSON de nœuds était attendu</translation>
    </message>
    <message>
        <source>%1 is a saved (UI) workflow. Export it from ComfyUI with &quot;Export (API)&quot; to open it here.</source>
        <translation>%1 est un workflow enregistré (UI). Exportez-le depuis ComfyUI avec « Export (API) » pour l’ouvrir ici.</translation>
    </message>
    <message>
        <source>%1 holds no nodes</source>
        <translation>%1 ne contient aucun nœud</translation>
    </message>
    <message>
        <source>%1: node %2 has no class_type; this is not an API-format workflow</source>
        <translation>%1 : le nœud %2 n’a pas de class_type ; ce n’est pas un workflow au format API</translation>
    </message>
    <message>
        <source>%1: the inputs of node %2 are not an object</source>
        <translation>%1 : les entrées du nœud %2 ne sont pas un objet</translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>Le workflow n’a pas de nœud %1</translation>
    </message>
    <message>
        <source>Input %1 of node %2 is a link, not a value</source>
        <translation>L’entrée %1 du nœud %2 est un lien, pas une valeur</translation>
    </message>
</context>
<context>
    <name>Easel::BatchNotifier</name>
    <message>
        <source>Batch “%1” finished</source>
        <translation>Lot « %1 » terminé</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) done</source>
        <translation>
            <numerusform>%n tâche terminée</numerusform>
            <numerusform>%n tâches terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed or cancelled</source>
        <translation type="vanished">%1 terminées, %2 en échec ou annulées</translation>
    </message>
</context>
<context>
    <name>Easel::CatalogueCache</name>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>Easel::ClipspaceTransfer</name>
    <message>
        <source>The file is not a picture Easel can read (%1).</source>
        <translation>Le fichier n’est pas une image lisible par Easel (%1).</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 pixels; Easel edits pictures of up to %3 megapixels.</source>
        <translation>L’image fait %1 × %2 pixels ; Easel modifie les images jusqu’à %3 mégapixels.</translation>
    </message>
    <message>
        <source>The picture cannot be decoded (%1).</source>
        <translation>L’image ne peut pas être décodée (%1).</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: %2</source>
        <translation>Impossible de récupérer %1 : %2</translation>
    </message>
    <message>
        <source>The server refused the %1 as too large (HTTP 413). The mask is kept; try a smaller picture.</source>
        <translation>Le serveur a refusé le fichier (%1), trop volumineux (HTTP 413). Le masque est conservé ; essayez une image plus petite.</translation>
    </message>
    <message>
        <source>Uploading the %1 failed: %2. The mask is kept; save again to retry.</source>
        <translation>Échec de l’envoi (%1) : %2. Le masque est conservé ; enregistrez à nouveau pour réessayer.</translation>
    </message>
    <message>
        <source>The mask could not be encoded.</source>
        <translation>Le masque n’a pas pu être encodé.</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>masque</translation>
    </message>
    <message>
        <source>paint layer</source>
        <translation>calque de peinture</translation>
    </message>
    <message>
        <source>painted picture</source>
        <translation>image peinte</translation>
    </message>
    <message>
        <source>masked picture</source>
        <translation>image masquée</translation>
    </message>
    <message>
        <source>The server refused the %1 as a bad request (HTTP 400). The mask is kept; check that the server accepts uploads into input/clipspace, then save again.</source>
        <translation>Le serveur a refusé le fichier (%1) comme requête invalide (HTTP 400). Le masque est conservé ; vérifiez que le serveur accepte les envois dans input/clipspace, puis enregistrez à nouveau.</translation>
    </message>
</context>
<context>
    <name>Easel::ComboEditor</name>
    <message>
        <source>Upload…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>Upload an image from this computer to the server and use it</source>
        <translation>Envoyer une image de cet ordinateur au serveur et l’utiliser</translation>
    </message>
    <message>
        <source>Upload Image</source>
        <translation>Envoyer une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>%1 (not on the server)</source>
        <translation>%1 (absent du serveur)</translation>
    </message>
    <message>
        <source>Upload Video</source>
        <translation>Envoyer une vidéo</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.webm *.mov *.mkv *.avi *.m4v *.gif)</source>
        <translation>Vidéos (*.mp4 *.webm *.mov *.mkv *.avi *.m4v *.gif)</translation>
    </message>
    <message>
        <source>Upload Audio</source>
        <translation>Envoyer un son</translation>
    </message>
    <message>
        <source>Sound (*.wav *.mp3 *.flac *.ogg *.opus *.m4a *.aac)</source>
        <translation>Son (*.wav *.mp3 *.flac *.ogg *.opus *.m4a *.aac)</translation>
    </message>
    <message>
        <source>Upload a video from this computer to the server and use it</source>
        <translation>Envoyer une vidéo de cet ordinateur au serveur et l’utiliser</translation>
    </message>
    <message>
        <source>Upload a sound file from this computer to the server and use it</source>
        <translation>Envoyer un fichier son de cet ordinateur au serveur et l’utiliser</translation>
    </message>
</context>
<context>
    <name>Easel::CompareCanvas</name>
    <message>
        <source>Difference: black where %1 and %2 are the same</source>
        <translation>Différence : noir là où %1 et %2 sont identiques</translation>
    </message>
</context>
<context>
    <name>Easel::ComparePane</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Permuter</translation>
    </message>
    <message>
        <source>Close Compare</source>
        <translation>Fermer la comparaison</translation>
    </message>
    <message>
        <source>Back to the single picture (Escape)</source>
        <translation>Revenir à l’image seule (Échap)</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>Graine %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Previous Frame</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <source>One frame back on both sides (,)</source>
        <translation>Une image en arrière des deux côtés (,)</translation>
    </message>
    <message>
        <source>Next Frame</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <source>One frame forward on both sides (.)</source>
        <translation>Une image en avant des deux côtés (.)</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Image %1 sur %2</translation>
    </message>
    <message>
        <source>Too long to compare frame by frame: the first frames are shown</source>
        <translation>Trop long pour comparer image par image : les premières images sont affichées</translation>
    </message>
    <message>
        <source>Different lengths (%1 and %2 frames): the first frames are shown</source>
        <translation>Longueurs différentes (%1 et %2 images) : les premières images sont affichées</translation>
    </message>
</context>
<context>
    <name>Easel::ConnectionDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Nouveau serveur</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>ComfyUI %1</source>
        <translation>ComfyUI %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 VRAM free</source>
        <translation>%1 : %2 de VRAM libre sur %3</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The server presents a certificate this system does not trust.

SHA-256 fingerprint:
%1

Accept exactly this certificate for this profile? Compare the fingerprint with the one the server&apos;s administrator gave you.</source>
        <translation>Le serveur présente un certificat que ce système n’approuve pas.

Empreinte SHA-256 :
%1

Accepter exactement ce certificat pour ce profil ? Comparez l’empreinte avec celle que vous a donnée l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved; the secrets are in a plain-text file.</source>
        <translation>Enregistré ; les secrets sont dans un fichier en clair.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Aucun trousseau</translation>
    </message>
    <message>
        <source>No keychain is available to keep this profile&apos;s secrets (%1).

Store the header values and API key in a plain-text file that anyone who can read your settings can read?</source>
        <translation>Aucun trousseau n’est disponible pour conserver les secrets de ce profil (%1).

Enregistrer les valeurs des en-têtes et la clé d’API dans un fichier en clair, lisible par toute personne pouvant lire vos réglages ?</translation>
    </message>
    <message>
        <source>Not saved: no keychain.</source>
        <translation>Non enregistré : aucun trousseau.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its secrets?</source>
        <translation>Supprimer le profil « %1 » et ses secrets ?</translation>
    </message>
    <message>
        <source>Tick the saved servers to use together (at least two).</source>
        <translation>Cochez les serveurs enregistrés à utiliser ensemble (au moins deux).</translation>
    </message>
    <message numerus="yes">
        <source>%n servers ticked: the queue is spread over them.</source>
        <translation>
            <numerusform>%n serveur coché : la file d’attente y est répartie.</numerusform>
            <numerusform>%n serveurs cochés : la file d’attente est répartie entre eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connect to Farm</source>
        <translation>Se c&amp;onnecter à la ferme</translation>
    </message>
    <message>
        <source>Use the ticked servers together</source>
        <translation>Utiliser ensemble les serveurs cochés</translation>
    </message>
    <message>
        <source>Use the server shown in the form</source>
        <translation>Utiliser le serveur affiché dans le formulaire</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>Extra request headers</source>
        <translation>En-têtes de requête supplémentaires</translation>
    </message>
    <message>
        <source>Select all headers</source>
        <translation>Sélectionner tous les en-têtes</translation>
    </message>
</context>
<context>
    <name>Easel::ConnectionMonitor</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Connection to %1 lost</source>
        <translation>Connexion à %1 perdue</translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost; reconnecting in %n s</source>
        <translation>
            <numerusform>Connexion à %1 perdue ; reconnexion dans %n s</numerusform>
            <numerusform>Connexion à %1 perdue ; reconnexion dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 restarted; jobs it forgot can be queued again</source>
        <translation>%1 a redémarré ; les tâches oubliées peuvent être remises en file</translation>
    </message>
    <message>
        <source>%1 is not a compatible ComfyUI server: %2</source>
        <translation>%1 n’est pas un serveur ComfyUI compatible : %2</translation>
    </message>
</context>
<context>
    <name>Easel::ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>« %1 » n’est pas une adresse de serveur.</translation>
    </message>
    <message>
        <source>The certificate fingerprint is not a SHA-256 digest.</source>
        <translation>L’empreinte du certificat n’est pas un condensat SHA-256.</translation>
    </message>
    <message>
        <source>“%1” is not a valid header name.</source>
        <translation>« %1 » n’est pas un nom d’en-tête valide.</translation>
    </message>
    <message>
        <source>The value of header “%1” contains a line break.</source>
        <translation>La valeur de l’en-tête « %1 » contient un saut de ligne.</translation>
    </message>
</context>
<context>
    <name>Easel::Conversion</name>
    <message>
        <source>this subgraph is muted or bypassed inside another subgraph; ComfyUI&apos;s frontend still runs the nodes inside it, and so does Easel</source>
        <translation type="vanished">ce sous-graphe est désactivé ou contourné à l’intérieur d’un autre sous-graphe ; l’interface de ComfyUI exécute quand même ses nœuds, et Easel aussi</translation>
    </message>
    <message>
        <source>subgraphs nested deeper than %1 levels (does a subgraph contain itself?)</source>
        <translation type="vanished">sous-graphes imbriqués sur plus de %1 niveaux (un sous-graphe se contient-il lui-même ?)</translation>
    </message>
    <message>
        <source>group nodes inside subgraphs are not supported (nor by ComfyUI)</source>
        <translation type="vanished">les nœuds de groupe dans les sous-graphes ne sont pas pris en charge (ni par ComfyUI)</translation>
    </message>
    <message>
        <source>widgets_values holds %1 values where %2 were expected; they are mapped in order</source>
        <translation type="vanished">widgets_values contient %1 valeurs alors que %2 étaient attendues ; elles sont associées dans l’ordre</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation type="vanished">le type de nœud %1 n’est pas installé sur le serveur</translation>
    </message>
    <message>
        <source>the link loops through reroutes or bypassed nodes</source>
        <translation type="vanished">le lien boucle à travers des reroutes ou des nœuds contournés</translation>
    </message>
    <message>
        <source>input refers to link %1, which the workflow does not have</source>
        <translation type="vanished">l’entrée fait référence au lien %1, que le workflow ne contient pas</translation>
    </message>
    <message>
        <source>link %1 names target slot %2, but the node holds it in input %3 (%4 inputs); the input that holds the link is used, as ComfyUI does</source>
        <translation type="vanished">le lien %1 désigne l’emplacement cible %2, mais le nœud le place dans l’entrée %3 (%4 entrées) ; comme ComfyUI, l’entrée qui porte le lien est utilisée</translation>
    </message>
    <message>
        <source>link %1 comes from node %2, which does not exist</source>
        <translation type="vanished">le lien %1 provient du nœud %2, qui n’existe pas</translation>
    </message>
    <message>
        <source>the node no longer has the widget %1 this input was made from; the input is dropped, as ComfyUI&apos;s frontend does when it loads the workflow</source>
        <translation type="vanished">le nœud n’a plus le widget %1 dont cette entrée est issue ; l’entrée est abandonnée, comme le fait l’interface de ComfyUI au chargement du workflow</translation>
    </message>
</context>
<context>
    <name>Easel::DockLayout</name>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>Put every panel back in its first place and size</source>
        <translation>Remettre chaque panneau à sa place et à sa taille d’origine</translation>
    </message>
</context>
<context>
    <name>Easel::EventSocketWorker</name>
    <message>
        <source>The server&apos;s certificate is not trusted (%1); its SHA-256 fingerprint is %2</source>
        <translation>Le certificat du serveur n’est pas approuvé (%1) ; son empreinte SHA-256 est %2</translation>
    </message>
    <message numerus="yes">
        <source>A WebSocket text message of %n character(s) was dropped: the limit is %1 bytes</source>
        <translation>
            <numerusform>Un message texte WebSocket de %n caractère a été ignoré : la limite est de %1 octets</numerusform>
            <numerusform>Un message texte WebSocket de %n caractères a été ignoré : la limite est de %1 octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::EventStream</name>
    <message>
        <source>The server&apos;s certificate is not trusted (%1); its SHA-256 fingerprint is %2</source>
        <translation type="vanished">Le certificat du serveur n’est pas approuvé (%1) ; son empreinte SHA-256 est %2</translation>
    </message>
    <message numerus="yes">
        <source>A WebSocket text message of %n character(s) was dropped: the limit is %1 bytes</source>
        <translation type="vanished">
            <numerusform>Un message texte WebSocket de %n caractère a été ignoré : la limite est de %1 octets</numerusform>
            <numerusform>Un message texte WebSocket de %n caractères a été ignoré : la limite est de %1 octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::FailureDetails</name>
    <message>
        <source>Traceback</source>
        <translation>Trace d’appels</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 failed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Échec de %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The server rejected the prompt: %1</source>
        <translation>Le serveur a refusé le prompt : %1</translation>
    </message>
    <message>
        <source>Node %1 (%2), input %3: %4 %5</source>
        <translation>Nœud %1 (%2), entrée %3 : %4 %5</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Node %1 (%2): %3</source>
        <translation>Nœud %1 (%2) : %3</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next:&lt;/i&gt; the inputs named above are marked in the editor. Correct them, then queue again (or Retry to send the same values).</source>
        <translation>&lt;i&gt;Ensuite :&lt;/i&gt; les entrées nommées ci-dessus sont signalées dans l’éditeur. Corrigez-les, puis remettez en file (ou « Réessayer » pour envoyer les mêmes valeurs).</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next:&lt;/i&gt; check that node&apos;s inputs and the models it needs on the server, then Retry. The traceback below is what to attach to a bug report.</source>
        <translation>&lt;i&gt;Ensuite :&lt;/i&gt; vérifiez les entrées de ce nœud et les modèles dont il a besoin sur le serveur, puis « Réessayer ». La trace d’appels ci-dessous est à joindre à un rapport de bogue.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next:&lt;/i&gt; Retry sends the job again.</source>
        <translation>&lt;i&gt;Ensuite :&lt;/i&gt; « Réessayer » renvoie la tâche.</translation>
    </message>
</context>
<context>
    <name>Easel::FarmDispatcher</name>
    <message>
        <source>finished there while it was away; outputs fetched, not run again</source>
        <translation>terminée là-bas pendant l’absence du serveur ; sorties récupérées, sans nouvelle exécution</translation>
    </message>
    <message>
        <source>%1: not reachable</source>
        <translation>%1 : injoignable</translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation>il manque à %1 : %2</translation>
    </message>
    <message>
        <source>%1: down</source>
        <translation>%1 : hors service</translation>
    </message>
    <message>
        <source>%1: not in the farm</source>
        <translation>%1 : ne fait pas partie de la ferme</translation>
    </message>
    <message>
        <source>No server can run this job: %1</source>
        <translation>Aucun serveur ne peut exécuter cette tâche : %1</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglée</translation>
    </message>
    <message>
        <source>warm: %1 loaded</source>
        <translation>à chaud : %1 chargé</translation>
    </message>
    <message>
        <source>shortest queue (%1) of %2 with room</source>
        <translation>file la plus courte (%1) parmi %2 ayant de la place</translation>
    </message>
    <message>
        <source>Cannot read %1 for node %2: %3</source>
        <translation>Impossible de lire %1 pour le nœud %2 : %3</translation>
    </message>
    <message>
        <source>upload failed: %1</source>
        <translation>échec de l’envoi : %1</translation>
    </message>
    <message>
        <source>%1 refused the upload for node %2: %3</source>
        <translation>%1 a refusé l’envoi pour le nœud %2 : %3</translation>
    </message>
    <message>
        <source>not reachable: %1</source>
        <translation>injoignable : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>the server has no record of it (restarted)</source>
        <translation>le serveur n’en a aucune trace (redémarré)</translation>
    </message>
    <message>
        <source>to run elsewhere</source>
        <translation>pour être exécutée ailleurs</translation>
    </message>
    <message>
        <source>its server has been down for %1 s</source>
        <translation>son serveur est hors service depuis %1 s</translation>
    </message>
    <message>
        <source>its server is not in the farm</source>
        <translation>son serveur ne fait pas partie de la ferme</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>taken back before it ran</source>
        <translation>reprise avant son exécution</translation>
    </message>
</context>
<context>
    <name>Easel::FarmJobNeeds</name>
    <message>
        <source>a readable API prompt</source>
        <translation>un prompt API lisible</translation>
    </message>
    <message>
        <source>node class %1</source>
        <translation>classe de nœud %1</translation>
    </message>
    <message>
        <source>%1 for %2.%3 (node %4)</source>
        <translation>%1 pour %2.%3 (nœud %4)</translation>
    </message>
</context>
<context>
    <name>Easel::FarmQueueDispatch</name>
    <message>
        <source>The input image %1 (node %2) no longer exists</source>
        <translation>L’image d’entrée %1 (nœud %2) n’existe plus</translation>
    </message>
    <message>
        <source>The farm could not take this job (it is still running there)</source>
        <translation>La ferme n’a pas pu prendre cette tâche (elle y est encore en cours)</translation>
    </message>
</context>
<context>
    <name>Easel::FarmRun</name>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Impossible de joindre le serveur à %1 : %2</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation type="vanished">%1 enregistré</translation>
    </message>
    <message>
        <source>job %1/%2 sent to %3 (%4)</source>
        <translation>tâche %1/%2 envoyée à %3 (%4)</translation>
    </message>
    <message>
        <source>job %1/%2 on %3: %4</source>
        <translation>tâche %1/%2 sur %3 : %4</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) queued on a farm of %1 server(s)</source>
        <translation>
            <numerusform>%n tâche mise en file sur une ferme de %1 serveur(s)</numerusform>
            <numerusform>%n tâches mises en file sur une ferme de %1 serveur(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done on %3: %n output(s) saved</source>
        <translation type="vanished">
            <numerusform>tâche %1/%2 terminée sur %3 : %n sortie enregistrée</numerusform>
            <numerusform>tâche %1/%2 terminée sur %3 : %n sorties enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1/%2 failed: %3</source>
        <translation type="vanished">tâche %1/%2 échouée : %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n job(s)</source>
        <translation type="vanished">
            <numerusform>%1 : %n tâche</numerusform>
            <numerusform>%1 : %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 job(s) succeeded; outputs in %3</source>
        <translation type="vanished">%1 tâche(s) sur %2 réussie(s) ; sorties dans %3</translation>
    </message>
    <message>
        <source>Cannot reach %1 at %2: %3</source>
        <translation>Impossible de joindre %1 à %2 : %3</translation>
    </message>
</context>
<context>
    <name>Easel::FarmServerModel</name>
    <message>
        <source>%1 of %2 free</source>
        <translation>%1 libres sur %2</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Jobs run</source>
        <translation>Tâches exécutées</translation>
    </message>
    <message>
        <source>Loaded model</source>
        <translation>Modèle chargé</translation>
    </message>
</context>
<context>
    <name>Easel::FfmpegInput</name>
    <message>
        <source>The file cannot be opened</source>
        <translation>Le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Le fichier est vide</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Mémoire insuffisante</translation>
    </message>
    <message>
        <source>Reading the file took too long</source>
        <translation>La lecture du fichier a pris trop de temps</translation>
    </message>
    <message>
        <source>The file is not a readable video or audio file, or it is cut short (%1)</source>
        <translation>Le fichier n’est pas un fichier vidéo ou audio lisible, ou il est tronqué (%1)</translation>
    </message>
    <message>
        <source>The video claims %1×%2 pixels, more than Easel decodes</source>
        <translation>La vidéo annonce %1×%2 pixels, plus qu’Easel ne décode</translation>
    </message>
    <message>
        <source>The file&apos;s streams cannot be read (%1)</source>
        <translation>Les flux du fichier ne peuvent pas être lus (%1)</translation>
    </message>
</context>
<context>
    <name>Easel::Filmstrip</name>
    <message>
        <source>This session&apos;s outputs</source>
        <translation>Sorties de cette session</translation>
    </message>
    <message>
        <source>This session&apos;s outputs, newest on the right. Arrows move, right-click for actions.</source>
        <translation>Les sorties de cette session, la plus récente à droite. Les flèches déplacent, clic droit pour les actions.</translation>
    </message>
    <message>
        <source>Back to Live</source>
        <translation>Retour au direct</translation>
    </message>
    <message>
        <source>Follow new outputs and the live preview again</source>
        <translation>Suivre à nouveau les nouvelles sorties et l’aperçu en direct</translation>
    </message>
    <message>
        <source>This session&apos;s pictures appear here as they finish, newest on the right.</source>
        <translation>Les images de cette session apparaissent ici dès qu’elles sont terminées, la plus récente à droite.</translation>
    </message>
</context>
<context>
    <name>Easel::GalleryModel</name>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
</context>
<context>
    <name>Easel::GalleryWidget</name>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Prompt, file name or seed</source>
        <translation>Prompt, nom de fichier ou graine</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>N’importe quand</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récents d’abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciens d’abord</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>Plus grands d’abord</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Taille des vignettes</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Could not export:
%1</source>
        <translation>Échec de l’exportation :
%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Utiliser ces réglages</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <source>Copy seed</source>
        <translation>Copier la graine</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>Ouvrir le dossier parent</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Move selected to trash</source>
        <translation>Mettre la sélection à la corbeille</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Entre…</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Premier jour affiché</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Dernier jour affiché</translation>
    </message>
    <message>
        <source>Only outputs of this workflow</source>
        <translation>Uniquement les sorties de ce workflow</translation>
    </message>
    <message>
        <source>Only outputs with this tag</source>
        <translation>Uniquement les sorties ayant cette étiquette</translation>
    </message>
    <message>
        <source>Any workflow</source>
        <translation>Tous les workflows</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Could not save the tags:
%1</source>
        <translation>Impossible d’enregistrer les étiquettes :
%1</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Could not move to the trash:
%1</source>
        <translation>Impossible de mettre à la corbeille :
%1</translation>
    </message>
    <message>
        <source>Compare the two selected</source>
        <translation>Comparer les deux sélectionnées</translation>
    </message>
    <message>
        <source>Edit tags…</source>
        <translation>Modifier les étiquettes…</translation>
    </message>
    <message>
        <source>Only outputs made on this server of the farm</source>
        <translation>Uniquement les sorties produites sur ce serveur de la ferme</translation>
    </message>
    <message>
        <source>Any server</source>
        <translation>Tous les serveurs</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <source>Could not save the favourite:
%1</source>
        <translation>Impossible d’enregistrer le favori :
%1</translation>
    </message>
</context>
<context>
    <name>Easel::GalleryWorker</name>
    <message>
        <source>The library index could not be opened.</source>
        <translation>Impossible d’ouvrir l’index de la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>Easel::GraphMapDock</name>
    <message>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Inside a subgraph. Click a step to go back out; Backspace in the map goes up one level.</source>
        <translation>À l’intérieur d’un sous-graphe. Cliquez sur une étape pour en ressortir ; Retour arrière dans le graphe remonte d’un niveau.</translation>
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
        <translation>Le graphe du workflow. Cliquez sur un nœud pour le sélectionner dans l’arbre ; faites glisser le fond pour vous déplacer, un nœud pour le déplacer ; la molette zoome ; F affiche tout le graphe.</translation>
    </message>
    <message>
        <source>%1 · %2 #%3</source>
        <translation>%1 · %2 #%3</translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation>Contourné</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>No workflow</source>
        <translation>Aucun workflow</translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>Disposition du graphe…</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>A subgraph: double-click to open it</source>
        <translation>Un sous-graphe : double-cliquez pour l’ouvrir</translation>
    </message>
</context>
<context>
    <name>Easel::HeadlessRun</name>
    <message>
        <source>node %1</source>
        <translation type="vanished">nœud %1</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation type="vanished">%1 enregistré</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Impossible de joindre le serveur à %1 : %2</translation>
    </message>
    <message>
        <source>No event stream from the server; following the jobs by polling.</source>
        <translation>Pas de flux d’événements du serveur ; suivi des tâches par interrogation.</translation>
    </message>
    <message>
        <source>job %1/%2 queued as %3</source>
        <translation>tâche %1/%2 mise en file sous %3</translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done: %n output(s) saved</source>
        <translation type="vanished">
            <numerusform>tâche %1/%2 terminée : %n sortie enregistrée</numerusform>
            <numerusform>tâche %1/%2 terminée : %n sorties enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1/%2 rejected: %3</source>
        <translation type="vanished">tâche %1/%2 refusée : %3</translation>
    </message>
    <message>
        <source>  node %1 (%2), input %3: %4 %5</source>
        <translation type="vanished">  nœud %1 (%2), entrée %3 : %4 %5</translation>
    </message>
    <message>
        <source>-</source>
        <translation type="vanished">-</translation>
    </message>
    <message>
        <source>job %1/%2 failed: %3</source>
        <translation type="vanished">tâche %1/%2 échouée : %3</translation>
    </message>
    <message>
        <source>%1 of %2 job(s) succeeded; outputs in %3</source>
        <translation type="vanished">%1 tâche(s) sur %2 réussie(s) ; sorties dans %3</translation>
    </message>
    <message>
        <source>job %1/%2: %3</source>
        <translation type="vanished">tâche %1/%2 : %3</translation>
    </message>
    <message>
        <source>job %1/%2 finished on the server but produced no output files</source>
        <translation type="vanished">la tâche %1/%2 s’est terminée sur le serveur mais n’a produit aucun fichier de sortie</translation>
    </message>
    <message>
        <source>The server restarted and lost this job.</source>
        <translation>Le serveur a redémarré et a perdu cette tâche.</translation>
    </message>
    <message>
        <source>Cannot open the output library in %1: %2; no job was sent.</source>
        <translation>Impossible d’ouvrir la bibliothèque des sorties dans %1 : %2 ; aucune tâche n’a été envoyée.</translation>
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
        <translation>Ce workflow n’a pas d’entrée d’image. Ouvrez-en un avec un nœud Load Image pour utiliser des images.</translation>
    </message>
    <message>
        <source>Choose an Image Input</source>
        <translation>Choisir une entrée d’image</translation>
    </message>
    <message>
        <source>Put the picture into:</source>
        <translation>Placer l’image dans :</translation>
    </message>
    <message>
        <source>Choose, paste or drop a picture into %1 first.</source>
        <translation>Choisissez, collez ou déposez d’abord une image dans %1.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>Le presse-papiers ne contient aucune image.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 pixels; Easel takes pictures of up to %3 megapixels.</source>
        <translation>L’image fait %1 × %2 pixels ; Easel accepte les images jusqu’à %3 mégapixels.</translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation>Lecture de l’image…</translation>
    </message>
    <message>
        <source>Preparing the picture…</source>
        <translation>Préparation de l’image…</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>L’image n’a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Envoi de %1…</translation>
    </message>
    <message>
        <source>No Image Input</source>
        <translation>Aucune entrée d’image</translation>
    </message>
    <message>
        <source>This workflow has no image input to take the picture.</source>
        <translation>Ce workflow n’a pas d’entrée d’image pour recevoir l’image.</translation>
    </message>
    <message>
        <source>No workflow is open to take the picture.</source>
        <translation>Aucun workflow n’est ouvert pour recevoir l’image.</translation>
    </message>
    <message>
        <source>Start a new image-to-image workflow from this picture? It opens the “Image to image” starter with the picture as its input.</source>
        <translation>Commencer un nouveau workflow image vers image à partir de cette image ? Cela ouvre le modèle de départ « Image vers image » avec l’image comme entrée.</translation>
    </message>
    <message>
        <source>New Image-to-Image</source>
        <translation>Nouveau image vers image</translation>
    </message>
</context>
<context>
    <name>Easel::ImageMetadata</name>
    <message>
        <source>the PNG text &quot;%1&quot; is corrupt or inflates to more than %2 MB</source>
        <translation>le texte PNG « %1 » est corrompu ou se décompresse en plus de %2 Mo</translation>
    </message>
    <message>
        <source>not a PNG file</source>
        <translation>pas un fichier PNG</translation>
    </message>
    <message>
        <source>the PNG file is truncated (no IEND chunk)</source>
        <translation>le fichier PNG est tronqué (pas de bloc IEND)</translation>
    </message>
    <message>
        <source>the PNG chunk %1 claims %2 bytes, which is not valid</source>
        <translation>le bloc PNG %1 annonce %2 octets, ce qui n’est pas valide</translation>
    </message>
    <message>
        <source>the PNG file is truncated (chunk %1 claims %2 bytes)</source>
        <translation>le fichier PNG est tronqué (le bloc %1 annonce %2 octets)</translation>
    </message>
    <message>
        <source>the PNG text chunk holds %1 MB, more than the %2 MB Easel reads</source>
        <translation>le bloc de texte PNG contient %1 Mo, plus que les %2 Mo que lit Easel</translation>
    </message>
    <message>
        <source>the PNG file is truncated</source>
        <translation>le fichier PNG est tronqué</translation>
    </message>
    <message>
        <source>not a WebP file</source>
        <translation>pas un fichier WebP</translation>
    </message>
    <message>
        <source>the WebP EXIF chunk holds %1 MB, more than the %2 MB Easel reads</source>
        <translation>le bloc EXIF WebP contient %1 Mo, plus que les %2 Mo que lit Easel</translation>
    </message>
    <message>
        <source>the WebP file is truncated</source>
        <translation>le fichier WebP est tronqué</translation>
    </message>
</context>
<context>
    <name>Easel::ImagePrepDialog</name>
    <message>
        <source>Use Picture for %1</source>
        <translation>Utiliser l’image pour %1</translation>
    </message>
    <message>
        <source>Crop to fill the size</source>
        <translation>Rogner pour remplir la taille</translation>
    </message>
    <message>
        <source>Fit inside the size</source>
        <translation>Ajuster dans la taille</translation>
    </message>
    <message>
        <source>Stretch to the size</source>
        <translation>Étirer à la taille</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Laisser tel quel</translation>
    </message>
    <message>
        <source> px</source>
        <translation type="vanished"> px</translation>
    </message>
    <message>
        <source>Turn Left</source>
        <translation type="vanished">Pivoter à gauche</translation>
    </message>
    <message>
        <source>Turn Right</source>
        <translation type="vanished">Pivoter à droite</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="vanished">Taille</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="vanished">Forme</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="vanished">Rotation</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 px; the input gets %3 × %4 px.</source>
        <translation>L’image fait %1 × %2 px ; l’entrée reçoit %3 × %4 px.</translation>
    </message>
</context>
<context>
    <name>Easel::ImagePyramid</name>
    <message>
        <source>The image has no size.</source>
        <translation>L’image n’a pas de taille.</translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2).</source>
        <translation>L’image est trop grande (%1 × %2).</translation>
    </message>
</context>
<context>
    <name>Easel::ImageView</name>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opening %1 (%2 × %3)…</source>
        <translation>Ouverture de %1 (%2 × %3)…</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3 %</source>
        <translation>%1 × %2 px · %3 %</translation>
    </message>
    <message>
        <source>Preview · opening %1 × %2…</source>
        <translation>Aperçu · ouverture en %1 × %2…</translation>
    </message>
    <message>
        <source>Opening %1 × %2… %3 %</source>
        <translation>Ouverture en %1 × %2… %3 %</translation>
    </message>
</context>
<context>
    <name>Easel::InputDelegate</name>
    <message>
        <source>Ctrl+Enter or Tab to apply, Escape to cancel</source>
        <translation type="vanished">Ctrl+Entrée ou Tab pour appliquer, Échap pour annuler</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Empty: click to write</source>
        <translation>Vide : cliquez pour écrire</translation>
    </message>
    <message>
        <source>Uploading… %1 %</source>
        <translation>Envoi… %1 %</translation>
    </message>
    <message>
        <source>Tab to apply, Ctrl+Enter to apply and queue, Escape to cancel</source>
        <translation>Tab pour appliquer, Ctrl+Entrée pour appliquer et mettre en file, Échap pour annuler</translation>
    </message>
</context>
<context>
    <name>Easel::JobJournal</name>
    <message>
        <source>Cannot write the queue journal: %1</source>
        <translation>Impossible d’écrire le journal de la file : %1</translation>
    </message>
</context>
<context>
    <name>Easel::JobQueue</name>
    <message>
        <source>Cannot write the queue journal: %1</source>
        <translation type="vanished">Impossible d’écrire le journal de la file : %1</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>The job&apos;s inputs no longer match the workflow</source>
        <translation>Les entrées de la tâche ne correspondent plus au workflow</translation>
    </message>
    <message>
        <source>Cannot read the queue journal: %1</source>
        <translation>Impossible de lire le journal de la file : %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="vanished">En attente</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="vanished">Sur le serveur</translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="vanished">En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="vanished">Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="vanished">Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="vanished">Annulé</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="vanished">Interrompu</translation>
    </message>
    <message>
        <source>Other client</source>
        <translation type="vanished">Autre client</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="vanished">%1 s</translation>
    </message>
    <message>
        <source>Another client&apos;s job</source>
        <translation type="vanished">Tâche d’un autre client</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="vanished">%1 nº %2</translation>
    </message>
    <message>
        <source>Other client, pending</source>
        <translation type="vanished">Autre client, en attente</translation>
    </message>
    <message>
        <source>Other client, running</source>
        <translation type="vanished">Autre client, en cours</translation>
    </message>
    <message>
        <source>Running %1%</source>
        <translation type="vanished">En cours %1 %</translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="vanished">Tâche</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="vanished">Modifications</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="vanished">État</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="vanished">Position</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="vanished">Écoulé</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="vanished">Estimation</translation>
    </message>
    <message>
        <source>Waiting for a server</source>
        <translation type="vanished">En attente d’un serveur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="vanished">Serveur</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="vanished">En pause</translation>
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
        <translation>Le nœud %1 (%2) a échoué : %3</translation>
    </message>
    <message>
        <source>Interrupted at node %1 (%2)</source>
        <translation>Interrompu au nœud %1 (%2)</translation>
    </message>
    <message>
        <source>The server has no record of this prompt</source>
        <translation type="vanished">Le serveur n’a aucune trace de ce prompt</translation>
    </message>
    <message>
        <source>Interrupted at node %1</source>
        <translation>Interrompu au nœud %1</translation>
    </message>
    <message>
        <source>The server listed %1 output files for this job; the limit is %2 a job</source>
        <translation>Le serveur a listé %1 fichiers de sortie pour cette tâche ; la limite est de %2 par tâche</translation>
    </message>
    <message numerus="yes">
        <source>The server does not know this job (in neither its queue nor its history for %n second(s)); it was lost</source>
        <translation>
            <numerusform>Le serveur ne connaît pas cette tâche (absente de sa file et de son historique depuis %n seconde) ; elle a été perdue</numerusform>
            <numerusform>Le serveur ne connaît pas cette tâche (absente de sa file et de son historique depuis %n secondes) ; elle a été perdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server does not know this job; lost in %n second(s)</source>
        <translation>
            <numerusform>le serveur ne connaît pas cette tâche ; perdue après %n seconde</numerusform>
            <numerusform>le serveur ne connaît pas cette tâche ; perdue après %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for the server&apos;s answer, %n second(s)</source>
        <translation>
            <numerusform>attend la réponse du serveur depuis %n seconde</numerusform>
            <numerusform>attend la réponse du serveur depuis %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::JsonBreak</name>
    <message>
        <source>the string that opens here is never closed: the file ends inside it (%1)</source>
        <translation>la chaîne ouverte ici n’est jamais fermée : le fichier se termine à l’intérieur (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; closes nothing</source>
        <translation>« %1 » ne ferme rien</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not close the &quot;%2&quot; opened at %3</source>
        <translation>« %1 » ne ferme pas le « %2 » ouvert en %3</translation>
    </message>
    <message>
        <source>the file ends before the &quot;%1&quot; opened at %2 is closed</source>
        <translation>le fichier se termine avant la fermeture du « %1 » ouvert en %2</translation>
    </message>
</context>
<context>
    <name>Easel::KioskConfigWriter</name>
    <message>
        <source>the hash is written, but the file&apos;s group could not be kept</source>
        <translation>le hachage est écrit, mais le groupe du fichier n’a pas pu être conservé</translation>
    </message>
</context>
<context>
    <name>Easel::KioskController</name>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>This session&apos;s pictures, newest first.</source>
        <translation>Les images de cette session, les plus récentes d’abord.</translation>
    </message>
    <message>
        <source>Workflow:</source>
        <translation>Workflow :</translation>
    </message>
    <message>
        <source>No approved workflows</source>
        <translation>Aucun workflow approuvé</translation>
    </message>
    <message>
        <source>Administrator…</source>
        <translation>Administrateur…</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) used</source>
        <translation>
            <numerusform>%n réglage utilisé</numerusform>
            <numerusform>%n réglages utilisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n locked by the administrator</source>
        <translation type="vanished">
            <numerusform>; %n verrouillé par l’administrateur</numerusform>
            <numerusform>; %n verrouillés par l’administrateur</numerusform>
        </translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Utiliser ces réglages</translation>
    </message>
    <message>
        <source>Cancel my picture</source>
        <translation>Annuler mon image</translation>
    </message>
    <message>
        <source>These settings belong to another workflow. Pick that workflow first.</source>
        <translation>Ces réglages appartiennent à un autre workflow. Choisissez d’abord ce workflow.</translation>
    </message>
    <message numerus="yes">
        <source>; %n kept as the administrator set them</source>
        <translation>
            <numerusform>; %n conservé tel que défini par l’administrateur</numerusform>
            <numerusform>; %n conservés tels que définis par l’administrateur</numerusform>
        </translation>
    </message>
    <message>
        <source>Your picture is on its way.</source>
        <translation>Votre image est en préparation.</translation>
    </message>
    <message>
        <source>Some values are outside what is allowed here; they are marked in the list.</source>
        <translation>Certaines valeurs sont hors des limites autorisées ici ; elles sont signalées dans la liste.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Your picture is ready.</source>
        <translation>Votre image est prête.</translation>
    </message>
    <message>
        <source>This picture could not be made. Please try again.</source>
        <translation>Cette image n’a pas pu être créée. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Your pictures appear here. Press Generate to make one.</source>
        <translation>Vos images apparaissent ici. Appuyez sur « Générer » pour en créer une.</translation>
    </message>
    <message>
        <source>Press Generate: the live preview and your pictures appear here.</source>
        <translation>Appuyez sur « Générer » : l’aperçu en direct et vos images s’affichent ici.</translation>
    </message>
</context>
<context>
    <name>Easel::KioskInputRule</name>
    <message>
        <source>The administrator locked this input.</source>
        <translation>L’administrateur a verrouillé cette entrée.</translation>
    </message>
    <message>
        <source>Only a number is allowed here.</source>
        <translation type="vanished">Seul un nombre est autorisé ici.</translation>
    </message>
    <message>
        <source>Allowed here: %1 to %2.</source>
        <translation type="vanished">Autorisé ici : de %1 à %2.</translation>
    </message>
    <message>
        <source>Allowed here: %1.</source>
        <translation type="vanished">Autorisé ici : %1.</translation>
    </message>
</context>
<context>
    <name>Easel::KioskPin</name>
    <message>
        <source>not of the form pbkdf2-sha256$iterations$salt$hash</source>
        <translation type="vanished">n’est pas de la forme pbkdf2-sha256$iterations$salt$hash</translation>
    </message>
    <message>
        <source>the iteration count is missing or out of range</source>
        <translation>le nombre d’itérations est absent ou hors limites</translation>
    </message>
    <message>
        <source>the salt or the hash is not valid base64 of the right length</source>
        <translation>le sel ou le hachage n’est pas du base64 valide de la bonne longueur</translation>
    </message>
    <message>
        <source>neither an $argon2id$ hash nor of the form pbkdf2-sha256$iterations$salt$hash</source>
        <translation>ni un hachage $argon2id$ ni de la forme pbkdf2-sha256$iterations$salt$hash</translation>
    </message>
    <message>
        <source>the PIN needs at least %1 characters</source>
        <translation>le PIN doit comporter au moins %1 caractères</translation>
    </message>
    <message>
        <source>the PIN is a run of characters (like 123456)</source>
        <translation>le PIN est une suite de caractères (comme 123456)</translation>
    </message>
    <message>
        <source>the PIN repeats a few characters (like 111111 or 121212)</source>
        <translation>le PIN répète quelques caractères (comme 111111 ou 121212)</translation>
    </message>
    <message>
        <source>the PIN looks like a date or a year</source>
        <translation>le PIN ressemble à une date ou à une année</translation>
    </message>
    <message>
        <source>the PIN is a common password</source>
        <translation>le PIN est un mot de passe courant</translation>
    </message>
    <message>
        <source>not a valid $argon2id$ hash; make a new one with --kiosk-hash-pin</source>
        <translation>pas un hachage $argon2id$ valide ; créez-en un nouveau avec --kiosk-hash-pin</translation>
    </message>
</context>
<context>
    <name>Easel::KioskPolicy</name>
    <message>
        <source>%1 cannot be read</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <translation>pas une adresse http(s)</translation>
    </message>
    <message>
        <source>not a number of seconds up to a day</source>
        <translation>pas un nombre de secondes d’au plus un jour</translation>
    </message>
    <message>
        <source>“%1” is not a rule; the input stays locked</source>
        <translation>« %1 » n’est pas une règle ; l’entrée reste verrouillée</translation>
    </message>
    <message>
        <source>keys are node id.input name</source>
        <translation>les clés sont de la forme id-du-nœud.nom-de-l’entrée</translation>
    </message>
    <message>
        <source>Nodes cannot be changed in kiosk mode.</source>
        <translation>Les nœuds ne peuvent pas être modifiés en mode kiosque.</translation>
    </message>
    <message>
        <source>%1 is locked by the administrator.</source>
        <translation>%1 est verrouillé par l’administrateur.</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2; %3 is used</source>
        <translation>pas un nombre entier de %1 à %2 ; %3 est utilisé</translation>
    </message>
    <message>
        <source>an older PBKDF2 hash, still accepted; make an Argon2id one with easel --kiosk-hash-pin</source>
        <translation>un ancien hachage PBKDF2, encore accepté ; créez-en un Argon2id avec easel --kiosk-hash-pin</translation>
    </message>
    <message>
        <source>“%1” is not locked or editable; the mode stays locked</source>
        <translation>« %1 » n’est ni locked ni editable ; le mode reste verrouillé</translation>
    </message>
    <message>
        <source>What happens to %1 after each picture is set by the administrator.</source>
        <translation>Ce qui arrive à %1 après chaque image est défini par l’administrateur.</translation>
    </message>
    <message>
        <source>“%1” is not a mode.</source>
        <translation>« %1 » n’est pas un mode.</translation>
    </message>
</context>
<context>
    <name>Easel::KioskUnlockDialog</name>
    <message>
        <source>No administrator PIN is configured; kiosk mode cannot be left here.</source>
        <translation>Aucun PIN administrateur n’est configuré ; impossible de quitter le mode kiosque ici.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de PIN incorrects. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de PIN incorrects. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>Saisissez le PIN.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>Easel::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Library &amp;Dock</source>
        <translation>&amp;Dock de la bibliothèque</translation>
    </message>
    <message>
        <source>Show the library in a dock of its own, which can be moved, floated and resized</source>
        <translation>Afficher la bibliothèque dans son propre dock, qui peut être déplacé, détaché et redimensionné</translation>
    </message>
</context>
<context>
    <name>Easel::LibraryFocus</name>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Give the whole window to the library (Ctrl+L)</source>
        <translation>Donner toute la fenêtre à la bibliothèque (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>Easel::LibraryIndex</name>
    <message>
        <source>Cannot create the folder for %1</source>
        <translation>Impossible de créer le dossier pour %1</translation>
    </message>
    <message>
        <source>The library index %1 was made by a newer Easel</source>
        <translation>L’index de bibliothèque %1 a été créé par une version plus récente d’Easel</translation>
    </message>
    <message>
        <source>The library index %1 has rows that refer to missing outputs</source>
        <translation>L’index de bibliothèque %1 contient des lignes qui renvoient à des sorties manquantes</translation>
    </message>
    <message>
        <source>The library index %1 changed while it was opened</source>
        <translation>L’index de bibliothèque %1 a été modifié pendant son ouverture</translation>
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
        <translation>Valeur du widget</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>The input holds its own value (a widget)</source>
        <translation>L’entrée porte sa propre valeur (un widget)</translation>
    </message>
    <message>
        <source>Nothing feeds the input</source>
        <translation>Rien n’alimente l’entrée</translation>
    </message>
</context>
<context>
    <name>Easel::MainWindow</name>
    <message>
        <source>Node</source>
        <translation type="vanished">Nœud</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">Classe</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">Titre</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="vanished">Connexion à %1…</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation type="vanished">Non connecté à %1</translation>
    </message>
    <message>
        <source>Queued %1 (number %2)</source>
        <translation type="vanished">%1 mis en file (numéro %2)</translation>
    </message>
    <message>
        <source>Running node %1</source>
        <translation type="vanished">Exécution du nœud %1</translation>
    </message>
    <message>
        <source>Open Workflow</source>
        <translation>Ouvrir un workflow</translation>
    </message>
    <message>
        <source>Workflows (*.json);;All files (*)</source>
        <translation type="vanished">Workflows (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="vanished">Ouverture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s)</source>
        <translation type="vanished">
            <numerusform>%1 : %n nœud</numerusform>
            <numerusform>%1 : %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Easel</source>
        <translation type="vanished">%1 — Easel</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n prompt(s)</source>
        <translation type="vanished">
            <numerusform>%n prompt mis en file</numerusform>
            <numerusform>%n prompts mis en file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n output(s)</source>
        <translation type="vanished">
            <numerusform>Terminé : %n sortie</numerusform>
            <numerusform>Terminé : %n sorties</numerusform>
        </translation>
    </message>
    <message>
        <source>The server rejected the prompt</source>
        <translation type="vanished">Le serveur a refusé le prompt</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="vanished">Refusé : %1</translation>
    </message>
    <message>
        <source>  node %1 (%2), input %3: %4 %5</source>
        <translation type="vanished">  nœud %1 (%2), entrée %3 : %4 %5</translation>
    </message>
    <message>
        <source>-</source>
        <translation type="vanished">-</translation>
    </message>
    <message>
        <source>The output library cannot be opened: %1</source>
        <translation>Impossible d’ouvrir la bibliothèque des sorties : %1</translation>
    </message>
    <message>
        <source>The server restarted and lost this job. Retry queues it again.</source>
        <translation>Le serveur a redémarré et a perdu cette tâche. « Réessayer » la remet dans la file.</translation>
    </message>
    <message>
        <source>The server restarted and forgot its queue; Easel&apos;s jobs are checked again.</source>
        <translation>Le serveur a redémarré et a oublié sa file ; les tâches d’Easel sont vérifiées à nouveau.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed</source>
        <translation type="vanished">%1 : %2 terminées, %3 en échec</translation>
    </message>
    <message>
        <source>Why the job failed</source>
        <translation type="vanished">Pourquoi la tâche a échoué</translation>
    </message>
    <message>
        <source>The server&apos;s node list could not be read: %1</source>
        <translation>Impossible de lire la liste des nœuds du serveur : %1</translation>
    </message>
    <message>
        <source>/object_info lists no nodes</source>
        <translation>/object_info ne liste aucun nœud</translation>
    </message>
    <message>
        <source>Progress of the queue</source>
        <translation>Progression de la file</translation>
    </message>
    <message>
        <source>No workflow</source>
        <translation>Aucun workflow</translation>
    </message>
    <message>
        <source>%1[*] — Easel</source>
        <translation>%1[*] — Easel</translation>
    </message>
    <message>
        <source>Workflows and images (*.json *.png *.webp);;All files (*)</source>
        <translation>Workflows et images (*.json *.png *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The workflow cannot be converted to a prompt; see the problems below the tree.</source>
        <translation>Le workflow ne peut pas être converti en prompt ; voir les problèmes sous l’arbre.</translation>
    </message>
    <message numerus="yes">
        <source>Queued with %n problem(s) found here; the server will judge them.</source>
        <translation>
            <numerusform>Mis en file avec %n problème trouvé ici ; le serveur en jugera.</numerusform>
            <numerusform>Mis en file avec %n problèmes trouvés ici ; le serveur en jugera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s)</source>
        <translation>
            <numerusform>%n tâche mise en file</numerusform>
            <numerusform>%n tâches mises en file</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Connexions…</translation>
    </message>
    <message>
        <source>Use settings of an output</source>
        <translation>Utiliser les réglages d’une sortie</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n value(s) of the output to the open workflow.</source>
        <translation>
            <numerusform>%n valeur de la sortie appliquée au workflow ouvert.</numerusform>
            <numerusform>%n valeurs de la sortie appliquées au workflow ouvert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliqué : %1</translation>
    </message>
    <message>
        <source>Left as they are (linked in the open workflow): %1</source>
        <translation>Laissés tels quels (liés dans le workflow ouvert) : %1</translation>
    </message>
    <message>
        <source>The output&apos;s workflow cannot be opened: %1</source>
        <translation>Impossible d’ouvrir le workflow de la sortie : %1</translation>
    </message>
    <message>
        <source>The open workflow is a different graph (%1), so the output&apos;s workflow was opened as a new document.</source>
        <translation>Le workflow ouvert est un graphe différent (%1) ; le workflow de la sortie a donc été ouvert comme nouveau document.</translation>
    </message>
    <message numerus="yes">
        <source>The server restarted and lost %n job(s). They are kept in the queue as failed.</source>
        <translation>
            <numerusform>Le serveur a redémarré et a perdu %n tâche. Elle reste dans la file, marquée comme échouée.</numerusform>
            <numerusform>Le serveur a redémarré et a perdu %n tâches. Elles restent dans la file, marquées comme échouées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %n job(s)</source>
        <translation>
            <numerusform>Réessayer %n tâche</numerusform>
            <numerusform>Réessayer %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost job(s) queued again.</source>
        <translation>
            <numerusform>%n tâche perdue remise en file.</numerusform>
            <numerusform>%n tâches perdues remises en file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still run on this server. Switch when they have finished.</source>
        <translation type="vanished">
            <numerusform>%n tâche est encore en cours sur ce serveur. Changez quand elle sera terminée.</numerusform>
            <numerusform>%n tâches sont encore en cours sur ce serveur. Changez quand elles seront terminées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Any server</source>
        <translation>N’importe quel serveur</translation>
    </message>
    <message>
        <source>The farm is stopped; Easel uses one server again.</source>
        <translation>La ferme est arrêtée ; Easel utilise de nouveau un seul serveur.</translation>
    </message>
    <message>
        <source>The farm needs at least two saved servers.</source>
        <translation>La ferme nécessite au moins deux serveurs enregistrés.</translation>
    </message>
    <message numerus="yes">
        <source>Using a farm of %n servers.</source>
        <translation>
            <numerusform>Utilisation d’une ferme de %n serveur.</numerusform>
            <numerusform>Utilisation d’une ferme de %n serveurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the servers of the render farm</source>
        <translation>Afficher ou masquer les serveurs de la ferme de rendu</translation>
    </message>
    <message>
        <source>The queue could not be moved to the farm: jobs are still on a server.</source>
        <translation type="vanished">La file d’attente n’a pas pu être transférée à la ferme : des tâches sont encore sur un serveur.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still run on a server. Switch when they have finished.</source>
        <translation>
            <numerusform>%n tâche est encore en cours sur un serveur. Changez quand elle sera terminée.</numerusform>
            <numerusform>%n tâches sont encore en cours sur un serveur. Changez quand elles seront terminées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Farm: %1 of %n servers ready</source>
        <translation>
            <numerusform>Ferme : %1 sur %n serveur prêt</numerusform>
            <numerusform>Ferme : %1 sur %n serveurs prêts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not queued: the server would refuse this workflow (%n problem(s), marked on the nodes and listed in the log).</source>
        <translation>
            <numerusform>Non mis en file : le serveur refuserait ce workflow (%n problème, signalé sur les nœuds et listé dans le journal).</numerusform>
            <numerusform>Non mis en file : le serveur refuserait ce workflow (%n problèmes, signalés sur les nœuds et listés dans le journal).</numerusform>
        </translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>%1 en cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Why “%1” failed</source>
        <translation>Pourquoi « %1 » a échoué</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Open Its &amp;Settings</source>
        <translation>Ouvrir ses ré&amp;glages</translation>
    </message>
    <message>
        <source>a render farm</source>
        <translation>une ferme de rendu</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nouveau depuis un &amp;modèle</translation>
    </message>
    <message>
        <source>%1 is open.</source>
        <translation>%1 est ouvert.</translation>
    </message>
    <message>
        <source>%1 is open. %2 queues it.</source>
        <translation>%1 est ouvert. %2 pour le mettre en file.</translation>
    </message>
    <message>
        <source>New workflow from the starter “%1”</source>
        <translation>Nouveau workflow à partir du modèle de départ « %1 »</translation>
    </message>
    <message>
        <source>The server has no file for %1. Put one into the server&apos;s models folder and restart it, or start from “Check the server (no model)”.</source>
        <translation>Le serveur n’a aucun fichier pour %1. Placez-en un dans le dossier des modèles du serveur et redémarrez-le, ou partez de « Vérifier le serveur (sans modèle) ».</translation>
    </message>
    <message>
        <source>Using the server&apos;s own models: %1</source>
        <translation>Utilisation des modèles du serveur : %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>Easel &amp;Documentation</source>
        <translation>&amp;Documentation d’Easel</translation>
    </message>
    <message>
        <source>&amp;About Easel</source>
        <translation>À &amp;propos d’Easel</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Queue at &amp;Front</source>
        <translation>Mettre en file en &amp;tête</translation>
    </message>
    <message>
        <source>&amp;Cancel Running Job</source>
        <translation>Annuler la tâche en &amp;cours</translation>
    </message>
    <message>
        <source>&amp;Find Setting</source>
        <translation>&amp;Rechercher un réglage</translation>
    </message>
    <message>
        <source>Easel Documentation</source>
        <translation>Documentation d’Easel</translation>
    </message>
    <message>
        <source>The documentation is not installed here. It is the README.md and the docs folder of Easel&apos;s source.</source>
        <translation>La documentation n’est pas installée ici. Il s’agit du README.md et du dossier docs des sources d’Easel.</translation>
    </message>
    <message>
        <source>not known (not connected yet)</source>
        <translation>inconnu (pas encore connecté)</translation>
    </message>
    <message>
        <source>About Easel</source>
        <translation>À propos d’Easel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Easel %1&lt;/h3&gt;&lt;p&gt;A desktop client for ComfyUI.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;ComfyUI server at %4: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Easel %1&lt;/h3&gt;&lt;p&gt;Un client de bureau pour ComfyUI.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec %3)&lt;br&gt;Serveur ComfyUI à %4 : %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Filmstrip</source>
        <translation>Bandeau</translation>
    </message>
    <message>
        <source>Paste Image</source>
        <translation>Coller l’image</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>workflow, run, runs</comment>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Queue %p%</source>
        <comment>the whole queue&apos;s progress</comment>
        <translation>File d’attente %p%</translation>
    </message>
    <message>
        <source>Opening the output library…</source>
        <translation>Ouverture de la bibliothèque des sorties…</translation>
    </message>
    <message>
        <source>The output library is open.</source>
        <translation>La bibliothèque des sorties est ouverte.</translation>
    </message>
</context>
<context>
    <name>Easel::MaskCanvas</name>
    <message>
        <source>Fill</source>
        <translation>Remplir</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer tout</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Gommer</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>Peindre</translation>
    </message>
</context>
<context>
    <name>Easel::MaskEditorDialog</name>
    <message>
        <source>Mask Editor — %1</source>
        <translation>Éditeur de masque — %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Paint where the picture should change. [ and ] change the brush, X swaps brush and eraser.</source>
        <translation>Peignez là où l’image doit changer. [ et ] changent le pinceau, X alterne entre pinceau et gomme.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation type="vanished">&amp;Pinceau</translation>
    </message>
    <message>
        <source>Paint the mask</source>
        <translation>Peindre le masque</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation type="vanished">&amp;Gomme</translation>
    </message>
    <message>
        <source>Erase the mask</source>
        <translation>Gommer le masque</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation type="vanished">&amp;Remplir</translation>
    </message>
    <message>
        <source>Mask the whole picture</source>
        <translation>Masquer toute l’image</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="vanished">Effa&amp;cer tout</translation>
    </message>
    <message>
        <source>Remove the whole mask</source>
        <translation>Supprimer tout le masque</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation type="vanished">&amp;Inverser</translation>
    </message>
    <message>
        <source>Swap masked and unmasked</source>
        <translation>Permuter les zones masquées et non masquées</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="vanished">Ajuster</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>Ajuster l’image à la fenêtre</translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="vanished">100 %</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation type="vanished">Pinceau</translation>
    </message>
    <message>
        <source> px</source>
        <translation type="vanished"> px</translation>
    </message>
    <message>
        <source>Brush size in picture pixels ([ smaller, ] larger)</source>
        <translation type="vanished">Taille du pinceau en pixels de l’image ([ plus petit, ] plus grand)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="vanished">Taille</translation>
    </message>
    <message>
        <source>Hardness</source>
        <translation type="vanished">Dureté</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="vanished">Opacité</translation>
    </message>
    <message>
        <source>Mask overlay</source>
        <translation type="vanished">Superposition du masque</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="vanished">Couleur…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="vanished">Couleur</translation>
    </message>
    <message>
        <source>Left button paints, right button erases.
Middle button or Space+drag pans; the wheel zooms.</source>
        <translation type="vanished">Le bouton gauche peint, le bouton droit gomme.
Le bouton du milieu ou Espace+glisser déplace la vue ; la molette zoome.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Annuler</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Upload the mask to the server and use it (Ctrl+S)</source>
        <translation type="vanished">Envoyer le masque au serveur et l’utiliser (Ctrl+S)</translation>
    </message>
    <message>
        <source>Mask Colour</source>
        <translation>Couleur du masque</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3%</source>
        <translation>%1 × %2 px · %3 %</translation>
    </message>
    <message>
        <source>Uploading the mask…</source>
        <translation>Envoi du masque…</translation>
    </message>
    <message>
        <source>Discard the Mask?</source>
        <translation>Abandonner le masque ?</translation>
    </message>
    <message>
        <source>The mask has changes that are not saved. Discard them?</source>
        <translation>Le masque comporte des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>Loading or saving the picture</source>
        <translation type="vanished">Chargement ou enregistrement de l’image</translation>
    </message>
</context>
<context>
    <name>Easel::MediaInfo</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Not a readable image: %1</source>
        <translation>Image illisible : %1</translation>
    </message>
</context>
<context>
    <name>Easel::MediaKind</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>3D model</source>
        <translation>Modèle 3D</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Autre fichier</translation>
    </message>
</context>
<context>
    <name>Easel::MediaPlayerPage</name>
    <message>
        <source>Text output</source>
        <translation>Sortie texte</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Lire ou mettre en pause (Espace)</translation>
    </message>
    <message>
        <source>Previous frame (,)</source>
        <translation>Image précédente (,)</translation>
    </message>
    <message>
        <source>Next frame (.)</source>
        <translation>Image suivante (.)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Boucle</translation>
    </message>
    <message>
        <source>Play again from the start (L)</source>
        <translation>Rejouer depuis le début (L)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Mute the sound (M)</source>
        <translation>Couper le son (M)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>This file cannot be played: %1</source>
        <translation>Ce fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>This animation cannot be shown: %1</source>
        <translation>Cette animation ne peut pas être affichée : %1</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n frame(s) fit in memory</source>
        <translation>
            <numerusform>Seule %n image tient en mémoire</numerusform>
            <numerusform>Seules les %n premières images tiennent en mémoire</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>%1

%2: Easel keeps it in the library; open it with another program.</source>
        <translation>%1

%2 : Easel le conserve dans la bibliothèque ; ouvrez-le avec un autre programme.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>frame %1/%2</source>
        <translation>image %1/%2</translation>
    </message>
</context>
<context>
    <name>Easel::MediaProbe</name>
    <message>
        <source>No decoder for %1</source>
        <translation>Aucun décodeur pour %1</translation>
    </message>
    <message>
        <source>The decoder cannot be set up</source>
        <translation>Le décodeur ne peut pas être configuré</translation>
    </message>
    <message>
        <source>The decoder cannot be opened (%1)</source>
        <translation>Le décodeur ne peut pas être ouvert (%1)</translation>
    </message>
    <message>
        <source>Decoding a frame took too long</source>
        <translation>Le décodage d’une image a pris trop de temps</translation>
    </message>
    <message>
        <source>No frame could be decoded</source>
        <translation>Aucune image n’a pu être décodée</translation>
    </message>
    <message>
        <source>No sound could be decoded</source>
        <translation>Aucun son n’a pu être décodé</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>The image claims %1×%2 pixels, more than Easel decodes</source>
        <translation>L’image annonce %1×%2 pixels, plus qu’Easel ne décode</translation>
    </message>
    <message>
        <source>The first frame cannot be decoded: %1</source>
        <translation>La première image ne peut pas être décodée : %1</translation>
    </message>
    <message>
        <source>This is not a WebP file</source>
        <translation>Ce n’est pas un fichier WebP</translation>
    </message>
    <message>
        <source>The file has no picture and no sound</source>
        <translation>Le fichier ne contient ni image ni son</translation>
    </message>
    <message>
        <source>The video claims %1×%2 pixels; Easel does not decode it</source>
        <translation>La vidéo annonce %1×%2 pixels ; Easel ne la décode pas</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>Easel::NodePickerDialog</name>
    <message>
        <source>Favourite: %1</source>
        <translation>Favori : %1</translation>
    </message>
    <message>
        <source>Recently added: %1</source>
        <translation>Ajouté récemment : %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;No node matches.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun nœud ne correspond.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2, optional)</source>
        <translation>%1 (%2, facultatif)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Entrées :</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valeurs :</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Sorties :</translation>
    </message>
    <message>
        <source>An output node: the prompt runs up to it.</source>
        <translation>Un nœud de sortie : le prompt s’exécute jusqu’à lui.</translation>
    </message>
</context>
<context>
    <name>Easel::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Easel::NumberEdit</name>
    <message>
        <source>Allowed: %1 to %2. Up and Down change the value by its step.</source>
        <translation>Autorisé : de %1 à %2. Haut et Bas changent la valeur d’un pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>allowed: %1 to %2</source>
        <translation>autorisé : de %1 à %2</translation>
    </message>
    <message>
        <source>%1 is below the minimum (%2)</source>
        <translation>%1 est inférieur au minimum (%2)</translation>
    </message>
    <message>
        <source>%1 is above the maximum (%2)</source>
        <translation>%1 dépasse le maximum (%2)</translation>
    </message>
</context>
<context>
    <name>Easel::OutputActions</name>
    <message>
        <source>Copy Image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <source>Copy File Path</source>
        <translation>Copier le chemin du fichier</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>Ouvrir le dossier parent</translation>
    </message>
    <message>
        <source>Open With…</source>
        <translation>Ouvrir avec…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show Workflow</source>
        <translation>Afficher le workflow</translation>
    </message>
    <message>
        <source>Use These Settings</source>
        <translation>Utiliser ces réglages</translation>
    </message>
    <message>
        <source>Use as Input</source>
        <translation>Utiliser comme entrée</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Copied the file %1 (its pixels could not be read).</source>
        <translation>Le fichier %1 a été copié (ses pixels n’ont pas pu être lus).</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 a été copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>No file manager could be started to show %1.</source>
        <translation>Aucun gestionnaire de fichiers n’a pu être lancé pour afficher %1.</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 n’existe plus.</translation>
    </message>
    <message>
        <source>No application is set up to open %1 on this system. Copy its path (right-click › Copy File Path) and open it from your editor.</source>
        <translation>Aucune application n’est configurée pour ouvrir %1 sur ce système. Copiez son chemin (clic droit › Copier le chemin du fichier) et ouvrez-le depuis votre éditeur.</translation>
    </message>
    <message>
        <source>%1 carries no workflow.</source>
        <translation>%1 ne contient aucun workflow.</translation>
    </message>
    <message>
        <source>The favourite could not be saved: %1</source>
        <translation>Le favori n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The tags could not be saved: %1</source>
        <translation>Les étiquettes n’ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <source>%1 could not be moved to the trash.</source>
        <translation>%1 n’a pas pu être mis à la corbeille.</translation>
    </message>
    <message>
        <source>Moved %1 to the trash.</source>
        <translation>%1 a été mis à la corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n File Path(s)</source>
        <translation>
            <numerusform>Copier %n chemin de fichier</numerusform>
            <numerusform>Copier %n chemins de fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the Two</source>
        <translation>Comparer les deux</translation>
    </message>
    <message numerus="yes">
        <source>Move %n to Trash</source>
        <translation>
            <numerusform>Mettre %n sortie à la corbeille</numerusform>
            <numerusform>Mettre %n sorties à la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened the first %1 of %n folder(s).</source>
        <translation>
            <numerusform>Les %1 premiers dossiers sur %n ont été ouverts.</numerusform>
            <numerusform>Les %1 premiers dossiers sur %n ont été ouverts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n output(s) to the trash.</source>
        <translation>
            <numerusform>%n sortie mise à la corbeille.</numerusform>
            <numerusform>%n sorties mises à la corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags could not be read: %1</source>
        <translation>Les étiquettes n’ont pas pu être lues : %1</translation>
    </message>
</context>
<context>
    <name>Easel::OutputDetailDialog</name>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Graine : %1</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Prompt : %1</translation>
    </message>
    <message>
        <source>Made by node %1 of prompt %2 on %3</source>
        <translation type="vanished">Produit par le nœud %1 du prompt %2 le %3</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créé : %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Taille : %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>Changed inputs:</source>
        <translation>Entrées modifiées :</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Utiliser ces réglages</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <source>Copy seed</source>
        <translation>Copier la graine</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Made by node %1 of prompt %2</source>
        <translation type="vanished">Produit par le nœud %1 du prompt %2</translation>
    </message>
    <message>
        <source>Settings of this output</source>
        <translation>Réglages de cette sortie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a setting&apos;s label and its value</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <comment>the label of the node that wrote the file, e.g. Save Image</comment>
        <translation>Produit par : %1</translation>
    </message>
    <message>
        <source>Workflow: %1</source>
        <translation>Workflow : %1</translation>
    </message>
    <message>
        <source>Prompt ID: %1</source>
        <translation>ID du prompt : %1</translation>
    </message>
    <message>
        <source>Node ID: %1</source>
        <translation>ID du nœud : %1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copies these settings with the prompt and node IDs, for a bug report or the server&apos;s log</source>
        <translation>Copie ces réglages avec les ID du prompt et du nœud, pour un rapport de bogue ou le journal du serveur</translation>
    </message>
    <message>
        <source>Reading the settings of this output…</source>
        <translation>Lecture des réglages de cette sortie…</translation>
    </message>
    <message>
        <source>This output is no longer in the library.</source>
        <translation>Cette sortie n’est plus dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>Easel::OutputDetails</name>
    <message>
        <source>Show Prompt</source>
        <translation>Afficher le prompt</translation>
    </message>
    <message>
        <source>The prompt exactly as it was queued (API JSON)</source>
        <translation>Le prompt exactement tel qu’il a été mis en file (JSON API)</translation>
    </message>
    <message>
        <source>No output chosen</source>
        <translation>Aucune sortie choisie</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Differs from the batch</source>
        <translation>Diffère du lot</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Aperçu de %1</translation>
    </message>
    <message>
        <source>The settings appear here when its picture is saved.</source>
        <translation>Les réglages s’affichent ici une fois son image enregistrée.</translation>
    </message>
</context>
<context>
    <name>Easel::OutputIntegrity</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not what its name says: %2 bytes that do not start with its format&apos;s signature</source>
        <translation>%1 n’est pas ce que son nom indique : %2 octets qui ne commencent pas par la signature de son format</translation>
    </message>
    <message>
        <source>The download of %1 was cut short (%2 bytes)</source>
        <translation>Le téléchargement de %1 a été interrompu (%2 octets)</translation>
    </message>
</context>
<context>
    <name>Easel::OutputListModel</name>
    <message>
        <source>Older outputs are in the Library</source>
        <translation>Les sorties plus anciennes sont dans la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>%n older output(s) of this session are in the Library.</source>
        <translation>
            <numerusform>%n sortie plus ancienne de cette session est dans la bibliothèque.</numerusform>
            <numerusform>%n sorties plus anciennes de cette session sont dans la bibliothèque.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::OutputSaver</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Easel::OutputStore</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>Impossible de récupérer %1 : %2</translation>
    </message>
    <message>
        <source>The download of %1 was cut short (%2 bytes)</source>
        <translation type="vanished">Le téléchargement de %1 a été interrompu (%2 octets)</translation>
    </message>
    <message>
        <source>Cannot move the download into place at %1</source>
        <translation>Impossible de placer le téléchargement en %1</translation>
    </message>
    <message>
        <source>[Easel kept the first %1 of %2 characters of this text]</source>
        <translation>[Easel a conservé les %1 premiers caractères sur %2 de ce texte]</translation>
    </message>
    <message>
        <source>%1 would take the job past its limit of %2 bytes for all its files</source>
        <translation>%1 ferait dépasser à la tâche sa limite de %2 octets pour l’ensemble de ses fichiers</translation>
    </message>
    <message>
        <source>Cannot read the download of %1</source>
        <translation type="vanished">Impossible de lire le téléchargement de %1</translation>
    </message>
    <message>
        <source>%1 was removed from the library while it was being shared</source>
        <translation>%1 a été retiré de la bibliothèque pendant sa mise en partage</translation>
    </message>
    <message>
        <source>Could not record the outputs in the library: %1</source>
        <translation>Impossible d’enregistrer les sorties dans la bibliothèque : %1</translation>
    </message>
</context>
<context>
    <name>Easel::OutputSummary</name>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>saved %1 %2: %3</source>
        <translation>%1 %2 enregistré : %3</translation>
    </message>
</context>
<context>
    <name>Easel::PngChunkScreen</name>
    <message>
        <source>The PNG file cannot be read.</source>
        <translation>Le fichier PNG ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The PNG chunk %1 declares %2 bytes, more than the format allows.</source>
        <translation>Le bloc PNG %1 annonce %2 octets, plus que le format ne le permet.</translation>
    </message>
    <message>
        <source>The PNG chunk %1 holds %2, more than the %3 Easel reads.</source>
        <translation>Le bloc PNG %1 contient %2, plus que les %3 que lit Easel.</translation>
    </message>
    <message>
        <source>The PNG file is cut short: its chunk %1 declares %2, only %3 follow.</source>
        <translation>Le fichier PNG est tronqué : son bloc %1 annonce %2, seuls %3 suivent.</translation>
    </message>
</context>
<context>
    <name>Easel::PreviewPane</name>
    <message>
        <source>Node %1</source>
        <translation>Nœud %1</translation>
    </message>
</context>
<context>
    <name>Easel::ProfileStore</name>
    <message>
        <source>A secret of profile “%1” is missing from the keychain.</source>
        <translation>Un secret du profil « %1 » est absent du trousseau.</translation>
    </message>
</context>
<context>
    <name>Easel::PromptConverter</name>
    <message>
        <source>this subgraph is muted or bypassed inside another subgraph; ComfyUI&apos;s frontend still runs the nodes inside it, and so does Easel</source>
        <translation>ce sous-graphe est désactivé ou contourné à l’intérieur d’un autre sous-graphe ; l’interface de ComfyUI exécute quand même ses nœuds, et Easel aussi</translation>
    </message>
    <message>
        <source>subgraphs nested deeper than %1 levels (does a subgraph contain itself?)</source>
        <translation>sous-graphes imbriqués sur plus de %1 niveaux (un sous-graphe se contient-il lui-même ?)</translation>
    </message>
    <message>
        <source>group nodes inside subgraphs are not supported (nor by ComfyUI)</source>
        <translation>les nœuds de groupe dans les sous-graphes ne sont pas pris en charge (ni par ComfyUI)</translation>
    </message>
    <message>
        <source>widgets_values holds %1 values where %2 were expected; they are mapped in order</source>
        <translation>widgets_values contient %1 valeurs alors que %2 étaient attendues ; elles sont associées dans l’ordre</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation>le type de nœud %1 n’est pas installé sur le serveur</translation>
    </message>
    <message>
        <source>the node no longer has the widget %1 this input was made from; the input is dropped, as ComfyUI&apos;s frontend does when it loads the workflow</source>
        <translation>le nœud n’a plus le widget %1 dont cette entrée est issue ; l’entrée est abandonnée, comme le fait l’interface de ComfyUI au chargement du workflow</translation>
    </message>
    <message>
        <source>the link loops through reroutes or bypassed nodes</source>
        <translation>le lien boucle à travers des reroutes ou des nœuds contournés</translation>
    </message>
    <message>
        <source>input refers to link %1, which the workflow does not have</source>
        <translation>l’entrée fait référence au lien %1, que le workflow ne contient pas</translation>
    </message>
    <message>
        <source>link %1 names target slot %2, but the node holds it in input %3 (%4 inputs); the input that holds the link is used, as ComfyUI does</source>
        <translation>le lien %1 désigne l’emplacement cible %2, mais le nœud le place dans l’entrée %3 (%4 entrées) ; comme ComfyUI, l’entrée qui porte le lien est utilisée</translation>
    </message>
    <message>
        <source>link %1 comes from node %2, which does not exist</source>
        <translation>le lien %1 provient du nœud %2, qui n’existe pas</translation>
    </message>
</context>
<context>
    <name>Easel::PromptLoader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read /object_info from %1: %2</source>
        <translation>Impossible de lire /object_info depuis %1 : %2</translation>
    </message>
    <message>
        <source>The node catalogue (/object_info) is unreadable: %1</source>
        <translation>Le catalogue de nœuds (/object_info) est illisible : %1</translation>
    </message>
    <message>
        <source>%1 cannot be converted to an API prompt</source>
        <translation>%1 ne peut pas être converti en prompt API</translation>
    </message>
    <message>
        <source>{…|…} groups and comments are sent as written: %1</source>
        <translation>les groupes {…|…} et les commentaires sont envoyés tels quels : %1</translation>
    </message>
    <message>
        <source>%1 would be refused by the server; nothing was sent</source>
        <translation>%1 serait refusé par le serveur ; rien n’a été envoyé</translation>
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
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>the prompt is not a JSON object of nodes</source>
        <translation>le prompt n’est pas un objet JSON de nœuds</translation>
    </message>
    <message>
        <source>the node id is given twice; only the later node is sent</source>
        <translation>l’identifiant de nœud apparaît deux fois ; seul le dernier nœud est envoyé</translation>
    </message>
    <message>
        <source>the node is %1, not an object</source>
        <translation>le nœud est %1, pas un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice; the later value is used</source>
        <translation>« %1 » apparaît deux fois ; la dernière valeur est utilisée</translation>
    </message>
    <message>
        <source>the node has no class_type</source>
        <translation>le nœud n’a pas de class_type</translation>
    </message>
    <message>
        <source>class_type is %1, not text</source>
        <translation>class_type est %1, pas du texte</translation>
    </message>
    <message>
        <source>the node has an empty class_type</source>
        <translation>le nœud a un class_type vide</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation>le type de nœud %1 n’est pas installé sur le serveur</translation>
    </message>
    <message>
        <source>the node has no inputs object</source>
        <translation>le nœud n’a pas d’objet inputs</translation>
    </message>
    <message>
        <source>inputs is %1, not an object</source>
        <translation>inputs est %1, pas un objet</translation>
    </message>
    <message>
        <source>the input is given twice; the later value is used</source>
        <translation>l’entrée apparaît deux fois ; la dernière valeur est utilisée</translation>
    </message>
    <message>
        <source>the number %1 is too large for any input</source>
        <translation>le nombre %1 est trop grand pour toute entrée</translation>
    </message>
    <message>
        <source>a link must be [node id, output slot]</source>
        <translation>un lien doit être [id de nœud, emplacement de sortie]</translation>
    </message>
    <message>
        <source>the output slot of a link must be a whole number</source>
        <translation>l’emplacement de sortie d’un lien doit être un nombre entier</translation>
    </message>
    <message>
        <source>linked to output %1 of node %2: slots count from 0</source>
        <translation>lié à la sortie %1 du nœud %2 : les emplacements sont numérotés à partir de 0</translation>
    </message>
    <message>
        <source>linked to node %1, which is not in the prompt</source>
        <translation>lié au nœud %1, absent du prompt</translation>
    </message>
    <message>
        <source>linked to the node&apos;s own output</source>
        <translation>lié à la propre sortie du nœud</translation>
    </message>
    <message numerus="yes">
        <source>linked to output %1 of node %2, which has %n output(s)</source>
        <translation>
            <numerusform>lié à la sortie %1 du nœud %2, qui a %n sortie</numerusform>
            <numerusform>lié à la sortie %1 du nœud %2, qui a %n sorties</numerusform>
        </translation>
    </message>
    <message>
        <source>its inputs depend on its own output (a loop through node %1)</source>
        <translation>ses entrées dépendent de sa propre sortie (une boucle via le nœud %1)</translation>
    </message>
</context>
<context>
    <name>Easel::PromptSetting</name>
    <message>
        <source>Positive prompt</source>
        <translation>Prompt positif</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>Prompt négatif</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>CFG</source>
        <translation>CFG</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Échantillonneur</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Planificateur</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>Débruitage</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 modifié</translation>
    </message>
</context>
<context>
    <name>Easel::ProtocolError</name>
    <message>
        <source>%1: malformed frame: %2</source>
        <translation>%1 : trame malformée : %2</translation>
    </message>
    <message>
        <source>shorter than its 8-byte header</source>
        <translation>plus courte que son en-tête de 8 octets</translation>
    </message>
    <message>
        <source>node id length past the end</source>
        <translation>la longueur de l’identifiant de nœud dépasse la fin</translation>
    </message>
    <message>
        <source>metadata length past the end</source>
        <translation>la longueur des métadonnées dépasse la fin</translation>
    </message>
    <message>
        <source>metadata is not a JSON object</source>
        <translation>les métadonnées ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>unknown event type</source>
        <translation>type d’événement inconnu</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>The server refused the connection (is ComfyUI running on that port?)</source>
        <translation>Le serveur a refusé la connexion (ComfyUI tourne-t-il sur ce port ?)</translation>
    </message>
    <message>
        <source>The server closed the connection prematurely</source>
        <translation>Le serveur a fermé la connexion prématurément</translation>
    </message>
    <message>
        <source>The server&apos;s host name was not found</source>
        <translation>Le nom d’hôte du serveur est introuvable</translation>
    </message>
    <message>
        <source>The connection to the server timed out</source>
        <translation>La connexion au serveur a expiré</translation>
    </message>
    <message>
        <source>The request was canceled or timed out</source>
        <translation>La requête a été annulée ou a expiré</translation>
    </message>
    <message>
        <source>The TLS handshake with the server failed</source>
        <translation>La négociation TLS avec le serveur a échoué</translation>
    </message>
    <message>
        <source>The network connection was temporarily broken</source>
        <translation>La connexion réseau a été momentanément interrompue</translation>
    </message>
    <message>
        <source>The network session failed</source>
        <translation>La session réseau a échoué</translation>
    </message>
    <message>
        <source>Background requests are not allowed</source>
        <translation>Les requêtes en arrière-plan ne sont pas autorisées</translation>
    </message>
    <message>
        <source>The server redirected too many times</source>
        <translation>Le serveur a redirigé trop de fois</translation>
    </message>
    <message>
        <source>The server redirected from https to http</source>
        <translation>Le serveur a redirigé de https vers http</translation>
    </message>
    <message>
        <source>The proxy refused the connection</source>
        <translation>Le proxy a refusé la connexion</translation>
    </message>
    <message>
        <source>The proxy closed the connection prematurely</source>
        <translation>Le proxy a fermé la connexion prématurément</translation>
    </message>
    <message>
        <source>The proxy host name was not found</source>
        <translation>Le nom d’hôte du proxy est introuvable</translation>
    </message>
    <message>
        <source>The connection to the proxy timed out</source>
        <translation>La connexion au proxy a expiré</translation>
    </message>
    <message>
        <source>The proxy requires authentication</source>
        <translation>Le proxy exige une authentification</translation>
    </message>
    <message>
        <source>Access to the resource was denied (403)</source>
        <translation>L’accès à la ressource a été refusé (403)</translation>
    </message>
    <message>
        <source>The operation is not permitted on the server</source>
        <translation>L’opération n’est pas autorisée sur le serveur</translation>
    </message>
    <message>
        <source>The resource was not found on the server (404)</source>
        <translation>La ressource est introuvable sur le serveur (404)</translation>
    </message>
    <message>
        <source>The server requires authentication</source>
        <translation>Le serveur exige une authentification</translation>
    </message>
    <message>
        <source>The request had to be sent again but could not be</source>
        <translation>La requête devait être renvoyée mais n’a pas pu l’être</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource</source>
        <translation>La requête est en conflit avec l’état actuel de la ressource</translation>
    </message>
    <message>
        <source>The resource is no longer available on the server</source>
        <translation>La ressource n’est plus disponible sur le serveur</translation>
    </message>
    <message>
        <source>The server reported an internal error</source>
        <translation>Le serveur a signalé une erreur interne</translation>
    </message>
    <message>
        <source>The server does not implement this operation</source>
        <translation>Le serveur n’implémente pas cette opération</translation>
    </message>
    <message>
        <source>The server is unavailable</source>
        <translation>Le serveur est indisponible</translation>
    </message>
    <message>
        <source>The URL uses an unknown protocol</source>
        <translation>L’URL utilise un protocole inconnu</translation>
    </message>
    <message>
        <source>The operation is invalid for this protocol</source>
        <translation>L’opération n’est pas valide pour ce protocole</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke the HTTP protocol</source>
        <translation>La réponse du serveur ne respecte pas le protocole HTTP</translation>
    </message>
    <message>
        <source>An unknown network error occurred</source>
        <translation>Une erreur réseau inconnue s’est produite</translation>
    </message>
    <message>
        <source>An unknown proxy error occurred</source>
        <translation>Une erreur de proxy inconnue s’est produite</translation>
    </message>
    <message>
        <source>The server answered with an unknown error</source>
        <translation>Le serveur a répondu par une erreur inconnue</translation>
    </message>
    <message>
        <source>An unknown server error occurred</source>
        <translation>Une erreur de serveur inconnue s’est produite</translation>
    </message>
    <message>
        <source>%1: unexpected message, expected an object with a &quot;type&quot; string</source>
        <translation>%1 : message inattendu, un objet avec une chaîne « type » était attendu</translation>
    </message>
    <message>
        <source>%1: the prompt is not a JSON object (%2)</source>
        <translation>%1 : le prompt n’est pas un objet JSON (%2)</translation>
    </message>
    <message>
        <source>%1: the workflow is not valid JSON (%2)</source>
        <translation>%1 : le workflow n’est pas du JSON valide (%2)</translation>
    </message>
    <message>
        <source>The preview image could not be read: %1</source>
        <translation>Impossible de lire l’image d’aperçu : %1</translation>
    </message>
    <message>
        <source>The preview image claims %1x%2 pixels, more than the %3 allowed</source>
        <translation>L’image d’aperçu annonce %1x%2 pixels, plus que les %3 autorisés</translation>
    </message>
    <message>
        <source>The preview image could not be decoded: %1</source>
        <translation>Impossible de décoder l’image d’aperçu : %1</translation>
    </message>
    <message>
        <source>%1: the answer is larger than the %2 bytes allowed</source>
        <translation>%1 : la réponse dépasse les %2 octets autorisés</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Le serveur n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted (%1); its SHA-256 fingerprint is %2</source>
        <translation>le certificat du serveur n’est pas approuvé (%1) ; son empreinte SHA-256 est %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the answer was cut off after %2 of %3 bytes</source>
        <translation>%1 : la réponse a été tronquée après %2 octets sur %3</translation>
    </message>
    <message>
        <source>status %1 is not an HTTP status</source>
        <translation>le statut %1 n’est pas un statut HTTP</translation>
    </message>
    <message>
        <source>conflicting Content-Length headers (%1)</source>
        <translation>en-têtes Content-Length contradictoires (%1)</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1 : impossible d’écrire %2 : %3</translation>
    </message>
    <message>
        <source>%1: the answer did not complete within the %2 s allowed for a request</source>
        <translation>%1 : la réponse n’a pas été complète dans les %2 s autorisées pour une requête</translation>
    </message>
    <message>
        <source>%1: the server&apos;s answer is not valid HTTP: %2</source>
        <translation>%1 : la réponse du serveur n’est pas du HTTP valide : %2</translation>
    </message>
    <message>
        <source>the server redirected to another address (%1); Easel follows redirects only within the same server</source>
        <translation>le serveur a redirigé vers une autre adresse (%1) ; Easel ne suit les redirections qu’au sein du même serveur</translation>
    </message>
    <message>
        <source>%1: unexpected answer, expected %2</source>
        <translation>%1 : réponse inattendue, %2 était attendu</translation>
    </message>
    <message>
        <source>%1: the answer is not valid JSON (%2 at %3, byte %4)</source>
        <translation>%1 : la réponse n’est pas du JSON valide (%2 à %3, octet %4)</translation>
    </message>
    <message>
        <source>%1 was rejected (HTTP %2): %3</source>
        <translation>%1 a été refusé (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2</source>
        <translation>%1 a échoué avec le statut HTTP %2</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2: %3</source>
        <translation>%1 a échoué avec le statut HTTP %2 : %3</translation>
    </message>
</context>
<context>
    <name>Easel::QueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Other client</source>
        <translation>Autre client</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Another client&apos;s job</source>
        <translation>Tâche d’un autre client</translation>
    </message>
    <message>
        <source>Other client, pending</source>
        <translation>Autre client, en attente</translation>
    </message>
    <message>
        <source>Other client, running</source>
        <translation>Autre client, en cours</translation>
    </message>
    <message>
        <source>Running %1%</source>
        <translation>En cours %1 %</translation>
    </message>
    <message>
        <source>Waiting for a server</source>
        <translation>En attente d’un serveur</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a job&apos;s state: what it waits for</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
</context>
<context>
    <name>Easel::QueuePanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Interrupt</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>Effacer &amp;les terminées</translation>
    </message>
    <message>
        <source>Cancel the selected jobs (they are taken off the server&apos;s queue)</source>
        <translation type="vanished">Annuler les tâches choisies (elles sont retirées de la file du serveur)</translation>
    </message>
    <message>
        <source>Stop the selected running job (only that job)</source>
        <translation>Arrêter la tâche en cours choisie (celle-ci seulement)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Node %1: step %2 of %3</source>
        <translation type="vanished">Nœud %1 : étape %2 sur %3</translation>
    </message>
    <message>
        <source>Running node %1</source>
        <translation type="vanished">Nœud %1 en cours</translation>
    </message>
    <message>
        <source>Move to &amp;Top</source>
        <translation>Placer en &amp;tête</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move to &amp;Bottom</source>
        <translation>Placer en &amp;fin</translation>
    </message>
    <message>
        <source>Show &amp;Output</source>
        <translation>Afficher la &amp;sortie</translation>
    </message>
    <message>
        <source>Open This Job&apos;s &amp;Settings</source>
        <translation>Ouvrir les ré&amp;glages de cette tâche</translation>
    </message>
    <message>
        <source>Cancel the selected jobs (they are taken off the server&apos;s queue) — Delete</source>
        <translation>Annuler les tâches choisies (elles sont retirées de la file du serveur) — Suppr</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>Drag waiting jobs, or use Ctrl+Up/Down, to change the order; right-click for more</source>
        <translation>Faites glisser les tâches en attente, ou utilisez Ctrl+Haut/Bas, pour changer l’ordre ; clic droit pour plus d’options</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>%1 en cours</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n job(s) waiting. Resume to go on.</source>
        <translation>
            <numerusform>En pause : %n tâche en attente. Reprenez pour continuer.</numerusform>
            <numerusform>En pause : %n tâches en attente. Reprenez pour continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Jobs you queue appear here. Ctrl+Enter queues the open workflow; Variations… queues a sweep.</source>
        <translation>Les tâches que vous mettez en file apparaissent ici. Ctrl+Entrée met en file le workflow ouvert ; « Variantes… » met en file un balayage.</translation>
    </message>
    <message>
        <source>%1: step %2 of %3</source>
        <comment>node label, step, steps</comment>
        <translation>%1 : étape %2 sur %3</translation>
    </message>
    <message>
        <source>Running %1</source>
        <comment>node label</comment>
        <translation>%1 en cours</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nœud %1</translation>
    </message>
    <message>
        <source>%v/%m</source>
        <comment>steps done/steps of the running node</comment>
        <translation>%v/%m</translation>
    </message>
    <message>
        <source>Steps of the running node</source>
        <translation>Étapes du nœud en cours</translation>
    </message>
</context>
<context>
    <name>Easel::RunGroupSummary</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Easel::RunQueue</name>
    <message>
        <source>node %1</source>
        <translation>nœud %1</translation>
    </message>
    <message>
        <source>job %1/%2: %3</source>
        <translation>tâche %1/%2 : %3</translation>
    </message>
    <message>
        <source>The workflow is not an API prompt; nothing was queued.</source>
        <translation>Le workflow n’est pas un prompt API ; rien n’a été mis en file.</translation>
    </message>
    <message>
        <source>job %1/%2 finished on the server but produced no output files</source>
        <translation>la tâche %1/%2 s’est terminée sur le serveur mais n’a produit aucun fichier de sortie</translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done: %n output(s) saved</source>
        <translation>
            <numerusform>tâche %1/%2 terminée : %n sortie enregistrée</numerusform>
            <numerusform>tâche %1/%2 terminée : %n sorties enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done on %3: %n output(s) saved</source>
        <translation>
            <numerusform>tâche %1/%2 terminée sur %3 : %n sortie enregistrée</numerusform>
            <numerusform>tâche %1/%2 terminée sur %3 : %n sorties enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1/%2 rejected: %3</source>
        <translation>tâche %1/%2 refusée : %3</translation>
    </message>
    <message>
        <source>  node %1 (%2), input %3: %4 %5</source>
        <translation>  nœud %1 (%2), entrée %3 : %4 %5</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>job %1/%2 failed: %3</source>
        <translation>tâche %1/%2 échouée : %3</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n job(s)</source>
        <translation>
            <numerusform>%1 : %n tâche</numerusform>
            <numerusform>%1 : %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 job(s) succeeded; outputs in %3</source>
        <translation>%1 tâche(s) sur %2 réussie(s) ; sorties dans %3</translation>
    </message>
</context>
<context>
    <name>Easel::RunServers</name>
    <message>
        <source>no connection profile named “%1” (saved: %2)</source>
        <translation>aucun profil de connexion nommé « %1 » (enregistrés : %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>It is no longer saved.</source>
        <translation>Il n’est plus enregistré.</translation>
    </message>
    <message>
        <source>not an http(s) server address: %1</source>
        <translation>pas une adresse de serveur http(s) : %1</translation>
    </message>
    <message>
        <source>the same server is named twice: %1</source>
        <translation>le même serveur est indiqué deux fois : %1</translation>
    </message>
    <message>
        <source>connection profile “%1” is not used without its secrets: %2</source>
        <translation>le profil de connexion « %1 » n’est pas utilisé sans ses données confidentielles : %2</translation>
    </message>
</context>
<context>
    <name>Easel::SavedWorkflow</name>
    <message>
        <source>two nodes have the id %1; the second is ignored</source>
        <translation>deux nœuds ont l’identifiant %1 ; le second est ignoré</translation>
    </message>
</context>
<context>
    <name>Easel::SecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>Le trousseau n’a pas répondu en %1 s.</translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation>Aucun trousseau disponible : %1</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Aucun trousseau disponible.</translation>
    </message>
</context>
<context>
    <name>Easel::SeedEditor</name>
    <message>
        <source>What happens to the value after each queue</source>
        <translation>Ce qui arrive à la valeur après chaque mise en file</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fixe</translation>
    </message>
    <message>
        <source>increment</source>
        <translation>incrémenter</translation>
    </message>
    <message>
        <source>decrement</source>
        <translation>décrémenter</translation>
    </message>
    <message>
        <source>randomize</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <source>New random seed now</source>
        <translation>Nouvelle graine aléatoire maintenant</translation>
    </message>
    <message>
        <source>New random seed</source>
        <translation>Nouvelle graine aléatoire</translation>
    </message>
</context>
<context>
    <name>Easel::ServersPanel</name>
    <message>
        <source>No render farm: list more servers in the settings (farm servers) to spread the queue over them.</source>
        <translation type="vanished">Pas de ferme de rendu : ajoutez d&apos;autres serveurs dans les réglages (serveurs de la ferme) pour y répartir la file d&apos;attente.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) ready</source>
        <translation type="vanished">
            <numerusform>%1 serveur prêt sur %n</numerusform>
            <numerusform>%1 serveurs prêts sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No render farm: tick several servers in Server → Connections… (“Use several servers together as a farm”) to spread the queue over them.</source>
        <translation>Pas de ferme de rendu : cochez plusieurs serveurs dans Serveur → Connexions… (« Utiliser plusieurs serveurs ensemble comme ferme ») pour y répartir la file d’attente.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n servers ready</source>
        <translation>
            <numerusform>%1 sur %n serveur prêt</numerusform>
            <numerusform>%1 sur %n serveurs prêts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Save Outputs In</source>
        <translation>Enregistrer les sorties dans</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>« %1 » n’est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>This window uses the server &lt;b&gt;%1&lt;/b&gt; (from the command line, a connection profile or the farm), not the one below.</source>
        <translation>Cette fenêtre utilise le serveur &lt;b&gt;%1&lt;/b&gt; (venant de la ligne de commande, d’un profil de connexion ou de la ferme), et non celui ci-dessous.</translation>
    </message>
    <message>
        <source>It saves outputs in &lt;b&gt;%1&lt;/b&gt; (from the command line), not in the folder below.</source>
        <translation>Elle enregistre les sorties dans &lt;b&gt;%1&lt;/b&gt; (venant de la ligne de commande), et non dans le dossier ci-dessous.</translation>
    </message>
    <message>
        <source>The fields below are what Easel uses when it starts without those options.</source>
        <translation>Les champs ci-dessous sont ceux qu’Easel utilise quand il démarre sans ces options.</translation>
    </message>
</context>
<context>
    <name>Easel::SettingsTransfer</name>
    <message>
        <source>The output&apos;s workflow cannot be read.</source>
        <translation>Impossible de lire le workflow de la sortie.</translation>
    </message>
    <message>
        <source>node %1 (%2) is not in the open workflow</source>
        <translation>le nœud %1 (%2) n’est pas dans le workflow ouvert</translation>
    </message>
    <message>
        <source>node %1 is %2 in the open workflow but %3 in the output&apos;s</source>
        <translation>le nœud %1 est %2 dans le workflow ouvert mais %3 dans celui de la sortie</translation>
    </message>
    <message>
        <source>node %1 (%2) is not in the output&apos;s workflow</source>
        <translation>le nœud %1 (%2) n’est pas dans le workflow de la sortie</translation>
    </message>
</context>
<context>
    <name>Easel::ShortcutsDialog</name>
    <message>
        <source>New shortcut</source>
        <translation>Nouveau raccourci</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Double-click a shortcut (or select it and press F2), then press the new keys.</source>
        <translation>Double-cliquez sur un raccourci (ou sélectionnez-le et appuyez sur F2), puis appuyez sur les nouvelles touches.</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation>%1 est déjà le raccourci de « %2 ».</translation>
    </message>
    <message>
        <source>“%1” has no shortcut now.</source>
        <translation>« %1 » n’a plus de raccourci.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
</context>
<context>
    <name>Easel::StartPage</name>
    <message>
        <source>Open “%1” as a new workflow</source>
        <translation>Ouvrir « %1 » comme nouveau workflow</translation>
    </message>
    <message>
        <source>Start something</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>&amp;Starter workflows</source>
        <translation>&amp;Workflows de départ</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Workflows you open appear here.</source>
        <translation>Les workflows que vous ouvrez apparaissent ici.</translation>
    </message>
    <message>
        <source>Drop a workflow (.json) or an image made with ComfyUI or Easel (.png, .webp) here</source>
        <translation>Déposez ici un workflow (.json) ou une image créée avec ComfyUI ou Easel (.png, .webp)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Starter workflows</source>
        <translation>Workflows de départ</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>Drop zone</source>
        <translation>Zone de dépôt</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server has no models.&lt;/b&gt; Put a checkpoint (a .safetensors file) into the server&apos;s &lt;tt&gt;models/checkpoints&lt;/tt&gt; folder and restart it, or download one with ComfyUI&apos;s model manager. Meanwhile, “Check the server (no model)” and “Upscale an image” run without one.</source>
        <translation>&lt;b&gt;Le serveur n’a aucun modèle.&lt;/b&gt; Placez un checkpoint (un fichier .safetensors) dans le dossier &lt;tt&gt;models/checkpoints&lt;/tt&gt; du serveur et redémarrez-le, ou téléchargez-en un avec le gestionnaire de modèles de ComfyUI. En attendant, « Vérifier le serveur (sans modèle) » et « Agrandir une image » fonctionnent sans modèle.</translation>
    </message>
</context>
<context>
    <name>Easel::StarterWorkflows</name>
    <message>
        <source>Image to image</source>
        <translation>Image vers image</translation>
    </message>
    <message>
        <source>Start from a picture of yours: Denoise says how far the result may move from it (0.6 keeps the layout).</source>
        <translation>Partez d’une de vos images : Débruitage indique jusqu’où le résultat peut s’en éloigner (0,6 garde la composition).</translation>
    </message>
    <message>
        <source>Inpainting</source>
        <translation>Inpainting</translation>
    </message>
    <message>
        <source>Paint a mask on your picture (click its thumbnail) and only the masked part is made anew; needs an inpainting model for the best results.</source>
        <translation>Peignez un masque sur votre image (cliquez sur sa vignette) et seule la partie masquée est recréée ; un modèle d’inpainting donne les meilleurs résultats.</translation>
    </message>
    <message>
        <source>Check the server (no model)</source>
        <translation>Vérifier le serveur (sans modèle)</translation>
    </message>
    <message>
        <source>A plain coloured square, made without any model: queue it to see that the server, the queue and the library work.</source>
        <translation>Un simple carré de couleur, créé sans aucun modèle : mettez-le en file pour vérifier que le serveur, la file d’attente et la bibliothèque fonctionnent.</translation>
    </message>
    <message>
        <source>Text to image (SD 1.5)</source>
        <translation>Texte vers image (SD 1.5)</translation>
    </message>
    <message>
        <source>Write what you want to see; a Stable Diffusion 1.5 checkpoint paints it at 512×512.</source>
        <translation>Écrivez ce que vous voulez voir ; un checkpoint Stable Diffusion 1.5 le peint en 512×512.</translation>
    </message>
    <message>
        <source>Text to image (SDXL)</source>
        <translation>Texte vers image (SDXL)</translation>
    </message>
    <message>
        <source>The same with an SDXL checkpoint at 1024×1024: more detail, more memory.</source>
        <translation>La même chose avec un checkpoint SDXL en 1024×1024 : plus de détails, plus de mémoire.</translation>
    </message>
    <message>
        <source>Upscale an image</source>
        <translation>Agrandir une image</translation>
    </message>
    <message>
        <source>Enlarge a picture 2× with Lanczos filtering; no model needed. Drop an image on the Image input.</source>
        <translation>Agrandit une image 2× avec un filtrage Lanczos ; aucun modèle nécessaire. Déposez une image sur l’entrée « Image ».</translation>
    </message>
</context>
<context>
    <name>Easel::StructureEdit</name>
    <message>
        <source>the server&apos;s node list is not loaded yet</source>
        <translation>la liste des nœuds du serveur n’est pas encore chargée</translation>
    </message>
    <message>
        <source>the prompt would have no output node left (such as Save Image), and the server refuses a prompt without one</source>
        <translation>le prompt n’aurait plus de nœud de sortie (comme Save Image), et le serveur refuse un prompt qui n’en a pas</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>The server has no node type %1</source>
        <translation>Le serveur n’a pas de type de nœud %1</translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>Le workflow n’a pas de nœud %1</translation>
    </message>
    <message>
        <source>Add %1 after %2</source>
        <translation>Ajouter %1 après %2</translation>
    </message>
    <message>
        <source>Add %1 before %2</source>
        <translation>Ajouter %1 avant %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>Node %1 has no input %2</source>
        <translation>Le nœud %1 n’a pas d’entrée %2</translation>
    </message>
    <message>
        <source>Node %1 has no output %2</source>
        <translation>Le nœud %1 n’a pas de sortie %2</translation>
    </message>
    <message>
        <source>A node cannot take its own output</source>
        <translation>Un nœud ne peut pas prendre sa propre sortie</translation>
    </message>
    <message>
        <source>Refused: %1 gives %2, but input %3 of %4 takes %5</source>
        <translation>Refusé : %1 fournit %2, mais l’entrée %3 de %4 prend %5</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Connecter %1 à %2</translation>
    </message>
    <message>
        <source>Use a value for %1</source>
        <translation>Utiliser une valeur pour %1</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>Déconnecter %1</translation>
    </message>
</context>
<context>
    <name>Easel::Sweep</name>
    <message>
        <source>The workflow is not an API prompt: %1</source>
        <translation>Le workflow n’est pas un prompt API : %1</translation>
    </message>
    <message>
        <source>A sweep has at most three inputs</source>
        <translation>Un balayage a au plus trois entrées</translation>
    </message>
    <message>
        <source>Node %1 has no input %2</source>
        <translation>Le nœud %1 n’a pas d’entrée %2</translation>
    </message>
    <message>
        <source>The values of %1.%2 are empty or the step is not positive</source>
        <translation>Les valeurs de %1.%2 sont vides ou le pas n’est pas positif</translation>
    </message>
    <message>
        <source>A sweep makes at most %1 jobs</source>
        <translation>Un balayage crée au plus %1 tâches</translation>
    </message>
    <message>
        <source>This sweep makes no jobs</source>
        <translation>Ce balayage ne crée aucune tâche</translation>
    </message>
    <message>
        <source>The workflow has no seed input %1</source>
        <translation>Le workflow n’a pas d’entrée de graine %1</translation>
    </message>
</context>
<context>
    <name>Easel::SweepDialog</name>
    <message>
        <source>Queue Jobs</source>
        <translation>Mettre des tâches en file</translation>
    </message>
    <message>
        <source>Batch label</source>
        <translation>Nom du lot</translation>
    </message>
    <message>
        <source>Keep the workflow&apos;s seeds</source>
        <translation>Garder les graines du workflow</translation>
    </message>
    <message>
        <source>Seeds counting up from</source>
        <translation>Graines croissantes à partir de</translation>
    </message>
    <message>
        <source>Random seeds</source>
        <translation>Graines aléatoires</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Copies of each job:</source>
        <translation>&amp;Copies de chaque tâche :</translation>
    </message>
    <message>
        <source>count:</source>
        <translation>nombre :</translation>
    </message>
    <message>
        <source>&amp;Seeds:</source>
        <translation>&amp;Graines :</translation>
    </message>
    <message>
        <source>Grid (up to three inputs)</source>
        <translation>Grille (jusqu’à trois entrées)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>5..9 step 1, or: euler, dpmpp_2m</source>
        <translation>5..9 step 1, ou : euler, dpmpp_2m</translation>
    </message>
    <message>
        <source>Input %1:</source>
        <translation>Entrée %1 :</translation>
    </message>
    <message>
        <source>The workflow has no seed input</source>
        <translation>Le workflow n’a pas d’entrée de graine</translation>
    </message>
    <message>
        <source>Enter values for every chosen input</source>
        <translation>Saisissez des valeurs pour chaque entrée choisie</translation>
    </message>
    <message>
        <source>Too many jobs (at most %1)</source>
        <translation>Trop de tâches (au plus %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) will be queued</source>
        <translation>
            <numerusform>%n tâche sera mise en file</numerusform>
            <numerusform>%n tâches seront mises en file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n Job(s)</source>
        <translation>
            <numerusform>&amp;Mettre %n tâche en file</numerusform>
            <numerusform>&amp;Mettre %n tâches en file</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Mettre en file</translation>
    </message>
    <message>
        <source>&amp;Run on:</source>
        <translation>&amp;Exécuter sur :</translation>
    </message>
    <message>
        <source>Any server of the farm, or only this one for the whole batch</source>
        <translation>N’importe quel serveur de la ferme, ou uniquement celui-ci pour tout le lot</translation>
    </message>
    <message>
        <source>Any server</source>
        <translation>N’importe quel serveur</translation>
    </message>
    <message>
        <source>First seed</source>
        <translation>Première graine</translation>
    </message>
    <message>
        <source>Number of seeds</source>
        <translation>Nombre de graines</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Entrée %1</translation>
    </message>
</context>
<context>
    <name>Easel::TagDialog</name>
    <message numerus="yes">
        <source>Tags of %n selected output(s):</source>
        <translation>
            <numerusform>Étiquettes de %n sortie sélectionnée :</numerusform>
            <numerusform>Étiquettes des %n sorties sélectionnées :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::TerminalReporter</name>
    <message>
        <source>job %1/%2</source>
        <translation>tâche %1/%2</translation>
    </message>
</context>
<context>
    <name>Easel::TextPosition</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
</context>
<context>
    <name>Easel::ValueRules</name>
    <message>
        <source>allowed: %1 to %2</source>
        <translation>autorisé : de %1 à %2</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>attend un nombre</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is below the minimum (%2)</source>
        <translation>%1 est inférieur au minimum (%2)</translation>
    </message>
    <message>
        <source>%1 is above the maximum (%2)</source>
        <translation>%1 dépasse le maximum (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the server&apos;s choices</source>
        <translation>« %1 » ne fait pas partie des choix du serveur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here (allowed: %2)</source>
        <translation>« %1 » n’est pas autorisé ici (autorisé : %2)</translation>
    </message>
    <message>
        <source>expects true or false</source>
        <translation>attend true ou false</translation>
    </message>
    <message>
        <source>expects text</source>
        <translation>attend du texte</translation>
    </message>
    <message>
        <source>expects one of the server&apos;s choices</source>
        <translation>attend l’un des choix du serveur</translation>
    </message>
    <message>
        <source>only plain values can be edited here</source>
        <translation>seules les valeurs simples peuvent être modifiées ici</translation>
    </message>
</context>
<context>
    <name>Easel::ViewerPane</name>
    <message>
        <source>Pixel size and zoom</source>
        <translation>Taille en pixels et zoom</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the picture to the window (F)</source>
        <translation>Ajuster l’image à la fenêtre (F)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the picture&apos;s pixels one to one (1)</source>
        <translation>Afficher les pixels de l’image à l’échelle 1:1 (1)</translation>
    </message>
    <message>
        <source>Queue a workflow: its live preview and its pictures appear here.</source>
        <translation>Mettez un workflow en file : son aperçu en direct et ses images s’affichent ici.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The settings that made this output (I)</source>
        <translation>Les réglages qui ont produit cette sortie (I)</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>Impossible d’afficher %1 : %2</translation>
    </message>
    <message>
        <source>Compare %1 with… pick another output in the filmstrip or the library.</source>
        <translation type="vanished">Comparer %1 avec… choisissez une autre sortie dans le bandeau ou la bibliothèque.</translation>
    </message>
    <message>
        <source>Comparing %1 and %2</source>
        <translation>Comparaison de %1 et %2</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>Aperçu en direct</translation>
    </message>
    <message>
        <source>Compare %1 with… click another in the filmstrip, or double-click one in the library.</source>
        <translation type="vanished">Comparer %1 avec… cliquez sur une autre dans le film, ou double-cliquez sur une dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Compare %1 with… click another in the filmstrip or the library.</source>
        <translation type="vanished">Comparer %1 avec… cliquez sur une autre dans le bandeau ou la bibliothèque.</translation>
    </message>
    <message>
        <source>Click another picture in the filmstrip or the library to compare it with %1.</source>
        <translation>Cliquez sur une autre image dans le bandeau ou la bibliothèque pour la comparer à %1.</translation>
    </message>
    <message>
        <source>Compare %1 with… click another picture</source>
        <translation>Comparer %1 avec… cliquez sur une autre image</translation>
    </message>
</context>
<context>
    <name>Easel::WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation>Forme d’onde</translation>
    </message>
    <message>
        <source>Reading the sound…</source>
        <translation>Lecture du son…</translation>
    </message>
</context>
<context>
    <name>Easel::WireParsers</name>
    <message>
        <source>%1: unexpected answer, expected %2</source>
        <translation type="vanished">%1 : réponse inattendue, %2 était attendu</translation>
    </message>
    <message>
        <source>%1: the answer is not valid JSON (%2 at %3, byte %4)</source>
        <translation type="vanished">%1 : la réponse n’est pas du JSON valide (%2 à %3, octet %4)</translation>
    </message>
    <message>
        <source>%1 was rejected (HTTP %2): %3</source>
        <translation type="vanished">%1 a été refusé (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2</source>
        <translation type="vanished">%1 a échoué avec le statut HTTP %2</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2: %3</source>
        <translation type="vanished">%1 a échoué avec le statut HTTP %2 : %3</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowAutosave</name>
    <message>
        <source>The autosave %1 is damaged: %2</source>
        <translation>La sauvegarde automatique %1 est endommagée : %2</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowDiagnostic</name>
    <message>
        <source>node %1</source>
        <translation>nœud %1</translation>
    </message>
    <message>
        <source>node %1 (%2)</source>
        <translation>nœud %1 (%2)</translation>
    </message>
    <message>
        <source>, input %1</source>
        <translation>, entrée %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowDocument</name>
    <message>
        <source>allowed: %1 to %2</source>
        <translation type="vanished">autorisé : de %1 à %2</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation type="vanished">attend un nombre</translation>
    </message>
    <message>
        <source>expects a whole number</source>
        <translation type="vanished">attend un nombre entier</translation>
    </message>
    <message>
        <source>%1 is below the minimum (%2)</source>
        <translation type="vanished">%1 est inférieur au minimum (%2)</translation>
    </message>
    <message>
        <source>%1 is above the maximum (%2)</source>
        <translation type="vanished">%1 dépasse le maximum (%2)</translation>
    </message>
    <message>
        <source>expects true or false</source>
        <translation type="vanished">attend vrai ou faux</translation>
    </message>
    <message>
        <source>expects text</source>
        <translation type="vanished">attend du texte</translation>
    </message>
    <message>
        <source>expects one of the server&apos;s choices</source>
        <translation type="vanished">attend l’un des choix du serveur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the server&apos;s choices</source>
        <translation type="vanished">« %1 » ne fait pas partie des choix du serveur</translation>
    </message>
    <message>
        <source>only plain values can be edited here</source>
        <translation type="vanished">seules les valeurs simples peuvent être modifiées ici</translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>Le workflow n’a pas de nœud %1</translation>
    </message>
    <message>
        <source>Node %1 has no input %2</source>
        <translation>Le nœud %1 n’a pas d’entrée %2</translation>
    </message>
    <message>
        <source>Input %1 of node %2 is a link, not a value</source>
        <translation>L’entrée %1 du nœud %2 est un lien, pas une valeur</translation>
    </message>
    <message>
        <source>Input %1 of node %2 takes a link, not a value</source>
        <translation>L’entrée %1 du nœud %2 attend un lien, pas une valeur</translation>
    </message>
    <message>
        <source>Input %1 of node %2 has no place in the saved workflow</source>
        <translation>L’entrée %1 du nœud %2 n’a pas de place dans le workflow enregistré</translation>
    </message>
    <message>
        <source>Input %1 of node %2 has no &quot;control after generate&quot; mode %3</source>
        <translation>L’entrée %1 du nœud %2 n’a pas de mode « control after generate » %3</translation>
    </message>
    <message>
        <source>API-format workflows cannot bypass or mute nodes; open the saved workflow to do that</source>
        <translation>Les workflows au format API ne peuvent ni contourner ni désactiver de nœuds ; ouvrez le workflow enregistré pour cela</translation>
    </message>
    <message>
        <source>the server&apos;s node list is not loaded yet</source>
        <translation>la liste des nœuds du serveur n’est pas encore chargée</translation>
    </message>
    <message>
        <source>An API-format workflow has no layout to save as a saved (UI) workflow</source>
        <translation>Un workflow au format API n’a pas de disposition pour être enregistré comme workflow (UI)</translation>
    </message>
    <message>
        <source>The server&apos;s node list is needed to convert the workflow to the API format</source>
        <translation>La liste des nœuds du serveur est nécessaire pour convertir le workflow au format API</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Only a saved workflow keeps node positions</source>
        <translation>Seul un workflow enregistré conserve la position des nœuds</translation>
    </message>
    <message>
        <source>A node position must be a finite number</source>
        <translation>La position d’un nœud doit être un nombre fini</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowEditor</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Mettre en file</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Saved workflow, opens in ComfyUI (*.json)</source>
        <translation>Workflow enregistré, s’ouvre dans ComfyUI (*.json)</translation>
    </message>
    <message>
        <source>API workflow (*.json)</source>
        <translation>Workflow API (*.json)</translation>
    </message>
    <message>
        <source>Save Workflow As</source>
        <translation>Enregistrer le workflow sous</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 comporte des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from %1</source>
        <translation>Modifications non enregistrées du %1 récupérées</translation>
    </message>
    <message>
        <source>an unsaved workflow</source>
        <translation>un workflow non enregistré</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Easel closed with unsaved changes to %1 (%2). Recover them?</source>
        <translation>Easel s’est fermé avec des modifications non enregistrées de %1 (%2). Les récupérer ?</translation>
    </message>
    <message>
        <source>Uploaded %1</source>
        <translation>%1 envoyé</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Remove from &amp;Favourites</source>
        <translation>Retirer des &amp;favoris</translation>
    </message>
    <message>
        <source>Add to &amp;Favourites</source>
        <translation>Ajouter aux &amp;favoris</translation>
    </message>
    <message>
        <source>Stop &amp;Bypassing</source>
        <translation>Ne plus &amp;contourner</translation>
    </message>
    <message>
        <source>&amp;Bypass</source>
        <translation>&amp;Contourner</translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Not installed on the server: %1 (node %2)</source>
        <translation>Non installé sur le serveur : %1 (nœud %2)</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="vanished">%1 #%2</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nœud %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problèmes (%n)</numerusform>
            <numerusform>Problèmes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste Image</source>
        <translation>Coller l’image</translation>
    </message>
    <message>
        <source>Edit &amp;Mask…</source>
        <translation>Modifier le &amp;masque…</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>Co&amp;ller l’image</translation>
    </message>
    <message>
        <source>Workflow settings</source>
        <translation>Réglages du workflow</translation>
    </message>
    <message>
        <source>Find a setting</source>
        <translation>Rechercher un réglage</translation>
    </message>
    <message>
        <source>Add Node &amp;After…</source>
        <translation>Ajouter un nœud &amp;après…</translation>
    </message>
    <message>
        <source>Add Node B&amp;efore…</source>
        <translation>Ajouter un nœud a&amp;vant…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Convert to &amp;Input</source>
        <translation>Convertir en &amp;entrée</translation>
    </message>
    <message>
        <source>No output in the workflow gives %1</source>
        <translation>Aucune sortie du workflow ne fournit %1</translation>
    </message>
    <message>
        <source>Convert to &amp;Widget</source>
        <translation>Convertir en &amp;widget</translation>
    </message>
    <message>
        <source>After %1 #%2: its outputs feed the new node where the types fit.</source>
        <translation>Après %1 #%2 : ses sorties alimentent le nouveau nœud là où les types correspondent.</translation>
    </message>
    <message>
        <source>Before %1 #%2: the new node feeds its inputs where the types fit.</source>
        <translation>Avant %1 #%2 : le nouveau nœud alimente ses entrées là où les types correspondent.</translation>
    </message>
    <message>
        <source>Uploading %1: %2 of %3</source>
        <translation>Envoi de %1 : %2 sur %3</translation>
    </message>
    <message>
        <source>%1, node %2</source>
        <translation>%1, nœud %2</translation>
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
(%2, entrée %3)</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; Easel opens workflow files of up to %3 MB</source>
        <translation>%1 fait %2 Mo ; Easel ouvre les fichiers de workflow jusqu’à %3 Mo</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n’est pas du JSON valide : %2</translation>
    </message>
    <message>
        <source>%1 holds no nodes</source>
        <translation>%1 ne contient aucun nœud</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 carries no ComfyUI workflow</source>
        <translation>%1 ne contient aucun workflow ComfyUI</translation>
    </message>
    <message>
        <source>%1: node %2 has no class_type; this is not an API-format workflow</source>
        <translation>%1 : le nœud %2 n’a pas de class_type ; ce n’est pas un workflow au format API</translation>
    </message>
    <message>
        <source>%1 is not a workflow: expected an API-format or a saved ComfyUI workflow</source>
        <translation>%1 n’est pas un workflow : un workflow au format API ou un workflow ComfyUI enregistré était attendu</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowFilterModel</name>
    <message>
        <source>bypassed</source>
        <translation>contourné</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>not installed on the server</source>
        <translation>non installé sur le serveur</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowModel</name>
    <message>
        <source>missing node</source>
        <translation>nœud manquant</translation>
    </message>
    <message>
        <source>← %1 #%2 · %3</source>
        <translation>← %1 #%2 · %3</translation>
    </message>
    <message>
        <source>%1 #%2 · bypassed</source>
        <translation>%1 #%2 · contourné</translation>
    </message>
    <message>
        <source>%1 #%2 · muted</source>
        <translation>%1 #%2 · désactivé</translation>
    </message>
    <message>
        <source>%1 #%2 · not installed on the server</source>
        <translation>%1 #%2 · non installé sur le serveur</translation>
    </message>
    <message>
        <source>%1 (%2), node %3</source>
        <translation>%1 (%2), nœud %3</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>Range: %1 to %2</source>
        <translation>Plage : de %1 à %2</translation>
    </message>
    <message>
        <source>Double-click to go to node %1</source>
        <translation>Double-cliquer pour aller au nœud %1</translation>
    </message>
    <message>
        <source>Node / input</source>
        <translation>Nœud / entrée</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>Le workflow n’a pas de nœud %1</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Régler %1 de %2</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3 after each run</source>
        <translation>Régler %1 de %2 sur %3 après chaque exécution</translation>
    </message>
    <message>
        <source>Bypass %1</source>
        <translation>Contourner %1</translation>
    </message>
    <message>
        <source>Mute %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>Add %1 to favourites</source>
        <translation>Ajouter %1 aux favoris</translation>
    </message>
    <message>
        <source>Remove %1 from favourites</source>
        <translation>Retirer %1 des favoris</translation>
    </message>
    <message>
        <source>Update values after queueing</source>
        <translation>Mettre à jour les valeurs après la mise en file</translation>
    </message>
    <message>
        <source>Node %1 is locked</source>
        <translation>Le nœud %1 est verrouillé</translation>
    </message>
    <message>
        <source>%1 of node %2 is locked</source>
        <translation>%1 du nœud %2 est verrouillé</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <source>subgraph #%1 · %n node(s)</source>
        <translation>
            <numerusform>sous-graphe #%1 · %n nœud</numerusform>
            <numerusform>sous-graphe #%1 · %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>The workflow kept changing while the edit was checked; try it again</source>
        <translation>Le workflow a changé pendant la vérification de la modification ; réessayez</translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowValidator</name>
    <message>
        <source>the prompt is not a JSON object</source>
        <translation type="vanished">le prompt n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the node has no class_type (its type is not installed)</source>
        <translation type="vanished">le nœud n’a pas de class_type (son type n’est pas installé)</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation type="vanished">le type de nœud %1 n’est pas installé sur le serveur</translation>
    </message>
    <message>
        <source>linked to node %1, which is not in the prompt</source>
        <translation type="vanished">lié au nœud %1, absent du prompt</translation>
    </message>
    <message>
        <source>linked to output %1 of node %2, which has %3 outputs</source>
        <translation type="vanished">lié à la sortie %1 du nœud %2, qui a %3 sorties</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation type="vanished">attend un nombre</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="vanished">%1 est inférieur au minimum %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="vanished">%1 est supérieur au maximum %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the server&apos;s choices</source>
        <translation type="vanished">« %1 » ne fait pas partie des choix du serveur</translation>
    </message>
    <message>
        <source>expects true or false</source>
        <translation type="vanished">attend true ou false</translation>
    </message>
    <message>
        <source>required input is missing</source>
        <translation>une entrée obligatoire manque</translation>
    </message>
    <message>
        <source>its inputs depend on its own output (through node %1)</source>
        <translation type="vanished">ses entrées dépendent de sa propre sortie (via le nœud %1)</translation>
    </message>
    <message>
        <source>takes %1, but node %2 gives %3</source>
        <translation type="vanished">prend %1, mais le nœud %2 fournit %3</translation>
    </message>
    <message>
        <source>takes %1, but %2 gives %3</source>
        <translation>prend %1, mais %2 fournit %3</translation>
    </message>
</context>
<context>
    <name>ImagePrepDialog</name>
    <message>
        <source>Use Picture</source>
        <translation>Utiliser l’image</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Turn Left</source>
        <translation>Pivoter à gauche</translation>
    </message>
    <message>
        <source>Turn Right</source>
        <translation>Pivoter à droite</translation>
    </message>
</context>
<context>
    <name>JobLabels</name>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminée</numerusform>
            <numerusform>%n terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskUnlockDialog</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Enter the administrator PIN to leave kiosk mode.</source>
        <translation>Saisissez le PIN administrateur pour quitter le mode kiosque.</translation>
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
        <translation type="vanished">Aucun workflow ouvert. Ouvrez un workflow au format API pour commencer.</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation type="vanished">Exécutions :</translation>
    </message>
    <message>
        <source>How many times to queue the workflow</source>
        <translation type="vanished">Nombre de fois où mettre le workflow en file</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Mettre en file</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>The live preview appears here while a prompt runs.</source>
        <translation type="vanished">L’aperçu en direct apparaît ici pendant l’exécution d’un prompt.</translation>
    </message>
    <message>
        <source>Finished outputs, newest first. Double-click one to open it.</source>
        <translation>Sorties terminées, les plus récentes d’abord. Double-cliquez pour en ouvrir une.</translation>
    </message>
    <message>
        <source>Messages from the server appear here.</source>
        <translation>Les messages du serveur apparaissent ici.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Open Workflow…</source>
        <translation>&amp;Ouvrir un workflow…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="vanished">Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="vanished">Ctrl+Q</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Cette session</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Exécutions :</translation>
    </message>
    <message>
        <source>How many times to queue the workflow; seeds set to randomize change between runs</source>
        <translation>Nombre de mises en file du workflow ; les graines en mode aléatoire changent entre les exécutions</translation>
    </message>
    <message>
        <source>&amp;Variations…</source>
        <translation>&amp;Variantes…</translation>
    </message>
    <message>
        <source>Queue a sweep: seeds, and a grid over up to three inputs</source>
        <translation>Mettre en file un balayage : graines et grille sur jusqu’à trois entrées</translation>
    </message>
    <message>
        <source>Interrupt Easel&apos;s running job</source>
        <translation>Interrompre la tâche d’Easel en cours</translation>
    </message>
    <message>
        <source>Queue the workflow (Ctrl+Enter)</source>
        <translation>Mettre le workflow en file (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Queue &amp;Variations…</source>
        <translation>Mettre des &amp;variantes en file…</translation>
    </message>
    <message>
        <source>&amp;Pause Queue</source>
        <translation>Mettre la file en &amp;pause</translation>
    </message>
    <message>
        <source>R&amp;un on:</source>
        <translation>Exéc&amp;uter sur :</translation>
    </message>
    <message>
        <source>Any server of the farm, or only this one for the jobs queued now</source>
        <translation>N’importe quel serveur de la ferme, ou uniquement celui-ci pour les tâches mises en file maintenant</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>MaskEditorDialog</name>
    <message>
        <source>Mask Editor</source>
        <translation>Éditeur de masque</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>&amp;Pinceau</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Gomme</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Remplir</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>Effa&amp;cer tout</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Masque</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinceau</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush size in picture pixels ([ smaller, ] larger)</source>
        <translation>Taille du pinceau en pixels de l’image ([ plus petit, ] plus grand)</translation>
    </message>
    <message>
        <source>Hardness</source>
        <translation>Dureté</translation>
    </message>
    <message>
        <source>Brush hardness</source>
        <translation>Dureté du pinceau</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Brush opacity</source>
        <translation>Opacité du pinceau</translation>
    </message>
    <message>
        <source>Mask overlay</source>
        <translation>Superposition du masque</translation>
    </message>
    <message>
        <source>Mask overlay opacity</source>
        <translation>Opacité de la superposition du masque</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Left button paints, right button erases.
Middle button or Space+drag pans; the wheel zooms.</source>
        <translation>Le bouton gauche peint, le bouton droit gomme.
Le bouton du milieu ou Espace+glisser déplace la vue ; la molette zoome.</translation>
    </message>
    <message>
        <source>Loading or saving the picture</source>
        <translation>Chargement ou enregistrement de l’image</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Upload the mask to the server and use it (Ctrl+S)</source>
        <translation>Envoyer le masque au serveur et l’utiliser (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>NodePickerDialog</name>
    <message>
        <source>Add Node</source>
        <translation>Ajouter un nœud</translation>
    </message>
    <message>
        <source>Search by name, type or category</source>
        <translation>Rechercher par nom, type ou catégorie</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>&amp;Favori</translation>
    </message>
    <message>
        <source>Favourite nodes are listed first</source>
        <translation>Les nœuds favoris sont listés en premier</translation>
    </message>
</context>
<context>
    <name>ParameterLabels</name>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>CFG</source>
        <translation>CFG</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Échantillonneur</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Planificateur</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>Débruitage</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Diffusion model</source>
        <translation>Modèle de diffusion</translation>
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
        <translation>Force du LoRA</translation>
    </message>
    <message>
        <source>LoRA strength (CLIP)</source>
        <translation>Force du LoRA (CLIP)</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille du lot</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>File name prefix</source>
        <translation>Préfixe du nom de fichier</translation>
    </message>
    <message>
        <source>Upscale method</source>
        <translation>Méthode d’agrandissement</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Positive prompt</source>
        <translation>Prompt positif</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>Prompt négatif</translation>
    </message>
</context>
<context>
    <name>ServersPanel</name>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Each server of the farm: jobs go to servers that have their nodes and models, the one with the model loaded first, then the shortest queue.</source>
        <translation>Chaque serveur de la ferme : les tâches vont aux serveurs qui ont leurs nœuds et modèles, d&apos;abord celui où le modèle est déjà chargé, puis celui dont la file d&apos;attente est la plus courte.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>ComfyUI &amp;address:</source>
        <translation>&amp;Adresse ComfyUI :</translation>
    </message>
    <message>
        <source>Used when Easel starts without --server.</source>
        <translation>Utilisée quand Easel démarre sans --server.</translation>
    </message>
    <message>
        <source>&amp;Save outputs in:</source>
        <translation>&amp;Enregistrer les sorties dans :</translation>
    </message>
    <message>
        <source>Leave empty for the Easel folder in your Pictures folder.</source>
        <translation>Laissez vide pour le dossier Easel de votre dossier Images.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Open files in the running window instead of a new one</source>
        <translation>&amp;Ouvrir les fichiers dans la fenêtre ouverte plutôt que dans une nouvelle</translation>
    </message>
    <message>
        <source>&quot;&amp;Use these settings&quot; restores {a|b} prompts and %…% names as written</source>
        <translation>« &amp;Utiliser ces réglages » rétablit les prompts {a|b} et les noms %…% tels qu’écrits</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>&amp;Finished jobs kept in the queue:</source>
        <translation>Tâches terminées &amp;conservées dans la file :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>The queue lists the newest finished jobs up to this number; older finished jobs leave the queue, and their outputs stay in the Library. All (0) keeps every finished job in the queue, which grows through a long day. Applied at once.</source>
        <translation>La file affiche les tâches terminées les plus récentes, jusqu’à ce nombre ; les tâches terminées plus anciennes quittent la file, et leurs sorties restent dans la bibliothèque. « Toutes » (0) garde chaque tâche terminée dans la file, qui s’allonge au fil d’une longue journée. Appliqué immédiatement.</translation>
    </message>
    <message>
        <source>Older finished jobs leave the queue; their outputs stay in the Library.</source>
        <translation>Les tâches terminées plus anciennes quittent la file ; leurs sorties restent dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Checked: on every selected output. Unchecked: removed from them. Partly checked: left as it is.</source>
        <translation>Coché : sur chaque sortie sélectionnée. Décoché : retirée de celles-ci. Partiellement coché : laissée telle quelle.</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>WorkflowEditor</name>
    <message>
        <source>Find a node or input by name, title or value (Ctrl+F)</source>
        <translation>Trouver un nœud ou une entrée par nom, titre ou valeur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>&amp;Simple</source>
        <translation>&amp;Simple</translation>
    </message>
    <message>
        <source>Show only favourites and the inputs the workflow exposes</source>
        <translation>Afficher seulement les favoris et les entrées exposées par le workflow</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Tout</translation>
    </message>
    <message>
        <source>Show every node and input</source>
        <translation>Afficher tous les nœuds et entrées</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Easel, a desktop client for ComfyUI.</source>
        <translation>Easel, un client de bureau pour ComfyUI.</translation>
    </message>
    <message>
        <source>API-format workflows (.json) or images to open.</source>
        <translation>Workflows au format API (.json) ou images à ouvrir.</translation>
    </message>
    <message>
        <source>The ComfyUI server&apos;s address (default: from the preferences, else %1).</source>
        <translation type="vanished">L’adresse du serveur ComfyUI (par défaut : celle des préférences, sinon %1).</translation>
    </message>
    <message>
        <source>Folder for finished outputs.</source>
        <translation>Dossier des sorties terminées.</translation>
    </message>
    <message>
        <source>Use the named profile (not yet supported).</source>
        <translation type="vanished">Utiliser le profil nommé (pas encore pris en charge).</translation>
    </message>
    <message>
        <source>Start in kiosk mode (not yet supported).</source>
        <translation type="vanished">Démarrer en mode kiosque (pas encore pris en charge).</translation>
    </message>
    <message>
        <source>--profile is not yet supported; profile “%1” shares the default settings.</source>
        <translation type="vanished">--profile n’est pas encore pris en charge ; le profil « %1 » partage les réglages par défaut.</translation>
    </message>
    <message>
        <source>--kiosk is not yet supported; starting normally.</source>
        <translation type="vanished">--kiosk n’est pas encore pris en charge ; démarrage normal.</translation>
    </message>
    <message>
        <source>not an http(s) server address: %1</source>
        <translation>pas une adresse de serveur http(s) : %1</translation>
    </message>
    <message>
        <source>another Easel is running but does not answer; opening a new window.</source>
        <translation>un autre Easel est lancé mais ne répond pas ; ouverture d’une nouvelle fenêtre.</translation>
    </message>
    <message>
        <source>The server&apos;s address.</source>
        <translation type="vanished">L’adresse du serveur.</translation>
    </message>
    <message>
        <source>Folder for the outputs.</source>
        <translation>Dossier des sorties.</translation>
    </message>
    <message>
        <source>Set an input before queueing (repeatable), e.g. 3.seed=42.</source>
        <translation>Définir une entrée avant la mise en file (répétable), p. ex. 3.seed=42.</translation>
    </message>
    <message>
        <source>Queue the workflow N times; seeds not pinned with --set get a new random value for every run after the first.</source>
        <translation>Mettre le workflow en file N fois ; les graines non fixées par --set reçoivent une nouvelle valeur aléatoire à chaque exécution après la première.</translation>
    </message>
    <message>
        <source>give exactly one workflow file (see --help)</source>
        <translation>indiquez exactement un fichier de workflow (voir --help)</translation>
    </message>
    <message>
        <source>--count takes a number from 1 to 10000</source>
        <translation type="vanished">--count attend un nombre de 1 à 10000</translation>
    </message>
    <message>
        <source>--set wants NODE.INPUT=VALUE, got %1</source>
        <translation>--set attend NODE.INPUT=VALUE, reçu : %1</translation>
    </message>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>impossible de créer le dossier de sortie %1</translation>
    </message>
    <message>
        <source>A ComfyUI 0.3.64 simulator for testing Easel.</source>
        <translation>Un simulateur de ComfyUI 0.3.64 pour tester Easel.</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Adresse d’écoute.</translation>
    </message>
    <message>
        <source>Port (0 = a free one).</source>
        <translation>Port (0 = un port libre).</translation>
    </message>
    <message>
        <source>Milliseconds per node step.</source>
        <translation>Millisecondes par étape de nœud.</translation>
    </message>
    <message>
        <source>Folder for output/, input/ and temp/.</source>
        <translation>Dossier pour output/, input/ et temp/.</translation>
    </message>
    <message>
        <source>easel-sim: cannot listen on %1:%2</source>
        <translation>easel-sim : impossible d’écouter sur %1:%2</translation>
    </message>
    <message>
        <source>Queue a ComfyUI workflow, follow it and save every output. The file may be
API JSON, a saved (UI) workflow, or a PNG/WebP image carrying one; saved
workflows are converted with the server&apos;s /object_info (or --object-info FILE).
Exit code: 0 when every job succeeded, 1 when a job failed or was rejected,
2 for a bad command line or workflow, 3 when the server cannot be reached.</source>
        <translation type="vanished">Mettre en file un workflow ComfyUI, le suivre et enregistrer chaque sortie. Le fichier peut être
du JSON API, un workflow enregistré (UI) ou une image PNG/WebP qui en contient un ; les workflows
enregistrés sont convertis avec le /object_info du serveur (ou --object-info FICHIER).
Code de sortie : 0 si toutes les tâches ont réussi, 1 si une tâche a échoué ou a été refusée,
2 pour une ligne de commande ou un workflow incorrect, 3 si le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The workflow (API JSON, saved JSON, PNG or WebP).</source>
        <translation>Le workflow (JSON API, JSON enregistré, PNG ou WebP).</translation>
    </message>
    <message>
        <source>Print the API prompt the file converts to (JSON on stdout, warnings on stderr) and exit; 2 when it cannot be converted.</source>
        <translation>Afficher le prompt API obtenu par conversion du fichier (JSON sur stdout, avertissements sur stderr) et quitter ; 2 si la conversion est impossible.</translation>
    </message>
    <message>
        <source>Read the node catalogue from this /object_info JSON file instead of asking --server.</source>
        <translation>Lire le catalogue de nœuds depuis ce fichier JSON /object_info au lieu d’interroger --server.</translation>
    </message>
    <message>
        <source>%1 has no node that would run (all muted, bypassed or virtual?); ComfyUI&apos;s Workflow &gt; Export (API) shows what it would send</source>
        <translation>%1 n’a aucun nœud qui serait exécuté (tous désactivés, contournés ou virtuels ?) ; Workflow &gt; Export (API) dans ComfyUI montre ce qui serait envoyé</translation>
    </message>
    <message>
        <source>Misbehave on purpose: NAME[:KEY=VALUE,...], e.g. close_ws_every:seconds=2 or http_500:path=/view,count=3. Repeatable. Names: %1.</source>
        <translation>Mal se comporter exprès : NOM[:CLÉ=VALEUR,...], p. ex. close_ws_every:seconds=2 ou http_500:path=/view,count=3. Répétable. Noms : %1.</translation>
    </message>
    <message>
        <source>Accept fault commands on POST /sim/control (loopback only).</source>
        <translation>Accepter les commandes de panne sur POST /sim/control (boucle locale uniquement).</translation>
    </message>
    <message>
        <source>no connection profile named “%1” (saved: %2)</source>
        <translation>aucun profil de connexion nommé « %1 » (enregistrés : %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>the PIN needs at least 4 characters</source>
        <translation type="vanished">le PIN doit comporter au moins 4 caractères</translation>
    </message>
    <message>
        <source>Use the named connection profile (Server → Connections…).</source>
        <translation type="vanished">Utiliser le profil de connexion nommé (Serveur → Connexions…).</translation>
    </message>
    <message>
        <source>Start in kiosk mode (see docs/kiosk.md).</source>
        <translation>Démarrer en mode kiosque (voir docs/kiosk.md).</translation>
    </message>
    <message>
        <source>Read a PIN from standard input and print its hash for kiosk.conf&apos;s admin_pin.</source>
        <translation type="vanished">Lire un PIN sur l’entrée standard et afficher son hachage pour admin_pin dans kiosk.conf.</translation>
    </message>
    <message>
        <source>kiosk mode: no approved workflows in “%1”</source>
        <translation>mode kiosque : aucun workflow approuvé dans « %1 »</translation>
    </message>
    <message>
        <source>use either --server or --profile</source>
        <translation>utilisez soit --server, soit --profile</translation>
    </message>
    <message>
        <source>The server&apos;s address; repeat it to spread the jobs over a farm of servers.</source>
        <translation>L’adresse du serveur ; répétez l’option pour répartir les tâches sur une ferme de serveurs.</translation>
    </message>
    <message>
        <source>Node classes this server lacks, comma-separated (a farm&apos;s servers differ in their custom nodes).</source>
        <translation>Classes de nœuds absentes de ce serveur, séparées par des virgules (les serveurs d’une ferme diffèrent par leurs nœuds personnalisés).</translation>
    </message>
    <message>
        <source>Serve HTTPS/WSS with this PEM certificate.</source>
        <translation>Servir en HTTPS/WSS avec ce certificat PEM.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>La clé privée PEM de --tls-cert.</translation>
    </message>
    <message>
        <source>Answer 401 unless a request has this header, e.g. &quot;Authorization: Bearer abc&quot;.</source>
        <translation>Répondre 401 si une requête n’a pas cet en-tête, p. ex. « Authorization: Bearer abc ».</translation>
    </message>
    <message>
        <source>The ComfyUI server&apos;s address (default: from the preferences, else %1). Repeat it, or add --profile, to use several servers together as a render farm.</source>
        <translation>L’adresse du serveur ComfyUI (par défaut : celle des préférences, sinon %1). Répétez l’option, ou ajoutez --profile, pour utiliser plusieurs serveurs ensemble comme ferme de rendu.</translation>
    </message>
    <message>
        <source>Use the named connection profile (Server → Connections…). Repeat it to use several servers together as a render farm.</source>
        <translation>Utiliser le profil de connexion nommé (Serveur → Connexions…). Répétez l’option pour utiliser plusieurs serveurs ensemble comme ferme de rendu.</translation>
    </message>
    <message>
        <source>the same server is named twice: %1</source>
        <translation>le même serveur est indiqué deux fois : %1</translation>
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
        <translation>Mettre en file un workflow ComfyUI, le suivre et enregistrer chaque sortie. Le fichier peut être
du JSON API, un workflow enregistré (UI) ou une image PNG/WebP qui en contient un ; les workflows
enregistrés sont convertis avec le /object_info du serveur (ou --object-info FICHIER).
--server et --profile peuvent être répétés et combinés : deux serveurs ou plus forment une ferme
qui se répartit les tâches.
Code de sortie : 0 si toutes les tâches ont réussi, 1 si une tâche a échoué ou a été refusée,
2 pour une ligne de commande ou un workflow incorrect (profil inconnu, ou dont les secrets
ne peuvent pas être lus), 3 si le serveur est injoignable.</translation>
    </message>
    <message>
        <source>Use the named connection profile saved in Easel (Server → Connections…): its address, headers, certificate and API key. Repeat it, or add --server, for a farm.</source>
        <translation>Utiliser le profil de connexion nommé enregistré dans Easel (Serveur → Connexions…) : son adresse, ses en-têtes, son certificat et sa clé d’API. Répétez l’option, ou ajoutez --server, pour une ferme.</translation>
    </message>
    <message>
        <source>the PIN could not be hashed (out of memory?)</source>
        <translation>le PIN n’a pas pu être haché (mémoire insuffisante ?)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Read a PIN (6 characters or more, not easy to guess) from standard input and print its Argon2id hash for kiosk.conf&apos;s admin_pin.</source>
        <translation>Lire un PIN (6 caractères ou plus, difficile à deviner) sur l’entrée standard et afficher son hachage Argon2id pour l’admin_pin de kiosk.conf.</translation>
    </message>
    <message>
        <source>With --kiosk-hash-pin: write the hash into this kiosk.conf instead (readable by its owner and group only).</source>
        <translation>Avec --kiosk-hash-pin : écrire plutôt le hachage dans ce kiosk.conf (lisible uniquement par son propriétaire et son groupe).</translation>
    </message>
    <message>
        <source>Print each saved output as a JSON line on stdout (kind, path, bytes, size, frames, duration, codec, text); progress goes to stderr.</source>
        <translation>Afficher chaque sortie enregistrée comme une ligne JSON sur stdout (kind, path, bytes, size, frames, duration, codec, text) ; la progression va sur stderr.</translation>
    </message>
    <message>
        <source>--count takes a number from 1 to %1</source>
        <translation>--count attend un nombre de 1 à %1</translation>
    </message>
    <message>
        <source>--count %1 of this workflow would keep %2 MiB of prompts (at most %3 MiB); run it in parts</source>
        <translation>--count %1 garderait %2 Mio de prompts pour ce workflow (au plus %3 Mio) ; lancez-le en plusieurs fois</translation>
    </message>
</context>
</TS>
