#include "faultcontrol.h"
#include "quitonsignal.h"
#include "simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // QGuiApplication only for QImage/QPainter font-free drawing on any platform; run
    // offscreen unless told otherwise so no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"easel-sim"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "A ComfyUI 0.3.64 simulator for testing Easel."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOption(u"host"_s, QCoreApplication::translate("main", "Address to listen on."),
                                        u"host"_s, u"127.0.0.1"_s);
    const QCommandLineOption portOption(u"port"_s, QCoreApplication::translate("main", "Port (0 = a free one)."),
                                        u"port"_s, u"0"_s);
    const QCommandLineOption stepOption(u"step-ms"_s, QCoreApplication::translate("main", "Milliseconds per node step."),
                                        u"ms"_s, u"50"_s);
    const QCommandLineOption dataOption(u"data-dir"_s,
                                        QCoreApplication::translate("main", "Folder for output/, input/ and temp/."),
                                        u"dir"_s);
    const QCommandLineOption faultOption(
        u"fault"_s,
        QCoreApplication::translate("main", "Misbehave on purpose: NAME[:KEY=VALUE,...], e.g. "
                                            "close_ws_every:seconds=2 or http_500:path=/view,count=3. "
                                            "Repeatable. Names: %1.")
            .arg(Easel::Sim::FaultControl::faultNames().join(u", "_s)),
        u"spec"_s);
    const QCommandLineOption withoutOption(
        u"without-nodes"_s,
        QCoreApplication::translate("main", "Node classes this server lacks, comma-separated (a farm's "
                                            "servers differ in their custom nodes)."),
        u"classes"_s);
    const QCommandLineOption controlOption(
        u"control"_s,
        QCoreApplication::translate("main", "Accept fault commands on POST /sim/control (loopback only)."));
    parser.addOptions({hostOption, portOption, stepOption, dataOption, faultOption, withoutOption, controlOption});
    const QCommandLineOption tlsCertOption(
        u"tls-cert"_s, QCoreApplication::translate("main", "Serve HTTPS/WSS with this PEM certificate."),
        u"file"_s);
    const QCommandLineOption tlsKeyOption(
        u"tls-key"_s, QCoreApplication::translate("main", "The PEM private key of --tls-cert."), u"file"_s);
    const QCommandLineOption requireHeaderOption(
        u"require-header"_s,
        QCoreApplication::translate("main", "Answer 401 unless a request has this header, e.g. "
                                            "\"Authorization: Bearer abc\"."),
        u"header"_s);
    parser.addOption(tlsCertOption);
    parser.addOption(tlsKeyOption);
    parser.addOption(requireHeaderOption);
    parser.process(app);

    Easel::Sim::SimServer server;
    server.setStepMs(parser.value(stepOption).toInt());
    if (parser.isSet(tlsCertOption) || parser.isSet(tlsKeyOption)) {
        QFile certFile(parser.value(tlsCertOption));
        QFile keyFile(parser.value(tlsKeyOption));
        const QSslCertificate certificate(certFile.open(QIODevice::ReadOnly) ? certFile.readAll() : QByteArray());
        const QSslKey key(keyFile.open(QIODevice::ReadOnly) ? keyFile.readAll() : QByteArray(), QSsl::Rsa);
        if (certificate.isNull() || key.isNull()) {
            std::fprintf(stderr, "easel-sim: --tls-cert and --tls-key need a PEM certificate and RSA key\n");
            return 2;
        }
        server.setTls(certificate, key);
    }
    if (parser.isSet(requireHeaderOption)) {
        const QString header = parser.value(requireHeaderOption);
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0) {
            std::fprintf(stderr, "easel-sim: --require-header needs \"Name: value\"\n");
            return 2;
        }
        server.setRequiredHeader(header.left(colon).trimmed().toLatin1(), header.mid(colon + 1).trimmed().toUtf8());
    }
    if (parser.isSet(dataOption))
        server.setDataDir(parser.value(dataOption));
    server.setControlEndpointEnabled(parser.isSet(controlOption));
    if (parser.isSet(withoutOption))
        server.removeNodeClasses(parser.value(withoutOption).split(u',', Qt::SkipEmptyParts));
    const QStringList faultSpecs = parser.values(faultOption);
    for (const QString &spec : faultSpecs) {
        const QString error = server.faults()->applySpec(spec);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "easel-sim: --fault %s: %s\n", qPrintable(spec), qPrintable(error));
            return 2;
        }
    }
    const QHostAddress address(parser.value(hostOption));
    if (address.isNull() || server.listen(address, quint16(parser.value(portOption).toUInt())) == 0) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "easel-sim: cannot listen on %1:%2")
                                    .arg(parser.value(hostOption), parser.value(portOption))));
        return 1;
    }
    // Stopped by a signal (./easel.sh run's exit trap, a test harness), the simulator still
    // leaves through app.exec() so that its own data folder is removed.
    const Easel::Sim::QuitOnSignal quitOnSignal;
    std::printf("%s\n", server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    return app.exec();
}
