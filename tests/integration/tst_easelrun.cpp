// The easel-run executable against the simulator, started in this process on port 0:
// exit codes, saved outputs and its messages, over real sockets.
#include "capturedprompt.h"

#include "imagemetadata.h"
#include "jsontree.h"
#include "simserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class tst_EaselRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savesEveryOutputOfEveryRun();
    void printsEveryKindItSaved();
    void rejectedPromptExitsWithOne();
    void farmJobNoServerCanRunExitsWithOne();
    void repeatedServerSpreadsTheRunOverAFarm();
    void unreachableServerExitsWithThree();
    void profileBringsItsAddressAndHeader();
    void profileAndServerMakeAFarm();
    void unknownProfileNamesTheSavedOnes();
    void profileErrorsExitWithTwo_data();
    void profileErrorsExitWithTwo();
    void badWorkflowExitsWithTwo_data();
    void badWorkflowExitsWithTwo();
    void countIsBoundedByWhatThePromptsTake();
    void countGivesEveryLaterJobAFreshSeed();
    void brokenApiShapeIsRefused_data();
    void brokenApiShapeIsRefused();
    void printApiResolvesQueueTimeRules();
    void outputEmbedsItsOwnJob();
    void latin1FileNameOpens();

private:
    struct Finished
    {
        int exitCode = -1;
        QString output;
    };
    Finished runEaselRun(const QStringList &arguments);
    QString writeWorkflow(const QByteArray &json);
    void saveProfile(const QString &name, const QUrl &url,
                     const QList<std::pair<QByteArray, QByteArray>> &headers, bool plainText = true);

    Easel::Sim::SimServer m_sim;
    // Behind a "proxy": it answers only requests carrying the profile's header.
    Easel::Sim::SimServer m_guarded;
    QTemporaryDir m_dir;
    int m_fileCounter = 0;
};

void tst_EaselRun::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(EASEL_BINARY_DIR "/src/run/easel-run")));
    m_sim.setStepMs(0);
    QVERIFY(m_sim.listen(QHostAddress::LocalHost, 0) != 0);
    QVERIFY(m_dir.isValid());
    m_guarded.setStepMs(20);
    m_guarded.setRequiredHeader("Authorization", "Bearer studio-token");
    QVERIFY(m_guarded.listen(QHostAddress::LocalHost, 0) != 0);
    // Saved as the window saves them when the user agreed to plain-text secrets (no keychain
    // daemon here): the header's value is read from the plain-text file.
    saveProfile(u"Attic GPU"_s, m_guarded.baseUrl(), {{"Authorization", "Bearer studio-token"}});
    // Its header's value was never stored: the secret is missing.
    saveProfile(u"Basement"_s, m_sim.baseUrl(), {{"X-Token", {}}});
    // Its secret is in the keychain, which no easel-run here can reach.
    saveProfile(u"Keyed"_s, m_sim.baseUrl(), {{"X-Token", "abc"}}, false);
}

void tst_EaselRun::saveProfile(const QString &name, const QUrl &url,
                               const QList<std::pair<QByteArray, QByteArray>> &headers, bool plainText)
{
    // ProfileStore's layout (src/core/connection/profilestore.cpp, settingssecretstore.cpp)
    // in the window's files under the XDG_CONFIG_HOME every easel-run here is given:
    // Easel/Easel.conf and the AppConfigLocation's plain-text-secrets.ini.
    const QString config = m_dir.filePath(u"config/Easel"_s);
    QSettings settings(config + u"/Easel.conf"_s, QSettings::IniFormat);
    settings.beginGroup(u"connectionProfiles/"_s + QString::fromLatin1(QUrl::toPercentEncoding(name)));
    settings.setValue(u"url"_s, url.toString());
    settings.setValue(u"tls"_s, false);
    settings.setValue(u"pinnedSha256"_s, QString());
    QStringList headerNames;
    for (const auto &header : headers)
        headerNames.append(QString::fromLatin1(header.first));
    settings.setValue(u"headerNames"_s, headerNames);
    settings.setValue(u"hasComfyApiKey"_s, false);
    settings.setValue(u"secretsInPlainText"_s, plainText);
    settings.endGroup();
    settings.sync();
    QSettings secrets(config + u"/Easel/plain-text-secrets.ini"_s, QSettings::IniFormat);
    for (const auto &[header, value] : headers) {
        if (value.isEmpty() || !plainText)
            continue;
        const QString key = u"Easel connection/"_s + name + u"/header/"_s + QString::fromLatin1(header).toLower();
        secrets.setValue(u"plainTextSecrets/"_s + QString::fromLatin1(QUrl::toPercentEncoding(key)), value);
    }
    secrets.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
    QCOMPARE(secrets.status(), QSettings::NoError);
}

