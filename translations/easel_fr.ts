<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Easel</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="vanished">ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>two nodes have the id %1; the second is ignored</source>
        <translation>deux nœuds ont l’identifiant %1 ; le second est ignoré</translation>
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
        <source>%1 is a saved (UI) workflow. Export it from ComfyUI with "Export (API)" to open it here.</source>
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
        <translation>%1 terminées, %2 en échec ou annulées</translation>
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
    <name>Easel::Conversion</name>
    <message>
        <source>this subgraph is muted or bypassed inside another subgraph; ComfyUI's frontend still runs the nodes inside it, and so does Easel</source>
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
</context>
<context>
    <name>Easel::HeadlessRun</name>
    <message>
        <source>node %1</source>
        <translation>nœud %1</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>%1 enregistré</translation>
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
        <translation>
            <numerusform>tâche %1/%2 terminée : %n sortie enregistrée</numerusform>
            <numerusform>tâche %1/%2 terminée : %n sorties enregistrées</numerusform>
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
        <source>job %1/%2 failed: %3</source>
        <translation>tâche %1/%2 échouée : %3</translation>
    </message>
    <message>
        <source>%1 of %2 job(s) succeeded; outputs in %3</source>
        <translation>%1 tâche(s) sur %2 réussie(s) ; sorties dans %3</translation>
    </message>
