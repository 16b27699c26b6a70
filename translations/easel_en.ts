<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Easel::BatchNotifier</name>
    <message numerus="yes">
        <source>%n job(s) done</source>
        <translation>
            <numerusform>%n job done</numerusform>
            <numerusform>%n jobs done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::ConnectionDialog</name>
    <message numerus="yes">
        <source>%n servers ticked: the queue is spread over them.</source>
        <translation>
            <numerusform>%n server ticked: the queue is spread over them.</numerusform>
            <numerusform>%n servers ticked: the queue is spread over them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::ConnectionMonitor</name>
    <message numerus="yes">
        <source>Connection to %1 lost; reconnecting in %n s</source>
        <translation>
            <numerusform>Connection to %1 lost; reconnecting in %n s</numerusform>
            <numerusform>Connection to %1 lost; reconnecting in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::EventSocketWorker</name>
    <message numerus="yes">
        <source>A WebSocket text message of %n character(s) was dropped: the limit is %1 bytes</source>
        <translation>
            <numerusform>A WebSocket text message of %n character was dropped: the limit is %1 bytes</numerusform>
            <numerusform>A WebSocket text message of %n characters was dropped: the limit is %1 bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::EventStream</name>
    <message numerus="yes">
        <source>A WebSocket text message of %n character(s) was dropped: the limit is %1 bytes</source>
        <translation type="vanished">
            <numerusform>A WebSocket text message of %n character was dropped: the limit is %1 bytes</numerusform>
            <numerusform>A WebSocket text message of %n characters was dropped: the limit is %1 bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::FarmRun</name>
    <message numerus="yes">
        <source>%n job(s) queued on a farm of %1 server(s)</source>
        <translation>
            <numerusform>%n job queued on a farm of %1 servers</numerusform>
            <numerusform>%n jobs queued on a farm of %1 servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done on %3: %n output(s) saved</source>
        <translation type="vanished">
            <numerusform>job %1/%2 done on %3: %n output saved</numerusform>
            <numerusform>job %1/%2 done on %3: %n outputs saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n job(s)</source>
        <translation type="vanished">
            <numerusform>%1: %n job</numerusform>
            <numerusform>%1: %n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::HeadlessRun</name>
    <message numerus="yes">
        <source>job %1/%2 done: %n output(s) saved</source>
        <translation type="vanished">
            <numerusform>job %1/%2 done: %n output saved</numerusform>
            <numerusform>job %1/%2 done: %n outputs saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::JobRunner</name>
    <message numerus="yes">
        <source>The server does not know this job (in neither its queue nor its history for %n second(s)); it was lost</source>
        <translation>
            <numerusform>The server does not know this job (in neither its queue nor its history for %n second); it was lost</numerusform>
            <numerusform>The server does not know this job (in neither its queue nor its history for %n seconds); it was lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server does not know this job; lost in %n second(s)</source>
        <translation>
            <numerusform>the server does not know this job; lost in %n second</numerusform>
            <numerusform>the server does not know this job; lost in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for the server&apos;s answer, %n second(s)</source>
        <translation>
            <numerusform>waiting for the server&apos;s answer, %n second</numerusform>
            <numerusform>waiting for the server&apos;s answer, %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::KioskController</name>
    <message numerus="yes">
        <source>%n setting(s) used</source>
        <translation>
            <numerusform>%n setting used</numerusform>
            <numerusform>%n settings used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n kept as the administrator set them</source>
        <translation>
            <numerusform>; %n kept as the administrator set them</numerusform>
            <numerusform>; %n kept as the administrator set them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::KioskUnlockDialog</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::MainWindow</name>
    <message numerus="yes">
        <source>%n job(s) still run on this server. Switch when they have finished.</source>
        <translation type="vanished">
            <numerusform>%n job still runs on this server. Switch when it has finished.</numerusform>
            <numerusform>%n jobs still run on this server. Switch when they have finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n value(s) of the output to the open workflow.</source>
        <translation>
            <numerusform>Applied %n value of the output to the open workflow.</numerusform>
            <numerusform>Applied %n values of the output to the open workflow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not queued: the server would refuse this workflow (%n problem(s), marked on the nodes and listed in the log).</source>
        <translation>
            <numerusform>Not queued: the server would refuse this workflow (%n problem, marked on the nodes and listed in the log).</numerusform>
            <numerusform>Not queued: the server would refuse this workflow (%n problems, marked on the nodes and listed in the log).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued with %n problem(s) found here; the server will judge them.</source>
        <translation>
            <numerusform>Queued with %n problem found here; the server will judge it.</numerusform>
            <numerusform>Queued with %n problems found here; the server will judge them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s)</source>
        <translation>
            <numerusform>Queued %n job</numerusform>
            <numerusform>Queued %n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server restarted and lost %n job(s). They are kept in the queue as failed.</source>
        <translation>
            <numerusform>The server restarted and lost %n job. It is kept in the queue as failed.</numerusform>
            <numerusform>The server restarted and lost %n jobs. They are kept in the queue as failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %n job(s)</source>
        <translation>
            <numerusform>Retry %n job</numerusform>
            <numerusform>Retry %n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost job(s) queued again.</source>
        <translation>
            <numerusform>%n lost job queued again.</numerusform>
            <numerusform>%n lost jobs queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Using a farm of %n servers.</source>
        <translation>
            <numerusform>Using a farm of %n servers.</numerusform>
            <numerusform>Using a farm of %n servers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still run on a server. Switch when they have finished.</source>
        <translation>
            <numerusform>%n job still runs on a server. Switch when it has finished.</numerusform>
            <numerusform>%n jobs still run on a server. Switch when they have finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Farm: %1 of %n servers ready</source>
        <translation>
            <numerusform>Farm: %1 of %n server ready</numerusform>
            <numerusform>Farm: %1 of %n servers ready</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::MediaPlayerPage</name>
    <message numerus="yes">
        <source>Only the first %n frame(s) fit in memory</source>
        <translation>
            <numerusform>Only the first %n frame fits in memory</numerusform>
            <numerusform>Only the first %n frames fit in memory</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::OutputActions</name>
    <message numerus="yes">
        <source>Copy %n File Path(s)</source>
        <translation>
            <numerusform>Copy %n File Path</numerusform>
            <numerusform>Copy %n File Paths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n to Trash</source>
        <translation>
            <numerusform>Move %n to Trash</numerusform>
            <numerusform>Move %n to Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened the first %1 of %n folder(s).</source>
        <translation>
            <numerusform>Opened the first %1 of %n folder.</numerusform>
            <numerusform>Opened the first %1 of %n folders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n output(s) to the trash.</source>
        <translation>
            <numerusform>Moved %n output to the trash.</numerusform>
            <numerusform>Moved %n outputs to the trash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::OutputListModel</name>
    <message numerus="yes">
        <source>%n older output(s) of this session are in the Library.</source>
        <translation>
            <numerusform>%n older output of this session is in the Library.</numerusform>
            <numerusform>%n older outputs of this session are in the Library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::OutputSummary</name>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::PromptPreflight</name>
    <message numerus="yes">
        <source>linked to output %1 of node %2, which has %n output(s)</source>
        <translation>
            <numerusform>linked to output %1 of node %2, which has %n output</numerusform>
            <numerusform>linked to output %1 of node %2, which has %n outputs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::QueuePanel</name>
    <message numerus="yes">
        <source>Paused: %n job(s) waiting. Resume to go on.</source>
        <translation>
            <numerusform>Paused: %n job waiting. Resume to go on.</numerusform>
            <numerusform>Paused: %n jobs waiting. Resume to go on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::RunQueue</name>
    <message numerus="yes">
        <source>job %1/%2 done: %n output(s) saved</source>
        <translation>
            <numerusform>job %1/%2 done: %n output saved</numerusform>
            <numerusform>job %1/%2 done: %n outputs saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>job %1/%2 done on %3: %n output(s) saved</source>
        <translation>
            <numerusform>job %1/%2 done on %3: %n output saved</numerusform>
            <numerusform>job %1/%2 done on %3: %n outputs saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n job(s)</source>
        <translation>
            <numerusform>%1: %n job</numerusform>
            <numerusform>%1: %n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::ServersPanel</name>
    <message numerus="yes">
        <source>%1 of %n servers ready</source>
        <translation>
            <numerusform>%1 of %n server ready</numerusform>
            <numerusform>%1 of %n servers ready</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::SweepDialog</name>
    <message numerus="yes">
        <source>%n job(s) will be queued</source>
        <translation>
            <numerusform>%n job will be queued</numerusform>
            <numerusform>%n jobs will be queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n Job(s)</source>
        <translation>
            <numerusform>&amp;Queue %n Job</numerusform>
            <numerusform>&amp;Queue %n Jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::TagDialog</name>
    <message numerus="yes">
        <source>Tags of %n selected output(s):</source>
        <translation>
            <numerusform>Tags of %n selected output:</numerusform>
            <numerusform>Tags of %n selected outputs:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowEditor</name>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problems (%n)</numerusform>
            <numerusform>Problems (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Easel::WorkflowModel</name>
    <message numerus="yes">
        <source>subgraph #%1 · %n node(s)</source>
        <translation>
            <numerusform>subgraph #%1 · %n node</numerusform>
            <numerusform>subgraph #%1 · %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobLabels</name>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
</TS>