QString tst_EaselRun::writeWorkflow(const QByteArray &json)
{
    const QString path = m_dir.filePath(u"workflow%1.json"_s.arg(++m_fileCounter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return {};
    return path;
}

tst_EaselRun::Finished tst_EaselRun::runEaselRun(const QStringList &arguments)
{
    // The simulator lives on this thread's event loop, so wait with a spy, not
    // waitForFinished (which would block the loop the simulator needs).
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The messages checked below are the English source strings; easel-run follows the
    // system language, so pin it.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    // Saved connection profiles come from here, never from the user's own.
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    // Nor from the user's keychain: no session bus, so no keychain service.
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=%1"_s.arg(m_dir.filePath(u"no-bus"_s)));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(EASEL_BINARY_DIR "/src/run/easel-run"), arguments);
    Finished result;
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.output = QString::fromLocal8Bit(process.readAll());
    return result;
}

void tst_EaselRun::savesEveryOutputOfEveryRun()
{
    const QString workflow = writeWorkflow(capturedPrompt(u"run_save_image/post_prompt.request_body.json"_s));
    QVERIFY(!workflow.isEmpty());
    const QString out = m_dir.filePath(u"out-ok"_s);
    // Width 48 instead of the recorded 32 at node 2: --set reaches the server.
    const Finished run = runEaselRun({workflow, u"--server"_s, m_sim.baseUrl().toString(),
                                      u"--out"_s, out, u"--count"_s, u"2"_s,
                                      u"--set"_s, u"2.width=48"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QStringList files = QDir(out).entryList({u"*.png"_s}, QDir::Files);
    // Two identical graphs: the server answers the second from its cache and re-announces
    // the first file. Both runs' outputs are saved, and the same bytes are stored once: one
    // file, which each run's output (its own row in the library index) points at.
    QCOMPARE(files.size(), 1);
    QCOMPARE(run.output.count(QRegularExpression(u"job [12]/2 done: 1 output"_s)), 2);
    for (const QString &name : files) {
        const QImage image(QDir(out).filePath(name));
        QCOMPARE(image.size(), QSize(48, 32));
    }
    QVERIFY2(!run.output.contains(QLatin1Char('\r')), "plain lines when stdout is not a terminal");
    QVERIFY(run.output.contains(u"job 2/2"_s));
}

// A video and two texts: the people's lines say kind, size, frames, duration and codec;
// --print-outputs gives one JSON object per saved output for scripts.
void tst_EaselRun::printsEveryKindItSaved()
{
    const QString video = writeWorkflow(capturedPrompt(u"run_media_video_webm/post_prompt.request_body.json"_s));
    const Finished plain = runEaselRun({video, u"--server"_s, m_sim.baseUrl().toString(), u"--out"_s,
                                        m_dir.filePath(u"out-media"_s)});
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.output));
    // The run is in English (runEaselRun sets LANGUAGE=en), whose plural forms say "8 frames".
    QVERIFY2(plain.output.contains(QString::fromUtf8("saved video 64×64, 8 frames, 1.0 s, vp9, ")),
             qPrintable(plain.output));

    const QString text = writeWorkflow(capturedPrompt(u"run_media_text/post_prompt.request_body.json"_s));
    const Finished json = runEaselRun({text, u"--server"_s, m_sim.baseUrl().toString(), u"--out"_s,
                                       m_dir.filePath(u"out-text"_s), u"--print-outputs"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.output));
    QList<QJsonObject> lines;
    for (const QString &line : json.output.split(u'\n')) {
        if (line.startsWith(u'{'))
            lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
    }
    QCOMPARE(lines.size(), 2);
    std::sort(lines.begin(), lines.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"node"_s).toString() < b.value(u"node"_s).toString();
    });
    QCOMPARE(lines.at(0).value(u"kind"_s).toString(), u"text"_s);
    QCOMPARE(lines.at(0).value(u"job"_s).toInt(), 1);
    QCOMPARE(lines.at(0).value(u"text"_s).toString(),
             QString::fromUtf8("capture text: café ✓ 日本 \"quoted\"\nsecond line"));
    QCOMPARE(lines.at(1).value(u"text"_s).toString(), u"42"_s);
    QCOMPARE(lines.at(1).value(u"bytes"_s).toInt(), 2);
    QVERIFY(QFile::exists(lines.at(1).value(u"path"_s).toString()));
}