</context>
<context>
    <name>Easel::ImageMetadata</name>
    <message>
        <source>the PNG text "%1" is corrupt or inflates to more than %2 MB</source>
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
    <name>Easel::InputDelegate</name>
    <message>
        <source>Ctrl+Enter or Tab to apply, Escape to cancel</source>
        <translation>Ctrl+Entrée ou Tab pour appliquer, Échap pour annuler</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>Easel::JobQueue</name>
    <message>
        <source>Cannot write the queue journal: %1</source>
        <translation>Impossible d’écrire le journal de la file : %1</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>The job's inputs no longer match the workflow</source>
        <translation>Les entrées de la tâche ne correspondent plus au workflow</translation>
    </message>
    <message>
        <source>Cannot read the queue journal: %1</source>
        <translation>Impossible de lire le journal de la file : %1</translation>
    </message>
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
        <source>Another client's job</source>
        <translation>Tâche d’un autre client</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 nº %2</translation>
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
        <translation>Le serveur n’a aucune trace de ce prompt</translation>
    </message>
    <message>
        <source>Interrupted at node %1</source>
        <translation>Interrompu au nœud %1</translation>
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
        <translation type="vanished">Connecté à %1</translation>
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
        <translation>Exécution du nœud %1</translation>
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
        <source>The server restarted and forgot its queue; Easel's jobs are checked again.</source>
        <translation>Le serveur a redémarré et a oublié sa file ; les tâches d’Easel sont vérifiées à nouveau.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed</source>
        <translation>%1 : %2 terminées, %3 en échec</translation>
    </message>
    <message>
        <source>Why the job failed</source>
        <translation>Pourquoi la tâche a échoué</translation>
    </message>
    <message>
        <source>The server's node list could not be read: %1</source>
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
</context>
<context>
    <name>Easel::NumberEdit</name>
    <message>
        <source>Allowed: %1 to %2. Up and Down change the value by its step.</source>
        <translation>Autorisé : de %1 à %2. Haut et Bas changent la valeur d’un pas.</translation>
    </message>
    <message>
        <source>"%1" is not a number</source>
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
        <translation>Produit par le nœud %1 du prompt %2 le %3</translation>
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
        <translation>Le téléchargement de %1 a été interrompu (%2 octets)</translation>
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
        <source>The server's host name was not found</source>
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
        <source>The server's answer broke the HTTP protocol</source>
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
        <source>%1: unexpected message, expected an object with a "type" string</source>
        <translation>%1 : message inattendu, un objet avec une chaîne « type » était attendu</translation>
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
        <source>Cancel the selected jobs (they are taken off the server's queue)</source>
        <translation>Annuler les tâches choisies (elles sont retirées de la file du serveur)</translation>
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
        <translation>Nœud %1 : étape %2 sur %3</translation>
    </message>
    <message>
        <source>Running node %1</source>
        <translation>Nœud %1 en cours</translation>
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
        <source>Keep the workflow's seeds</source>
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
    <name>Easel::WireParsers</name>
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
        <translation>autorisé : de %1 à %2</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>attend un nombre</translation>
    </message>
    <message>
        <source>expects a whole number</source>
        <translation>attend un nombre entier</translation>
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
        <source>expects true or false</source>
        <translation>attend vrai ou faux</translation>
    </message>
    <message>
        <source>expects text</source>
        <translation>attend du texte</translation>
    </message>
    <message>
        <source>expects one of the server's choices</source>
        <translation>attend l’un des choix du serveur</translation>
    </message>
    <message>
        <source>"%1" is not one of the server's choices</source>
        <translation>« %1 » ne fait pas partie des choix du serveur</translation>
    </message>
    <message>
        <source>only plain values can be edited here</source>
        <translation>seules les valeurs simples peuvent être modifiées ici</translation>
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
        <source>Input %1 of node %2 has no "control after generate" mode %3</source>
        <translation>L’entrée %1 du nœud %2 n’a pas de mode « control after generate » %3</translation>
    </message>
    <message>
        <source>API-format workflows cannot bypass or mute nodes; open the saved workflow to do that</source>
        <translation>Les workflows au format API ne peuvent ni contourner ni désactiver de nœuds ; ouvrez le workflow enregistré pour cela</translation>
    </message>
    <message>
        <source>the server's node list is not loaded yet</source>
        <translation>la liste des nœuds du serveur n’est pas encore chargée</translation>
    </message>
    <message>
        <source>An API-format workflow has no layout to save as a saved (UI) workflow</source>
        <translation>Un workflow au format API n’a pas de disposition pour être enregistré comme workflow (UI)</translation>
    </message>
    <message>
        <source>The server's node list is needed to convert the workflow to the API format</source>
        <translation>La liste des nœuds du serveur est nécessaire pour convertir le workflow au format API</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
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
        <translation>%1 #%2</translation>
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
        <source>"%1" is not a number</source>
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
</context>
<context>
    <name>Easel::WorkflowValidator</name>
    <message>
        <source>the prompt is not a JSON object</source>
        <translation>le prompt n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the node has no class_type (its type is not installed)</source>
        <translation>le nœud n’a pas de class_type (son type n’est pas installé)</translation>
    </message>
    <message>
        <source>the node type %1 is not installed on the server</source>
        <translation>le type de nœud %1 n’est pas installé sur le serveur</translation>
    </message>
    <message>
        <source>linked to node %1, which is not in the prompt</source>
        <translation>lié au nœud %1, absent du prompt</translation>
    </message>
    <message>
        <source>linked to output %1 of node %2, which has %3 outputs</source>
        <translation>lié à la sortie %1 du nœud %2, qui a %3 sorties</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>attend un nombre</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 est inférieur au minimum %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 est supérieur au maximum %2</translation>
    </message>
    <message>
        <source>"%1" is not one of the server's choices</source>
        <translation>« %1 » ne fait pas partie des choix du serveur</translation>
    </message>
    <message>
        <source>expects true or false</source>
        <translation>attend true ou false</translation>
    </message>
    <message>
        <source>required input is missing</source>
        <translation>une entrée obligatoire manque</translation>
    </message>
    <message>
        <source>its inputs depend on its own output (through node %1)</source>
        <translation>ses entrées dépendent de sa propre sortie (via le nœud %1)</translation>
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
        <source>Interrupt Easel's running job</source>
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
        <source>The ComfyUI server's address (default: from the preferences, else %1).</source>
        <translation>L’adresse du serveur ComfyUI (par défaut : celle des préférences, sinon %1).</translation>
    </message>
    <message>
        <source>Folder for finished outputs.</source>
        <translation>Dossier des sorties terminées.</translation>
    </message>
    <message>
        <source>Use the named profile (not yet supported).</source>
        <translation>Utiliser le profil nommé (pas encore pris en charge).</translation>
    </message>
    <message>
        <source>Start in kiosk mode (not yet supported).</source>
        <translation>Démarrer en mode kiosque (pas encore pris en charge).</translation>
    </message>
    <message>
        <source>--profile is not yet supported; profile “%1” shares the default settings.</source>
        <translation>--profile n’est pas encore pris en charge ; le profil « %1 » partage les réglages par défaut.</translation>
    </message>
    <message>
        <source>--kiosk is not yet supported; starting normally.</source>
        <translation>--kiosk n’est pas encore pris en charge ; démarrage normal.</translation>
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
        <source>The server's address.</source>
        <translation>L’adresse du serveur.</translation>
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
        <translation>--count attend un nombre de 1 à 10000</translation>
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
workflows are converted with the server's /object_info (or --object-info FILE).
Exit code: 0 when every job succeeded, 1 when a job failed or was rejected,
2 for a bad command line or workflow, 3 when the server cannot be reached.</source>
        <translation>Mettre en file un workflow ComfyUI, le suivre et enregistrer chaque sortie. Le fichier peut être
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
        <source>%1 has no node that would run (all muted, bypassed or virtual?); ComfyUI's Workflow &gt; Export (API) shows what it would send</source>
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
</context>
</TS>
