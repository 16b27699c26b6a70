#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace Easel::Sim {

class ExecutionEngine;
class FaultControl;
class FaultInjector;
class MaskCompositor;
class SimCatalogue;
class WsHub;
struct HttpReply;

// A loopback server that behaves like ComfyUI 0.3.64 to a client (comfyui-protocol.md,
// captures/). QHttpServer is final in 6.4 and /ws needs handleRequest (style.md §2.7).
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SimServer(QObject *parent = nullptr);
    ~SimServer() override;

    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl baseUrl() const;
    void setStepMs(int ms);
    int stepMs() const;
    // Accept prompts but start none until released (ExecutionEngine::setHeld).
    void setHeld(bool held);
    void setDataDir(const QString &dir);
    // Node classes this server lacks (gone from /object_info, rejected in prompts), as a
    // server of a farm without some custom nodes.
    void removeNodeClasses(const QStringList &classNames);
    QString dataDir() const;
    void setFaultInjector(FaultInjector *injector);
    // Fault helper: aborts every WebSocket connection.
    void closeAllWebSockets();
    // The built-in faults (faultcontrol.h); installs them as the injector on first use.
    FaultControl *faults();
    // Serve HTTPS and WSS with this certificate and key (before listen()); baseUrl() is https.
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    bool isTls() const { return m_tls; }
    // Answer 401 to every request and WebSocket upgrade that lacks this header with exactly
    // this value, as a reverse proxy in front of ComfyUI does (empty name = no check).
    void setRequiredHeader(const QByteArray &name, const QByteArray &value);
    // aiohttp's client_max_size (features' max_upload_size): a larger upload gets 413.
    void setMaxUploadSize(qint64 bytes) { m_maxUploadSize = bytes; }
    // /upload/mask answers before its composite is on disk (MaskCompositor::defer); this
    // writes every pending one now, for a caller that reads the data directory itself.
    // /view, /prompt, /object_info and uploads do so for the files they touch.
    void waitForPendingFiles();
    // POST /sim/control (loopback peers only). Off by default: a normal run has no such path.
    void setControlEndpointEnabled(bool enabled) { m_controlEnabled = enabled; }
    // As a restarted ComfyUI: the queue, the running prompt, history, cache and the prompt
    // counter are gone, every socket is dropped. Files on disk stay. Takes effect when the
    // event loop next runs.
    void restart();

signals:
    void promptQueued(const QString &promptId);
    // The extra_data object a queued prompt came with (for tests of what a client sends).
    void promptExtraData(const QString &promptId, const QByteArray &extraDataJson);
    void promptStarted(const QString &promptId);
    void promptFinished(const QString &promptId);
    // Every HTTP request as it arrives (for tests of what a client asks, and how often).
    void requestReceived(const QString &method, const QString &path);
    // Every POST /upload/image|mask with its multipart body (for tests of the fields sent).
    void uploadReceived(const QString &path, const QByteArray &contentType, const QByteArray &body);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpReply dispatch(const QHttpServerRequest &request, const QString &path);
    HttpReply postPrompt(const QByteArray &body);
    HttpReply postQueueOrHistory(const QByteArray &body, bool history);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpReply &reply);
    void acceptWebSockets();
    bool authorized(const QHttpServerRequest &request) const;
    HttpReply control(const QHttpServerRequest &request, QTcpSocket *socket);

    std::unique_ptr<SimCatalogue> m_catalogue;
    std::unique_ptr<MaskCompositor> m_compositor;
    WsHub *m_hub = nullptr;
    ExecutionEngine *m_engine = nullptr;
    FaultInjector *m_injector = nullptr;
    FaultControl *m_faults = nullptr;
    bool m_controlEnabled = false;
    bool m_tls = false;
    QByteArray m_requiredHeader;
    QByteArray m_requiredValue;
    std::unique_ptr<QTemporaryDir> m_ownDir;
    QString m_dataDir;
    QHostAddress m_address;
    quint16 m_port = 0;
    qint64 m_counter = 0;
    qint64 m_maxUploadSize = 104857600;
};

} // namespace Easel::Sim