void tst_EaselRun::repeatedServerSpreadsTheRunOverAFarm()
{
    // A second simulator, slower, and a third address where nothing listens.
    Easel::Sim::SimServer second;
    second.setStepMs(20);
    QVERIFY(second.listen(QHostAddress::LocalHost, 0) != 0);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString nobody = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
    probe.close();
    int ranOnSecond = 0;
    connect(&second, &Easel::Sim::SimServer::promptFinished, this, [&ranOnSecond] { ++ranOnSecond; });

    const QString workflow = writeWorkflow(capturedPrompt(u"run_save_image/post_prompt.request_body.json"_s));
    const QString out = m_dir.filePath(u"out-farm"_s);
    const Finished run = runEaselRun({workflow, u"--server"_s, m_sim.baseUrl().toString(),
                                      u"--server"_s, second.baseUrl().toString(), u"--server"_s, nobody,
                                      u"--out"_s, out, u"--count"_s, u"6"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    // Six runs of one graph: the same bytes six times, stored once.
    QCOMPARE(QDir(out).entryList({u"*.png"_s}, QDir::Files).size(), 1);
    // The dead address is named and left out; both live servers ran jobs, each recorded.
    QVERIFY2(run.output.contains(u"Cannot reach the server at %1"_s.arg(nobody)), qPrintable(run.output));
    QVERIFY2(run.output.contains(u"done on %1"_s.arg(m_sim.baseUrl().toString())), qPrintable(run.output));
    QVERIFY2(run.output.contains(u"done on %1"_s.arg(second.baseUrl().toString())), qPrintable(run.output));
    QVERIFY(ranOnSecond > 0);
    QVERIFY2(run.output.contains(u"6 of 6 job(s) succeeded"_s), qPrintable(run.output));
}

void tst_EaselRun::rejectedPromptExitsWithOne()
{
    const QString workflow = writeWorkflow(
        capturedPrompt(u"errors_post_prompt/f_combo_value_not_in_list.request_body.json"_s));
    const Finished run = runEaselRun({workflow, u"--server"_s, m_sim.baseUrl().toString(),
                                      u"--out"_s, m_dir.filePath(u"out-rejected"_s)});
    QCOMPARE(run.exitCode, 1);
    // The node and input the recorded server response names are in the message.
    const QJsonObject recorded = capturedJson(u"errors_post_prompt/f_combo_value_not_in_list.json"_s);
    const QJsonObject nodeErrors = recorded.value("node_errors"_L1).toObject();
    const QString nodeId = nodeErrors.begin().key();
    const QString input = nodeErrors.begin().value().toObject().value("errors"_L1).toArray()
                              .at(0).toObject().value("extra_info"_L1).toObject()
                              .value("input_name"_L1).toString();
    QVERIFY2(run.output.contains(u"node %1"_s.arg(nodeId)), qPrintable(run.output));
    QVERIFY2(run.output.contains(input), qPrintable(run.output));
}

// On a farm the same prompt is found unrunnable before it is posted (no server has the
// value in its list): the job fails naming the input, the summary counts it, exit 1.
void tst_EaselRun::farmJobNoServerCanRunExitsWithOne()
{
    Easel::Sim::SimServer second;
    second.setStepMs(0);
    QVERIFY(second.listen(QHostAddress::LocalHost, 0) != 0);
    const QString workflow = writeWorkflow(
        capturedPrompt(u"errors_post_prompt/f_combo_value_not_in_list.request_body.json"_s));
    const Finished run = runEaselRun({workflow, u"--server"_s, m_sim.baseUrl().toString(), u"--server"_s,
                                      second.baseUrl().toString(), u"--out"_s, m_dir.filePath(u"out-farm-refused"_s)});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject recorded = capturedJson(u"errors_post_prompt/f_combo_value_not_in_list.json"_s);
    const QJsonObject nodeErrors = recorded.value("node_errors"_L1).toObject();
    const QString input = nodeErrors.begin().value().toObject().value("errors"_L1).toArray()
                              .at(0).toObject().value("extra_info"_L1).toObject()
                              .value("input_name"_L1).toString();
    QVERIFY2(run.output.contains(u"job 1/1 failed: "_s), qPrintable(run.output));
    QVERIFY2(run.output.contains(input), qPrintable(run.output));
    QVERIFY2(!run.output.contains(u"sent to"_s), qPrintable(run.output)); // never posted
    QVERIFY2(run.output.contains(u"0 of 1 job(s) succeeded"_s), qPrintable(run.output));
}

void tst_EaselRun::unreachableServerExitsWithThree()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const QString workflow = writeWorkflow(capturedPrompt(u"run_save_image/post_prompt.request_body.json"_s));
    const Finished run = runEaselRun({workflow, u"--server"_s, u"http://127.0.0.1:%1"_s.arg(port),
                                      u"--out"_s, m_dir.filePath(u"out-unreachable"_s)});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.output.contains(u"Cannot reach the server"_s), qPrintable(run.output));
}

