// easel-run: queue a workflow on a ComfyUI server without a window and save every output.
#include "apiworkflow.h"
#include "commandlinepath.h"
#include "farmrun.h"
#include "headlessrun.h"
#include "translations.h"
#include "promptloader.h"
#include "runjobs.h"
#include "runservers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>
#include <QUrl>

#include <cstdio>

using namespace Easel;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "easel-run: %s\n", qPrintable(message));
}

void printDiagnostics(const WorkflowDiagnostics &diagnostics)
{
    for (const WorkflowDiagnostic &d : diagnostics)
        printError(d.toString());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("easel-run"));
    QCoreApplication::setOrganizationName(QStringLiteral("Easel"));
    // The system's language, as the window does when no preference is set.
    Easel::Translations::setLanguage(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(EASEL_VERSION));
    QImageReader::setAllocationLimit(256);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Queue a ComfyUI workflow, follow it and save every output. The file may be\n"
                "API JSON, a saved (UI) workflow, or a PNG/WebP image carrying one; saved\n"
                "workflows are converted with the server's /object_info (or --object-info FILE).\n"
                "--server and --profile may be repeated and mixed: two or more servers make a farm\n"
                "that shares the jobs out.\n"
                "Exit code: 0 when every job succeeded, 1 when a job failed or was rejected,\n"
                "2 for a bad command line or workflow (an unknown profile, or one whose secrets\n"
                "cannot be read), 3 when the server cannot be reached."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workflow"),
                                 QCoreApplication::translate("main", "The workflow (API JSON, saved JSON, PNG or WebP)."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QCoreApplication::translate("main", "The server's address; repeat it to spread the jobs over a farm of servers."),
        QStringLiteral("url"), QStringLiteral("http://127.0.0.1:8188"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Use the named connection profile saved in Easel (Server → "
                                            "Connections…): its address, headers, certificate and API "
                                            "key. Repeat it, or add --server, for a farm."),
        QStringLiteral("name"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QCoreApplication::translate("main", "Folder for the outputs."),
        QStringLiteral("dir"), QStringLiteral("."));
    const QCommandLineOption setOption(
        QStringLiteral("set"),
        QCoreApplication::translate("main", "Set an input before queueing (repeatable), e.g. 3.seed=42."),
        QStringLiteral("node.input=value"));
    const QCommandLineOption countOption(
        QStringLiteral("count"),
        QCoreApplication::translate("main", "Queue the workflow N times; seeds not pinned with --set "
                                            "get a new random value for every run after the first."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption printApiOption(
        QStringLiteral("print-api"),
        QCoreApplication::translate("main", "Print the API prompt the file converts to (JSON on stdout, "
                                            "warnings on stderr) and exit; 2 when it cannot be converted."));
    const QCommandLineOption objectInfoOption(
        QStringLiteral("object-info"),
        QCoreApplication::translate("main", "Read the node catalogue from this /object_info JSON file "
                                            "instead of asking --server."),
        QStringLiteral("file"));
    const QCommandLineOption printOutputsOption(
        QStringLiteral("print-outputs"),
        QCoreApplication::translate("main", "Print each saved output as a JSON line on stdout (kind, path, bytes, "
                                            "size, frames, duration, codec, text); progress goes to stderr."));
    parser.addOptions({serverOption, profileOption, outOption, setOption, countOption, printApiOption,
                       objectInfoOption, printOutputsOption});
    parser.process(app);

    if (parser.positionalArguments().size() != 1) {
        printError(QCoreApplication::translate("main", "give exactly one workflow file (see --help)"));
        return HeadlessRun::BadUsage;
    }
    // --server and --profile, in the order given: two or more are a farm; the first one
    // converts saved workflows. (values() of an option not given is its default, so the
    // default address counts only when neither option is.)
    QList<RunServers::Argument> serverArguments;
    {
        const QStringList addresses = parser.isSet(serverOption) ? parser.values(serverOption) : QStringList();
        const QStringList profiles = parser.values(profileOption);
        qsizetype nextAddress = 0;
        qsizetype nextProfile = 0;
        for (const QString &name : parser.optionNames()) {
            if (name == serverOption.names().constFirst() && nextAddress < addresses.size())
                serverArguments.append({false, addresses.at(nextAddress++)});
            else if (name == profileOption.names().constFirst() && nextProfile < profiles.size())
                serverArguments.append({true, profiles.at(nextProfile++)});
        }
        if (serverArguments.isEmpty())
            serverArguments.append({false, parser.value(serverOption)});
    }
    QList<RunServer> servers;
    QString serverError;
    if (!RunServers::resolve(serverArguments, &servers, &serverError)) {
        printError(serverError);
        return HeadlessRun::BadUsage;
    }
    const RunServer server = servers.constFirst();
    bool countOk = false;
    const int count = parser.value(countOption).toInt(&countOk);
    // Every job is queued at the start (its own values kept until it is sent), so the bound
    // is on what the run sends together, not an arbitrary count: at most 100,000 jobs (a day
    // of fast jobs) and 512 MiB of prompts (checked below, once the size is known).
    constexpr int maxCount = 100000;
    constexpr qint64 maxPromptBytes = qint64(512) << 20;
    if (!countOk || count < 1 || count > maxCount) {
        printError(QCoreApplication::translate("main", "--count takes a number from 1 to %1").arg(maxCount));
        return HeadlessRun::BadUsage;
    }

    // The bytes the system gave, also when they are not UTF-8 (a Latin-1 name).
    const QString path = commandLinePath(argc, argv, parser.positionalArguments().constFirst());
    PromptLoader loader(server.url, parser.value(objectInfoOption), server.transport);
    const PromptLoader::Status status = loader.load(path, parser.isSet(printApiOption));
    printDiagnostics(loader.diagnostics());
    if (status != PromptLoader::Ok) {
        printError(loader.errorString());
        return status == PromptLoader::ServerUnreachable ? HeadlessRun::ServerUnreachable : HeadlessRun::BadUsage;
    }
    if (parser.isSet(printApiOption)) {
        // What the server would get for the first job: dynamic prompts chosen, %…% filled.
        const QByteArray json =
            RunJobs::make(loader.promptJson(), {loader.promptJson()}, {}, loader.catalogue()).firstResolvedPrompt()
            + '\n';
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return HeadlessRun::Success;
    }

    if (loader.promptIsEmpty()) {
        printError(QCoreApplication::translate("main", "%1 has no node that would run (all muted, bypassed or "
                                                       "virtual?); ComfyUI's Workflow > Export (API) shows what it "
                                                       "would send").arg(displayFileName(path)));
        return HeadlessRun::BadUsage;
    }
    ApiWorkflow::LoadError loadError;
    ApiWorkflow workflow = ApiWorkflow::fromJson(loader.promptJson(), displayFileName(path), &loadError);
    if (workflow.isNull()) {
        printError(loadError.message);
        return HeadlessRun::BadUsage;
    }
    QStringList pinned;
    for (const QString &assignment : parser.values(setOption)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        const qsizetype dot = assignment.left(equals).indexOf(QLatin1Char('.'));
        if (equals < 0 || dot <= 0 || dot + 1 >= equals) {
            printError(QCoreApplication::translate("main", "--set wants NODE.INPUT=VALUE, got %1").arg(assignment));
            return HeadlessRun::BadUsage;
        }
        QString message;
        if (!workflow.setInput(assignment.left(dot), assignment.mid(dot + 1, equals - dot - 1),
                               assignment.mid(equals + 1), &message)) {
            printError(message);
            return HeadlessRun::BadUsage;
        }
        pinned.append(assignment.left(equals));
    }

    // What the jobs' prompts come to together (the server gets each whole): bounded, so a
    // --count of a large workflow is refused up front rather than part-way.
    if (qint64(workflow.json().size()) * count > maxPromptBytes) {
        printError(QCoreApplication::translate("main", "--count %1 of this workflow would keep %2 MiB of prompts "
                                                       "(at most %3 MiB); run it in parts")
                       .arg(count)
                       .arg(qint64(workflow.json().size()) * count >> 20)
                       .arg(maxPromptBytes >> 20));
        return HeadlessRun::BadUsage;
    }

    // One batch of the queue: the file's prompt, each job's own values (its --set values,
    // and after the first a fresh seed as the frontend's "randomize" gives). The queue
    // resolves the frontend's queue-time rules per job and gives each its own saved workflow.
    const RunJobs jobs = RunJobs::repeat(loader.promptJson(), workflow.json(), count, workflow.seedInputs(pinned),
                                         loader.workflowJson(), loader.catalogue());

    const QString outDir = QDir(parser.value(outOption)).absolutePath();
    if (!QDir().mkpath(outDir)) {
        printError(QCoreApplication::translate("main", "cannot create the output folder %1").arg(outDir));
        return HeadlessRun::BadUsage;
    }
    if (servers.size() > 1) {
        // The dispatcher's decisions are printed as job lines; its log would repeat them.
        QLoggingCategory::setFilterRules(QStringLiteral("easel.farm.info=false"));
        FarmRun farm(servers, outDir);
        farm.setPrintOutputs(parser.isSet(printOutputsOption));
        QObject::connect(&farm, &FarmRun::finished, &app, [](int code) { QCoreApplication::exit(code); });
        farm.start(jobs);
        return app.exec();
    }
    HeadlessRun run(server.url, outDir, server.transport);
    run.setPrintOutputs(parser.isSet(printOutputsOption));
    QObject::connect(&run, &HeadlessRun::finished, &app, [](int code) { QCoreApplication::exit(code); });
    run.start(jobs);
    return app.exec();
}
