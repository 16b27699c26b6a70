#pragma once

#include <QObject>
#include <QStringList>
#include <memory>

QT_BEGIN_NAMESPACE
class QLocalServer;
class QLockFile;
QT_END_NAMESPACE

namespace Easel {

// One Easel window per user (and profile): the first instance holds a lock file and
// listens on a per-user QLocalServer; a later `easel FILE...` connects, hands over its file
// paths and exits, and the first one emits filesReceived() so its window opens them.
//
// Wire format (local socket, one message per connection): QDataStream (Qt 6.4) of
// quint32 magic, quint32 version, QStringList absolute paths; the primary answers one byte
// 'A' once it has taken the paths.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // key names the instance: keyFor() for the real app, anything unique in tests.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The key for the current user and an optional profile name.
    static QString keyFor(const QString &profile = QString());

    // Tries to become the primary instance: true when this process now listens (no other
    // instance runs), false when another one does (then call forward()).
    bool listen();
    bool isPrimary() const;
    // From a secondary instance: sends paths (made absolute) to the primary and waits for
    // its answer. False when no primary answered within timeoutMs.
    bool forward(const QStringList &paths, int timeoutMs = 5000);

    // The local server's full name (a socket path on Unix), for diagnostics.
    QString serverName() const;

signals:
    // Paths a second instance handed over (absolute; may be empty: "just raise the window").
    void filesReceived(const QStringList &paths);

private:
    void readConnection();

    QString m_key;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace Easel