void tst_EaselRun::profileBringsItsAddressAndHeader()
{
    const QString workflow = writeWorkflow(capturedPrompt(u"run_save_image/post_prompt.request_body.json"_s));
    int ran = 0;
    QMetaObject::Connection counting =
        connect(&m_guarded, &Easel::Sim::SimServer::promptFinished, this, [&ran] { ++ran; });
    // One --profile: the single-server run, at the profile's address with its header.
    const QString out = m_dir.filePath(u"out-profile"_s);
    const Finished run = runEaselRun({workflow, u"--profile"_s, u"Attic GPU"_s, u"--out"_s, out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QCOMPARE(QDir(out).entryList({u"*.png"_s}, QDir::Files).size(), 1);
    QCOMPARE(ran, 1);
    // The same address without the profile lacks the header and is turned away.
    const Finished bare = runEaselRun({workflow, u"--server"_s, m_guarded.baseUrl().toString(),
                                       u"--out"_s, m_dir.filePath(u"out-bare"_s)});
    QVERIFY2(bare.exitCode != 0, qPrintable(bare.output));
    QCOMPARE(ran, 1);
    disconnect(counting);
}

void tst_EaselRun::profileAndServerMakeAFarm()
{
    int ranOnGuarded = 0;
    int ranOnPlain = 0;
    QMetaObject::Connection countGuarded =
        connect(&m_guarded, &Easel::Sim::SimServer::promptFinished, this, [&ranOnGuarded] { ++ranOnGuarded; });
    QMetaObject::Connection countPlain =
        connect(&m_sim, &Easel::Sim::SimServer::promptFinished, this, [&ranOnPlain] { ++ranOnPlain; });
    const QString workflow = writeWorkflow(capturedPrompt(u"run_save_image/post_prompt.request_body.json"_s));
    const QString out = m_dir.filePath(u"out-profile-farm"_s);
    const Finished run = runEaselRun({workflow, u"--profile"_s, u"Attic GPU"_s, u"--server"_s,
                                      m_sim.baseUrl().toString(), u"--out"_s, out, u"--count"_s, u"6"_s});
    disconnect(countGuarded);
    disconnect(countPlain);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QCOMPARE(QDir(out).entryList({u"*.png"_s}, QDir::Files).size(), 1); // identical bytes, once
    QVERIFY(ranOnGuarded > 0);
    QVERIFY(ranOnPlain > 0);
    // The profile's server is named by the profile; the plain one by its address.
    QVERIFY2(run.output.contains(u"sent to Attic GPU"_s), qPrintable(run.output));
    QVERIFY2(run.output.contains(u"done on Attic GPU"_s), qPrintable(run.output));
    QVERIFY2(run.output.contains(u"done on %1"_s.arg(m_sim.baseUrl().toString())), qPrintable(run.output));
    QVERIFY2(!run.output.contains(u"done on %1"_s.arg(m_guarded.baseUrl().toString())), qPrintable(run.output));
    QVERIFY2(run.output.contains(u"6 of 6 job(s) succeeded"_s), qPrintable(run.output));
}

void tst_EaselRun::unknownProfileNamesTheSavedOnes()
{
    const QString workflow = writeWorkflow(capturedPrompt(u"run_save_image/post_prompt.request_body.json"_s));
    const Finished run = runEaselRun({workflow, u"--profile"_s, u"Nowhere"_s, u"--server"_s,
                                      m_sim.baseUrl().toString(), u"--out"_s, m_dir.filePath(u"out-unknown"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.output.contains(u"Nowhere"_s), qPrintable(run.output));
    QVERIFY2(run.output.contains(u"Attic GPU"_s) && run.output.contains(u"Basement"_s), qPrintable(run.output));
}

void tst_EaselRun::profileErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("servers");
    QTest::addColumn<QStringList>("expected"); // all said
    // A profile's secrets cannot be read: it is named and the run refused.
    QTest::addRow("secret missing") << QStringList{u"--profile"_s, u"Basement"_s}
                                    << QStringList{u"Basement"_s, u"secrets"_s};
    QTest::addRow("no keychain") << QStringList{u"--profile"_s, u"Keyed"_s}
                                 << QStringList{u"Keyed"_s, u"secrets"_s};
    QTest::addRow("same server twice")
        << QStringList{u"--profile"_s, u"Attic GPU"_s, u"--server"_s, m_guarded.baseUrl().toString()}
        << QStringList{u"named twice"_s};
    QTest::addRow("same address twice")
        << QStringList{u"--server"_s, m_sim.baseUrl().toString(), u"--server"_s,
                       m_sim.baseUrl().toString() + u"/"_s}
        << QStringList{u"named twice"_s};
}

void tst_EaselRun::profileErrorsExitWithTwo()
{
    QFETCH(QStringList, servers);
    QFETCH(QStringList, expected);
    const QString workflow = writeWorkflow(capturedPrompt(u"run_save_image/post_prompt.request_body.json"_s));
    const Finished run = runEaselRun(QStringList{workflow, u"--out"_s, m_dir.filePath(u"out-profile-error"_s)} + servers);
    QCOMPARE(run.exitCode, 2);
    for (const QString &text : expected)
        QVERIFY2(run.output.contains(text), qPrintable(run.output));
}

void tst_EaselRun::badWorkflowExitsWithTwo_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addRow("not JSON, says where") << QByteArray("{\n  \"1\": {\"class_type\": \"EmptyImage\",,}\n}")
                                          << u"line 2"_s;
    QTest::addRow("not an object") << QByteArray("[1, 2]") << u"not a workflow"_s;
    QTest::addRow("saved UI format") << QByteArray(R"({"nodes": [], "links": [], "version": 0.4})")
                                     << u"Export (API)"_s;
    QTest::addRow("node without class_type") << QByteArray(R"({"1": {"inputs": {}}})")
                                             << u"class_type"_s;
}

void tst_EaselRun::badWorkflowExitsWithTwo()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const Finished run = runEaselRun({writeWorkflow(json), u"--server"_s, m_sim.baseUrl().toString(),
                                      u"--out"_s, m_dir.filePath(u"out-bad"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.output.contains(expected), qPrintable(run.output));
}

// --count is bounded by what the jobs' prompts take together (512 MiB) and by 100,000
// jobs; past either nothing is queued.
void tst_EaselRun::countIsBoundedByWhatThePromptsTake()
{
    const QString small = writeWorkflow(R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": 0}},
"2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "bound"}}})");
    const QString out = m_dir.filePath(u"out-count"_s);
    Finished run = runEaselRun({small, u"--server"_s, m_sim.baseUrl().toString(), u"--out"_s, out,
                                u"--count"_s, u"100001"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.output.contains(u"from 1 to 100000"_s), qPrintable(run.output));

    // A 6 KB prompt 100,000 times is ~600 MiB: refused, naming the bound.
    const QByteArray prefix(6000, 'p');
    const QString big = writeWorkflow(R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": 0}},
"2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": ")" + prefix + R"("}}})");
    run = runEaselRun({big, u"--server"_s, m_sim.baseUrl().toString(), u"--out"_s, out, u"--count"_s, u"100000"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.output.contains(u"MiB of prompts (at most 512 MiB)"_s), qPrintable(run.output));
    QVERIFY2(!run.output.contains(u"queued as"_s), qPrintable(run.output));
}

// --count: the first job runs the file's values, each later one its own seed (the noise
// differs, so each job's picture is its own file); a seed pinned with --set is the same in
// every job (one picture, stored once), and other --set values reach every job.
void tst_EaselRun::countGivesEveryLaterJobAFreshSeed()
{
    const QString noise = writeWorkflow(R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 16, "height": 16, "batch_size": 1, "color": 0}},
"2": {"class_type": "ImageAddNoise", "inputs": {"image": ["1", 0], "seed": 5, "strength": 0.5}},
"3": {"class_type": "SaveImage", "inputs": {"images": ["2", 0], "filename_prefix": "seeds"}}})");
    const QString fresh = m_dir.filePath(u"out-seeds"_s);
    Finished run = runEaselRun({noise, u"--server"_s, m_sim.baseUrl().toString(), u"--out"_s, fresh,
                                u"--count"_s, u"4"_s, u"--set"_s, u"1.width=24"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QStringList files = QDir(fresh).entryList({u"*.png"_s}, QDir::Files);
    QCOMPARE(files.size(), 4);
    QSet<qint64> seeds;
    for (const QString &name : files) {
        QCOMPARE(QImage(QDir(fresh).filePath(name)).size(), QSize(24, 16)); // --set in every job
        QFile png(QDir(fresh).filePath(name));
        QVERIFY(png.open(QIODevice::ReadOnly));
        Easel::ImageMetadata metadata;
        QVERIFY2(metadata.readPng(&png), qPrintable(metadata.errorString()));
        const Easel::JsonTree ran = Easel::JsonTree::parse(metadata.value(u"prompt"_s));
        seeds.insert(ran.value(u"2").value(u"inputs").value(u"seed").toNumber().toInt64(-1));
    }
    QCOMPARE(seeds.size(), 4);
    QVERIFY2(seeds.contains(5), "the first job keeps the file's seed");

    const QString pinned = m_dir.filePath(u"out-pinned"_s);
    run = runEaselRun({noise, u"--server"_s, m_sim.baseUrl().toString(), u"--out"_s, pinned,
                       u"--count"_s, u"3"_s, u"--set"_s, u"2.seed=9"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QCOMPARE(QDir(pinned).entryList({u"*.png"_s}, QDir::Files).size(), 1);
    QCOMPARE(run.output.count(QRegularExpression(u"job [123]/3 done: 1 output"_s)), 3);
}

// Shapes the server is sure to refuse stop easel-run before anything is sent, with or
// without --print-api, naming the node and the input.
void tst_EaselRun::brokenApiShapeIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray image = R"("1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": 0}})";
    QTest::addRow("link to a missing node")
        << QByteArray("{" + image + R"(, "2": {"class_type": "PreviewImage", "inputs": {"images": ["7", 0]}}})")
        << u"node 2 (PreviewImage), input images: linked to node 7"_s;
    QTest::addRow("negative slot")
        << QByteArray("{" + image + R"(, "2": {"class_type": "PreviewImage", "inputs": {"images": ["1", -1]}}})")
        << u"node 2 (PreviewImage), input images"_s;
    QTest::addRow("self-loop") << QByteArray(R"({"1": {"class_type": "ImageInvert", "inputs": {"image": ["1", 0]}}})")
                               << u"node 1 (ImageInvert), input image"_s;
    QTest::addRow("cycle") << QByteArray(R"({"1": {"class_type": "ImageInvert", "inputs": {"image": ["2", 0]}},
                                             "2": {"class_type": "ImageInvert", "inputs": {"image": ["1", 0]}}})")
                           << u"loop"_s;
    QTest::addRow("inputs not an object") << QByteArray(R"({"1": {"class_type": "ImageInvert", "inputs": [1]}})")
                                          << u"node 1 (ImageInvert): inputs is a list"_s;
    QTest::addRow("class_type not text") << QByteArray(R"({"1": {"class_type": 7, "inputs": {}}})")
                                         << u"node 1: class_type is a number"_s;
}

void tst_EaselRun::brokenApiShapeIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QString workflow = writeWorkflow(json);
    const Finished print = runEaselRun({workflow, u"--print-api"_s});
    QCOMPARE(print.exitCode, 2);
    QVERIFY2(print.output.contains(expected), qPrintable(print.output));
    QVERIFY2(print.output.contains(u"would be refused"_s), qPrintable(print.output));
    const Finished run = runEaselRun({workflow, u"--server"_s, m_sim.baseUrl().toString(),
                                      u"--out"_s, m_dir.filePath(u"out-refused"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.output.contains(expected), qPrintable(run.output));
    QVERIFY2(!run.output.contains(u"queued"_s), qPrintable(run.output)); // nothing was sent
}

// --print-api shows what the server would get: the dynamic prompt chosen (CLIPTextEncode's
// text is dynamicPrompts: true in /object_info), SaveImage's %…% filled in from the
// job's values, a non-dynamic STRING's braces untouched.
void tst_EaselRun::printApiResolvesQueueTimeRules()
{
    QFile fixture(QStringLiteral(EASEL_SHARED_DIR "/workflows/api/sd15_basic.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    Easel::JsonTree prompt = Easel::JsonTree::parse(fixture.readAll());
    QString textNode;
    QString saveNode;
    for (int i = 0; i < prompt.size(); ++i) {
        const QString type = prompt.at(i).value(u"class_type").toString();
        if (type == u"CLIPTextEncode" && textNode.isEmpty())
            textNode = prompt.keys().at(i);
        if (type == u"SaveImage")
            saveNode = prompt.keys().at(i);
    }
    QVERIFY(!textNode.isEmpty() && !saveNode.isEmpty());
    prompt.findMutable(textNode)->findMutable(u"inputs")->insert(
        u"text"_s, Easel::JsonTree::fromString(u"a {red|green} cat /* note */"_s));
    prompt.findMutable(saveNode)->findMutable(u"inputs")->insert(
        u"filename_prefix"_s, Easel::JsonTree::fromString(u"{a|b}_%date:yyyy%_%EmptyLatentImage.width%_%width%"_s));
    const QString workflow = writeWorkflow(prompt.toPython());
    const Finished run = runEaselRun({workflow, u"--print-api"_s, u"--object-info"_s,
                                      QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const Easel::JsonTree printed = Easel::JsonTree::parse(run.output.toUtf8());
    QVERIFY2(printed.isObject(), qPrintable(run.output));
    const QString text = printed.value(textNode).value(u"inputs").value(u"text").toString();
    QVERIFY2(text == u"a red cat "_s || text == u"a green cat "_s, qPrintable(text));
    QString width;
    for (int i = 0; i < printed.size(); ++i) {
        if (printed.at(i).value(u"class_type").toString() == u"EmptyLatentImage")
            width = printed.at(i).value(u"inputs").value(u"width").toNumber().toText();
    }
    QCOMPARE(printed.value(saveNode).value(u"inputs").value(u"filename_prefix").toString(),
             u"{a|b}_%1_%2_%width%"_s.arg(QDate::currentDate().year()).arg(width));
}

// A saved workflow run with --set: each output embeds the workflow with the value the job
// ran with (ImageScale's width, 2nd widget) and the prompt that ran, its file name filled in.
void tst_EaselRun::outputEmbedsItsOwnJob()
{
    QFile fixture(QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/model_free_execution.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QString workflow = writeWorkflow(fixture.readAll());
    const QString out = m_dir.filePath(u"out-embedded"_s);
    const Finished run = runEaselRun({workflow, u"--server"_s, m_sim.baseUrl().toString(), u"--out"_s, out,
                                      u"--set"_s, u"2.width=256"_s,
                                      u"--set"_s, u"3.filename_prefix=w%ImageScale.width%"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QStringList files = QDir(out).entryList({u"*.png"_s}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QFile png(QDir(out).filePath(files.constFirst()));
    QVERIFY(png.open(QIODevice::ReadOnly));
    Easel::ImageMetadata metadata;
    QVERIFY2(metadata.readPng(&png), qPrintable(metadata.errorString()));
    const Easel::JsonTree embedded = Easel::JsonTree::parse(metadata.value(u"workflow"_s));
    const Easel::JsonTree ran = Easel::JsonTree::parse(metadata.value(u"prompt"_s));
    QVERIFY(embedded.isObject());
    QVERIFY(ran.isObject());
    QCOMPARE(ran.value(u"2").value(u"inputs").value(u"width").toNumber().toInt(), 256);
    QCOMPARE(ran.value(u"3").value(u"inputs").value(u"filename_prefix").toString(), u"w256"_s);
    const Easel::JsonTree nodes = embedded.value(u"nodes");
    bool checked = false;
    for (int i = 0; i < nodes.size(); ++i) {
        const int id = nodes.at(i).value(u"id").toNumber().toInt();
        if (id == 2) {
            QCOMPARE(nodes.at(i).value(u"widgets_values").at(1).toNumber().toInt(), 256);
            checked = true;
        }
        // The frontend embeds the template; the prompt carries the filled-in name.
        if (id == 3)
            QCOMPARE(nodes.at(i).value(u"widgets_values").at(0).toString(), u"w%ImageScale.width%"_s);
    }
    QVERIFY(checked);
}

// A file whose name is Latin-1 bytes (not UTF-8), as old archives have them: easel-run
// opens it by those bytes. A shell passes the raw bytes, as a terminal would.
void tst_EaselRun::latin1FileNameOpens()
{
    const QByteArray dir = QFile::encodeName(m_dir.path());
    const QByteArray name = dir + "/caf\xe9.json";
    const QByteArray json = R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": 0}}})";
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, json.constData(), size_t(json.size())), ssize_t(json.size()));
    ::close(fd);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(environment);
    process.start(u"/bin/sh"_s, {u"-c"_s, u"exec \"$0\" \"$1/caf$(printf '\\351').json\" --print-api"_s,
                                 QStringLiteral(EASEL_BINARY_DIR "/src/run/easel-run"), m_dir.path()});
    QVERIFY(process.waitForFinished(30000));
    const QByteArray output = process.readAll();
    QVERIFY2(process.exitCode() == 0, output.constData());
    QCOMPARE(Easel::JsonTree::parse(output).value(u"1").value(u"class_type").toString(), u"EmptyImage"_s);
}

QTEST_GUILESS_MAIN(tst_EaselRun)
#include "tst_easelrun.moc"
